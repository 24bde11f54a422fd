#!/usr/bin/env bash
# Store benchmark: write/read throughput and bytes per version for 10-version
# histories built from the AEB article bodies. Writes its section of
# docs/benchmarks.md.
set -euo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cd "$root"
aeb="$root/../shared/data/aeb/ground-truth.json"
if [[ ! -f $aeb ]]; then
  echo "store bench: $aeb is absent (the shared data sets live beside the repository); nothing measured"
  exit 0
fi
cmake --preset release >/dev/null
cmake --build --preset release --target stet_store_bench >/dev/null
mkdir -p build/bench
pin=(); command -v taskset >/dev/null && pin=(taskset -c 1)
runs=${RUNS:-3}
for i in $(seq 1 "$runs"); do
  "${pin[@]}" build/release/bench/stet_store_bench --aeb "$aeb" --db build/bench/store_bench.db \
    > "build/bench/store_run_$i.json"
done
python3 bench/store/write_section.py "$runs"
