#!/usr/bin/env bash
# billetd's main job on a local default. Today: every bundled sample message is parsed and shown
# as billetd reads it (sender, subject, robot evidence, the author's new text).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build/ci -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/ci -j "$(nproc)" --target billetctl >/dev/null
for message in samples/mail/*.eml; do
  echo "=================== $message"
  build/ci/tools/billetctl parse "$message"
done
