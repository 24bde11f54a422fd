// The watcher against a scripted web (FakeHttpClient) and a fake clock:
// months of checks in milliseconds, no network, no sleeping.
#include "watch/watcher.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace stet::watch {
namespace {

using ::testing::HasSubstr;

HttpResponse Ok(std::string body, std::string etag = "",
                std::string type = "text/html") {
  HttpResponse r;
  r.http_status = 200;
  r.body = std::move(body);
  r.etag = std::move(etag);
  r.content_type = std::move(type);
  return r;
}

HttpResponse StatusOnly(int status) {
  HttpResponse r;
  r.http_status = status;
  return r;
}

std::string Rss(const std::vector<std::string>& links) {
  std::string s =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>G</title>";
  for (const std::string& l : links)
    s += "<item><title>T</title><link>" + l + "</link></item>";
  return s + "</channel></rss>";
}

std::string Page(const std::string& headline,
                 const std::vector<std::string>& paras) {
  std::string s = "<html><head><title>" + headline +
                  "</title></head><body><article><h1>" + headline + "</h1>";
  for (const std::string& p : paras) s += "<p>" + p + "</p>";
  return s + "</article></body></html>";
}

const std::string kP1 =
    "Boris Johnson and his Russian counterpart Sergei Lavrov have sparred over "
    "the issue of "
    "alleged Russian meddling in the Brexit referendum during the first visit "
    "by a British "
    "foreign secretary to Moscow for five years.";
const std::string kP2 =
    "Lavrov made the latest in a series of blanket Russian denials over "
    "interference in western "
    "votes, and said Johnson himself had said there was no evidence.";
const std::string kP3 =
    "Johnson conceded that things are not easy between us at the moment, "
    "noting that Britain "
    "had issues with Russia's actions in Ukraine, the western Balkans and "
    "cyberspace.";

class WatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = NewMemoryStore();
    http_.Respond("https://g.com/robots.txt", StatusOnly(404));
  }
  void AddSource(SourceSpec spec) {
    auto id = watch::AddSource(*store_, "guardian", spec, clock_.Now());
    ASSERT_TRUE(id.ok()) << id.status().message();
  }
  // Runs the watcher until nothing is due now and nothing is in flight.
  void RunNow(Watcher& w) {
    for (int i = 0; i < 100; ++i) {
      ASSERT_TRUE(w.Step(0).ok());
      auto st = store_->GetScheduleStatus(clock_.Now());
      if (w.Idle() && st->due == 0) return;
      clock_.Advance(1);  // lets the per-host delay pass
    }
    FAIL() << "the watcher did not settle";
  }
  int Versions(const std::string& url) {
    auto a = store_->FindArticle(url);
    return a.ok() ? a->version_count : 0;
  }

  FakeClock clock_{1500000000};
  FakeHttpClient http_;
  std::unique_ptr<Store> store_;
};

TEST_F(WatcherTest, FollowsAFeedToItsArticlesAndRecordsTheirVersions) {
  http_.Respond("https://g.com/rss",
                Ok(Rss({"https://g.com/a?utm_source=rss", "https://g.com/b",
                        "https://g.com/live/c"}),
                   "", "application/rss+xml"));
  http_.Respond("https://g.com/a",
                Ok(Page("Johnson in Moscow", {kP1}), "\"a1\""));
  http_.Respond("https://g.com/b", Ok(Page("Lavrov denies", {kP2, kP3})));
  SourceSpec spec;
  spec.feeds = {"https://g.com/rss"};
  spec.exclude = {"/live/"};
  AddSource(spec);
  Watcher w(*store_, http_, clock_);
  RunNow(w);
  EXPECT_EQ(Versions("https://g.com/a"), 1);
  EXPECT_EQ(Versions("https://g.com/b"), 1);
  EXPECT_FALSE(
      store_->ScheduledUrl("https://g.com/live/c")->has_value());  // excluded
  EXPECT_EQ(w.counters().changed, 2);
  EXPECT_EQ(w.counters().discovered, 2);
  auto a = *store_->ScheduledUrl("https://g.com/a").value();
  EXPECT_EQ(a.etag, "\"a1\"");
  EXPECT_EQ(a.interval, 1800);
  EXPECT_EQ(a.next_check, a.last_check + 1800);
  // robots.txt was asked for once for the host, before anything else.
  ASSERT_FALSE(http_.requests().empty());
  EXPECT_EQ(http_.requests()[0].url, "https://g.com/robots.txt");

  // Half an hour later: a is unchanged (304, asked with its ETag), b was
  // edited.
  http_.Respond("https://g.com/a", StatusOnly(304));
  http_.Respond("https://g.com/b", Ok(Page("Lavrov denies", {kP2, kP3, kP1})));
  clock_.Advance(1800);
  RunNow(w);
  EXPECT_EQ(Versions("https://g.com/a"), 1);
  EXPECT_EQ(Versions("https://g.com/b"), 2);
  bool conditional = false;
  for (const HttpRequest& r : http_.requests())
    conditional |= r.url == "https://g.com/a" && r.if_none_match == "\"a1\"";
  EXPECT_TRUE(conditional);
  EXPECT_EQ((*store_->ScheduledUrl("https://g.com/a"))->interval,
            2160);  // stretched
  EXPECT_EQ((*store_->ScheduledUrl("https://g.com/b"))->interval,
            1800);  // reset
}

TEST_F(WatcherTest, ThePageServedAgainByteForByteIsNotExtractedAgain) {
  const std::string page = Page("Johnson in Moscow", {kP1, kP2});
  http_.Respond("https://g.com/a", Ok(page));  // no validators: always 200
  SourceSpec spec;
  spec.urls = {"https://g.com/a"};
  AddSource(spec);
  Watcher w(*store_, http_, clock_);
  RunNow(w);
  ASSERT_EQ(Versions("https://g.com/a"), 1);
  const uint64_t key = (*store_->ScheduledUrl("https://g.com/a"))->body_hash;
  EXPECT_NE(key, 0u);

  clock_.Advance(1800);
  RunNow(w);
  EXPECT_EQ(w.counters().same_body, 1);
  EXPECT_EQ(Versions("https://g.com/a"), 1);
  auto row = *store_->ScheduledUrl("https://g.com/a").value();
  EXPECT_EQ(row.interval, 2160);  // an unchanged check: stretched
  EXPECT_EQ(row.body_hash, key);

  // One byte more is read and extracted: a new version.
  http_.Respond("https://g.com/a", Ok(Page("Johnson in Moscow", {kP1, kP3})));
  clock_.Advance(2160);
  RunNow(w);
  EXPECT_EQ(w.counters().same_body, 1);
  EXPECT_EQ(Versions("https://g.com/a"), 2);
  EXPECT_NE((*store_->ScheduledUrl("https://g.com/a"))->body_hash, key);

  // A failure forgets the hash: the page after it is read afresh.
  http_.Respond("https://g.com/a", StatusOnly(500));
  clock_.Advance(1800);
  RunNow(w);
  EXPECT_EQ((*store_->ScheduledUrl("https://g.com/a"))->body_hash, 0u);
  http_.Respond("https://g.com/a", Ok(Page("Johnson in Moscow", {kP1, kP3})));
  clock_.Advance(86400);
  RunNow(w);
  EXPECT_EQ(w.counters().same_body, 1);
  EXPECT_EQ(Versions("https://g.com/a"), 2);
}

TEST_F(WatcherTest, NewSiteRulesReadAnUnchangedPageAgain) {
  const std::string page =
      "<html><body><article><h1>Johnson in Moscow</h1><p>" + kP1 +
      "</p><p class=aside2>" + kP2 + "</p></article></body></html>";
  http_.Respond("https://g.com/a", Ok(page));
  SourceSpec spec;
  spec.urls = {"https://g.com/a"};
  AddSource(spec);
  {
    Watcher w(*store_, http_, clock_);
    RunNow(w);
  }
  ASSERT_EQ(Versions("https://g.com/a"), 1);
  SiteRules rules;
  rules.rules.push_back({"g.com", {}, {".aside2"}});
  WatchOptions options;
  options.rules = &rules;
  Watcher w(*store_, http_, clock_, options);
  clock_.Advance(1800);
  RunNow(w);
  EXPECT_EQ(w.counters().same_body, 0);
  EXPECT_EQ(Versions("https://g.com/a"), 2);  // the dropped paragraph is gone
  clock_.Advance(2160);
  RunNow(w);
  EXPECT_EQ(w.counters().same_body, 1);
}

TEST_F(WatcherTest, RemovedPagesAndWallsAreEventsNotVersions) {
  http_.Respond("https://g.com/a", Ok(Page("Johnson in Moscow", {kP1})));
  SourceSpec spec;
  spec.urls = {"https://g.com/a"};
  AddSource(spec);
  Watcher w(*store_, http_, clock_);
  RunNow(w);
  ASSERT_EQ(Versions("https://g.com/a"), 1);

  http_.Respond("https://g.com/a", StatusOnly(404));
  clock_.Advance(1800);
  RunNow(w);
  EXPECT_EQ((*store_->ScheduledUrl("https://g.com/a"))->state,
            ScheduleState::kRemoved);
  auto events = store_->RecentEvents(10);
  ASSERT_FALSE(events->empty());
  EXPECT_EQ((*events)[0].kind, EventKind::kRemoved);

  // It comes back behind a paywall: restored, but the wall is no version.
  http_.Respond("https://g.com/a",
                Ok("<html><body><article><p>Boris Johnson has begun "
                   "talks.</p><p>Subscribe to "
                   "continue reading.</p></article></body></html>"));
  clock_.Advance(86400);
  RunNow(w);
  EXPECT_EQ(Versions("https://g.com/a"), 1);
  events = store_->RecentEvents(10);
  ASSERT_GE(events->size(), 2u);
  EXPECT_EQ((*events)[0].kind, EventKind::kRejected);
  EXPECT_THAT((*events)[0].detail, HasSubstr("paywall"));
  EXPECT_EQ(w.counters().rejected, 1);
  // The same wall again: no second event.
  clock_.Advance(86400);
  RunNow(w);
  EXPECT_EQ(store_->RecentEvents(10)->size(), events->size());
}

TEST_F(WatcherTest, RobotsTxtIsHonouredUnlessTheSourceSaysOtherwise) {
  http_.Respond("https://h.com/robots.txt",
                Ok("User-agent: *\nDisallow: /private/\n", "", "text/plain"));
  http_.Respond("https://h.com/private/a", Ok(Page("Secret", {kP1})));
  http_.Respond("https://h.com/public/b", Ok(Page("Open", {kP2, kP3})));
  SourceSpec spec;
  spec.urls = {"https://h.com/private/a", "https://h.com/public/b"};
  AddSource(spec);
  Watcher w(*store_, http_, clock_);
  RunNow(w);
  EXPECT_EQ(Versions("https://h.com/private/a"), 0);
  EXPECT_EQ(Versions("https://h.com/public/b"), 1);
  EXPECT_EQ(w.counters().disallowed, 1);
  for (const HttpRequest& r : http_.requests())
    EXPECT_NE(r.url, "https://h.com/private/a");
  EXPECT_THAT((*store_->ScheduledUrl("https://h.com/private/a"))->last_error,
              HasSubstr("robots.txt"));
  // A source added with robots.txt off is fetched anyway.
  http_.Respond("https://h.com/private/c", Ok(Page("Allowed", {kP1, kP2})));
  SourceSpec own;
  own.urls = {"https://h.com/private/c"};
  own.robots = false;
  ASSERT_TRUE(watch::AddSource(*store_, "own", own, clock_.Now()).ok());
  Watcher w2(*store_, http_, clock_);
  RunNow(w2);
  EXPECT_EQ(Versions("https://h.com/private/c"), 1);
}

TEST_F(WatcherTest, FailuresBackOffAndKeepTheirReason) {
  HttpResponse down;
  down.status = Status(ErrorCode::kNetwork, "connection reset by peer");
  http_.Respond("https://g.com/a", down);
  SourceSpec spec;
  spec.urls = {"https://g.com/a"};
  AddSource(spec);
  Watcher w(*store_, http_, clock_);
  RunNow(w);
  auto row = *store_->ScheduledUrl("https://g.com/a").value();
  EXPECT_EQ(row.failures, 1);
  EXPECT_EQ(row.last_error, "connection reset by peer");
  EXPECT_EQ(row.next_check,
            clock_.Now() + 300 - (clock_.Now() - row.last_check));
  EXPECT_EQ(w.counters().failed, 1);
  // A 503 with Retry-After pushes the next check out.
  HttpResponse busy = StatusOnly(503);
  busy.retry_after_seconds = 7200;
  http_.Respond("https://g.com/a", busy);
  clock_.Advance(400);
  RunNow(w);
  row = *store_->ScheduledUrl("https://g.com/a").value();
  EXPECT_EQ(row.next_check - row.last_check, 7200);
}

TEST_F(WatcherTest, ManyArticlesOnOneHostArePaced) {
  std::vector<std::string> links;
  for (int i = 0; i < 10; ++i) {
    links.push_back("https://g.com/n" + std::to_string(i));
    http_.Respond(links.back(),
                  Ok(Page("Story " + std::to_string(i), {kP1, kP2})));
  }
  http_.Respond("https://g.com/rss", Ok(Rss(links), "", "application/rss+xml"));
  SourceSpec spec;
  spec.feeds = {"https://g.com/rss"};
  AddSource(spec);
  WatchOptions opt;
  opt.per_host = 2;
  opt.host_delay_ms = 2000;
  Watcher w(*store_, http_, clock_, opt);
  RunNow(w);
  for (const std::string& l : links) EXPECT_EQ(Versions(l), 1) << l;
  // With 2 s between starts, 12 requests (robots, feed, 10 pages) took
  // at least 22 s of (fake) time.
  EXPECT_GE(clock_.Now() - 1500000000, 22);
}

TEST_F(WatcherTest, DrainingFinishesWhatIsInFlightAndClaimsNothingNew) {
  http_.Respond("https://g.com/a", Ok(Page("Johnson in Moscow", {kP1})));
  SourceSpec spec;
  spec.urls = {"https://g.com/a"};
  AddSource(spec);
  Watcher w(*store_, http_, clock_);
  w.Drain();
  ASSERT_TRUE(w.Step(0).ok());
  EXPECT_TRUE(w.Idle());
  EXPECT_EQ(store_->GetScheduleStatus(clock_.Now())->due,
            1);  // untouched, still due
}

}  // namespace
}  // namespace stet::watch
