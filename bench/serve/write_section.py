#!/usr/bin/env python3
"""Writes the "## Serving" section of docs/benchmarks.md from bench/serve/run.sh's
results (build.json, meta.json and one wrk output per page kind and
connection count).

usage: write_section.py --dir build/bench/serve --doc docs/benchmarks.md
"""
import argparse
import datetime
import json
import os
import re
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import benchdoc  # noqa: E402

KINDS = [("home", "home page (latest changes; 1 in 4 a later page)"),
         ("article", "an article (timeline and current text)"),
         ("diff", "a diff between consecutive versions (side by side)"),
         ("search", "a search of every version (a word, two, or a phrase; "
                    "1 in 5 removed text only, 1 in 5 newest first)"),
         ("source", "a source (its statistics, changes and articles)"),
         ("sources", "all sources with their statistics"),
         ("api_changes", "JSON API: a source's latest 20 changes"),
         ("static", "the stylesheet (the HTTP layer alone; baseline)")]


def millis(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def parse_wrk(path):
    text = open(path, encoding="utf-8").read()
    out = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))}
    for pct, value, unit in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M):
        out[f"p{pct}"] = millis(value, unit)
    m = re.search(r"(\d+) requests in", text)
    out["requests"] = int(m.group(1)) if m else 0
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    out["non2xx"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    out["errors"] = sum(int(g) for g in m.groups()) if m else 0
    return out


def median_of(runs):
    """Each figure's median over repeated runs; errors are summed."""
    out = {}
    for key in ("rps", "p50", "p75", "p90", "p99"):
        values = sorted(r[key] for r in runs if key in r)
        if values:
            out[key] = statistics.median(values)
    for key in ("requests", "non2xx", "errors"):
        out[key] = sum(r[key] for r in runs)
    out["runs"] = len(runs)
    p99s = [r["p99"] for r in runs if "p99" in r]
    out["p99_range"] = (min(p99s), max(p99s)) if p99s else (0, 0)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--doc", required=True)
    a = ap.parse_args()
    build = json.load(open(os.path.join(a.dir, "build.json")))
    meta = json.load(open(os.path.join(a.dir, "meta.json")))
    rows = {}
    for kind, _ in KINDS:
        for c in (1, 64):
            runs = [parse_wrk(os.path.join(a.dir, f)) for f in sorted(os.listdir(a.dir))
                    if re.fullmatch(rf"wrk_{kind}_{c}_\d+\.txt", f)]
            if runs:
                rows[(kind, c)] = median_of(runs)
    n0 = lambda v: f"{v:,.0f}"
    out = ["## Serving", ""]
    out.append(f"- Machine: {benchdoc.machine()}; shared and noisy (load average "
               f"{meta['load_before']} before, {meta['load_after']} after), so ratios "
               f"matter more than any one figure. `stet serve` pinned to CPU 1 "
               f"(--threads {meta['threads']}), wrk to CPU 0, over loopback.")
    out.append(f"- Date: {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC; source: "
               f"{meta['source']}; {meta['wrk']}.")
    out.append(f"- Reproduce: `{meta['command']}` (environment: ARTICLES, VERSIONS, DURATION, "
               f"THREADS, REBUILD; this run took {meta['minutes']} min).")
    out.append(f"- Store: {build['articles']:,} articles with up to {build['versions_per_article']} "
               f"versions each ({build['versions']:,} versions: an edit that changes no word "
               f"adds none) over {build['sources']} sources, "
               f"built from the {build['bodies']} AEB article bodies "
               f"(`shared/data/aeb/ground-truth.json`) with a plausible edit between versions "
               f"(a word or two reworded, a sentence added or dropped), as `stet import` would "
               f"record them; the SQLite file is {build['db_bytes'] / 1e6:,.0f} MB "
               f"(built in {build['build_s']:.0f} s). Its search index "
               f"(`stet.db.search`, each distinct paragraph and headline of an article once) "
               f"takes {build['index_bytes'] / 1e6:,.0f} MB "
               f"({build['index_bytes'] / build['db_bytes']:.2f}x the store) and was built "
               f"from the versions in {build['index_s']:.0f} s "
               f"({build['versions'] / max(build['index_s'], 1e-9):,.0f} versions/s).")
    out.append(f"- Each measurement: wrk with one thread and 1 or 64 connections for "
               f"{meta['duration_s']} s, after a warm-up, each request a random path of its kind "
               f"(2,000 paths: random articles, random consecutive versions), repeated "
               f"{meta.get('repeats', 1)} times. Each figure is the median over the repeats "
               f"of wrk's figure for one run (percentiles over all that run's requests); "
               f"errors are the total.")
    out.append("")
    out.append("| page | connections | requests/s | p50 | p90 | **p99** | errors or non-2xx |")
    out.append("|---|---:|---:|---:|---:|---:|---:|")
    for kind, label in KINDS:
        for c in (1, 64):
            r = rows.get((kind, c))
            if not r:
                continue
            out.append(f"| {label} | {c} | {n0(r['rps'])} | {r.get('p50', 0):.2f} ms | "
                       f"{r.get('p90', 0):.2f} ms | **{r.get('p99', 0):.2f} ms** | "
                       f"{r['errors'] + r['non2xx']} |")
    out.append("")
    d = rows.get(("diff", 64))
    st = rows.get(("static", 64))
    static_range = (f"{st['p99_range'][0]:.0f}-{st['p99_range'][1]:.0f} ms" if st
                    else "not measured")
    if d:
        verdict = "met" if d.get("p99", 1e9) < 50 else "not met"
        out.append(f"Target (issue 5): p99 under 50 ms for a diff page at 64 clients: "
                   f"{d.get('p99', 0):.1f} ms ({verdict}). The server's own memory peaked at "
                   f"{meta.get('server_anon_kb', 0) / 1024:.0f} MiB (its resident set, "
                   f"{meta['server_peak_rss_kb'] / 1024:,.0f} MiB at most, also counts the "
                   f"pages of the database files it maps, which are the page cache's). Every page is rendered per "
                   f"request (no cache): a diff page reads both versions, decompresses them and "
                   f"aligns them sentence by sentence each time. Source statistics are the "
                   f"exception: cached for a minute (`SiteOptions::stats_ttl_seconds`), then one "
                   f"request recomputes them (a scan of the source's articles and versions) while "
                   f"the others asking for them wait, which is where the source page's p99 at 64 "
                   f"connections comes from. Tails at 64 connections move from run to run with "
                   f"the machine's other load (over this run's repeats the diff's p99 at 64 "
                   f"connections ranged {d['p99_range'][0]:.0f}-{d['p99_range'][1]:.0f} ms, "
                   f"the stylesheet's {static_range}); the medians and requests/s are "
                   f"steadier.")
        out.append("")
    benchdoc.write_section(a.doc, "## Serving", "\n".join(out))


if __name__ == "__main__":
    main()
