#!/usr/bin/env python3
"""billetctl parse against Python's email package (policy=default) on a folder of messages.

For each .eml (recursively): subject, From address, the plain text and the attachment names from
both readers, compared after whitespace normalisation (runs of blanks and line breaks are one
space). Every difference is listed with the reason this script can tell:

  python-undecoded   Python left an encoded word or bytes it could not decode in the field
  python-error       Python raised while reading the message or a part
  no-plain-part      the message has no text/plain body part: billetd reads the HTML, Python gives ""
  more-parts         billetd's text holds Python's text and more (every inline text part, in order)
  forwarded-attached Python's walk reads into forwarded messages (message/rfc822) as if they were
                     the author's text; billetd keeps them as .eml attachments (their text is in
                     the attachment's embedded_text), so its text is Python's first part only
  replaced           billetd wrote U+FFFD for characters the charset cannot map (its defect says so)
  other              anything else (read the two values)

usage: python3 bench/compare_python_email.py [--build build/ci] [--limit N] [DIR]   (DIR: tests/data/corpus)
"""
import argparse
import email
import email.policy
import json
import os
import re
import subprocess
import sys


def normal(text):
    return re.sub(r"\s+", " ", text or "").strip()


def python_view(raw):
    """(subject, from address, plain text, attachment names, error or "")."""
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        subject = str(msg.get("Subject", "") or "")
        sender = ""
        try:
            addresses = msg.get("From").addresses if msg.get("From") else ()
            sender = addresses[0].addr_spec if addresses else ""
        except Exception:  # noqa: BLE001 - a header Python cannot structure
            sender = ""
        texts, names, error = [], [], ""
        for part in msg.walk():
            if part.is_multipart():
                continue
            name = part.get_filename()
            if name:
                names.append(name)
                continue
            if part.get_content_type() == "text/plain" and part.get_content_disposition() != "attachment":
                try:
                    texts.append(part.get_content())
                except Exception as e:  # noqa: BLE001
                    error = f"{type(e).__name__}: {e}"
        return subject, sender, "\n".join(texts), names, error
    except Exception as e:  # noqa: BLE001
        return "", "", "", [], f"{type(e).__name__}: {e}"


def billetd_view(billetctl, path):
    out = subprocess.run([billetctl, "parse", "--json", path], capture_output=True, timeout=60)
    if out.returncode != 0:
        return None
    j = json.loads(out.stdout)
    names = [a["filename"] for a in j["attachments"] if a["filename"]]
    return j["subject"], j["from"]["address"], j["text"], names, j["defects"], j["has_html"]


def reason(field, ours, theirs, py_error, has_html, defects, names):
    forwarded = any(n.endswith(".eml") for n in names)
    if forwarded and field == "attachments" and normal(theirs) in normal(ours):
        return "forwarded-attached"
    if forwarded and field == "text" and normal(ours) and normal(theirs).startswith(normal(ours)[:40]):
        return "forwarded-attached"
    if py_error:
        return "python-error"
    if "=?" in theirs or "\ufffd" in theirs:
        return "python-undecoded"
    if field == "text":
        if not theirs and has_html:
            return "no-plain-part"
        if theirs and normal(theirs) in normal(ours):
            return "more-parts"
    if "\ufffd" in ours and any("replaced" in d for d in defects):
        return "replaced"
    return "other"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", default="tests/data/corpus")
    ap.add_argument("--build", default="build/ci")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    billetctl = os.path.join(args.build, "tools", "billetctl")
    if not os.access(billetctl, os.X_OK):
        sys.exit(f"{billetctl} not built")
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(args.dir) for f in fs if f.endswith(".eml"))
    if args.limit:
        paths = paths[: args.limit]
    equal = {"subject": 0, "from": 0, "text": 0, "attachments": 0}
    reasons = {}
    listed = []
    for path in paths:
        raw = open(path, "rb").read()
        ours = billetd_view(billetctl, path)
        if ours is None:
            listed.append((path, "all", "billetctl failed", "", ""))
            continue
        subject, sender, text, names, defects, has_html = ours
        py_subject, py_sender, py_text, py_names, py_error = python_view(raw)
        fields = [("subject", subject, py_subject), ("from", sender.lower(), py_sender.lower()),
                  ("text", text, py_text), ("attachments", " | ".join(names), " | ".join(py_names))]
        for field, a, b in fields:
            if normal(a) == normal(b):
                equal[field] += 1
                continue
            why = reason(field, a, b, py_error, has_html, defects, names)
            reasons[why] = reasons.get(why, 0) + 1
            listed.append((path, field, why, a, b))
    print(f"{len(paths)} messages; equal after whitespace normalisation:")
    for field, n in equal.items():
        print(f"  {field:12} {n}/{len(paths)}")
    print("differences by reason: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())))
    for path, field, why, a, b in listed:
        x, y = normal(a), normal(b)
        at = next((i for i in range(min(len(x), len(y))) if x[i] != y[i]), min(len(x), len(y)))
        start = max(0, at - 40)
        print(f"\n{path}: {field} [{why}] (first difference at character {at})\n"
              f"  billetd: {x[start:start + 160]!r}\n  python:  {y[start:start + 160]!r}")


if __name__ == "__main__":
    main()
