#!/usr/bin/env python3
"""The dependency rule of docs/ARCHITECTURE.md, checked on every project #include.

Usage: layers_test.py SOURCE_DIR. Exit 1 listing every include a folder may not make."""
import pathlib
import re
import sys

# folder (most specific first) -> what its files may include (folders, or single headers)
ALLOWED = [
    ("daemon/net/", ["common/", "daemon/net/"]),
    ("daemon/mail/", ["common/", "parsers/", "triage/", "storage/", "daemon/mail/", "daemon/config.h"]),
    ("daemon/service/", ["common/", "parsers/", "triage/", "storage/", "daemon/"]),
    ("daemon/", ["common/", "parsers/", "triage/", "storage/", "daemon/net/", "daemon/mail/", "daemon/ROOT"]),
    ("web/", ["common/", "parsers/", "triage/", "storage/", "web/", "daemon/mail/", "daemon/ROOT"]),
    ("storage/", ["common/", "storage/"]),
    ("triage/", ["common/", "triage/"]),
    ("parsers/", ["common/", "parsers/"]),
    ("common/", ["common/"]),
]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def allowed(source: str, target: str) -> bool:
    for folder, may in ALLOWED:
        if not source.startswith(folder):
            continue
        for entry in may:
            if entry == "daemon/ROOT":
                if target.startswith("daemon/") and target.count("/") == 1:
                    return True
            elif target == entry or (entry.endswith("/") and target.startswith(entry)):
                return True
        return False
    return True  # tools/, tests/, bench/: anything


def main() -> int:
    root = pathlib.Path(sys.argv[1])
    wrong = []
    checked = 0
    for path in sorted(root.glob("*/**/*")):
        if path.suffix not in (".h", ".cpp") or "build" in path.parts[len(root.parts):][:1]:
            continue
        source = path.relative_to(root).as_posix()
        for target in INCLUDE.findall(path.read_text(encoding="utf-8", errors="replace")):
            if "/" not in target:
                continue  # a header beside the file, or a third-party one
            checked += 1
            if not allowed(source, target):
                wrong.append(f"{source}: includes {target}")
    for line in wrong:
        print(line)
    print(f"{checked} project includes checked, {len(wrong)} against the dependency rule")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
