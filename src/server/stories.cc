// Story pages: the list of stories, and one story compared across outlets.
#include <fmt/format.h>

#include "server/handlers.h"
#include "server/html.h"
#include "stet/story.h"
#include "stet/time.h"

namespace stet::server::internal {
namespace {

constexpr int kArticlesPerPage = 50;

std::string StoryLine(const StorySummary& s) {
  return "<li>" + TimeTag(s.first_seen) + " · <a href=\"" + StoryPath(s.id) +
         "\">" + Headline(s.headline) + "</a> <span class=small>" +
         Coverage(s.articles, s.sources) + "</span></li>";
}

// One fact: its first telling, then the others as word differences from it.
std::string FactHtml(const Fact& f) {
  std::string out = "<div class=fact>";
  for (size_t k = 0; k < f.tellings.size(); ++k) {
    const FactTelling& t = f.tellings[k];
    out += "<p><a class=outlet href=\"" + ArticlePath(t.article_id) + "\">" +
           Escape(t.source) + "</a> ";
    out += k == 0 || t.words.empty() ? Escape(t.text) : WordsHtml(t.words, 0);
    if (t.removed)
      out += " <a class=removed href=\"" +
             DiffPath(t.article_id, t.last_version, t.last_version + 1) +
             "\">removed in v" + std::to_string(t.last_version + 1) + "</a>";
    out += "</p>";
  }
  return out + "</div>";
}

}  // namespace

std::string StoryPath(int64_t id) { return "/story/" + std::to_string(id); }

std::string Coverage(int64_t articles, int64_t outlets) {
  return fmt::format("{} article{} from {} outlet{}", articles,
                     articles == 1 ? "" : "s", outlets,
                     outlets == 1 ? "" : "s");
}

WebResponse StoriesPage(Ctx& ctx) {
  std::optional<int64_t> page = ctx.IntParam("page", 1, 1, 100000);
  if (!page) return Error(ctx, 400, "page must be a number from 1");
  std::optional<int64_t> min = ctx.IntParam("min", 2, 1, 1000000);
  if (!min) return Error(ctx, 400, "min must be a number from 1");
  StoryFilter f;
  f.min_articles = static_cast<int>(*min);
  f.limit = ctx.options.page_size + 1;
  f.offset = static_cast<int>((*page - 1) * ctx.options.page_size);
  Result<std::vector<StorySummary>> stories = ctx.store.ListStories(f);
  if (!stories.ok()) return Failure(ctx, stories.status());
  const bool more = static_cast<int>(stories->size()) > ctx.options.page_size;
  if (more) stories->pop_back();
  std::string body =
      "<h1>Stories</h1><p class=small>The coverage of one event across "
      "outlets, most recent first. " +
      std::string(*min > 1 ? "Stories told by one article are left out (<a "
                             "href=\"/stories?min=1\">show them</a>)."
                           : "Every story, one article or more.") +
      "</p>";
  if (stories->empty()) body += "<p class=small>No stories yet.</p>";
  body += "<ul class=stories>";
  for (const StorySummary& s : *stories) body += StoryLine(s);
  body +=
      "</ul>" +
      PagerLinks("/stories?min=" + std::to_string(*min) + "&amp;page=", *page,
                 more);
  return Page(ctx, 200, "Stories", body);
}

WebResponse StoryPage(Ctx& ctx, int64_t id) {
  std::optional<int64_t> page = ctx.IntParam("page", 1, 1, 100000);
  if (!page) return Error(ctx, 400, "page must be a number from 1");
  Result<StoryComparison> c = CompareStory(ctx.store, id);
  if (!c.ok()) return Failure(ctx, c.status());
  const StorySummary& s = c->story;
  std::string body = "<p class=meta>Story " + std::to_string(s.id) + " · " +
                     Coverage(s.articles, c->outlets) + Escape(CopiesNote(*c)) +
                     " · " + TimeTag(s.first_seen) + " to " +
                     TimeTag(s.last_seen) + "</p><h1>" + Headline(s.headline) +
                     "</h1>";
  // The articles, a page at a time: who published first, who edited later.
  body +=
      "<h2>Articles</h2><table class=list><tr><th>First seen</th>"
      "<th>Outlet</th><th>Headline</th><th>Versions</th><th>Last "
      "change</th></tr>";
  const size_t from = static_cast<size_t>((*page - 1) * kArticlesPerPage);
  for (size_t i = from; i < c->articles.size() && i < from + kArticlesPerPage;
       ++i) {
    const ComparedArticle& a = c->articles[i];
    body += "<tr><td>" + TimeTag(a.article.first_seen) + "</td><td><a href=\"" +
            SourcePath(a.article.source) + "\">" + Escape(a.article.source) +
            "</a></td><td><a href=\"" + ArticlePath(a.article.id) + "\">" +
            Headline(a.article.headline) + "</a>";
    if (a.copy_of)
      body += " <span class=small>(a copy of <a href=\"" +
              ArticlePath(a.copy_of) + "\">article " +
              std::to_string(a.copy_of) + "</a>)</span>";
    if (!a.first_headline.empty() && a.first_headline != a.article.headline)
      body += "<br><span class=small>first: " + Escape(a.first_headline) +
              "</span>";
    body +=
        "</td><td>" + std::to_string(a.article.version_count) + "</td><td>" +
        (a.article.version_count > 1 && a.last_change ? TimeTag(a.last_change)
                                                      : std::string("—")) +
        "</td></tr>";
  }
  body += "</table>";
  if (c->articles.size() > static_cast<size_t>(kArticlesPerPage)) {
    body += "<p class=pager>";
    if (*page > 1)
      body += "<a rel=prev href=\"" + StoryPath(id) +
              "?page=" + std::to_string(*page - 1) + "\">← earlier</a> ";
    if (from + kArticlesPerPage < c->articles.size())
      body += "<a rel=next href=\"" + StoryPath(id) +
              "?page=" + std::to_string(*page + 1) + "\">later →</a>";
    body += "</p>";
  }
  if (c->independent_outlets > 1) {
    auto section = [&](std::string_view title, auto keep) {
      std::string s;
      for (const Fact& f : c->facts)
        if (keep(f)) s += FactHtml(f);
      if (!s.empty()) body += "<h2>" + std::string(title) + "</h2>" + s;
    };
    const int n = c->independent_outlets;
    if (c->articles_compared < static_cast<int>(c->articles.size()))
      body += fmt::format(
          "<p class=small>Facts from {} of the {} articles (the first of "
          "each outlet, then the earliest).</p>",
          c->articles_compared, c->articles.size());
    section("Numbers or names that differ",
            [](const Fact& f) { return f.numbers_differ || f.names_differ; });
    section("Told by most outlets",
            [&](const Fact& f) { return f.outlets > 1 && 2 * f.outlets >= n; });
    section("Told by some",
            [&](const Fact& f) { return f.outlets > 1 && 2 * f.outlets < n; });
    section("Only one outlet", [](const Fact& f) { return f.outlets == 1; });
  }
  body += StoryQuotesHtml(ctx, id);
  return Page(ctx, 200, s.headline.empty() ? "Story" : s.headline, body);
}

}  // namespace stet::server::internal
