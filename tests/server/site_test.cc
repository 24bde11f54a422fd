// The site as a function of requests, over an in-memory store: pages, feeds
// and the API, hostile article text, errors.
#include "server/site.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <libxml/parser.h>

#include <atomic>
#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "../store/observations.h"
#include "server/html.h"
#include "stet/quote.h"
#include "stet/story.h"

namespace stet::server {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

using testdata::Obs;
using testdata::Text;

const std::vector<std::string> kV1 = {
    "Boris Johnson and Sergei Lavrov have sparred over alleged Russian "
    "meddling in the Brexit referendum. It was the first visit in five years.",
    "Lavrov said Johnson himself had said there was no evidence."};
const std::vector<std::string> kV2 = {
    "Boris Johnson and Sergei Lavrov have clashed over alleged Russian "
    "meddling in the Brexit referendum. It was the first visit in five years.",
    "Lavrov said Johnson himself had said there was no evidence.",
    "Johnson said relations were not easy."};

bool WellFormedXml(const std::string& body) {
  xmlDocPtr doc = xmlReadMemory(body.data(), static_cast<int>(body.size()),
                                "feed.xml", nullptr, XML_PARSE_NONET);
  xmlFreeDoc(doc);
  return doc != nullptr;
}

std::string SearchKeyOf(std::string_view word) { return text::SearchKey(word); }

class SiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = NewMemoryStore();
    store_ = store.get();
    pool_ = std::make_unique<StorePool>(std::move(store));
    site_ = std::make_unique<Site>(*pool_, clock_);
  }
  void Record(const Observation& o) {
    auto r = store_->Record(o);
    ASSERT_TRUE(r.ok()) << r.status().message();
  }
  WebResponse Get(std::string path,
                  std::multimap<std::string, std::string> query = {}) {
    WebRequest r;
    r.path = std::move(path);
    r.query = std::move(query);
    r.headers["host"] = "stet.test:8080";
    return site_->Handle(r);
  }
  std::string Header(const WebResponse& r, std::string_view name) {
    for (const auto& [k, v] : r.headers)
      if (k == name) return v;
    return "";
  }

  FakeClock clock_{1513935000};
  Store* store_ = nullptr;
  std::unique_ptr<StorePool> pool_;
  std::unique_ptr<Site> site_;
};

TEST_F(SiteTest, HomeListsChangesNewestFirstLinkedToTheirDiffs) {
  Record(Obs("https://g.com/a", 1000, Text("Johnson in Moscow", kV1)));
  Record(Obs("https://g.com/a", 8200, Text("Johnson in Moscow", kV2)));
  Record(
      Obs("https://itv.com/b", 9000, Text("Lavrov replies", {"One."}), "itv"));
  WebResponse r = Get("/");
  EXPECT_EQ(r.status, 200);
  EXPECT_THAT(r.content_type, HasSubstr("text/html"));
  EXPECT_THAT(r.body, HasSubstr("href=\"/article/1/diff/1..2\""));
  EXPECT_THAT(r.body, HasSubstr("1 sentence added, 1 edited"));
  // First versions are not changes.
  EXPECT_THAT(r.body, Not(HasSubstr("Lavrov replies")));
  EXPECT_THAT(r.body, HasSubstr("/feeds/changes.atom"));
  EXPECT_THAT(Header(r, "Content-Security-Policy"),
              HasSubstr("script-src 'self'"));
  EXPECT_EQ(Header(r, "X-Content-Type-Options"), "nosniff");
}

TEST_F(SiteTest, ArticlePageShowsTheTimelineAndCurrentText) {
  Record(Obs("https://g.com/a", 1000, Text("Johnson in Moscow", kV1)));
  Record(Obs("https://g.com/a", 8200, Text("Johnson in Moscow", kV2)));
  WebResponse r = Get("/article/1");
  ASSERT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr("about 2 hours later"));
  EXPECT_THAT(r.body, HasSubstr("Johnson said relations were not easy."));
  EXPECT_THAT(r.body, HasSubstr("href=\"https://g.com/a\""));
  EXPECT_EQ(Get("/article/9").status, 404);
  EXPECT_EQ(Get("/article/x").status, 404);
}

TEST_F(SiteTest, DiffPageMarksWordsSentencesAndNavigation) {
  Record(Obs("https://g.com/a", 1000, Text("Johnson in Moscow", kV1)));
  Record(Obs("https://g.com/a", 8200, Text("Johnson visits Moscow", kV2)));
  for (std::string view : {"side", "inline"}) {
    WebResponse r = Get("/article/1/diff/1..2", {{"view", view}});
    ASSERT_EQ(r.status, 200) << view;
    EXPECT_THAT(r.body, HasSubstr("<del>sparred</del>")) << view;
    EXPECT_THAT(r.body, HasSubstr("<ins>clashed</ins>")) << view;
    EXPECT_THAT(r.body, HasSubstr("Headline changed")) << view;
    EXPECT_THAT(r.body, HasSubstr("id=c1")) << view;
    EXPECT_THAT(r.body, HasSubstr("id=c2")) << view;
    EXPECT_THAT(r.body, HasSubstr("/static/stet.js")) << view;
  }
  EXPECT_EQ(Get("/article/1/diff/1..3").status, 404);
  EXPECT_EQ(Get("/article/1/diff/2..2").status, 400);
  EXPECT_EQ(Get("/article/1/diff/1..2", {{"view", "x"}}).status, 400);
  // Reversed ranges read forwards.
  EXPECT_THAT(Get("/article/1/diff/2..1").body,
              HasSubstr("<ins>clashed</ins>"));
}

// Article text is hostile input: nothing in it may become markup.
TEST_F(SiteTest, StoriesPagesAndApiCompareOutletsAndEscapeTheirText) {
  // Two outlets on one event, one with hostile markup in a sentence only it
  // has, and an unrelated article.
  Record(
      Obs("http://g/1", 1000, Text("Johnson meets Lavrov", kV1), "guardian"));
  Record(Obs("http://i/1", 1500,
             Text("Johnson and Lavrov clash",
                  {kV2[0], kV2[1], "<script>alert(1)</script> Kettle crisps."}),
             "itv"));
  Record(Obs("http://m/1", 2000,
             Text("Cup final tickets sold out",
                  {"Tickets for the cup final at Wembley sold out in an "
                   "hour, the Football Association said on Monday."}),
             "mirror"));
  StoryUpdater updater;
  auto grouped = updater.Update(*store_);
  ASSERT_TRUE(grouped.ok()) << grouped.status().message();
  EXPECT_EQ(*grouped, 3);
  const int64_t story = *store_->StoryOf(1);
  ASSERT_EQ(*store_->StoryOf(2), story);
  ASSERT_NE(*store_->StoryOf(3), story);
  const std::string path = "/story/" + std::to_string(story);

  WebResponse list = Get("/stories");
  ASSERT_EQ(list.status, 200);
  EXPECT_THAT(list.body, HasSubstr("href=\"" + path + "\""));
  EXPECT_THAT(list.body, HasSubstr("2 articles from 2 outlets"));
  // Stories of one article only when asked for.
  EXPECT_THAT(list.body, Not(HasSubstr("Cup final")));
  EXPECT_THAT(Get("/stories", {{"min", "1"}}).body, HasSubstr("Cup final"));

  WebResponse page = Get(path);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Told by most outlets"));
  EXPECT_THAT(page.body, HasSubstr("Only one outlet"));
  EXPECT_THAT(page.body, HasSubstr("<ins>clashed</ins>"));
  EXPECT_THAT(page.body, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_THAT(page.body, Not(HasSubstr("<script>")));
  // Each article links to its story.
  EXPECT_THAT(Get("/article/1").body, HasSubstr("href=\"" + path + "\""));
  EXPECT_THAT(Get("/article/3").body, Not(HasSubstr("how each outlet")));

  WebResponse api = Get("/api/v1/stories");
  ASSERT_EQ(api.status, 200);
  auto j = nlohmann::json::parse(api.body);
  ASSERT_EQ(j["stories"].size(), 2u);
  WebResponse one = Get("/api/v1/stories/" + std::to_string(story));
  ASSERT_EQ(one.status, 200);
  auto c = nlohmann::json::parse(one.body);
  EXPECT_EQ(c["story"]["outlets"], 2);
  EXPECT_EQ(c["story"]["independent_outlets"], 2);
  EXPECT_EQ(c["story"]["copy_outlets"], 0);
  EXPECT_EQ(c["articles"].size(), 2u);
  bool shared = false, only_itv = false;
  for (const auto& f : c["facts"]) {
    if (f["outlets"] == 2) shared = true;
    if (f["outlets"] == 1 && f["tellings"][0]["source"] == "itv" &&
        f["tellings"][0]["text"].get<std::string>().find("Kettle") !=
            std::string::npos)
      only_itv = true;
  }
  EXPECT_TRUE(shared);
  EXPECT_TRUE(only_itv);
  // JSON escapes markup too.
  EXPECT_THAT(one.body, Not(HasSubstr("<script>")));

  EXPECT_EQ(Get("/story/99").status, 404);
  EXPECT_EQ(Get("/api/v1/stories/99").status, 404);
  EXPECT_EQ(Get("/stories", {{"page", "0"}}).status, 400);
  EXPECT_EQ(Get("/api/v1/stories", {{"min", "x"}}).status, 400);
  EXPECT_THAT(Get("/").body, HasSubstr("href=\"/stories\""));
}

TEST_F(SiteTest, QuotationPagesFeedsAndApiFollowPeopleAndEscapeText) {
  // Two outlets quote Johnson; the second version of the first adds a
  // quotation and drops one, and a hostile one is quoted too.
  Record(Obs("http://g/1", 1000,
             Text("Johnson meets Lavrov",
                  {"Boris Johnson met Sergei Lavrov in Moscow.",
                   "\"Things are not easy between us,\" Mr Johnson said.",
                   "\"We see no evidence,\" Lavrov said."}),
             "guardian"));
  Record(Obs("http://g/1", 5000,
             Text("Johnson meets Lavrov",
                  {"Boris Johnson met Sergei Lavrov in Moscow.",
                   "\"Things are not easy between us,\" Mr Johnson said.",
                   "\"Not successfully,\" Johnson said, interrupting."}),
             "guardian"));
  Record(Obs("http://i/1", 2000,
             Text("Johnson and Lavrov clash",
                  {"Boris Johnson met Sergei Lavrov in Moscow.",
                   "\"Things aren't easy between us,\" Johnson told ITV "
                   "News.",
                   "\"<script>alert(1)</script> is not a policy,\" Lavrov "
                   "said."}),
             "itv"));
  StoryUpdater updater;
  ASSERT_TRUE(updater.Update(*store_).ok());
  ASSERT_TRUE(UpdateQuotes(*store_).ok());
  const int64_t story = *store_->StoryOf(1);
  ASSERT_EQ(*store_->StoryOf(2), story);

  // The list, a person's page (any form of the name), their feed.
  WebResponse all = Get("/quotes");
  ASSERT_EQ(all.status, 200);
  EXPECT_THAT(all.body, HasSubstr("Things are not easy between us"));
  EXPECT_THAT(all.body, HasSubstr("&lt;script&gt;"));
  EXPECT_THAT(all.body, Not(HasSubstr("<script>")));
  WebResponse person = Get("/person/johnson");
  ASSERT_EQ(person.status, 200);
  EXPECT_THAT(person.body, HasSubstr("Quotations of Boris Johnson"));
  EXPECT_THAT(person.body, HasSubstr("Not successfully"));
  EXPECT_THAT(person.body, Not(HasSubstr("We see no evidence")));
  EXPECT_THAT(person.body, HasSubstr("href=\"/story/" + std::to_string(story)));
  // Grouped under the story's headline, not its number alone.
  const std::string headline = store_->GetStory(story)->headline;
  ASSERT_FALSE(headline.empty());
  EXPECT_THAT(person.body, HasSubstr("\">" + headline + "</a>"));
  WebResponse dropped = Get("/quotes", {{"dropped", "1"}});
  EXPECT_THAT(dropped.body, HasSubstr("We see no evidence"));
  EXPECT_THAT(dropped.body, HasSubstr("dropped in v2"));
  EXPECT_THAT(dropped.body, Not(HasSubstr("Not successfully")));
  WebResponse feed = Get("/feeds/quotes.atom", {{"person", "Boris Johnson"}});
  ASSERT_EQ(feed.status, 200);
  EXPECT_TRUE(WellFormedXml(feed.body));
  EXPECT_THAT(feed.body, HasSubstr("Not successfully"));
  EXPECT_TRUE(WellFormedXml(Get("/feeds/quotes.rss").body));

  // The story groups the wordings of one utterance across outlets.
  WebResponse page = Get("/story/" + std::to_string(story));
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Who was quoted"));
  EXPECT_THAT(page.body, HasSubstr("2 outlets"));
  EXPECT_THAT(page.body, HasSubstr("% alike"));  // the second wording
  EXPECT_THAT(page.body, Not(HasSubstr("<script>")));

  // The diff calls out the quotations a version added and dropped.
  WebResponse diff = Get("/article/1/diff/1..2");
  ASSERT_EQ(diff.status, 200);
  EXPECT_THAT(diff.body, HasSubstr("<b>added</b> <q>Not successfully,</q>"));
  EXPECT_THAT(diff.body,
              HasSubstr("<b>removed</b> <q>We see no evidence,</q>"));

  // The API, with links; bad parameters are refused.
  WebResponse api = Get("/api/v1/quotes", {{"person", "lavrov"}});
  ASSERT_EQ(api.status, 200);
  auto j = nlohmann::json::parse(api.body);
  ASSERT_EQ(j["quotes"].size(), 2u);
  for (const auto& q : j["quotes"]) {
    EXPECT_EQ(q["person"], "sergei lavrov");
    EXPECT_EQ(q["story"], story);
    EXPECT_FALSE(q["links"]["html"].get<std::string>().empty());
  }
  EXPECT_THAT(api.body, Not(HasSubstr("<script>")));
  EXPECT_EQ(Get("/api/v1/quotes", {{"since", "yesterday-ish"}}).status, 400);
  EXPECT_EQ(Get("/quotes", {{"story", "x"}}).status, 400);
  EXPECT_THAT(Get("/").body, HasSubstr("href=\"/quotes\""));
}

TEST_F(SiteTest, HostileArticleTextIsEscapedEverywhere) {
  const std::string evil_headline =
      "<script>alert(1)</script><img src=x onerror=alert(2)>";
  const std::vector<std::string> evil = {
      "<a href=\"javascript:alert(3)\">click</a> and \"quotes\" & 'apos'",
      "<svg onload=alert(4)></svg><iframe src=//evil.test></iframe>"};
  Record(Obs("javascript:alert(5)", 1000,
             Text(evil_headline, evil, "<b onmouseover=alert(6)>")));
  Record(Obs("javascript:alert(5)", 2000,
             Text(evil_headline + " <style>", {evil[1], evil[0]},
                  "</title><script>alert(7)</script>"),
             "<script>src</script>"));
  const std::vector<std::string> paths = {"/",
                                          "/article/1",
                                          "/article/1/diff/1..2",
                                          "/sources",
                                          "/source/guardian",
                                          "/feeds/changes.atom",
                                          "/feeds/changes.rss",
                                          "/feeds/article/1.atom",
                                          "/api/v1/changes",
                                          "/api/v1/articles/1/diff"};
  for (const std::string& p : paths) {
    for (std::string view : {"side", "inline"}) {
      WebResponse r = Get(p, {{"view", view}});
      ASSERT_EQ(r.status, 200) << p;
      EXPECT_THAT(r.body, Not(HasSubstr("<script>"))) << p;
      EXPECT_THAT(r.body, Not(HasSubstr("<img"))) << p;
      EXPECT_THAT(r.body, Not(HasSubstr("<svg"))) << p;
      EXPECT_THAT(r.body, Not(HasSubstr("<iframe"))) << p;
      EXPECT_THAT(r.body, Not(HasSubstr("<a href=\"javascript"))) << p;
      EXPECT_THAT(r.body, Not(HasSubstr("href=\"javascript"))) << p;
      EXPECT_THAT(r.body, Not(HasSubstr("<b "))) << p;
      EXPECT_THAT(r.body, Not(HasSubstr("<style>"))) << p;
    }
  }
  // The text is shown, as text.
  EXPECT_THAT(Get("/article/1").body,
              HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));

  // Search shows the same text with its own markup around it, and echoes a
  // hostile query as text too.
  ASSERT_TRUE(store_->UpdateSearchIndex().ok());
  for (const std::string q :
       {"alert", "script", "<script>alert(1)</script>", "\"><img src=x>"}) {
    for (std::string p : {"/search", "/feeds/search.atom", "/feeds/search.rss",
                          "/api/v1/search"}) {
      WebResponse r = Get(p, {{"q", q}, {"source", "<script>src</script>"}});
      ASSERT_EQ(r.status, 200) << p << " " << q;
      EXPECT_THAT(r.body, Not(HasSubstr("<script>"))) << p << " " << q;
      EXPECT_THAT(r.body, Not(HasSubstr("<img"))) << p << " " << q;
      EXPECT_THAT(r.body, Not(HasSubstr("<svg"))) << p << " " << q;
      EXPECT_THAT(r.body, Not(HasSubstr("<iframe"))) << p << " " << q;
      EXPECT_THAT(r.body, Not(HasSubstr("href=\"javascript"))) << p << " " << q;
      EXPECT_THAT(r.body, Not(HasSubstr("<b "))) << p << " " << q;
    }
  }
  EXPECT_THAT(Get("/search", {{"q", "alert"}}).body,
              HasSubstr("&lt;script&gt;<mark>alert</mark>(1)"));
}

TEST_F(SiteTest, SearchFindsRemovedTextAndLinksToWhereItWent) {
  Record(Obs("https://g.com/a", 1000, Text("Johnson in Moscow", kV1)));
  Record(Obs("https://g.com/a", 8200, Text("Johnson in Moscow", kV2)));
  Record(Obs("https://itv.com/b", 9000,
             Text("Lavrov replies", {"Lavrov sparred with reporters."}),
             "itv"));
  // Until the index catches up, the page says so.
  WebResponse r = Get("/search", {{"q", "sparred"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr("3 recently recorded versions are not"));
  EXPECT_THAT(r.body, HasSubstr("Nothing found"));
  ASSERT_TRUE(store_->UpdateSearchIndex().ok());

  r = Get("/search", {{"q", "sparred"}, {"sort", "new"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_THAT(r.body, Not(HasSubstr("not searchable yet")));
  EXPECT_THAT(r.body, HasSubstr("Lavrov <mark>sparred</mark> with reporters."));
  EXPECT_THAT(r.body,
              HasSubstr("Sergei Lavrov have <mark>sparred</mark> over"));
  // The first version's wording is marked removed, linked to the diff that
  // removed it.
  EXPECT_THAT(r.body, HasSubstr("href=\"/article/1/diff/1..2\">removed in "
                                "version 2"));
  // The form keeps what was asked; feeds for this search are advertised.
  EXPECT_THAT(r.body, HasSubstr("value=\"sparred\""));
  EXPECT_THAT(r.body, HasSubstr("<option value=\"new\" selected>"));
  EXPECT_THAT(r.body,
              HasSubstr("href=\"/feeds/search.atom?q=sparred&amp;sort=new\""));

  // Filters: by source, removed text only.
  r = Get("/search", {{"q", "sparred"}, {"source", "itv"}});
  EXPECT_THAT(r.body, HasSubstr("with reporters"));
  EXPECT_THAT(r.body, Not(HasSubstr("over alleged")));
  r = Get("/search", {{"q", "sparred"}, {"removed", "1"}});
  EXPECT_THAT(r.body, Not(HasSubstr("with reporters")));
  EXPECT_THAT(r.body, HasSubstr("over alleged"));
  r = Get("/search", {{"q", "sparred"}, {"since", "1970-01-01T02:00:00Z"}});
  EXPECT_THAT(r.body, HasSubstr("with reporters"));
  EXPECT_THAT(r.body, Not(HasSubstr("over alleged")));

  // Without words, the form and how to use it; bad parameters are 400s.
  r = Get("/search");
  EXPECT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr("<form class=search"));
  EXPECT_EQ(Get("/search", {{"q", "!!"}}).status, 400);
  EXPECT_EQ(Get("/search", {{"q", "a"}, {"since", "yesterday"}}).status, 400);
  EXPECT_EQ(Get("/search", {{"q", "a"}, {"sort", "random"}}).status, 400);
  EXPECT_EQ(Get("/search", {{"q", "a"}, {"removed", "yes"}}).status, 400);
  // Every page links to search.
  EXPECT_THAT(Get("/").body, HasSubstr("href=\"/search\""));
}

TEST_F(SiteTest, SearchFeedsAndApi) {
  Record(Obs("https://g.com/a", 1000, Text("Johnson & Lavrov", kV1)));
  Record(Obs("https://g.com/a", 8200, Text("Johnson & Lavrov", kV2)));
  ASSERT_TRUE(store_->UpdateSearchIndex().ok());
  for (std::string path : {"/feeds/search.atom", "/feeds/search.rss"}) {
    WebResponse r = Get(path, {{"q", "sparred OR clashed"}});
    ASSERT_EQ(r.status, 200) << path;
    EXPECT_THAT(r.body, Not(HasSubstr("<entry>")));  // OR is a word here
    r = Get(path, {{"q", "lavrov"}, {"removed", "1"}});
    ASSERT_EQ(r.status, 200) << path;
    EXPECT_TRUE(WellFormedXml(r.body)) << path << "\n" << r.body;
    EXPECT_THAT(r.body, HasSubstr("http://stet.test:8080/search?q=lavrov&amp;"
                                  "removed=1"));
    EXPECT_THAT(r.body, HasSubstr("http://stet.test:8080/article/1/diff/1..2"));
    EXPECT_THAT(r.body, HasSubstr("removed in version 2"));
    EXPECT_THAT(r.body, HasSubstr("have sparred over alleged"));
  }
  EXPECT_EQ(Get("/feeds/search.atom").status, 400);

  WebResponse r = Get("/api/v1/search", {{"q", "lavrov"}, {"limit", "1"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = nlohmann::json::parse(r.body);
  ASSERT_EQ(j["hits"].size(), 1u);
  EXPECT_EQ(j["pending"], 0);
  EXPECT_EQ(j["next"], "/api/v1/search?limit=1&q=lavrov&offset=1");
  const auto& hit = j["hits"][0];
  EXPECT_EQ(hit["article"]["id"], 1);
  EXPECT_TRUE(hit["kind"] == "paragraph" || hit["kind"] == "headline");
  const std::string text = hit["text"];
  for (const auto& m : hit["marks"])
    EXPECT_EQ(SearchKeyOf(text.substr(m[0], int(m[1]) - int(m[0]))), "lavrov");
  // Removed text carries the version that removed it and a link to that diff.
  r = Get("/api/v1/search", {{"q", "sparred"}});
  j = nlohmann::json::parse(r.body);
  ASSERT_EQ(j["hits"].size(), 1u);
  EXPECT_EQ(j["hits"][0]["removed_in"], 2);
  EXPECT_EQ(j["hits"][0]["removed_at"], "1970-01-01T02:16:40Z");
  EXPECT_EQ(j["hits"][0]["links"]["removed"], "/article/1/diff/1..2");
  EXPECT_EQ(j["next"], nullptr);
  r = Get("/api/v1/search", {{"q", ""}});
  EXPECT_EQ(r.status, 400);
  EXPECT_THAT(
      nlohmann::json::parse(r.body)["error"]["message"].get<std::string>(),
      HasSubstr("no words"));
  EXPECT_EQ(Get("/api/v1/search", {{"q", "x"}, {"limit", "0"}}).status, 400);
}

TEST_F(SiteTest, FeedsAreWellFormedAtomAndRss) {
  Record(Obs("https://g.com/a", 1000, Text("Johnson & Lavrov", kV1)));
  Record(Obs("https://g.com/a", 8200, Text("Johnson & Lavrov", kV2)));
  for (std::string path :
       {"/feeds/changes.atom", "/feeds/changes.rss",
        "/feeds/source/guardian.atom", "/feeds/article/1.rss"}) {
    WebResponse r = Get(path);
    ASSERT_EQ(r.status, 200) << path;
    EXPECT_TRUE(WellFormedXml(r.body)) << path << "\n" << r.body;
    EXPECT_THAT(r.body, HasSubstr("http://stet.test:8080/article/1/diff/1..2"))
        << path;
    EXPECT_THAT(r.body, HasSubstr("Johnson &amp; Lavrov")) << path;
  }
  EXPECT_THAT(Get("/feeds/changes.atom").content_type,
              HasSubstr("application/atom+xml"));
  EXPECT_THAT(Get("/feeds/changes.rss").content_type,
              HasSubstr("application/rss+xml"));
  // The article feed carries the first version too.
  EXPECT_THAT(Get("/feeds/article/1.atom").body, HasSubstr("first version"));
  EXPECT_EQ(Get("/feeds/article/7.atom").status, 404);
  EXPECT_EQ(Get("/feeds/changes.xml").status, 404);
}

TEST_F(SiteTest, ForgedHostHeadersDoNotReachFeedLinks) {
  Record(Obs("https://g.com/a", 1000, Text("A", kV1)));
  Record(Obs("https://g.com/a", 2000, Text("A", kV2)));
  WebRequest r;
  r.path = "/feeds/changes.atom";
  r.headers["host"] = "evil.test\"><script>";
  WebResponse resp = site_->Handle(r);
  EXPECT_THAT(resp.body, Not(HasSubstr("evil.test")));
  EXPECT_THAT(resp.body, HasSubstr("http://127.0.0.1/article/1/diff/1..2"));
}

TEST_F(SiteTest, ApiAnswersJsonWithPagingAndJsonErrors) {
  for (int i = 1; i <= 3; ++i) {
    std::string url = "https://g.com/" + std::to_string(i);
    Record(Obs(url, 1000 * i, Text("A" + std::to_string(i), kV1)));
    Record(Obs(url, 1000 * i + 500, Text("A" + std::to_string(i), kV2)));
  }
  using nlohmann::json;
  WebResponse r = Get("/api/v1/changes", {{"limit", "2"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/json");
  json j = json::parse(r.body);
  ASSERT_EQ(j["changes"].size(), 2u);
  EXPECT_EQ(j["changes"][0]["article"]["url"], "https://g.com/3");
  EXPECT_EQ(j["changes"][0]["version"]["change"]["sentences_added"], 1);
  EXPECT_EQ(j["next"], "/api/v1/changes?limit=2&offset=2");
  json page2 = json::parse(
      Get("/api/v1/changes", {{"limit", "2"}, {"offset", "2"}}).body);
  ASSERT_EQ(page2["changes"].size(), 1u);
  EXPECT_TRUE(page2["next"].is_null());

  json diff = json::parse(Get("/api/v1/articles/1/diff").body);
  EXPECT_EQ(diff["from"], 1);
  EXPECT_EQ(diff["to"], 2);
  bool edited = false;
  for (const json& row : diff["rows"])
    edited |= row["label"] == "edited" && row.contains("words");
  EXPECT_TRUE(edited);
  json version = json::parse(Get("/api/v1/articles/2/versions/2").body);
  EXPECT_EQ(version["paragraphs"].size(), 3u);
  json sources = json::parse(Get("/api/v1/sources").body);
  EXPECT_EQ(sources["sources"][0]["changes"], 3);
  json article = json::parse(Get("/api/v1/articles/3").body);
  EXPECT_EQ(article["version_list"].size(), 2u);

  struct Bad {
    std::string path;
    std::multimap<std::string, std::string> query;
    int status;
  };
  for (const Bad& b : std::vector<Bad>{
           {"/api/v1/changes", {{"limit", "0"}}, 400},
           {"/api/v1/changes", {{"limit", "abc"}}, 400},
           {"/api/v1/changes", {{"since", "yesterday"}}, 400},
           {"/api/v1/changes", {{"first", "2"}}, 400},
           {"/api/v1/articles/99", {}, 404},
           {"/api/v1/articles/1/versions/9", {}, 404},
           {"/api/v1/articles/1/diff", {{"from", "7"}}, 400},
           {"/api/v1/nothing", {}, 404},
       }) {
    WebResponse e = Get(b.path, b.query);
    EXPECT_EQ(e.status, b.status) << b.path;
    json err = json::parse(e.body, nullptr, false);
    ASSERT_FALSE(err.is_discarded()) << b.path;
    EXPECT_EQ(err["error"]["status"], b.status) << b.path;
  }
}

// Regression: a moved sentence's badge showed on both sides of both of its
// rows, including the empty cells.
TEST_F(SiteTest, AMovedSentenceIsMarkedOnceWhereItLeftAndOnceWhereItCame) {
  const std::string a = "Johnson arrived in Moscow on Friday for talks.";
  const std::string b = "Lavrov said relations were at a low point.";
  const std::string c = "The two men met at the foreign ministry.";
  Record(Obs("https://g.com/m", 1000, Text("Moves", {a, b, c})));
  Record(Obs("https://g.com/m", 2000, Text("Moves", {b, c, a})));
  auto count = [](const std::string& hay, const std::string& needle) {
    int n = 0;
    for (size_t p = hay.find(needle); p != std::string::npos;
         p = hay.find(needle, p + 1))
      ++n;
    return n;
  };
  for (std::string view : {"side", "inline"}) {
    WebResponse r = Get("/article/1/diff/1..2", {{"view", view}});
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(count(r.body, ">moved from here<"), 1) << view;
    EXPECT_EQ(count(r.body, ">moved here<"), 1) << view;
  }
}

// Regression: the source page decoded its (already decoded) name again, so
// a source named "a%41" was looked up as "aA" and not found.
TEST_F(SiteTest, SourceNamesAreDecodedOnce) {
  Record(Obs("https://g.com/p", 1000, Text("Percent", kV1), "a%41"));
  WebResponse r = Get("/source/a%41");
  EXPECT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr("<h1>a%41</h1>"));
}

TEST_F(SiteTest, AssetsAndTheFaviconQuestion) {
  EXPECT_THAT(Get("/static/stet.css").content_type, HasSubstr("text/css"));
  EXPECT_THAT(Get("/static/stet.js").body, HasSubstr("keydown"));
  EXPECT_EQ(Get("/static/other.js").status, 404);
  EXPECT_EQ(Get("/favicon.ico").status, 204);
}

TEST_F(SiteTest, OnlyGetAndHeadAreServed) {
  WebRequest r;
  r.method = "POST";
  r.path = "/api/v1/changes";
  WebResponse resp = site_->Handle(r);
  EXPECT_EQ(resp.status, 405);
  EXPECT_EQ(Header(resp, "Allow"), "GET, HEAD");
}

TEST(StorePoolTest, ARequestWaitsForAFreeStoreAndStoresAreReused) {
  std::atomic<int> opened{0};
  StorePool pool(
      [&]() -> Result<std::unique_ptr<Store>> {
        ++opened;
        return NewMemoryStore();
      },
      2);
  auto a = std::make_unique<Result<StorePool::Lease>>(pool.Acquire());
  auto b = std::make_unique<Result<StorePool::Lease>>(pool.Acquire());
  ASSERT_TRUE(a->ok() && b->ok());
  EXPECT_EQ(opened, 2);
  std::atomic<bool> got{false};
  std::thread third([&] {
    Result<StorePool::Lease> c = pool.Acquire();
    got = c.ok();
  });
  // Both stores are lent: the third request must still be waiting.
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(got);
  a.reset();  // gives its store back
  third.join();
  EXPECT_TRUE(got);
  EXPECT_EQ(opened, 2);  // reused, not opened again
}

TEST(HtmlTest, EscapesAndWordings) {
  EXPECT_EQ(Escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(Escape("bad \xff byte\x01"), "bad \xEF\xBF\xBD byte ");
  EXPECT_EQ(UrlEncode("a b/ü"), "a%20b%2F%C3%BC");
  EXPECT_EQ(UrlDecode("a%20b+c%2"), "a b c%2");
  EXPECT_TRUE(IsWebUrl("HTTPS://x"));
  EXPECT_FALSE(IsWebUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsWebUrl(" http://x"));
  VersionInfo v;
  v.number = 2;
  v.has_change = true;
  v.change.added = 2;
  v.change.edited = 1;
  v.change.headline_changed = true;
  EXPECT_EQ(SummaryLine(v), "2 sentences added, 1 edited; headline changed");
  v.change = {};
  v.change.deleted = 1;
  EXPECT_EQ(SummaryLine(v), "1 sentence removed");
  v.kind = VersionKind::kRevert;
  v.reverts_to = 1;
  EXPECT_EQ(SummaryLine(v),
            "back to the text of version 1 (1 sentence removed)");
  v.number = 1;
  EXPECT_EQ(SummaryLine(v), "first version");
}

}  // namespace
}  // namespace stet::server
