#!/usr/bin/env bash
# Serving benchmark: `stet serve` over a store of ARTICLES articles with
# VERSIONS versions each (default 100,000 x 4 = 400,000 versions), built from
# the AEB article bodies with plausible edits (bench/serve/serve_bench.cc).
# wrk (Debian's) asks for random pages of each kind: the home page, an
# article, a diff, a search, a source's page, the sources page, a page of the JSON
# API, and the stylesheet (the HTTP layer's floor), at 1 and 64 concurrent
# connections. Writes the section
# "## Serving" of docs/benchmarks.md.
#
# Environment: ARTICLES (100000), VERSIONS (4), DURATION (10 s a
# measurement, after a warm-up of a third of it), THREADS (64: stet serve
# --threads), REPEATS (3 measurements of each, whose medians are reported:
# the machine is shared, and one run's tail can be another tenant's), REBUILD=1 (build the store again even if one of the same size
# is there). Results: build/bench/serve/.
set -euo pipefail

given=""
for v in ARTICLES VERSIONS DURATION THREADS REPEATS; do
  if [[ -n "${!v+x}" ]]; then given="$given$v=\"${!v}\" "; fi
done
ARTICLES="${ARTICLES:-100000}"
VERSIONS="${VERSIONS:-4}"
DURATION="${DURATION:-10}"
THREADS="${THREADS:-64}"
REPEATS="${REPEATS:-3}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/../common/env.sh"
root="$(bench_root "$here")"
aeb="$root/../shared/data/aeb/ground-truth.json"
if [[ ! -f "$aeb" ]]; then
  echo "bench/serve/run.sh: the AEB bodies are not there ($aeb; shared/ must sit beside the"
  echo "  repository). Skipping the serving benchmark; nothing measured."
  exit 0
fi
if ! command -v wrk >/dev/null; then
  echo "bench/serve/run.sh: wrk is not installed (apt-get install wrk)" >&2
  exit 1
fi
cd "$root"
started=$(date +%s)
cmake --preset release >/dev/null
cmake --build --preset release -j2 --target stet stet_serve_bench
out="$root/build/bench/serve"
mkdir -p "$out"
rm -f "$out"/wrk_*.txt "$out"/meta.json
db="$out/stet.db"
if [[ "${REBUILD:-0}" == 1 || ! -f "$db" || ! -f "$out/build.json" ]] ||
   ! python3 -c "import json,sys; d=json.load(open('$out/build.json')); sys.exit(0 if (d['articles'], d['versions_per_article']) == ($ARTICLES, $VERSIONS) and 'index_s' in d else 1)"; then
  echo "== building a store of $ARTICLES articles x $VERSIONS versions"
  build/release/bench/stet_serve_bench --aeb "$aeb" --db "$db" --paths "$out/paths" \
    --articles "$ARTICLES" --versions "$VERSIONS" > "$out/build.json"
fi
source_rev="$(bench_source_rev "$root")"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

pin_server=(); pin_client=()
if command -v taskset >/dev/null; then pin_server=(taskset -c 1); pin_client=(taskset -c 0); fi
port=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
"${pin_server[@]}" build/release/stet serve --db "$db" --port "$port" --threads "$THREADS" --quiet \
  > "$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  curl -s -o /dev/null "http://127.0.0.1:$port/static/stet.css" && break
  sleep 0.1
done
warm=$(( DURATION / 3 > 1 ? DURATION / 3 : 1 ))
server_anon_kb=0
sources=$(python3 -c "import json; print(json.load(open('$out/build.json'))['sources'])")
for kind in home article diff search source sources api_changes static; do
  paths="$out/paths/$kind.txt"
  case $kind in
    static) echo /static/stet.css > "$paths" ;;
    sources) echo /sources > "$paths" ;;
    source) for ((k = 0; k < sources; k++)); do echo "/source/source$k"; done > "$paths" ;;
  esac
  for c in 1 64; do
    echo "== $kind, $c connection(s)"
    "${pin_client[@]}" wrk -t1 -c"$c" -d"${warm}s" -s "$here/paths.lua" \
      "http://127.0.0.1:$port" -- "$paths" > /dev/null
    for ((rep = 1; rep <= REPEATS; rep++)); do
      "${pin_client[@]}" wrk -t1 -c"$c" -d"${DURATION}s" --latency -s "$here/paths.lua" \
        "http://127.0.0.1:$port" -- "$paths" > "$out/wrk_${kind}_${c}_$rep.txt"
      grep -E "Requests/sec|99%" "$out/wrk_${kind}_${c}_$rep.txt" | tr -s ' ' | paste -sd' '
      # The server's own memory (not the database pages it maps, which are
      # the page cache's), at its highest after any measurement.
      anon=$(awk '/RssAnon/ {print $2}' "/proc/$server/status" 2>/dev/null || echo 0)
      if ((anon > server_anon_kb)); then server_anon_kb=$anon; fi
    done
  done
done
server_rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$server/status" 2>/dev/null || echo 0)
kill $server
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out/meta.json" <<PY
import json, sys
json.dump({"command": '''${given}bench/serve/run.sh''', "source": "$source_rev",
           "load_before": "$load_before", "load_after": "$load_after",
           "duration_s": $DURATION, "threads": $THREADS, "server_peak_rss_kb": int("$server_rss_kb" or 0),
           "server_anon_kb": int("$server_anon_kb" or 0), "repeats": $REPEATS,
           "wrk": "$(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2)",
           "minutes": round(($(date +%s) - $started) / 60, 1)}, open(sys.argv[1], "w"), indent=2)
PY
python3 "$here/write_section.py" --dir "$out" --doc "$root/docs/benchmarks.md"
echo "== results in $out (took $(( ($(date +%s) - started) / 60 )) min)"
