#!/bin/bash
# Instructions per classification on dev2, counted by valgrind's callgrind: the same on every run,
# so two binaries can be compared on a shared machine whose timings move by a tenth or more
# between minutes. Counts only inside Classifier::classify (the parse and the rules' loading are
# left out), averaged over every call the benchmark made (its first pass, which fills the word
# caches, is one of 15 to 25).
#   bash bench/classify_instructions.sh [build/ci/bench/parse_bench ...]
# Needs valgrind (apt-get install valgrind); takes about a minute a binary.
set -euo pipefail
command -v valgrind > /dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
[ $# -gt 0 ] || set -- build/ci/bench/parse_bench
for bin in "$@"; do
  out=$(mktemp /tmp/classify-callgrind.XXXXXX)
  valgrind --tool=callgrind --toggle-collect='billet::triage::Classifier::classify*' --callgrind-out-file="$out" \
    "$bin" --benchmark_filter=ClassifyDev2 --benchmark_min_time=4 > /dev/null 2>&1
  # (run from / : inside a source tree callgrind_annotate shortens paths and drops the caller line)
  (cd / && callgrind_annotate --tree=caller "$out" > "$out.txt" 2> /dev/null)
  total=$(awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}' "$out.txt")
  calls=$(grep "< .*BM_ClassifyDev2" "$out.txt" | head -n1 | grep -oE "\([0-9,]+x\)" | tr -d '(),x')
  [ -n "$calls" ] && [ -n "$total" ] || { echo "$bin: no classification counted" >&2; exit 1; }
  rm -f "$out" "$out.txt"
  echo "$bin: $((total / calls)) instructions per message ($calls classifications)"
done
