#!/usr/bin/env python3
"""difflib baseline for the diff benchmark (Python 3 standard library only).

Labels the same version pairs as stet_diff_bench the way research pipelines
built on difflib do: a sentence-level SequenceMatcher over the two versions'
sentence lists (paragraphs flattened), then a word-level SequenceMatcher
inside every replaced block.

  equal   -> unchanged
  replace -> sentences paired one-to-one in order as edited (each pair gets a
             word-level diff); the excess old ones deleted, new ones added
  insert  -> added
  delete  -> deleted

difflib has no move detection: a moved sentence comes out as a delete plus an
add (or as an edit of whatever sits in its place).

It is generous to difflib: it is handed the true sentence lists from the
pairs file (old_sentences / new_sentences), so it gets segmentation for free,
and its timing covers only labelling and word diffs, while stet's covers
paragraph and sentence segmentation, normalisation and everything else.

Throughput: the whole set is labelled --reps times on one thread; each
repetition is timed with time.perf_counter and the median pairs/s reported.
Scoring is exactly the C++ bench's. Prints one JSON object to stdout (same
shape as stet_diff_bench) and a table to stderr.

Usage: difflib_baseline.py --pairs pairs.jsonl [--reps 5] [--errors FILE]
"""

import argparse
import difflib
import json
import re
import statistics
import sys
import time

CLASSES = ["unchanged", "edited", "added", "deleted", "moved"]
MISSING = "missing"
WORD = re.compile(r"\w+|[^\w\s]")


def word_diff(a, b):
    """Word-level diff of two strings: [(op, old_words, new_words)]."""
    ta = WORD.findall(a)
    tb = WORD.findall(b)
    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    return [(tag, ta[i1:i2], tb[j1:j2]) for tag, i1, i2, j1, j2 in sm.get_opcodes()]


def label_pair(old, new, old_head, new_head):
    """Returns (old_labels, new_labels, headline_changed, word_diffs)."""
    old_lab = [None] * len(old)
    new_lab = [None] * len(new)
    diffs = []
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                old_lab[i1 + k] = "unchanged"
                new_lab[j1 + k] = "unchanged"
        elif tag == "replace":
            n = min(i2 - i1, j2 - j1)
            for k in range(n):
                old_lab[i1 + k] = "edited"
                new_lab[j1 + k] = "edited"
                diffs.append(word_diff(old[i1 + k], new[j1 + k]))
            for i in range(i1 + n, i2):
                old_lab[i] = "deleted"
            for j in range(j1 + n, j2):
                new_lab[j] = "added"
        elif tag == "delete":
            for i in range(i1, i2):
                old_lab[i] = "deleted"
        else:  # insert
            for j in range(j1, j2):
                new_lab[j] = "added"
    head_changed = old_head != new_head
    if head_changed:
        diffs.append(word_diff(old_head, new_head))
    return old_lab, new_lab, head_changed, diffs


def align(truth, got):
    """For each true sentence, the index of the same text in `got`, or -1.

    Same walk as the C++ bench (in order, looking a few places ahead)."""
    idx = [-1] * len(truth)
    j = 0
    for i, t in enumerate(truth):
        if j < len(got) and got[j] == t:
            idx[i] = j
            j += 1
            continue
        for k in range(j + 1, min(len(got), j + 8)):
            if got[k] == t:
                idx[i] = k
                j = k + 1
                break
    return idx


def ratio(num, den):
    return None if den == 0 else num / den


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", required=True)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--errors", help="write every wrong judgement as a JSON line")
    args = ap.parse_args()
    reps = max(1, args.reps)

    pairs = []
    with open(args.pairs, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            p = json.loads(line)
            pairs.append(
                {
                    "id": p.get("id", len(pairs)),
                    "old": [s["text"] for s in p["old_sentences"]],
                    "new": [s["text"] for s in p["new_sentences"]],
                    "old_true": p["old_sentences"],
                    "new_true": p["new_sentences"],
                    "old_head": p["old"].get("headline", ""),
                    "new_head": p["new"].get("headline", ""),
                    "headline_changed": bool(p.get("headline_changed", False)),
                }
            )
    if not pairs:
        sys.exit(f"difflib_baseline: no pairs in {args.pairs}")

    # ---- accuracy
    confusion = {t: {p: 0 for p in CLASSES + [MISSING]} for t in CLASSES}
    old_total = new_total = old_side_correct = 0
    seg_pairs = seg_old = seg_new = 0
    head_changed = head_detected = head_false = head_correct = 0
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None

    def report(p, side, i, t, got):
        if errors is None:
            return
        other = p["old_true"] if side == "new" else p["new_true"]
        m = t.get("match", -1)
        e = {"pair": p["id"], "side": side, "index": i, "text": t["text"], "true": t["label"],
             "got": got, "true_match": other[m]["text"] if 0 <= m < len(other) else None}
        errors.write(json.dumps(e, ensure_ascii=False) + "\n")

    for p in pairs:
        old_lab, new_lab, detected, _ = label_pair(p["old"], p["new"], p["old_head"], p["new_head"])
        old_total += len(p["old_true"])
        new_total += len(p["new_true"])
        ai_new = align([s["text"] for s in p["new_true"]], p["new"])
        ai_old = align([s["text"] for s in p["old_true"]], p["old"])
        seg_bad = len(p["new"]) != len(p["new_true"]) or len(p["old"]) != len(p["old_true"])
        for i, t in enumerate(p["new_true"]):
            if ai_new[i] != i:
                seg_bad = True
            if ai_new[i] < 0:
                seg_new += 1
            got = new_lab[ai_new[i]] if ai_new[i] >= 0 else MISSING
            if t["label"] == "deleted":
                continue
            confusion[t["label"]][got] += 1
            if got != t["label"]:
                report(p, "new", i, t, got)
        for i, t in enumerate(p["old_true"]):
            if ai_old[i] != i:
                seg_bad = True
            if ai_old[i] < 0:
                seg_old += 1
            got = old_lab[ai_old[i]] if ai_old[i] >= 0 else MISSING
            if got == t["label"]:
                old_side_correct += 1
            if t["label"] != "deleted":
                continue
            confusion[t["label"]][got] += 1
            if got != t["label"]:
                report(p, "old", i, t, got)
        if seg_bad:
            seg_pairs += 1
        head_changed += p["headline_changed"]
        head_detected += p["headline_changed"] and detected
        head_false += (not p["headline_changed"]) and detected
        head_correct += detected == p["headline_changed"]
    if errors is not None:
        errors.close()

    # ---- throughput: labelling + word diffs only
    n = len(pairs)
    rates, seconds = [], []
    for _ in range(reps):
        t0 = time.perf_counter()
        for p in pairs:
            label_pair(p["old"], p["new"], p["old_head"], p["new_head"])
        s = time.perf_counter() - t0
        seconds.append(s)
        rates.append(n / s)

    judged = {c: sum(confusion[c].values()) for c in CLASSES}
    correct = {c: confusion[c][c] for c in CLASSES}
    judged_total = sum(judged.values())
    correct_total = sum(correct.values())
    macro = [ratio(correct[c], judged[c]) for c in CLASSES]
    out = {
        "engine": "difflib",
        "pairs_file": args.pairs,
        "pairs": n,
        "repetitions": reps,
        "pairs_per_sec": statistics.median(rates),
        "pairs_per_sec_runs": rates,
        "seconds_per_run": seconds,
        "sentences": {"old": old_total, "new": new_total},
        "accuracy": {c: ratio(correct[c], judged[c]) for c in CLASSES},
        "judged": judged,
        "correct": correct,
        "overall_accuracy": ratio(correct_total, judged_total),
        "judged_total": judged_total,
        "correct_total": correct_total,
        # Unchanged sentences dominate real articles; these two show how the
        # changed ones fare.
        "changed_accuracy": ratio(correct_total - correct["unchanged"],
                                  judged_total - judged["unchanged"]),
        "macro_accuracy": (statistics.mean(v for v in macro if v is not None)
                           if any(v is not None for v in macro) else None),
        "old_side_accuracy": ratio(old_side_correct, old_total),
        "headline": {"accuracy": ratio(head_correct, n), "changed": head_changed,
                     "detected": head_detected, "false_alarms": head_false},
        "segmentation_mismatch": {"pairs": seg_pairs, "old_sentences": seg_old,
                                  "new_sentences": seg_new},
        "confusion": {"labels": CLASSES + [MISSING], "matrix": confusion},
        "options": {"python": sys.version.split()[0], "autojunk": False,
                    "segmentation": "given (true sentence lists)"},
    }
    print(json.dumps(out, indent=2))

    def pct(v):
        return "   n/a" if v is None else f"{100 * v:6.2f}%"

    w = sys.stderr.write
    w(f"difflib baseline: {n} pairs, {reps} reps\n")
    w(f"  pairs/s (median, 1 thread): {out['pairs_per_sec']:.0f}\n")
    w(f"  {'class':<10} {'judged':>8} {'accuracy':>9}\n")
    for c in CLASSES:
        w(f"  {c:<10} {judged[c]:>8} {pct(out['accuracy'][c]):>9}\n")
    w(f"  {'overall':<10} {judged_total:>8} {pct(out['overall_accuracy']):>9}\n")
    w(f"  {'changed':<10} {judged_total - judged['unchanged']:>8} "
      f"{pct(out['changed_accuracy']):>9}   (all but unchanged)\n")
    w(f"  {'macro':<10} {'':>8} {pct(out['macro_accuracy']):>9}   (mean of the classes)\n")
    w(f"  headline detection {pct(out['headline']['accuracy'])}, "
      f"segmentation mismatches in {seg_pairs} pairs\n")
    w("  confusion (rows true, columns predicted):\n  " + " " * 10)
    for label in CLASSES + [MISSING]:
        w(f" {label:>9}")
    w("\n")
    for t in CLASSES:
        w(f"  {t:<10}" + "".join(f" {confusion[t][p]:>9}" for p in CLASSES + [MISSING]) + "\n")


if __name__ == "__main__":
    main()
