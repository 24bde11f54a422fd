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

// "2017-12-22T09:30:00Z".
std::string FormatTime(Timestamp t);

// "about 2 hours later" style gap between two times ("5 minutes", "3 days").
std::string DescribeGap(Timestamp seconds);

}  // namespace stet

#endif  // STET_TIME_H_
