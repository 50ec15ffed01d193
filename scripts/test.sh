#!/usr/bin/env bash
# Runs every test of billetd, the way CI does:
#   1. installs what is missing (Debian packages; needs root the first time),
#   2. builds with warnings as errors and runs the tests,
#   3. builds with AddressSanitizer + UndefinedBehaviorSanitizer and runs the same tests,
#   4. runs the parser fuzzer briefly (libFuzzer, clang).
# BILLETD_QUICK=1 stops after step 2. BILLETD_FUZZ_SECONDS sets step 4's length (default 30).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
jobs=$(nproc)

bash scripts/install-deps.sh

echo "== build (warnings as errors)"
cmake -S . -B build/ci -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBILLETD_WERROR=ON >/dev/null
cmake --build build/ci -j "$jobs"
echo "== tests"
ctest --test-dir build/ci --output-on-failure -j "$jobs"
[ "${BILLETD_QUICK:-0}" = 1 ] && exit 0

echo "== build (ASan + UBSan)"
cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DBILLETD_SANITIZE=ON -DBILLETD_WERROR=ON >/dev/null
cmake --build build/asan -j "$jobs"
echo "== tests under ASan + UBSan"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure -j "$jobs"

echo "== fuzz the parser (${BILLETD_FUZZ_SECONDS:-30} s)"
CXX=clang++ cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBILLETD_FUZZ=ON -DBILLETD_TESTS=OFF >/dev/null
cmake --build build/fuzz -j "$jobs" --target fuzz_parser
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
cp "$root"/fuzz/seeds/* "$seeds"/   # hostile HTML shapes (the class of issue 11's bombs)
cp "$root"/tests/data/triage/dev/*.eml "$seeds"/
find "$root"/tests/data/corpus -type f ! -name '*.md' ! -name '*.tsv' ! -path '*/licenses/*' -size -64k \
  -exec cp {} "$seeds"/ \; 2>/dev/null || true
build/fuzz/fuzz/fuzz_parser -max_total_time="${BILLETD_FUZZ_SECONDS:-30}" -rss_limit_mb=512 -timeout=10 \
  -max_len=262144 -print_final_stats=1 "$seeds" 2>&1 | tail -n 12
echo "fuzz: no crash"
