#!/usr/bin/env python3
"""Scores article-body predictions against the AEB ground truth.

The metric is the one the article-extraction-benchmark defines (see
shared/data/aeb/README.md), reproduced exactly so figures compare with the
published ones:

1. Tokens: every maximal run of Unicode word characters (Python's `\\w+`),
   case kept.
2. Shingles: the overlapping runs of 4 consecutive tokens; a text of fewer
   than 4 tokens has one shingle of all its tokens (none if it is empty).
3. Per page, over the shingles as multisets: tp = common count, fp =
   predicted only, fn = expected only; tp, fp, fn are then scaled to add up
   to 1 (left at 0 if all are 0), so that every page weighs the same.
4. Precision = mean of the page precisions over the pages where tp+fp > 0
   (a page with nothing predicted is left out of precision, and scores
   recall 0); recall = mean of the page recalls over the pages where
   tp+fn > 0; a page where fp = fn = 0 scores 1 for both. F1 = harmonic mean
   of the two means (not a mean of page F1s). Accuracy = share of pages
   whose token list equals the expected one exactly.

As in the benchmark's own evaluate.py, a page where both texts are empty
(tp = fp = fn = 0) is left out of both means; no AEB page has an empty
truth, so it never arises here. When no page has a prediction at all,
precision is undefined (reported as null) and F1 as 0 (recall is 0).

Usage:
  aeb_score.py --truth ground-truth.json --pred predictions.json
               [--per-page per_page.json] [--name stet]
  aeb_score.py --truth ground-truth.json --self-test

Predictions: a JSON object {id: text}; a value may also be an object with
"articleBody" (the benchmark's own output format) or null. A page of the
truth missing from the predictions counts as nothing predicted (and is
counted in "missing"). Prints one JSON object:
{name, f1, precision, recall, accuracy, pages, precision_pages,
recall_pages, empty_predictions, missing}. --per-page writes, for every
page, {id, url, precision, recall, f1, exact, tp, fp, fn, expected_tokens,
predicted_tokens}, worst F1 first. Standard library only.
"""

import argparse
import json
import re
import statistics
import sys
from collections import Counter

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
NGRAM = 4


def tokenize(text):
    return _TOKEN_RE.findall(text or "")


def shingles(tokens, n=NGRAM):
    """Multiset of the n-token shingles; fewer than n tokens: one shingle of
    them all; no tokens: empty."""
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def match(true_tokens, pred_tokens):
    """(tp, fp, fn) scaled to add up to 1, or (0, 0, 0)."""
    t, p = shingles(true_tokens), shingles(pred_tokens)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    s = tp + fp + fn
    if s > 0:
        tp, fp, fn = tp / s, fp / s, fn / s
    return tp, fp, fn


def page_precision(tp, fp, fn):
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fp == 0:
        return 0.0
    return tp / (tp + fp)


def page_recall(tp, fp, fn):
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fn == 0:
        return 0.0
    return tp / (tp + fn)


def pred_text(value):
    if value is None:
        return ""
    if isinstance(value, dict):
        return value.get("articleBody") or ""
    if isinstance(value, list):  # a list of paragraphs
        return "\n".join(str(x) for x in value)
    return str(value)


def score(truth, pred, name=""):
    """Returns (summary dict, per-page list)."""
    rows = []
    precisions, recalls, exact = [], [], []
    missing = empty = 0
    for pid, entry in truth.items():
        expected = entry.get("articleBody", "") if isinstance(entry, dict) else str(entry)
        if pid not in pred:
            missing += 1
        got = pred_text(pred.get(pid))
        et, pt = tokenize(expected), tokenize(got)
        if not pt:
            empty += 1
        tp, fp, fn = match(et, pt)
        pp = page_precision(tp, fp, fn) if tp + fp > 0 else None
        pr = page_recall(tp, fp, fn) if tp + fn > 0 else None
        if pp is not None:
            precisions.append(pp)
        if pr is not None:
            recalls.append(pr)
        same = et == pt
        exact.append(1.0 if same else 0.0)
        p0 = pp if pp is not None else 0.0
        r0 = pr if pr is not None else 0.0
        rows.append({
            "id": pid,
            "url": entry.get("url", "") if isinstance(entry, dict) else "",
            "precision": pp, "recall": pr,
            "f1": 2 * p0 * r0 / (p0 + r0) if p0 + r0 > 0 else 0.0,
            "exact": same, "tp": tp, "fp": fp, "fn": fn,
            "expected_tokens": len(et), "predicted_tokens": len(pt),
        })
    precision = statistics.mean(precisions) if precisions else None
    recall = statistics.mean(recalls) if recalls else None
    if precision is None or recall is None:
        f1 = 0.0 if recall == 0 else None  # nothing predicted anywhere: recall 0
    elif precision + recall == 0:
        f1 = 0.0
    else:
        f1 = 2 * precision * recall / (precision + recall)
    summary = {
        "name": name,
        "f1": f1,
        "precision": precision,
        "recall": recall,
        "accuracy": statistics.mean(exact) if exact else None,
        "pages": len(truth),
        "precision_pages": len(precisions),
        "recall_pages": len(recalls),
        "empty_predictions": empty,
        "missing": missing,
    }
    rows.sort(key=lambda r: (r["f1"], r["id"]))
    return summary, rows


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def self_test(truth):
    failures = []

    def check(what, cond):
        print(f"  {'ok  ' if cond else 'FAIL'} {what}", file=sys.stderr)
        if not cond:
            failures.append(what)

    # Unit checks of the pieces.
    check("tokens are \\w+ runs, case kept, Unicode",
          tokenize("Héllo, wörld! it's 3.5 km_h") == ["Héllo", "wörld", "it", "s", "3", "5", "km_h"])
    check("a short text is one shingle", shingles(["a", "b"]) == Counter([("a", "b")]))
    check("an empty text has no shingles", shingles([]) == Counter())
    check("shingles are a multiset",
          shingles("a b c d a b c d".split())[("a", "b", "c", "d")] == 2)
    tp, fp, fn = match("a b c d e".split(), "a b c d x".split())
    check("tp/fp/fn scaled to add up to 1", abs(tp + fp + fn - 1) < 1e-12 and tp == fp == fn)

    print("ground truth against itself:", file=sys.stderr)
    s, _ = score(truth, {k: v["articleBody"] for k, v in truth.items()}, "truth")
    print("  " + json.dumps(s), file=sys.stderr)
    check("F1 = precision = recall = accuracy = 1",
          s["f1"] == 1.0 and s["precision"] == 1.0 and s["recall"] == 1.0 and s["accuracy"] == 1.0)

    print("ground truth in the benchmark's own format {id: {articleBody}}:", file=sys.stderr)
    s, _ = score(truth, truth, "truth-objects")
    check("same figures", s["f1"] == 1.0 and s["accuracy"] == 1.0)

    print("nothing predicted for any page:", file=sys.stderr)
    s, _ = score(truth, {k: "" for k in truth}, "empty")
    print("  " + json.dumps(s), file=sys.stderr)
    check("precision undefined (null, no page counts), recall 0, F1 0, accuracy 0",
          s["precision"] is None and s["precision_pages"] == 0 and s["recall"] == 0.0
          and s["f1"] == 0.0 and s["accuracy"] == 0.0)

    print("no predictions file entries at all:", file=sys.stderr)
    s, _ = score(truth, {}, "none")
    check("same as empty, all counted missing",
          s["precision"] is None and s["recall"] == 0.0 and s["missing"] == len(truth))

    print("half the pages empty, half exact:", file=sys.stderr)
    ids = sorted(truth)
    half = {k: (truth[k]["articleBody"] if i % 2 == 0 else "") for i, k in enumerate(ids)}
    s, _ = score(truth, half, "half")
    n_pred = (len(ids) + 1) // 2
    print("  " + json.dumps(s), file=sys.stderr)
    check("empty pages are left out of precision (precision 1) and score recall 0",
          s["precision"] == 1.0 and s["precision_pages"] == n_pred
          and abs(s["recall"] - n_pred / len(ids)) < 1e-12)

    print("whitespace and punctuation do not matter, case does:", file=sys.stderr)
    k = ids[0]
    body = truth[k]["articleBody"]
    s1, _ = score({k: truth[k]}, {k: " ;\n ".join(body.split())})
    s2, _ = score({k: truth[k]}, {k: body.upper()})
    check("re-spaced text is exact", s1["accuracy"] == 1.0 and s1["f1"] == 1.0)
    check("upper-cased text is not", s2["accuracy"] == 0.0 and s2["f1"] < 1.0)

    print("extra text on top of the body:", file=sys.stderr)
    s, _ = score({k: truth[k]}, {k: body + "\nSubscribe to our newsletter for more news today"})
    check("recall 1, precision below 1, not exact",
          s["recall"] == 1.0 and s["precision"] < 1.0 and s["accuracy"] == 0.0)

    if failures:
        print(f"self-test: {len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print("self-test: all checks passed", file=sys.stderr)
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--truth", required=True, help="ground-truth.json")
    ap.add_argument("--pred", help="predictions JSON {id: text}")
    ap.add_argument("--per-page", help="write per-page scores (worst first) here")
    ap.add_argument("--name", default="", help="name to put in the output")
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    truth = load(args.truth)
    if args.self_test:
        return self_test(truth)
    if not args.pred:
        ap.error("--pred is required (or --self-test)")
    pred = load(args.pred)
    extra = sorted(set(pred) - set(truth))
    if extra:
        print(f"aeb_score.py: {len(extra)} predicted id(s) not in the truth, ignored "
              f"(first: {extra[0]})", file=sys.stderr)
    summary, rows = score(truth, pred, args.name)
    if args.per_page:
        with open(args.per_page, "w", encoding="utf-8") as f:
            json.dump(rows, f, indent=1, ensure_ascii=False)
            f.write("\n")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
