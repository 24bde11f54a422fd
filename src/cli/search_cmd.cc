// stet search: every version's text, from the command line.
#include <fmt/format.h>

#include <cstdint>
#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "stet/time.h"

namespace stet::cli {
namespace {

using nlohmann::json;

// The passage with the query's words in bold (and yellow) on a terminal,
// or in [brackets] where there is no colour.
std::string Marked(const SearchHit& h, bool color) {
  std::string out;
  uint32_t at = 0;
  for (const text::Span& m : h.marks) {
    out.append(h.text, at, m.begin - at);
    out += color ? "\033[1;33m" : "[";
    out.append(h.text, m.begin, m.size());
    out += color ? "\033[0m" : "]";
    at = m.end;
  }
  out.append(h.text, at, std::string::npos);
  return out;
}

// "v2-v4", "v3", and what happened to it.
std::string Versions(const SearchHit& h) {
  std::string s = h.first_version == h.last_version
                      ? fmt::format("v{}", h.first_version)
                      : fmt::format("v{}-v{}", h.first_version, h.last_version);
  if (h.removed_in)
    s += fmt::format(", removed in v{} ({})", h.removed_in,
                     FormatTime(h.removed_at));
  return s;
}

Result<int> Search(Context& ctx) {
  if (ctx.args.positional.empty())
    return InvalidArgument(
        "'stet search' needs words to look for: stet search lavrov "
        "'\"foreign secretary\"'");
  SearchQuery q;
  for (const std::string& w : ctx.args.positional)
    q.text += (q.text.empty() ? "" : " ") + w;
  q.source = ctx.args.Get("source");
  STET_ASSIGN_OR_RETURN(q.since, TimeOption(ctx, "since"));
  STET_ASSIGN_OR_RETURN(q.until, TimeOption(ctx, "until"));
  q.removed_only = ctx.args.Has("removed");
  q.newest_first = ctx.args.Has("newest");
  STET_ASSIGN_OR_RETURN(q.limit, ctx.args.GetInt("limit", 20));
  STET_ASSIGN_OR_RETURN(q.offset, ctx.args.GetInt("offset", 0));
  if (q.limit < 1 || q.limit > 1000 || q.offset < 0)
    return InvalidArgument(
        "--limit must be from 1 to 1000 and --offset at least 0");
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  // Versions recorded since the index last caught up are indexed first, so
  // the search sees everything stored.
  STET_ASSIGN_OR_RETURN(int64_t indexed, store->UpdateSearchIndex());
  if (indexed > 0 && !ctx.json)
    std::fprintf(stderr, "stet: indexed %lld new versions for search\n",
                 static_cast<long long>(indexed));
  STET_ASSIGN_OR_RETURN(SearchResults r, store->Search(q));
  if (ctx.json) {
    json hits = json::array();
    for (const SearchHit& h : r.hits) {
      json marks = json::array();
      for (const text::Span& m : h.marks) marks.push_back({m.begin, m.end});
      hits.push_back(
          {{"article",
            {{"id", h.article.id},
             {"url", h.article.url},
             {"source", h.article.source},
             {"headline", h.article.headline},
             {"versions", h.article.version_count}}},
           {"headline", h.headline},
           {"text", h.text},
           {"marks", marks},
           {"first_version", h.first_version},
           {"first_seen", FormatTime(h.first_seen)},
           {"last_version", h.last_version},
           {"removed_in", h.removed_in ? json(h.removed_in) : json()},
           {"removed_at",
            h.removed_in ? json(FormatTime(h.removed_at)) : json()}});
    }
    Print(ctx, json{{"query", q.text},
                    {"hits", hits},
                    {"limit", q.limit},
                    {"offset", q.offset}}
                       .dump(2) +
                   "\n");
    return 0;
  }
  if (r.hits.empty()) {
    Print(ctx, "nothing found\n");
    return 0;
  }
  std::string out;
  for (const SearchHit& h : r.hits) {
    out +=
        fmt::format("{} {} article {}, {}{}\n  {}\n", FormatTime(h.first_seen),
                    h.article.source, h.article.id, Versions(h),
                    h.headline ? ", headline" : "", Marked(h, ctx.color));
  }
  if (static_cast<int>(r.hits.size()) == q.limit)
    out += fmt::format("(more with --offset {})\n", q.offset + q.limit);
  Print(ctx, out);
  return 0;
}

}  // namespace

Command SearchCommand() {
  return {"search",
          "<words...>",
          "find text in every version of every article, removed text too",
          {{"source", "NAME", "only this source's articles (default: all)"},
           {"since", "TIME",
            "text that first appeared at or after TIME "
            "(default: any time)"},
           {"until", "TIME",
            "text that first appeared before TIME (default: "
            "any time)"},
           {"removed", "", "only text a later version removed"},
           {"newest", "", "newest first (default: best match first)"},
           {"limit", "N", "show at most N (default 20)"},
           {"offset", "N", "skip the first N (default 0)"}},
          Search};
}

}  // namespace stet::cli
