// The version store: every version of every article, and the changes
// between them.
//
// Store is the interface callers use; backends (SQLite, in-memory; later
// PostgreSQL) implement only transactions of primitive reads and writes
// (StoreTxn, src/store/txn.h). What counts as a new version, a revert or a
// flip-flop, how bodies are compressed and how changes are summarised lives
// once, above the backends, so every backend behaves the same.
//
// Thread-safety: a Store may be used by one thread at a time; open one per
// thread (SQLite handles concurrency between connections and processes).
#ifndef STET_STORE_H_
#define STET_STORE_H_

#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stet/diff.h"
#include "stet/model.h"
#include "stet/result.h"
#include "stet/text.h"

namespace stet {

class StoreTxn;

// One look at an article: what it said at `seen_at`.
struct Observation {
  std::string url;     // the article's identity (already canonical)
  std::string source;  // outlet key; empty means "unknown"
  Timestamp seen_at = 0;
  VersionText text;
  // The extractor that produced `text` (kExtractorVersion), or 0 when the
  // text was given directly. A text that differs only because this changed
  // is recorded as VersionKind::kReextract, not as an edit.
  int extractor_version = 0;
};

enum class RecordOutcome {
  kNewArticle,   // first version of an article never seen before
  kNewVersion,   // new text
  kRevert,       // text equal to an earlier version came back
  kUnchanged,    // same text as the current version
  kFlapIgnored,  // a flip back to a text already flipped to before; not a
                 // version until confirmed (RecordOptions::flap_confirmations)
};
std::string_view RecordOutcomeName(RecordOutcome o);

struct RecordResult {
  RecordOutcome outcome = RecordOutcome::kUnchanged;
  int64_t article_id = 0;
  int version = 0;       // the article's current version number afterwards
  int reverts_to = 0;    // kRevert: the earlier version whose text came back
  ChangeSummary change;  // kNewVersion/kRevert: against the previous one
  int64_t stored_bytes = 0;  // bytes the new version added to the store
};

struct RecordOptions {
  // Stale caches make some articles alternate between two texts. The first
  // return to an earlier text is recorded as a revert; a transition that has
  // happened before (A->B after A->B->A) is only recorded once it has been
  // seen this many times in a row. Default 3.
  int flap_confirmations = 3;
  DiffOptions diff;
};

// Names used in JSON and on pages: "active", "finished", "removed".
std::string_view ArticleStateName(ArticleState s);
// "original", "update", "revert", "reextract".
std::string_view VersionKindName(VersionKind k);

struct ArticleFilter {
  std::string source;  // empty: all sources
  int limit = 100;     // default 100
  int offset = 0;
};

struct StoreStats {
  int64_t sources = 0;
  int64_t articles = 0;
  int64_t versions = 0;
  int64_t contents = 0;      // distinct texts stored (reverts share one)
  int64_t text_bytes = 0;    // raw UTF-8 bytes of all distinct texts
  int64_t stored_bytes = 0;  // bytes those texts take in the store
  int64_t file_bytes = 0;    // on-disk size, where there is a file
  int64_t index_bytes = 0;   // the search index's size, where it is a file
};

// --- Reading: what changed, for pages, feeds and the API ---------------------

struct ChangeFilter {
  std::string source;      // only this source's articles; empty: all (default)
  int64_t article_id = 0;  // only this article; 0: all (default)
  // Also list first versions (an article appearing). Default false: only
  // later versions (updates, reverts, re-extractions).
  bool include_first = false;
  Timestamp since = 0;  // seen_at >= since; 0: no lower bound (default)
  Timestamp until = 0;  // seen_at < until; 0: no upper bound (default)
  int limit = 50;       // default 50
  int offset = 0;
};

// A version and the article it belongs to, as listed by ListChanges.
struct ChangeEntry {
  Article article;      // as it is now (its latest headline)
  VersionInfo version;  // the version, with its change summary
};

// How one outlet's articles change, for its page.
struct SourceSummary {
  Source source;
  int64_t articles = 0;
  int64_t changed_articles = 0;  // articles with more than one version
  int64_t versions = 0;
  int64_t changes = 0;        // versions after the first
  Timestamp first_seen = 0;   // earliest first_seen of its articles
  Timestamp last_change = 0;  // latest seen_at of a version after the first
  // Seconds from an article's first sight to its first change, median over
  // the articles that changed; 0 if none did.
  int64_t median_first_change_after = 0;
  // Characters added plus removed per change, mean; 0 if no changes.
  double mean_chars_changed = 0;
  // Share of changes that touched the headline.
  double headline_change_share = 0;
};

// --- Searching: the text of every version ---------------------------------
//
// Search runs over a derived index of passages: each distinct paragraph (and
// headline) of an article, indexed once, with the versions it first and
// last appeared in, so text that a later version removed is still found and
// shown as removed. The index is caught up from the versions by
// UpdateSearchIndex (the watcher, the importer and the server call it), not
// in the transaction that records a version, so recording stays fast and the
// index can be rebuilt. In SQLite it is an FTS5 index kept in its own file
// beside the database ("<db>.search"), so the version store's size is the
// history's alone and deleting the index file only costs a re-index.

struct SearchQuery {
  // Words that must all appear in one passage, in any order; "quoted words"
  // must appear together in that order; a trailing * matches word prefixes
  // (elect* finds election). Case and diacritics are ignored. At most 16
  // terms.
  std::string text;
  std::string source;  // only this source's articles; empty: all (default)
  // The passage first appeared in [since, until); 0: unbounded (default).
  Timestamp since = 0;
  Timestamp until = 0;
  // Only passages that a later version of their article removed. Default
  // false.
  bool removed_only = false;
  // Newest first (by first appearance) instead of best match first. Default
  // false.
  bool newest_first = false;
  // Matches are ranked among the most recently recorded `max_candidates`
  // passages that match and pass the filters, so a common word in a large
  // store costs a bounded amount of work; SearchResults::truncated says
  // when there were more (narrow the search to reach older ones). Default
  // 500.
  int max_candidates = 500;
  int limit = 20;  // default 20
  int offset = 0;
};

// One passage that matched.
struct SearchHit {
  Article article;                // as it is now
  bool headline = false;          // the passage is a headline, not a paragraph
  std::string text;               // the passage as it was written
  std::vector<text::Span> marks;  // the query's words in `text`, in order
  int first_version = 0;          // the version it first appeared in
  Timestamp first_seen = 0;
  int last_version = 0;  // the latest version it is in
  // When a later version no longer has it: that version, and when it was
  // seen; 0 while the passage is in the article's latest indexed version.
  int removed_in = 0;
  Timestamp removed_at = 0;
};

struct SearchResults {
  std::vector<SearchHit> hits;
  // Versions recorded but not yet indexed (so not searchable yet).
  int64_t pending = 0;
  // More passages matched than SearchQuery::max_candidates: the hits are
  // ranked among the most recent of them only.
  bool truncated = false;
};

// --- Stories: which articles tell one event ----------------------------------
//
// The story module (stet/story.h) decides the groups; the store keeps which
// story each article is in, so pages, feeds and the API read them without
// grouping anything. Story ids are the grouper's.

struct StoryMember {
  int64_t article_id = 0;
  int64_t story_id = 0;
  double similarity = 0;  // to the rest of its story when it was placed
};

struct StoryFilter {
  // Only stories with at least this many articles. Default 1 (all).
  int min_articles = 1;
  // Only stories with an article from this source; empty: all (default).
  std::string source;
  int limit = 50;  // default 50
  int offset = 0;
};

struct StorySummary {
  int64_t id = 0;
  int64_t articles = 0;
  int64_t sources = 0;       // distinct outlets
  Timestamp first_seen = 0;  // its earliest article's first sighting
  Timestamp last_seen = 0;   // its latest sighting of any article
  std::string headline;      // its earliest article's latest headline
};

// --- Quotations: who said what, and in which versions ------------------------
//
// The quote module (stet/quote.h) finds them; the store keeps each distinct
// quotation of an article once, with the versions it was in, so lists,
// pages and feeds filter them by person, story, source and time without
// reading any text.

struct StoredQuote {
  int64_t id = 0;
  int64_t article_id = 0;
  std::string text;
  std::string speaker;  // as the article names them; "" unknown
  std::string person;   // PersonKey(speaker): one person across articles
  int first_version = 0, last_version = 0;  // the versions it was in
  Timestamp first_seen = 0;                 // when its first version was seen
  // Read with it by ListQuotes, not stored with it:
  std::string source, url, headline;
  int versions = 0;      // the article's: dropped when last_version < this
  int64_t story_id = 0;  // the article's story; 0 none
};

struct QuoteFilter {
  // A person (PersonKey): their quotations, also under a fuller or
  // shorter form of the name ("johnson" finds "boris johnson" and the
  // other way round). Empty: everyone's, unknown speakers too (default).
  std::string person;
  int64_t story_id = 0;    // only this story's; 0: any (default)
  int64_t article_id = 0;  // only this article's; 0: any (default)
  std::string source;      // only this source's; empty: any (default)
  // First seen at or after `since` and before `until`; 0: open (default).
  Timestamp since = 0, until = 0;
  bool dropped_only = false;  // only those a later version dropped
  int limit = 50;             // default 50
  int offset = 0;
};

// A version waiting to have its quotations read.
struct QuoteWork {
  int64_t version_id = 0;
  int64_t article_id = 0;
  int number = 0;
  Timestamp seen_at = 0;
};

// --- Watching: what is checked when ------------------------------------------
//
// Every URL stet follows (an article, a feed, a sitemap) has a schedule row:
// when to check it next, the interval it is on, the validators for a
// conditional request, and how its checks went. Workers claim due rows
// with a lease (so several workers, on several machines, never check the
// same URL at once, and a worker that dies only delays its rows by the
// lease) and commit each check in one transaction with the version it
// found (CommitCheck), so a version is never stored without its schedule
// moving on, nor the other way round.

enum class ScheduleKind : uint8_t { kArticle = 0, kFeed = 1, kSitemap = 2 };
std::string_view ScheduleKindName(ScheduleKind k);

enum class ScheduleState : uint8_t {
  kActive = 0,    // checked when due
  kFinished = 1,  // quiet past the interval limit; no longer checked
  kRemoved = 2,   // answered 404/410; still checked, rarely, in case it returns
};
std::string_view ScheduleStateName(ScheduleState s);

struct Scheduled {
  std::string url;  // canonical
  int64_t source_id = 0;
  ScheduleKind kind = ScheduleKind::kArticle;
  ScheduleState state = ScheduleState::kActive;
  Timestamp added_at = 0;
  Timestamp next_check = 0;
  int64_t interval = 0;  // seconds until the next check after an unchanged one
  int64_t checks = 0;
  int64_t changes = 0;
  Timestamp last_check = 0;
  Timestamp last_change = 0;
  int last_status = 0;  // HTTP status of the last check, 0 for none
  int failures = 0;     // consecutive failed checks
  std::string last_error;
  std::string etag;
  std::string last_modified;
  // Hash of the last page body read with status 200 (0: none), so a page
  // served again byte for byte is known unchanged without extracting it.
  uint64_t body_hash = 0;
  bool operator==(const Scheduled&) const = default;
};

enum class EventKind : uint8_t {
  kRemoved = 0,     // the page started answering 404 or 410
  kRestored = 1,    // a removed page came back
  kRejected = 2,    // the extractor refused the page (paywall, error page...)
  kFailed = 3,      // the check failed (network, 5xx); detail says how
  kFinished = 4,    // the article settled and is no longer checked
  kRedirected = 5,  // the page now lives at another URL (detail)
};
std::string_view EventKindName(EventKind k);

struct WatchEvent {
  std::string url;
  Timestamp at = 0;
  EventKind kind = EventKind::kFailed;
  std::string detail;
  bool operator==(const WatchEvent&) const = default;
};

// One finished check, committed as a unit by Store::CommitCheck.
struct CheckOutcome {
  Scheduled next;                          // the row as it is after the check
  std::optional<Observation> observation;  // the text found, if an article page
  std::optional<WatchEvent> event;         // something worth telling users
  // New URLs (from a feed); known ones are ignored.
  std::vector<Scheduled> discovered;
  // Whether the observation is a change is decided inside the transaction
  // (against the stored versions); when it is one (a new article, version
  // or revert), these replace `next` and `event` if set.
  std::optional<Scheduled> next_if_changed;
  std::optional<WatchEvent> event_if_changed;
};

struct ScheduleStatus {
  int64_t active = 0, finished = 0, removed = 0;
  int64_t due = 0;         // active or removed rows due at `now`
  int64_t leased = 0;      // claimed by a worker and not yet committed
  Timestamp next_due = 0;  // earliest next_check among active rows, 0 if none
  // What the watchers did in the hour before `now` (by each URL's latest
  // check): URLs checked, and URLs whose latest change fell in that hour.
  int64_t checked_last_hour = 0;
  int64_t changed_last_hour = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Records one observation in one transaction: either everything it
  // implies (article, content, version, change) is committed, or nothing.
  Result<RecordResult> Record(const Observation& obs,
                              const RecordOptions& options = {});

  // Records observations in order in one transaction (fast bulk import).
  // An observation that cannot be recorded (e.g. older than the article's
  // latest version) gets its own failed Result; the others still commit.
  // A failed outer Result means nothing was committed.
  Result<std::vector<Result<RecordResult>>> RecordBatch(
      const std::vector<Observation>& observations,
      const RecordOptions& options = {});

  Result<std::vector<Article>> ListArticles(const ArticleFilter& filter = {});
  // By numeric id ("12") or exact URL.
  Result<Article> FindArticle(std::string_view url_or_id);
  Result<std::vector<VersionInfo>> ListVersions(int64_t article_id);
  // number 0 means the latest version.
  Result<Version> LoadVersion(int64_t article_id, int number = 0);
  Result<std::vector<Source>> ListSources();
  Result<StoreStats> Stats();

  // Versions newest first (by seen_at, then id), with their articles.
  Result<std::vector<ChangeEntry>> ListChanges(const ChangeFilter& filter = {});
  // Every source, by name, with how its articles change; only the source
  // named `only` when it is not empty (none if there is no such source).
  Result<std::vector<SourceSummary>> SummarizeSources(
      std::string_view only = "");

  // Passages matching `query` (see SearchQuery). An empty or wordless query
  // is an InvalidArgument error.
  Result<SearchResults> Search(const SearchQuery& query);
  // Indexes the versions recorded since the last call, in order, at most
  // `max_versions` of them (default: all), committing every few hundred;
  // returns how many it indexed (0: the index was up to date).
  Result<int64_t> UpdateSearchIndex(
      int64_t max_versions = std::numeric_limits<int64_t>::max());

  // Stories. Puts each article in its story (replacing where it was), in
  // one transaction.
  Status SetStories(const std::vector<StoryMember>& members);
  // Stories with the most recent activity first (last_seen, then id).
  Result<std::vector<StorySummary>> ListStories(const StoryFilter& filter = {});
  // One story (NotFound when no article is in it).
  Result<StorySummary> GetStory(int64_t story_id);
  // A story's articles, earliest first sighting first.
  Result<std::vector<Article>> StoryArticles(int64_t story_id);
  // The story an article is in; 0 when it is in none yet.
  Result<int64_t> StoryOf(int64_t article_id);
  // The highest article id in a story (0: none yet).
  Result<int64_t> LastGroupedArticle();
  // Articles by id, ascending, after `after_id`: for a grouper to read the
  // store in the order articles were first recorded.
  Result<std::vector<Article>> ArticlesAfter(int64_t after_id, int limit);

  // Quotations. Versions not yet read for them, in the order they were
  // recorded, at most `limit`.
  Result<std::vector<QuoteWork>> VersionsToQuote(int limit);
  // Which reader (QuoteReaderVersion in stet/quote.h) read the quotations
  // kept; 0 before any was read.
  Result<int> QuoteReader();
  // Forgets every quotation kept, for `reader` to read all versions again.
  Status ResetQuotes(int reader);
  // Keeps the quotations read from a version (one its article's previous
  // version had is extended to this one; texts are distinct) and marks the
  // version read, in one transaction.
  Status SaveQuotes(const QuoteWork& version,
                    const std::vector<StoredQuote>& quotes);
  // Newest first (first_seen, then id).
  Result<std::vector<StoredQuote>> ListQuotes(const QuoteFilter& filter = {});

  // Sources: a name and its watch configuration (JSON, read by the watch
  // module; the store keeps it as given). Creates or replaces.
  Result<int64_t> SaveSource(std::string_view name,
                             std::string_view config_json, Timestamp now);
  Result<std::string> SourceConfig(int64_t source_id);

  // Adds rows for URLs not yet scheduled (known URLs are left as they are).
  // Returns how many were added.
  Result<int> Schedule(const std::vector<Scheduled>& rows);
  Result<std::optional<Scheduled>> ScheduledUrl(std::string_view url);
  // Up to `limit` due rows (earliest first), leased to the caller for
  // `lease_seconds`: no other worker claims them until the lease ends or
  // CommitCheck releases them.
  Result<std::vector<Scheduled>> ClaimDue(Timestamp now, int limit,
                                          int64_t lease_seconds);
  // Records the observation (if any), updates the schedule row and releases
  // its lease, logs the event and schedules the discovered URLs, all in one
  // transaction.
  Result<std::optional<RecordResult>> CommitCheck(
      const CheckOutcome& outcome, const RecordOptions& options = {});
  Result<ScheduleStatus> GetScheduleStatus(Timestamp now);
  // Newest first.
  Result<std::vector<WatchEvent>> RecentEvents(int limit);

  // A short description for messages ("sqlite:./stet.db").
  virtual std::string Describe() const = 0;

 protected:
  // Starts a transaction. `write` transactions take the write lock up front
  // so a record's read-decide-write cannot interleave with another writer.
  virtual Result<std::unique_ptr<StoreTxn>> Begin(bool write) = 0;
};

struct SqliteOptions {
  // Wait this long for another writer's lock before failing. Default 5000.
  int busy_timeout_ms = 5000;
  // Create the database file if it does not exist. Default true.
  bool create = true;
  // fsync on every commit (synchronous=FULL) instead of NORMAL. WAL with
  // NORMAL never corrupts and only risks the last commits on power loss.
  // Default false.
  bool full_sync = false;
  // Bytes of each database file (the store and its search index) read
  // through a memory map instead of read() calls: random reads of a large
  // store cost a page fault once instead of a system call and a copy each
  // time. Default 1 GiB; 0 turns it off.
  int64_t mmap_bytes = int64_t{1} << 30;
};

// Opens (creating or migrating forward as needed) a SQLite store. Fails with
// a clear message when the file is not a SQLite database, is not stet's, or
// was written by a newer stet.
Result<std::unique_ptr<Store>> OpenSqliteStore(
    const std::string& path, const SqliteOptions& options = {});

// An in-memory store for tests: same behaviour, nothing persisted.
std::unique_ptr<Store> NewMemoryStore();

// The database schema version this build writes.
int SqliteSchemaVersion();

}  // namespace stet

#endif  // STET_STORE_H_
