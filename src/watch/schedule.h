// The re-check schedule: when to look at a URL again after a check.
//
// Articles change most while they are young, so checks come often after a
// change and thin out while nothing happens: after a change the interval
// resets (default 30 minutes), after each unchanged check it stretches
// (default x1.2), and once it passes a limit (default 40 days) the article
// is finished and no longer checked. A page that answers 404/410 is marked
// removed and looked at rarely, in case it comes back. Failures back off
// exponentially without moving the interval, and a server's Retry-After is
// honoured. Pure functions of the row, the outcome and the time, so months
// of schedule are tested in microseconds.
//
// Thread-safety: stateless.
#ifndef STET_WATCH_SCHEDULE_H_
#define STET_WATCH_SCHEDULE_H_

#include <cstdint>
#include <optional>

#include "stet/store.h"

namespace stet::watch {

struct ScheduleConfig {
  int64_t after_change = 30 * 60;  // interval after a change; default 30 min
  double backoff = 1.2;            // stretch per unchanged check; default 1.2
  int64_t max_interval = 40 * 86400;  // finished beyond this; default 40 days
  int64_t feed_interval = 15 * 60;    // feeds and sitemaps; default 15 min
  int64_t removed_interval = 86400;   // removed pages; default daily
  int64_t retry_after_failure = 5 * 60;  // first retry; doubles; default 5 min
  int64_t max_retry = 6 * 3600;          // cap on failure back-off; default 6 h
  int64_t removed_give_up =
      30 * 86400;  // removed this long: finished; default 30 days
};

enum class CheckKind {
  kChanged,    // a new version (or the first) was recorded
  kUnchanged,  // same text, a 304, or a page the extractor refused
  kGone,       // 404 or 410
  kFailed,     // network error, 5xx, other unexpected status
  kThrottled,  // 429 or 503 with Retry-After
};

struct CheckResult {
  CheckKind kind = CheckKind::kUnchanged;
  int http_status = 0;
  int64_t retry_after = -1;  // seconds, from the server; -1 if none
  std::string error;         // for kFailed
};

// The row after a check at `now`, and the event the check means for users
// (removed, restored, finished), if any.
struct Advanced {
  Scheduled row;
  std::optional<WatchEvent> event;
};
Advanced Advance(const Scheduled& row, const CheckResult& result, Timestamp now,
                 const ScheduleConfig& config);

// A new row for a URL first seen at `now` (due at once).
Scheduled FirstSchedule(std::string url, int64_t source_id, ScheduleKind kind,
                        Timestamp now, const ScheduleConfig& config);

}  // namespace stet::watch

#endif  // STET_WATCH_SCHEDULE_H_
