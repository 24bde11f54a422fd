#!/usr/bin/env python3
"""Writes the "## Extraction" section of docs/benchmarks.md.

Reads the JSON results of one bench/extract/run.sh run (stet_aeb_bench, the
two readability.mjs runs, their aeb_score.py scores, stet_metadata_bench)
and replaces the section (from its heading to the next "## " heading) in the
document, creating the document or appending the section if either is
missing. A result file that is absent or empty (Readability skipped, no
metadata pages) shows as "not run". Standard library only.

Usage: write_section.py --doc docs/benchmarks.md --stet stet.json
         --stet-score score.json [--stet-any-kind-score score.json]
         [--linkedom r.json --linkedom-score s.json]
         [--jsdom r.json --jsdom-score s.json] [--metadata m.json]
         [--pin "taskset -c 1"] [--compiler "g++ 12.2.0"] [--command "..."]
         [--source "abc1234"]
"""

import argparse
import datetime
import json
import os
import platform
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import benchdoc  # noqa: E402

HEADING = "## Extraction"
F1_TARGET = 0.970
ACCURACY_TARGET = 0.30
PPS_TARGET = 300

# From shared/data/aeb/README.md: published on the same 181 pages, not
# measured here.
PUBLISHED = [
    ("rs_trafilatura", 0.970),
    ("trafilatura 2.0", 0.958),
    ("readability.js", 0.947),
]

FIELDS = [
    ("title", "title (headline)"),
    ("byline", "byline"),
    ("published", "published time"),
    ("language", "language"),
    ("site_name", "site name"),
]


def load(path):
    if not path or not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def f3(v):
    return "n/a" if v is None else f"{v:.3f}"


def pct(v):
    return "n/a" if v is None else f"{100 * v:.1f}%"


def rate(v):
    if v is None:
        return "n/a"
    return f"{v:,.0f}" if v >= 100 else f"{v:,.1f}"


def mib(b):
    if b is None:
        return "n/a"
    if abs(b) < 2**20:
        return f"{b / 2**10:,.1f} KiB"
    return f"{b / 2**20:,.1f} MiB"


def quality_rows(stet_s, any_s, lin_s, js_s, lin, js):
    rows = []

    def row(label, s, note):
        if s is None:
            rows.append(f"| {label} | not run | | | | skipped (SKIP_READABILITY=1, or no "
                        f"node/npm) |")
            return
        rows.append(f"| {label} | {f3(s['f1'])} | {f3(s['precision'])} | "
                    f"{f3(s['recall'])} | {f3(s['accuracy'])} | {note} |")

    row("**stet**", stet_s, "measured here")
    if any_s is not None:
        row("stet, body kept on pages it refused", any_s,
            "measured here, for reference: the body stet found on the pages it did "
            "not take for articles scored too")
    ver = lambda r, k: (r or {}).get("versions", {}).get(k, "?")
    row("Readability + linkedom", lin_s,
        f"measured here (@mozilla/readability {ver(lin, '@mozilla/readability')}, "
        f"linkedom {ver(lin, 'linkedom')})")
    row("Readability + jsdom", js_s,
        f"measured here (@mozilla/readability {ver(js, '@mozilla/readability')}, "
        f"jsdom {ver(js, 'jsdom')})")
    for name, f1 in PUBLISHED:
        rows.append(f"| {name} | {f1:.3f} | — | — | — | published (AEB README), "
                    f"not measured here |")
    return rows


def speed_rows(stet, lin, js):
    s_pps = stet["pages_per_sec"]
    rows = []
    sm = stet["memory"]
    peak = sm.get("heap_peak_per_page_bytes") or {}
    rows.append(
        f"| **stet** | {stet['repetitions']} | **{rate(s_pps)}** | "
        f"{stet['mb_per_sec']:.1f} | 1× | {mib(peak.get('median'))} / "
        f"{mib(peak.get('max'))} | {mib(sm.get('peak_rss_bytes'))} |")
    for label, r in (("Readability + linkedom", lin), ("Readability + jsdom", js)):
        if r is None:
            rows.append(f"| {label} | not run | | | | | |")
            continue
        m = r["memory"]
        pp = m.get("per_page_bytes") or {}
        ratio = s_pps / r["pages_per_sec"] if r["pages_per_sec"] else None
        rows.append(
            f"| {label} | {r['repetitions']} | {rate(r['pages_per_sec'])} | "
            f"{r['mb_per_sec']:.1f} | stet {'n/a' if ratio is None else f'{ratio:,.1f}'}× "
            f"faster | {mib(pp.get('median'))} / {mib(pp.get('max'))} | "
            f"{mib(m.get('peak_rss_bytes'))} |")
    po = stet["parse_only"]
    share = stet.get("share_of_parse_ceiling")
    rows.append(
        f"| libxml2 parse only (ceiling) | {stet['repetitions']} | "
        f"{rate(po['pages_per_sec'])} | {po['mb_per_sec']:.1f} | "
        f"stet at {pct(share)} of it | — | (same process as stet) |")
    return rows


def metadata_rows(m):
    rows = []
    for key, label in FIELDS:
        f = m["fields"][key]
        extra = ""
        if "differ_one_contains_the_other" in f and f["differ"]:
            extra = f" ({f['differ_one_contains_the_other']} one contains the other)"
        if "differ_same_date" in f and f["differ"]:
            extra = f" ({f['differ_same_date']} same date)"
        rows.append(
            f"| {label} | {f['agree']} | {f['both_empty']} | {f['stet_only']} | "
            f"{f['expected_only']} | {f['differ']}{extra} | **{pct(f['agreement'])}** | "
            f"{pct(f['agreement_when_expected'])} of {f['expected_present']} |")
    return rows


def build_section(a):
    stet, stet_s = load(a.stet), load(a.stet_score)
    lin, lin_s = load(a.linkedom), load(a.linkedom_score)
    js, js_s = load(a.jsdom), load(a.jsdom_score)
    meta = load(a.metadata)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    pin = a.pin or "not pinned (taskset unavailable)"
    node = (lin or js or {}).get("versions", {}).get("node")

    f1 = stet_s["f1"] or 0
    acc = stet_s["accuracy"] or 0
    pps = stet["pages_per_sec"]
    met = lambda ok: "met" if ok else "**not met**"
    kinds = stet.get("kinds", {})
    non_art = stet.get("non_articles", [])

    jsdom_note = "jsdom was not run."
    if js:
        on = "" if js["pages"] == stet["pages"] else f" on the first {js['pages']} pages"
        jsdom_note = (f"jsdom ran {js['repetitions']} repetitions{on} (about "
                      f"{js['pages'] / js['pages_per_sec']:.0f} s each; it is too slow "
                      f"for more).")

    gc_note = ""
    heaps = [(label, r["memory"].get("heap_used_max_bytes"))
             for label, r in (("linkedom", lin), ("jsdom", js)) if r]
    if heaps:
        gc_note = ("; Node's figures include garbage V8 had not yet collected during the "
                   "timed passes (V8 heap in use peaked at "
                   + ", ".join(f"{mib(h)} with {label}" for label, h in heaps) + ")")

    lines = [
        HEADING,
        "",
        f"- Machine: {benchdoc.cpu_model()}, {os.cpu_count()} logical CPUs, "
        f"{platform.system()} {platform.release()}; shared and noisy, so speeds are "
        f"medians over repetitions and the ratios matter more than the absolute "
        f"figures. Every extractor ran on one thread pinned with `{pin}`, one after "
        f"the other.",
        f"- Date: {now}. Compiler: {a.compiler or 'see CMakeCache'}; "
        f"Node {node or 'not run'}; extractor version {stet.get('extractor_version')}"
        f"{'; source: ' + a.source if a.source else ''}.",
        f"- Reproduce: `{a.command}`.",
        f"- Pages: the {stet['pages']} AEB pages (`shared/data/aeb`, "
        f"{stet['bytes'] / 1e6:.1f} MB of HTML, {stet['bytes'] / stet['pages'] / 1e3:.0f} kB "
        f"a page), all held in memory before timing.",
        "",
        "### Quality on the AEB pages",
        "",
        "The benchmark's own metric (`bench/extract/aeb_score.py`, the AEB README's "
        "definition: 4-token shingles, per-page precision and recall averaged over "
        "pages, F1 of the two means, accuracy = exact token match).",
        "",
        "| extractor | F1 | precision | recall | accuracy | source |",
        "|---|---:|---:|---:|---:|---|",
    ]
    lines += quality_rows(stet_s, load(a.stet_any_kind_score), lin_s, js_s, lin, js)
    lines += [
        "",
        f"Targets (issue 3): F1 ≥ {F1_TARGET:.3f} {met(f1 >= F1_TARGET)} "
        f"({f1:.4f}); accuracy > {ACCURACY_TARGET:.2f} {met(acc > ACCURACY_TARGET)} "
        f"({acc:.4f}).",
        "",
        f"stet's prediction for a page is its body blocks joined by newlines, without "
        f"the headline (the truth is the body only), and nothing when it does not take "
        f"the page for an article: {len(non_art)} of {stet['pages']} AEB pages here "
        f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}); "
        f"{stet.get('errors', 0)} failed. Readability's is `article.textContent`, as the "
        f"benchmark's own readability.js runner does. Per-page scores (worst first): "
        f"`build/bench/extract/score_*_pages.json`.",
        "",
        "### Speed and memory",
        "",
        "| extractor | runs | pages/s, one core (median) | MB/s | vs stet | memory per page "
        "(median / max) | peak RSS |",
        "|---|---:|---:|---:|---|---:|---:|",
    ]
    lines += speed_rows(stet, lin, js)
    lines += [
        "",
        f"Target (issue 3): ≥ {PPS_TARGET} pages/s {met(pps >= PPS_TARGET)} "
        f"({rate(pps)} pages/s; repetitions: "
        f"{', '.join(rate(x) for x in stet['rep_pages_per_sec'])}).",
        "",
        "What is timed: stet, `stet::Extract` on each page (charset, parse, metadata, "
        "body, classification), the page URL given; libxml2, `htmlReadMemory` with "
        "RECOVER, NOERROR, NOWARNING, NONET, COMPACT, NOBLANKS (the call stet makes) "
        "then `xmlFreeDoc`, in the same process, its repetitions interleaved with "
        "stet's; Readability, the DOM build (linkedom `parseHTML`, or `new JSDOM` with "
        "scripts and resources off) plus `new Readability(document).parse()` plus "
        "`window.close()` for jsdom, on Node's main thread. The first Node repetition "
        "carries JIT warm-up; the median hides most of it. "
        + jsdom_note,
        "",
        "Memory per page is not measured the same way for stet and Readability, so compare "
        "orders of magnitude only. stet: the high-water mark of live heap bytes during one "
        "`Extract` call minus those live at the call (every allocation of the process, "
        "libxml2's DOM included, counted at its usable size by interposing malloc "
        "in the bench binary); what the returned article keeps is smaller "
        + (f"(median {mib(stet['memory']['retained_per_page_bytes']['median'])}, max "
           f"{mib(stet['memory']['retained_per_page_bytes']['max'])}, by mallinfo2). "
           if stet["memory"].get("retained_per_page_bytes") else ". ")
        + "Readability: V8 heap plus external memory right after `parse()` returns, "
        "with the DOM alive, minus the same after a full GC before the page. Peak RSS "
        "is each process's high-water mark over its whole run with all 181 pages in "
        "memory (for stet "
        f"{mib(stet['memory'].get('rss_after_load_bytes'))} right after loading them)"
        + gc_note + ".",
        "",
    ]

    lines += ["### Metadata on the Readability test pages", ""]
    if meta is None:
        lines += ["Not run (`shared/data/readability-pages` is absent).", ""]
    else:
        lines += [
            f"{meta['pages']} pages of `shared/data/readability-pages`, run through "
            "`stet::Extract` with no URL; stet's headline, bylines (joined by \", \"), "
            "published time, language and site name against Readability's title, "
            "byline, publishedTime, lang and siteName. Readability's values are a "
            "reference, not a human gold: a disagreement may be Readability's error.",
            "",
            "| field | agree | both empty | stet only | Readability only | differ | "
            "agreement | agree where Readability has one |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        lines += metadata_rows(meta)
        lines += [
            "",
            "Agreement = (agree + both empty) ÷ pages. Rules: titles, bylines and site "
            "names agree when equal after `stet::text::Fold` (Unicode clean-up: curly "
            "and angle quotes, dashes and whitespace unified; case folded); a published "
            "time agrees when it is the same instant, or, when Readability's string has "
            "no zone, the same wall-clock date and time as stet's in stet's own offset "
            "(a date alone: the same date); language agrees when the primary subtags "
            "match (`en-GB` = `en`). Page kinds stet gave these pages: "
            + ", ".join(f"{k} {v}" for k, v in sorted(meta.get("kinds", {}).items()))
            + " (metadata is compared whatever the kind). The per-page differences: "
            "`build/bench/extract/metadata_disagreements.json`.",
            "",
        ]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--doc", required=True)
    ap.add_argument("--stet", required=True)
    ap.add_argument("--stet-score", required=True)
    ap.add_argument("--stet-any-kind-score")
    ap.add_argument("--linkedom")
    ap.add_argument("--linkedom-score")
    ap.add_argument("--jsdom")
    ap.add_argument("--jsdom-score")
    ap.add_argument("--metadata")
    ap.add_argument("--pin", default="")
    ap.add_argument("--compiler", default="")
    ap.add_argument("--command", default="bench/extract/run.sh")
    ap.add_argument("--source", default="")
    args = ap.parse_args()
    section = build_section(args)
    benchdoc.write_section(args.doc, HEADING, section)
    print(f"wrote {HEADING!r} to {args.doc}")


if __name__ == "__main__":
    main()
