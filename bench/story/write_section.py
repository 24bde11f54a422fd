#!/usr/bin/env python3
"""Writes the "## Story grouping" section of docs/benchmarks.md from
bench/story/run.sh's results (quality.json and stream.json).

usage: write_section.py --dir build/bench/story --doc docs/benchmarks.md
                        --command CMD --source REV --minutes M
"""
import argparse
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import benchdoc  # noqa: E402

TARGET = 0.95


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--doc", required=True)
    ap.add_argument("--command", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--minutes", required=True)
    a = ap.parse_args()
    q = json.load(open(os.path.join(a.dir, "quality.json")))
    st = json.load(open(os.path.join(a.dir, "stream.json")))
    s = st["stream"]
    ours, base = q["stet"], q["baseline"]
    out = ["## Story grouping", ""]
    out.append(f"- Machine: {benchdoc.machine()}; shared and noisy.")
    out.append(f"- Date: {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC; source: {a.source}.")
    out.append(f"- Reproduce: `{a.command}` (environment: ORDERS, STREAM; this run took "
               f"{a.minutes} min).")
    out.append(f"- Quality: the {q['articles']} ECB+ development articles "
               f"(`shared/data/ecbplus-dev`, {q['stories']} gold stories: two similar events "
               f"in each topic, no dates or outlets), streamed in {q['orders']} random orders "
               f"through each grouper; figures are means over the orders (the worst order's "
               f"B-cubed F1 beside them). The baseline is a plain online TF-IDF grouper (every "
               f"word, idf over what it has seen, cosine to each story's centroid, join the best "
               f"at a threshold or start a story) at its best threshold on this data "
               f"({base['join_threshold']:.2f}), which flatters it.")
    out.append("")
    out.append("| grouper | B³ precision | B³ recall | **B³ F1** | worst order | pairwise P | "
               "pairwise R | pairwise F1 | stories | articles/s |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in (("stet (defaults)", ours), ("plain online TF-IDF (baseline)", base)):
        m = r["mean"]
        out.append(f"| {name} | {m['b3_precision']:.3f} | {m['b3_recall']:.3f} | "
                   f"**{m['b3_f1']:.3f}** | {r['worst_order']['b3_f1']:.3f} | "
                   f"{m['pairwise_precision']:.3f} | {m['pairwise_recall']:.3f} | "
                   f"{m['pairwise_f1']:.3f} | {m['groups']} | {r['articles_per_s']:,.0f} |")
    out.append("")
    f1 = ours["mean"]["b3_f1"]
    verdict = "met" if f1 >= TARGET else f"not met, short by {TARGET - f1:.3f}"
    out.append(f"Target (issue 6): B³ F1 at least {TARGET} with settings that serve unseen data: "
               f"{f1:.3f} ({verdict}); {f1 / base['mean']['b3_f1']:.2f}x the baseline's F1, "
               f"{(1 - base['mean']['b3_f1']) / max(1 - f1, 1e-9):.1f}x fewer errors by it. "
               f"The settings are round values chosen on this development set; the grid below "
               f"shows their neighbours. What is left is mostly three topics whose two events "
               f"share their people, places and words (two Chargers players arrested for drunk "
               f"driving within a month, the Bush rule on endangered species and Obama's reversal "
               f"of it, two emergency Internet Explorer patches): each pair becomes one story.")
    out.append("")
    out.append("Neighbouring settings (B³ F1, mean over the orders; join = average similarity at "
               "which groups join, attach = nearest-article similarity at which a group of up "
               "to three left alone joins a larger one):")
    out.append("")
    grid = q.get("sweep", [])
    joins = sorted({g["join"] for g in grid if g["background"] and g["story_counted"]})
    attaches = sorted({g["attach"] for g in grid if g["background"] and g["story_counted"]})
    label = lambda x: "off" if x > 1 else f"{x:.2f}"
    out.append("| join \\ attach | " + " | ".join(label(x) for x in attaches) + " |")
    out.append("|---|" + "---:|" * len(attaches))
    for j in joins:
        cells = []
        for x in attaches:
            g = next((g for g in grid if g["join"] == j and g["attach"] == x
                      and g["background"] and g["story_counted"]), None)
            cells.append(f"{g['b3_f1']:.3f}" if g else "")
        out.append(f"| {j:.2f} | " + " | ".join(cells) + " |")
    out.append("")
    for g in grid:
        if not g["background"]:
            out.append(f"- Without the built-in document frequencies (181 AEB bodies): "
                       f"B³ F1 {g['b3_f1']:.3f}.")
        if g["background"] and not g["story_counted"]:
            out.append(f"- Counting every article of a big story whole in the document "
                       f"frequencies: B³ F1 {g['b3_f1']:.3f} (the damping matters for a story "
                       f"that dominates a stream, not here).")
    out.append("")
    slices = s["slices"]
    first, last = slices[0], slices[-1]
    rates = sorted(x["articles_per_s"] for x in slices)
    median = rates[len(rates) // 2]
    out.append(f"Speed: a stream of {s['articles']:,} articles built from real text (each of "
               f"{s['events']:,} events told by one of the {st['source_texts']} ECB+ and AEB "
               f"texts with every name and number replaced, consistently, by the event's own, "
               f"covered by about five articles of seven in ten of its sentences within 12 hours; "
               f"events spread over two years), on one core: **{s['articles_per_s']:,.0f} "
               f"articles/s** overall; by tenth of the stream, median {median:,.0f}, first "
               f"{first['articles_per_s']:,.0f} (at {first['stories_so_far']:,} stories), last "
               f"{last['articles_per_s']:,.0f} (at {last['stories_so_far']:,} stories): "
               f"{last['stories_so_far'] / max(first['stories_so_far'], 1):.0f}x the stories, "
               f"{first['articles_per_s'] / max(last['articles_per_s'], 1e-9):.2f}x the time "
               f"per article (no step scans the stories). Memory: "
               f"{s['bytes_per_article']:,.0f} bytes per article held by the grouper "
               f"({s['memory_bytes'] / 2**20:,.0f} MiB), {st['peak_rss_kb'] / 1024:,.0f} MiB "
               f"peak resident for the whole benchmark. {s['stories']:,} stories at the end for "
               f"{s['events']:,} events: events told from the same source text within days "
               f"of each other share all its common words, and many are joined, as ECB+'s "
               f"sibling events are.")
    benchdoc.write_section(a.doc, "## Story grouping", "\n".join(out))


if __name__ == "__main__":
    main()
