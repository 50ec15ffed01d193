# Copies a labelled set (tests/data/triage/SET) with one random typo (a letter dropped, doubled,
# replaced by any letter, or two swapped) in 30 % of the words of eight letters or more of each
# plain-text subject and body; HTML and encoded bodies are copied as they are.
#   python3 bench/typo_sets.py tests/data/triage/heldout80 /tmp/typo/heldout80 [seed]
#   build/ci/tools/billetctl rules test /tmp/typo/heldout80
import sys, os, random, re, shutil
random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
src, dst = sys.argv[1], sys.argv[2]
rate = 0.3
def typo(w):
    i = random.randrange(1, len(w) - 1)
    k = random.choice("dist")
    if k == "d": return w[:i] + w[i+1:]
    if k == "i": return w[:i] + w[i] + w[i:]
    if k == "s": return w[:i] + random.choice("aeioursnt") + w[i+1:]
    return w[:i] + w[i+1] + w[i] + w[i+2:]
def mangle(text):
    return re.sub(r"[A-Za-zÀ-ÿ]{8,}", lambda m: typo(m.group(0)) if random.random() < rate else m.group(0), text)
os.makedirs(dst, exist_ok=True)
shutil.copy(os.path.join(src, "labels.tsv"), dst)
for f in os.listdir(src):
    if not f.endswith(".eml"): continue
    raw = open(os.path.join(src, f), encoding="utf-8", errors="replace").read()
    head, sep, body = raw.partition("\n\n")
    if "text/plain" not in head or "base64" in head or "quoted-printable" in head:
        open(os.path.join(dst, f), "w", encoding="utf-8").write(raw); continue
    head = re.sub(r"^Subject: (.*)$", lambda m: "Subject: " + mangle(m.group(1)), head, flags=re.M)
    open(os.path.join(dst, f), "w", encoding="utf-8").write(head + sep + mangle(body))
