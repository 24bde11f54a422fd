#!/usr/bin/env bash
# Story grouping benchmark: quality on ECB+ (shared/data/ecbplus-dev: 496
# articles in 42 stories, two similar events in each of 21 topics), stet's
# grouper beside a plain online TF-IDF baseline, over ORDERS random arrival
# orders, with a grid of neighbouring settings; then speed on a stream of
# STREAM articles built from real text (ECB+ and AEB). Writes the section
# "## Story grouping" of docs/benchmarks.md.
#
# Environment: ORDERS (5), STREAM (1000000). Results: build/bench/story/.
set -euo pipefail

given=""
for v in ORDERS STREAM; do
  if [[ -n "${!v+x}" ]]; then given="$given$v=\"${!v}\" "; fi
done
ORDERS="${ORDERS:-5}"
STREAM="${STREAM:-1000000}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/../common/env.sh"
root="$(bench_root "$here")"
ecb="$root/../shared/data/ecbplus-dev/docs.jsonl"
aeb="$root/../shared/data/aeb/ground-truth.json"
if [[ ! -f "$ecb" || ! -f "$aeb" ]]; then
  echo "bench/story/run.sh: the ECB+ or AEB data is not there ($ecb, $aeb; shared/ must"
  echo "  sit beside the repository). Skipping the story benchmark; nothing measured."
  exit 0
fi
cd "$root"
started=$(date +%s)
source_rev="$(bench_source_rev "$root")"
cmake --preset release >/dev/null
cmake --build --preset release -j2 --target stet_story_bench
out="$root/build/bench/story"
mkdir -p "$out"
bin=build/release/bench/stet_story_bench
echo "== quality on ECB+ ($ORDERS orders, with the baseline and a grid of settings)"
"$bin" --docs "$ecb" --orders "$ORDERS" --sweep > "$out/quality.json" 2> "$out/sweep.log"
echo "== speed on a stream of $STREAM articles"
python3 - "$out/stream.json" "$bin" --docs "$ecb" --aeb "$aeb" --stream "$STREAM" <<'PY'
import json, resource, subprocess, sys
out, cmd = sys.argv[1], sys.argv[2:]
p = subprocess.run(cmd, stdout=subprocess.PIPE, check=True)
d = json.loads(p.stdout)
d["peak_rss_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
json.dump(d, open(out, "w"), indent=2)
PY
python3 "$here/write_section.py" --dir "$out" --doc "$root/docs/benchmarks.md" \
  --command "${given}bench/story/run.sh" --source "$source_rev" \
  --minutes "$(( ($(date +%s) - started + 30) / 60 ))"
echo "== results in $out"
