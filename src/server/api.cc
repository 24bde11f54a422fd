// The JSON API under /api/v1 (documented in docs/api.md). Lists take limit
// (default 50, at most 500) and offset, and say where the next page is.
#include <nlohmann/json.hpp>

#include "quote/quote_json.h"
#include "server/handlers.h"
#include "server/html.h"
#include "stet/diff.h"
#include "stet/quote.h"
#include "stet/story.h"
#include "stet/text.h"
#include "story/story_json.h"
#include "watch/source.h"

namespace stet::server::internal {
namespace {

using json = nlohmann::json;

// Article text may hold invalid UTF-8 from a broken page; nlohmann::json
// refuses to dump it, so strings are made valid on the way in.
std::string S(std::string_view s) { return text::SanitizeUtf8(s); }

WebResponse Json(const json& j) { return JsonResponse(j, 200); }

json ArticleLinks(int64_t id) {
  return {{"html", ArticlePath(id)},
          {"api", "/api/v1/articles/" + std::to_string(id)}};
}

json ArticleJson(const Article& a) {
  return {{"id", a.id},
          {"url", S(a.url)},
          {"source", S(a.source)},
          {"headline", S(a.headline)},
          {"first_seen", FormatTime(a.first_seen)},
          {"last_seen", FormatTime(a.last_seen)},
          {"state", ArticleStateName(a.state)},
          {"versions", a.version_count},
          {"links", ArticleLinks(a.id)}};
}

json ChangeJson(const ChangeSummary& c) {
  return {{"sentences_unchanged", c.unchanged},
          {"sentences_edited", c.edited},
          {"sentences_added", c.added},
          {"sentences_removed", c.deleted},
          {"sentences_moved", c.moved},
          {"chars_added", c.chars_added},
          {"chars_removed", c.chars_removed},
          {"headline_changed", c.headline_changed},
          {"byline_changed", c.byline_changed}};
}

json VersionJson(const VersionInfo& v) {
  json j = {{"number", v.number},
            {"seen_at", FormatTime(v.seen_at)},
            {"last_seen", FormatTime(v.last_seen)},
            {"kind", VersionKindName(v.kind)},
            {"headline", S(v.headline)},
            {"byline", S(v.byline)},
            {"summary", SummaryLine(v)},
            {"text_bytes", v.text_bytes}};
  if (v.kind == VersionKind::kRevert) j["reverts_to"] = v.reverts_to;
  if (v.has_change) {
    j["change"] = ChangeJson(v.change);
    j["links"] = {{"diff", DiffPath(v.article_id, v.number - 1, v.number)}};
  }
  return j;
}

json WordsJson(const std::vector<WordSegment>& words) {
  json out = json::array();
  for (const WordSegment& w : words)
    out.push_back({{"op", w.op == WordOp::kEqual    ? "equal"
                          : w.op == WordOp::kInsert ? "insert"
                                                    : "delete"},
                   {"text", S(w.text)}});
  return out;
}

json FieldJson(const FieldChange& f) {
  json j = {
      {"changed", f.changed}, {"old", S(f.old_text)}, {"new", S(f.new_text)}};
  if (f.changed) j["words"] = WordsJson(f.words);
  return j;
}

// limit/offset, or an error response.
struct Paging {
  int limit = 50, offset = 0;
};
std::optional<Paging> ReadPaging(const Ctx& ctx, std::string* error) {
  std::optional<int64_t> limit =
      ctx.IntParam("limit", ctx.options.page_size, 1, 500);
  std::optional<int64_t> offset = ctx.IntParam("offset", 0, 0, 1 << 30);
  if (!limit) *error = "limit must be a number from 1 to 500";
  if (!offset) *error = "offset must be a number from 0";
  if (!limit || !offset) return std::nullopt;
  return Paging{static_cast<int>(*limit), static_cast<int>(*offset)};
}

// The same request with the offset moved on: the next page's address.
std::string NextPage(const Ctx& ctx, const Paging& p) {
  std::string out = ctx.request.path + "?";
  for (const auto& [k, v] : ctx.request.query)
    if (k != "offset") out += UrlEncode(k) + "=" + UrlEncode(v) + "&";
  return out + "offset=" + std::to_string(p.offset + p.limit);
}

WebResponse Sources(Ctx& ctx) {
  Result<std::vector<SourceSummary>> sums =
      ctx.summaries.Get(ctx.store, ctx.clock.Now(), "");
  if (!sums.ok()) return Failure(ctx, sums.status());
  json list = json::array();
  for (const SourceSummary& s : *sums)
    list.push_back(
        {{"name", S(s.source.name)},
         {"articles", s.articles},
         {"changed_articles", s.changed_articles},
         {"versions", s.versions},
         {"changes", s.changes},
         {"first_seen", s.first_seen ? json(FormatTime(s.first_seen)) : json()},
         {"last_change",
          s.last_change ? json(FormatTime(s.last_change)) : json()},
         {"median_first_change_after_seconds", s.median_first_change_after},
         {"mean_chars_changed", s.mean_chars_changed},
         {"headline_change_share", s.headline_change_share},
         {"links",
          {{"html", SourcePath(s.source.name)},
           {"feed", "/feeds/source/" + UrlEncode(s.source.name) + ".atom"}}}});
  return Json({{"sources", list}});
}

WebResponse Articles(Ctx& ctx) {
  std::string error;
  std::optional<Paging> p = ReadPaging(ctx, &error);
  if (!p) return Error(ctx, 400, error);
  ArticleFilter f;
  f.source = ctx.Param("source");
  f.limit = p->limit + 1;
  f.offset = p->offset;
  Result<std::vector<Article>> rows = ctx.store.ListArticles(f);
  if (!rows.ok()) return Failure(ctx, rows.status());
  const bool more = static_cast<int>(rows->size()) > p->limit;
  if (more) rows->pop_back();
  json list = json::array();
  for (const Article& a : *rows) list.push_back(ArticleJson(a));
  return Json({{"articles", list},
               {"limit", p->limit},
               {"offset", p->offset},
               {"next", more ? json(NextPage(ctx, *p)) : json()}});
}

WebResponse Changes(Ctx& ctx) {
  std::string error;
  std::optional<Paging> p = ReadPaging(ctx, &error);
  if (!p) return Error(ctx, 400, error);
  ChangeFilter f;
  f.source = ctx.Param("source");
  std::optional<int64_t> article = ctx.IntParam("article", 0, 0, INT64_MAX);
  if (!article) return Error(ctx, 400, "article must be an article id");
  f.article_id = *article;
  const std::string first = ctx.Param("first", "0");
  if (first != "0" && first != "1")
    return Error(ctx, 400, "first is 0 or 1 (list first versions too)");
  f.include_first = first == "1";
  if (!ctx.TimeParam("since", &f.since, &error) ||
      !ctx.TimeParam("until", &f.until, &error))
    return Error(ctx, 400, error);
  f.limit = p->limit + 1;
  f.offset = p->offset;
  Result<std::vector<ChangeEntry>> rows = ctx.store.ListChanges(f);
  if (!rows.ok()) return Failure(ctx, rows.status());
  const bool more = static_cast<int>(rows->size()) > p->limit;
  if (more) rows->pop_back();
  json list = json::array();
  for (const ChangeEntry& e : *rows)
    list.push_back({{"article", ArticleJson(e.article)},
                    {"version", VersionJson(e.version)}});
  return Json({{"changes", list},
               {"limit", p->limit},
               {"offset", p->offset},
               {"next", more ? json(NextPage(ctx, *p)) : json()}});
}

WebResponse OneArticle(Ctx& ctx, int64_t id) {
  Result<Article> a = ctx.store.FindArticle(std::to_string(id));
  if (!a.ok()) return Failure(ctx, a.status());
  Result<std::vector<VersionInfo>> versions = ctx.store.ListVersions(id);
  if (!versions.ok()) return Failure(ctx, versions.status());
  json j = ArticleJson(*a);
  json list = json::array();
  for (const VersionInfo& v : *versions) list.push_back(VersionJson(v));
  j["version_list"] = list;
  return Json(j);
}

WebResponse OneVersion(Ctx& ctx, int64_t id, int64_t number) {
  Result<Version> v = ctx.store.LoadVersion(id, static_cast<int>(number));
  if (!v.ok()) return Failure(ctx, v.status());
  json j = VersionJson(v->info);
  json paras = json::array();
  for (const std::string& p : v->text.paragraphs) paras.push_back(S(p));
  j["paragraphs"] = paras;
  return Json(j);
}

WebResponse DiffJson(Ctx& ctx, int64_t id) {
  Result<Article> a = ctx.store.FindArticle(std::to_string(id));
  if (!a.ok()) return Failure(ctx, a.status());
  std::optional<int64_t> to =
      ctx.IntParam("to", a->version_count, 1, a->version_count);
  if (!to) return Error(ctx, 400, "to must be a version of the article");
  std::optional<int64_t> from =
      ctx.IntParam("from", std::max<int64_t>(*to - 1, 1), 1, a->version_count);
  if (!from) return Error(ctx, 400, "from must be a version of the article");
  Result<Version> old_v = ctx.store.LoadVersion(id, static_cast<int>(*from));
  if (!old_v.ok()) return Failure(ctx, old_v.status());
  Result<Version> new_v = ctx.store.LoadVersion(id, static_cast<int>(*to));
  if (!new_v.ok()) return Failure(ctx, new_v.status());
  const ArticleDiff d = Diff(old_v->text, new_v->text);
  json rows = json::array();
  for (const DiffRow& r : d.rows) {
    json row = {{"label", SentenceLabelName(r.label)}};
    if (r.old_index >= 0) {
      row["old"] = S(d.old_sentences[r.old_index].text);
      row["old_paragraph"] = d.old_sentences[r.old_index].paragraph;
    }
    if (r.new_index >= 0) {
      row["new"] = S(d.new_sentences[r.new_index].text);
      row["new_paragraph"] = d.new_sentences[r.new_index].paragraph;
    }
    if (!r.words.empty()) row["words"] = WordsJson(r.words);
    rows.push_back(row);
  }
  return Json({{"article", ArticleJson(*a)},
               {"from", *from},
               {"to", *to},
               {"headline", FieldJson(d.headline)},
               {"byline", FieldJson(d.byline)},
               {"summary", ChangeJson(d.summary)},
               {"rows", rows},
               {"links",
                {{"html", DiffPath(id, static_cast<int>(*from),
                                   static_cast<int>(*to))}}}});
}

bool Number(std::string_view s, int64_t* out) {
  if (s.empty() || s.size() > 18) return false;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return v > 0;
}

}  // namespace

WebResponse AddSourceApi(Ctx& ctx) {
  json body = json::parse(ctx.request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object())
    return Error(ctx, 400, "the body must be a JSON object (see docs/api.md)");
  if (!body.contains("name") || !body["name"].is_string() ||
      body["name"].get<std::string>().empty())
    return Error(ctx, 400, "the source needs a \"name\"");
  const std::string name = body["name"].get<std::string>();
  if (name.size() > 100 || !text::IsValidUtf8(name) ||
      name.find_first_of("/?#\\ ") != std::string::npos)
    return Error(ctx, 400,
                 "a source name is up to 100 characters, without spaces, "
                 "slashes, ? or #");
  body.erase("name");
  Result<watch::SourceSpec> spec = watch::SourceSpecFromJson(body.dump());
  if (spec.ok()) spec = watch::ValidateSourceSpec(std::move(*spec));
  if (!spec.ok()) return Error(ctx, 400, spec.status().message());
  Result<int64_t> id =
      watch::AddSource(ctx.store, name, *spec, ctx.clock.Now());
  if (!id.ok()) return Failure(ctx, id.status());
  return JsonResponse(
      {{"source",
        {{"id", *id},
         {"name", name},
         {"config", json::parse(watch::SourceSpecToJson(*spec))},
         {"links", {{"html", SourcePath(name)}}}}}},
      201);
}

WebResponse Search(Ctx& ctx) {
  std::string error;
  std::optional<Paging> p = ReadPaging(ctx, &error);
  if (!p) return Error(ctx, 400, error);
  std::optional<SearchQuery> q = ReadSearchQuery(ctx, &error);
  if (!q) return Error(ctx, 400, error);
  q->limit = p->limit + 1;
  q->offset = p->offset;
  Result<SearchResults> r = ctx.store.Search(*q);
  if (!r.ok()) return Failure(ctx, r.status());
  const bool more = static_cast<int>(r->hits.size()) > p->limit;
  if (more) r->hits.pop_back();
  json hits = json::array();
  for (const SearchHit& h : r->hits) {
    json marks = json::array();
    for (const text::Span& m : h.marks) marks.push_back({m.begin, m.end});
    json links = {{"html", ArticlePath(h.article.id)}};
    if (h.first_version > 1)
      links["added"] =
          DiffPath(h.article.id, h.first_version - 1, h.first_version);
    if (h.removed_in)
      links["removed"] = DiffPath(h.article.id, h.removed_in - 1, h.removed_in);
    hits.push_back(
        {{"article", ArticleJson(h.article)},
         {"kind", h.headline ? "headline" : "paragraph"},
         {"text", S(h.text)},
         {"marks", marks},
         {"first_version", h.first_version},
         {"first_seen", FormatTime(h.first_seen)},
         {"last_version", h.last_version},
         {"removed_in", h.removed_in ? json(h.removed_in) : json()},
         {"removed_at", h.removed_in ? json(FormatTime(h.removed_at)) : json()},
         {"links", links}});
  }
  return Json({{"query", S(q->text)},
               {"hits", hits},
               {"pending", r->pending},
               {"truncated", r->truncated},
               {"limit", p->limit},
               {"offset", p->offset},
               {"next", more ? json(NextPage(ctx, *p)) : json()}});
}

json StoryLinks(int64_t id) {
  return {{"html", StoryPath(id)},
          {"api", "/api/v1/stories/" + std::to_string(id)}};
}

json StoryJson(const StorySummary& s) {
  json j = StorySummaryToJson(s);
  j["links"] = StoryLinks(s.id);
  return j;
}

// GET /api/v1/stories?min=N&source=NAME&limit=&offset=
WebResponse Stories(Ctx& ctx) {
  std::string error;
  std::optional<Paging> p = ReadPaging(ctx, &error);
  if (!p) return Error(ctx, 400, error);
  std::optional<int64_t> min = ctx.IntParam("min", 1, 1, 1000000);
  if (!min) return Error(ctx, 400, "min must be a number from 1");
  StoryFilter f;
  f.min_articles = static_cast<int>(*min);
  f.source = ctx.Param("source");
  f.limit = p->limit + 1;
  f.offset = p->offset;
  Result<std::vector<StorySummary>> rows = ctx.store.ListStories(f);
  if (!rows.ok()) return Failure(ctx, rows.status());
  const bool more = static_cast<int>(rows->size()) > p->limit;
  if (more) rows->pop_back();
  json list = json::array();
  for (const StorySummary& s : *rows) list.push_back(StoryJson(s));
  return Json({{"stories", list},
               {"limit", p->limit},
               {"offset", p->offset},
               {"next", more ? json(NextPage(ctx, *p)) : json()}});
}

// GET /api/v1/quotes?person=&story=&source=&since=&until=&dropped=1&limit=
WebResponse Quotes(Ctx& ctx) {
  std::string error;
  std::optional<Paging> p = ReadPaging(ctx, &error);
  if (!p) return Error(ctx, 400, error);
  std::optional<QuoteFilter> f = ReadQuoteFilter(ctx, &error);
  if (!f) return Error(ctx, 400, error);
  f->limit = p->limit + 1;
  f->offset = p->offset;
  Result<std::vector<StoredQuote>> rows = ctx.store.ListQuotes(*f);
  if (!rows.ok()) return Failure(ctx, rows.status());
  const bool more = static_cast<int>(rows->size()) > p->limit;
  if (more) rows->pop_back();
  json list = json::array();
  for (const StoredQuote& q : *rows) {
    json j = StoredQuoteToJson(q);
    j["links"] = ArticleLinks(q.article_id);
    if (!q.person.empty()) j["links"]["person"] = PersonPath(q.speaker);
    list.push_back(std::move(j));
  }
  return Json({{"quotes", list},
               {"limit", p->limit},
               {"offset", p->offset},
               {"next", more ? json(NextPage(ctx, *p)) : json()}});
}

// GET /api/v1/stories/<id>: the story compared across its outlets.
WebResponse OneStory(Ctx& ctx, int64_t id) {
  Result<StoryComparison> c = CompareStory(ctx.store, id);
  if (!c.ok()) return Failure(ctx, c.status());
  json j = ComparisonToJson(*c);
  Result<StoryQuotes> quoted = ListStoryQuotes(ctx.store, id);
  if (!quoted.ok()) return Failure(ctx, quoted.status());
  j["quotes"] = QuoteVariantsToJson(quoted->groups);
  j["story"]["links"] = StoryLinks(id);
  for (json& a : j["articles"]) a["links"] = ArticleLinks(a["id"]);
  return Json(j);
}

WebResponse Api(Ctx& ctx, std::string_view rest) {
  std::vector<std::string_view> seg;
  for (size_t i = 0; i < rest.size();) {
    size_t j = rest.find('/', i);
    if (j == std::string_view::npos) j = rest.size();
    if (j > i) seg.push_back(rest.substr(i, j - i));
    i = j + 1;
  }
  int64_t id = 0, n = 0;
  if (seg.size() == 1 && seg[0] == "sources") return Sources(ctx);
  if (seg.size() == 1 && seg[0] == "changes") return Changes(ctx);
  if (seg.size() == 1 && seg[0] == "search") return Search(ctx);
  if (seg.size() == 1 && seg[0] == "stories") return Stories(ctx);
  if (seg.size() == 1 && seg[0] == "quotes") return Quotes(ctx);
  if (seg.size() == 2 && seg[0] == "stories" && Number(seg[1], &id))
    return OneStory(ctx, id);
  if (seg.size() >= 1 && seg[0] == "articles") {
    if (seg.size() == 1) return Articles(ctx);
    if (Number(seg[1], &id)) {
      if (seg.size() == 2) return OneArticle(ctx, id);
      if (seg.size() == 3 && seg[2] == "diff") return DiffJson(ctx, id);
      if (seg.size() == 4 && seg[2] == "versions" && Number(seg[3], &n))
        return OneVersion(ctx, id, n);
    }
  }
  return Error(ctx, 404, "no such API endpoint (see docs/api.md)");
}

}  // namespace stet::server::internal
