// The watcher: claims due URLs from the store, fetches them politely,
// reads feeds for new articles and article pages for new versions, and
// commits each check in one transaction with the schedule's next step.
//
// Stateless beyond the store: everything that must survive a restart (what
// is due, validators, versions, events) is committed per check; what a
// worker keeps in memory (robots.txt copies, per-host timing, source
// configurations) is a cache it can lose. Several workers, in one process
// or on several machines, share a store: leases keep them off each other's
// URLs.
//
// Thread-safety: one thread drives a Watcher (Step); the Store, HttpClient
// and Clock it is given are used from that thread only.
#ifndef STET_WATCH_WATCHER_H_
#define STET_WATCH_WATCHER_H_

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "stet/extract.h"
#include "stet/fetch.h"
#include "stet/robots.h"
#include "stet/store.h"
#include "stet/time.h"
#include "watch/source.h"

namespace stet::watch {

struct WatchOptions {
  int max_in_flight = 64;  // transfers at once; default 64
  int per_host = 2;        // transfers at once to one host; default 2
  int64_t host_delay_ms =
      1000;  // between request starts to one host; default 1 s
  double max_crawl_delay =
      30;  // cap on a robots.txt Crawl-delay, s; default 30
  int64_t lease_seconds =
      600;                // how long a claimed URL is ours; default 10 min
  int claim_batch = 256;  // URLs claimed per store round trip; default 256
  FetchOptions fetch;     // user agent, timeouts, size limit
  std::string robots_token = "stet";  // product token looked up in robots.txt
  const SiteRules* rules = nullptr;   // per-site extraction rules; may be null
  RecordOptions record;
  // Called after each committed check, with what was committed: for logs
  // and the status line. May be empty. Default: none.
  std::function<void(const CheckOutcome& committed,
                     const std::optional<RecordResult>& recorded)>
      on_commit;
};

struct WatchCounters {
  int64_t checked = 0;       // checks committed
  int64_t changed = 0;       // new articles, versions and reverts
  int64_t unchanged = 0;     // same text or 304
  int64_t not_modified = 0;  // of which 304
  int64_t same_body = 0;     // of which 200 with the last body, not extracted
  int64_t failed = 0;        // network errors, 5xx, throttling
  int64_t removed = 0;       // 404/410 answers
  int64_t rejected = 0;      // pages the extractor refused
  int64_t disallowed = 0;    // skipped for robots.txt
  int64_t discovered = 0;    // article URLs found in feeds (new or not)
};

class Watcher {
 public:
  Watcher(Store& store, HttpClient& http, const Clock& clock,
          WatchOptions options = {});

  // One round: claims due URLs while there is room, starts the transfers
  // politeness allows, runs the HTTP client for up to `poll_ms` and commits
  // the checks that finished. Fails only when the store does (the caller
  // stops; what was committed stays).
  Status Step(int poll_ms);
  // Checks `row` (a URL already scheduled) in the next Steps, whether due
  // or not: `stet check`. Use with Drain() to check only it.
  void Enqueue(Scheduled row) { queue_.push_front(std::move(row)); }
  // Stops claiming new work; Step() goes on finishing what is in flight.
  void Drain() { draining_ = true; }
  // Nothing queued, waiting or in flight.
  bool Idle() const;
  int InFlight() const { return in_flight_; }
  int Queued() const { return static_cast<int>(queue_.size()); }
  const WatchCounters& counters() const { return counters_; }

 private:
  struct Host {
    int active = 0;
    int64_t next_start_ms = 0;  // clock ms before which no request starts
    enum class Robots {
      kUnknown,
      kFetching,
      kReady
    } robots_state = Robots::kUnknown;
    RobotsTxt robots;
    int64_t robots_fetched_at = 0;
  };

  Status Claim();
  void StartReady();
  Result<const SourceSpec*> Spec(int64_t source_id);
  Host& HostOf(const std::string& url);
  std::string HostKey(const std::string& url) const;
  void FetchRobots(const std::string& key, const std::string& url,
                   bool allow_private);
  Status Finish(const Scheduled& row, const HttpResponse& response);
  Status Commit(CheckOutcome outcome, const CheckResult& kind);
  int64_t NowMs() const { return clock_.Now() * 1000; }

  Store& store_;
  HttpClient& http_;
  const Clock& clock_;
  WatchOptions options_;
  bool draining_ = false;
  int in_flight_ = 0;
  std::deque<Scheduled> queue_;  // claimed, not yet started
  std::map<std::string, Host> hosts_;
  std::map<int64_t, std::unique_ptr<SourceSpec>> specs_;
  std::map<int64_t, std::string> source_names_;
  std::deque<std::pair<Scheduled, HttpResponse>> done_;  // finished, to commit
  WatchCounters counters_;
};

}  // namespace stet::watch

#endif  // STET_WATCH_WATCHER_H_
