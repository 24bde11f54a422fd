// The re-check schedule, run over simulated months with a fake clock.
#include "watch/schedule.h"

#include <gtest/gtest.h>

namespace stet::watch {
namespace {

const ScheduleConfig kConfig;

CheckResult Res(CheckKind kind, int status, int64_t retry_after = -1,
                std::string error = "") {
  CheckResult r;
  r.kind = kind;
  r.http_status = status;
  r.retry_after = retry_after;
  r.error = std::move(error);
  return r;
}

Scheduled Article(Timestamp now) {
  return FirstSchedule("https://example.com/a", 1, ScheduleKind::kArticle, now,
                       kConfig);
}

TEST(ScheduleTest, NewUrlsAreDueAtOnce) {
  Scheduled a = Article(1000);
  EXPECT_EQ(a.next_check, 1000);
  EXPECT_EQ(a.interval, 30 * 60);
  Scheduled f = FirstSchedule("https://example.com/rss", 1, ScheduleKind::kFeed,
                              1000, kConfig);
  EXPECT_EQ(f.interval, 15 * 60);
}

TEST(ScheduleTest, ChecksThinOutWhileNothingChanges) {
  Scheduled r = Article(0);
  Timestamp now = 0;
  std::vector<int64_t> intervals;
  for (int i = 0; i < 4; ++i) {
    r = Advance(r, Res(CheckKind::kUnchanged, 200), now, kConfig).row;
    intervals.push_back(r.interval);
    now = r.next_check;
  }
  EXPECT_EQ(intervals,
            (std::vector<int64_t>{2160, 2592, 3110, 3732}));  // x1.2 each
  // A change brings the pace back to 30 minutes.
  Advanced changed = Advance(r, Res(CheckKind::kChanged, 200), now, kConfig);
  EXPECT_EQ(changed.row.interval, 1800);
  EXPECT_EQ(changed.row.next_check, now + 1800);
  EXPECT_EQ(changed.row.changes, 1);
  EXPECT_EQ(changed.row.last_change, now);
  EXPECT_FALSE(changed.event.has_value());
}

TEST(ScheduleTest, AnArticleLeftAloneFinishesAfterTheLimit) {
  // Months of schedule in microseconds: count the checks until finished.
  Scheduled r = Article(0);
  Timestamp now = 0;
  int checks = 0;
  std::optional<WatchEvent> last_event;
  while (r.state == ScheduleState::kActive && checks < 10000) {
    Advanced a = Advance(r, Res(CheckKind::kUnchanged, 304), now, kConfig);
    r = a.row;
    if (a.event) last_event = a.event;
    ++checks;
    now = r.next_check;
  }
  EXPECT_EQ(r.state, ScheduleState::kFinished);
  ASSERT_TRUE(last_event.has_value());
  EXPECT_EQ(last_event->kind, EventKind::kFinished);
  EXPECT_GT(r.interval, kConfig.max_interval);
  // 1800 * 1.2^n passes 40 days after about 40 checks, some 7 months out.
  EXPECT_GE(checks, 38);
  EXPECT_LE(checks, 42);
  EXPECT_GT(now, 150 * 86400);
  EXPECT_LT(now, 300 * 86400);
}

TEST(ScheduleTest, RemovedPagesAreWatchedRarelyAndCanComeBack) {
  Scheduled r = Article(0);
  Advanced gone = Advance(r, Res(CheckKind::kGone, 404), 100, kConfig);
  EXPECT_EQ(gone.row.state, ScheduleState::kRemoved);
  ASSERT_TRUE(gone.event.has_value());
  EXPECT_EQ(gone.event->kind, EventKind::kRemoved);
  EXPECT_EQ(gone.event->detail, "the page answers 404");
  EXPECT_EQ(gone.row.next_check, 100 + 86400);
  // Still gone: no new event.
  Advanced still =
      Advance(gone.row, Res(CheckKind::kGone, 410), 100 + 86400, kConfig);
  EXPECT_FALSE(still.event.has_value());
  // Back: restored, at the fast pace again.
  Advanced back =
      Advance(still.row, Res(CheckKind::kUnchanged, 200), 200000, kConfig);
  EXPECT_EQ(back.row.state, ScheduleState::kActive);
  ASSERT_TRUE(back.event.has_value());
  EXPECT_EQ(back.event->kind, EventKind::kRestored);
  EXPECT_EQ(back.row.interval, 1800);
  // Gone for good: after 30 days of 404s it is finished.
  Scheduled g = gone.row;
  Timestamp now = 100;
  while (g.state == ScheduleState::kRemoved) {
    now = g.next_check;
    g = Advance(g, Res(CheckKind::kGone, 404), now, kConfig).row;
  }
  EXPECT_EQ(g.state, ScheduleState::kFinished);
  EXPECT_GE(now - 100, kConfig.removed_give_up);
}

TEST(ScheduleTest, FailuresBackOffWithoutEndingTheWatch) {
  Scheduled r = Article(0);
  r.interval = 7200;
  std::vector<int64_t> waits;
  Timestamp now = 0;
  for (int i = 0; i < 9; ++i) {
    Advanced a =
        Advance(r, Res(CheckKind::kFailed, 500, -1, "HTTP 500"), now, kConfig);
    waits.push_back(a.row.next_check - now);
    now = a.row.next_check;
    r = a.row;
  }
  EXPECT_EQ(waits, (std::vector<int64_t>{300, 600, 1200, 2400, 4800, 9600,
                                         19200, 21600, 21600}));
  EXPECT_EQ(r.failures, 9);
  EXPECT_EQ(r.interval, 7200);  // unchanged by failures
  EXPECT_EQ(r.state, ScheduleState::kActive);
  EXPECT_EQ(r.last_error, "HTTP 500");
  // A success clears the failures.
  r = Advance(r, Res(CheckKind::kUnchanged, 200), now, kConfig).row;
  EXPECT_EQ(r.failures, 0);
  EXPECT_EQ(r.last_error, "");
}

TEST(ScheduleTest, RetryAfterIsHonoured) {
  Scheduled r = Article(0);
  Advanced a = Advance(r, Res(CheckKind::kThrottled, 429, 3600, "HTTP 429"), 10,
                       kConfig);
  EXPECT_EQ(a.row.next_check, 10 + 3600);
  Advanced b =
      Advance(r, Res(CheckKind::kThrottled, 503, 5, "HTTP 503"), 10, kConfig);
  EXPECT_EQ(b.row.next_check, 10 + 300);  // never sooner than our own back-off
}

TEST(ScheduleTest, FeedsKeepAFixedPace) {
  Scheduled f = FirstSchedule("https://example.com/rss", 1, ScheduleKind::kFeed,
                              0, kConfig);
  for (int i = 0; i < 100; ++i)
    f = Advance(f, Res(CheckKind::kUnchanged, 304), f.next_check, kConfig).row;
  EXPECT_EQ(f.state, ScheduleState::kActive);
  EXPECT_EQ(f.interval, 900);
}

}  // namespace
}  // namespace stet::watch
