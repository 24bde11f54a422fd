#!/usr/bin/env python3
"""Writes the "## Watching" section of docs/benchmarks.md from the results
bench/watch/run.sh leaves in build/bench/watch/.

usage: bench/watch/write_section.py --dir build/bench/watch --doc docs/benchmarks.md
"""
import argparse
import datetime
import json
import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import benchdoc  # noqa: E402

HEADING = "## Watching"


def n0(x):
    return f"{x:,.0f}"


def mib(kb):
    return f"{kb / 1024:,.1f} MiB"


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--doc", required=True)
    a = ap.parse_args()
    meta = load(os.path.join(a.dir, "meta.json"))
    runs = [load(os.path.join(a.dir, f"run_{n}.json")) for n in meta["sizes"]]
    runs = [r for r in runs if r]
    hist = load(os.path.join(a.dir, "hist.json"))
    tiny = load(os.path.join(a.dir, "tiny.json"))
    git = load(os.path.join(a.dir, "git.json"))
    r0 = runs[0]
    corpus = r0["corpus"]
    pinned = ("the watcher process pinned to CPU 1 and the server process to CPU 0 "
              "(`sched_setaffinity`)" if r0["pinned"] else "unpinned (one CPU)")
    out = [HEADING, ""]
    out.append(f"- Machine: {benchdoc.machine()}; shared and noisy (load average "
               f"{meta['load_before']} before the run, {meta['load_after']} after: other "
               f"sessions build and test on the same two cores), so the ratios and the medians "
               f"matter more than any one figure. {pinned[0].upper() + pinned[1:]}.")
    out.append(f"- Date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC. "
               f"Compiler: {meta['compiler']}; libcurl {meta['libcurl']}; SQLite "
               f"{meta['sqlite']}; source: {meta['source']}.")
    out.append(f"- Reproduce: `{meta['command']}` (environment: SIZES, CHANGE, NO_ETAG, "
               f"IN_FLIGHT, PER_HOST, HIST_ROUNDS, HIST_CHANGE, SKIP_GIT; this run took "
               f"{meta['minutes']} min).")
    out.append(
        f"- Pages: {corpus['templates']} of the 181 AEB pages (`shared/data/aeb/html`; "
        f"{corpus['pages_refused_by_extractor']} are not articles to stet's extractor, "
        f"{corpus['pages_without_edit_anchor']} have no body sentence whose first words "
        f"appear verbatim in the HTML, where edits are made), whole pages as published, "
        f"mean {corpus['mean_page_bytes'] / 1000:.0f} kB. Article *i* is page *i* mod "
        f"{corpus['templates']} with \" (ref. *i in letters*)\" after each verbatim "
        f"occurrence of its headline (letters, because a number such as 1404 in the headline "
        f"of a short article makes the extractor call the page an error page), at `/news/YYYY/MM/DD/<slug>-<i>.html` (1,000 a day), "
        f"listed in sitemaps of {r0['sitemap_size']:,} URLs under one sitemap index; the "
        f"watcher finds them by reading the sitemaps, in its first pass.")
    out.append(
        f"- Mix per re-check round: {r0['change']:.0%} of the articles change (edits "
        f"accumulate: half of them a sentence from the AEB pages inserted before a body "
        f"sentence, half a word of that sentence's first words replaced by another from the "
        f"pages; every one shows in the extracted text). {1 - r0['no_etag']:.0%} of the "
        f"articles' pages carry an ETag, so unchanged they answer 304 to the watcher's "
        f"If-None-Match; {r0['no_etag']:.0%} carry none, so unchanged they answer 200 "
        f"with the same body, which the watcher knows by its hash (kept on the schedule "
        f"row with the validators) without extracting it again.")
    out.append(
        f"- Watcher: `stet::watch::Watcher` with `NewCurlHttpClient()` and a SQLite store "
        f"(WAL, synchronous=NORMAL, the defaults) in a temporary directory on "
        f"{meta['filesystem']} (the VM's disk). WatchOptions: "
        f"max_in_flight {r0['in_flight']} (default 64), per_host {r0['per_host']} (default "
        f"2: the server is one host), host_delay_ms {r0['host_delay_ms']} (default 1000); "
        f"robots.txt on. The clock is a `FakeClock` moved {r0['advance_s'] // 3600} h "
        f"between passes, so every article is due at the start of each pass; a pass ends "
        f"when nothing is due, queued or in flight. The server "
        f"(`tests/fetch/test_server.h`, a thread per connection) runs in a child process, "
        f"so the watcher's CPU time (getrusage, user + sys) and peak RSS are its own; the "
        f"server's CPU per request is shown beside it.")
    out.append("")

    # --- Throughput ---------------------------------------------------------
    out.append("### Checks per second")
    out.append("")
    out.append("| articles | pass | checks | 304 | 200, unchanged | new versions (expected) "
               "| wall s | **checks/s** | watcher CPU per check | watcher CPU ÷ wall "
               "| server CPU per request |")
    out.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")

    def busy(p):
        return f"{(p['cpu_user_s'] + p['cpu_sys_s']) / p['wall_s']:.0%}"
    names = {"first": "first (sitemaps + first versions)", "mixed": "re-check, the mix",
             "etag_warmup": "every page given an ETag (warm-up)",
             "all_304": "re-check, all 304", "all_200_same": "re-check, all 200 same body"}
    by_kind = {}
    problems = []
    for r in runs:
        for p in r["passes"]:
            by_kind.setdefault(p["kind"], []).append(p["checks_per_s"])
            unchanged_200 = p["unchanged"] - p["not_modified"]
            if p["changed"] != p["expected_changes"] or p["failed"] or p["rejected"]:
                problems.append(f"{r['articles']:,} articles, pass {p['pass']}: "
                                f"{p['changed']} new versions for {p['expected_changes']} "
                                f"expected, {p['failed']} failed, {p['rejected']} refused")
            out.append(
                f"| {r['articles']:,} | {names.get(p['kind'], p['kind'])} | {p['checks']:,} "
                f"| {p['not_modified']:,} | {unchanged_200:,} | {p['changed']:,} "
                f"({p['expected_changes']:,}) | {p['wall_s']:.1f} | **{n0(p['checks_per_s'])}** "
                f"| {p['cpu_us_per_check'] / 1000:.2f} ms | {busy(p)} | "
                f"{p['server_cpu_us_per_request'] / 1000:.2f} ms |")
    if tiny:
        for p in tiny["passes"]:
            out.append(
                f"| {tiny['articles']:,} | small synthetic pages (diagnostic): "
                f"{'first' if p['kind'] == 'first' else 're-check, all 304'} | {p['checks']:,} "
                f"| {p['not_modified']:,} | {p['unchanged'] - p['not_modified']:,} "
                f"| {p['changed']:,} ({p['expected_changes']:,}) | {p['wall_s']:.1f} "
                f"| {n0(p['checks_per_s'])} | {p['cpu_us_per_check'] / 1000:.2f} ms "
                f"| {busy(p)} | {p['server_cpu_us_per_request'] / 1000:.2f} ms |")
    out.append("")
    med = {k: statistics.median(v) for k, v in by_kind.items()}
    extract_ms = statistics.median(r["corpus"]["extract_us_per_page"] for r in runs) / 1000
    first_cpu = statistics.median(p["cpu_us_per_check"] for r in runs for p in r["passes"]
                                  if p["kind"] == "first") / 1000
    verdict = []
    for kind, label in (("all_304", "re-checks that are all 304"),
                        ("mixed", "re-checks with the mix"),
                        ("all_200_same", "re-checks that are all 200 with the same body"),
                        ("first", "first passes")):
        if kind in med:
            v = med[kind]
            verdict.append(f"{label} {n0(v)}/s ({'met' if v >= 2000 else 'not met'})")
    out.append("Target (issue 4): at least 2,000 checks per second on this machine: "
               + "; ".join(verdict) + " (medians over the passes above). "
               f"Every check that reads a page body not read before costs its extraction: "
               f"`stet::Extract` alone takes {extract_ms:.2f} ms a page on these pages (median "
               f"of 3 passes over the {corpus['templates']} served pages, timed in the server "
               f"process before it serves), of the {first_cpu:.2f} ms of watcher CPU a "
               f"first-version check costs (median); a 304, or a 200 whose body hashes as the "
               f"last one read, skips it. The watcher runs on one thread, so a new body costs "
               f"one core that long whatever max_in_flight is: pages that differ on every "
               f"request (a timestamp or a nonce in the HTML) cost what a first-pass check "
               f"costs, which is why first passes stay near {n0(med.get('first', 0))}/s.")
    if tiny:
        tf = tiny["passes"][0]
        out.append(f"The diagnostic rows serve pages of a headline and a dozen sentences "
                   f"instead (`--tiny-pages 1`, every page with an ETag, no changes): the same "
                   f"watcher then stores first versions at {n0(tf['checks_per_s'])}/s, "
                   f"{tf['cpu_us_per_check'] / 1000:.2f} ms of CPU a check, which is what "
                   f"fetching, recording and committing cost without a whole page to extract. "
                   f"Watcher CPU ÷ wall is the share of the pass the watcher process was on a "
                   f"core: well under 100% on a pass that needs the pages read means it was "
                   f"kept off its core (by the other sessions' work) or waited on the server.")
    if problems:
        out.append("")
        out.append("Not as expected: " + "; ".join(problems) + ".")
    else:
        out.append("")
        out.append("Every pass recorded exactly the new versions the server served (the count "
                   "in brackets is the server's), with no failed check and no page refused.")
    out.append("")

    # --- Memory ---------------------------------------------------------------
    out.append("### Memory")
    out.append("")
    out.append("| articles | RSS, store open, before the first pass | RSS after the first pass "
               "| RSS after the last pass | **peak RSS** (whole run) | database at the end |")
    out.append("|---:|---:|---:|---:|---:|---:|")
    for r in runs:
        ps = r["passes"]
        out.append(f"| {r['articles']:,} | {mib(r['rss_ready_kb'])} | {mib(ps[0]['rss_kb_end'])} "
                   f"| {mib(ps[-1]['rss_kb_end'])} | **{mib(r['peak_rss_kb'])}** "
                   f"| {r['db_bytes'] / 1e6:,.1f} MB |")
    out.append("")
    small, big = runs[0], runs[-1]
    growth = (big["peak_rss_kb"] - small["peak_rss_kb"]) / 1024
    out.append(f"Peak RSS of the watcher process (ru_maxrss) from {small['articles']:,} to "
               f"{big['articles']:,} articles: {mib(small['peak_rss_kb'])} to "
               f"{mib(big['peak_rss_kb'])} ({growth:+.1f} MiB, while the database grew "
               f"{(big['db_bytes'] - small['db_bytes']) / 1e6:,.0f} MB; the "
               f"{small['articles']:,} run also made the all-200 pass). The server process "
               f"(not counted) peaked at {mib(big['server_peak_rss_kb'])}.")
    trace = big["passes"][0].get("rss_trace")
    if trace:
        out.append(f"RSS through the {big['articles']:,}-article first pass, sampled about "
                   f"every {big['articles'] // 10:,} checks: "
                   + ", ".join(f"{kb / 1024:.0f}" for _, kb in trace) + " MiB: it moves "
                   f"with the pages being fetched and extracted at the moment, not with the "
                   f"articles stored.")
    out.append("")

    # --- Bytes per version ----------------------------------------------------
    out.append("### Bytes per stored version: stet against git (NewsDiffs)")
    out.append("")
    if hist and git:
        v = hist["versions"]
        gv = git["versions"]
        tables = hist.get("tables", {})
        contents = tables.get("contents", {}).get("bytes", 0)
        pack_gc = git["gc"]["pack_bytes"]
        out.append(
            f"The same histories in both: a run with one article per page "
            f"({hist['articles']} articles, so no two share a text), {hist['recheck_passes']} "
            f"re-check rounds in which each article changes with probability "
            f"{hist['change']}, {v:,} versions in all ({v / hist['articles']:.1f} an "
            f"article), as the watcher stored them. The texts were read back with "
            f"`Store::LoadVersion` and committed to git the way NewsDiffs does "
            f"(`add_to_git_repo` in its scraper): one file per article named by its URL "
            f"without the scheme (and here the port), holding the date, headline, byline and body, `git add` "
            f"when new and one `git commit <file>` per version, in time order; then "
            f"`git gc` (what NewsDiffs runs after each scrape) and, on a copy, "
            f"`git gc --aggressive` ({git['git_version']}). Why not all "
            f"{big['articles']:,} articles: they are {corpus['templates']} texts repeated, "
            f"and git deltas across files, so near-copies would cost it almost nothing "
            f"while real articles do not share text; stet compresses each article on its "
            f"own. The stet database holds more than the texts (the schedule with every "
            f"URL and validator, articles, versions, change summaries, indexes); NewsDiffs "
            f"keeps those in MySQL, outside git.")
        out.append("")
        out.append("| store | bytes | bytes per version | ÷ git's pack (`git gc`) |")
        out.append("|---|---:|---:|---:|")

        def row(label, b, versions=v, bold=False):
            s = f"**{n0(b / versions)}**" if bold else n0(b / versions)
            out.append(f"| {label} | {n0(b)} | {s} | {b / pack_gc:.2f} |")

        row("stet: database file (all tables and indexes, WAL checkpointed)",
            hist["db_bytes"], bold=True)
        if hist.get("empty_db_bytes"):
            row(f"stet: the database less an empty one (its schema, "
                f"{n0(hist['empty_db_bytes'])} bytes)", hist["db_bytes"] - hist["empty_db_bytes"])
        if contents:
            row("stet: of which the `contents` table (texts, with page slack)", contents)
        row("stet: of which the stored texts (zstd, deltas within an article)",
            hist["stored_bytes"])
        row("git: loose objects, before any gc", git["loose"]["loose_object_bytes"], gv)
        row("git `gc`: pack", pack_gc, gv, bold=True)
        row("git `gc`: pack + index", pack_gc + git["gc"]["idx_bytes"], gv)
        row("git `gc`: whole .git", git["gc"]["git_dir_bytes"], gv)
        row("git `gc --aggressive`: pack", git["gc_aggressive"]["pack_bytes"], gv)
        row("git `gc --aggressive`: pack + index",
            git["gc_aggressive"]["pack_bytes"] + git["gc_aggressive"]["idx_bytes"], gv)
        row("raw text (the NewsDiffs files' contents, all versions)",
            git["newsdiffs_text_bytes"], gv)
        out.append("")
        ratio = hist["db_bytes"] / pack_gc
        ratio_idx = hist["db_bytes"] / (pack_gc + git["gc"]["idx_bytes"])
        out.append(
            f"Target (issue 4): a store no bigger than git's pack of the same histories: "
            f"{'met' if ratio <= 1 else 'not met'} for the whole database "
            f"({ratio:.2f}× the `git gc` pack, {ratio_idx:.2f}× pack + index, "
            f"{hist['db_bytes'] / git['gc_aggressive']['pack_bytes']:.2f}× the aggressive "
            f"pack); the texts alone take {hist['stored_bytes'] / pack_gc:.2f}× the pack. "
            f"For scale: the {big['articles']:,}-article run's database holds "
            f"{big['versions']:,} versions (mostly first versions) at "
            f"{n0(big['db_bytes_per_version'])} bytes each "
            f"({n0(big['stored_bytes_per_version'])} of stored text), from "
            f"{n0(big['raw_bytes_per_version'])} bytes of raw text a version.")
        if git:
            out.append(f"Building the git repository took {git['commit_s']:.0f} s for "
                       f"{gv:,} commits (a process per `git add`/`git commit`), `git gc` "
                       f"{git['gc']['seconds']:.1f} s, `--aggressive` "
                       f"{git['gc_aggressive']['seconds']:.1f} s.")
    else:
        out.append("Not measured in this run (SKIP_GIT=1 or the histories run failed).")
    out.append("")
    # Where a version's bytes go, per table, in the histories run and the
    # biggest run (SQLite's dbstat: pages, so slack included).
    cols = [(f"histories ({hist['versions']:,} versions)", hist)] if hist else []
    cols.append((f"{big['articles']:,} articles ({big['versions']:,} versions)", big))
    cols = [(label, r) for label, r in cols if r.get("tables")]
    if cols:
        out.append("Where the database's bytes go (SQLite's `dbstat`, whole pages; bytes per "
                   "version, and the share of pages left empty):")
        out.append("")
        out.append("| table or index | " + " | ".join(label for label, _ in cols) + " |")
        out.append("|---|" + "---:|" * len(cols))
        names = sorted(cols[-1][1]["tables"], key=lambda t: -cols[-1][1]["tables"][t]["bytes"])
        for t in names:
            cells = []
            for _, r in cols:
                s = r["tables"].get(t)
                if not s:
                    cells.append("—")
                    continue
                cells.append(f"{s['bytes'] / r['versions']:,.0f} "
                             f"({s['unused'] / s['bytes']:.0%} empty)" if s["bytes"] else "0")
            if any(c not in ("—",) for c in cells):
                out.append(f"| `{t}` | " + " | ".join(cells) + " |")
        out.append("")
    benchdoc.write_section(a.doc, HEADING, "\n".join(out))


if __name__ == "__main__":
    main()
