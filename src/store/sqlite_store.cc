// SQLite backend: the embedded default store. All of stet's SQL for SQLite
// is in this file. WAL mode; one transaction per Record/RecordBatch; schema
// versioned with PRAGMA user_version and migrated forward on open.
#include <sqlite3.h>
#include <xxhash.h>

#include <filesystem>
#include <unordered_map>

#include "store/search.h"
#include "store/sqlite_schema.h"
#include "store/txn.h"

namespace stet {
namespace {

// 'stet' in ASCII: marks the file as ours, so a foreign SQLite database is
// refused instead of being written into.
constexpr int kApplicationId = 0x73746574;

// The key of the URL indexes (schema 4): a URL's 64-bit hash, as SQLite's
// signed integer. Rows are then matched on the URL itself, so a collision
// costs a second row read, never a wrong answer.
int64_t UrlHash(std::string_view url) {
  return static_cast<int64_t>(XXH3_64bits(url.data(), url.size()));
}

// stet_url_hash(text): UrlHash for SQL (the schema 4 migration).
void SqlUrlHash(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  const unsigned char* p = sqlite3_value_text(argv[0]);
  int n = sqlite3_value_bytes(argv[0]);
  sqlite3_result_int64(
      ctx, UrlHash(std::string_view(reinterpret_cast<const char*>(p),
                                    static_cast<size_t>(n))));
}

// The search index lives in its own file beside the database (see
// "Searching" in stet/store.h), attached to every connection as "search".
std::string SearchIndexPath(const std::string& path) {
  if (path.empty() || path == ":memory:" || path.starts_with("file:"))
    return ":memory:";
  return path + ".search";
}

// 'stsi': the search index file's application_id.
constexpr int kSearchApplicationId = 0x73747369;
// An index written by an older stet is dropped and built again: it holds
// nothing the versions do not.
constexpr int kSearchSchemaVersion = 2;

// Passages are kept as numbers only: their text is read back from the
// versions when a hit is shown, so the FTS5 table is contentless and the
// index holds no second copy of the text. detail=full (the default) keeps
// word positions for phrase queries.
const char* const kSearchSchema = R"sql(
CREATE TABLE search.meta(
  key TEXT PRIMARY KEY,
  value INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE search.passages(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  source_id INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  headline INTEGER NOT NULL,
  first_version INTEGER NOT NULL,
  first_seen INTEGER NOT NULL,
  last_version INTEGER NOT NULL,
  last_seen INTEGER NOT NULL);
CREATE UNIQUE INDEX search.passages_key ON passages(article_id, hash);
CREATE TABLE search.indexed(
  article_id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL);
CREATE VIRTUAL TABLE search.passages_fts USING fts5(
  text, content='', tokenize='unicode61 remove_diacritics 2');
)sql";

const char* const kSearchDrop = R"sql(
DROP TABLE IF EXISTS search.meta;
DROP TABLE IF EXISTS search.passages;
DROP TABLE IF EXISTS search.indexed;
DROP TABLE IF EXISTS search.passages_fts;
)sql";

// Forward migrations: kMigrations[i] takes the schema from version i to i+1.
// Never edit a shipped entry; append a new one.
const char* const kMigrations[] = {
    // 0 -> 1: the initial schema.
    R"sql(
CREATE TABLE sources(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL);
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  state INTEGER NOT NULL DEFAULT 0,
  version_count INTEGER NOT NULL DEFAULT 0,
  headline TEXT NOT NULL DEFAULT '',
  pending_fp INTEGER NOT NULL DEFAULT 0,
  pending_count INTEGER NOT NULL DEFAULT 0);
CREATE INDEX articles_source ON articles(source_id, last_seen);
CREATE INDEX articles_last_seen ON articles(last_seen);
CREATE TABLE contents(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  fingerprint INTEGER NOT NULL,
  headline TEXT NOT NULL,
  byline TEXT NOT NULL,
  body BLOB NOT NULL,
  base_id INTEGER REFERENCES contents(id),
  raw_bytes INTEGER NOT NULL);
CREATE INDEX contents_article ON contents(article_id);
CREATE TABLE versions(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  number INTEGER NOT NULL,
  content_id INTEGER NOT NULL REFERENCES contents(id),
  seen_at INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  observations INTEGER NOT NULL DEFAULT 1,
  kind INTEGER NOT NULL,
  reverts_to INTEGER NOT NULL DEFAULT 0,
  stored_bytes INTEGER NOT NULL,
  UNIQUE(article_id, number));
CREATE INDEX versions_seen_at ON versions(seen_at);
CREATE TABLE changes(
  version_id INTEGER PRIMARY KEY REFERENCES versions(id),
  unchanged INTEGER NOT NULL,
  edited INTEGER NOT NULL,
  added INTEGER NOT NULL,
  deleted INTEGER NOT NULL,
  moved INTEGER NOT NULL,
  chars_added INTEGER NOT NULL,
  chars_removed INTEGER NOT NULL,
  headline_changed INTEGER NOT NULL,
  byline_changed INTEGER NOT NULL);
)sql",
    // 1 -> 2: which extractor produced each version.
    R"sql(
ALTER TABLE versions ADD COLUMN extractor INTEGER NOT NULL DEFAULT 0;
)sql",
    // 2 -> 3: watching. A schedule row per followed URL (article, feed,
    // sitemap), leased by the worker checking it; events users want to see.
    R"sql(
ALTER TABLE sources ADD COLUMN config TEXT NOT NULL DEFAULT '{}';
CREATE TABLE schedule(
  url TEXT PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  kind INTEGER NOT NULL,
  state INTEGER NOT NULL,
  added_at INTEGER NOT NULL,
  next_check INTEGER NOT NULL,
  interval INTEGER NOT NULL,
  lease_until INTEGER NOT NULL DEFAULT 0,
  checks INTEGER NOT NULL DEFAULT 0,
  changes INTEGER NOT NULL DEFAULT 0,
  last_check INTEGER NOT NULL DEFAULT 0,
  last_change INTEGER NOT NULL DEFAULT 0,
  last_status INTEGER NOT NULL DEFAULT 0,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT '',
  etag TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
CREATE INDEX schedule_due ON schedule(next_check) WHERE state != 1;
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL,
  at INTEGER NOT NULL,
  kind INTEGER NOT NULL,
  detail TEXT NOT NULL DEFAULT '');
CREATE INDEX events_at ON events(at);
)sql",
    // 3 -> 4: smaller rows, and a page's last body remembered. URLs are
    // found through an index of their 64-bit hash (stet_url_hash) instead of
    // a second copy of every URL in a unique index (articles) and in the due
    // index (schedule); uniqueness is checked on insert, inside the write
    // transaction. A version's change summary lives on its row (NULL for a
    // first version), not in a table of its own. Texts are only read by id
    // (contents_article was never
    // used: articles are not deleted). A delta text's headline and byline are
    // NULL when they are
    // its base text's. A schedule row keeps the hash of the last page body it
    // read (body_hash), so an unchanged page answering 200 is not extracted
    // again. Tables are rebuilt the way SQLite's ALTER TABLE documentation
    // prescribes (foreign keys are off while migrating).
    R"sql(
CREATE TABLE articles_v4(
  id INTEGER PRIMARY KEY,
  url_hash INTEGER NOT NULL,
  url TEXT NOT NULL,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  state INTEGER NOT NULL DEFAULT 0,
  version_count INTEGER NOT NULL DEFAULT 0,
  headline TEXT NOT NULL DEFAULT '',
  pending_fp INTEGER NOT NULL DEFAULT 0,
  pending_count INTEGER NOT NULL DEFAULT 0);
INSERT INTO articles_v4 SELECT id, stet_url_hash(url), url, source_id,
  first_seen, last_seen, state, version_count, headline, pending_fp,
  pending_count FROM articles;
DROP TABLE articles;
ALTER TABLE articles_v4 RENAME TO articles;
CREATE INDEX articles_url ON articles(url_hash);
CREATE INDEX articles_source ON articles(source_id, last_seen);
CREATE INDEX articles_last_seen ON articles(last_seen);
CREATE TABLE contents_v4(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  fingerprint INTEGER NOT NULL,
  headline TEXT,
  byline TEXT,
  body BLOB NOT NULL,
  base_id INTEGER REFERENCES contents(id),
  raw_bytes INTEGER NOT NULL);
INSERT INTO contents_v4 SELECT c.id, c.article_id, c.fingerprint,
  CASE WHEN b.headline = c.headline THEN NULL ELSE c.headline END,
  CASE WHEN b.byline = c.byline THEN NULL ELSE c.byline END,
  c.body, c.base_id, c.raw_bytes
  FROM contents c LEFT JOIN contents b ON b.id = c.base_id;
DROP TABLE contents;
ALTER TABLE contents_v4 RENAME TO contents;
CREATE TABLE versions_v4(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  number INTEGER NOT NULL,
  content_id INTEGER NOT NULL REFERENCES contents(id),
  seen_at INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  observations INTEGER NOT NULL DEFAULT 1,
  kind INTEGER NOT NULL,
  reverts_to INTEGER NOT NULL DEFAULT 0,
  stored_bytes INTEGER NOT NULL,
  extractor INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER,
  edited INTEGER,
  added INTEGER,
  deleted INTEGER,
  moved INTEGER,
  chars_added INTEGER,
  chars_removed INTEGER,
  headline_changed INTEGER,
  byline_changed INTEGER,
  UNIQUE(article_id, number));
INSERT INTO versions_v4 SELECT v.id, v.article_id, v.number, v.content_id,
  v.seen_at, v.last_seen, v.observations, v.kind, v.reverts_to,
  v.stored_bytes, v.extractor, ch.unchanged, ch.edited, ch.added, ch.deleted,
  ch.moved, ch.chars_added, ch.chars_removed, ch.headline_changed,
  ch.byline_changed
  FROM versions v LEFT JOIN changes ch ON ch.version_id = v.id;
DROP TABLE changes;
DROP TABLE versions;
ALTER TABLE versions_v4 RENAME TO versions;
CREATE INDEX versions_seen_at ON versions(seen_at);
CREATE TABLE schedule_v4(
  id INTEGER PRIMARY KEY,
  url_hash INTEGER NOT NULL,
  url TEXT NOT NULL,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  kind INTEGER NOT NULL,
  state INTEGER NOT NULL,
  added_at INTEGER NOT NULL,
  next_check INTEGER NOT NULL,
  interval INTEGER NOT NULL,
  lease_until INTEGER NOT NULL DEFAULT 0,
  checks INTEGER NOT NULL DEFAULT 0,
  changes INTEGER NOT NULL DEFAULT 0,
  last_check INTEGER NOT NULL DEFAULT 0,
  last_change INTEGER NOT NULL DEFAULT 0,
  last_status INTEGER NOT NULL DEFAULT 0,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT '',
  etag TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  body_hash INTEGER NOT NULL DEFAULT 0);
INSERT INTO schedule_v4(url_hash, url, source_id, kind, state, added_at,
  next_check, interval, lease_until, checks, changes, last_check,
  last_change, last_status, failures, last_error, etag, last_modified)
  SELECT stet_url_hash(url), url, source_id, kind, state, added_at,
  next_check, interval, lease_until, checks, changes, last_check,
  last_change, last_status, failures, last_error, etag, last_modified
  FROM schedule ORDER BY added_at, url;
DROP TABLE schedule;
ALTER TABLE schedule_v4 RENAME TO schedule;
CREATE INDEX schedule_url ON schedule(url_hash);
CREATE INDEX schedule_due ON schedule(next_check) WHERE state != 1;
)sql",
    // 4 -> 5: stories (which story each article is in).
    R"sql(
CREATE TABLE story_members(
  article_id INTEGER PRIMARY KEY REFERENCES articles(id),
  story_id INTEGER NOT NULL,
  similarity REAL NOT NULL DEFAULT 0);
CREATE INDEX story_members_story ON story_members(story_id);
)sql",
    // 5 -> 6: quotations (each distinct one of an article, with the
    // versions it was in) and how far versions have been read for them.
    R"sql(
CREATE TABLE quotes(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  text TEXT NOT NULL,
  speaker TEXT NOT NULL,
  person TEXT NOT NULL,
  first_version INTEGER NOT NULL,
  last_version INTEGER NOT NULL,
  first_seen INTEGER NOT NULL);
CREATE INDEX quotes_article ON quotes(article_id, last_version);
CREATE INDEX quotes_person ON quotes(person);
CREATE INDEX quotes_first_seen ON quotes(first_seen);
CREATE TABLE quote_mark(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version_id INTEGER NOT NULL);
)sql",
    // 6 -> 7: which reader read the quotations, so a better one reads them
    // again.
    R"sql(
ALTER TABLE quote_mark ADD COLUMN reader INTEGER NOT NULL DEFAULT 0;
)sql",
};
constexpr int kSchemaVersion = sizeof(kMigrations) / sizeof(kMigrations[0]);

class Stmt {
 public:
  explicit Stmt(sqlite3_stmt* s) : s_(s) {}
  Stmt(Stmt&& o) noexcept : s_(o.s_) { o.s_ = nullptr; }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  // Statements are cached by the store: leaving scope only resets them.
  ~Stmt() {
    if (!s_) return;
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  Stmt& Bind(int i, int64_t v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  Stmt& Bind(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()),
                      SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& BindBlob(int i, std::string_view v) {
    sqlite3_bind_blob(s_, i, v.data(), static_cast<int>(v.size()),
                      SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& BindDouble(int i, double v) {
    sqlite3_bind_double(s_, i, v);
    return *this;
  }
  Stmt& BindNullIfZero(int i, int64_t v) {
    if (v == 0) {
      sqlite3_bind_null(s_, i);
    } else {
      sqlite3_bind_int64(s_, i, v);
    }
    return *this;
  }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(s_); }
  int64_t Int(int c) const { return sqlite3_column_int64(s_, c); }
  double Double(int c) const { return sqlite3_column_double(s_, c); }
  std::string Text(int c) const {
    const unsigned char* p = sqlite3_column_text(s_, c);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           sqlite3_column_bytes(s_, c))
             : std::string();
  }
  std::string Blob(int c) const {
    const void* p = sqlite3_column_blob(s_, c);
    return p ? std::string(static_cast<const char*>(p),
                           sqlite3_column_bytes(s_, c))
             : std::string();
  }

 private:
  sqlite3_stmt* s_;
};

class SqliteStore;

class SqliteTxn final : public StoreTxn {
 public:
  SqliteTxn(SqliteStore* store) : store_(store) {}
  ~SqliteTxn() override;
  Status Commit() override;

  Result<std::optional<ArticleRow>> ArticleByUrl(std::string_view url) override;
  Result<std::optional<ArticleRow>> ArticleById(int64_t id) override;
  Result<std::vector<ArticleRow>> Articles(const ArticleFilter& f) override;
  Result<std::vector<VersionRow>> Versions(int64_t article_id) override;
  Result<ContentRow> Content(int64_t content_id) override;
  Result<std::vector<Source>> Sources() override;
  Result<StoreStats> Stats() override;
  Result<std::vector<std::pair<ArticleRow, VersionRow>>> Changes(
      const ChangeFilter& f) override;
  Result<std::vector<SourceSummary>> SourceSummaries(
      std::string_view only) override;
  Result<int64_t> EnsureSource(std::string_view name, Timestamp now) override;
  Result<int64_t> InsertArticle(const ArticleRow& row) override;
  Status UpdateArticle(const ArticleRow& row) override;
  Result<int64_t> InsertContent(const ContentRow& row) override;
  Result<int64_t> InsertVersion(const VersionRow& row) override;
  Status UpdateVersionSeen(int64_t version_id, Timestamp last_seen,
                           int observations) override;
  Result<int64_t> SaveSource(std::string_view name, std::string_view config,
                             Timestamp now) override;
  Result<std::optional<std::string>> SourceConfig(int64_t source_id) override;
  Result<bool> InsertScheduled(const Scheduled& row) override;
  Result<std::optional<Scheduled>> ScheduledByUrl(
      std::string_view url) override;
  Result<std::vector<Scheduled>> ClaimDue(Timestamp now, int limit,
                                          Timestamp lease_until) override;
  Status UpdateScheduled(const Scheduled& row) override;
  Status InsertEvent(const WatchEvent& event) override;
  Result<std::vector<WatchEvent>> Events(int limit) override;
  Result<ScheduleStatus> ScheduleCounts(Timestamp now) override;
  Result<SearchMark> SearchWatermark() override;
  Status SetSearchWatermark(const SearchMark& mark) override;
  Status ClearSearchIndex() override;
  Result<std::vector<VersionRow>> VersionsAfter(int64_t after,
                                                int limit) override;
  Result<int64_t> CountVersionsAfter(int64_t after) override;
  Status IndexPassage(const PassageRow& row) override;
  Status SetIndexedVersion(int64_t article_id, int number) override;
  Result<std::optional<PassageRow>> PassageById(int64_t id) override;
  Result<int> IndexedVersion(int64_t article_id) override;
  Result<std::vector<SearchCandidate>> SearchCandidates(
      const std::vector<SearchTerm>& terms, const SearchQuery& q,
      int limit) override;
  Status SetStory(const StoryMember& m) override;
  Result<int64_t> StoryOf(int64_t article_id) override;
  Result<std::vector<StorySummary>> StorySummaries(const StoryFilter& f,
                                                   int64_t only) override;
  Result<std::vector<int64_t>> StoryArticleIds(int64_t story_id) override;
  Result<int64_t> QuoteWatermark() override;
  Status SetQuoteWatermark(int64_t version_id) override;
  Result<int> QuoteReader() override;
  Status ResetQuotes(int reader) override;
  Status AddQuote(const StoredQuote& q) override;
  Result<std::vector<StoredQuote>> Quotes(
      const QuoteFilter& f, const std::string& person_last) override;
  Result<int64_t> MaxGroupedArticle() override;
  Result<std::vector<ArticleRow>> ArticlesAfter(int64_t after_id,
                                                int limit) override;

 private:
  Result<std::optional<ArticleRow>> OneArticle(Stmt& s);
  Result<std::vector<ArticleRow>> AllArticles(Stmt& s);
  SqliteStore* store_;
  bool done_ = false;
};

class SqliteStore final : public Store {
 public:
  SqliteStore(sqlite3* db, std::string path)
      : db_(db), path_(std::move(path)) {}
  ~SqliteStore() override {
    for (auto& [sql, st] : cache_) sqlite3_finalize(st);
    sqlite3_close(db_);
  }
  std::string Describe() const override { return "sqlite:" + path_; }

  Status Error(std::string_view what) const {
    int code = sqlite3_errcode(db_);
    std::string msg = std::string(what) + ": " + sqlite3_errmsg(db_);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
      return Status(ErrorCode::kBusy,
                    path_ + " is locked by another process (" + msg + ")");
    if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
      return Corrupt(path_ + " is not a valid stet database (" + msg + ")");
    if (code == SQLITE_FULL) return IoError("disk full writing " + path_);
    if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN ||
        code == SQLITE_IOERR)
      return IoError(path_ + ": " + msg);
    return Internal(msg);
  }

  Result<Stmt> Prepare(const char* sql) {
    auto it = cache_.find(sql);
    if (it == cache_.end()) {
      sqlite3_stmt* st = nullptr;
      if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &st,
                             nullptr) != SQLITE_OK)
        return Error("preparing a query");
      it = cache_.emplace(sql, st).first;
    }
    return Stmt(it->second);
  }

  Status Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      Status s = Error(sql);
      sqlite3_free(err);
      return s;
    }
    return Status::Ok();
  }

  sqlite3* db() { return db_; }
  const std::string& path() const { return path_; }

 protected:
  Result<std::unique_ptr<StoreTxn>> Begin(bool write) override {
    STET_RETURN_IF_ERROR(Exec(write ? "BEGIN IMMEDIATE" : "BEGIN"));
    return std::unique_ptr<StoreTxn>(std::make_unique<SqliteTxn>(this));
  }

 private:
  sqlite3* db_;
  std::string path_;
  std::unordered_map<const char*, sqlite3_stmt*> cache_;
};

SqliteTxn::~SqliteTxn() {
  if (!done_) sqlite3_exec(store_->db(), "ROLLBACK", nullptr, nullptr, nullptr);
}

Status SqliteTxn::Commit() {
  done_ = true;
  Status s = store_->Exec("COMMIT");
  if (!s.ok())
    sqlite3_exec(store_->db(), "ROLLBACK", nullptr, nullptr, nullptr);
  return s;
}

#define STET_SQL_PREPARE(var, sql) \
  STET_ASSIGN_OR_RETURN(Stmt var, store_->Prepare(sql))

// Every article query selects the same columns, read by ReadArticle().
#define STET_ARTICLE_SELECT_COLUMNS                                      \
  "SELECT a.id, a.url, s.name, a.source_id, a.first_seen, a.last_seen, " \
  "a.state, a.version_count, a.headline, a.pending_fp, a.pending_count"
#define STET_ARTICLE_SELECT   \
  STET_ARTICLE_SELECT_COLUMNS \
  " FROM articles a JOIN sources s ON s.id = a.source_id "

ArticleRow ReadArticle(const Stmt& s) {
  ArticleRow a;
  a.id = s.Int(0);
  a.url = s.Text(1);
  a.source = s.Text(2);
  a.source_id = s.Int(3);
  a.first_seen = s.Int(4);
  a.last_seen = s.Int(5);
  a.state = static_cast<ArticleState>(s.Int(6));
  a.version_count = static_cast<int>(s.Int(7));
  a.headline = s.Text(8);
  a.pending_fp = static_cast<uint64_t>(s.Int(9));
  a.pending_count = static_cast<int>(s.Int(10));
  return a;
}

Result<std::optional<ArticleRow>> SqliteTxn::OneArticle(Stmt& s) {
  int rc = s.Step();
  if (rc == SQLITE_DONE) return std::optional<ArticleRow>();
  if (rc != SQLITE_ROW) return store_->Error("reading an article");
  return std::optional<ArticleRow>(ReadArticle(s));
}

Result<std::vector<ArticleRow>> SqliteTxn::AllArticles(Stmt& s) {
  std::vector<ArticleRow> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) out.push_back(ReadArticle(s));
  if (rc != SQLITE_DONE) return store_->Error("listing articles");
  return out;
}

Result<std::optional<ArticleRow>> SqliteTxn::ArticleByUrl(
    std::string_view url) {
  STET_SQL_PREPARE(s,
                   STET_ARTICLE_SELECT "WHERE a.url_hash = ?2 AND a.url = ?1");
  s.Bind(1, url).Bind(2, UrlHash(url));
  return OneArticle(s);
}

Result<std::optional<ArticleRow>> SqliteTxn::ArticleById(int64_t id) {
  STET_SQL_PREPARE(s, STET_ARTICLE_SELECT "WHERE a.id = ?1");
  s.Bind(1, id);
  return OneArticle(s);
}

Result<std::vector<ArticleRow>> SqliteTxn::Articles(const ArticleFilter& f) {
  STET_SQL_PREPARE(s, STET_ARTICLE_SELECT
                   "WHERE (?1 = '' OR s.name = ?1) "
                   "ORDER BY a.last_seen DESC, a.id DESC LIMIT ?2 OFFSET ?3");
  s.Bind(1, std::string_view(f.source)).Bind(2, f.limit).Bind(3, f.offset);
  return AllArticles(s);
}

// Every version query selects the same columns (from versions v, contents
// c and its base b), read by ReadVersion() from column `at`.
#define STET_VERSION_COLUMNS                                                 \
  "v.id, v.number, v.seen_at, v.last_seen, v.observations, v.kind, "         \
  "v.reverts_to, v.stored_bytes, v.content_id, c.fingerprint, "              \
  "COALESCE(c.headline, b.headline, ''), COALESCE(c.byline, b.byline, ''), " \
  "c.raw_bytes, COALESCE(c.base_id, 0), v.unchanged IS NOT NULL, "           \
  "v.unchanged, v.edited, v.added, v.deleted, v.moved, "                     \
  "v.chars_added, v.chars_removed, v.headline_changed, "                     \
  "v.byline_changed, v.extractor, v.article_id "
#define STET_VERSION_JOINS                  \
  "JOIN contents c ON c.id = v.content_id " \
  "LEFT JOIN contents b ON b.id = c.base_id "

VersionRow ReadVersion(const Stmt& s, int at) {
  VersionRow r;
  VersionInfo& v = r.info;
  v.id = s.Int(at + 0);
  v.number = static_cast<int>(s.Int(at + 1));
  v.seen_at = s.Int(at + 2);
  v.last_seen = s.Int(at + 3);
  v.observations = static_cast<int>(s.Int(at + 4));
  v.kind = static_cast<VersionKind>(s.Int(at + 5));
  v.reverts_to = static_cast<int>(s.Int(at + 6));
  v.stored_bytes = s.Int(at + 7);
  r.content_id = s.Int(at + 8);
  v.fingerprint = static_cast<uint64_t>(s.Int(at + 9));
  v.headline = s.Text(at + 10);
  v.byline = s.Text(at + 11);
  v.text_bytes = s.Int(at + 12);
  r.content_base_id = s.Int(at + 13);
  v.has_change = s.Int(at + 14) != 0;
  if (v.has_change) {
    ChangeSummary& c = v.change;
    c.unchanged = static_cast<int>(s.Int(at + 15));
    c.edited = static_cast<int>(s.Int(at + 16));
    c.added = static_cast<int>(s.Int(at + 17));
    c.deleted = static_cast<int>(s.Int(at + 18));
    c.moved = static_cast<int>(s.Int(at + 19));
    c.chars_added = s.Int(at + 20);
    c.chars_removed = s.Int(at + 21);
    c.headline_changed = s.Int(at + 22) != 0;
    c.byline_changed = s.Int(at + 23) != 0;
  }
  v.extractor_version = static_cast<int>(s.Int(at + 24));
  v.article_id = s.Int(at + 25);
  return r;
}
constexpr int kArticleColumns = 11;  // STET_ARTICLE_SELECT's

Result<std::vector<VersionRow>> SqliteTxn::Versions(int64_t article_id) {
  STET_SQL_PREPARE(s, "SELECT " STET_VERSION_COLUMNS
                      "FROM versions v " STET_VERSION_JOINS
                      "WHERE v.article_id = ?1 ORDER BY v.number");
  s.Bind(1, article_id);
  std::vector<VersionRow> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) out.push_back(ReadVersion(s, 0));
  if (rc != SQLITE_DONE) return store_->Error("reading versions");
  return out;
}

Result<std::vector<std::pair<ArticleRow, VersionRow>>> SqliteTxn::Changes(
    const ChangeFilter& f) {
  // One article's changes come through its (article_id, number) index; all
  // changes, or a source's, by walking versions_seen_at from the newest.
#define STET_CHANGES_SELECT(where)                                         \
  STET_ARTICLE_SELECT_COLUMNS                                              \
  ", " STET_VERSION_COLUMNS                                                \
  "FROM versions v JOIN articles a ON a.id = v.article_id JOIN sources s " \
  "ON s.id = a.source_id " STET_VERSION_JOINS "WHERE " where               \
  " AND (?1 = '' OR s.name = ?1) AND (?3 OR v.number > 1) AND (?4 = 0 OR " \
  "v.seen_at >= ?4) AND (?5 = 0 OR v.seen_at < ?5) ORDER BY v.seen_at "    \
  "DESC, v.id DESC LIMIT ?6 OFFSET ?7"
  STET_ASSIGN_OR_RETURN(
      Stmt s, f.article_id != 0
                  ? store_->Prepare(STET_CHANGES_SELECT("v.article_id = ?2"))
                  : store_->Prepare(STET_CHANGES_SELECT("?2 = 0")));
#undef STET_CHANGES_SELECT
  s.Bind(1, std::string_view(f.source))
      .Bind(2, f.article_id)
      .Bind(3, f.include_first ? 1 : 0)
      .Bind(4, f.since)
      .Bind(5, f.until)
      .Bind(6, f.limit)
      .Bind(7, f.offset);
  std::vector<std::pair<ArticleRow, VersionRow>> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW)
    out.emplace_back(ReadArticle(s), ReadVersion(s, kArticleColumns));
  if (rc != SQLITE_DONE) return store_->Error("listing changes");
  return out;
}

Result<std::vector<SourceSummary>> SqliteTxn::SourceSummaries(
    std::string_view only) {
  std::vector<SourceSummary> out;
  {
    STET_SQL_PREPARE(
        s,
        "SELECT s.id, s.name, "
        "(SELECT count(*) FROM articles a WHERE a.source_id = s.id), "
        "(SELECT count(*) FROM articles a WHERE a.source_id = s.id AND "
        "a.version_count > 1), "
        "(SELECT COALESCE(sum(a.version_count), 0) FROM articles a WHERE "
        "a.source_id = s.id), "
        "(SELECT COALESCE(min(a.first_seen), 0) FROM articles a WHERE "
        "a.source_id = s.id) "
        "FROM sources s WHERE ?1 = '' OR s.name = ?1 ORDER BY s.name");
    s.Bind(1, only);
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      SourceSummary sum;
      sum.source = {s.Int(0), s.Text(1)};
      sum.articles = s.Int(2);
      sum.changed_articles = s.Int(3);
      sum.versions = s.Int(4);
      sum.first_seen = s.Int(5);
      out.push_back(std::move(sum));
    }
    if (rc != SQLITE_DONE) return store_->Error("summarising sources");
  }
  for (SourceSummary& sum : out) {
    if (sum.changed_articles == 0) continue;
    {
      STET_SQL_PREPARE(
          s,
          "SELECT count(*), COALESCE(max(v.seen_at), 0), "
          "COALESCE(sum(v.chars_added + v.chars_removed), 0), "
          "COALESCE(sum(v.headline_changed), 0) FROM articles a JOIN "
          "versions v ON v.article_id = a.id AND v.number > 1 WHERE "
          "a.source_id = ?1 AND a.version_count > 1");
      s.Bind(1, sum.source.id);
      if (s.Step() != SQLITE_ROW) return store_->Error("summarising changes");
      sum.changes = s.Int(0);
      sum.last_change = s.Int(1);
      if (sum.changes > 0) {
        sum.mean_chars_changed =
            static_cast<double>(s.Int(2)) / static_cast<double>(sum.changes);
        sum.headline_change_share =
            static_cast<double>(s.Int(3)) / static_cast<double>(sum.changes);
      }
    }
    // The lower median: the same element the memory store picks.
    STET_SQL_PREPARE(
        s,
        "SELECT v.seen_at - a.first_seen AS d FROM articles a JOIN versions v "
        "ON v.article_id = a.id AND v.number = 2 WHERE a.source_id = ?1 "
        "ORDER BY d LIMIT 1 OFFSET ?2");
    s.Bind(1, sum.source.id).Bind(2, (sum.changed_articles - 1) / 2);
    int rc = s.Step();
    if (rc == SQLITE_ROW)
      sum.median_first_change_after = s.Int(0);
    else if (rc != SQLITE_DONE)
      return store_->Error("summarising change delays");
  }
  return out;
}

Result<ContentRow> SqliteTxn::Content(int64_t content_id) {
  STET_SQL_PREPARE(s,
                   "SELECT c.id, c.article_id, c.fingerprint, "
                   "COALESCE(c.headline, b.headline, ''), "
                   "COALESCE(c.byline, b.byline, ''), c.body, "
                   "COALESCE(c.base_id, 0), c.raw_bytes FROM contents c LEFT "
                   "JOIN contents b ON b.id = c.base_id WHERE c.id = ?1");
  s.Bind(1, content_id);
  int rc = s.Step();
  if (rc == SQLITE_DONE)
    return Corrupt("missing stored text " + std::to_string(content_id));
  if (rc != SQLITE_ROW) return store_->Error("reading a stored text");
  ContentRow c;
  c.id = s.Int(0);
  c.article_id = s.Int(1);
  c.fingerprint = static_cast<uint64_t>(s.Int(2));
  c.headline = s.Text(3);
  c.byline = s.Text(4);
  c.body = s.Blob(5);
  c.base_id = s.Int(6);
  c.raw_bytes = s.Int(7);
  return c;
}

Result<std::vector<Source>> SqliteTxn::Sources() {
  STET_SQL_PREPARE(s, "SELECT id, name FROM sources ORDER BY name");
  std::vector<Source> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) out.push_back({s.Int(0), s.Text(1)});
  if (rc != SQLITE_DONE) return store_->Error("listing sources");
  return out;
}

Result<StoreStats> SqliteTxn::Stats() {
  STET_SQL_PREPARE(
      s,
      "SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM articles), "
      "(SELECT count(*) FROM versions), (SELECT count(*) FROM contents), "
      "(SELECT COALESCE(sum(raw_bytes), 0) FROM contents), (SELECT "
      "COALESCE(sum(length(body) + COALESCE(length(CAST(headline AS BLOB)), "
      "0) + COALESCE(length(CAST(byline AS BLOB)), 0)), 0) FROM contents)");
  if (s.Step() != SQLITE_ROW) return store_->Error("reading statistics");
  StoreStats st;
  st.sources = s.Int(0);
  st.articles = s.Int(1);
  st.versions = s.Int(2);
  st.contents = s.Int(3);
  st.text_bytes = s.Int(4);
  st.stored_bytes = s.Int(5);
  std::error_code ec;
  auto size = std::filesystem::file_size(store_->path(), ec);
  if (!ec) st.file_bytes = static_cast<int64_t>(size);
  auto wal = std::filesystem::file_size(store_->path() + "-wal", ec);
  if (!ec) st.file_bytes += static_cast<int64_t>(wal);
  for (const char* suffix : {"", "-wal"}) {
    auto n = std::filesystem::file_size(
        SearchIndexPath(store_->path()) + suffix, ec);
    if (!ec) st.index_bytes += static_cast<int64_t>(n);
  }
  return st;
}

Result<int64_t> SqliteTxn::EnsureSource(std::string_view name, Timestamp now) {
  {
    STET_SQL_PREPARE(s, "SELECT id FROM sources WHERE name = ?1");
    s.Bind(1, name);
    int rc = s.Step();
    if (rc == SQLITE_ROW) return s.Int(0);
    if (rc != SQLITE_DONE) return store_->Error("reading a source");
  }
  STET_SQL_PREPARE(s, "INSERT INTO sources(name, created_at) VALUES(?1, ?2)");
  s.Bind(1, name).Bind(2, now);
  if (s.Step() != SQLITE_DONE) return store_->Error("adding a source");
  return sqlite3_last_insert_rowid(store_->db());
}

Result<int64_t> SqliteTxn::InsertArticle(const ArticleRow& a) {
  STET_SQL_PREPARE(s,
                   "INSERT INTO articles(url, source_id, first_seen, "
                   "last_seen, state, version_count, headline, url_hash) "
                   "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  s.Bind(1, std::string_view(a.url))
      .Bind(2, a.source_id)
      .Bind(3, a.first_seen)
      .Bind(4, a.last_seen)
      .Bind(5, static_cast<int64_t>(a.state))
      .Bind(6, a.version_count)
      .Bind(7, std::string_view(a.headline))
      .Bind(8, UrlHash(a.url));
  if (s.Step() != SQLITE_DONE) return store_->Error("adding an article");
  return sqlite3_last_insert_rowid(store_->db());
}

Status SqliteTxn::UpdateArticle(const ArticleRow& a) {
  STET_SQL_PREPARE(s,
                   "UPDATE articles SET last_seen = ?2, state = ?3, "
                   "version_count = ?4, headline = ?5, pending_fp = ?6, "
                   "pending_count = ?7 WHERE id = ?1");
  s.Bind(1, a.id)
      .Bind(2, a.last_seen)
      .Bind(3, static_cast<int64_t>(a.state))
      .Bind(4, a.version_count)
      .Bind(5, std::string_view(a.headline))
      .Bind(6, static_cast<int64_t>(a.pending_fp))
      .Bind(7, a.pending_count);
  if (s.Step() != SQLITE_DONE) return store_->Error("updating an article");
  return Status::Ok();
}

Result<int64_t> SqliteTxn::InsertContent(const ContentRow& c) {
  STET_SQL_PREPARE(s,
                   "INSERT INTO contents(article_id, fingerprint, headline, "
                   "byline, body, base_id, raw_bytes) VALUES(?1, ?2, "
                   "CASE WHEN ?3 = (SELECT headline FROM contents WHERE id = "
                   "?6) THEN NULL ELSE ?3 END, "
                   "CASE WHEN ?4 = (SELECT byline FROM contents WHERE id = ?6) "
                   "THEN NULL ELSE ?4 END, ?5, ?6, ?7)");
  s.Bind(1, c.article_id)
      .Bind(2, static_cast<int64_t>(c.fingerprint))
      .Bind(3, std::string_view(c.headline))
      .Bind(4, std::string_view(c.byline))
      .BindBlob(5, c.body)
      .BindNullIfZero(6, c.base_id)
      .Bind(7, c.raw_bytes);
  if (s.Step() != SQLITE_DONE) return store_->Error("storing a text");
  return sqlite3_last_insert_rowid(store_->db());
}

Result<int64_t> SqliteTxn::InsertVersion(const VersionRow& r) {
  const VersionInfo& v = r.info;
  const ChangeSummary& c = v.change;
  STET_SQL_PREPARE(
      s,
      "INSERT INTO versions(article_id, number, content_id, seen_at, "
      "last_seen, observations, kind, reverts_to, stored_bytes, extractor, "
      "unchanged, edited, added, deleted, moved, chars_added, chars_removed, "
      "headline_changed, byline_changed) VALUES(?1, ?2, ?3, ?4, ?5, 1, ?6, "
      "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
  s.Bind(1, v.article_id)
      .Bind(2, v.number)
      .Bind(3, r.content_id)
      .Bind(4, v.seen_at)
      .Bind(5, v.last_seen)
      .Bind(6, static_cast<int64_t>(v.kind))
      .Bind(7, v.reverts_to)
      .Bind(8, v.stored_bytes)
      .Bind(9, v.extractor_version);
  if (v.has_change) {
    s.Bind(10, c.unchanged)
        .Bind(11, c.edited)
        .Bind(12, c.added)
        .Bind(13, c.deleted)
        .Bind(14, c.moved)
        .Bind(15, c.chars_added)
        .Bind(16, c.chars_removed)
        .Bind(17, c.headline_changed ? 1 : 0)
        .Bind(18, c.byline_changed ? 1 : 0);
  }  // else NULL: a first version has no change summary
  if (s.Step() != SQLITE_DONE) return store_->Error("adding a version");
  return sqlite3_last_insert_rowid(store_->db());
}

Status SqliteTxn::UpdateVersionSeen(int64_t version_id, Timestamp last_seen,
                                    int observations) {
  STET_SQL_PREPARE(s,
                   "UPDATE versions SET last_seen = ?2, observations = ?3 "
                   "WHERE id = ?1");
  s.Bind(1, version_id).Bind(2, last_seen).Bind(3, observations);
  if (s.Step() != SQLITE_DONE) return store_->Error("updating a version");
  return Status::Ok();
}

Result<SearchMark> SqliteTxn::SearchWatermark() {
  STET_SQL_PREPARE(s,
                   "SELECT COALESCE((SELECT value FROM search.meta WHERE key = "
                   "'version_id'), 0), COALESCE((SELECT value FROM search.meta "
                   "WHERE key = 'fingerprint'), 0)");
  if (s.Step() != SQLITE_ROW) return store_->Error("reading the search index");
  return SearchMark{s.Int(0), static_cast<uint64_t>(s.Int(1))};
}

Status SqliteTxn::SetSearchWatermark(const SearchMark& mark) {
  STET_SQL_PREPARE(s,
                   "INSERT INTO search.meta(key, value) VALUES ('version_id', "
                   "?1), ('fingerprint', ?2) ON CONFLICT(key) DO UPDATE SET "
                   "value = excluded.value");
  s.Bind(1, mark.version_id).Bind(2, static_cast<int64_t>(mark.fingerprint));
  if (s.Step() != SQLITE_DONE)
    return store_->Error("updating the search index");
  return Status::Ok();
}

Status SqliteTxn::ClearSearchIndex() {
  return store_->Exec(
      "DELETE FROM search.meta; DELETE FROM search.passages; DELETE FROM "
      "search.indexed; INSERT INTO search.passages_fts(passages_fts) "
      "VALUES ('delete-all')");
}

Result<std::vector<VersionRow>> SqliteTxn::VersionsAfter(int64_t after,
                                                         int limit) {
  STET_SQL_PREPARE(s, "SELECT v.article_id, " STET_VERSION_COLUMNS
                      "FROM versions v " STET_VERSION_JOINS
                      "WHERE v.id > ?1 ORDER BY v.id LIMIT ?2");
  s.Bind(1, after).Bind(2, limit);
  std::vector<VersionRow> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    out.push_back(ReadVersion(s, 1));
    out.back().info.article_id = s.Int(0);
  }
  if (rc != SQLITE_DONE) return store_->Error("reading versions to index");
  return out;
}

Result<int64_t> SqliteTxn::CountVersionsAfter(int64_t after) {
  STET_SQL_PREPARE(s, "SELECT count(*) FROM versions WHERE id > ?1");
  s.Bind(1, after);
  if (s.Step() != SQLITE_ROW) return store_->Error("counting versions");
  return s.Int(0);
}

Status SqliteTxn::IndexPassage(const PassageRow& row) {
  {
    STET_SQL_PREPARE(s,
                     "SELECT id, last_version FROM search.passages WHERE "
                     "article_id = ?1 AND hash = ?2");
    s.Bind(1, row.article_id).Bind(2, static_cast<int64_t>(row.hash));
    int rc = s.Step();
    if (rc == SQLITE_ROW) {
      const int64_t id = s.Int(0);
      if (s.Int(1) >= row.last_version) return Status::Ok();
      STET_SQL_PREPARE(u,
                       "UPDATE search.passages SET last_version = ?2, "
                       "last_seen = ?3 WHERE id = ?1");
      u.Bind(1, id).Bind(2, row.last_version).Bind(3, row.last_seen);
      if (u.Step() != SQLITE_DONE)
        return store_->Error("updating the search index");
      return Status::Ok();
    }
    if (rc != SQLITE_DONE) return store_->Error("reading the search index");
  }
  STET_SQL_PREPARE(i,
                   "INSERT INTO search.passages(article_id, hash, headline, "
                   "first_version, first_seen, last_version, last_seen, "
                   "source_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  i.Bind(8, row.source_id)
      .Bind(1, row.article_id)
      .Bind(2, static_cast<int64_t>(row.hash))
      .Bind(3, row.headline ? 1 : 0)
      .Bind(4, row.first_version)
      .Bind(5, row.first_seen)
      .Bind(6, row.last_version)
      .Bind(7, row.last_seen);
  if (i.Step() != SQLITE_DONE)
    return store_->Error("adding to the search index");
  STET_SQL_PREPARE(f,
                   "INSERT INTO search.passages_fts(rowid, text) VALUES (?1, "
                   "?2)");
  f.Bind(1, sqlite3_last_insert_rowid(store_->db()))
      .Bind(2, std::string_view(row.text));
  if (f.Step() != SQLITE_DONE)
    return store_->Error("adding to the search index");
  return Status::Ok();
}

Status SqliteTxn::SetIndexedVersion(int64_t article_id, int number) {
  STET_SQL_PREPARE(s,
                   "INSERT INTO search.indexed(article_id, version) VALUES "
                   "(?1, ?2) ON CONFLICT(article_id) DO UPDATE SET version = "
                   "excluded.version");
  s.Bind(1, article_id).Bind(2, number);
  if (s.Step() != SQLITE_DONE)
    return store_->Error("updating the search index");
  return Status::Ok();
}

// The terms as an FTS5 expression: each a quoted phrase (its words are word
// characters only, so nothing in them is FTS5 syntax), '*' after a prefix,
// all of them required.
std::string Fts5Expression(const std::vector<SearchTerm>& terms) {
  std::string e;
  for (const SearchTerm& t : terms) {
    if (!e.empty()) e += ' ';
    e += '"';
    for (size_t k = 0; k < t.words.size(); ++k) {
      if (k) e += ' ';
      for (char c : t.words[k]) e += c == '"' ? ' ' : c;
    }
    e += '"';
    if (t.prefix) e += '*';
  }
  return e;
}

#define STET_PASSAGE_COLUMNS                                               \
  "p.id, p.article_id, p.source_id, p.hash, p.headline, p.first_version, " \
  "p.first_seen, p.last_version, p.last_seen"

PassageRow ReadPassage(const Stmt& s) {
  PassageRow p;
  p.id = s.Int(0);
  p.article_id = s.Int(1);
  p.source_id = s.Int(2);
  p.hash = static_cast<uint64_t>(s.Int(3));
  p.headline = s.Int(4) != 0;
  p.first_version = static_cast<int>(s.Int(5));
  p.first_seen = s.Int(6);
  p.last_version = static_cast<int>(s.Int(7));
  p.last_seen = s.Int(8);
  return p;
}

Result<std::optional<PassageRow>> SqliteTxn::PassageById(int64_t id) {
  STET_SQL_PREPARE(s, "SELECT " STET_PASSAGE_COLUMNS
                      " FROM search.passages p WHERE p.id = ?1");
  s.Bind(1, id);
  int rc = s.Step();
  if (rc == SQLITE_DONE) return std::optional<PassageRow>();
  if (rc != SQLITE_ROW) return store_->Error("reading the search index");
  return std::optional<PassageRow>(ReadPassage(s));
}

Result<int> SqliteTxn::IndexedVersion(int64_t article_id) {
  STET_SQL_PREPARE(s,
                   "SELECT version FROM search.indexed WHERE article_id = ?1");
  s.Bind(1, article_id);
  int rc = s.Step();
  if (rc == SQLITE_DONE) return 0;
  if (rc != SQLITE_ROW) return store_->Error("reading the search index");
  return static_cast<int>(s.Int(0));
}

// FTS5 hands matches over newest (highest rowid) first and stops at the
// limit, so a word in half the store costs no more than a rare one. Each
// match costs row lookups, so a query reads only what it needs: bm25 when
// ranking by relevance, the passage row when filtering or ordering by time,
// the article's indexed version when asking for removed text.
Result<std::vector<SearchCandidate>> SqliteTxn::SearchCandidates(
    const std::vector<SearchTerm>& terms, const SearchQuery& q, int limit) {
  const bool rank = !q.newest_first;
  const bool removed = q.removed_only;
  const bool rows =
      !rank || removed || !q.source.empty() || q.since != 0 || q.until != 0;
#define STET_SEARCH_ROWS(indexed, score, join, where)                          \
  "SELECT " STET_PASSAGE_COLUMNS ", " indexed ", " score                       \
  " FROM search.passages_fts JOIN search.passages p ON p.id = "                \
  "passages_fts.rowid " join                                                   \
  " WHERE passages_fts MATCH ?1 AND (?2 = '' OR p.source_id = (SELECT id "     \
  "FROM sources WHERE name = ?2)) AND (?3 = 0 OR p.first_seen >= ?3) AND (?4 " \
  "= 0 OR p.first_seen < ?4) " where                                           \
  " ORDER BY passages_fts.rowid DESC LIMIT ?6"
#define STET_SEARCH_JOIN_INDEXED \
  "JOIN search.indexed i ON i.article_id = p.article_id"
  const char* sql =
      !rows ? "SELECT rowid, 0, 0, 0, 0, 0, 0, 0, 0, -1, rank FROM "
              "search.passages_fts WHERE passages_fts MATCH ?1 ORDER BY rowid "
              "DESC LIMIT ?6"
      : removed
          ? (rank ? STET_SEARCH_ROWS("i.version", "passages_fts.rank",
                                     STET_SEARCH_JOIN_INDEXED,
                                     "AND p.last_version < i.version")
                  : STET_SEARCH_ROWS("i.version", "0", STET_SEARCH_JOIN_INDEXED,
                                     "AND p.last_version < i.version"))
          : (rank ? STET_SEARCH_ROWS("-1", "passages_fts.rank", "", "")
                  : STET_SEARCH_ROWS("-1", "0", "", ""));
#undef STET_SEARCH_ROWS
#undef STET_SEARCH_JOIN_INDEXED
  STET_ASSIGN_OR_RETURN(Stmt s, store_->Prepare(sql));
  s.Bind(1, Fts5Expression(terms))
      .Bind(2, std::string_view(q.source))
      .Bind(3, q.since)
      .Bind(4, q.until)
      .Bind(6, limit);
  std::vector<SearchCandidate> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    SearchCandidate c;
    c.passage = ReadPassage(s);
    c.indexed = static_cast<int>(s.Int(9));
    c.score = -s.Double(10);  // bm25 rank: lower is better
    out.push_back(std::move(c));
  }
  if (rc != SQLITE_DONE) return store_->Error("searching");
  return out;
}

Status SqliteTxn::SetStory(const StoryMember& m) {
  STET_SQL_PREPARE(
      s,
      "INSERT INTO story_members(article_id, story_id, similarity) "
      "VALUES (?1, ?2, ?3) ON CONFLICT(article_id) DO UPDATE SET "
      "story_id = excluded.story_id, similarity = "
      "excluded.similarity");
  s.Bind(1, m.article_id).Bind(2, m.story_id);
  s.BindDouble(3, m.similarity);
  if (s.Step() != SQLITE_DONE)
    return store_->Error("placing an article in a story");
  return Status::Ok();
}

Result<int64_t> SqliteTxn::StoryOf(int64_t article_id) {
  STET_SQL_PREPARE(s,
                   "SELECT story_id FROM story_members WHERE article_id = ?1");
  s.Bind(1, article_id);
  const int rc = s.Step();
  if (rc == SQLITE_ROW) return s.Int(0);
  if (rc != SQLITE_DONE) return store_->Error("reading an article's story");
  return int64_t{0};
}

Result<std::vector<StorySummary>> SqliteTxn::StorySummaries(
    const StoryFilter& f, int64_t only) {
  // Computed from the members each time: one pass over them (fine for a
  // page of stories over a store of this size; a table kept up to date as
  // stories change is the next step when stores grow).
  STET_SQL_PREPARE(
      s,
      "SELECT m.story_id, COUNT(*), COUNT(DISTINCT a.source_id), "
      "MIN(a.first_seen), MAX(a.last_seen), (SELECT a2.headline FROM "
      "story_members m2 JOIN articles a2 ON a2.id = m2.article_id WHERE "
      "m2.story_id = m.story_id ORDER BY a2.first_seen, a2.id LIMIT 1) "
      "FROM story_members m JOIN articles a ON a.id = m.article_id "
      "WHERE (?1 = 0 OR m.story_id = ?1) GROUP BY m.story_id "
      "HAVING COUNT(*) >= ?2 AND (?3 = '' OR SUM(a.source_id = (SELECT id "
      "FROM sources WHERE name = ?3)) > 0) "
      "ORDER BY MAX(a.last_seen) DESC, m.story_id DESC LIMIT ?4 OFFSET ?5");
  s.Bind(1, only)
      .Bind(2, int64_t{f.min_articles})
      .Bind(3, std::string_view(f.source))
      .Bind(4, int64_t{f.limit})
      .Bind(5, int64_t{f.offset});
  std::vector<StorySummary> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    StorySummary r;
    r.id = s.Int(0);
    r.articles = s.Int(1);
    r.sources = s.Int(2);
    r.first_seen = s.Int(3);
    r.last_seen = s.Int(4);
    r.headline = s.Text(5);
    out.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return store_->Error("listing stories");
  return out;
}

Result<std::vector<int64_t>> SqliteTxn::StoryArticleIds(int64_t story_id) {
  STET_SQL_PREPARE(s,
                   "SELECT a.id FROM story_members m JOIN articles a ON a.id "
                   "= m.article_id WHERE m.story_id = ?1 ORDER BY "
                   "a.first_seen, a.id");
  s.Bind(1, story_id);
  std::vector<int64_t> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) out.push_back(s.Int(0));
  if (rc != SQLITE_DONE) return store_->Error("reading a story");
  return out;
}

Result<int64_t> SqliteTxn::QuoteWatermark() {
  STET_SQL_PREPARE(
      s,
      "SELECT COALESCE((SELECT version_id FROM quote_mark WHERE id = 1), 0)");
  if (s.Step() != SQLITE_ROW) return store_->Error("reading the quotations");
  return s.Int(0);
}

Status SqliteTxn::SetQuoteWatermark(int64_t version_id) {
  STET_SQL_PREPARE(
      s,
      "INSERT INTO quote_mark(id, version_id) VALUES (1, ?1) ON "
      "CONFLICT(id) DO UPDATE SET version_id = excluded.version_id");
  s.Bind(1, version_id);
  if (s.Step() != SQLITE_DONE) return store_->Error("updating the quotations");
  return Status::Ok();
}

Result<int> SqliteTxn::QuoteReader() {
  STET_SQL_PREPARE(
      s, "SELECT COALESCE((SELECT reader FROM quote_mark WHERE id = 1), 0)");
  if (s.Step() != SQLITE_ROW) return store_->Error("reading the quotations");
  return static_cast<int>(s.Int(0));
}

Status SqliteTxn::ResetQuotes(int reader) {
  STET_RETURN_IF_ERROR(store_->Exec("DELETE FROM quotes"));
  STET_SQL_PREPARE(s,
                   "INSERT INTO quote_mark(id, version_id, reader) VALUES (1, "
                   "0, ?1) ON CONFLICT(id) DO UPDATE SET version_id = 0, "
                   "reader = excluded.reader");
  s.Bind(1, int64_t{reader});
  if (s.Step() != SQLITE_DONE) return store_->Error("resetting the quotations");
  return Status::Ok();
}

Status SqliteTxn::AddQuote(const StoredQuote& q) {
  {
    STET_SQL_PREPARE(s,
                     "UPDATE quotes SET last_version = ?3, speaker = ?4, "
                     "person = ?5 WHERE id = (SELECT id FROM quotes WHERE "
                     "article_id = ?1 AND last_version = ?2 AND text = ?6 "
                     "LIMIT 1)");
    s.Bind(1, q.article_id)
        .Bind(2, int64_t{q.first_version - 1})
        .Bind(3, int64_t{q.last_version})
        .Bind(4, q.speaker)
        .Bind(5, q.person)
        .Bind(6, q.text);
    if (s.Step() != SQLITE_DONE) return store_->Error("keeping a quotation");
  }
  if (sqlite3_changes(store_->db()) > 0) return Status::Ok();
  STET_SQL_PREPARE(s,
                   "INSERT INTO quotes(article_id, text, speaker, person, "
                   "first_version, last_version, first_seen) VALUES (?1, ?2, "
                   "?3, ?4, ?5, ?6, ?7)");
  s.Bind(1, q.article_id)
      .Bind(2, q.text)
      .Bind(3, q.speaker)
      .Bind(4, q.person)
      .Bind(5, int64_t{q.first_version})
      .Bind(6, int64_t{q.last_version})
      .Bind(7, q.first_seen);
  if (s.Step() != SQLITE_DONE) return store_->Error("keeping a quotation");
  return Status::Ok();
}

Result<std::vector<StoredQuote>> SqliteTxn::Quotes(
    const QuoteFilter& f, const std::string& person_last) {
  STET_SQL_PREPARE(
      s,
      "SELECT q.id, q.article_id, q.text, q.speaker, q.person, "
      "q.first_version, q.last_version, q.first_seen, s.name, a.url, "
      "a.headline, a.version_count, COALESCE(m.story_id, 0) FROM quotes q "
      "JOIN articles a ON a.id = q.article_id JOIN sources s ON s.id = "
      "a.source_id LEFT JOIN story_members m ON m.article_id = q.article_id "
      "WHERE (?1 = '' OR q.person = ?1 OR q.person LIKE '% ' || ?1 OR "
      "(?2 != '' AND q.person = ?2)) AND (?3 = 0 OR m.story_id = ?3) AND "
      "(?4 = 0 OR q.article_id = ?4) AND (?5 = '' OR s.name = ?5) AND "
      "(?6 = 0 OR q.first_seen >= ?6) AND (?7 = 0 OR q.first_seen < ?7) AND "
      "(?8 = 0 OR q.last_version < a.version_count) ORDER BY q.first_seen "
      "DESC, q.id DESC LIMIT ?9 OFFSET ?10");
  s.Bind(1, f.person)
      .Bind(2, person_last)
      .Bind(3, f.story_id)
      .Bind(4, f.article_id)
      .Bind(5, f.source)
      .Bind(6, f.since)
      .Bind(7, f.until)
      .Bind(8, int64_t{f.dropped_only ? 1 : 0})
      .Bind(9, int64_t{f.limit})
      .Bind(10, int64_t{f.offset});
  std::vector<StoredQuote> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    StoredQuote q;
    q.id = s.Int(0);
    q.article_id = s.Int(1);
    q.text = s.Text(2);
    q.speaker = s.Text(3);
    q.person = s.Text(4);
    q.first_version = static_cast<int>(s.Int(5));
    q.last_version = static_cast<int>(s.Int(6));
    q.first_seen = s.Int(7);
    q.source = s.Text(8);
    q.url = s.Text(9);
    q.headline = s.Text(10);
    q.versions = static_cast<int>(s.Int(11));
    q.story_id = s.Int(12);
    out.push_back(std::move(q));
  }
  if (rc != SQLITE_DONE) return store_->Error("reading quotations");
  return out;
}

Result<int64_t> SqliteTxn::MaxGroupedArticle() {
  STET_SQL_PREPARE(s, "SELECT COALESCE(MAX(article_id), 0) FROM story_members");
  if (s.Step() != SQLITE_ROW) return store_->Error("reading the stories");
  return s.Int(0);
}

Result<std::vector<ArticleRow>> SqliteTxn::ArticlesAfter(int64_t after_id,
                                                         int limit) {
  STET_SQL_PREPARE(
      s, STET_ARTICLE_SELECT "WHERE a.id > ?1 ORDER BY a.id LIMIT ?2");
  s.Bind(1, after_id).Bind(2, int64_t{limit});
  return AllArticles(s);
}

Result<int64_t> PragmaInt(SqliteStore& st, const char* sql) {
  STET_ASSIGN_OR_RETURN(Stmt s, st.Prepare(sql));
  if (s.Step() != SQLITE_ROW) return st.Error(sql);
  return s.Int(0);
}

// Checks the file is ours (or empty) and brings its schema up to date.
Status Migrate(SqliteStore& st) {
  // Reading the header is the first real I/O: a non-SQLite file fails here.
  STET_ASSIGN_OR_RETURN(int64_t app, PragmaInt(st, "PRAGMA application_id"));
  STET_ASSIGN_OR_RETURN(int64_t version, PragmaInt(st, "PRAGMA user_version"));
  STET_ASSIGN_OR_RETURN(int64_t tables,
                        PragmaInt(st, "SELECT count(*) FROM sqlite_schema"));
  if (app != kApplicationId && (app != 0 || tables != 0 || version != 0))
    return Corrupt(st.path() +
                   " is a SQLite database, but not a stet database");
  if (version > kSchemaVersion)
    return Status(ErrorCode::kUnsupported,
                  st.path() + " was written by a newer stet (schema " +
                      std::to_string(version) + "; this stet knows up to " +
                      std::to_string(kSchemaVersion) + "); upgrade stet");
  if (version == kSchemaVersion) return Status::Ok();
  STET_RETURN_IF_ERROR(st.Exec("BEGIN IMMEDIATE"));
  // Re-read under the lock: another process may have migrated meanwhile.
  auto again = PragmaInt(st, "PRAGMA user_version");
  if (!again.ok()) {
    (void)st.Exec("ROLLBACK");
    return again.status();
  }
  for (int64_t v = *again; v < kSchemaVersion; ++v) {
    Status s = st.Exec(kMigrations[v]);
    if (!s.ok()) {
      (void)st.Exec("ROLLBACK");
      return s.WithContext("migrating the schema to version " +
                           std::to_string(v + 1));
    }
  }
  std::string set =
      "PRAGMA application_id = " + std::to_string(kApplicationId) +
      "; PRAGMA user_version = " + std::to_string(kSchemaVersion);
  Status s = st.Exec(set.c_str());
  if (!s.ok()) {
    (void)st.Exec("ROLLBACK");
    return s;
  }
  return st.Exec("COMMIT");
}

// Attaches the search index's file, creating its tables the first time.
// The index is derived from the versions: a file that is not one is
// refused with a message saying it can simply be removed.
Status AttachSearchIndex(SqliteStore& st) {
  const std::string path = SearchIndexPath(st.path());
  {
    STET_ASSIGN_OR_RETURN(Stmt a, st.Prepare("ATTACH DATABASE ?1 AS search"));
    a.Bind(1, std::string_view(path));
    if (a.Step() != SQLITE_DONE) {
      if (sqlite3_errcode(st.db()) == SQLITE_NOTADB)
        return Corrupt(path +
                       " is not a search index stet can read; move it away "
                       "and stet builds the search index again");
      return IoError("cannot open the search index " + path + ": " +
                     sqlite3_errmsg(st.db()));
    }
  }
  auto unusable = [&](std::string_view why) {
    (void)st.Exec("DETACH DATABASE search");
    return Corrupt(path + " " + std::string(why) +
                   "; move it away and stet builds the search index again");
  };
  auto app = PragmaInt(st, "PRAGMA search.application_id");
  auto version = PragmaInt(st, "PRAGMA search.user_version");
  auto tables = PragmaInt(st, "SELECT count(*) FROM search.sqlite_schema");
  if (!app.ok() || !version.ok() || !tables.ok())
    return unusable("is not a search index stet can read");
  if (*app != kSearchApplicationId && (*app != 0 || *tables != 0))
    return unusable("is not stet's search index");
  if (*version > kSearchSchemaVersion)
    return unusable("was written by a newer stet");
  if (*version == kSearchSchemaVersion) return Status::Ok();
  STET_RETURN_IF_ERROR(st.Exec("BEGIN IMMEDIATE"));
  auto again = PragmaInt(st, "PRAGMA search.user_version");
  Status s = again.ok() ? Status::Ok() : again.status();
  if (s.ok() && *again != kSearchSchemaVersion) {
    if (*again != 0) s = st.Exec(kSearchDrop);
    if (s.ok()) s = st.Exec(kSearchSchema);
  }
  if (s.ok()) {
    const std::string set = "PRAGMA search.application_id = " +
                            std::to_string(kSearchApplicationId) +
                            "; PRAGMA search.user_version = " +
                            std::to_string(kSearchSchemaVersion);
    s = st.Exec(set.c_str());
  }
  if (!s.ok()) {
    (void)st.Exec("ROLLBACK");
    return s.WithContext("creating the search index " + path);
  }
  return st.Exec("COMMIT");
}

}  // namespace

int SqliteSchemaVersion() { return kSchemaVersion; }

Status testing::CreateSqliteSchema(const std::string& path, int version) {
  if (version < 1 || version > kSchemaVersion)
    return InvalidArgument("no schema version " + std::to_string(version));
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
    sqlite3_close(db);
    return IoError("cannot create " + path);
  }
  sqlite3_create_function_v2(db, "stet_url_hash", 1,
                             SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                             SqlUrlHash, nullptr, nullptr, nullptr);
  std::string sql = "BEGIN;";
  for (int v = 0; v < version; ++v) sql += kMigrations[v];
  sql += "PRAGMA application_id = " + std::to_string(kApplicationId) +
         "; PRAGMA user_version = " + std::to_string(version) + "; COMMIT;";
  char* err = nullptr;
  Status s;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK)
    s = Internal(std::string("creating schema: ") + (err ? err : "?"));
  sqlite3_free(err);
  sqlite3_close(db);
  return s;
}

#define STET_SCHEDULE_COLUMNS                                             \
  "url, source_id, kind, state, added_at, next_check, interval, checks, " \
  "changes, "                                                             \
  "last_check, last_change, last_status, failures, last_error, etag, "    \
  "last_modified, body_hash"

namespace {

Scheduled ScheduledFrom(const Stmt& s) {
  Scheduled r;
  r.url = s.Text(0);
  r.source_id = s.Int(1);
  r.kind = static_cast<ScheduleKind>(s.Int(2));
  r.state = static_cast<ScheduleState>(s.Int(3));
  r.added_at = s.Int(4);
  r.next_check = s.Int(5);
  r.interval = s.Int(6);
  r.checks = s.Int(7);
  r.changes = s.Int(8);
  r.last_check = s.Int(9);
  r.last_change = s.Int(10);
  r.last_status = static_cast<int>(s.Int(11));
  r.failures = static_cast<int>(s.Int(12));
  r.last_error = s.Text(13);
  r.etag = s.Text(14);
  r.last_modified = s.Text(15);
  r.body_hash = static_cast<uint64_t>(s.Int(16));
  return r;
}

void BindScheduled(Stmt& s, const Scheduled& r) {
  s.Bind(1, std::string_view(r.url))
      .Bind(2, r.source_id)
      .Bind(3, static_cast<int64_t>(r.kind))
      .Bind(4, static_cast<int64_t>(r.state))
      .Bind(5, r.added_at)
      .Bind(6, r.next_check)
      .Bind(7, r.interval)
      .Bind(8, r.checks)
      .Bind(9, r.changes)
      .Bind(10, r.last_check)
      .Bind(11, r.last_change)
      .Bind(12, static_cast<int64_t>(r.last_status))
      .Bind(13, static_cast<int64_t>(r.failures))
      .Bind(14, std::string_view(r.last_error))
      .Bind(15, std::string_view(r.etag))
      .Bind(16, std::string_view(r.last_modified))
      .Bind(17, static_cast<int64_t>(r.body_hash))
      .Bind(18, UrlHash(r.url));
}

}  // namespace

Result<int64_t> SqliteTxn::SaveSource(std::string_view name,
                                      std::string_view config, Timestamp now) {
  STET_ASSIGN_OR_RETURN(int64_t id, EnsureSource(name, now));
  STET_SQL_PREPARE(s, "UPDATE sources SET config = ?2 WHERE id = ?1");
  s.Bind(1, id).Bind(2, config);
  if (s.Step() != SQLITE_DONE) return store_->Error("saving a source");
  return id;
}

Result<std::optional<std::string>> SqliteTxn::SourceConfig(int64_t source_id) {
  STET_SQL_PREPARE(s, "SELECT config FROM sources WHERE id = ?1");
  s.Bind(1, source_id);
  int rc = s.Step();
  if (rc == SQLITE_DONE) return std::optional<std::string>();
  if (rc != SQLITE_ROW) return store_->Error("reading a source");
  return std::optional<std::string>(s.Text(0));
}

Result<bool> SqliteTxn::InsertScheduled(const Scheduled& r) {
  {
    // Write transactions hold the write lock, so no other writer can add
    // the URL between this look and the insert.
    STET_SQL_PREPARE(s,
                     "SELECT 1 FROM schedule WHERE url_hash = ?2 AND url = ?1");
    s.Bind(1, std::string_view(r.url)).Bind(2, UrlHash(r.url));
    int rc = s.Step();
    if (rc == SQLITE_ROW) return false;
    if (rc != SQLITE_DONE) return store_->Error("reading the schedule");
  }
  STET_SQL_PREPARE(
      s, "INSERT INTO schedule(" STET_SCHEDULE_COLUMNS
         ", url_hash) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
         "?12, ?13, ?14, ?15, ?16, ?17, ?18)");
  BindScheduled(s, r);
  if (s.Step() != SQLITE_DONE) return store_->Error("scheduling a URL");
  return true;
}

Result<std::optional<Scheduled>> SqliteTxn::ScheduledByUrl(
    std::string_view url) {
  STET_SQL_PREPARE(s, "SELECT " STET_SCHEDULE_COLUMNS
                      " FROM schedule WHERE url_hash = ?2 AND url = ?1");
  s.Bind(1, url).Bind(2, UrlHash(url));
  int rc = s.Step();
  if (rc == SQLITE_DONE) return std::optional<Scheduled>();
  if (rc != SQLITE_ROW) return store_->Error("reading the schedule");
  return std::optional<Scheduled>(ScheduledFrom(s));
}

Result<std::vector<Scheduled>> SqliteTxn::ClaimDue(Timestamp now, int limit,
                                                   Timestamp lease_until) {
  std::vector<Scheduled> out;
  std::vector<int64_t> ids;
  {
    STET_SQL_PREPARE(s,
                     "SELECT " STET_SCHEDULE_COLUMNS
                     ", id FROM schedule WHERE state != 1 AND next_check <= ?1 "
                     "AND lease_until <= ?1 ORDER BY next_check LIMIT ?2");
    s.Bind(1, now).Bind(2, static_cast<int64_t>(limit));
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      out.push_back(ScheduledFrom(s));
      ids.push_back(s.Int(17));
    }
    if (rc != SQLITE_DONE) return store_->Error("reading due URLs");
  }
  for (int64_t id : ids) {
    STET_SQL_PREPARE(s, "UPDATE schedule SET lease_until = ?2 WHERE id = ?1");
    s.Bind(1, id).Bind(2, lease_until);
    if (s.Step() != SQLITE_DONE) return store_->Error("leasing due URLs");
  }
  return out;
}

Status SqliteTxn::UpdateScheduled(const Scheduled& r) {
  STET_SQL_PREPARE(
      s,
      "UPDATE schedule SET source_id = ?2, kind = ?3, state = ?4, "
      "added_at = ?5, next_check = ?6, interval = ?7, checks = ?8, "
      "changes = ?9, last_check = ?10, last_change = ?11, last_status = ?12, "
      "failures = ?13, last_error = ?14, etag = ?15, last_modified = ?16, "
      "body_hash = ?17, lease_until = 0 WHERE url_hash = ?18 AND url = ?1");
  BindScheduled(s, r);
  if (s.Step() != SQLITE_DONE) return store_->Error("updating the schedule");
  if (sqlite3_changes(store_->db()) == 0)
    return NotFound("'" + r.url + "' is not scheduled");
  return Status::Ok();
}

Status SqliteTxn::InsertEvent(const WatchEvent& e) {
  STET_SQL_PREPARE(
      s, "INSERT INTO events(url, at, kind, detail) VALUES(?1, ?2, ?3, ?4)");
  s.Bind(1, std::string_view(e.url))
      .Bind(2, e.at)
      .Bind(3, static_cast<int64_t>(e.kind))
      .Bind(4, std::string_view(e.detail));
  if (s.Step() != SQLITE_DONE) return store_->Error("logging an event");
  return Status::Ok();
}

Result<std::vector<WatchEvent>> SqliteTxn::Events(int limit) {
  STET_SQL_PREPARE(
      s,
      "SELECT url, at, kind, detail FROM events ORDER BY at DESC, id DESC "
      "LIMIT ?1");
  s.Bind(1, static_cast<int64_t>(std::max(limit, 0)));
  std::vector<WatchEvent> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW)
    out.push_back(
        {s.Text(0), s.Int(1), static_cast<EventKind>(s.Int(2)), s.Text(3)});
  if (rc != SQLITE_DONE) return store_->Error("reading events");
  return out;
}

Result<ScheduleStatus> SqliteTxn::ScheduleCounts(Timestamp now) {
  STET_SQL_PREPARE(
      s,
      "SELECT COALESCE(sum(state = 0), 0), COALESCE(sum(state = 1), 0), "
      "COALESCE(sum(state = 2), 0), "
      "COALESCE(sum(state != 1 AND lease_until <= ?1 AND next_check <= ?1), "
      "0), "
      "COALESCE(sum(state != 1 AND lease_until > ?1), 0), "
      "COALESCE(min(CASE WHEN state = 0 THEN next_check END), 0), "
      "COALESCE(sum(last_check > max(?1 - 3600, 0) AND last_check <= ?1), 0), "
      "COALESCE(sum(last_change > max(?1 - 3600, 0) AND last_change <= ?1), 0) "
      "FROM "
      "schedule");
  s.Bind(1, now);
  if (s.Step() != SQLITE_ROW) return store_->Error("reading the schedule");
  ScheduleStatus st;
  st.active = s.Int(0);
  st.finished = s.Int(1);
  st.removed = s.Int(2);
  st.due = s.Int(3);
  st.leased = s.Int(4);
  st.next_due = s.Int(5);
  st.checked_last_hour = s.Int(6);
  st.changed_last_hour = s.Int(7);
  return st;
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                               const SqliteOptions& options) {
  std::error_code ec;
  if (!options.create && !std::filesystem::exists(path, ec))
    return NotFound("no database at " + path);
  if (std::filesystem::is_directory(path, ec))
    return InvalidArgument(path + " is a directory, not a database file");
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
              (options.create ? SQLITE_OPEN_CREATE : 0);
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return IoError("cannot open " + path + ": " + msg);
  }
  auto store = std::make_unique<SqliteStore>(db, path);
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  sqlite3_extended_result_codes(db, 0);
  if (sqlite3_create_function_v2(
          db, "stet_url_hash", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
          SqlUrlHash, nullptr, nullptr, nullptr) != SQLITE_OK)
    return store->Error("registering stet_url_hash");
  STET_RETURN_IF_ERROR(Migrate(*store));
  STET_RETURN_IF_ERROR(AttachSearchIndex(*store));
  STET_RETURN_IF_ERROR(store->Exec("PRAGMA journal_mode = WAL"));
  STET_RETURN_IF_ERROR(store->Exec("PRAGMA search.journal_mode = WAL"));
  STET_RETURN_IF_ERROR(store->Exec(options.full_sync
                                       ? "PRAGMA synchronous = FULL"
                                       : "PRAGMA synchronous = NORMAL"));
  STET_RETURN_IF_ERROR(store->Exec("PRAGMA foreign_keys = ON"));
  for (const char* db : {"main", "search"}) {
    const std::string mmap =
        "PRAGMA " + std::string(db) + ".mmap_size = " +
        std::to_string(std::max<int64_t>(0, options.mmap_bytes));
    STET_RETURN_IF_ERROR(store->Exec(mmap.c_str()));
  }
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace stet
