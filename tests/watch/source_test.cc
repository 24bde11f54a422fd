// Sources: what a user adds, as the watcher will read it back.
#include "watch/source.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace stet::watch {
namespace {

using ::testing::HasSubstr;

TEST(SourceTest, SpecIsNormalisedAndRoundTrips) {
  SourceSpec s;
  s.feeds = {"https://www.theguardian.com/politics/rss?utm_source=x",
             "https://WWW.theguardian.com/politics/rss"};
  s.sitemaps = {"https://www.theguardian.com/sitemaps/news.xml"};
  s.exclude = {"/live/", "/gallery/"};
  s.schedule.after_change = 600;
  auto v = ValidateSourceSpec(s);
  ASSERT_TRUE(v.ok()) << v.status().message();
  EXPECT_EQ(v->feeds, std::vector<std::string>{
                          "https://www.theguardian.com/politics/rss"});
  auto back = SourceSpecFromJson(SourceSpecToJson(*v));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->feeds, v->feeds);
  EXPECT_EQ(back->sitemaps, v->sitemaps);
  EXPECT_EQ(back->exclude, v->exclude);
  EXPECT_EQ(back->schedule.after_change, 600);
  EXPECT_TRUE(back->robots);
  EXPECT_FALSE(back->allow_private);
}

TEST(SourceTest, BadSpecsAreRefusedWithAReason) {
  struct Case {
    SourceSpec spec;
    const char* reason;
  };
  SourceSpec none;
  SourceSpec ftp;
  ftp.feeds = {"ftp://example.com/rss"};
  SourceSpec loopback;
  loopback.feeds = {"http://127.0.0.1:8080/rss"};
  SourceSpec metadata;
  metadata.urls = {"http://169.254.169.254/latest/meta-data/"};
  SourceSpec local;
  local.feeds = {"http://localhost/rss"};
  SourceSpec pattern;
  pattern.feeds = {"https://example.com/rss"};
  pattern.exclude = {"(unclosed"};
  SourceSpec hasty;
  hasty.feeds = {"https://example.com/rss"};
  hasty.schedule.after_change = 5;
  const Case cases[] = {
      {none, "at least one"},
      {ftp, "unsupported scheme 'ftp:'"},
      {loopback, "private or loopback"},
      {metadata, "private or loopback"},
      {local, "private or loopback"},
      {pattern, "not a valid regular expression"},
      {hasty, "below one minute"},
  };
  for (const Case& c : cases) {
    auto v = ValidateSourceSpec(c.spec);
    ASSERT_FALSE(v.ok()) << c.reason;
    EXPECT_THAT(v.status().message(), HasSubstr(c.reason));
  }
  // Allowed when the operator says so.
  loopback.allow_private = true;
  EXPECT_TRUE(ValidateSourceSpec(loopback).ok());
  EXPECT_FALSE(SourceSpecFromJson("[1,2]").ok());
  EXPECT_FALSE(SourceSpecFromJson(R"({"feeds": "not a list"})").ok());
}

TEST(SourceTest, IncludeAndExcludePatterns) {
  SourceSpec s;
  s.include = {"/politics/", "/world/"};
  s.exclude = {"/live/"};
  EXPECT_TRUE(FollowsUrl(s, "https://g.com/politics/2017/dec/22/a"));
  EXPECT_FALSE(FollowsUrl(s, "https://g.com/sport/2017/dec/22/a"));
  EXPECT_FALSE(FollowsUrl(s, "https://g.com/politics/live/2017/dec/22/a"));
  EXPECT_TRUE(FollowsUrl(SourceSpec{}, "https://g.com/anything"));
}

TEST(SourceTest, AddingASourceSchedulesItsEndpoints) {
  auto store = NewMemoryStore();
  SourceSpec s;
  s.feeds = {"https://g.com/rss"};
  s.sitemaps = {"https://g.com/news.xml"};
  s.urls = {"https://g.com/politics/a?utm_medium=x"};
  auto id = AddSource(*store, "guardian", s, 1000);
  ASSERT_TRUE(id.ok()) << id.status().message();
  auto feed = store->ScheduledUrl("https://g.com/rss");
  ASSERT_TRUE(feed->has_value());
  EXPECT_EQ((*feed)->kind, ScheduleKind::kFeed);
  EXPECT_EQ((*feed)->next_check, 1000);
  EXPECT_EQ((*store->ScheduledUrl("https://g.com/news.xml"))->kind,
            ScheduleKind::kSitemap);
  EXPECT_EQ((*store->ScheduledUrl("https://g.com/politics/a"))->kind,
            ScheduleKind::kArticle);
  EXPECT_EQ(store->ClaimDue(1000, 10, 60)->size(), 3u);
  auto cfg = SourceSpecFromJson(*store->SourceConfig(*id));
  EXPECT_EQ(cfg->urls, std::vector<std::string>{"https://g.com/politics/a"});
  EXPECT_FALSE(AddSource(*store, "bad name", s, 1000).ok());
}

}  // namespace
}  // namespace stet::watch
