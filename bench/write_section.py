#!/usr/bin/env python3
"""Writes one benchmark's section of docs/benchmarks.md from its JSON runs.

usage: write_section.py store RUNS

Replaces only the section between its '## ' heading and the next one.
"""
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys

ROOT = subprocess.check_output(["git", "rev-parse", "--show-toplevel"], text=True).strip()
DOC = os.path.join(ROOT, "docs", "benchmarks.md")


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, {platform.system()} {platform.release()}"


def replace_section(heading, body):
    text = open(DOC).read() if os.path.exists(DOC) else "# Benchmarks\n"
    start = text.find(heading + "\n")
    section = heading + "\n" + body.rstrip() + "\n\n"
    if start < 0:
        text = text.rstrip() + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(heading))
        text = text[:start] + section + (text[end + 1:] if end >= 0 else "")
    os.makedirs(os.path.dirname(DOC), exist_ok=True)
    with open(DOC, "w") as f:
        f.write(text.rstrip() + "\n")


def store(runs):
    rs = [json.load(open(os.path.join(ROOT, "build", "bench", f"store_run_{i}.json")))
          for i in range(1, runs + 1)]
    med = lambda k: statistics.median(r[k] for r in rs)
    r = rs[0]
    body = f"""
Measured {datetime.date.today()} on {machine()}, pinned to one core; medians of
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
    replace_section("## Version store: throughput and bytes per version", body)


if __name__ == "__main__":
    if sys.argv[1] == "store":
        store(int(sys.argv[2]))
    else:
        sys.exit(f"unknown section {sys.argv[1]}")
