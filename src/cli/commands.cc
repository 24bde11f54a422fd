// Read-only commands: articles, log, diff, show, stats.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "diff/diff_json.h"
#include "stet/diff.h"
#include "stet/quote.h"
#include "stet/time.h"
#include "stet/url.h"

namespace stet::cli {

using nlohmann::json;

Result<Timestamp> TimeOption(const Context& ctx, std::string_view name) {
  if (!ctx.args.Has(name)) return Timestamp{0};
  Result<Timestamp> t = ParseTime(ctx.args.Get(name));
  if (!t.ok())
    return InvalidArgument("--" + std::string(name) + ": " +
                           t.status().message());
  return t;
}

void PrintJson(Context& ctx, const json& j) {
  Print(ctx, j.dump(2, ' ', false, json::error_handler_t::replace) + "\n");
}

namespace {

json ArticleJson(const Article& a) {
  return {{"id", a.id},
          {"url", a.url},
          {"source", a.source},
          {"first_seen", FormatTime(a.first_seen)},
          {"last_seen", FormatTime(a.last_seen)},
          {"state", ArticleStateName(a.state)},
          {"versions", a.version_count},
          {"headline", a.headline}};
}

json VersionJson(const VersionInfo& v) {
  json j = {{"number", v.number},
            {"seen_at", FormatTime(v.seen_at)},
            {"last_seen", FormatTime(v.last_seen)},
            {"observations", v.observations},
            {"kind", VersionKindName(v.kind)},
            {"headline", v.headline},
            {"byline", v.byline},
            {"fingerprint", fmt::format("{:016x}", v.fingerprint)},
            {"extractor_version", v.extractor_version},
            {"text_bytes", v.text_bytes},
            {"stored_bytes", v.stored_bytes}};
  if (v.kind == VersionKind::kRevert) j["reverts_to"] = v.reverts_to;
  j["change"] = v.has_change ? SummaryToJson(v.change) : json(nullptr);
  return j;
}

// "+2 added, ~3 edited, -1 deleted, >1 moved; headline changed".
std::string DescribeChange(const ChangeSummary& c) {
  std::vector<std::string> parts;
  if (c.added) parts.push_back(fmt::format("+{} added", c.added));
  if (c.edited) parts.push_back(fmt::format("~{} edited", c.edited));
  if (c.deleted) parts.push_back(fmt::format("-{} deleted", c.deleted));
  if (c.moved) parts.push_back(fmt::format(">{} moved", c.moved));
  std::string s;
  for (size_t i = 0; i < parts.size(); ++i) s += (i ? ", " : "") + parts[i];
  if (s.empty()) s = "no sentence changes";
  if (c.headline_changed) s += "; headline changed";
  if (c.byline_changed) s += "; byline changed";
  s += fmt::format(" (+{}/-{} chars)", c.chars_added, c.chars_removed);
  return s;
}

Result<Article> ArticleArg(Context& ctx, Store& store, std::string_view cmd) {
  if (ctx.args.positional.size() != 1)
    return InvalidArgument("'stet " + std::string(cmd) +
                           "' needs one article (a URL or an id from "
                           "'stet articles')");
  const std::string& arg = ctx.args.positional[0];
  Result<Article> a = store.FindArticle(arg);
  if (a.ok() || a.status().code() != ErrorCode::kNotFound) return a;
  // The URL as a reader copied it, tracking parameters and all.
  Result<std::string> canonical = CanonicalUrl(arg);
  if (canonical.ok() && *canonical != arg) {
    Result<Article> again = store.FindArticle(*canonical);
    if (again.ok()) return again;
  }
  return a;
}

std::string Shorten(std::string s, size_t n) {
  if (CountCodePoints(s) <= static_cast<int64_t>(n)) return s;
  size_t bytes = 0, cps = 0;
  while (bytes < s.size() && cps < n - 1) {
    ++bytes;
    while (bytes < s.size() &&
           (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80)
      ++bytes;
    ++cps;
  }
  s.resize(bytes);
  return s + "…";
}

Result<int> Articles(Context& ctx) {
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  ArticleFilter f;
  f.source = ctx.args.Get("source");
  STET_ASSIGN_OR_RETURN(f.limit, ctx.args.GetInt("limit", 100));
  STET_ASSIGN_OR_RETURN(f.offset, ctx.args.GetInt("offset", 0));
  if (f.limit < 1 || f.offset < 0)
    return InvalidArgument(
        "--limit must be at least 1 and --offset at least 0");
  STET_ASSIGN_OR_RETURN(std::vector<Article> list, store->ListArticles(f));
  if (ctx.json) {
    json a = json::array();
    for (const Article& x : list) a.push_back(ArticleJson(x));
    PrintJson(ctx, {{"articles", a}, {"limit", f.limit}, {"offset", f.offset}});
    return 0;
  }
  if (list.empty()) {
    Print(ctx, "no articles yet; add some with 'stet import'\n");
    return 0;
  }
  std::string out = fmt::format("{:>5}  {:<10}  {:>4}  {:<20}  {}\n", "id",
                                "source", "vers", "last seen", "headline");
  for (const Article& a : list) {
    std::string title = a.headline.empty() ? a.url : a.headline;
    out += fmt::format("{:>5}  {:<10}  {:>4}  {:<20}  {}\n", a.id,
                       Shorten(a.source, 10), a.version_count,
                       FormatTime(a.last_seen), Shorten(title, 70));
  }
  Print(ctx, out);
  return 0;
}

Result<int> Log(Context& ctx) {
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  STET_ASSIGN_OR_RETURN(Article a, ArticleArg(ctx, *store, "log"));
  STET_ASSIGN_OR_RETURN(std::vector<VersionInfo> versions,
                        store->ListVersions(a.id));
  if (ctx.json) {
    json v = json::array();
    for (const VersionInfo& x : versions) v.push_back(VersionJson(x));
    PrintJson(ctx, {{"article", ArticleJson(a)}, {"versions", v}});
    return 0;
  }
  std::string out = fmt::format("{} ({}, article {})\n{}\n\n", a.headline,
                                a.source, a.id, a.url);
  for (size_t i = 0; i < versions.size(); ++i) {
    const VersionInfo& v = versions[i];
    std::string when = FormatTime(v.seen_at);
    if (i > 0)
      when +=
          ", " + DescribeGap(v.seen_at - versions[i - 1].seen_at) + " later";
    out += fmt::format("version {}  {}\n", v.number, when);
    if (!v.has_change) {
      out += fmt::format("  first seen; {} bytes of text, {} stored\n",
                         v.text_bytes, v.stored_bytes);
    } else {
      out += "  " + DescribeChange(v.change);
      if (v.kind == VersionKind::kReextract)
        out += fmt::format(
            "\n  re-extracted by extractor {} (the page may not have changed)",
            v.extractor_version);
      if (v.kind == VersionKind::kRevert) {
        out += fmt::format("\n  reverts to version {}; no new text stored",
                           v.reverts_to);
      } else {
        out += fmt::format("\n  {} bytes of text, {} stored", v.text_bytes,
                           v.stored_bytes);
      }
      out += "\n";
    }
    if (v.observations > 1)
      out += fmt::format("  seen {} times, last {}\n", v.observations,
                         FormatTime(v.last_seen));
  }
  Print(ctx, out);
  return 0;
}

Result<int> DiffCmd(Context& ctx) {
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  STET_ASSIGN_OR_RETURN(Article a, ArticleArg(ctx, *store, "diff"));
  int latest = a.version_count;
  STET_ASSIGN_OR_RETURN(int to, ctx.args.GetInt("to", latest));
  STET_ASSIGN_OR_RETURN(int from, ctx.args.GetInt("from", to - 1));
  if (latest < 2 && !ctx.args.Has("from"))
    return InvalidArgument("article " + std::to_string(a.id) +
                           " has only one version; nothing to compare");
  if (from < 1 || to < 1 || from > latest || to > latest)
    return InvalidArgument(
        fmt::format("versions must be between 1 and {} (got --from {} --to {})",
                    latest, from, to));
  STET_ASSIGN_OR_RETURN(Version vf, store->LoadVersion(a.id, from));
  STET_ASSIGN_OR_RETURN(Version vt, store->LoadVersion(a.id, to));
  ArticleDiff d = Diff(vf.text, vt.text);
  // The quotations the change added, removed or reworded.
  const std::vector<QuoteChange> quotes = CompareQuotes(vf.text, vt.text);
  auto kind = [](QuoteChange::Kind k) {
    return k == QuoteChange::Kind::kAdded     ? "added"
           : k == QuoteChange::Kind::kRemoved ? "removed"
                                              : "reworded";
  };
  if (ctx.json) {
    json j = DiffToJson(d);
    j["schema"] = "stet.diff/1";
    j["article"] = ArticleJson(a);
    j["from"] = VersionJson(vf.info);
    j["to"] = VersionJson(vt.info);
    json q = json::array();
    for (const QuoteChange& c : quotes) {
      const Quote& x =
          c.kind == QuoteChange::Kind::kRemoved ? c.before : c.after;
      json e = {{"change", kind(c.kind)},
                {"text", x.text},
                {"speaker", x.speaker.empty() ? json() : json(x.speaker)}};
      if (c.kind == QuoteChange::Kind::kReworded) e["before"] = c.before.text;
      q.push_back(std::move(e));
    }
    j["quotes"] = q;
    PrintJson(ctx, j);
    return 0;
  }
  std::string out = fmt::format(
      "{}\n{}\nversion {} ({}) -> version {} ({}), {}\n{}\n\n", a.headline,
      a.url, from, FormatTime(vf.info.seen_at), to, FormatTime(vt.info.seen_at),
      DescribeGap(vt.info.seen_at - vf.info.seen_at) +
          (to > from ? " later" : " earlier"),
      DescribeChange(d.summary));
  out += RenderDiffText(d, ctx.color);
  if (!quotes.empty()) {
    out += "\nQuotations:\n";
    for (const QuoteChange& c : quotes) {
      const Quote& x =
          c.kind == QuoteChange::Kind::kRemoved ? c.before : c.after;
      out += fmt::format(
          "  {:<8} \u201c{}\u201d {}\n", kind(c.kind), x.text,
          x.speaker.empty() ? "(speaker unknown)" : "- " + x.speaker);
      if (c.kind == QuoteChange::Kind::kReworded)
        out += fmt::format("           was \u201c{}\u201d\n", c.before.text);
    }
  }
  Print(ctx, out);
  return 0;
}

Result<int> Show(Context& ctx) {
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  STET_ASSIGN_OR_RETURN(Article a, ArticleArg(ctx, *store, "show"));
  STET_ASSIGN_OR_RETURN(int n, ctx.args.GetInt("version", 0));
  STET_ASSIGN_OR_RETURN(Version v, store->LoadVersion(a.id, n));
  if (ctx.json) {
    json j = VersionJson(v.info);
    j["article"] = ArticleJson(a);
    j["paragraphs"] = v.text.paragraphs;
    PrintJson(ctx, j);
    return 0;
  }
  std::string out = v.text.headline + "\n";
  if (!v.text.byline.empty()) out += v.text.byline + "\n";
  out +=
      fmt::format("{} · {} · version {} of {}, seen {}\n", a.source, a.url,
                  v.info.number, a.version_count, FormatTime(v.info.seen_at));
  for (const std::string& p : v.text.paragraphs) out += "\n" + p + "\n";
  Print(ctx, out);
  return 0;
}

Result<int> Stats(Context& ctx) {
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  STET_ASSIGN_OR_RETURN(StoreStats s, store->Stats());
  double per_version = s.versions ? double(s.stored_bytes) / s.versions : 0;
  double ratio = s.stored_bytes ? double(s.text_bytes) / s.stored_bytes : 0;
  if (ctx.json) {
    PrintJson(ctx, {{"database", store->Describe()},
                    {"sources", s.sources},
                    {"articles", s.articles},
                    {"versions", s.versions},
                    {"distinct_texts", s.contents},
                    {"text_bytes", s.text_bytes},
                    {"stored_bytes", s.stored_bytes},
                    {"file_bytes", s.file_bytes},
                    {"stored_bytes_per_version", per_version},
                    {"compression_ratio", ratio}});
    return 0;
  }
  Print(ctx,
        fmt::format(
            "database        {}\nsources         {}\narticles        {}\n"
            "versions        {}\ndistinct texts  {}\ntext bytes      {}\n"
            "stored bytes    {} ({:.0f} per version, {:.1f}x smaller than "
            "the text)\nfile bytes      {}\n",
            store->Describe(), s.sources, s.articles, s.versions, s.contents,
            s.text_bytes, s.stored_bytes, per_version, ratio, s.file_bytes));
  return 0;
}

}  // namespace

Command ArticlesCommand() {
  return {"articles",
          "[--source NAME]",
          "list articles, most recently seen first",
          {{"source", "NAME", "only this source's articles (default: all)"},
           {"limit", "N", "show at most N (default 100)"},
           {"offset", "N", "skip the first N (default 0)"}},
          Articles};
}
Command LogCommand() {
  return {"log",
          "<url|id>",
          "an article's versions, with what each change did",
          {},
          Log};
}
Command DiffCommand() {
  return {"diff",
          "<url|id> [--from N] [--to M]",
          "what changed between two versions (default: the last two)",
          {{"from", "N", "older version (default: the one before --to)"},
           {"to", "M", "newer version (default: the latest)"}},
          DiffCmd};
}
Command ShowCommand() {
  return {"show",
          "<url|id> [--version N]",
          "print one version of an article",
          {{"version", "N", "which version (default: the latest)"}},
          Show};
}
Command StatsCommand() {
  return {
      "stats", "", "what the store holds and the bytes it takes", {}, Stats};
}

}  // namespace stet::cli
