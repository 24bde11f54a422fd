#include "watch/watcher.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>

#include "stet/feed.h"
#include "stet/url.h"

namespace stet::watch {
namespace {

// robots.txt copies are refreshed after a day (RFC 9309 suggests caching
// no longer than 24 hours).
constexpr int64_t kRobotsTtl = 86400;

bool IsChangeOutcome(RecordOutcome o) {
  return o == RecordOutcome::kNewArticle || o == RecordOutcome::kNewVersion ||
         o == RecordOutcome::kRevert;
}

std::string RegistrableHint(std::string host) {
  if (host.starts_with("www.")) host = host.substr(4);
  return host;
}

// A page's own canonical link is trusted to name the article only on the
// same site: a page cannot claim another site's article.
bool SameSite(const std::string& a, const std::string& b) {
  std::string ha = RegistrableHint(UrlHost(a)),
              hb = RegistrableHint(UrlHost(b));
  if (ha.empty() || hb.empty()) return false;
  return ha == hb || ha.ends_with("." + hb) || hb.ends_with("." + ha);
}

// What a page body will extract to depends on the body, the extractor and
// the site's rules: a body hash seeded with the other two names it, so a
// new extractor or edited rules read the page again. Never 0 (0: none).
uint64_t BodyKey(std::string_view body, const SiteRules* rules,
                 std::string_view url) {
  uint64_t seed = static_cast<uint64_t>(kExtractorVersion);
  if (const SiteRule* rule = rules ? rules->For(url) : nullptr) {
    auto mix = [&seed](std::string_view s) {
      seed = XXH3_64bits_withSeed(s.data(), s.size(), seed);
    };
    mix(rule->domain);
    for (const std::string& b : rule->body) mix(b);
    mix("\x1f");
    for (const std::string& d : rule->drop) mix(d);
  }
  uint64_t h = XXH3_64bits_withSeed(body.data(), body.size(), seed);
  return h == 0 ? 1 : h;
}

}  // namespace

Watcher::Watcher(Store& store, HttpClient& http, const Clock& clock,
                 WatchOptions options)
    : store_(store), http_(http), clock_(clock), options_(std::move(options)) {}

bool Watcher::Idle() const {
  return queue_.empty() && in_flight_ == 0 && done_.empty();
}

std::string Watcher::HostKey(const std::string& url) const {
  size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  size_t end = url.find('/', scheme + 3);
  return url.substr(0, end);  // "https://host[:port]"
}

Watcher::Host& Watcher::HostOf(const std::string& url) {
  return hosts_[HostKey(url)];
}

Result<const SourceSpec*> Watcher::Spec(int64_t source_id) {
  auto it = specs_.find(source_id);
  if (it != specs_.end()) return it->second.get();
  STET_ASSIGN_OR_RETURN(std::string config, store_.SourceConfig(source_id));
  STET_ASSIGN_OR_RETURN(SourceSpec spec, SourceSpecFromJson(config));
  if (source_names_.empty()) {
    STET_ASSIGN_OR_RETURN(std::vector<Source> all, store_.ListSources());
    for (const Source& s : all) source_names_[s.id] = s.name;
  }
  auto [pos, _] =
      specs_.emplace(source_id, std::make_unique<SourceSpec>(std::move(spec)));
  return pos->second.get();
}

Status Watcher::Claim() {
  if (draining_) return Status::Ok();
  const int room =
      options_.max_in_flight * 2 - static_cast<int>(queue_.size()) - in_flight_;
  if (room <= 0) return Status::Ok();
  STET_ASSIGN_OR_RETURN(
      std::vector<Scheduled> rows,
      store_.ClaimDue(clock_.Now(), std::min(room, options_.claim_batch),
                      options_.lease_seconds));
  for (Scheduled& r : rows) queue_.push_back(std::move(r));
  return Status::Ok();
}

void Watcher::FetchRobots(const std::string& key, const std::string& url,
                          bool allow_private) {
  Host& h = hosts_[key];
  h.robots_state = Host::Robots::kFetching;
  h.next_start_ms =
      NowMs() + options_.host_delay_ms;  // it counts for pacing too
  HttpRequest req;
  req.url = key + "/robots.txt";
  req.options = options_.fetch;
  req.options.allow_private_addresses = allow_private;
  req.options.max_body_bytes =
      std::max<int64_t>(req.options.max_body_bytes, RobotsTxt::kMaxBytes);
  ++h.active;
  ++in_flight_;
  (void)url;
  http_.Start(std::move(req), [this, key](HttpResponse resp) {
    Host& host = hosts_[key];
    --host.active;
    --in_flight_;
    host.robots = RobotsTxt::FromResponse(resp);
    host.robots_state = Host::Robots::kReady;
    host.robots_fetched_at = clock_.Now();
  });
}

void Watcher::StartReady() {
  const int64_t now_ms = NowMs();
  std::deque<Scheduled> waiting;
  while (!queue_.empty() && in_flight_ < options_.max_in_flight) {
    Scheduled row = std::move(queue_.front());
    queue_.pop_front();
    Result<const SourceSpec*> spec = Spec(row.source_id);
    const bool robots = spec.ok() ? (*spec)->robots : true;
    const bool allow_private = spec.ok() && (*spec)->allow_private;
    const std::string key = HostKey(row.url);
    Host& h = hosts_[key];
    if (robots && (h.robots_state == Host::Robots::kUnknown ||
                   (h.robots_state == Host::Robots::kReady &&
                    clock_.Now() - h.robots_fetched_at > kRobotsTtl))) {
      if (h.active < options_.per_host)
        FetchRobots(key, row.url, allow_private);
      waiting.push_back(std::move(row));
      continue;
    }
    if (robots && h.robots_state == Host::Robots::kFetching) {
      waiting.push_back(std::move(row));
      continue;
    }
    if (robots && !h.robots.Allowed(row.url, options_.robots_token)) {
      // Not fetched; its schedule moves on as after a failure, and the
      // reason is on the row for `stet status`.
      HttpResponse refused;
      refused.status =
          Status(ErrorCode::kDenied, "robots.txt disallows " + row.url);
      done_.emplace_back(std::move(row), std::move(refused));
      continue;
    }
    if (h.active >= options_.per_host || now_ms < h.next_start_ms) {
      waiting.push_back(std::move(row));
      continue;
    }
    int64_t delay_ms = options_.host_delay_ms;
    if (robots) {
      if (std::optional<double> d = h.robots.CrawlDelay(options_.robots_token))
        delay_ms = std::max<int64_t>(
            delay_ms, static_cast<int64_t>(
                          std::min(*d, options_.max_crawl_delay) * 1000));
    }
    h.next_start_ms = now_ms + delay_ms;
    ++h.active;
    ++in_flight_;
    HttpRequest req;
    req.url = row.url;
    req.if_none_match = row.etag;
    req.if_modified_since = row.last_modified;
    req.options = options_.fetch;
    req.options.allow_private_addresses = allow_private;
    http_.Start(std::move(req), [this, key, row](HttpResponse resp) {
      --hosts_[key].active;
      --in_flight_;
      done_.emplace_back(row, std::move(resp));
    });
  }
  // What could not start keeps its place, ahead of newer claims.
  while (!waiting.empty()) {
    queue_.push_front(std::move(waiting.back()));
    waiting.pop_back();
  }
}

Status Watcher::Step(int poll_ms) {
  STET_RETURN_IF_ERROR(Claim());
  StartReady();
  if (in_flight_ > 0) http_.Poll(poll_ms);
  while (!done_.empty()) {
    auto [row, resp] = std::move(done_.front());
    done_.pop_front();
    STET_RETURN_IF_ERROR(Finish(row, resp));
  }
  StartReady();
  return Status::Ok();
}

Status Watcher::Commit(CheckOutcome outcome, const CheckResult& result) {
  (void)result;
  STET_ASSIGN_OR_RETURN(std::optional<RecordResult> recorded,
                        store_.CommitCheck(outcome, options_.record));
  ++counters_.checked;
  const bool changed = recorded && IsChangeOutcome(recorded->outcome);
  if (changed) ++counters_.changed;
  if (options_.on_commit) {
    // Report what the store kept: the changed-path row and event when the
    // observation was a change.
    if (changed && outcome.next_if_changed) {
      outcome.next = *outcome.next_if_changed;
      outcome.event = outcome.event_if_changed;
    }
    options_.on_commit(outcome, recorded);
  }
  return Status::Ok();
}

Status Watcher::Finish(const Scheduled& row, const HttpResponse& resp) {
  const Timestamp now = clock_.Now();
  Result<const SourceSpec*> spec_or = Spec(row.source_id);
  SourceSpec fallback;
  const SourceSpec& spec = spec_or.ok() ? **spec_or : fallback;
  const ScheduleConfig& config = spec.schedule;

  CheckResult result;
  result.http_status = resp.http_status;
  CheckOutcome out;
  auto advance = [&](CheckKind kind) {
    result.kind = kind;
    Advanced a = Advance(row, result, now, config);
    out.next = a.row;
    out.event = a.event;
    // Only a page read now (below) or a 304 keeps a body hash: after a
    // failure the next 200 is read afresh.
    out.next.body_hash = 0;
    // Validators for the next conditional request.
    if (resp.status.ok() && resp.http_status == 200) {
      out.next.etag = resp.etag;
      out.next.last_modified = resp.last_modified;
    }
  };

  // Transport failures and refusals.
  if (!resp.status.ok()) {
    result.error = resp.status.message();
    if (resp.status.code() == ErrorCode::kDenied &&
        resp.status.message().starts_with("robots.txt"))
      ++counters_.disallowed;
    else
      ++counters_.failed;
    advance(CheckKind::kFailed);
    if (row.failures == 0 && row.kind != ScheduleKind::kArticle)
      out.event = WatchEvent{row.url, now, EventKind::kFailed, result.error};
    return Commit(std::move(out), result);
  }
  const int st = resp.http_status;
  if (st == 304) {
    ++counters_.unchanged;
    ++counters_.not_modified;
    advance(CheckKind::kUnchanged);
    out.next.etag = row.etag;
    out.next.last_modified = row.last_modified;
    out.next.body_hash = row.body_hash;
    return Commit(std::move(out), result);
  }
  if (st == 404 || st == 410) {
    ++counters_.removed;
    advance(CheckKind::kGone);
    return Commit(std::move(out), result);
  }
  if (st == 429 || st == 503) {
    ++counters_.failed;
    result.retry_after = resp.retry_after_seconds;
    result.error = "HTTP " + std::to_string(st);
    advance(CheckKind::kThrottled);
    return Commit(std::move(out), result);
  }
  if (st < 200 || st >= 300) {
    ++counters_.failed;
    result.error = "HTTP " + std::to_string(st);
    advance(CheckKind::kFailed);
    return Commit(std::move(out), result);
  }

  // 2xx: a feed lists articles; an article page may be a new version.
  if (row.kind != ScheduleKind::kArticle) {
    Result<ParsedFeed> feed =
        ParseFeed(resp.body, resp.final_url.empty() ? row.url : resp.final_url);
    if (!feed.ok()) {
      ++counters_.failed;
      result.error = feed.status().message();
      advance(CheckKind::kFailed);
      out.event = WatchEvent{row.url, now, EventKind::kFailed, result.error};
      return Commit(std::move(out), result);
    }
    advance(CheckKind::kUnchanged);
    for (const FeedItem& item : feed->items) {
      Result<std::string> url = CanonicalUrl(item.url);
      if (!url.ok() || !FollowsUrl(spec, *url)) continue;
      ++counters_.discovered;
      out.discovered.push_back(FirstSchedule(
          *url, row.source_id, ScheduleKind::kArticle, now, config));
    }
    for (const ChildSitemap& child : feed->child_sitemaps) {
      Result<std::string> url = CanonicalUrl(child.url);
      if (url.ok())
        out.discovered.push_back(FirstSchedule(
            *url, row.source_id, ScheduleKind::kSitemap, now, config));
    }
    if (!feed->problems.empty() && row.failures == 0 && row.last_error.empty())
      out.next.last_error = DescribeProblem(feed->problems.front());
    return Commit(std::move(out), result);
  }

  ExtractOptions eo;
  eo.url = resp.final_url.empty() ? row.url : resp.final_url;
  // The same bytes as last time extract to the same text (or the same
  // refusal): known without extracting, as cheap as a 304. Pages without
  // validators that are served byte for byte the same are common.
  const uint64_t body_key = BodyKey(resp.body, options_.rules, eo.url);
  if (body_key == row.body_hash) {
    ++counters_.unchanged;
    ++counters_.same_body;
    advance(CheckKind::kUnchanged);
    out.next.body_hash = body_key;
    // A refused page is refused again (told once, when first refused).
    out.next.last_error = row.last_error;
    if (!row.last_error.empty()) ++counters_.rejected;
    return Commit(std::move(out), result);
  }
  eo.content_type = resp.content_type;
  eo.max_bytes =
      static_cast<size_t>(std::max<int64_t>(options_.fetch.max_body_bytes, 1));
  eo.rules = options_.rules;
  Result<ExtractedArticle> page = Extract(resp.body, eo);
  if (!page.ok() || page->kind != PageKind::kArticle) {
    ++counters_.rejected;
    ++counters_.unchanged;
    std::string why = page.ok() ? page->reason : page.status().message();
    advance(CheckKind::kUnchanged);
    out.next.last_error = why;
    out.next.body_hash = body_key;
    // Told once, not at every check of the same wall.
    if (row.last_error != why)
      out.event = WatchEvent{row.url, now, EventKind::kRejected, why};
    return Commit(std::move(out), result);
  }
  Observation obs;
  obs.url = row.url;
  // The page's own canonical link names the article, on the same site.
  if (!page->meta.canonical_url.empty() &&
      SameSite(page->meta.canonical_url, eo.url)) {
    Result<std::string> c = CanonicalUrl(page->meta.canonical_url);
    if (c.ok()) obs.url = *c;
  }
  auto name = source_names_.find(row.source_id);
  obs.source = name == source_names_.end() ? "" : name->second;
  obs.seen_at = now;
  obs.text = page->ToVersionText();
  obs.extractor_version = page->extractor_version;
  out.observation = std::move(obs);
  advance(CheckKind::kUnchanged);
  out.next.body_hash = body_key;
  Advanced changed =
      Advance(row, CheckResult{CheckKind::kChanged, st, -1, ""}, now, config);
  out.next_if_changed = changed.row;
  out.next_if_changed->body_hash = body_key;
  out.next_if_changed->etag = resp.etag;
  out.next_if_changed->last_modified = resp.last_modified;
  out.event_if_changed = changed.event;
  // A version read from another address than the one followed (a redirect)
  // says where it came from.
  if (!out.event_if_changed && !resp.final_url.empty()) {
    Result<std::string> final_url = CanonicalUrl(resp.final_url);
    if (final_url.ok() && *final_url != row.url)
      out.event_if_changed = WatchEvent{row.url, now, EventKind::kRedirected,
                                        "read from " + *final_url};
  }
  ++counters_.unchanged;  // corrected below if it was a change
  const int64_t before = counters_.changed;
  STET_RETURN_IF_ERROR(Commit(std::move(out), result));
  if (counters_.changed != before) --counters_.unchanged;
  return Status::Ok();
}

}  // namespace stet::watch
