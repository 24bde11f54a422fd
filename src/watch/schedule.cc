#include "watch/schedule.h"

#include <algorithm>
#include <cmath>

namespace stet::watch {

Scheduled FirstSchedule(std::string url, int64_t source_id, ScheduleKind kind,
                        Timestamp now, const ScheduleConfig& config) {
  Scheduled r;
  r.url = std::move(url);
  r.source_id = source_id;
  r.kind = kind;
  r.state = ScheduleState::kActive;
  r.added_at = now;
  r.next_check = now;
  r.interval = kind == ScheduleKind::kArticle ? config.after_change
                                              : config.feed_interval;
  return r;
}

Advanced Advance(const Scheduled& row, const CheckResult& result, Timestamp now,
                 const ScheduleConfig& c) {
  Advanced out;
  Scheduled& r = out.row;
  r = row;
  r.checks += 1;
  r.last_check = now;
  r.last_status = result.http_status;
  const bool article = r.kind == ScheduleKind::kArticle;
  auto event = [&](EventKind k, std::string detail) {
    out.event = WatchEvent{r.url, now, k, std::move(detail)};
  };

  switch (result.kind) {
    case CheckKind::kFailed:
    case CheckKind::kThrottled: {
      r.failures += 1;
      r.last_error = result.error;
      // Exponential back-off from the first retry, capped; the interval
      // itself is kept, so a flaky server does not end an article's watch.
      int64_t wait = c.retry_after_failure;
      for (int i = 1; i < r.failures && wait < c.max_retry; ++i) wait *= 2;
      wait = std::min(wait, c.max_retry);
      if (result.retry_after >= 0) wait = std::max(wait, result.retry_after);
      r.next_check = now + wait;
      return out;
    }
    case CheckKind::kGone: {
      r.failures = 0;
      r.last_error.clear();
      if (r.state != ScheduleState::kRemoved) {
        r.state = ScheduleState::kRemoved;
        r.last_change = now;  // removal starts the give-up clock
        event(EventKind::kRemoved,
              "the page answers " + std::to_string(result.http_status));
      } else if (now - r.last_change >= c.removed_give_up) {
        r.state = ScheduleState::kFinished;
        event(EventKind::kFinished,
              "removed for " + std::to_string((now - r.last_change) / 86400) +
                  " days; no longer checked");
      }
      r.next_check = now + c.removed_interval;
      return out;
    }
    case CheckKind::kChanged:
    case CheckKind::kUnchanged:
      break;
  }

  r.failures = 0;
  r.last_error.clear();
  const bool came_back = r.state == ScheduleState::kRemoved;
  if (came_back) {
    r.state = ScheduleState::kActive;
    event(EventKind::kRestored, "the page answers again");
  }
  if (!article) {
    // Feeds keep a fixed pace: what changes there is the list, not the page.
    r.interval = c.feed_interval;
    r.next_check = now + r.interval;
    if (result.kind == CheckKind::kChanged) r.changes += 1, r.last_change = now;
    return out;
  }
  if (result.kind == CheckKind::kChanged || came_back) {
    if (result.kind == CheckKind::kChanged) {
      r.changes += 1;
      r.last_change = now;
    }
    r.interval = c.after_change;
  } else {
    r.interval = std::max<int64_t>(
        r.interval + 1, static_cast<int64_t>(std::llround(
                            static_cast<double>(r.interval) * c.backoff)));
    if (r.interval > c.max_interval) {
      r.state = ScheduleState::kFinished;
      if (!out.event)
        event(EventKind::kFinished,
              "unchanged for " +
                  std::to_string((now - std::max(r.last_change, r.added_at)) /
                                 86400) +
                  " days; no longer checked");
    }
  }
  r.next_check = now + r.interval;
  return out;
}

}  // namespace stet::watch
