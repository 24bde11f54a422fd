// Store logic shared by every backend: what an observation means for the
// history (new version, revert, flip-flop, nothing), compression, summaries.
#include "stet/store.h"

#include <algorithm>
#include <charconv>

#include "stet/text.h"
#include "stet/time.h"
#include "store/codec.h"
#include "store/txn.h"

namespace stet {
namespace {

int64_t TextBytes(const VersionText& t, std::string_view body) {
  return static_cast<int64_t>(t.headline.size() + t.byline.size() +
                              body.size());
}

}  // namespace

Result<VersionText> LoadText(StoreTxn& t, int64_t content_id) {
  STET_ASSIGN_OR_RETURN(ContentRow row, t.Content(content_id));
  std::string prefix;
  if (row.base_id != 0) {
    STET_ASSIGN_OR_RETURN(ContentRow base, t.Content(row.base_id));
    STET_ASSIGN_OR_RETURN(prefix, codec::Decode(base.body, ""));
  }
  STET_ASSIGN_OR_RETURN(std::string raw, codec::Decode(row.body, prefix));
  VersionText v;
  v.headline = std::move(row.headline);
  v.byline = std::move(row.byline);
  v.paragraphs = codec::SplitBody(raw);
  return v;
}

namespace {

Status Validate(const Observation& o) {
  if (o.url.empty()) return InvalidArgument("observation has no URL");
  auto check = [](std::string_view what, std::string_view s) -> Status {
    if (!text::IsValidUtf8(s))
      return InvalidArgument(std::string(what) + " is not valid UTF-8");
    return Status::Ok();
  };
  STET_RETURN_IF_ERROR(check("URL", o.url));
  STET_RETURN_IF_ERROR(check("source", o.source));
  STET_RETURN_IF_ERROR(check("headline", o.text.headline));
  STET_RETURN_IF_ERROR(check("byline", o.text.byline));
  for (const auto& p : o.text.paragraphs)
    STET_RETURN_IF_ERROR(check("text", p));
  if (o.text.headline.empty() && o.text.paragraphs.empty())
    return InvalidArgument("article " + o.url + " has no headline and no text");
  return Status::Ok();
}

// Inserts `text` as a new content row of the article, compressed against the
// article's most recent standalone text when that makes it smaller.
Result<ContentRow> StoreContent(StoreTxn& t, int64_t article_id, uint64_t fp,
                                const VersionText& text,
                                const std::vector<VersionRow>& history) {
  ContentRow c;
  c.article_id = article_id;
  c.fingerprint = fp;
  c.headline = text.headline;
  c.byline = text.byline;
  std::string raw = codec::JoinBody(text.paragraphs);
  c.raw_bytes = TextBytes(text, raw);
  c.body = codec::Encode(raw, "");
  for (auto it = history.rbegin(); it != history.rend(); ++it) {
    if (it->content_base_id != 0) continue;
    STET_ASSIGN_OR_RETURN(ContentRow base, t.Content(it->content_id));
    STET_ASSIGN_OR_RETURN(std::string base_raw, codec::Decode(base.body, ""));
    std::string delta = codec::Encode(raw, base_raw);
    // Deltas cost an extra decode to read: only worth it when clearly
    // smaller.
    if (delta.size() * 10 < c.body.size() * 8) {
      c.body = std::move(delta);
      c.base_id = it->content_id;
    }
    break;
  }
  STET_ASSIGN_OR_RETURN(c.id, t.InsertContent(c));
  return c;
}

Result<RecordResult> RecordOne(StoreTxn& t, const Observation& obs,
                               const RecordOptions& opt) {
  STET_RETURN_IF_ERROR(Validate(obs));
  const uint64_t fp = text::ContentFingerprint(
      obs.text.headline, obs.text.byline, obs.text.paragraphs);
  RecordResult res;
  STET_ASSIGN_OR_RETURN(std::optional<ArticleRow> found,
                        t.ArticleByUrl(obs.url));

  if (!found) {
    ArticleRow a;
    a.url = obs.url;
    a.source = obs.source.empty() ? "unknown" : obs.source;
    STET_ASSIGN_OR_RETURN(a.source_id, t.EnsureSource(a.source, obs.seen_at));
    a.first_seen = a.last_seen = obs.seen_at;
    a.version_count = 1;
    a.headline = obs.text.headline;
    STET_ASSIGN_OR_RETURN(a.id, t.InsertArticle(a));
    STET_ASSIGN_OR_RETURN(ContentRow c,
                          StoreContent(t, a.id, fp, obs.text, {}));
    VersionRow v;
    v.info.article_id = a.id;
    v.info.number = 1;
    v.info.seen_at = v.info.last_seen = obs.seen_at;
    v.info.kind = VersionKind::kOriginal;
    v.info.extractor_version = obs.extractor_version;
    v.info.stored_bytes = static_cast<int64_t>(
        c.body.size() + c.headline.size() + c.byline.size());
    v.content_id = c.id;
    STET_RETURN_IF_ERROR(t.InsertVersion(v).status());
    res.outcome = RecordOutcome::kNewArticle;
    res.article_id = a.id;
    res.version = 1;
    res.stored_bytes = v.info.stored_bytes;
    return res;
  }

  ArticleRow a = std::move(*found);
  res.article_id = a.id;
  STET_ASSIGN_OR_RETURN(std::vector<VersionRow> history, t.Versions(a.id));
  if (history.empty()) return Corrupt("article " + a.url + " has no versions");
  const VersionRow& latest = history.back();
  res.version = latest.info.number;

  if (fp == latest.info.fingerprint) {
    // Seen again: note it (unless this is a replay of an older look).
    if (obs.seen_at > latest.info.last_seen) {
      STET_RETURN_IF_ERROR(t.UpdateVersionSeen(latest.info.id, obs.seen_at,
                                               latest.info.observations + 1));
      a.last_seen = std::max(a.last_seen, obs.seen_at);
    }
    a.pending_fp = 0;
    a.pending_count = 0;
    STET_RETURN_IF_ERROR(t.UpdateArticle(a));
    res.outcome = RecordOutcome::kUnchanged;
    return res;
  }
  if (obs.seen_at < latest.info.seen_at) {
    // A replay of the past (a re-run import) that agrees with the history
    // is nothing new; one that contradicts it cannot be inserted.
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
      if (it->info.seen_at > obs.seen_at) continue;
      if (it->info.fingerprint == fp) {
        res.outcome = RecordOutcome::kUnchanged;
        return res;
      }
      break;
    }
    return InvalidArgument("text of " + obs.url + " seen at " +
                           FormatTime(obs.seen_at) + " is older than version " +
                           std::to_string(latest.info.number) + " (" +
                           FormatTime(latest.info.seen_at) +
                           "); record observations in time order");
  }

  // Has this text been seen before?
  const VersionRow* earlier = nullptr;
  for (auto it = history.rbegin(); it != history.rend(); ++it) {
    if (it->info.fingerprint == fp) {
      earlier = &*it;
      break;
    }
  }
  if (earlier) {
    // A transition latest -> fp that already happened once is a flip-flop.
    bool repeated = false;
    for (size_t k = 1; k < history.size() && !repeated; ++k) {
      repeated = history[k - 1].info.fingerprint == latest.info.fingerprint &&
                 history[k].info.fingerprint == fp;
    }
    if (repeated) {
      a.pending_count = a.pending_fp == fp ? a.pending_count + 1 : 1;
      a.pending_fp = fp;
      a.last_seen = std::max(a.last_seen, obs.seen_at);
      if (a.pending_count < opt.flap_confirmations) {
        STET_RETURN_IF_ERROR(t.UpdateArticle(a));
        res.outcome = RecordOutcome::kFlapIgnored;
        return res;
      }
    }
  }

  STET_ASSIGN_OR_RETURN(VersionText prev, LoadText(t, latest.content_id));
  VersionRow v;
  v.info.article_id = a.id;
  v.info.number = latest.info.number + 1;
  v.info.seen_at = v.info.last_seen = obs.seen_at;
  v.info.has_change = true;
  v.info.extractor_version = obs.extractor_version;
  v.info.change = Summarize(prev, obs.text, opt.diff);
  if (earlier) {
    v.info.kind = VersionKind::kRevert;
    v.info.reverts_to = earlier->info.number;
    v.content_id = earlier->content_id;
    v.info.stored_bytes = 0;
  } else {
    // Extracted by a different extractor than the text before it: the
    // difference may be the extractor's, so it is labelled as such.
    v.info.kind = obs.extractor_version != latest.info.extractor_version &&
                          obs.extractor_version != 0 &&
                          latest.info.extractor_version != 0
                      ? VersionKind::kReextract
                      : VersionKind::kUpdate;
    STET_ASSIGN_OR_RETURN(ContentRow c,
                          StoreContent(t, a.id, fp, obs.text, history));
    v.content_id = c.id;
    v.info.stored_bytes = static_cast<int64_t>(
        c.body.size() + c.headline.size() + c.byline.size());
  }
  STET_ASSIGN_OR_RETURN(v.info.id, t.InsertVersion(v));
  a.version_count = v.info.number;
  a.last_seen = std::max(a.last_seen, obs.seen_at);
  a.headline = obs.text.headline;
  a.pending_fp = 0;
  a.pending_count = 0;
  STET_RETURN_IF_ERROR(t.UpdateArticle(a));
  res.outcome = earlier ? RecordOutcome::kRevert : RecordOutcome::kNewVersion;
  res.version = v.info.number;
  res.reverts_to = v.info.reverts_to;
  res.change = v.info.change;
  res.stored_bytes = v.info.stored_bytes;
  return res;
}

}  // namespace

Article ToArticle(const ArticleRow& r) {
  Article a;
  a.id = r.id;
  a.url = r.url;
  a.source = r.source;
  a.first_seen = r.first_seen;
  a.last_seen = r.last_seen;
  a.state = r.state;
  a.version_count = r.version_count;
  a.headline = r.headline;
  return a;
}

std::string_view RecordOutcomeName(RecordOutcome o) {
  switch (o) {
    case RecordOutcome::kNewArticle:
      return "new_article";
    case RecordOutcome::kNewVersion:
      return "new_version";
    case RecordOutcome::kRevert:
      return "revert";
    case RecordOutcome::kUnchanged:
      return "unchanged";
    case RecordOutcome::kFlapIgnored:
      return "flap_ignored";
  }
  return "unknown";
}

Result<RecordResult> Store::Record(const Observation& obs,
                                   const RecordOptions& options) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(true));
  STET_ASSIGN_OR_RETURN(RecordResult r, RecordOne(*t, obs, options));
  STET_RETURN_IF_ERROR(t->Commit());
  return r;
}

Result<std::vector<Result<RecordResult>>> Store::RecordBatch(
    const std::vector<Observation>& observations,
    const RecordOptions& options) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(true));
  std::vector<Result<RecordResult>> out;
  out.reserve(observations.size());
  for (const Observation& o : observations) {
    Result<RecordResult> r = RecordOne(*t, o, options);
    // Only input problems are per-observation; anything else (I/O, a full
    // disk, corruption) aborts the batch so nothing half-done commits.
    if (!r.ok() && r.status().code() != ErrorCode::kInvalidArgument)
      return r.status();
    out.push_back(std::move(r));
  }
  STET_RETURN_IF_ERROR(t->Commit());
  return out;
}

namespace {
std::vector<Article> ToArticles(const std::vector<ArticleRow>& rows) {
  std::vector<Article> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(ToArticle(r));
  return out;
}
}  // namespace

Result<std::vector<Article>> Store::ListArticles(const ArticleFilter& filter) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  STET_ASSIGN_OR_RETURN(std::vector<ArticleRow> rows, t->Articles(filter));
  return ToArticles(rows);
}

Status Store::SetStories(const std::vector<StoryMember>& members) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(true));
  for (const StoryMember& m : members) {
    if (m.article_id <= 0 || m.story_id <= 0)
      return InvalidArgument("a story member needs an article and a story");
    STET_RETURN_IF_ERROR(t->SetStory(m));
  }
  return t->Commit();
}

Result<std::vector<StorySummary>> Store::ListStories(
    const StoryFilter& filter) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  return t->StorySummaries(filter, 0);
}

Result<StorySummary> Store::GetStory(int64_t story_id) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  StoryFilter f;
  f.limit = 1;
  STET_ASSIGN_OR_RETURN(std::vector<StorySummary> rows,
                        t->StorySummaries(f, story_id));
  if (rows.empty()) return NotFound("no story " + std::to_string(story_id));
  return rows.front();
}

Result<std::vector<Article>> Store::StoryArticles(int64_t story_id) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  STET_ASSIGN_OR_RETURN(std::vector<int64_t> ids, t->StoryArticleIds(story_id));
  std::vector<Article> out;
  out.reserve(ids.size());
  for (int64_t id : ids) {
    STET_ASSIGN_OR_RETURN(std::optional<ArticleRow> row, t->ArticleById(id));
    if (row) out.push_back(ToArticle(*row));
  }
  return out;
}

Result<int64_t> Store::StoryOf(int64_t article_id) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  return t->StoryOf(article_id);
}

Result<int64_t> Store::LastGroupedArticle() {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  return t->MaxGroupedArticle();
}

Result<std::vector<Article>> Store::ArticlesAfter(int64_t after_id, int limit) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  STET_ASSIGN_OR_RETURN(std::vector<ArticleRow> rows,
                        t->ArticlesAfter(after_id, limit));
  return ToArticles(rows);
}

Result<std::vector<QuoteWork>> Store::VersionsToQuote(int limit) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  STET_ASSIGN_OR_RETURN(int64_t mark, t->QuoteWatermark());
  STET_ASSIGN_OR_RETURN(std::vector<VersionRow> rows,
                        t->VersionsAfter(mark, std::max(limit, 0)));
  std::vector<QuoteWork> out;
  out.reserve(rows.size());
  for (const VersionRow& r : rows)
    out.push_back(
        {r.info.id, r.info.article_id, r.info.number, r.info.seen_at});
  return out;
}

Result<int> Store::QuoteReader() {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  return t->QuoteReader();
}

Status Store::ResetQuotes(int reader) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(true));
  STET_RETURN_IF_ERROR(t->ResetQuotes(reader));
  return t->Commit();
}

Status Store::SaveQuotes(const QuoteWork& version,
                         const std::vector<StoredQuote>& quotes) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(true));
  for (const StoredQuote& q : quotes) {
    StoredQuote row = q;
    row.article_id = version.article_id;
    row.first_version = row.last_version = version.number;
    row.first_seen = version.seen_at;
    STET_RETURN_IF_ERROR(t->AddQuote(row));
  }
  STET_RETURN_IF_ERROR(t->SetQuoteWatermark(version.version_id));
  return t->Commit();
}

Result<std::vector<StoredQuote>> Store::ListQuotes(const QuoteFilter& filter) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  const size_t sp = filter.person.rfind(' ');
  return t->Quotes(filter, sp == std::string::npos
                               ? std::string()
                               : filter.person.substr(sp + 1));
}

Result<Article> Store::FindArticle(std::string_view key) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  int64_t id = 0;
  auto [ptr, ec] = std::from_chars(key.data(), key.data() + key.size(), id);
  std::optional<ArticleRow> row;
  if (ec == std::errc() && ptr == key.data() + key.size() && id > 0) {
    STET_ASSIGN_OR_RETURN(row, t->ArticleById(id));
  } else {
    STET_ASSIGN_OR_RETURN(row, t->ArticleByUrl(key));
  }
  if (!row) return NotFound("no article '" + std::string(key) + "'");
  return ToArticle(*row);
}

Result<std::vector<VersionInfo>> Store::ListVersions(int64_t article_id) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  STET_ASSIGN_OR_RETURN(std::vector<VersionRow> rows, t->Versions(article_id));
  std::vector<VersionInfo> out;
  out.reserve(rows.size());
  for (auto& r : rows) out.push_back(std::move(r.info));
  return out;
}

Result<Version> Store::LoadVersion(int64_t article_id, int number) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  STET_ASSIGN_OR_RETURN(std::vector<VersionRow> rows, t->Versions(article_id));
  if (rows.empty())
    return NotFound("article " + std::to_string(article_id) +
                    " has no versions");
  if (number == 0) number = rows.back().info.number;
  if (number < 1 || number > static_cast<int>(rows.size()))
    return NotFound("no version " + std::to_string(number) +
                    " (the article has " + std::to_string(rows.size()) + ")");
  VersionRow& row = rows[number - 1];
  Version v;
  STET_ASSIGN_OR_RETURN(v.text, LoadText(*t, row.content_id));
  v.info = std::move(row.info);
  return v;
}

Result<std::vector<Source>> Store::ListSources() {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  return t->Sources();
}

Result<StoreStats> Store::Stats() {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  return t->Stats();
}

Result<std::vector<ChangeEntry>> Store::ListChanges(
    const ChangeFilter& filter) {
  ChangeFilter f = filter;
  f.limit = std::clamp(f.limit, 0, 10000);
  f.offset = std::max(f.offset, 0);
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  STET_ASSIGN_OR_RETURN(auto rows, t->Changes(f));
  std::vector<ChangeEntry> out;
  out.reserve(rows.size());
  for (auto& [a, v] : rows)
    out.push_back(ChangeEntry{ToArticle(a), std::move(v.info)});
  return out;
}

Result<std::vector<SourceSummary>> Store::SummarizeSources(
    std::string_view only) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  return t->SourceSummaries(only);
}

std::string_view ArticleStateName(ArticleState s) {
  switch (s) {
    case ArticleState::kActive:
      return "active";
    case ArticleState::kFinished:
      return "finished";
    case ArticleState::kRemoved:
      return "removed";
  }
  return "unknown";
}

std::string_view VersionKindName(VersionKind k) {
  switch (k) {
    case VersionKind::kOriginal:
      return "original";
    case VersionKind::kUpdate:
      return "update";
    case VersionKind::kRevert:
      return "revert";
    case VersionKind::kReextract:
      return "reextract";
  }
  return "unknown";
}

std::string_view ScheduleKindName(ScheduleKind k) {
  switch (k) {
    case ScheduleKind::kArticle:
      return "article";
    case ScheduleKind::kFeed:
      return "feed";
    case ScheduleKind::kSitemap:
      return "sitemap";
  }
  return "article";
}

std::string_view ScheduleStateName(ScheduleState s) {
  switch (s) {
    case ScheduleState::kActive:
      return "active";
    case ScheduleState::kFinished:
      return "finished";
    case ScheduleState::kRemoved:
      return "removed";
  }
  return "active";
}

std::string_view EventKindName(EventKind k) {
  switch (k) {
    case EventKind::kRemoved:
      return "removed";
    case EventKind::kRestored:
      return "restored";
    case EventKind::kRejected:
      return "rejected";
    case EventKind::kFailed:
      return "failed";
    case EventKind::kFinished:
      return "finished";
    case EventKind::kRedirected:
      return "redirected";
  }
  return "failed";
}

Result<int64_t> Store::SaveSource(std::string_view name,
                                  std::string_view config_json, Timestamp now) {
  if (name.empty()) return InvalidArgument("a source needs a name");
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(true));
  STET_ASSIGN_OR_RETURN(int64_t id, t->SaveSource(name, config_json, now));
  STET_RETURN_IF_ERROR(t->Commit());
  return id;
}

Result<std::string> Store::SourceConfig(int64_t source_id) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  STET_ASSIGN_OR_RETURN(std::optional<std::string> c,
                        t->SourceConfig(source_id));
  if (!c) return NotFound("no source " + std::to_string(source_id));
  return *c;
}

Result<int> Store::Schedule(const std::vector<Scheduled>& rows) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(true));
  int added = 0;
  for (const Scheduled& r : rows) {
    if (r.url.empty()) return InvalidArgument("a scheduled URL is empty");
    STET_ASSIGN_OR_RETURN(bool inserted, t->InsertScheduled(r));
    added += inserted;
  }
  STET_RETURN_IF_ERROR(t->Commit());
  return added;
}

Result<std::optional<Scheduled>> Store::ScheduledUrl(std::string_view url) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  return t->ScheduledByUrl(url);
}

Result<std::vector<Scheduled>> Store::ClaimDue(Timestamp now, int limit,
                                               int64_t lease_seconds) {
  if (limit <= 0) return std::vector<Scheduled>();
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(true));
  STET_ASSIGN_OR_RETURN(
      std::vector<Scheduled> rows,
      t->ClaimDue(now, limit, now + std::max<int64_t>(lease_seconds, 1)));
  STET_RETURN_IF_ERROR(t->Commit());
  return rows;
}

Result<std::optional<RecordResult>> Store::CommitCheck(
    const CheckOutcome& c, const RecordOptions& options) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(true));
  STET_ASSIGN_OR_RETURN(std::optional<Scheduled> row,
                        t->ScheduledByUrl(c.next.url));
  if (!row) return NotFound("'" + c.next.url + "' is not scheduled");
  std::optional<RecordResult> recorded;
  if (c.observation) {
    STET_ASSIGN_OR_RETURN(RecordResult r,
                          RecordOne(*t, *c.observation, options));
    recorded = r;
  }
  const bool changed =
      recorded && (recorded->outcome == RecordOutcome::kNewArticle ||
                   recorded->outcome == RecordOutcome::kNewVersion ||
                   recorded->outcome == RecordOutcome::kRevert);
  const bool use_changed = changed && c.next_if_changed.has_value();
  const Scheduled& next = use_changed ? *c.next_if_changed : c.next;
  const std::optional<WatchEvent>& event =
      use_changed ? c.event_if_changed : c.event;
  if (next.url != c.next.url)
    return InvalidArgument("a check changed its row's URL");
  STET_RETURN_IF_ERROR(t->UpdateScheduled(next));
  if (event) {
    STET_RETURN_IF_ERROR(t->InsertEvent(*event));
  }
  for (const Scheduled& d : c.discovered) {
    if (d.url.empty()) continue;
    STET_ASSIGN_OR_RETURN(bool inserted, t->InsertScheduled(d));
    (void)inserted;
  }
  STET_RETURN_IF_ERROR(t->Commit());
  return recorded;
}

Result<ScheduleStatus> Store::GetScheduleStatus(Timestamp now) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  return t->ScheduleCounts(now);
}

Result<std::vector<WatchEvent>> Store::RecentEvents(int limit) {
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  return t->Events(limit);
}

}  // namespace stet
