#!/usr/bin/env bash
# Diff-engine benchmark: stet vs Python's difflib on labelled version pairs
# built from real article bodies (shared/data/aeb). Builds the release preset,
# generates the pairs into build/bench/, runs both engines one after the other
# pinned to one core, and writes the section "## Diff engine: stet vs difflib"
# of docs/benchmarks.md.
#
# Environment: PAIRS (default 5000), REPS (5), SEED (1), CORE (1; 0 on a
# one-CPU machine).
set -euo pipefail

PAIRS="${PAIRS:-5000}"
REPS="${REPS:-5}"
SEED="${SEED:-1}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/../common/env.sh"
root="$(bench_root "$here")"
data="$root/../shared/data/aeb"
if [[ ! -f "$data/ground-truth.json" ]]; then
  echo "bench/diff/run.sh: the article data is not there ($data/ground-truth.json is missing;"
  echo "  shared/ must sit beside the repository). Skipping the diff benchmark."
  exit 0
fi
cd "$root"

cmake --preset release
cmake --build --preset release --target stet_make_pairs stet_diff_bench
bin="$root/build/release/bench"
out="$root/build/bench"
mkdir -p "$out"

echo "== generating $PAIRS pairs (seed $SEED)"
"$bin/stet_make_pairs" --data "$data/ground-truth.json" --out "$out/diff_pairs.jsonl" \
  --pairs "$PAIRS" --seed "$SEED"

pin=()
if command -v taskset >/dev/null 2>&1; then
  if [[ -z "${CORE:-}" ]]; then
    if [[ "$(nproc)" -ge 2 ]]; then CORE=1; else CORE=0; fi
  fi
  if taskset -c "$CORE" true 2>/dev/null; then pin=(taskset -c "$CORE"); fi
fi
if [[ ${#pin[@]} -eq 0 ]]; then
  echo "== taskset unavailable: running unpinned"
fi

echo "== stet (${pin[*]:-unpinned})"
"${pin[@]}" "$bin/stet_diff_bench" --pairs "$out/diff_pairs.jsonl" --reps "$REPS" \
  --errors "$out/diff_errors_stet.jsonl" > "$out/diff_stet.json"
echo "== difflib (${pin[*]:-unpinned})"
"${pin[@]}" python3 "$here/difflib_baseline.py" --pairs "$out/diff_pairs.jsonl" --reps "$REPS" \
  --errors "$out/diff_errors_difflib.jsonl" > "$out/diff_difflib.json"

compiler=""
cxx="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$root/build/release/CMakeCache.txt" 2>/dev/null || true)"
if [[ -n "$cxx" ]]; then compiler="$("$cxx" --version 2>/dev/null | head -n1 || true)"; fi

python3 "$here/write_section.py" --stet "$out/diff_stet.json" --difflib "$out/diff_difflib.json" \
  --doc "$root/docs/benchmarks.md" --seed "$SEED" --pin "${pin[*]:-}" --compiler "$compiler"
echo "== results: $out/diff_stet.json, $out/diff_difflib.json; wrong labels: $out/diff_errors_*.jsonl"
