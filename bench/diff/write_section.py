#!/usr/bin/env python3
"""Writes the "## Diff engine: stet vs difflib" section of docs/benchmarks.md.

Reads the JSON results of stet_diff_bench and difflib_baseline.py and
replaces the section (from its heading to the next "## " heading) in the
document, creating the document (titled "# Benchmarks") or appending the
section if either is missing. Standard library only.

Usage: write_section.py --stet stet.json --difflib difflib.json
                        --doc docs/benchmarks.md [--seed 1] [--pin "taskset -c 1"]
                        [--compiler "g++ 12.2.0"]
"""

import argparse
import datetime
import json
import os
import platform
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import benchdoc  # noqa: E402

HEADING = "## Diff engine: stet vs difflib"
CLASSES = ["unchanged", "edited", "added", "deleted", "moved"]
PAIRS_TARGET = 20000
ACCURACY_TARGET = 0.98


def pct(v):
    return "n/a" if v is None else f"{100 * v:.2f}%"


def num(v):
    return "n/a" if v is None else f"{v:,.0f}"


def build_section(s, d, args):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    ratio = s["pairs_per_sec"] / d["pairs_per_sec"] if d["pairs_per_sec"] else None
    judged = s["judged"]
    pin = args.pin or "not pinned (taskset unavailable)"

    rows = [
        ("version pairs/s, one core (median of %d runs)" % s["repetitions"],
         num(s["pairs_per_sec"]), num(d["pairs_per_sec"]), f"≥ {PAIRS_TARGET:,}"),
        ("speed ratio (stet ÷ difflib)",
         "n/a" if ratio is None else f"{ratio:.2f}×", "1×", "—"),
    ]
    for c in CLASSES:
        side = "old side" if c == "deleted" else "new side"
        note = " (no move detection)" if c == "moved" else ""
        rows.append((f"{c} sentences labelled right ({judged[c]:,}, {side})",
                     pct(s["accuracy"][c]), pct(d["accuracy"][c]) + note, "—"))
    rows += [
        (f"**all judged sentences labelled right** ({s['judged_total']:,})",
         f"**{pct(s['overall_accuracy'])}**", f"**{pct(d['overall_accuracy'])}**",
         f"≥ {100 * ACCURACY_TARGET:.0f}%"),
        (f"changed sentences only (all but unchanged, "
         f"{s['judged_total'] - judged['unchanged']:,})",
         pct(s.get("changed_accuracy")), pct(d.get("changed_accuracy")), "—"),
        ("mean of the five class accuracies",
         pct(s.get("macro_accuracy")), pct(d.get("macro_accuracy")), "—"),
        (f"headline change detected right ({s['headline']['changed']:,} of "
         f"{s['pairs']:,} pairs changed)",
         pct(s["headline"]["accuracy"]), pct(d["headline"]["accuracy"]), "—"),
        ("pairs whose sentence segmentation differs from the truth",
         f"{s['segmentation_mismatch']['pairs']:,}",
         f"{d['segmentation_mismatch']['pairs']:,} (given the truth)", "0"),
    ]

    speed_ok = s["pairs_per_sec"] >= PAIRS_TARGET
    acc_ok = (s["overall_accuracy"] or 0) >= ACCURACY_TARGET
    verdict = (
        f"Targets: throughput {'met' if speed_ok else '**not met**'} "
        f"({num(s['pairs_per_sec'])} pairs/s against {PAIRS_TARGET:,}); accuracy "
        f"{'met' if acc_ok else '**not met**'} ({pct(s['overall_accuracy'])} against "
        f"{100 * ACCURACY_TARGET:.0f}%)."
    )

    # Confusion matrices, rows true, columns predicted.
    labels = s["confusion"]["labels"]

    def matrix(res):
        out = ["| true \\ labelled | " + " | ".join(labels) + " |",
               "|---|" + "---:|" * len(labels)]
        for t in CLASSES:
            row = res["confusion"]["matrix"][t]
            out.append(f"| {t} | " + " | ".join(f"{row.get(l, 0):,}" for l in labels) + " |")
        return out

    lines = [
        HEADING,
        "",
        f"- Machine: {benchdoc.cpu_model()}, {os.cpu_count()} logical CPUs (nproc), "
        f"{platform.system()} {platform.release()}; run pinned to one core with `{pin}`.",
        f"- Date: {now}. Compiler: {args.compiler or 'see CMakeCache'}; "
        f"Python {d.get('options', {}).get('python', platform.python_version())}.",
        "- Reproduce: `bench/diff/run.sh` (environment: `PAIRS`, `REPS`, `SEED`; "
        f"this run: PAIRS={s['pairs']}, REPS={s['repetitions']}, SEED={args.seed}).",
        f"- Pairs: {s['pairs']:,} version pairs, {s['sentences']['old']:,} old and "
        f"{s['sentences']['new']:,} new sentences.",
        "",
        "| metric | stet | difflib | target |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {a} | {b} | {c} | {t} |" for a, b, c, t in rows]
    lines += ["", verdict, "", "Confusion, stet (rows: true label; columns: label given):", ""]
    lines += matrix(s)
    lines += ["", "Confusion, difflib:", ""]
    lines += matrix(d)
    lines += [
        "",
        "Method. `stet_make_pairs` takes the 181 real article bodies of "
        "`shared/data/aeb/ground-truth.json` (those with at least 4 sentences) and, "
        "with a fixed seed, applies 0–4 known edits to a copy of one (about 10% of "
        "pairs get none): a sentence added (from another article, in a paragraph or "
        "as a new one), deleted, reworded (1 to min(5, 30%) of its words replaced, "
        "inserted or deleted, words drawn from the corpus vocabulary), moved at least "
        "two sentences away (about 30% of moves also reworded; still labelled moved), "
        "a paragraph split or two merged; about 5% of pairs change one headline word. "
        "A sentence gets at most one edit; sentences are what "
        "`stet::text::SplitSentences` cuts, and every edit is re-split and checked, "
        "and redrawn if it changed the segmentation or left the labels ambiguous (a "
        "moved sentence that could as well be read as in place). Added, unchanged, "
        "edited and moved sentences are judged on the new version, deleted ones on "
        "the old; overall accuracy is over all of them, so the many unchanged "
        "sentences weigh heavily: the changed-only and per-class rows show the rest. "
        "stet runs `stet::Diff` with default options (fuzzy and move matching on) and "
        "its time covers everything from paragraphs to labels and word diffs. difflib "
        "is the research-pipeline recipe: `SequenceMatcher(autojunk=False)` over the "
        "flattened sentence lists, replaced blocks paired in order as edited with a "
        "word-level `SequenceMatcher` inside each pair, the excess added or deleted; "
        "it has no move detection. difflib is handed the true sentence lists, so it "
        "gets segmentation for free and its time covers only labelling and word "
        "diffs — generous to difflib. Both run on one thread, pinned to the same "
        "core, one after the other, each repeating the whole set and reporting the "
        "median rate.",
        "",
    ]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stet", required=True)
    ap.add_argument("--difflib", required=True)
    ap.add_argument("--doc", required=True)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--pin", default="")
    ap.add_argument("--compiler", default="")
    args = ap.parse_args()
    with open(args.stet, encoding="utf-8") as f:
        s = json.load(f)
    with open(args.difflib, encoding="utf-8") as f:
        d = json.load(f)
    section = build_section(s, d, args)
    benchdoc.write_section(args.doc, HEADING, section)
    print(f"wrote {HEADING!r} to {args.doc}")


if __name__ == "__main__":
    main()
