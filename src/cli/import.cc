// `stet import`: text files and JSON Lines into the store.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/cli.h"
#include "stet/extract.h"
#include "stet/quote.h"
#include "stet/story.h"
#include "stet/text.h"
#include "stet/time.h"
#include "stet/url.h"

namespace stet::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Observations are recorded in transactions of this many (a killed import
// loses at most the batch in flight; the store stays consistent).
constexpr size_t kBatch = 2000;

struct Problem {
  std::string where;  // "file:line"
  std::string message;
};

struct Tally {
  int64_t observations = 0;
  int64_t new_articles = 0, new_versions = 0, reverts = 0, unchanged = 0,
          flaps = 0;
  std::vector<Problem> problems;
  std::vector<json> records;  // per observation, for --json
};

struct Pending {
  Observation obs;
  std::string where;
};

struct Importer {
  Context& ctx;
  Store& store;
  Tally tally;
  std::vector<Pending> batch;
  int64_t max_bytes;
  Status fatal;
  const SiteRules* rules = nullptr;  // --rules, for HTML pages

  void Problem(std::string where, std::string message) {
    tally.problems.push_back({std::move(where), std::move(message)});
    if (!ctx.json)
      std::fprintf(stderr, "stet: error: %s: %s\n",
                   tally.problems.back().where.c_str(),
                   tally.problems.back().message.c_str());
  }

  Status Flush() {
    if (batch.empty()) return Status::Ok();
    // Several looks at one URL in a batch are versions in time order.
    std::stable_sort(batch.begin(), batch.end(),
                     [](const Pending& a, const Pending& b) {
                       return a.obs.seen_at < b.obs.seen_at;
                     });
    std::vector<Observation> obs;
    obs.reserve(batch.size());
    for (auto& p : batch) obs.push_back(std::move(p.obs));
    STET_ASSIGN_OR_RETURN(auto results, store.RecordBatch(obs));
    for (size_t i = 0; i < results.size(); ++i) {
      ++tally.observations;
      if (!results[i].ok()) {
        Problem(batch[i].where, results[i].status().message());
        continue;
      }
      const RecordResult& r = *results[i];
      switch (r.outcome) {
        case RecordOutcome::kNewArticle:
          ++tally.new_articles;
          break;
        case RecordOutcome::kNewVersion:
          ++tally.new_versions;
          break;
        case RecordOutcome::kRevert:
          ++tally.reverts;
          break;
        case RecordOutcome::kUnchanged:
          ++tally.unchanged;
          break;
        case RecordOutcome::kFlapIgnored:
          ++tally.flaps;
          break;
      }
      if (ctx.json) {
        tally.records.push_back({{"where", batch[i].where},
                                 {"url", obs[i].url},
                                 {"outcome", RecordOutcomeName(r.outcome)},
                                 {"article", r.article_id},
                                 {"version", r.version}});
      } else if (results.size() <= 20) {
        std::string what;
        switch (r.outcome) {
          case RecordOutcome::kNewArticle:
            what = "new article";
            break;
          case RecordOutcome::kNewVersion:
            what = "new version";
            break;
          case RecordOutcome::kRevert:
            what = fmt::format("revert to version {}", r.reverts_to);
            break;
          case RecordOutcome::kUnchanged:
            what = "unchanged";
            break;
          case RecordOutcome::kFlapIgnored:
            what = "flip-flop, not recorded";
            break;
        }
        Print(ctx, fmt::format("{}: {} (article {}, version {})\n",
                               batch[i].where, what, r.article_id, r.version));
      }
    }
    batch.clear();
    return Status::Ok();
  }

  Status Add(Observation o, std::string where) {
    // One article, one URL: tracking parameters, fragments, letter case
    // and the like do not make a second article. Files keep their file://
    // address.
    if (!o.url.starts_with("file://")) {
      Result<std::string> canonical = CanonicalUrl(o.url);
      if (!canonical.ok()) {
        Problem(where, canonical.status().message());
        return Status::Ok();
      }
      o.url = *std::move(canonical);
    }
    batch.push_back({std::move(o), std::move(where)});
    if (batch.size() >= kBatch) return Flush();
    return Status::Ok();
  }

  // Checks text-ness; returns a message or "".
  std::string CheckText(std::string_view data) const {
    if (static_cast<int64_t>(data.size()) > max_bytes)
      return fmt::format(
          "text is {:.1f} MB, above the limit of {:.1f} MB "
          "(--max-bytes)",
          data.size() / 1e6, max_bytes / 1e6);
    if (size_t nul = data.find('\0'); nul != std::string_view::npos)
      return fmt::format("not a text file (binary data at byte {})", nul);
    if (!text::IsValidUtf8(data)) {
      // Find the first bad byte for the message.
      size_t lo = 0, hi = data.size();
      while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        // Back up to a character start so halves stay comparable.
        while (mid > lo &&
               (static_cast<unsigned char>(data[mid]) & 0xC0) == 0x80)
          --mid;
        if (mid == lo) break;
        if (text::IsValidUtf8(data.substr(0, mid)))
          lo = mid;
        else
          hi = mid;
      }
      return fmt::format("invalid UTF-8 near byte {} (stet reads UTF-8 text)",
                         lo);
    }
    return "";
  }

  Result<Timestamp> TimeOption() const {
    if (ctx.args.Has("time")) return ParseTime(ctx.args.Get("time"));
    return ctx.clock->Now();
  }

  // The article's URL: --url, else the page's own canonical link, else the
  // file's path. Standard input has no path; false (a problem reported)
  // when nothing names the article.
  bool ChooseUrl(const std::string& name, const std::string& canonical,
                 Observation* o) {
    if (ctx.args.Has("url")) {
      o->url = ctx.args.Get("url");
    } else if (!canonical.empty()) {
      o->url = canonical;
    } else if (name == "-") {
      Problem(
          name,
          "standard input names no article (no canonical link); give --url");
      return false;
    } else {
      std::error_code ec;
      o->url = "file://" + fs::absolute(name, ec).lexically_normal().string();
    }
    return true;
  }

  Status ImportText(const std::string& name, std::string_view data) {
    if (std::string m = CheckText(data); !m.empty()) {
      Problem(name, m);
      return Status::Ok();
    }
    if (data.size() >= 3 && data.substr(0, 3) == "\xEF\xBB\xBF")
      data.remove_prefix(3);
    size_t nl = data.find('\n');
    std::string headline = text::CollapseWhitespace(data.substr(0, nl));
    std::string_view body =
        nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
    Observation o;
    o.text.headline = headline;
    o.text.byline = ctx.args.Get("byline");
    o.text.paragraphs = text::SplitParagraphs(body);
    if (o.text.headline.empty() && o.text.paragraphs.empty()) {
      Problem(name, "empty file: no headline and no text");
      return Status::Ok();
    }
    o.source = ctx.args.Get("source");
    if (!ChooseUrl(name, "", &o)) return Status::Ok();
    STET_ASSIGN_OR_RETURN(o.seen_at, TimeOption());
    return Add(std::move(o), name);
  }

  Status ImportHtml(const std::string& name, std::string_view data) {
    ExtractOptions opt;
    opt.url = ctx.args.Get("url");
    opt.max_bytes = static_cast<size_t>(max_bytes);
    opt.rules = rules;
    Result<ExtractedArticle> a = Extract(data, opt);
    if (!a.ok()) {
      Problem(name, a.status().message());
      return Status::Ok();
    }
    if (a->kind != PageKind::kArticle) {
      Problem(name, "not stored: " + a->reason);
      return Status::Ok();
    }
    Observation o;
    o.text = a->ToVersionText();
    if (ctx.args.Has("byline")) o.text.byline = ctx.args.Get("byline");
    o.extractor_version = a->extractor_version;
    o.source = ctx.args.Get("source", a->meta.site_name);
    if (!ChooseUrl(name, a->meta.canonical_url, &o)) return Status::Ok();
    STET_ASSIGN_OR_RETURN(o.seen_at, TimeOption());
    return Add(std::move(o), name);
  }

  static bool LooksHtml(const std::string& name, std::string_view head) {
    if (name.ends_with(".html") || name.ends_with(".htm")) return true;
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    size_t p = head.find_first_not_of(" \t\r\n");
    return p != std::string_view::npos && head[p] == '<';
  }

  Status ImportJsonLine(const std::string& where, std::string_view line) {
    if (std::string m = CheckText(line); !m.empty()) {
      Problem(where, m);
      return Status::Ok();
    }
    json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      Problem(where, "not a JSON object");
      return Status::Ok();
    }
    auto str = [&](const char* key) -> std::string {
      auto it = j.find(key);
      return it != j.end() && it->is_string() ? it->get<std::string>() : "";
    };
    Observation o;
    o.url = str("url");
    if (o.url.empty()) {
      Problem(where, "missing \"url\"");
      return Status::Ok();
    }
    o.source = str("source");
    if (o.source.empty()) o.source = ctx.args.Get("source");
    o.text.headline = text::CollapseWhitespace(str("title"));
    if (o.text.headline.empty())
      o.text.headline = text::CollapseWhitespace(str("headline"));
    o.text.byline = text::CollapseWhitespace(str("byline"));
    if (o.text.byline.empty())
      o.text.byline = text::CollapseWhitespace(str("author"));
    o.text.paragraphs = text::SplitParagraphs(str("text"));
    if (o.text.headline.empty() && o.text.paragraphs.empty()) {
      Problem(where, "no \"title\" and no \"text\"");
      return Status::Ok();
    }
    auto t = j.find("time");
    if (t == j.end() || t->is_null()) {
      STET_ASSIGN_OR_RETURN(o.seen_at, TimeOption());
    } else if (t->is_number_integer()) {
      o.seen_at = t->get<int64_t>();
    } else if (t->is_string()) {
      Result<Timestamp> ts = ParseTime(t->get<std::string>());
      if (!ts.ok()) {
        Problem(where, ts.status().message());
        return Status::Ok();
      }
      o.seen_at = *ts;
    } else {
      Problem(where, "\"time\" must be an ISO 8601 string or epoch seconds");
      return Status::Ok();
    }
    return Add(std::move(o), where);
  }

  Status ImportJsonLines(const std::string& name, std::istream& in) {
    std::string line;
    int64_t n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      STET_RETURN_IF_ERROR(ImportJsonLine(fmt::format("{}:{}", name, n), line));
    }
    if (in.bad()) return IoError("reading " + name + " failed");
    return Status::Ok();
  }

  static bool LooksJsonLines(const std::string& name, std::string_view head) {
    if (name.ends_with(".jsonl") || name.ends_with(".ndjson")) return true;
    size_t p = head.find_first_not_of(" \t\r\n");
    return p != std::string_view::npos && head[p] == '{';
  }

  Status ImportPath(const std::string& name) {
    std::string format = ctx.args.Get("format", "auto");
    if (name == "-") {
      std::stringstream ss;
      ss << std::cin.rdbuf();
      std::string data = ss.str();
      if (format == "jsonl" ||
          (format == "auto" && LooksJsonLines(name, data))) {
        std::istringstream in(data);
        return ImportJsonLines("-", in);
      }
      if (format == "html" || (format == "auto" && LooksHtml(name, data)))
        return ImportHtml("-", data);
      return ImportText("-", data);
    }
    std::error_code ec;
    if (fs::is_directory(name, ec)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(name, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        std::string ext = it->path().extension().string();
        if (ext == ".txt" || ext == ".jsonl" || ext == ".ndjson" ||
            ext == ".html" || ext == ".htm")
          files.push_back(it->path().string());
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) STET_RETURN_IF_ERROR(ImportPath(f));
      return Status::Ok();
    }
    std::ifstream in(name, std::ios::binary);
    if (!in) {
      Problem(name,
              fs::exists(name, ec) ? "cannot read the file" : "no such file");
      return Status::Ok();
    }
    bool jsonl = format == "jsonl";
    bool html = format == "html";
    if (format == "auto") {
      char head[256];
      in.read(head, sizeof head);
      std::string_view h(head, in.gcount());
      jsonl = LooksJsonLines(name, h);
      html = !jsonl && LooksHtml(name, h);
      in.clear();
      in.seekg(0);
    }
    if (jsonl) return ImportJsonLines(name, in);
    // A text file is one article: refuse oversize files before reading them.
    auto size = fs::file_size(name, ec);
    if (!ec && static_cast<int64_t>(size) > max_bytes) {
      Problem(name, fmt::format("text is {:.1f} MB, above the limit of {:.1f} "
                                "MB (--max-bytes)",
                                size / 1e6, max_bytes / 1e6));
      return Status::Ok();
    }
    std::stringstream ss;
    ss << in.rdbuf();
    if (html) return ImportHtml(name, ss.str());
    return ImportText(name, ss.str());
  }
};

Result<int> Import(Context& ctx) {
  if (ctx.args.positional.empty())
    return InvalidArgument(
        "'stet import' needs files: text files (first line the headline) or "
        "JSON Lines (url, source, time, title, text); '-' reads standard "
        "input");
  std::string format = ctx.args.Get("format", "auto");
  if (format != "auto" && format != "text" && format != "jsonl" &&
      format != "html")
    return InvalidArgument("--format expects auto, text, jsonl or html");
  int mb;
  STET_ASSIGN_OR_RETURN(mb, ctx.args.GetInt("max-mb", 8));
  if (mb < 1) return InvalidArgument("--max-mb must be at least 1");
  if (ctx.args.Has("time"))
    STET_RETURN_IF_ERROR(ParseTime(ctx.args.Get("time")).status());
  if (ctx.args.Has("url") && ctx.args.positional.size() > 1)
    return InvalidArgument("--url names one article; give one file with it");
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  SiteRules rules;
  if (ctx.args.Has("rules")) {
    STET_ASSIGN_OR_RETURN(rules, LoadSiteRules(ctx.args.Get("rules")));
  }
  Importer im{ctx,          *store, {}, {}, int64_t(mb) * 1000 * 1000,
              Status::Ok(), &rules};
  for (const std::string& path : ctx.args.positional) {
    Status s = im.ImportPath(path);
    if (!s.ok()) return s;
  }
  STET_RETURN_IF_ERROR(im.Flush());
  // What was imported is searchable as soon as the import ends.
  STET_ASSIGN_OR_RETURN(int64_t indexed, store->UpdateSearchIndex());
  // And grouped into stories.
  StoryUpdater stories;
  STET_ASSIGN_OR_RETURN(int64_t grouped, stories.Update(*store));
  // And read for quotations.
  STET_ASSIGN_OR_RETURN(int64_t quoted, UpdateQuotes(*store));
  const Tally& t = im.tally;
  if (ctx.json) {
    json problems = json::array();
    for (const auto& p : t.problems)
      problems.push_back({{"where", p.where}, {"message", p.message}});
    Print(ctx, json{{"observations", t.observations},
                    {"new_articles", t.new_articles},
                    {"new_versions", t.new_versions},
                    {"reverts", t.reverts},
                    {"unchanged", t.unchanged},
                    {"flip_flops_ignored", t.flaps},
                    {"versions_indexed", indexed},
                    {"articles_grouped", grouped},
                    {"versions_quoted", quoted},
                    {"errors", problems},
                    {"records", t.records}}
                       .dump(2) +
                   "\n");
  } else {
    Print(ctx, fmt::format("imported {} observations: {} new articles, {} new "
                           "versions, {} reverts, {} unchanged, {} flip-flops "
                           "ignored, {} errors\n",
                           t.observations, t.new_articles, t.new_versions,
                           t.reverts, t.unchanged, t.flaps, t.problems.size()));
  }
  return t.problems.empty() ? 0 : 1;
}

}  // namespace

Command ImportCommand() {
  return {
      "import",
      "<file|dir|->...",
      "add articles from HTML pages, text files or JSON Lines; each new "
      "text of a URL becomes a version",
      {{"source", "NAME", "outlet for records without one (default: unknown)"},
       {"url", "URL",
        "article URL for a single text file (default: file://PATH)"},
       {"time", "TIME", "when the text was seen, ISO 8601 (default: now)"},
       {"byline", "TEXT", "byline for text files (default: none)"},
       {"format", "FMT",
        "auto, text, html or jsonl (default auto: by extension/content)"},
       {"rules", "FILE",
        "per-site extraction rules for HTML pages (default: none; see "
        "docs/extract-rules.md)"},
       {"max-mb", "N", "largest file accepted, in MB (default 8)"}},
      Import};
}

}  // namespace stet::cli
