// `stet watch` (the daemon), `stet check <url>` and `stet status`.
#include <fmt/format.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <deque>
#include <limits>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli/cli.h"
#include "stet/fetch.h"
#include "stet/url.h"
#include "watch/watcher.h"

namespace stet::cli {
namespace {

using nlohmann::json;

std::atomic<bool> g_stop{false};

void OnSignal(int) { g_stop = true; }

// SIGINT and SIGTERM ask the watcher to finish what is in flight and exit.
void CatchSignals() {
  struct sigaction sa {};
  sa.sa_handler = OnSignal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

Result<watch::WatchOptions> Options(Context& ctx) {
  watch::WatchOptions o;
  STET_ASSIGN_OR_RETURN(o.max_in_flight, ctx.args.GetInt("max-in-flight", 64));
  STET_ASSIGN_OR_RETURN(o.per_host, ctx.args.GetInt("per-host", 2));
  int delay;
  STET_ASSIGN_OR_RETURN(delay, ctx.args.GetInt("delay-ms", 1000));
  o.host_delay_ms = delay;
  if (o.max_in_flight < 1 || o.per_host < 1 || delay < 0)
    return InvalidArgument(
        "--max-in-flight and --per-host must be at least 1, --delay-ms at "
        "least 0");
  if (ctx.args.Has("user-agent"))
    o.fetch.user_agent = ctx.args.Get("user-agent");
  int lease;
  STET_ASSIGN_OR_RETURN(lease, ctx.args.GetInt("lease", 600));
  if (lease < 1) return InvalidArgument("--lease must be at least 1 second");
  o.lease_seconds = lease;
  return o;
}

// One line per committed check worth telling: new versions and events.
std::string LogLine(Context& ctx, Timestamp now, const CheckOutcome& c,
                    const std::optional<RecordResult>& r) {
  const bool changed = r && (r->outcome == RecordOutcome::kNewArticle ||
                             r->outcome == RecordOutcome::kNewVersion ||
                             r->outcome == RecordOutcome::kRevert);
  if (!changed && !c.event) return "";
  const std::string url = c.observation ? c.observation->url : c.next.url;
  if (ctx.json) {
    json j = {{"time", FormatTime(now)}, {"url", url}};
    if (changed) {
      j["outcome"] = RecordOutcomeName(r->outcome);
      j["article_id"] = r->article_id;
      j["version"] = r->version;
    }
    if (c.event) {
      j["event"] = EventKindName(c.event->kind);
      j["detail"] = c.event->detail;
    }
    return j.dump() + "\n";
  }
  std::string line = FormatTime(now);
  if (changed)
    line += fmt::format(" {} {} (article {}, version {})",
                        RecordOutcomeName(r->outcome), url, r->article_id,
                        r->version);
  if (c.event)
    line += fmt::format(" {} {}: {}", EventKindName(c.event->kind), c.next.url,
                        c.event->detail);
  return line + "\n";
}

// How often the watcher catches the search index up, and the most versions
// it indexes at a time (a few seconds' work), so checks are not held up.
constexpr Timestamp kIndexEverySeconds = 5;
constexpr int64_t kIndexStep = 5000;

Result<int> Watch(Context& ctx) {
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  STET_ASSIGN_OR_RETURN(watch::WatchOptions options, Options(ctx));
  STET_ASSIGN_OR_RETURN(std::unique_ptr<HttpClient> http, NewCurlHttpClient());
  const bool until_idle = ctx.args.Has("until-idle");
  const bool tty = isatty(STDERR_FILENO) && !ctx.json;
  std::deque<Timestamp> error_times;  // for errors per minute
  options.on_commit = [&](const CheckOutcome& c,
                          const std::optional<RecordResult>& r) {
    const Timestamp now = ctx.clock->Now();
    if (c.next.failures > 0) error_times.push_back(now);
    std::string line = LogLine(ctx, now, c, r);
    if (line.empty()) return;
    if (tty) std::fputs("\r\033[K", stderr);
    // Written and flushed after the commit: a logged version is stored.
    Print(ctx, line);
    std::fflush(ctx.out);
  };
  watch::Watcher watcher(*store, *http, *ctx.clock, options);
  CatchSignals();
  Timestamp last_status = 0;
  Timestamp last_index = 0;
  // The search index follows the versions this watcher records: caught up
  // every few seconds in bounded steps, and once more on the way out. A
  // failure there is reported, not fatal: the versions are safe, and the
  // next step (or any stet search) catches up.
  auto index = [&](int64_t most) {
    Result<int64_t> n = store->UpdateSearchIndex(most);
    if (!n.ok())
      std::fprintf(stderr, "stet watch: search index: %s\n",
                   n.status().message().c_str());
  };
  while (true) {
    if (g_stop) watcher.Drain();
    STET_RETURN_IF_ERROR(watcher.Step(200));
    const Timestamp now = ctx.clock->Now();
    if (now - last_index >= kIndexEverySeconds) {
      last_index = now;
      index(kIndexStep);
    }
    if (g_stop && watcher.Idle()) break;
    if (watcher.Idle()) {
      STET_ASSIGN_OR_RETURN(ScheduleStatus st, store->GetScheduleStatus(now));
      if (until_idle && st.due == 0 && st.leased == 0) break;
      if (st.due == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
    if (tty && now != last_status) {
      last_status = now;
      while (!error_times.empty() && error_times.front() < now - 60)
        error_times.pop_front();
      STET_ASSIGN_OR_RETURN(ScheduleStatus st, store->GetScheduleStatus(now));
      const watch::WatchCounters& n = watcher.counters();
      std::fprintf(stderr,
                   "\r\033[Kdue %lld, in flight %d, checked %lld, changed "
                   "%lld, errors %zu/min",
                   static_cast<long long>(st.due), watcher.InFlight(),
                   static_cast<long long>(n.checked),
                   static_cast<long long>(n.changed), error_times.size());
    }
  }
  index(std::numeric_limits<int64_t>::max());
  const watch::WatchCounters& n = watcher.counters();
  if (tty) std::fputs("\r\033[K", stderr);
  std::fprintf(
      stderr,
      "stet watch: stopped; checked %lld (changed %lld, unchanged %lld, failed "
      "%lld, "
      "removed %lld, rejected %lld), %lld articles found in feeds\n",
      static_cast<long long>(n.checked), static_cast<long long>(n.changed),
      static_cast<long long>(n.unchanged), static_cast<long long>(n.failed),
      static_cast<long long>(n.removed), static_cast<long long>(n.rejected),
      static_cast<long long>(n.discovered));
  return 0;
}

Result<int> Check(Context& ctx) {
  if (ctx.args.positional.size() != 1)
    return InvalidArgument("'stet check' needs one article URL");
  STET_ASSIGN_OR_RETURN(std::string url, CanonicalUrl(ctx.args.positional[0]));
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  STET_ASSIGN_OR_RETURN(watch::WatchOptions options, Options(ctx));
  const Timestamp now = ctx.clock->Now();
  STET_ASSIGN_OR_RETURN(std::optional<Scheduled> row, store->ScheduledUrl(url));
  if (!row) {
    // A URL never followed: it joins a source (by default named after its
    // host) and is followed from now on.
    std::string name = ctx.args.Get("source", UrlHost(url));
    STET_ASSIGN_OR_RETURN(std::vector<Source> sources, store->ListSources());
    auto it = std::find_if(sources.begin(), sources.end(),
                           [&](const Source& s) { return s.name == name; });
    int64_t id = 0;
    if (it != sources.end()) {
      id = it->id;
    } else {
      watch::SourceSpec spec;
      spec.urls = {url};
      spec.allow_private = ctx.args.Has("allow-private");
      STET_ASSIGN_OR_RETURN(id, watch::AddSource(*store, name, spec, now));
    }
    STET_ASSIGN_OR_RETURN(std::string config, store->SourceConfig(id));
    STET_ASSIGN_OR_RETURN(watch::SourceSpec spec,
                          watch::SourceSpecFromJson(config));
    STET_RETURN_IF_ERROR(
        store
            ->Schedule({watch::FirstSchedule(url, id, ScheduleKind::kArticle,
                                             now, spec.schedule)})
            .status());
    STET_ASSIGN_OR_RETURN(row, store->ScheduledUrl(url));
  }
  STET_ASSIGN_OR_RETURN(std::unique_ptr<HttpClient> http, NewCurlHttpClient());
  std::optional<CheckOutcome> committed;
  std::optional<RecordResult> recorded;
  options.on_commit = [&](const CheckOutcome& c,
                          const std::optional<RecordResult>& r) {
    committed = c;
    recorded = r;
  };
  watch::Watcher watcher(*store, *http, *ctx.clock, options);
  watcher.Drain();
  watcher.Enqueue(*row);
  while (!watcher.Idle()) STET_RETURN_IF_ERROR(watcher.Step(200));
  if (!committed) return Internal("the check of " + url + " did not complete");
  const Scheduled& next = committed->next;
  const std::string outcome =
      recorded ? std::string(RecordOutcomeName(recorded->outcome))
      : next.last_error.empty() ? "checked"
                                : "not recorded";
  if (ctx.json) {
    json j = {{"url", url},
              {"outcome", outcome},
              {"http_status", next.last_status},
              {"error", next.last_error},
              {"next_check", FormatTime(next.next_check)},
              {"state", ScheduleStateName(next.state)}};
    if (recorded) j["version"] = recorded->version;
    Print(ctx, j.dump(2) + "\n");
  } else {
    std::string line = fmt::format("{}: {}", url, outcome);
    if (recorded) line += fmt::format(" (version {})", recorded->version);
    if (next.last_status) line += fmt::format(", HTTP {}", next.last_status);
    if (!next.last_error.empty()) line += ": " + next.last_error;
    line += fmt::format("; next check {}\n", FormatTime(next.next_check));
    Print(ctx, line);
  }
  return next.failures > 0 ? 1 : 0;
}

Result<int> StatusCmd(Context& ctx) {
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  int limit;
  STET_ASSIGN_OR_RETURN(limit, ctx.args.GetInt("limit", 20));
  const Timestamp now = ctx.clock->Now();
  STET_ASSIGN_OR_RETURN(ScheduleStatus st, store->GetScheduleStatus(now));
  STET_ASSIGN_OR_RETURN(std::vector<WatchEvent> events,
                        store->RecentEvents(limit));
  STET_ASSIGN_OR_RETURN(StoreStats stats, store->Stats());
  if (ctx.json) {
    json ev = json::array();
    for (const WatchEvent& e : events)
      ev.push_back({{"url", e.url},
                    {"time", FormatTime(e.at)},
                    {"kind", EventKindName(e.kind)},
                    {"detail", e.detail}});
    Print(ctx, json{{"active", st.active},
                    {"finished", st.finished},
                    {"removed", st.removed},
                    {"due", st.due},
                    {"in_progress", st.leased},
                    {"next_due", st.next_due ? FormatTime(st.next_due) : ""},
                    {"checked_last_hour", st.checked_last_hour},
                    {"changed_last_hour", st.changed_last_hour},
                    {"articles", stats.articles},
                    {"versions", stats.versions},
                    {"events", ev}}
                       .dump(2) +
                   "\n");
    return 0;
  }
  std::string out = fmt::format(
      "followed: {} active, {} removed, {} finished; {} due now, {} being "
      "checked{}\n"
      "last hour: {} checked, {} changed\n"
      "stored: {} articles, {} versions\n",
      st.active, st.removed, st.finished, st.due, st.leased,
      st.next_due > now ? "; next due " + FormatTime(st.next_due) : "",
      st.checked_last_hour, st.changed_last_hour, stats.articles,
      stats.versions);
  if (!events.empty()) out += "\nrecent events:\n";
  for (const WatchEvent& e : events)
    out += fmt::format("  {}  {:<10} {}  {}\n", FormatTime(e.at),
                       EventKindName(e.kind), e.url, e.detail);
  Print(ctx, out);
  return 0;
}

const std::vector<OptionSpec>& FetchFlags() {
  static const std::vector<OptionSpec> kFlags = {
      {"max-in-flight", "N", "transfers at once (default 64)"},
      {"per-host", "N", "transfers at once to one host (default 2)"},
      {"delay-ms", "N", "between requests to one host, ms (default 1000)"},
      {"user-agent", "TEXT", "User-Agent sent (default: stet/0.1 and a link)"}};
  return kFlags;
}

}  // namespace

Command WatchCommand() {
  std::vector<OptionSpec> o = FetchFlags();
  o.push_back({"until-idle", "",
               "exit when nothing is due (default: run until SIGINT/SIGTERM)"});
  o.push_back({"lease", "SECONDS",
               "how long a claimed URL is this worker's; a worker killed "
               "mid-check delays "
               "its URLs this long (default 600)"});
  return {"watch", "",
          "follow the sources: find new articles, re-check them on schedule, "
          "record versions",
          o, Watch};
}

Command CheckCommand() {
  std::vector<OptionSpec> o = FetchFlags();
  o.push_back({"source", "NAME",
               "source for a URL not yet followed (default: its host)"});
  o.push_back({"allow-private", "",
               "allow a loopback or private address (default: refuse)"});
  return {"check", "<url>", "check one article now and record it if it changed",
          o, Check};
}

Command StatusCommand() {
  return {"status",
          "",
          "what the watcher follows, what is due, and what happened lately",
          {{"limit", "N", "recent events shown (default 20)"}},
          StatusCmd};
}

}  // namespace stet::cli
