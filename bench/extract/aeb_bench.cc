// stet_aeb_bench: stet::Extract on the article-extraction-benchmark (AEB)
// pages: predictions for aeb_score.py, speed, and memory per page.
//
// Usage:
//   stet_aeb_bench --truth ground-truth.json --html DIR --out predictions.json
//                  [--reps 5] [--limit N] [--out-any-kind predictions.json]
//
// DIR holds the pages gunzipped, DIR/<id>.html, one for every id of the
// truth (sorted by id; --limit keeps the first N). All pages are read into
// memory before anything is run or timed.
//
// Predictions: {id: text}, text = the article's blocks joined by "\n" (the
// headline is not included: the AEB truth is the body only); "" when the
// page is not classified as an article or Extract fails. opts.url is the
// page's URL from the truth. --out-any-kind also writes, for reference, the
// predictions with the blocks kept whatever the page kind (what the score
// would be if stet took every page for an article).
//
// Speed: each repetition is one full pass over the pages in memory on the
// calling thread (pin it to a core from outside, e.g. taskset -c 1), timed
// with steady_clock; the median pages/s over the repetitions is reported.
// In the same run, interleaved with stet's repetitions (stet pass, then
// parse pass, for each repetition, so both see the same machine noise), the
// libxml2 parse-only ceiling: htmlReadMemory(page, url, "UTF-8",
// RECOVER|NOERROR|NOWARNING|NONET|COMPACT|NOBLANKS) then xmlFreeDoc, the
// same parser call stet makes (stet decodes the page to UTF-8 first).
//
// Memory, from one untimed pass before the timed ones (it also makes the
// predictions):
//  - heap peak per page: malloc, calloc, realloc, free and the aligned
//    allocators are interposed in this binary (they forward to glibc's
//    __libc_* functions), so every heap allocation of the process, by
//    stet, libxml2, uchardet, utf8proc and the C++ runtime, is counted at
//    its usable size. The figure is the high-water mark of live heap bytes
//    during Extract() minus the live bytes when it was called: the working
//    memory one page needs (DOM included). Page bytes themselves are not
//    counted (they are already in memory).
//  - retained per page: mallinfo2() bytes in use (uordblks + hblkhd) right
//    after Extract() returns, with the result alive, minus the same before:
//    what the returned article holds.
//  - peak RSS: getrusage ru_maxrss at the end of the run, with every page
//    held in memory (the RSS after loading them is given as the baseline).
// Interposition is switched off during the timed passes (one branch per
// call remains).
//
// Prints one JSON object to stdout.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlversion.h>
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "stet/extract.h"

// ---------------------------------------------------------------------------
// Heap accounting by interposition. Single-threaded use only (the bench runs
// on one thread); counters are plain integers.
extern "C" {
void* __libc_malloc(size_t);
void __libc_free(void*);
void* __libc_calloc(size_t, size_t);
void* __libc_realloc(void*, size_t);
void* __libc_memalign(size_t, size_t);
}

namespace {
bool g_track = false;
int64_t g_live = 0;
int64_t g_peak = 0;

inline void Add(void* p) {
  if (g_track && p) {
    g_live += static_cast<int64_t>(malloc_usable_size(p));
    if (g_live > g_peak) g_peak = g_live;
  }
}
inline void Sub(void* p) {
  if (g_track && p) g_live -= static_cast<int64_t>(malloc_usable_size(p));
}
}  // namespace

extern "C" {
void* malloc(size_t n) noexcept {
  void* p = __libc_malloc(n);
  Add(p);
  return p;
}
void free(void* p) noexcept {
  Sub(p);
  __libc_free(p);
}
void* calloc(size_t n, size_t size) noexcept {
  void* p = __libc_calloc(n, size);
  Add(p);
  return p;
}
void* realloc(void* p, size_t n) noexcept {
  if (!g_track) return __libc_realloc(p, n);
  const int64_t old = p ? static_cast<int64_t>(malloc_usable_size(p)) : 0;
  void* q = __libc_realloc(p, n);
  if (q) {
    g_live += static_cast<int64_t>(malloc_usable_size(q)) - old;
    if (g_live > g_peak) g_peak = g_live;
  } else if (p && n == 0) {
    g_live -= old;  // realloc(p, 0) freed p
  }
  return q;
}
void* memalign(size_t align, size_t n) noexcept {
  void* p = __libc_memalign(align, n);
  Add(p);
  return p;
}
void* aligned_alloc(size_t align, size_t n) noexcept {
  return memalign(align, n);
}
int posix_memalign(void** out, size_t align, size_t n) noexcept {
  if (align < sizeof(void*) || (align & (align - 1)) != 0) return EINVAL;
  void* p = memalign(align, n);
  if (!p) return ENOMEM;
  *out = p;
  return 0;
}
}  // extern "C"

namespace {

using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

struct Page {
  std::string id, url, html;
};

[[noreturn]] void Usage(const std::string& msg) {
  if (!msg.empty()) std::cerr << "stet_aeb_bench: " << msg << "\n";
  std::cerr << "usage: stet_aeb_bench --truth ground-truth.json --html DIR "
               "--out predictions.json [--reps 5] [--limit N] "
               "[--out-any-kind predictions.json]\n";
  std::exit(2);
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = std::move(ss).str();
  return true;
}

double Median(std::vector<double> xs) {
  if (xs.empty()) return 0;
  std::sort(xs.begin(), xs.end());
  size_t n = xs.size();
  return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
}

Json Stats(std::vector<double> xs) {
  if (xs.empty()) return nullptr;
  std::sort(xs.begin(), xs.end());
  double sum = 0;
  for (double x : xs) sum += x;
  size_t p90 = std::min(xs.size() - 1, static_cast<size_t>(0.9 * xs.size()));
  return Json{{"max", xs.back()},
              {"median", Median(xs)},
              {"p90", xs[p90]},
              {"mean", sum / static_cast<double>(xs.size())},
              {"min", xs.front()}};
}

int64_t MallinfoInUse() {
  struct mallinfo2 mi = mallinfo2();
  return static_cast<int64_t>(mi.uordblks + mi.hblkhd);
}

int64_t MaxRssBytes() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<int64_t>(ru.ru_maxrss) * 1024;
}

int64_t CurrentRssBytes() {
  std::ifstream in("/proc/self/statm");
  int64_t size = 0, resident = 0;
  if (!(in >> size >> resident)) return -1;
  return resident * static_cast<int64_t>(sysconf(_SC_PAGESIZE));
}

std::string Prediction(const stet::ExtractedArticle& a, bool any_kind) {
  if (!any_kind && a.kind != stet::PageKind::kArticle) return "";
  std::string text;
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    if (i) text.push_back('\n');
    text += a.blocks[i].text;
  }
  return text;
}

constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                              HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                              HTML_PARSE_COMPACT | HTML_PARSE_NOBLANKS;

// One timed pass of stet over every page; returns seconds.
double StetPass(const std::vector<Page>& pages, size_t* sink) {
  stet::ExtractOptions opts;
  auto t0 = Clock::now();
  for (const Page& p : pages) {
    opts.url = p.url;
    auto r = stet::Extract(p.html, opts);
    if (r.ok()) *sink += r->blocks.size();
  }
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// One timed pass of libxml2's parser alone; returns seconds.
double ParsePass(const std::vector<Page>& pages, size_t* sink) {
  auto t0 = Clock::now();
  for (const Page& p : pages) {
    htmlDocPtr d = htmlReadMemory(
        p.html.data(), static_cast<int>(p.html.size()),
        p.url.empty() ? nullptr : p.url.c_str(), "UTF-8", kParseOptions);
    if (d) {
      *sink += d->children != nullptr;
      xmlFreeDoc(d);
    }
  }
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// True when the interposed allocator sees libxml2's and the C++ runtime's
// allocations.
bool InterpositionWorks() {
  g_track = true;
  g_live = 0;
  xmlChar* s = xmlStrdup(reinterpret_cast<const xmlChar*>(
      "interposition check, long enough to be a real allocation"));
  const int64_t after_xml = g_live;
  auto* v = new std::vector<char>(4096);
  const int64_t after_new = g_live;
  delete v;
  xmlFree(s);
  g_track = false;
  return after_xml > 0 && after_new > after_xml;
}

}  // namespace

int main(int argc, char** argv) {
  std::string truth_path, html_dir, out_path, any_kind_path;
  int reps = 5;
  size_t limit = 0;
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    auto val = [&]() -> std::string {
      if (i + 1 >= argc) Usage(k + " needs a value");
      return argv[++i];
    };
    if (k == "--truth") {
      truth_path = val();
    } else if (k == "--html") {
      html_dir = val();
    } else if (k == "--out") {
      out_path = val();
    } else if (k == "--reps") {
      reps = std::atoi(val().c_str());
    } else if (k == "--out-any-kind") {
      any_kind_path = val();
    } else if (k == "--limit") {
      limit = static_cast<size_t>(std::atol(val().c_str()));
    } else {
      Usage("unknown argument " + k);
    }
  }
  if (truth_path.empty() || html_dir.empty() || out_path.empty())
    Usage("--truth, --html and --out are required");
  if (reps < 1) Usage("--reps must be at least 1");

  std::string truth_text;
  if (!ReadFile(truth_path, &truth_text)) Usage("cannot read " + truth_path);
  const nlohmann::json truth = nlohmann::json::parse(truth_text);
  std::vector<Page> pages;
  for (const auto& [id, entry] : truth.items()) {  // nlohmann::json: sorted
    Page p;
    p.id = id;
    p.url = entry.value("url", "");
    if (!ReadFile(html_dir + "/" + id + ".html", &p.html))
      Usage("cannot read " + html_dir + "/" + id + ".html");
    pages.push_back(std::move(p));
    if (limit && pages.size() >= limit) break;
  }
  int64_t total_bytes = 0;
  for (const Page& p : pages)
    total_bytes += static_cast<int64_t>(p.html.size());
  xmlInitParser();
  const int64_t rss_after_load = CurrentRssBytes();
  const bool interposed = InterpositionWorks();

  // Untimed pass: predictions, page kinds, memory per page.
  Json predictions = Json::object(), any_kind = Json::object();
  std::map<std::string, int> kinds;
  Json non_articles = Json::array();
  Json errors = Json::array();
  std::vector<double> heap_peak, retained, heap_peak_ratio;
  stet::ExtractOptions opts;
  for (const Page& p : pages) {
    opts.url = p.url;
    const int64_t before = MallinfoInUse();
    g_live = 0;
    g_peak = 0;
    g_track = interposed;
    auto r = stet::Extract(p.html, opts);
    g_track = false;
    const int64_t after = MallinfoInUse();  // result still alive
    if (interposed) {
      heap_peak.push_back(static_cast<double>(g_peak));
      heap_peak_ratio.push_back(
          static_cast<double>(g_peak) /
          static_cast<double>(std::max<size_t>(1, p.html.size())));
    }
    retained.push_back(static_cast<double>(after - before));
    if (!r.ok()) {
      errors.push_back({{"id", p.id}, {"error", r.status().message()}});
      kinds["error"]++;
      predictions[p.id] = "";
      any_kind[p.id] = "";
      continue;
    }
    kinds[std::string(stet::PageKindName(r->kind))]++;
    if (r->kind != stet::PageKind::kArticle)
      non_articles.push_back({{"id", p.id},
                              {"url", p.url},
                              {"kind", stet::PageKindName(r->kind)},
                              {"reason", r->reason}});
    predictions[p.id] = Prediction(*r, false);
    any_kind[p.id] = Prediction(*r, true);
  }
  auto write = [](const std::string& path, const Json& j) {
    std::ofstream out(path);
    if (!out) Usage("cannot write " + path);
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
        << "\n";
  };
  write(out_path, predictions);
  if (!any_kind_path.empty()) write(any_kind_path, any_kind);

  // Timed passes, interleaved.
  size_t sink = 0;
  std::vector<double> stet_rates, parse_rates;
  const double n = static_cast<double>(pages.size());
  for (int r = 0; r < reps; ++r) {
    stet_rates.push_back(n / StetPass(pages, &sink));
    parse_rates.push_back(n / ParsePass(pages, &sink));
  }
  const double stet_pps = Median(stet_rates);
  const double parse_pps = Median(parse_rates);
  const double mean_bytes =
      pages.empty() ? 0 : static_cast<double>(total_bytes) / n;

  Json out;
  out["extractor"] = "stet";
  out["extractor_version"] = stet::kExtractorVersion;
  out["pages"] = pages.size();
  out["bytes"] = total_bytes;
  out["repetitions"] = reps;
  out["pages_per_sec"] = stet_pps;
  out["rep_pages_per_sec"] = stet_rates;
  out["mb_per_sec"] = stet_pps * mean_bytes / 1e6;
  out["ms_per_page"] = stet_pps > 0 ? 1000 / stet_pps : 0;
  out["parse_only"] = {
      {"name", "libxml2 parse only"},
      {"libxml2", LIBXML_DOTTED_VERSION},
      {"options", "RECOVER|NOERROR|NOWARNING|NONET|COMPACT|NOBLANKS, UTF-8"},
      {"pages_per_sec", parse_pps},
      {"rep_pages_per_sec", parse_rates},
      {"mb_per_sec", parse_pps * mean_bytes / 1e6},
      {"ms_per_page", parse_pps > 0 ? 1000 / parse_pps : 0}};
  out["share_of_parse_ceiling"] = parse_pps > 0 ? stet_pps / parse_pps : 0;
  out["kinds"] = kinds;
  out["non_articles"] = non_articles;
  out["errors"] = errors.size();
  out["error_pages"] = errors;
  out["memory"] = {
      {"heap_peak_per_page_bytes",
       interposed ? Stats(heap_peak) : Json(nullptr)},
      {"heap_peak_per_page_bytes_over_page_bytes",
       interposed ? Stats(heap_peak_ratio) : Json(nullptr)},
      {"retained_per_page_bytes", Stats(retained)},
      {"peak_rss_bytes", MaxRssBytes()},
      {"rss_after_load_bytes", rss_after_load},
      {"allocator_interposed", interposed},
      {"method",
       "heap peak per page: high-water mark of live heap bytes (every "
       "malloc/calloc/realloc/memalign of the process, at usable size, by "
       "interposition) during Extract() minus live bytes at the call; "
       "retained: mallinfo2 uordblks+hblkhd right after Extract() returns "
       "(result alive) minus before; peak RSS: getrusage ru_maxrss over the "
       "whole run, all pages held in memory"}};
  out["sink"] = sink;
  std::cout << out.dump(-1, ' ', false,
                        nlohmann::json::error_handler_t::replace)
            << "\n";
  return 0;
}
