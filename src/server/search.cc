// Search across every version: the page, with its form and marked passages,
// and a feed per search (the JSON form is in api.cc). Every string from the
// store or the request is escaped.
#include "store/search.h"

#include <fmt/format.h>

#include "server/handlers.h"
#include "server/html.h"

namespace stet::server::internal {
namespace {

// The request's search parameters, to carry into pager and feed links.
std::string SearchParams(const Ctx& ctx) {
  std::string out;
  for (const char* name :
       {"q", "source", "since", "until", "removed", "sort"}) {
    const std::string v = ctx.Param(name);
    if (v.empty()) continue;
    if (!out.empty()) out += '&';
    out += name;
    out += '=';
    out += UrlEncode(v);
  }
  return out;
}

// The passage, escaped, with the query's words in <mark>.
std::string MarkedHtml(const SearchHit& h) {
  std::string out;
  uint32_t at = 0;
  for (const text::Span& m : h.marks) {
    if (m.begin < at || m.end > h.text.size()) continue;
    out += Escape(std::string_view(h.text).substr(at, m.begin - at));
    out += "<mark>" +
           Escape(std::string_view(h.text).substr(m.begin, m.size())) +
           "</mark>";
    at = m.end;
  }
  return out + Escape(std::string_view(h.text).substr(at));
}

// Where the passage first appeared: the diff that added it, or the article
// when it was there from the start.
std::string AppearedPath(const SearchHit& h) {
  return h.first_version > 1
             ? DiffPath(h.article.id, h.first_version - 1, h.first_version)
             : ArticlePath(h.article.id);
}

std::string HitHtml(const SearchHit& h) {
  std::string out = "<li class=hit><p class=meta>" + TimeTag(h.first_seen) +
                    " · <a href=\"" + SourcePath(h.article.source) + "\">" +
                    Escape(h.article.source) + "</a> · <a href=\"" +
                    AppearedPath(h) + "\">" +
                    (h.first_version > 1
                         ? "added in version " + std::to_string(h.first_version)
                         : std::string("in the first version")) +
                    "</a>";
  if (h.removed_in)
    out += " · <a class=removed href=\"" +
           DiffPath(h.article.id, h.removed_in - 1, h.removed_in) +
           "\">removed in version " + std::to_string(h.removed_in) + ", " +
           PageTime(h.removed_at) + "</a>";
  out += "</p><a class=headline href=\"" + ArticlePath(h.article.id) + "\">" +
         Headline(h.article.headline) + "</a><p class=passage>";
  if (h.headline) out += "<span class=label>headline</span> ";
  return out + MarkedHtml(h) + "</p></li>";
}

std::string Option(std::string_view value, std::string_view label,
                   bool selected) {
  return "<option value=\"" + Escape(value) + "\"" +
         (selected ? " selected" : "") + ">" + Escape(label) + "</option>";
}

// The search form, filled in with the request's values.
std::string SearchForm(Ctx& ctx) {
  const std::string source = ctx.Param("source");
  std::string out =
      "<form class=search action=\"/search\" method=get role=search>"
      "<input type=search name=q aria-label=\"Search every version\" "
      "placeholder='words, \"a phrase\", prefix*' value=\"" +
      Escape(ctx.Param("q")) + "\"><select name=source aria-label=Source>" +
      Option("", "all sources", source.empty());
  Result<std::vector<Source>> sources = ctx.store.ListSources();
  if (sources.ok())
    for (const Source& s : *sources)
      out += Option(s.name, s.name, s.name == source);
  const bool newest = ctx.Param("sort") == "new";
  out +=
      "</select><label>first seen from <input name=since size=10 "
      "placeholder=YYYY-MM-DD value=\"" +
      Escape(ctx.Param("since")) +
      "\"></label><label>before <input name=until size=10 "
      "placeholder=YYYY-MM-DD value=\"" +
      Escape(ctx.Param("until")) +
      "\"></label><label><input type=checkbox name=removed value=1" +
      (ctx.Param("removed").empty() || ctx.Param("removed") == "0"
           ? ""
           : " checked") +
      "> only text later removed</label><select name=sort "
      "aria-label=Order>" +
      Option("best", "best match first", !newest) +
      Option("new", "newest first", newest) +
      "</select><button>Search</button></form>";
  return out;
}

}  // namespace

std::optional<SearchQuery> ReadSearchQuery(const Ctx& ctx, std::string* error) {
  SearchQuery q;
  q.text = ctx.Param("q");
  q.source = ctx.Param("source");
  if (!ctx.TimeParam("since", &q.since, error) ||
      !ctx.TimeParam("until", &q.until, error))
    return std::nullopt;
  const std::string removed = ctx.Param("removed", "0");
  if (removed != "0" && removed != "1") {
    *error = "removed must be 0 or 1";
    return std::nullopt;
  }
  q.removed_only = removed == "1";
  const std::string sort = ctx.Param("sort", "best");
  if (sort != "best" && sort != "new") {
    *error = "sort must be best or new";
    return std::nullopt;
  }
  q.newest_first = sort == "new";
  return q;
}

WebResponse SearchPage(Ctx& ctx) {
  std::string error;
  std::optional<SearchQuery> q = ReadSearchQuery(ctx, &error);
  if (!q) return Error(ctx, 400, error);
  std::optional<int64_t> page = ctx.IntParam("page", 1, 1, 100000);
  if (!page) return Error(ctx, 400, "page must be a number from 1");
  std::string body = "<h1>Search every version</h1>" + SearchForm(ctx);
  if (q->text.find_first_not_of(" \t\r\n") == std::string::npos) {
    body +=
        "<p class=small>Finds text in every version of every article, "
        "including text that later versions removed. All words must appear "
        "in one paragraph; \"quoted words\" together; elect* finds "
        "election.</p>";
    return Page(ctx, 200, "Search", body);
  }
  q->limit = ctx.options.page_size + 1;
  q->offset = static_cast<int>((*page - 1) * ctx.options.page_size);
  Result<SearchResults> r = ctx.store.Search(*q);
  if (!r.ok()) {
    if (r.status().code() != ErrorCode::kInvalidArgument)
      return Failure(ctx, r.status());
    body += "<p class=error>" + Escape(r.status().message()) + "</p>";
    return Page(ctx, 400, "Search", body);
  }
  const bool more = static_cast<int>(r->hits.size()) > ctx.options.page_size;
  if (more) r->hits.pop_back();
  if (r->pending > 0)
    body += fmt::format(
        "<p class=small>{} recently recorded versions are not searchable "
        "yet; the index catches up within seconds.</p>",
        r->pending);
  if (r->truncated)
    body += fmt::format(
        "<p class=small>Many passages match: these are ranked among the "
        "{} most recently recorded. Add words, a source or dates to reach "
        "older ones.</p>",
        q->max_candidates);
  if (r->hits.empty()) {
    body += "<p>Nothing found.</p>";
  } else {
    body += "<ol class=hits start=" + std::to_string(q->offset + 1) + ">";
    for (const SearchHit& h : r->hits) body += HitHtml(h);
    body += "</ol>";
  }
  const std::string params = SearchParams(ctx);
  body += "<p class=pager>";
  if (*page > 1)
    body += "<a rel=prev href=\"" +
            Escape("/search?" + params + "&page=" + std::to_string(*page - 1)) +
            "\">← previous</a> ";
  if (more)
    body += "<a rel=next href=\"" +
            Escape("/search?" + params + "&page=" + std::to_string(*page + 1)) +
            "\">next →</a>";
  body += "</p>";
  return Page(ctx, 200, "Search: " + q->text, body, "/feeds/search",
              "?" + params);
}

WebResponse SearchFeed(Ctx& ctx, bool atom) {
  std::string error;
  std::optional<SearchQuery> q = ReadSearchQuery(ctx, &error);
  if (!q) return Error(ctx, 400, error);
  q->newest_first = true;
  q->limit = ctx.options.page_size;
  Result<SearchResults> r = ctx.store.Search(*q);
  if (!r.ok()) return Failure(ctx, r.status());
  std::vector<FeedEntry> entries;
  for (const SearchHit& h : r->hits) {
    std::string summary =
        (h.first_version > 1
             ? "Added in version " + std::to_string(h.first_version)
             : std::string("In the first version")) +
        " (" + PageTime(h.first_seen) + ")";
    if (h.removed_in)
      summary += "; removed in version " + std::to_string(h.removed_in) + " (" +
                 PageTime(h.removed_at) + ")";
    summary += ": " + h.text;
    entries.push_back(
        {.title =
             h.article.headline.empty() ? h.article.url : h.article.headline,
         .id = ctx.base + ArticlePath(h.article.id) + "/passage/" +
               fmt::format("{:016x}", search::PassageHash(h.text, h.headline)),
         .link = ctx.base +
                 (h.removed_in
                      ? DiffPath(h.article.id, h.removed_in - 1, h.removed_in)
                      : AppearedPath(h)),
         .author = h.article.source,
         .updated = h.removed_in ? h.removed_at : h.first_seen,
         .summary = std::move(summary)});
  }
  const std::string params = SearchParams(ctx);
  return RenderFeed(ctx, "Search: " + q->text,
                    ctx.base + ctx.request.path + "?" + params,
                    ctx.base + "/search?" + params, entries, atom);
}

}  // namespace stet::server::internal
