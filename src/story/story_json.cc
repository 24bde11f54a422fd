#include "story/story_json.h"

#include "diff/diff_json.h"
#include "stet/time.h"

namespace stet {

using nlohmann::json;

json StorySummaryToJson(const StorySummary& s) {
  return {{"id", s.id},
          {"articles", s.articles},
          {"outlets", s.sources},
          {"headline", s.headline},
          {"first_seen", FormatTime(s.first_seen)},
          {"last_seen", FormatTime(s.last_seen)}};
}

json ComparisonToJson(const StoryComparison& c) {
  json story = StorySummaryToJson(c.story);
  story["outlets"] = c.outlets;
  story["independent_outlets"] = c.independent_outlets;
  story["copy_outlets"] = c.copy_outlets;
  json articles = json::array();
  for (const ComparedArticle& a : c.articles)
    articles.push_back(
        {{"id", a.article.id},
         {"url", a.article.url},
         {"source", a.article.source},
         {"headline", a.article.headline},
         {"first_headline", a.first_headline},
         {"first_seen", FormatTime(a.article.first_seen)},
         {"last_seen", FormatTime(a.article.last_seen)},
         {"state", ArticleStateName(a.article.state)},
         {"versions", a.article.version_count},
         {"last_change",
          a.last_change ? json(FormatTime(a.last_change)) : json()},
         {"copy_of", a.copy_of ? json(a.copy_of) : json()}});
  json facts = json::array();
  for (const Fact& f : c.facts) {
    json tellings = json::array();
    for (const FactTelling& t : f.tellings)
      tellings.push_back({{"article", t.article_id},
                          {"source", t.source},
                          {"text", t.text},
                          {"first_version", t.first_version},
                          {"last_version", t.last_version},
                          {"removed", t.removed},
                          {"words", WordsToJson(t.words)},
                          {"numbers", t.numbers},
                          {"names", t.names}});
    facts.push_back({{"outlets", f.outlets},
                     {"numbers_differ", f.numbers_differ},
                     {"names_differ", f.names_differ},
                     {"tellings", tellings}});
  }
  return {{"story", story},
          {"articles", articles},
          {"articles_compared", c.articles_compared},
          {"facts", facts}};
}

}  // namespace stet
