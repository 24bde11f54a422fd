// Time: the clock seam and ISO 8601 parsing/formatting.
//
// Code that needs "now" takes a Clock& so tests can fake it (no sleeping).
//
// Thread-safety: SystemClock is stateless; FakeClock is not synchronised.
#ifndef STET_TIME_H_
#define STET_TIME_H_

#include <string>
#include <string_view>

#include "stet/model.h"
#include "stet/result.h"

namespace stet {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  Timestamp Now() const override;
};

// A clock that only moves when told to.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(Timestamp start = 1500000000) : now_(start) {}
  Timestamp Now() const override { return now_; }
  void Advance(Timestamp seconds) { now_ += seconds; }
  void Set(Timestamp t) { now_ = t; }

 private:
  Timestamp now_;
};

// Parses ISO 8601 / RFC 3339 date-times: "2017-12-22T09:30:00Z",
// "2017-12-22T09:30:00+01:00", "2017-12-22 09:30", "2017-12-22" (midnight
// UTC), fractional seconds ignored. A time without a zone is taken as UTC.
// Also accepts an integer count of seconds since the epoch.
Result<Timestamp> ParseTime(std::string_view text);

// A time as a document states it: the instant, and the UTC offset it was
// written in, so "09:30+01:00" can be shown as the publisher wrote it.
struct ZonedTime {
  Timestamp utc = 0;
  int offset_minutes = 0;
  bool has_offset = false;  // false: the text gave no zone (taken as UTC)
  bool operator==(const ZonedTime&) const = default;
};

// As ParseTime(), keeping the offset the text was written in.
Result<ZonedTime> ParseZonedTime(std::string_view text);

// Lenient, for dates as pages and feeds write them: everything
// ParseZonedTime() takes, RFC 822/1123 ("Fri, 22 Dec 2017 09:30:00 +0100",
// zone names GMT/UTC/UT/Z/EST/EDT/CST/CDT/MST/MDT/PST/PDT/BST/CET/CEST),
// and day-month-year words ("22 December 2017 09:30", "December 22, 2017").
Result<ZonedTime> ParseLooseTime(std::string_view text);

// "2017-12-22T09:30:00Z".
std::string FormatTime(Timestamp t);

// In its own offset: "2017-12-22T09:30:00+01:00" (or "...Z" for UTC or no
// zone).
std::string FormatZonedTime(const ZonedTime& t);

// "about 2 hours later" style gap between two times ("5 minutes", "3 days").
std::string DescribeGap(Timestamp seconds);

}  // namespace stet

#endif  // STET_TIME_H_
