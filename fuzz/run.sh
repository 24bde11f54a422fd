#!/usr/bin/env bash
# Builds the fuzz targets (clang, ASan+UBSan) and runs each for a while on
# its committed seed corpus. usage: fuzz/run.sh [seconds per target, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
for t in text diff time extract url feed robots search story quote; do
  work=build/fuzz/corpus-$t
  mkdir -p "$work"
  echo "fuzz: $t for ${secs}s"
  build/fuzz/fuzz/${t}_fuzz -max_total_time="$secs" -max_len=16384 -timeout=10 \
    -print_final_stats=0 "$work" fuzz/corpus/$t 2>&1 | tail -n 2
done
