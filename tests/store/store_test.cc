// The store test suite: runs unchanged against every backend.
#include "stet/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "stet/text.h"

namespace stet {
namespace {

namespace fs = std::filesystem;

struct Backend {
  std::string name;
  std::function<std::unique_ptr<Store>(const std::string& dir)> open;
};

std::vector<Backend> Backends() {
  return {
      {"memory", [](const std::string&) { return NewMemoryStore(); }},
      {"sqlite",
       [](const std::string& dir) {
         auto s = OpenSqliteStore(dir + "/stet.db");
         EXPECT_TRUE(s.ok()) << s.status().message();
         return std::move(s).value();
       }},
  };
}

VersionText Text(std::string headline, std::vector<std::string> paras,
                 std::string byline = "") {
  VersionText t;
  t.headline = std::move(headline);
  t.byline = std::move(byline);
  t.paragraphs = std::move(paras);
  return t;
}

Observation Obs(std::string url, Timestamp t, VersionText text,
                std::string source = "guardian") {
  Observation o;
  o.url = std::move(url);
  o.source = std::move(source);
  o.seen_at = t;
  o.text = std::move(text);
  return o;
}

class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    dir_ = (fs::temp_directory_path() /
            ("stet_store_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name()))
               .string();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    store_ = GetParam().open(dir_);
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  RecordResult Rec(const Observation& o) {
    auto r = store_->Record(o);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : RecordResult{};
  }

  std::string dir_;
  std::unique_ptr<Store> store_;
};

const VersionText kV1 =
    Text("Johnson meets Lavrov", {"Boris Johnson has begun talks in Moscow.",
                                  "Relations are poor. Both sides agree."});
const VersionText kV2 = Text("Johnson and Lavrov spar",
                             {"Boris Johnson has begun tense talks in Moscow.",
                              "Relations are poor. Both sides agree."});
const VersionText kV3 = Text(
    "Johnson and Lavrov spar",
    {"Boris Johnson has begun tense talks in Moscow.",
     "Relations are poor. Both sides agree.", "A press conference followed."});

TEST_P(StoreTest, FirstObservationCreatesArticleAndVersion) {
  RecordResult r = Rec(Obs("http://a/1", 100, kV1));
  EXPECT_EQ(r.outcome, RecordOutcome::kNewArticle);
  EXPECT_EQ(r.version, 1);
  EXPECT_GT(r.stored_bytes, 0);
  auto a = store_->FindArticle("http://a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->source, "guardian");
  EXPECT_EQ(a->version_count, 1);
  EXPECT_EQ(a->first_seen, 100);
  EXPECT_EQ(a->headline, "Johnson meets Lavrov");
  auto by_id = store_->FindArticle(std::to_string(a->id));
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ(by_id->url, "http://a/1");
  auto v = store_->LoadVersion(a->id, 1);
  ASSERT_TRUE(v.ok()) << v.status().message();
  EXPECT_EQ(v->text, kV1);
  EXPECT_EQ(v->info.kind, VersionKind::kOriginal);
  EXPECT_FALSE(v->info.has_change);
}

TEST_P(StoreTest, NewTextBecomesVersionWithChangeSummary) {
  Rec(Obs("http://a/1", 100, kV1));
  RecordResult r = Rec(Obs("http://a/1", 200, kV2));
  EXPECT_EQ(r.outcome, RecordOutcome::kNewVersion);
  EXPECT_EQ(r.version, 2);
  EXPECT_TRUE(r.change.headline_changed);
  EXPECT_EQ(r.change.edited, 1);
  EXPECT_EQ(r.change.unchanged, 2);
  auto versions = store_->ListVersions(r.article_id);
  ASSERT_TRUE(versions.ok());
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_TRUE((*versions)[1].has_change);
  EXPECT_EQ((*versions)[1].change, r.change);
  EXPECT_EQ((*versions)[1].seen_at, 200);
  auto latest = store_->LoadVersion(r.article_id, 0);
  ASSERT_TRUE(latest.ok());
  EXPECT_EQ(latest->text, kV2);
  auto first = store_->LoadVersion(r.article_id, 1);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->text, kV1);
}

TEST_P(StoreTest, NoiseIsNoChange) {
  Rec(Obs("http://a/1", 100, kV1));
  // Whitespace, punctuation, quote style and paragraph breaks only.
  VersionText noisy = Text("Johnson meets Lavrov!",
                           {"Boris Johnson has begun talks in Moscow",
                            "Relations are poor.", "Both sides — agree."});
  RecordResult r = Rec(Obs("http://a/1", 200, noisy));
  EXPECT_EQ(r.outcome, RecordOutcome::kUnchanged);
  EXPECT_EQ(r.version, 1);
  auto versions = store_->ListVersions(r.article_id);
  ASSERT_EQ(versions->size(), 1u);
  EXPECT_EQ((*versions)[0].observations, 2);
  EXPECT_EQ((*versions)[0].last_seen, 200);
}

TEST_P(StoreTest, HeadlineOnlyChangeIsAVersion) {
  Rec(Obs("http://a/1", 100, kV1));
  VersionText t = kV1;
  t.headline = "Johnson meets Lavrov in Moscow";
  RecordResult r = Rec(Obs("http://a/1", 200, t));
  EXPECT_EQ(r.outcome, RecordOutcome::kNewVersion);
  EXPECT_TRUE(r.change.headline_changed);
  EXPECT_EQ(r.change.unchanged, 3);
}

TEST_P(StoreTest, RevertIsRecordedWithoutStoringTextAgain) {
  Rec(Obs("http://a/1", 100, kV1));
  Rec(Obs("http://a/1", 200, kV2));
  auto before = store_->Stats();
  ASSERT_TRUE(before.ok());
  RecordResult r = Rec(Obs("http://a/1", 300, kV1));
  EXPECT_EQ(r.outcome, RecordOutcome::kRevert);
  EXPECT_EQ(r.version, 3);
  EXPECT_EQ(r.reverts_to, 1);
  EXPECT_EQ(r.stored_bytes, 0);
  auto after = store_->Stats();
  EXPECT_EQ(after->contents, before->contents);
  EXPECT_EQ(after->versions, before->versions + 1);
  auto v = store_->LoadVersion(r.article_id, 3);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->text, kV1);
  EXPECT_EQ(v->info.kind, VersionKind::kRevert);
  EXPECT_EQ(v->info.reverts_to, 1);
}

TEST_P(StoreTest, FlipFlopDoesNotProduceAStreamOfVersions) {
  // A stale cache serves A and B alternately, many times.
  Timestamp t = 100;
  for (int i = 0; i < 20; ++i) {
    Rec(Obs("http://a/1", t++, kV1));
    Rec(Obs("http://a/1", t++, kV2));
  }
  auto a = store_->FindArticle("http://a/1");
  ASSERT_TRUE(a.ok());
  // A, B, then A (the first return, as a revert); then nothing more.
  EXPECT_EQ(a->version_count, 3);
  // A genuine new text still gets through.
  RecordResult r = Rec(Obs("http://a/1", t++, kV3));
  EXPECT_EQ(r.outcome, RecordOutcome::kNewVersion);
  EXPECT_EQ(r.version, 4);
}

TEST_P(StoreTest, ConfirmedReturnAfterFlipFlopIsRecorded) {
  Rec(Obs("http://a/1", 100, kV1));
  Rec(Obs("http://a/1", 200, kV2));
  Rec(Obs("http://a/1", 300, kV1));  // revert to 1
  // B again: a repeat of A->B, so it needs 3 sightings in a row.
  EXPECT_EQ(Rec(Obs("http://a/1", 400, kV2)).outcome,
            RecordOutcome::kFlapIgnored);
  EXPECT_EQ(Rec(Obs("http://a/1", 500, kV2)).outcome,
            RecordOutcome::kFlapIgnored);
  RecordResult r = Rec(Obs("http://a/1", 600, kV2));
  EXPECT_EQ(r.outcome, RecordOutcome::kRevert);
  EXPECT_EQ(r.reverts_to, 2);
  EXPECT_EQ(r.version, 4);
}

TEST_P(StoreTest, OlderObservationOfNewTextIsRejected) {
  Rec(Obs("http://a/1", 200, kV1));
  auto r = store_->Record(Obs("http://a/1", 100, kV2));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("older"), std::string::npos);
  // Nothing changed.
  auto a = store_->FindArticle("http://a/1");
  EXPECT_EQ(a->version_count, 1);
}

TEST_P(StoreTest, ReplayingHistoryIsANoOp) {
  // A re-run import sees old observations again: they agree with history.
  Rec(Obs("http://a/1", 100, kV1));
  Rec(Obs("http://a/1", 200, kV2));
  EXPECT_EQ(Rec(Obs("http://a/1", 100, kV1)).outcome,
            RecordOutcome::kUnchanged);
  EXPECT_EQ(Rec(Obs("http://a/1", 150, kV1)).outcome,
            RecordOutcome::kUnchanged);
  EXPECT_FALSE(store_->Record(Obs("http://a/1", 150, kV3)).ok());
  EXPECT_EQ(store_->FindArticle("http://a/1")->version_count, 2);
}

TEST_P(StoreTest, ExtractorChangeIsLabelledNotAnEdit) {
  Observation a = Obs("http://a/1", 100, kV1);
  a.extractor_version = 1;
  Rec(a);
  Observation b = Obs("http://a/1", 200, kV2);
  b.extractor_version = 2;  // a newer extractor read the same page
  RecordResult r = Rec(b);
  EXPECT_EQ(r.outcome, RecordOutcome::kNewVersion);
  auto v = store_->LoadVersion(r.article_id, 2);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->info.kind, VersionKind::kReextract);
  EXPECT_EQ(v->info.extractor_version, 2);
  // The same extractor seeing new text is an ordinary update.
  Observation c = Obs("http://a/1", 300, kV3);
  c.extractor_version = 2;
  Rec(c);
  EXPECT_EQ(store_->LoadVersion(r.article_id, 3)->info.kind, VersionKind::kUpdate);
}

TEST_P(StoreTest, InvalidObservationsAreRejected) {
  EXPECT_FALSE(store_->Record(Obs("", 1, kV1)).ok());
  EXPECT_FALSE(store_->Record(Obs("http://a/1", 1, Text("", {}))).ok());
  EXPECT_FALSE(
      store_->Record(Obs("http://a/1", 1, Text("bad \xff", {"x"}))).ok());
  auto stats = store_->Stats();
  EXPECT_EQ(stats->articles, 0);
}

TEST_P(StoreTest, BatchKeepsGoodRecordsAndReportsBadOnes) {
  std::vector<Observation> batch = {
      Obs("http://a/1", 100, kV1), Obs("http://a/2", 100, kV1, "itv"),
      Obs("", 100, kV1), Obs("http://a/1", 200, kV2)};
  auto r = store_->RecordBatch(batch);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 4u);
  EXPECT_TRUE((*r)[0].ok());
  EXPECT_TRUE((*r)[1].ok());
  EXPECT_FALSE((*r)[2].ok());
  EXPECT_EQ((*r)[3]->outcome, RecordOutcome::kNewVersion);
  auto sources = store_->ListSources();
  ASSERT_EQ(sources->size(), 2u);
  ArticleFilter f;
  f.source = "itv";
  EXPECT_EQ(store_->ListArticles(f)->size(), 1u);
  EXPECT_EQ(store_->ListArticles()->size(), 2u);
}

TEST_P(StoreTest, ListArticlesPaginatesMostRecentFirst) {
  for (int i = 0; i < 5; ++i)
    Rec(Obs("http://a/" + std::to_string(i), 100 + i, kV1));
  ArticleFilter f;
  f.limit = 2;
  auto page = store_->ListArticles(f);
  ASSERT_EQ(page->size(), 2u);
  EXPECT_EQ((*page)[0].url, "http://a/4");
  f.offset = 4;
  page = store_->ListArticles(f);
  ASSERT_EQ(page->size(), 1u);
  EXPECT_EQ((*page)[0].url, "http://a/0");
}

TEST_P(StoreTest, MissingThingsAreNotFound) {
  EXPECT_EQ(store_->FindArticle("http://nope").status().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(store_->FindArticle("42").status().code(), ErrorCode::kNotFound);
  Rec(Obs("http://a/1", 100, kV1));
  auto a = store_->FindArticle("http://a/1");
  EXPECT_EQ(store_->LoadVersion(a->id, 7).status().code(),
            ErrorCode::kNotFound);
}

TEST_P(StoreTest, SimilarVersionsAreStoredAsSmallDeltas) {
  // A long article edited slightly ten times: later versions must cost much
  // less than the first.
  // Varied text (a fixed pseudo-random walk over words), so that the first
  // version does not compress to nothing by itself.
  const char* kWords[] = {"talks",     "Moscow",   "minister",   "relations",
                          "said",      "evidence", "Britain",    "Russia",
                          "sanctions", "press",    "conference", "officials",
                          "denied",    "claims",   "visit",      "foreign",
                          "election",  "cyber",    "agreement",  "week"};
  std::vector<std::string> paras;
  uint32_t x = 12345;
  for (int i = 0; i < 40; ++i) {
    std::string p;
    for (int w = 0; w < 30; ++w) {
      x = x * 1103515245u + 12345u;
      p += std::string(w ? " " : "") + kWords[(x >> 16) % 20] +
           std::to_string((x >> 8) % 97);
    }
    paras.push_back(p + ".");
  }
  RecordResult first = Rec(Obs("http://a/1", 100, Text("H", paras)));
  int64_t later = 0;
  for (int v = 1; v < 10; ++v) {
    paras[v * 3] += " Updated " + std::to_string(v) + ".";
    RecordResult r = Rec(Obs("http://a/1", 100 + v, Text("H", paras)));
    ASSERT_EQ(r.outcome, RecordOutcome::kNewVersion);
    later += r.stored_bytes;
  }
  EXPECT_LT(later / 9, first.stored_bytes / 3);
  auto v = store_->LoadVersion(first.article_id, 10);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->text.paragraphs, paras);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::ValuesIn(Backends()),
                         [](const auto& info) { return info.param.name; });

// SQLite-specific: files that are not stet databases.
class SqliteFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = (fs::temp_directory_path() /
            ("stet_sqlite_test_" + std::to_string(::getpid())))
               .string();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string dir_;
};

TEST_F(SqliteFileTest, NotADatabaseIsAClearError) {
  std::string path = dir_ + "/notes.db";
  std::ofstream(path) << "these are my notes, not a database\n";
  auto s = OpenSqliteStore(path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), ErrorCode::kCorrupt);
  EXPECT_NE(s.status().message().find("not a valid stet database"),
            std::string::npos)
      << s.status().message();
  // The file was left alone.
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "these are my notes, not a database");
}

TEST_F(SqliteFileTest, NewerSchemaIsRefused) {
  std::string path = dir_ + "/stet.db";
  {
    auto s = OpenSqliteStore(path);
    ASSERT_TRUE(s.ok());
    Observation o = Obs("http://a/1", 1, kV1);
    ASSERT_TRUE((*s)->Record(o).ok());
  }
  // Pretend a future stet wrote it.
  {
    sqlite3* db;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", 0, 0, 0), SQLITE_OK);
    sqlite3_close(db);
  }
  auto s = OpenSqliteStore(path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), ErrorCode::kUnsupported);
  EXPECT_NE(s.status().message().find("newer stet"), std::string::npos);
}

TEST_F(SqliteFileTest, ForeignSqliteDatabaseIsRefused) {
  std::string path = dir_ + "/other.db";
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(
      sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES(1)", 0, 0, 0),
      SQLITE_OK);
  sqlite3_close(db);
  auto s = OpenSqliteStore(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a stet database"),
            std::string::npos);
}

TEST_F(SqliteFileTest, OldSchemaIsMigratedForward) {
  // A database as schema 1 wrote it: the migration adds what came later
  // and keeps the rows.
  std::string path = dir_ + "/old.db";
  {
    auto s = OpenSqliteStore(path);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE((*s)->Record(Obs("http://a/1", 1, kV1)).ok());
  }
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "ALTER TABLE versions DROP COLUMN extractor; PRAGMA user_version = 1",
                         0, 0, 0),
            SQLITE_OK);
  sqlite3_close(db);
  auto s = OpenSqliteStore(path);
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto a = (*s)->FindArticle("http://a/1");
  ASSERT_TRUE(a.ok());
  auto v = (*s)->LoadVersion(a->id, 1);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->text, kV1);
  EXPECT_EQ(v->info.extractor_version, 0);
}

TEST_F(SqliteFileTest, ReopenKeepsEverything) {
  std::string path = dir_ + "/stet.db";
  {
    auto s = OpenSqliteStore(path);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE((*s)->Record(Obs("http://a/1", 1, kV1)).ok());
    ASSERT_TRUE((*s)->Record(Obs("http://a/1", 2, kV2)).ok());
  }
  auto s = OpenSqliteStore(path);
  ASSERT_TRUE(s.ok());
  auto a = (*s)->FindArticle("http://a/1");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->version_count, 2);
  auto v = (*s)->LoadVersion(a->id, 2);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->text, kV2);
}

}  // namespace
}  // namespace stet
