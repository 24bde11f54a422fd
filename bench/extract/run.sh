#!/usr/bin/env bash
# Extraction benchmark: stet::Extract against Mozilla Readability (with
# linkedom and with jsdom) on the AEB pages (shared/data/aeb): quality with
# the benchmark's own metric, pages/s on one core, memory per page, the
# libxml2 parse-only ceiling; and stet's metadata against Readability's on
# shared/data/readability-pages. Builds the release preset, gunzips the pages
# into a temporary directory, runs every extractor pinned to one core one
# after the other, scores them, and writes the section "## Extraction" of
# docs/benchmarks.md.
#
# Readability comes from npm, pinned by bench/extract/package-lock.json:
# `npm ci` runs once if bench/extract/node_modules is missing (never
# `npm install`). Without node/npm the Readability rows say "not run".
#
# Environment: REPS (default 5: stet, libxml2, Readability+linkedom),
# JSDOM_REPS (3: jsdom does about 5 pages/s, ~40 s a pass), JSDOM_LIMIT
# (0 = all pages), CORE (1; 0 on a one-CPU machine), SKIP_READABILITY=1
# (stet only; the Readability rows say "not run").
# Results: build/bench/extract/ (predictions, scores, per-page scores,
# metadata disagreements).
set -euo pipefail

REPS="${REPS:-5}"
JSDOM_REPS="${JSDOM_REPS:-3}"
JSDOM_LIMIT="${JSDOM_LIMIT:-0}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/../common/env.sh"
root="$(bench_root "$here")"
shared="$root/../shared/data"
aeb="$shared/aeb"
rpages="$shared/readability-pages"
if [[ ! -f "$aeb/ground-truth.json" || ! -d "$aeb/html" ]]; then
  echo "bench/extract/run.sh: the AEB pages are not there ($aeb/ground-truth.json or"
  echo "  $aeb/html is missing; shared/ must sit beside the repository)."
  echo "  Skipping the extraction benchmark; nothing measured."
  exit 0
fi
cd "$root"

cmake --preset release >/dev/null
cmake --build --preset release --target stet_aeb_bench stet_metadata_bench
out="$root/build/bench/extract"
mkdir -p "$out"
work="$(mktemp -d "${TMPDIR:-/tmp}/stet-extract-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Run copies of the binaries, so a rebuild during the run cannot mix two
# versions of the library into one set of figures.
bin="$work/bin"
mkdir -p "$bin"
cp "$root/build/release/bench/stet_aeb_bench" "$root/build/release/bench/stet_metadata_bench" "$bin/"
source_rev="$(bench_source_rev "$root")"

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

pages="$work/pages"
mkdir -p "$pages"
echo "== gunzipping the AEB pages into $pages"
n=0
for f in "$aeb"/html/*.html.gz; do
  gunzip -c "$f" > "$pages/$(basename "$f" .gz)"
  n=$((n + 1))
done
echo "   $n pages"

echo "== stet (${pin[*]:-unpinned}, $REPS repetitions)"
"${pin[@]}" "$bin/stet_aeb_bench" --truth "$aeb/ground-truth.json" --html "$pages" \
  --out "$out/pred_stet.json" --out-any-kind "$out/pred_stet_any_kind.json" --reps "$REPS" \
  > "$out/stet.json"

run_readability=1
if [[ "${SKIP_READABILITY:-0}" == 1 ]]; then
  run_readability=0
  echo "== SKIP_READABILITY=1: Readability not run"
elif ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  run_readability=0
  echo "== node/npm not found: Readability not run (its rows will say so)"
fi
rm -f "$out"/readability_*.json "$out"/pred_linkedom.json "$out"/pred_jsdom.json \
  "$out"/score_linkedom*.json "$out"/score_jsdom*.json
if [[ $run_readability == 1 ]]; then
  if [[ ! -d "$here/node_modules/@mozilla/readability" ]]; then
    echo "== npm ci (pinned by bench/extract/package-lock.json)"
    npm ci --prefix "$here" --no-audit --no-fund
  fi
  echo "== Readability + linkedom (${pin[*]:-unpinned}, $REPS repetitions)"
  "${pin[@]}" node --expose-gc "$here/readability.mjs" --parser linkedom --html "$pages" \
    --truth "$aeb/ground-truth.json" --out "$out/pred_linkedom.json" --reps "$REPS" \
    > "$out/readability_linkedom.json"
  echo "== Readability + jsdom (${pin[*]:-unpinned}, $JSDOM_REPS repetitions" \
    "$( [[ $JSDOM_LIMIT -gt 0 ]] && echo "on the first $JSDOM_LIMIT pages" || echo "on all pages"))"
  "${pin[@]}" node --expose-gc "$here/readability.mjs" --parser jsdom --html "$pages" \
    --truth "$aeb/ground-truth.json" --out "$out/pred_jsdom.json" --reps "$JSDOM_REPS" \
    --limit "$JSDOM_LIMIT" > "$out/readability_jsdom.json"
fi

echo "== scoring"
score() {  # name [truth]
  python3 "$here/aeb_score.py" --truth "${2:-$aeb/ground-truth.json}" --pred "$out/pred_$1.json" \
    --name "$1" --per-page "$out/score_$1_pages.json" > "$out/score_$1.json"
  cat "$out/score_$1.json"
}
score stet
score stet_any_kind
if [[ $run_readability == 1 ]]; then
  score linkedom
  if [[ $JSDOM_LIMIT -gt 0 ]]; then
    # A limited run is scored on the pages it saw (the first N ids, sorted).
    python3 -c 'import json, sys
t = json.load(open(sys.argv[1]))
ids = sorted(t)[: int(sys.argv[2])]
json.dump({k: t[k] for k in ids}, open(sys.argv[3], "w"))' \
      "$aeb/ground-truth.json" "$JSDOM_LIMIT" "$out/truth_jsdom_subset.json"
    echo "   (jsdom: scored on its first $JSDOM_LIMIT pages only)"
    score jsdom "$out/truth_jsdom_subset.json"
  else
    score jsdom
  fi
fi

meta_args=()
if [[ -d "$rpages" ]]; then
  echo "== metadata on $rpages"
  "$bin/stet_metadata_bench" --pages "$rpages" \
    --disagreements "$out/metadata_disagreements.json" > "$out/metadata.json"
  meta_args=(--metadata "$out/metadata.json")
else
  echo "== $rpages is absent: metadata agreement not measured"
  rm -f "$out/metadata.json"
fi

compiler=""
cxx="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$root/build/release/CMakeCache.txt" 2>/dev/null || true)"
if [[ -n "$cxx" ]]; then compiler="$("$cxx" --version 2>/dev/null | head -n1 || true)"; fi

command="bench/extract/run.sh"
if [[ "$REPS" != 5 || "$JSDOM_REPS" != 3 || "$JSDOM_LIMIT" != 0 ]]; then
  command="REPS=$REPS JSDOM_REPS=$JSDOM_REPS JSDOM_LIMIT=$JSDOM_LIMIT $command"
fi
if [[ "${SKIP_READABILITY:-0}" == 1 ]]; then command="SKIP_READABILITY=1 $command"; fi
python3 "$here/write_section.py" --doc "$root/docs/benchmarks.md" \
  --stet "$out/stet.json" --stet-score "$out/score_stet.json" \
  --stet-any-kind-score "$out/score_stet_any_kind.json" \
  --linkedom "$out/readability_linkedom.json" --linkedom-score "$out/score_linkedom.json" \
  --jsdom "$out/readability_jsdom.json" --jsdom-score "$out/score_jsdom.json" \
  "${meta_args[@]}" --pin "${pin[*]:-}" --compiler "$compiler" --command "$command" \
  --source "$source_rev"
echo "== results in $out"
