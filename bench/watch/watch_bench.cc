// Watching benchmark: stet's Watcher (src/watch/watcher.h) with the libcurl
// client against a local HTTP server on loopback that serves N article pages
// built from the real AEB pages, listed in sitemaps, with a mix per round:
// most pages unchanged (a 304 when the page has an ETag and the request
// carries it, else a 200 with the same body), a few changed (a sentence
// added or a word edited).
//
// The server runs in a child process (tests/fetch/test_server.h), so the
// watcher process's getrusage and peak RSS are the watcher's alone; the two
// processes are pinned to different cores when there are two.
//
// usage: stet_watch_bench --aeb DIR/html --dir TMPDIR [--articles 100000]
//          [--recheck-passes 1] [--class-passes 0|1] [--change 0.03]
//          [--no-etag 0.3] [--in-flight 64] [--per-host 64] [--seed 1]
//          [--export FILE] [--sitemap-size 1000] [--advance 18000]
//          [--watch-cpu 1] [--server-cpu 0] [--tiny-pages 0|1]
// --articles 0 serves one article per usable page, so no two articles share
// a text. --class-passes 1 adds, after the mixed re-check passes, one pass
// where every page has an ETag (a warm-up), one where all answer 304 and one
// where all answer 200 with the same body. Prints one JSON object with the
// figures (one entry per pass). --tiny-pages 1 (a diagnostic, not used by
// run.sh) serves small synthetic pages instead, to see the store's and the
// fetcher's share without extraction. --export writes every stored version (JSON
// Lines, time order) for the git comparison.
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "stet/extract.h"
#include "stet/fetch.h"
#include "stet/store.h"
#include "stet/text.h"
#include "stet/time.h"
#include "test_server.h"
#include "watch/source.h"
#include "watch/watcher.h"

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;
using SteadyClock = std::chrono::steady_clock;

struct Args {
  std::string aeb;  // directory of *.html.gz
  std::string dir;  // where the database goes (emptied first)
  int64_t articles = 100000;  // 0: one per usable page (distinct texts)
  int recheck_passes = 1;
  bool class_passes = false;  // then: one pass all 304, one all 200
  bool tiny = false;  // diagnostic: small synthetic pages, cheap to extract
  double change = 0.03;   // share of articles changed per re-check round
  double no_etag = 0.3;   // share of articles whose pages carry no ETag
  int in_flight = 64;
  int per_host = 64;
  uint64_t seed = 1;
  std::string export_path;
  int sitemap_size = 1000;
  int64_t advance = 5 * 3600;  // clock moved between passes, seconds
  int watch_cpu = 1, server_cpu = 0;
};

// --- Deterministic choices, the same in both processes ----------------------

uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}
uint64_t Hash(uint64_t a, uint64_t b, uint64_t c = 0, uint64_t d = 0) {
  return Mix(Mix(Mix(Mix(a) ^ b) ^ c) ^ d);
}
double Unit(uint64_t h) { return static_cast<double>(h >> 11) / 9007199254740992.0; }

bool ChangesIn(const Args& a, int64_t id, int round) {
  return round >= 1 && Unit(Hash(a.seed, 1, id, round)) < a.change;
}
int Edition(const Args& a, int64_t id, int round) {
  int e = 0;
  for (int r = 1; r <= round; ++r) e += ChangesIn(a, id, r);
  return e;
}
bool HasEtag(const Args& a, int64_t id) {
  return Unit(Hash(a.seed, 2, id)) >= a.no_etag;
}

// --- The pages --------------------------------------------------------------

std::string Gunzip(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return "";
  std::string out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, n);
  gzclose(f);
  return out;
}

std::string HtmlEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A real page with the places edits go: every literal occurrence of its
// headline (where the article id is added), and anchors at the start of body
// paragraphs (a sentence is inserted there, or a word in the paragraph's
// first words replaced), each one checked to show in the extracted text.
struct Template {
  std::string name;
  std::string html;
  std::string headline;
  std::vector<size_t> headline_pos;
  struct Anchor {
    size_t pos = 0;
    std::vector<std::pair<size_t, size_t>> words;  // [begin, end) in html
  };
  std::vector<Anchor> anchors;
  std::string slug;
};

struct Corpus {
  std::vector<Template> templates;
  std::vector<std::string> sentences;  // HTML-escaped, for insertion
  std::vector<std::string> words;      // for replacements
  size_t rejected = 0;                 // pages the extractor refused
  size_t unanchored = 0;               // pages with no usable anchor
};

std::string Slug(const std::string& headline) {
  std::string out;
  int words = 0;
  bool in_word = false;
  for (char c : headline) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      if (!in_word && !out.empty()) out += '-';
      if (!in_word && ++words > 6) break;
      in_word = true;
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else {
      in_word = false;
    }
  }
  if (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "story" : out;
}

Corpus LoadCorpus(const std::string& dir) {
  Corpus c;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().string().ends_with(".html.gz")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  stet::ExtractOptions eo;
  eo.url = "http://127.0.0.1/news/page.html";
  for (const fs::path& f : files) {
    Template t;
    t.name = f.filename().string();
    t.html = Gunzip(f.string());
    auto page = stet::Extract(t.html, eo);
    if (!page.ok() || page->kind != stet::PageKind::kArticle) {
      ++c.rejected;
      continue;
    }
    t.headline = page->meta.headline;
    t.slug = Slug(t.headline);
    if (t.headline.size() >= 8)
      for (size_t p = t.html.find(t.headline); p != std::string::npos;
           p = t.html.find(t.headline, p + t.headline.size()))
        t.headline_pos.push_back(p);
    auto in_headline = [&](size_t b, size_t e) {
      for (size_t h : t.headline_pos)
        if (b < h + t.headline.size() && h < e) return true;
      return false;
    };
    // Candidate anchors: a sentence's first words, found once in the page
    // (text broken by an inline tag or written with an entity is skipped).
    std::vector<Template::Anchor> candidates;
    for (const stet::Block& b : page->blocks) {
      if (b.kind != stet::BlockKind::kParagraph || b.text.size() < 60) continue;
      for (const stet::text::Span& s : stet::text::SplitSentences(b.text)) {
        std::string_view sv(b.text.data() + s.begin, s.size());
        if (sv.size() >= 40 && sv.size() <= 240) c.sentences.push_back(HtmlEscape(sv));
        if (sv.size() < 30) continue;
        size_t cut = sv.rfind(' ', 40);
        if (cut == std::string::npos || cut < 20) continue;
        std::string prefix(sv.substr(0, cut));
        size_t p = t.html.find(prefix);
        if (p == std::string::npos || t.html.find(prefix, p + 1) != std::string::npos)
          continue;
        if (in_headline(p, p + cut)) continue;
        Template::Anchor a;
        a.pos = p;
        for (size_t i = 0; i < cut;) {
          if (!IsAlpha(prefix[i])) { ++i; continue; }
          size_t j = i;
          while (j < cut && IsAlpha(prefix[j])) ++j;
          bool whole = (j == cut || prefix[j] == ' ' || prefix[j] == ',') &&
                       (i == 0 || prefix[i - 1] == ' ');
          if (whole && j - i >= 4) a.words.emplace_back(p + i, p + j);
          i = j;
        }
        for (const auto& [bw, ew] : a.words) c.words.push_back(t.html.substr(bw, ew - bw));
        if (!a.words.empty()) candidates.push_back(std::move(a));
      }
    }
    // Keep the anchors whose insertion shows in the extracted text: one
    // page with a marker inserted at every candidate, extracted once.
    std::vector<std::pair<size_t, std::string>> marks;
    for (size_t i = 0; i < candidates.size(); ++i)
      marks.emplace_back(candidates[i].pos, "Zqmark" + std::to_string(i) + "x. ");
    std::sort(marks.begin(), marks.end());
    std::string probe;
    size_t at = 0;
    for (const auto& [p, m] : marks) {
      probe.append(t.html, at, p - at);
      probe += m;
      at = p;
    }
    probe.append(t.html, at);
    auto marked = stet::Extract(probe, eo);
    std::string text;
    if (marked.ok())
      for (const stet::Block& b : marked->blocks) text += b.text + "\n";
    for (size_t i = 0; i < candidates.size(); ++i)
      if (text.find("Zqmark" + std::to_string(i) + "x.") != std::string::npos)
        t.anchors.push_back(std::move(candidates[i]));
    if (t.anchors.empty()) {
      ++c.unanchored;
      continue;
    }
    c.templates.push_back(std::move(t));
  }
  return c;
}

const Template& TemplateOf(const Corpus& c, int64_t id) {
  return c.templates[static_cast<size_t>(id) % c.templates.size()];
}

// "/news/2024/06/30/some-headline-words-12345.html": 1,000 articles a day.
std::string ArticlePath(const Corpus& c, int64_t id) {
  int64_t days = 19904 - id / 1000;  // 2024-06-30, counting back
  // civil_from_days (H. Hinnant).
  int64_t z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char date[16];
  std::snprintf(date, sizeof date, "%04d/%02d/%02d", static_cast<int>(y),
                static_cast<int>(m), static_cast<int>(d));
  return "/news/" + std::string(date) + "/" + TemplateOf(c, id).slug + "-" +
         std::to_string(id) + ".html";
}

// The id in letters: a number in a short article's headline can make the
// extractor take it for an error page ("... (No. 1404)" holds "404").
std::string RefCode(int64_t id) {
  std::string code;
  for (int64_t v = id; code.empty() || v > 0; v /= 26) code += static_cast<char>('a' + v % 26);
  return code;
}

// The page of article `id` at `edition`: its template with the id added to
// the headline and `edition` cumulative edits.
std::string Page(const Args& a, const Corpus& c, int64_t id, int edition) {
  const Template& t = TemplateOf(c, id);
  struct Edit {
    size_t pos, del;
    int order;
    std::string ins;
  };
  std::vector<Edit> edits;
  const std::string suffix = " (ref. " + RefCode(id) + ")";
  for (size_t p : t.headline_pos)
    edits.push_back({p, t.headline.size(), 0, t.headline + suffix});
  std::map<size_t, size_t> replaced;  // word position -> index in edits
  for (int k = 1; k <= edition; ++k) {
    uint64_t h = Hash(a.seed, 3, id, k);
    const Template::Anchor& an = t.anchors[h % t.anchors.size()];
    if ((h >> 20) & 1) {
      edits.push_back({an.pos, 0, k, c.sentences[(h >> 24) % c.sentences.size()] + " "});
    } else {
      const auto& [b, e] = an.words[(h >> 24) % an.words.size()];
      std::string w = c.words[(h >> 40) % c.words.size()];
      if (w == t.html.substr(b, e - b)) w += "s";
      auto it = replaced.find(b);
      if (it != replaced.end()) {
        edits[it->second].ins = w;
      } else {
        replaced[b] = edits.size();
        // After any insertion at the same place (a paragraph's first word).
        edits.push_back({b, e - b, 1 << 30, w});
      }
    }
  }
  std::sort(edits.begin(), edits.end(), [](const Edit& x, const Edit& y) {
    return x.pos != y.pos ? x.pos < y.pos : x.order < y.order;
  });
  std::string out;
  out.reserve(t.html.size() + 1024);
  size_t at = 0;
  for (const Edit& e : edits) {
    if (e.pos < at) continue;  // overlaps an earlier edit
    out.append(t.html, at, e.pos - at);
    out += e.ins;
    at = e.pos + e.del;
  }
  out.append(t.html, at);
  return out;
}

// A diagnostic page (--tiny-pages 1): the headline and a few sentences, so
// extraction costs little and what is left is fetching and the store.
std::string TinyPage(const Corpus& c, int64_t id, int edition) {
  const Template& t = TemplateOf(c, id);
  std::string h = HtmlEscape(t.headline) + " (ref. " + RefCode(id) + ")";
  std::string out = "<html><head><title>" + h + "</title></head><body><article><h1>" + h +
                    "</h1>";
  for (int i = 0; i < 6; ++i)
    out += "<p>" + c.sentences[Hash(id, i) % c.sentences.size()] + " " +
           c.sentences[Hash(id, i, 1) % c.sentences.size()] + "</p>";
  out += "<p>Edition " + std::to_string(edition) + ".</p></article></body></html>";
  return out;
}

// --- The server process -----------------------------------------------------

int64_t RusageMicros(int who, int64_t* user, int64_t* sys) {
  rusage ru{};
  getrusage(who, &ru);
  *user = ru.ru_utime.tv_sec * 1000000LL + ru.ru_utime.tv_usec;
  *sys = ru.ru_stime.tv_sec * 1000000LL + ru.ru_stime.tv_usec;
  return ru.ru_maxrss;
}

void Pin(int cpu) {
  if (cpu < 0) return;
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(cpu, &set);
  sched_setaffinity(0, sizeof set, &set);
}

// Reads commands on `in` ("round N mode M", "stats", EOF to stop) and answers on
// `out`; the first line it writes is the server's base URL.
int ServeMain(const Args& a, int in, int out) {
  Pin(a.server_cpu);
  FILE* rd = fdopen(in, "r");
  FILE* wr = fdopen(out, "w");
  Corpus corpus = LoadCorpus(a.aeb);
  if (corpus.templates.empty()) {
    std::fprintf(wr, "error no usable pages in %s\n", a.aeb.c_str());
    std::fflush(wr);
    return 1;
  }
  // Declared before the server, so they outlive its threads.
  std::atomic<int> round{0};
  // 0: the mix (articles with an ETag get 304s); 1: every page has an
  // ETag; 2: no page has one and If-None-Match is ignored (all 200).
  std::atomic<int> mode{0};
  std::atomic<int64_t> requests{0}, full{0}, not_modified{0}, body_bytes{0};
  auto server_or = stet::TestServer::Start("127.0.0.1");
  if (!server_or.ok()) {
    std::fprintf(wr, "error %s\n", server_or.status().message().c_str());
    std::fflush(wr);
    return 1;
  }
  stet::TestServer& server = **server_or;
  server.Set("/robots.txt", stet::TestReply::Ok("User-agent: *\nAllow: /\n", "text/plain"));
  const int64_t n = a.articles > 0 ? a.articles
                                   : static_cast<int64_t>(corpus.templates.size());
  const int64_t maps = (n + a.sitemap_size - 1) / a.sitemap_size;
  std::string index =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex "
      "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (int64_t m = 0; m < maps; ++m) {
    const std::string path = "/sitemaps/" + std::to_string(m) + ".xml";
    index += "<sitemap><loc>" + server.Url(path) + "</loc></sitemap>\n";
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
        "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (int64_t id = m * a.sitemap_size; id < std::min(n, (m + 1) * a.sitemap_size); ++id)
      xml += "<url><loc>" + server.Url(ArticlePath(corpus, id)) + "</loc></url>\n";
    xml += "</urlset>\n";
    server.Set(path, stet::TestReply::Ok(std::move(xml), "application/xml")
                         .With("ETag", "\"map" + std::to_string(m) + "\""));
  }
  index += "</sitemapindex>\n";
  server.Set("/sitemap.xml", stet::TestReply::Ok(std::move(index), "application/xml")
                                 .With("ETag", "\"index\""));
  for (int64_t id = 0; id < n; ++id) {
    const bool has_etag = HasEtag(a, id);
    server.SetHandler(ArticlePath(corpus, id), [&, id, has_etag](const stet::TestRequest& req) {
      ++requests;
      const int m = mode.load();
      const bool etag = m == 1 || (m == 0 && has_etag);
      const int e = Edition(a, id, round.load());
      const std::string tag = "\"" + std::to_string(id) + "-" + std::to_string(e) + "\"";
      if (etag && req.Header("if-none-match") == tag) {
        ++not_modified;
        stet::TestReply r;
        r.status = 304;
        r.headers.emplace_back("ETag", tag);
        return r;
      }
      ++full;
      stet::TestReply r = stet::TestReply::Ok(a.tiny ? TinyPage(corpus, id, e) : Page(a, corpus, id, e));
      body_bytes += static_cast<int64_t>(r.body.size());
      if (etag) r.headers.emplace_back("ETag", tag);
      return r;
    });
  }
  size_t page_bytes = 0;
  for (const Template& t : corpus.templates) page_bytes += t.html.size();
  // Extraction alone on served pages (one pass over the templates, each
  // page as article `id` serves it), timed here on the server's core before
  // the server has work: what the watcher's first pass cannot do faster.
  double extract_us = 0;
  {
    const int64_t k = static_cast<int64_t>(corpus.templates.size());
    std::vector<std::string> pages;
    for (int64_t id = 0; id < k; ++id) pages.push_back(Page(a, corpus, id, 0));
    stet::ExtractOptions eo;
    eo.url = server.Url("/news/page.html");
    std::vector<double> reps;
    for (int rep = 0; rep < 3; ++rep) {
      const auto t0 = SteadyClock::now();
      for (const std::string& page : pages) (void)stet::Extract(page, eo);
      reps.push_back(std::chrono::duration<double, std::micro>(SteadyClock::now() - t0).count() / k);
    }
    std::sort(reps.begin(), reps.end());
    extract_us = reps[1];
  }
  std::fprintf(wr, "%s %lld %.1f %zu %zu %zu %zu %zu %zu\n", server.Url("/sitemap.xml").c_str(),
               static_cast<long long>(n), extract_us,
               corpus.templates.size(), corpus.rejected, corpus.unanchored, page_bytes,
               corpus.sentences.size(), corpus.words.size());
  std::fflush(wr);
  char line[256];
  while (std::fgets(line, sizeof line, rd)) {
    int r;
    int md;
    if (std::sscanf(line, "round %d mode %d", &r, &md) == 2) round = r, mode = md;
    int64_t user, sys;
    long maxrss = RusageMicros(RUSAGE_SELF, &user, &sys);
    std::fprintf(wr, "%lld %lld %lld %lld %lld %lld %ld\n", static_cast<long long>(user),
                 static_cast<long long>(sys), static_cast<long long>(requests.load()),
                 static_cast<long long>(full.load()),
                 static_cast<long long>(not_modified.load()),
                 static_cast<long long>(body_bytes.load()), maxrss);
    std::fflush(wr);
  }
  return 0;
}

struct ServerStats {
  int64_t user = 0, sys = 0, requests = 0, full = 0, not_modified = 0, body_bytes = 0;
  long maxrss = 0;
};

class ServerProcess {
 public:
  bool Start(const Args& a, std::string* url, json* info) {
    int to[2], from[2];
    if (pipe(to) || pipe(from)) return false;
    pid_ = fork();
    if (pid_ < 0) return false;
    if (pid_ == 0) {
      close(to[1]);
      close(from[0]);
      _exit(ServeMain(a, to[0], from[1]));
    }
    close(to[0]);
    close(from[1]);
    wr_ = fdopen(to[1], "w");
    rd_ = fdopen(from[0], "r");
    char line[4096];
    if (!std::fgets(line, sizeof line, rd_)) return false;
    std::istringstream in(line);
    std::string first;
    in >> first;
    if (first == "error") {
      std::cerr << "watch_bench: server: " << line;
      return false;
    }
    *url = first;
    size_t templates, rejected, unanchored, bytes, sentences, words;
    double extract_us;
    in >> articles_ >> extract_us >> templates >> rejected >> unanchored >> bytes >> sentences >>
        words;
    *info = {{"templates", templates},
             {"pages_refused_by_extractor", rejected},
             {"pages_without_edit_anchor", unanchored},
             {"mean_page_bytes", templates ? bytes / templates : 0},
             {"sentence_pool", sentences},
             {"word_pool", words},
             {"extract_us_per_page", extract_us}};
    return true;
  }
  int64_t articles() const { return articles_; }
  // Sends a command; the server's counters after it. Exits if the server
  // is gone (its figures would be wrong).
  ServerStats Command(const std::string& cmd) {
    std::fprintf(wr_, "%s\n", cmd.c_str());
    std::fflush(wr_);
    ServerStats s;
    long long v[6];
    if (std::fscanf(rd_, "%lld %lld %lld %lld %lld %lld %ld", &v[0], &v[1], &v[2], &v[3],
                    &v[4], &v[5], &s.maxrss) != 7) {
      std::cerr << "watch_bench: the server process died\n";
      std::exit(1);
    }
    s.user = v[0], s.sys = v[1], s.requests = v[2], s.full = v[3];
    s.not_modified = v[4], s.body_bytes = v[5];
    return s;
  }
  ~ServerProcess() {
    if (wr_) std::fclose(wr_);
    if (rd_) std::fclose(rd_);
    if (pid_ > 0) {
      int st;
      waitpid(pid_, &st, 0);
    }
  }

 private:
  int64_t articles_ = 0;
  pid_t pid_ = -1;
  FILE* wr_ = nullptr;
  FILE* rd_ = nullptr;
};

// --- The watcher process ----------------------------------------------------

int64_t StatusKb(const char* key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.starts_with(key)) return std::atoll(line.c_str() + std::strlen(key));
  return 0;
}

int64_t FileSize(const std::string& p) {
  std::error_code ec;
  auto s = fs::file_size(p, ec);
  return ec ? 0 : static_cast<int64_t>(s);
}

int Fail(const std::string& what, const stet::Status& s) {
  std::cerr << "watch_bench: " << what << ": " << s.message() << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  Args a;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i], v = argv[i + 1];
    if (k == "--aeb") a.aeb = v;
    else if (k == "--dir") a.dir = v;
    else if (k == "--articles") a.articles = std::stoll(v);
    else if (k == "--recheck-passes") a.recheck_passes = std::stoi(v);
    else if (k == "--class-passes") a.class_passes = v == "1";
    else if (k == "--tiny-pages") a.tiny = v == "1";
    else if (k == "--change") a.change = std::stod(v);
    else if (k == "--no-etag") a.no_etag = std::stod(v);
    else if (k == "--in-flight") a.in_flight = std::stoi(v);
    else if (k == "--per-host") a.per_host = std::stoi(v);
    else if (k == "--seed") a.seed = std::stoull(v);
    else if (k == "--export") a.export_path = v;
    else if (k == "--sitemap-size") a.sitemap_size = std::stoi(v);
    else if (k == "--advance") a.advance = std::stoll(v);
    else if (k == "--watch-cpu") a.watch_cpu = std::stoi(v);
    else if (k == "--server-cpu") a.server_cpu = std::stoi(v);
    else {
      std::cerr << "watch_bench: unknown option " << k << "\n";
      return 2;
    }
  }
  if (a.aeb.empty() || a.dir.empty()) {
    std::cerr << "usage: stet_watch_bench --aeb DIR --dir TMPDIR [options]\n";
    return 2;
  }
  if (sysconf(_SC_NPROCESSORS_ONLN) < 2) a.watch_cpu = a.server_cpu = -1;
  signal(SIGPIPE, SIG_IGN);
  const auto t_start = SteadyClock::now();

  // The server first: fork before this process has any thread.
  ServerProcess server;
  std::string index_url;
  json corpus_info;
  if (!server.Start(a, &index_url, &corpus_info)) {
    std::cerr << "watch_bench: the server did not start\n";
    return 1;
  }
  Pin(a.watch_cpu);
  a.articles = server.articles();
  const double setup_s =
      std::chrono::duration<double>(SteadyClock::now() - t_start).count();

  fs::remove_all(a.dir);
  fs::create_directories(a.dir);
  const std::string db = a.dir + "/stet.db";
  stet::FakeClock clock(1719741600);  // 2024-06-30T10:00:00Z
  const int64_t rss_before_store = StatusKb("VmRSS:");
  json passes = json::array();
  stet::StoreStats stats;
  int64_t expected_changes_total = 0;
  int64_t rss_ready_kb = 0;
  {
    auto store_or = stet::OpenSqliteStore(db);
    if (!store_or.ok()) return Fail("opening the store", store_or.status());
    stet::Store& store = **store_or;
    stet::watch::SourceSpec spec;
    spec.sitemaps = {index_url};
    spec.allow_private = true;
    auto source = stet::watch::AddSource(store, "bench", spec, clock.Now());
    if (!source.ok()) return Fail("adding the source", source.status());
    auto http_or = stet::NewCurlHttpClient();
    if (!http_or.ok()) return Fail("libcurl", http_or.status());
    stet::watch::WatchOptions o;
    o.max_in_flight = a.in_flight;
    o.per_host = a.per_host;
    o.host_delay_ms = 0;
    stet::watch::Watcher watcher(store, **http_or, clock, o);
    const int64_t rss_ready = StatusKb("VmRSS:");

    struct PassSpec {
      std::string kind;
      int round, mode;
    };
    std::vector<PassSpec> specs = {{"first", 0, 0}};
    for (int r = 1; r <= a.recheck_passes; ++r) specs.push_back({"mixed", r, 0});
    if (a.class_passes) {
      const int r = a.recheck_passes;  // no new changes from here on
      specs.push_back({"etag_warmup", r, 1});
      specs.push_back({"all_304", r, 1});
      specs.push_back({"all_200_same", r, 2});
    }
    for (size_t pass = 0; pass < specs.size(); ++pass) {
      const PassSpec& spec = specs[pass];
      if (pass > 0) clock.Advance(a.advance);
      ServerStats s0 = server.Command("round " + std::to_string(spec.round) + " mode " +
                                      std::to_string(spec.mode));
      int64_t expected = 0;
      if (pass > 0 && spec.round != specs[pass - 1].round)
        for (int64_t id = 0; id < a.articles; ++id) expected += ChangesIn(a, id, spec.round);
      expected_changes_total += expected;
      const stet::watch::WatchCounters c0 = watcher.counters();
      int64_t u0, s0us;
      RusageMicros(RUSAGE_SELF, &u0, &s0us);
      const auto t0 = SteadyClock::now();
      int64_t idle_checks = 0;
      double idle_check_s = 0;
      json rss_trace = json::array();  // [checks, VmRSS kB] every 10% of a pass
      int64_t next_sample = 0;
      const int64_t sample_every = std::max<int64_t>(a.articles / 10, 1);
      for (;;) {
        stet::Status st = watcher.Step(100);
        if (!st.ok()) return Fail("watcher step", st);
        if (watcher.counters().checked - c0.checked >= next_sample) {
          rss_trace.push_back({watcher.counters().checked - c0.checked, StatusKb("VmRSS:")});
          next_sample += sample_every;
        }
        if (watcher.Idle()) {
          const auto q0 = SteadyClock::now();
          auto status = store.GetScheduleStatus(clock.Now());
          idle_check_s += std::chrono::duration<double>(SteadyClock::now() - q0).count();
          ++idle_checks;
          if (!status.ok()) return Fail("schedule status", status.status());
          if (status->due == 0 && status->leased == 0) break;
        }
      }
      const double wall =
          std::chrono::duration<double>(SteadyClock::now() - t0).count();
      int64_t u1, s1us;
      long maxrss = RusageMicros(RUSAGE_SELF, &u1, &s1us);
      ServerStats s1 = server.Command("stats");
      const stet::watch::WatchCounters& c1 = watcher.counters();
      const int64_t checks = c1.checked - c0.checked;
      const int64_t article_checks = (s1.requests - s0.requests);
      json p = {
          {"pass", pass},
          {"kind", spec.kind},
          {"round", spec.round},
          {"wall_s", wall},
          {"checks", checks},
          {"article_requests", article_checks},
          {"changed", c1.changed - c0.changed},
          {"expected_changes", pass == 0 ? a.articles : expected},
          {"unchanged", c1.unchanged - c0.unchanged},
          {"not_modified", c1.not_modified - c0.not_modified},
          {"failed", c1.failed - c0.failed},
          {"rejected", c1.rejected - c0.rejected},
          {"discovered", c1.discovered - c0.discovered},
          {"server_full_replies", s1.full - s0.full},
          {"server_304_replies", s1.not_modified - s0.not_modified},
          {"server_body_mb", (s1.body_bytes - s0.body_bytes) / 1e6},
          {"checks_per_s", checks / wall},
          {"cpu_user_s", (u1 - u0) / 1e6},
          {"cpu_sys_s", (s1us - s0us) / 1e6},
          {"cpu_us_per_check", checks ? double(u1 - u0 + s1us - s0us) / checks : 0},
          {"server_cpu_s", (s1.user - s0.user + s1.sys - s0.sys) / 1e6},
          {"server_cpu_us_per_request",
           article_checks ? double(s1.user - s0.user + s1.sys - s0.sys) / article_checks : 0},
          {"idle_status_queries", idle_checks},
          {"idle_status_s", idle_check_s},
          {"rss_kb_end", StatusKb("VmRSS:")},
          {"rss_trace", rss_trace},
          {"peak_rss_kb_so_far", maxrss},
          {"db_bytes_now", FileSize(db) + FileSize(db + "-wal")},
      };
      std::cerr << "watch_bench: " << a.articles << " articles, pass " << pass << " ("
                << spec.kind << "): "
                << checks << " checks in " << wall << " s (" << checks / wall
                << "/s), changed " << (c1.changed - c0.changed) << ", 304 "
                << (c1.not_modified - c0.not_modified) << ", cpu "
                << double(u1 - u0 + s1us - s0us) / std::max<int64_t>(checks, 1)
                << " us/check, server cpu " << (s1.user - s0.user + s1.sys - s0.sys) / 1e6
                << " s\n";
      passes.push_back(std::move(p));
    }
    auto st = store.Stats();
    if (!st.ok()) return Fail("stats", st.status());
    stats = *st;
    rss_ready_kb = rss_ready;
  }
  // The store is closed: its WAL has been checkpointed into the file.
  const int64_t db_bytes = FileSize(db) + FileSize(db + "-wal");
  // What a database with nothing in it takes (its schema's pages).
  int64_t empty_db_bytes = 0;
  {
    const std::string empty = a.dir + "/empty.db";
    { auto e = stet::OpenSqliteStore(empty); }
    empty_db_bytes = FileSize(empty) + FileSize(empty + "-wal");
    fs::remove(empty);
  }
  int64_t user, sys;
  const long peak_rss_kb = RusageMicros(RUSAGE_SELF, &user, &sys);
  ServerStats last = server.Command("stats");

  int64_t exported = 0;
  if (!a.export_path.empty()) {
    auto store_or = stet::OpenSqliteStore(db);
    if (!store_or.ok()) return Fail("reopening the store", store_or.status());
    stet::ArticleFilter f;
    f.limit = 1 << 30;
    auto arts = (*store_or)->ListArticles(f);
    if (!arts.ok()) return Fail("listing", arts.status());
    std::vector<json> rows;
    for (const stet::Article& art : *arts) {
      for (int v = 1; v <= art.version_count; ++v) {
        auto ver = (*store_or)->LoadVersion(art.id, v);
        if (!ver.ok()) return Fail("loading a version", ver.status());
        rows.push_back({{"url", art.url},
                        {"number", v},
                        {"seen_at", ver->info.seen_at},
                        {"time", stet::FormatTime(ver->info.seen_at)},
                        {"headline", ver->text.headline},
                        {"byline", ver->text.byline},
                        {"paragraphs", ver->text.paragraphs}});
      }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const json& x, const json& y) {
      return x["seen_at"].get<int64_t>() < y["seen_at"].get<int64_t>();
    });
    std::ofstream out(a.export_path);
    for (const json& r : rows) out << r.dump() << "\n";
    exported = static_cast<int64_t>(rows.size());
  }

  json result = {
      {"articles", a.articles},
      {"recheck_passes", a.recheck_passes},
      {"change", a.change},
      {"no_etag", a.no_etag},
      {"in_flight", a.in_flight},
      {"per_host", a.per_host},
      {"host_delay_ms", 0},
      {"sitemap_size", a.sitemap_size},
      {"advance_s", a.advance},
      {"seed", a.seed},
      {"pinned", a.watch_cpu >= 0},
      {"corpus", corpus_info},
      {"setup_s", setup_s},
      {"passes", passes},
      {"rss_before_store_kb", rss_before_store},
      {"rss_ready_kb", rss_ready_kb},
      {"peak_rss_kb", peak_rss_kb},
      {"server_peak_rss_kb", last.maxrss},
      {"versions", stats.versions},
      {"stored_articles", stats.articles},
      {"contents", stats.contents},
      {"text_bytes", stats.text_bytes},
      {"stored_bytes", stats.stored_bytes},
      {"db_bytes", db_bytes},
      {"empty_db_bytes", empty_db_bytes},
      {"db_bytes_per_version", stats.versions ? double(db_bytes) / stats.versions : 0},
      {"stored_bytes_per_version",
       stats.versions ? double(stats.stored_bytes) / stats.versions : 0},
      {"raw_bytes_per_version",
       stats.contents ? double(stats.text_bytes) / stats.contents : 0},
      {"expected_versions", a.articles + expected_changes_total},
      {"exported_versions", exported},
  };
  std::cout << result.dump(2) << "\n";
  return 0;
}
