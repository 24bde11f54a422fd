// StoreTxn: the primitive operations a storage backend provides, inside one
// transaction. All SQL lives behind this interface (src/store/sqlite_*.cc);
// the logic above it (src/store/store.cc) is shared by every backend.
//
// A StoreTxn that is destroyed without Commit() rolls back.
//
// Thread-safety: a transaction belongs to one thread.
#ifndef STET_STORE_TXN_H_
#define STET_STORE_TXN_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stet/store.h"

namespace stet {

struct ArticleRow {
  int64_t id = 0;
  std::string url;
  std::string source;
  int64_t source_id = 0;
  Timestamp first_seen = 0;
  Timestamp last_seen = 0;
  ArticleState state = ArticleState::kActive;
  int version_count = 0;
  std::string headline;
  uint64_t pending_fp = 0;  // a flip-flop candidate awaiting confirmation
  int pending_count = 0;
};

struct ContentRow {
  int64_t id = 0;
  int64_t article_id = 0;
  uint64_t fingerprint = 0;
  std::string headline;
  std::string byline;
  std::string body;     // encoded (src/store/codec.h)
  int64_t base_id = 0;  // content whose body is the compression prefix; 0 none
  int64_t raw_bytes = 0;
};

struct VersionRow {
  VersionInfo info;  // headline, byline, fingerprint, text_bytes from content
  int64_t content_id = 0;
  int64_t content_base_id = 0;
};

// A passage of the search index (see Store::Search): one distinct paragraph
// or headline of an article.
struct PassageRow {
  int64_t id = 0;
  int64_t article_id = 0;
  int64_t source_id = 0;  // the article's, kept here so filters need no join
  uint64_t hash = 0;      // PassageHash() of the text
  bool headline = false;
  int first_version = 0;
  Timestamp first_seen = 0;
  int last_version = 0;
  Timestamp last_seen = 0;
  std::string text;  // given to IndexPassage; SearchPassages leaves it empty
};

// How far the search index has read: the last version indexed, and its
// text's fingerprint, so an index left beside a replaced database is noticed
// (the same id with another text) and rebuilt.
struct SearchMark {
  int64_t version_id = 0;
  uint64_t fingerprint = 0;
};

// Decodes a content row's text, fetching its base when it is a delta.
Result<VersionText> LoadText(StoreTxn& t, int64_t content_id);
Article ToArticle(const ArticleRow& r);

// A passage that matched, before ordering. A backend may leave out what the
// query did not need for filtering and ordering: then passage.article_id is
// 0 and only passage.id is set, or indexed is -1, and Store::Search reads
// them for the hits it shows.
struct SearchCandidate {
  PassageRow passage;
  int indexed = -1;  // the article's latest indexed version; -1: not read
  double score = 0;  // how well it matched: higher is better
};

// One term of a parsed search (src/store/search.h): word keys that must
// appear in a passage consecutively; the last one may be a prefix.
struct SearchTerm {
  std::vector<std::string> words;
  bool prefix = false;
};

class StoreTxn {
 public:
  virtual ~StoreTxn() = default;
  virtual Status Commit() = 0;

  virtual Result<std::optional<ArticleRow>> ArticleByUrl(
      std::string_view url) = 0;
  virtual Result<std::optional<ArticleRow>> ArticleById(int64_t id) = 0;
  // Most recently active first.
  virtual Result<std::vector<ArticleRow>> Articles(const ArticleFilter& f) = 0;
  // Ordered by number, each with its change summary.
  virtual Result<std::vector<VersionRow>> Versions(int64_t article_id) = 0;
  virtual Result<ContentRow> Content(int64_t content_id) = 0;
  virtual Result<std::vector<Source>> Sources() = 0;
  virtual Result<StoreStats> Stats() = 0;
  // Newest first; each version with its article (ArticleRow::source set).
  virtual Result<std::vector<std::pair<ArticleRow, VersionRow>>> Changes(
      const ChangeFilter& f) = 0;
  // By source name; median_first_change_after included. Only the source
  // named `only` unless it is empty.
  virtual Result<std::vector<SourceSummary>> SourceSummaries(
      std::string_view only) = 0;

  virtual Result<int64_t> EnsureSource(std::string_view name,
                                       Timestamp now) = 0;
  virtual Result<int64_t> InsertArticle(const ArticleRow& row) = 0;
  // Updates last_seen, state, version_count, headline and pending fields.
  virtual Status UpdateArticle(const ArticleRow& row) = 0;
  virtual Result<int64_t> InsertContent(const ContentRow& row) = 0;
  // Inserts the version and, when info.has_change, its change summary.
  virtual Result<int64_t> InsertVersion(const VersionRow& row) = 0;
  virtual Status UpdateVersionSeen(int64_t version_id, Timestamp last_seen,
                                   int observations) = 0;

  // Watching.
  virtual Result<int64_t> SaveSource(std::string_view name,
                                     std::string_view config,
                                     Timestamp now) = 0;
  virtual Result<std::optional<std::string>> SourceConfig(
      int64_t source_id) = 0;
  // Inserts unless the URL is already scheduled; true if inserted.
  virtual Result<bool> InsertScheduled(const Scheduled& row) = 0;
  virtual Result<std::optional<Scheduled>> ScheduledByUrl(
      std::string_view url) = 0;
  // Rows with state active or removed, next_check <= now and no live lease
  // (lease_until <= now), earliest first; each gets lease_until = lease_until.
  virtual Result<std::vector<Scheduled>> ClaimDue(Timestamp now, int limit,
                                                  Timestamp lease_until) = 0;
  // Replaces the row's fields and clears its lease.
  virtual Status UpdateScheduled(const Scheduled& row) = 0;
  virtual Status InsertEvent(const WatchEvent& event) = 0;
  virtual Result<std::vector<WatchEvent>> Events(int limit) = 0;
  virtual Result<ScheduleStatus> ScheduleCounts(Timestamp now) = 0;

  // Search index. The last version indexed (id 0: none), and moving it on.
  virtual Result<SearchMark> SearchWatermark() = 0;
  virtual Status SetSearchWatermark(const SearchMark& mark) = 0;
  // Empties the index (it was built from another store's versions).
  virtual Status ClearSearchIndex() = 0;
  // Versions with id > `after`, by id, at most `limit`.
  virtual Result<std::vector<VersionRow>> VersionsAfter(int64_t after,
                                                        int limit) = 0;
  virtual Result<int64_t> CountVersionsAfter(int64_t after) = 0;
  // Adds the passage or, when the article already has one with its hash,
  // moves that one's last_version and last_seen forward to the row's.
  virtual Status IndexPassage(const PassageRow& row) = 0;
  // The article's versions up to `number` are indexed.
  virtual Status SetIndexedVersion(int64_t article_id, int number) = 0;
  virtual Result<std::optional<PassageRow>> PassageById(int64_t id) = 0;
  // The article's latest indexed version (0: none).
  virtual Result<int> IndexedVersion(int64_t article_id) = 0;
  // Passages matching every term and the filters of `q` (source, since,
  // until, removed_only), highest id (most recently indexed) first, at most
  // `limit`. The order and paging of q are left to the caller.
  virtual Result<std::vector<SearchCandidate>> SearchCandidates(
      const std::vector<SearchTerm>& terms, const SearchQuery& q,
      int limit) = 0;

  // Stories.
  virtual Status SetStory(const StoryMember& m) = 0;
  virtual Result<int64_t> StoryOf(int64_t article_id) = 0;
  // Newest activity first; one story when `only` is not 0.
  virtual Result<std::vector<StorySummary>> StorySummaries(const StoryFilter& f,
                                                           int64_t only) = 0;
  // The story's article ids, earliest first_seen first (then id).
  virtual Result<std::vector<int64_t>> StoryArticleIds(int64_t story_id) = 0;
  virtual Result<int64_t> MaxGroupedArticle() = 0;
  // Articles with id > after_id, ascending, at most `limit`.
  virtual Result<std::vector<ArticleRow>> ArticlesAfter(int64_t after_id,
                                                        int limit) = 0;

  // Quotations. The last version read for them (0: none), and moving it on.
  virtual Result<int64_t> QuoteWatermark() = 0;
  virtual Status SetQuoteWatermark(int64_t version_id) = 0;
  virtual Result<int> QuoteReader() = 0;
  // Deletes every quotation and the mark; records `reader`.
  virtual Status ResetQuotes(int reader) = 0;
  // Extends the article's quotation with this text whose last version is
  // the one before q.first_version to q.last_version (taking q's speaker),
  // or adds q.
  virtual Status AddQuote(const StoredQuote& q) = 0;
  // As Store::ListQuotes; `person_last` is the last word of a person key
  // with several (so "boris johnson" also finds rows of "johnson"), else "".
  virtual Result<std::vector<StoredQuote>> Quotes(
      const QuoteFilter& f, const std::string& person_last) = 0;
};

}  // namespace stet

#endif  // STET_STORE_TXN_H_
