#!/usr/bin/env node
// Mozilla Readability on the AEB pages: the baseline for stet's extraction
// benchmark (bench/extract/run.sh).
//
// Usage:
//   node --expose-gc readability.mjs --parser linkedom|jsdom --html DIR
//        --truth ground-truth.json --out predictions.json [--reps 5]
//        [--limit N]
//
// For every page of the truth (sorted by id), DIR/<id>.html is read as UTF-8
// into memory first; then each page is parsed into a DOM (linkedom's
// parseHTML, or new JSDOM(html, {url}) with scripts and resources off, the
// defaults) and `new Readability(document).parse()` is run on it; the
// prediction is the article's textContent ("" when Readability finds none),
// as the benchmark's own readability.js runner does. The page URL from the
// truth is given to the DOM (jsdom: the url option; linkedom has none, so
// documentURI and baseURI are set on the document).
//
// Speed: each repetition parses and extracts every page on the main thread
// (pin the process to a core from outside, e.g. taskset); the time covers
// parse + Readability + (jsdom) window.close(), never the file reads. The
// median pages/s over the repetitions is reported (the first repetition
// includes JIT warm-up; the median mostly hides it).
//
// Memory: one untimed pass first, with a full GC (global.gc, needs
// --expose-gc) before every page: the per-page figure is the heap in use
// right after Readability returns, with the page's DOM and article still
// alive, minus the heap in use after the GC before the page (garbage made
// while parsing and not yet collected is counted, so this is an upper-ish
// estimate of what one page needs). Peak RSS is the process's high-water
// mark (process.resourceUsage().maxRSS) at the end of the run, covering the
// memory pass and all timed repetitions, with every page's HTML held in
// memory; the RSS after loading the pages is given as the baseline.
//
// Prints one JSON object to stdout.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { Readability } from "@mozilla/readability";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function usage(msg) {
  if (msg) console.error(`readability.mjs: ${msg}`);
  console.error(
    "usage: node --expose-gc readability.mjs --parser linkedom|jsdom --html DIR " +
      "--truth ground-truth.json --out predictions.json [--reps 5] [--limit N]",
  );
  process.exit(2);
}

function parseArgs(argv) {
  const a = { reps: 5, limit: 0 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => {
      if (i + 1 >= argv.length) usage(`${k} needs a value`);
      return argv[++i];
    };
    if (k === "--parser") a.parser = v();
    else if (k === "--html") a.html = v();
    else if (k === "--truth") a.truth = v();
    else if (k === "--out") a.out = v();
    else if (k === "--reps") a.reps = Number(v());
    else if (k === "--limit") a.limit = Number(v());
    else usage(`unknown argument ${k}`);
  }
  if (!["linkedom", "jsdom"].includes(a.parser)) usage("--parser must be linkedom or jsdom");
  if (!a.html || !a.truth || !a.out) usage("--html, --truth and --out are required");
  if (!(a.reps >= 1)) usage("--reps must be at least 1");
  return a;
}

function version(pkg) {
  try {
    return JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), "utf8")).version;
  } catch {
    // Packages whose exports hide package.json.
    try {
      const p = path.join(here, "node_modules", pkg, "package.json");
      return JSON.parse(readFileSync(p, "utf8")).version;
    } catch {
      return "unknown";
    }
  }
}

function median(xs) {
  const s = [...xs].sort((x, y) => x - y);
  const n = s.length;
  if (!n) return null;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

function quantile(xs, q) {
  const s = [...xs].sort((x, y) => x - y);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

const FALLBACK_URL = "https://example.com/";

async function makeParser(name) {
  if (name === "linkedom") {
    const { parseHTML } = await import("linkedom");
    return {
      // Returns {document, close}.
      open(html, url) {
        const { document } = parseHTML(html);
        Object.defineProperty(document, "documentURI", { value: url, configurable: true });
        Object.defineProperty(document, "baseURI", { value: url, configurable: true });
        return { document, close() {} };
      },
    };
  }
  const { JSDOM, VirtualConsole } = await import("jsdom");
  // A virtual console that goes nowhere: jsdom's CSS parse complaints would
  // otherwise be printed (and timed).
  const quiet = new VirtualConsole();
  return {
    open(html, url) {
      let dom;
      try {
        dom = new JSDOM(html, { url, virtualConsole: quiet });
      } catch (e) {
        if (!(e instanceof TypeError)) throw e; // an unusable URL
        dom = new JSDOM(html, { url: FALLBACK_URL, virtualConsole: quiet });
      }
      return { document: dom.window.document, close: () => dom.window.close() };
    },
  };
}

function extractOne(parser, page) {
  const { document, close } = parser.open(page.html, page.url || FALLBACK_URL);
  let article = null;
  try {
    article = new Readability(document).parse();
  } finally {
    close();
  }
  return article;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const truth = JSON.parse(readFileSync(args.truth, "utf8"));
  let ids = Object.keys(truth).sort();
  if (args.limit > 0) ids = ids.slice(0, args.limit);

  const pages = ids.map((id) => {
    const buf = readFileSync(path.join(args.html, `${id}.html`));
    return { id, url: truth[id].url || "", bytes: buf.length, html: buf.toString("utf8") };
  });
  const totalBytes = pages.reduce((s, p) => s + p.bytes, 0);
  const parser = await makeParser(args.parser);
  const rssAfterLoad = process.memoryUsage().rss;

  // Pass 1 (untimed): predictions, errors and per-page memory.
  const predictions = {};
  const errors = [];
  let nullResults = 0;
  const perPageHeap = [];
  const heapWithDom = [];
  let rssMax = rssAfterLoad;
  let heapUsedMax = 0;
  const hasGc = typeof global.gc === "function";
  for (const page of pages) {
    if (hasGc) global.gc();
    const before = process.memoryUsage();
    let text = "";
    let article = null;
    const { document, close } = (() => {
      try {
        return parser.open(page.html, page.url || FALLBACK_URL);
      } catch (e) {
        errors.push({ id: page.id, stage: "parse", error: String(e && e.message ? e.message : e) });
        return { document: null, close() {} };
      }
    })();
    if (document) {
      try {
        article = new Readability(document).parse();
      } catch (e) {
        errors.push({ id: page.id, stage: "readability", error: String(e && e.message ? e.message : e) });
      }
    }
    // Measured with the DOM and the article still alive.
    const after = process.memoryUsage();
    close();
    if (article && typeof article.textContent === "string") text = article.textContent;
    else nullResults++;
    predictions[page.id] = text;
    perPageHeap.push(after.heapUsed + after.external - (before.heapUsed + before.external));
    heapWithDom.push(after.heapUsed);
    rssMax = Math.max(rssMax, after.rss);
    heapUsedMax = Math.max(heapUsedMax, after.heapUsed);
  }
  writeFileSync(args.out, JSON.stringify(predictions) + "\n");

  // Timed repetitions.
  const repRates = [];
  const repSeconds = [];
  for (let r = 0; r < args.reps; r++) {
    const t0 = performance.now();
    for (const page of pages) {
      try {
        extractOne(parser, page);
      } catch {
        // counted in pass 1
      }
    }
    const secs = (performance.now() - t0) / 1000;
    repSeconds.push(secs);
    repRates.push(pages.length / secs);
    const m = process.memoryUsage();
    rssMax = Math.max(rssMax, m.rss);
    heapUsedMax = Math.max(heapUsedMax, m.heapUsed);
  }

  const ppsMedian = median(repRates);
  const out = {
    extractor: `readability.js+${args.parser}`,
    parser: args.parser,
    versions: {
      node: process.versions.node,
      "@mozilla/readability": version("@mozilla/readability"),
      [args.parser]: version(args.parser),
    },
    pages: pages.length,
    bytes: totalBytes,
    repetitions: args.reps,
    pages_per_sec: ppsMedian,
    rep_pages_per_sec: repRates,
    mb_per_sec: ppsMedian === null ? null : (ppsMedian * totalBytes) / pages.length / 1e6,
    ms_per_page: ppsMedian ? 1000 / ppsMedian : null,
    errors: errors.length,
    error_pages: errors.slice(0, 20),
    null_results: nullResults,
    memory: {
      peak_rss_bytes: process.resourceUsage().maxRSS * 1024,
      rss_after_load_bytes: rssAfterLoad,
      sampled_rss_max_bytes: rssMax,
      heap_used_max_bytes: heapUsedMax,
      per_page_gc_between_pages: hasGc,
      per_page_bytes: hasGc
        ? {
            max: Math.max(...perPageHeap),
            median: median(perPageHeap),
            p90: quantile(perPageHeap, 0.9),
            mean: perPageHeap.reduce((s, x) => s + x, 0) / perPageHeap.length,
          }
        : null,
      method:
        "per page: V8 heapUsed+external right after Readability returns (DOM alive) " +
        "minus the same after a full GC before the page; peak RSS: resourceUsage().maxRSS " +
        "over the whole run, all pages' HTML held in memory",
    },
  };
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(`readability.mjs: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
