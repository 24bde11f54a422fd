#!/usr/bin/env bash
# Watching benchmark: stet's Watcher with the libcurl client against a local
# HTTP server on loopback (tests/fetch/test_server.h, in a child process)
# serving article pages built from the 181 real AEB pages, listed in
# sitemaps. Measures checks per second over full passes (the first, which
# stores first versions, then re-check passes with a mix of 304s, unchanged
# 200s and a few changes), CPU time per check, peak RSS at several numbers of
# articles, and database bytes per version beside the same histories stored
# in git as NewsDiffs does. Writes the section "## Watching" of
# docs/benchmarks.md.
#
# Environment: SIZES (default "10000 30000 100000": one run each, in a fresh
# database; the first size also gets the 304-only and 200-only passes),
# CHANGE (0.03: share of articles changed per re-check round), NO_ETAG (0.3:
# share of articles whose pages carry no ETag, so an unchanged one is a 200
# with the same body), IN_FLIGHT (64), PER_HOST (= IN_FLIGHT: the server is
# one host), HIST_ROUNDS (12) and HIST_CHANGE (0.3) for the histories stored
# in both stet and git, SKIP_GIT=1 (no git comparison).
# Results: build/bench/watch/ (one JSON per run, the git figures).
set -euo pipefail

# What the caller set, for the reproducing command in the document.
given=""
for v in SIZES CHANGE NO_ETAG IN_FLIGHT PER_HOST HIST_ROUNDS HIST_CHANGE SKIP_GIT; do
  if [[ -n "${!v+x}" ]]; then given="$given$v=\"${!v}\" "; fi
done
SIZES="${SIZES:-10000 30000 100000}"
CHANGE="${CHANGE:-0.03}"
NO_ETAG="${NO_ETAG:-0.3}"
IN_FLIGHT="${IN_FLIGHT:-64}"
PER_HOST="${PER_HOST:-$IN_FLIGHT}"
HIST_ROUNDS="${HIST_ROUNDS:-12}"
HIST_CHANGE="${HIST_CHANGE:-0.3}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/../common/env.sh"
root="$(bench_root "$here")"
aeb="$root/../shared/data/aeb/html"
if ! ls "$aeb"/*.html.gz >/dev/null 2>&1; then
  echo "bench/watch/run.sh: the AEB pages are not there ($aeb; shared/ must sit beside the"
  echo "  repository). Skipping the watching benchmark; nothing measured."
  exit 0
fi
cd "$root"
started=$(date +%s)

cmake --preset release >/dev/null
cmake --build --preset release -j2 --target stet_watch_bench
out="$root/build/bench/watch"
mkdir -p "$out"
rm -f "$out"/run_*.json "$out"/tiny.json "$out"/hist.json "$out"/hist.jsonl "$out"/git.json "$out"/meta.json
work="$(mktemp -d "${TMPDIR:-/tmp}/stet-watch-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# A copy of the binary, so a rebuild during the run cannot change it.
cp "$root/build/release/bench/stet_watch_bench" "$work/"
source_rev="$(bench_source_rev "$root")"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# Adds the database's bytes per table (SQLite's dbstat) to a run's JSON.
table_stats() {  # db json
  python3 - "$1" "$2" <<'PY'
import json, sqlite3, sys
db, path = sys.argv[1], sys.argv[2]
c = sqlite3.connect(db)
rows = c.execute("SELECT name, sum(pgsize), sum(unused) FROM dbstat GROUP BY name").fetchall()
d = json.load(open(path))
d["tables"] = {name: {"bytes": b, "unused": u} for name, b, u in rows}
json.dump(d, open(path, "w"), indent=2)
PY
}

common=(--aeb "$aeb" --change "$CHANGE" --no-etag "$NO_ETAG" --in-flight "$IN_FLIGHT"
        --per-host "$PER_HOST")
first=1
for n in $SIZES; do
  if [[ $first == 1 ]]; then
    extra=(--recheck-passes 1 --class-passes 1)
  else
    extra=(--recheck-passes 1)
  fi
  first=0
  echo "== $n articles"
  "$work/stet_watch_bench" "${common[@]}" "${extra[@]}" --articles "$n" --dir "$work/db_$n" \
    > "$out/run_$n.json"
  table_stats "$work/db_$n/stet.db" "$out/run_$n.json"
  rm -rf "$work/db_$n"
done

# Diagnostic: the same watcher on small synthetic pages (a headline and a few
# sentences), all with ETags and no changes: the first pass and the 304s
# without the cost of extracting a whole page.
n_tiny="${SIZES%% *}"
echo "== $n_tiny small synthetic pages (diagnostic)"
"$work/stet_watch_bench" "${common[@]}" --no-etag 0 --change 0 --tiny-pages 1 \
  --recheck-passes 1 --articles "$n_tiny" --dir "$work/db_tiny" > "$out/tiny.json"
rm -rf "$work/db_tiny"

echo "== histories for the git comparison: one article per page, $HIST_ROUNDS rounds"
"$work/stet_watch_bench" "${common[@]}" --articles 0 --recheck-passes "$HIST_ROUNDS" \
  --change "$HIST_CHANGE" --dir "$work/db_hist" --export "$out/hist.jsonl" > "$out/hist.json"
table_stats "$work/db_hist/stet.db" "$out/hist.json"
if [[ "${SKIP_GIT:-0}" != 1 ]]; then
  echo "== git (one commit per version, then git gc / git gc --aggressive)"
  python3 "$here/git_histories.py" "$out/hist.jsonl" "$work/git" > "$out/git.json"
fi
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

compiler=""
cxx="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$root/build/release/CMakeCache.txt" 2>/dev/null || true)"
if [[ -n "$cxx" ]]; then compiler="$("$cxx" --version 2>/dev/null | head -n1 || true)"; fi
command="${given}bench/watch/run.sh"
python3 - "$out/meta.json" <<EOF
import json, sys
json.dump({"sizes": "$SIZES".split(), "command": '''$command''', "compiler": '''$compiler''',
           "source": "$source_rev", "load_before": "$load_before", "load_after": "$load_after",
           "filesystem": "$(df -T "${TMPDIR:-/tmp}" | awk 'NR==2 {print $2}')",
           "libcurl": "$(pkg-config --modversion libcurl 2>/dev/null || echo unknown)",
           "sqlite": "$(pkg-config --modversion sqlite3 2>/dev/null || echo unknown)",
           "minutes": round(($(date +%s) - $started) / 60, 1)},
          open(sys.argv[1], "w"), indent=2)
EOF
python3 "$here/write_section.py" --dir "$out" --doc "$root/docs/benchmarks.md"
echo "== results in $out (took $(( ($(date +%s) - started) / 60 )) min)"
