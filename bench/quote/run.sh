#!/usr/bin/env bash
# Quotation benchmark: stet's extraction, attribution and variant matching
# against the gold set marked by hand in bench/quote/gold (texts from
# shared/data/aeb, shared/data/ecbplus-dev and examples/), beside a plain
# baseline; then speed over the 181 AEB bodies. Writes the section
# "## Quotations" of docs/benchmarks.md.
#
# Environment: REPEAT (20 passes over the AEB bodies for speed).
# Results: build/bench/quote/.
set -euo pipefail

given=""
if [[ -n "${REPEAT+x}" ]]; then given="REPEAT=\"$REPEAT\" "; fi
REPEAT="${REPEAT:-20}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/../common/env.sh"
root="$(bench_root "$here")"
aeb="$root/../shared/data/aeb/ground-truth.json"
ecb="$root/../shared/data/ecbplus-dev/docs.jsonl"
if [[ ! -f "$aeb" || ! -f "$ecb" ]]; then
  echo "bench/quote/run.sh: the AEB or ECB+ data is not there ($aeb, $ecb; shared/ must"
  echo "  sit beside the repository). Skipping the quotation benchmark; nothing measured."
  exit 0
fi
cd "$root"
started=$(date +%s)
source_rev="$(bench_source_rev "$root")"
cmake --preset release >/dev/null
cmake --build --preset release -j2 --target stet_quote_bench
out="$root/build/bench/quote"
mkdir -p "$out"
build/release/bench/stet_quote_bench --gold bench/quote/gold --heldout bench/quote/heldout \
  --second-reader bench/quote/second-reader \
  --aeb "$aeb" --ecb "$ecb" --examples examples --repeat "$REPEAT" \
  --patterns bench/quote/patterns > "$out/quotes.json"
python3 "$here/write_section.py" --json "$out/quotes.json" --doc "$root/docs/benchmarks.md" \
  --command "${given}bench/quote/run.sh" --source "$source_rev" \
  --minutes "$(( ($(date +%s) - started + 30) / 60 ))"
echo "== results in $out"
