#include "stet/time.h"

#include <gtest/gtest.h>

namespace stet {
namespace {

TEST(TimeTest, ParsesIso8601) {
  const std::pair<const char*, Timestamp> kCases[] = {
      {"1970-01-01T00:00:00Z", 0},
      {"2017-12-22T09:30:00Z", 1513935000},
      {"2017-12-22T10:30:00+01:00", 1513935000},
      {"2017-12-22T04:30:00-05:00", 1513935000},
      {"2017-12-22 09:30", 1513935000},
      {"2017-12-22T09:30:00.123Z", 1513935000},
      {"2017-12-22", 1513900800},
      {"1513935000", 1513935000},
      {"2020-02-29T00:00:00Z", 1582934400},
  };
  for (auto [text, want] : kCases) {
    auto t = ParseTime(text);
    ASSERT_TRUE(t.ok()) << text << ": " << t.status().message();
    EXPECT_EQ(*t, want) << text;
  }
}

TEST(TimeTest, RejectsGarbage) {
  for (const char* bad : {"", "yesterday", "2017-13-01", "2017-12-22T25:00",
                          "2017-12-22T09:30:00Q", "2017/12/22"}) {
    auto t = ParseTime(bad);
    EXPECT_FALSE(t.ok()) << bad;
    if (!t.ok()) EXPECT_EQ(t.status().code(), ErrorCode::kInvalidArgument);
  }
}

TEST(TimeTest, FormatRoundTrips) {
  EXPECT_EQ(FormatTime(1513935000), "2017-12-22T09:30:00Z");
  EXPECT_EQ(*ParseTime(FormatTime(1700000000)), 1700000000);
}

// Regression (found by fuzz/time_fuzz): years below 1000 were formatted
// with three digits and did not parse back.
TEST(TimeTest, EarlyYearsRoundTrip) {
  auto t = ParseTime("0217-12-22T09:30:00Z");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(FormatTime(*t), "0217-12-22T09:30:00Z");
}

TEST(TimeTest, DescribesGaps) {
  EXPECT_EQ(DescribeGap(7200), "about 2 hours");
  EXPECT_EQ(DescribeGap(60), "about 1 minute");
  EXPECT_EQ(DescribeGap(30), "less than a minute");
  EXPECT_EQ(DescribeGap(3 * 86400), "about 3 days");
}

TEST(TimeTest, FakeClockOnlyMovesWhenTold) {
  FakeClock c(100);
  EXPECT_EQ(c.Now(), 100);
  c.Advance(50);
  EXPECT_EQ(c.Now(), 150);
}

}  // namespace
}  // namespace stet

namespace stet {
namespace {

TEST(TimeTest, KeepsTheOffsetTheTextWasWrittenIn) {
  struct Case {
    const char* text;
    const char* utc;
    int offset;
    bool has_offset;
    const char* shown;
  } cases[] = {
      {"2017-12-22T09:30:00+01:00", "2017-12-22T08:30:00Z", 60, true,
       "2017-12-22T09:30:00+01:00"},
      {"2017-12-22T09:30:00-05:30", "2017-12-22T15:00:00Z", -330, true,
       "2017-12-22T09:30:00-05:30"},
      {"2017-12-22T09:30:00Z", "2017-12-22T09:30:00Z", 0, true,
       "2017-12-22T09:30:00Z"},
      {"2017-12-22T09:30", "2017-12-22T09:30:00Z", 0, false,
       "2017-12-22T09:30:00Z"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    auto z = ParseZonedTime(c.text);
    ASSERT_TRUE(z.ok()) << z.status().message();
    EXPECT_EQ(FormatTime(z->utc), c.utc);
    EXPECT_EQ(z->offset_minutes, c.offset);
    EXPECT_EQ(z->has_offset, c.has_offset);
    EXPECT_EQ(FormatZonedTime(*z), c.shown);
  }
  EXPECT_FALSE(ParseZonedTime("2017-12-22T09:30+25:00").ok());
}

TEST(TimeTest, LooseTimesAsPagesAndFeedsWriteThem) {
  struct Case {
    const char* text;
    const char* utc;  // nullptr: must be refused
  } cases[] = {
      {"Fri, 22 Dec 2017 09:30:00 +0100", "2017-12-22T08:30:00Z"},
      {"Fri, 22 Dec 2017 09:30:00 GMT", "2017-12-22T09:30:00Z"},
      {"22 Dec 2017 09:30 EST", "2017-12-22T14:30:00Z"},
      {"22 December 2017", "2017-12-22T00:00:00Z"},
      {"December 22, 2017", "2017-12-22T00:00:00Z"},
      {"December 22nd, 2017 2:05 pm", "2017-12-22T14:05:00Z"},
      {"Fri 22 Dec 2017 09.30 GMT", "2017-12-22T09:30:00Z"},
      {"2017-12-22T09:30:00Z", "2017-12-22T09:30:00Z"},
      {"yesterday", nullptr},
      {"December 2017", nullptr},
      {"32 December 2017", nullptr},
      {"", nullptr},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    auto z = ParseLooseTime(c.text);
    if (!c.utc) {
      EXPECT_FALSE(z.ok());
      continue;
    }
    ASSERT_TRUE(z.ok()) << z.status().message();
    EXPECT_EQ(FormatTime(z->utc), c.utc);
  }
}

}  // namespace
}  // namespace stet
