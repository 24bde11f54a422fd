#!/usr/bin/env bash
# Quick start: install what is needed, build, and run stet on the bundled
# example data (the founding seed texts, the two reconstructed versions of
# the Guardian article and the second one as a web page) in a fresh
# ./stet.db, show what changed, then serve it to a browser.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh release
stet=build/release/stet
export STET_DB=${STET_DB:-$PWD/stet.db}
rm -f "$STET_DB" "$STET_DB-wal" "$STET_DB-shm"

guardian=http://www.theguardian.com/politics/2017/dec/22/boris-johnson-meets-russian-counterpart-sergei-lavrov-moscow
$stet import examples/seeds.jsonl
$stet import --source guardian --byline "Andrew Roth" --url "$guardian" --time 2017-12-22T09:30:00Z examples/guardian/v0.txt
$stet import --source guardian --byline "Andrew Roth" --url "$guardian" --time 2017-12-22T11:30:00Z examples/guardian/v1.txt
echo
# The same article as a web page, furniture and all: the extractor finds the
# text already stored, so no false version is recorded ("1 unchanged").
$stet extract examples/pages/guardian-v1.html | sed -n 1,8p
$stet import --source guardian --time 2017-12-22T12:30:00Z examples/pages/guardian-v1.html
echo
# stet's main job, on the same data served from this machine: follow a feed,
# find its article, record it (a local address, so the source allows it).
port=${STET_EXAMPLE_PORT:-8765}
python3 -m http.server --bind 127.0.0.1 --directory examples "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
  sleep 0.1
done
$stet source add example --allow-private --feed "http://127.0.0.1:$port/pages/feed.xml"
$stet watch --until-idle --delay-ms 0
$stet status
echo
$stet articles
echo
$stet log "$guardian"
echo
$stet diff "$guardian"
echo
# Text the Guardian's first version had and its second dropped.
$stet search --removed Kettle crisps
echo
# The same event told by several outlets, and how each told it.
$stet stories
story=$($stet stories --min 2 --json | python3 -c "import json,sys; s=json.load(sys.stdin)['stories']; print(s[0]['id'] if s else '')")
if [[ -n "$story" ]]; then
  echo
  $stet story "$story"
fi
echo
# Who said what: Johnson's words in every outlet, under any form of his name.
$stet quotes --person Johnson --limit 5
kill $server 2>/dev/null || true
echo
echo "Database: $STET_DB. Try: $stet help"
# Reading it in a browser: the pages, feeds and JSON API over the same store
# (STET_SERVE=0 skips this; STET_PORT picks the port, default 8080).
if [[ "${STET_SERVE:-1}" != 0 ]]; then
  port=${STET_PORT:-8080}
  echo
  echo "Open http://127.0.0.1:$port/ in a browser, or search every version at"
  echo "http://127.0.0.1:$port/search?q=kettle+crisps, and the outlets side by side at"
  echo "http://127.0.0.1:$port/stories, and who said what at"
  echo "http://127.0.0.1:$port/person/johnson (Ctrl-C stops the server)."
  $stet serve --port "$port"
fi
