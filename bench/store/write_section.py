#!/usr/bin/env python3
"""Writes one benchmark's section of docs/benchmarks.md from its JSON runs.

usage: bench/store/write_section.py RUNS

Replaces only the section between its '## ' heading and the next one.
"""
import datetime
import json
import os
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import benchdoc  # noqa: E402

ROOT = subprocess.check_output(["git", "rev-parse", "--show-toplevel"], text=True).strip()
DOC = os.path.join(ROOT, "docs", "benchmarks.md")


def store(runs):
    rs = [json.load(open(os.path.join(ROOT, "build", "bench", f"store_run_{i}.json")))
          for i in range(1, runs + 1)]
    med = lambda k: statistics.median(r[k] for r in rs)
    r = rs[0]
    body = f"""
Measured {datetime.date.today()} on {benchdoc.machine()}, pinned to one core; medians of
{runs} runs. Reproduce: `bench/store/run.sh`.

Histories of 10 versions for each of the {r['articles']} AEB article bodies
(`../shared/data/aeb/ground-truth.json`), each version a small edit of the
last (a word or two reworded, a sentence added or dropped), recorded in time
order into a fresh SQLite store. {r['versions']} versions in all.

| figure | value |
|---|---|
| raw text per version (headline + body) | {med('raw_bytes_per_version'):.0f} bytes |
| stored bytes per version (zstd, deltas against an earlier text of the article) | {med('stored_bytes_per_version'):.0f} bytes |
| database file per version (with indexes, SQLite pages) | {med('file_bytes_per_version'):.0f} bytes |
| compression against raw text (stored) | {med('raw_bytes_per_version') / med('stored_bytes_per_version'):.1f}x |
| writes, one transaction per observation (as a watcher commits) | {med('write_per_s_one_txn_each'):.0f} /s |
| writes, batched 2000 per transaction (import) | {med('write_per_s_batched'):.0f} /s |
| reads, every version of every article decoded | {med('read_versions_per_s'):.0f} versions/s ({med('read_mb_per_s'):.0f} MB/s of text) |

Writes include computing each change summary (a full diff against the
previous version) and the fingerprint; reads include decompression.
"""
    heading = "## Version store: throughput and bytes per version"
    benchdoc.write_section(DOC, heading, heading + "\n" + body)


if __name__ == "__main__":
    store(int(sys.argv[1]))
