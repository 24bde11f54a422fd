// The store test suite: runs unchanged against every backend.
#include "stet/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <set>

#include "observations.h"
#include "stet/text.h"
#include "store/codec.h"
#include "store/sqlite_schema.h"

namespace stet {
namespace {

namespace fs = std::filesystem;

struct Backend {
  std::string name;
  std::function<std::unique_ptr<Store>(const std::string& dir)> open;
};
// Test names and logs show the backend's name, not its bytes.
void PrintTo(const Backend& b, std::ostream* os) { *os << b.name; }

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

using testdata::Obs;
using testdata::Text;

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
  EXPECT_EQ(store_->LoadVersion(r.article_id, 3)->info.kind,
            VersionKind::kUpdate);
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

TEST_P(StoreTest, HeadlinesAndBylinesReadBackThroughEveryChange) {
  // Stores may keep a text's headline and byline once for several versions;
  // each version still reads back exactly, including empty ones.
  const std::vector<std::string> body = {
      "A long first paragraph that stays the same in every version here.",
      "A second paragraph, also the same, so later texts are small deltas."};
  auto with = [&](std::string h, std::string b, std::string last) {
    std::vector<std::string> p = body;
    p.push_back(std::move(last));
    return Text(std::move(h), std::move(p), std::move(b));
  };
  const std::vector<VersionText> texts = {
      with("Headline", "By A", "one"), with("Headline", "By A", "two"),
      with("", "By A", "three"),       with("", "", "four"),
      with("Headline", "", "five"),    with("Headline 2", "By B", "six")};
  for (size_t i = 0; i < texts.size(); ++i)
    Rec(Obs("http://a/h", static_cast<Timestamp>(100 + i), texts[i]));
  auto a = store_->FindArticle("http://a/h");
  ASSERT_TRUE(a.ok());
  auto list = store_->ListVersions(a->id);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    auto v = store_->LoadVersion(a->id, static_cast<int>(i + 1));
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v->text, texts[i]) << "version " << i + 1;
    EXPECT_EQ((*list)[i].headline, texts[i].headline) << "version " << i + 1;
    EXPECT_EQ((*list)[i].byline, texts[i].byline) << "version " << i + 1;
  }
}

TEST_P(StoreTest, ChangesAreListedNewestFirstWithFilters) {
  auto text = [](std::string last) {
    return Text("H " + last, {"A first paragraph that is the same.", last});
  };
  // guardian/a: versions at 100, 200, 400; guardian/b at 150, 300;
  // itv/c at 120 only; itv/d at 130, 500 (headline unchanged).
  Rec(Obs("http://g/a", 100, text("one")));
  Rec(Obs("http://itv/c", 120, text("c"), "itv"));
  Rec(Obs("http://itv/d", 130, Text("D", {"Same start.", "d one"}), "itv"));
  Rec(Obs("http://g/b", 150, text("b one")));
  Rec(Obs("http://g/a", 200, text("two")));
  Rec(Obs("http://g/b", 300, text("b two")));
  Rec(Obs("http://g/a", 400, text("three")));
  Rec(Obs("http://itv/d", 500, Text("D", {"Same start.", "d two"}), "itv"));

  auto urls = [](const std::vector<ChangeEntry>& es) {
    std::vector<std::string> out;
    for (const auto& e : es)
      out.push_back(e.article.url + "#" + std::to_string(e.version.number));
    return out;
  };
  auto all = store_->ListChanges();
  ASSERT_TRUE(all.ok()) << all.status().message();
  EXPECT_EQ(urls(*all),
            (std::vector<std::string>{"http://itv/d#2", "http://g/a#3",
                                      "http://g/b#2", "http://g/a#2"}));
  const ChangeEntry& top = (*all)[0];
  EXPECT_EQ(top.article.source, "itv");
  EXPECT_EQ(top.version.seen_at, 500);
  EXPECT_TRUE(top.version.has_change);
  EXPECT_GT(top.version.change.edited + top.version.change.added +
                top.version.change.deleted,
            0);
  EXPECT_FALSE(top.version.change.headline_changed);
  EXPECT_EQ((*all)[1].version.headline, "H three");
  EXPECT_EQ((*all)[1].article.headline, "H three");
  EXPECT_EQ((*all)[3].version.headline, "H two");

  ChangeFilter f;
  f.include_first = true;
  f.limit = 3;
  f.offset = 5;
  EXPECT_EQ(urls(*store_->ListChanges(f)),
            (std::vector<std::string>{"http://itv/d#1", "http://itv/c#1",
                                      "http://g/a#1"}));
  f = {};
  f.source = "guardian";
  EXPECT_EQ(urls(*store_->ListChanges(f)),
            (std::vector<std::string>{"http://g/a#3", "http://g/b#2",
                                      "http://g/a#2"}));
  f = {};
  f.article_id = store_->FindArticle("http://g/a")->id;
  f.include_first = true;
  EXPECT_EQ(urls(*store_->ListChanges(f)),
            (std::vector<std::string>{"http://g/a#3", "http://g/a#2",
                                      "http://g/a#1"}));
  f = {};
  f.since = 200;
  f.until = 400;
  EXPECT_EQ(urls(*store_->ListChanges(f)),
            (std::vector<std::string>{"http://g/b#2", "http://g/a#2"}));
  f = {};
  f.source = "nobody";
  EXPECT_TRUE(store_->ListChanges(f)->empty());

  auto sums = store_->SummarizeSources();
  ASSERT_TRUE(sums.ok()) << sums.status().message();
  ASSERT_EQ(sums->size(), 2u);
  const SourceSummary& g = (*sums)[0];
  EXPECT_EQ(g.source.name, "guardian");
  EXPECT_EQ(g.articles, 2);
  EXPECT_EQ(g.changed_articles, 2);
  EXPECT_EQ(g.versions, 5);
  EXPECT_EQ(g.changes, 3);
  EXPECT_EQ(g.first_seen, 100);
  EXPECT_EQ(g.last_change, 400);
  // First changes came 100 s (a) and 150 s (b) after first sight.
  EXPECT_EQ(g.median_first_change_after, 100);
  EXPECT_DOUBLE_EQ(g.headline_change_share, 1.0);
  EXPECT_GT(g.mean_chars_changed, 0);
  const SourceSummary& itv = (*sums)[1];
  EXPECT_EQ(itv.source.name, "itv");
  EXPECT_EQ(itv.articles, 2);
  EXPECT_EQ(itv.changed_articles, 1);
  EXPECT_EQ(itv.changes, 1);
  EXPECT_EQ(itv.median_first_change_after, 370);
  EXPECT_DOUBLE_EQ(itv.headline_change_share, 0.0);
  // One source alone: the same figures.
  auto only = store_->SummarizeSources("itv");
  ASSERT_TRUE(only.ok());
  ASSERT_EQ(only->size(), 1u);
  EXPECT_EQ((*only)[0].median_first_change_after, 370);
  EXPECT_TRUE(store_->SummarizeSources("nobody")->empty());
}

// --- Watching: schedule rows, leases, one-transaction checks
// -------------------

Scheduled Row(std::string url, Timestamp next, int64_t source_id = 1,
              ScheduleKind kind = ScheduleKind::kArticle) {
  Scheduled r;
  r.url = std::move(url);
  r.source_id = source_id;
  r.kind = kind;
  r.added_at = 1000;
  r.next_check = next;
  r.interval = 1800;
  return r;
}

TEST_P(StoreTest, SourcesKeepTheirConfiguration) {
  auto id =
      store_->SaveSource("guardian", R"({"feeds":["https://g/rss"]})", 1000);
  ASSERT_TRUE(id.ok()) << id.status().message();
  EXPECT_EQ(*store_->SourceConfig(*id), R"({"feeds":["https://g/rss"]})");
  // Saving again replaces the configuration, same id.
  EXPECT_EQ(*store_->SaveSource("guardian", "{}", 2000), *id);
  EXPECT_EQ(*store_->SourceConfig(*id), "{}");
  EXPECT_EQ(store_->SourceConfig(99).status().code(), ErrorCode::kNotFound);
  EXPECT_FALSE(store_->SaveSource("", "{}", 1).ok());
}

TEST_P(StoreTest, KnownUrlsAreNotScheduledTwice) {
  ASSERT_TRUE(store_->SaveSource("guardian", "{}", 1000).ok());
  EXPECT_EQ(
      *store_->Schedule({Row("https://g/a", 1000), Row("https://g/b", 1000)}),
      2);
  Scheduled again = Row("https://g/a", 5000);
  EXPECT_EQ(*store_->Schedule({again, Row("https://g/c", 1000)}), 1);
  auto a = store_->ScheduledUrl("https://g/a");
  ASSERT_TRUE(a.ok() && a->has_value());
  EXPECT_EQ((*a)->next_check, 1000);  // the first schedule stands
  EXPECT_FALSE(store_->ScheduledUrl("https://g/zzz")->has_value());
}

TEST_P(StoreTest, DueRowsAreClaimedOnceUntilTheLeaseEnds) {
  ASSERT_TRUE(store_->SaveSource("guardian", "{}", 1000).ok());
  ASSERT_TRUE(
      store_
          ->Schedule({Row("https://g/late", 3000), Row("https://g/early", 1000),
                      Row("https://g/mid", 2000),
                      Row("https://g/future", 9000)})
          .ok());
  auto first = store_->ClaimDue(5000, 2, 600);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->size(), 2u);
  EXPECT_EQ((*first)[0].url, "https://g/early");  // earliest first
  EXPECT_EQ((*first)[1].url, "https://g/mid");
  // A second worker gets what is left, not the leased rows.
  auto second = store_->ClaimDue(5000, 10, 600);
  ASSERT_EQ(second->size(), 1u);
  EXPECT_EQ((*second)[0].url, "https://g/late");
  EXPECT_TRUE(store_->ClaimDue(5000, 10, 600)->empty());
  auto st = store_->GetScheduleStatus(5000);
  EXPECT_EQ(st->leased, 3);
  EXPECT_EQ(st->due, 0);
  EXPECT_EQ(st->active, 4);
  EXPECT_EQ(st->next_due, 1000);
  // A worker that died: its leases run out and the rows come back.
  auto after = store_->ClaimDue(5601, 10, 600);
  EXPECT_EQ(after->size(), 3u);
}

TEST_P(StoreTest, ACheckCommitsVersionScheduleEventAndDiscoveriesTogether) {
  ASSERT_TRUE(store_->SaveSource("guardian", "{}", 1000).ok());
  ASSERT_TRUE(
      store_
          ->Schedule({Row("https://g/feed", 1000, 1, ScheduleKind::kFeed),
                      Row("https://g/a", 1000)})
          .ok());
  ASSERT_EQ(store_->ClaimDue(1000, 10, 600)->size(), 2u);
  // The feed check discovers two articles, one already known.
  CheckOutcome feed;
  feed.next = *store_->ScheduledUrl("https://g/feed").value();
  feed.next.next_check = 1900;
  feed.next.checks = 1;
  feed.discovered = {Row("https://g/a", 7777), Row("https://g/b", 1000)};
  ASSERT_TRUE(store_->CommitCheck(feed).ok());
  EXPECT_EQ((*store_->ScheduledUrl("https://g/a"))->next_check, 1000);
  EXPECT_TRUE(store_->ScheduledUrl("https://g/b")->has_value());
  // The article check finds its first version.
  CheckOutcome art;
  art.next = *store_->ScheduledUrl("https://g/a").value();
  art.next.next_check = 2800;
  art.next.checks = 1;
  art.next.changes = 1;
  art.next.etag = "\"v1\"";
  art.observation = Obs("https://g/a", 1000, kV1);
  art.event =
      WatchEvent{"https://g/a", 1000, EventKind::kRestored, "came back"};
  auto r = store_->CommitCheck(art);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_TRUE(r->has_value());
  EXPECT_EQ((*r)->outcome, RecordOutcome::kNewArticle);
  auto row = store_->ScheduledUrl("https://g/a");
  EXPECT_EQ((*row)->etag, "\"v1\"");
  EXPECT_EQ((*row)->next_check, 2800);
  // Leases are released: each row is due again at its new time.
  EXPECT_EQ(store_->ClaimDue(1899, 10, 100000)->size(), 1u);  // the new b
  EXPECT_EQ(store_->ClaimDue(2799, 10, 100000)->size(), 1u);  // the feed
  EXPECT_EQ(store_->ClaimDue(2800, 10, 100000)->size(), 1u);  // a
  auto events = store_->RecentEvents(10);
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].kind, EventKind::kRestored);
}

TEST_P(StoreTest, TheStoreDecidesWhetherACheckFoundAChange) {
  ASSERT_TRUE(store_->SaveSource("guardian", "{}", 1000).ok());
  ASSERT_TRUE(store_->Schedule({Row("https://g/a", 1000)}).ok());
  auto check = [&](Timestamp at, const VersionText& text) {
    CheckOutcome c;
    c.next = *store_->ScheduledUrl("https://g/a").value();
    c.next.next_check = at + 999;  // as if unchanged
    c.next_if_changed = c.next;
    c.next_if_changed->next_check = at + 1;  // as if changed
    c.event_if_changed =
        WatchEvent{"https://g/a", at, EventKind::kRestored, "changed"};
    c.observation = Obs("https://g/a", at, text);
    EXPECT_TRUE(store_->CommitCheck(c).ok());
    return (*store_->ScheduledUrl("https://g/a"))->next_check - at;
  };
  EXPECT_EQ(check(2000, kV1), 1);    // first version: a change
  EXPECT_EQ(check(3000, kV1), 999);  // same text
  EXPECT_EQ(check(4000, kV2), 1);    // new text
  EXPECT_EQ(store_->RecentEvents(10)->size(), 2u);
}

TEST_P(StoreTest, AFailedCheckCommitsNothing) {
  ASSERT_TRUE(store_->SaveSource("guardian", "{}", 1000).ok());
  ASSERT_TRUE(store_->Schedule({Row("https://g/a", 1000)}).ok());
  ASSERT_TRUE(store_->Record(Obs("https://g/a", 5000, kV2)).ok());
  // An observation older than the stored version is refused, and with it
  // the schedule update and the event: nothing half-done.
  CheckOutcome c;
  c.next = *store_->ScheduledUrl("https://g/a").value();
  c.next.next_check = 99999;
  c.observation = Obs("https://g/a", 4000, kV1);
  c.event = WatchEvent{"https://g/a", 4000, EventKind::kFailed, "x"};
  EXPECT_FALSE(store_->CommitCheck(c).ok());
  EXPECT_EQ((*store_->ScheduledUrl("https://g/a"))->next_check, 1000);
  EXPECT_TRUE(store_->RecentEvents(10)->empty());
  // A check of a URL that is not scheduled is an error too.
  CheckOutcome stray;
  stray.next = Row("https://g/unknown", 1);
  EXPECT_EQ(store_->CommitCheck(stray).status().code(), ErrorCode::kNotFound);
}

TEST_P(StoreTest, FinishedRowsAreNotDueAndEventsComeNewestFirst) {
  ASSERT_TRUE(store_->SaveSource("guardian", "{}", 1000).ok());
  Scheduled done = Row("https://g/done", 1000);
  done.state = ScheduleState::kFinished;
  Scheduled gone = Row("https://g/gone", 1000);
  gone.state = ScheduleState::kRemoved;
  ASSERT_TRUE(store_->Schedule({done, gone}).ok());
  auto due = store_->ClaimDue(2000, 10, 60);
  ASSERT_EQ(due->size(),
            1u);  // removed pages are still checked, finished ones not
  EXPECT_EQ((*due)[0].url, "https://g/gone");
  CheckOutcome c;
  c.next = (*due)[0];
  c.event = WatchEvent{"https://g/gone", 2000, EventKind::kRemoved, "404"};
  ASSERT_TRUE(store_->CommitCheck(c).ok());
  c.event = WatchEvent{"https://g/gone", 1500, EventKind::kFailed, "timeout"};
  ASSERT_TRUE(store_->CommitCheck(c).ok());
  auto events = store_->RecentEvents(10);
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].at, 2000);
  EXPECT_EQ((*events)[1].at, 1500);
  EXPECT_EQ(store_->RecentEvents(1)->size(), 1u);
  auto st = store_->GetScheduleStatus(2000);
  EXPECT_EQ(st->finished, 1);
  EXPECT_EQ(st->removed, 1);
  EXPECT_EQ(st->checked_last_hour, 0);  // CommitCheck kept the row's own fields
  Scheduled checked = (*due)[0];
  checked.last_check = 4990;
  checked.last_change = 100;
  c.next = checked;
  c.event.reset();
  ASSERT_TRUE(store_->CommitCheck(c).ok());
  st = store_->GetScheduleStatus(5000);
  EXPECT_EQ(st->checked_last_hour, 1);
  EXPECT_EQ(st->changed_last_hour, 0);  // changed long before the hour
  EXPECT_EQ(store_->GetScheduleStatus(9000)->checked_last_hour, 0);
}

// --- Search ------------------------------------------------------------------

// The hit's marked words, as text.
std::vector<std::string> Marked(const SearchHit& h) {
  std::vector<std::string> out;
  for (const text::Span& m : h.marks)
    out.push_back(h.text.substr(m.begin, m.end - m.begin));
  return out;
}

TEST_P(StoreTest, SearchFindsEveryVersionsTextAndWhatWasRemoved) {
  Rec(Obs("http://a/1", 100, kV1));
  Rec(Obs("http://a/1", 200, kV2));
  Rec(Obs("http://a/1", 300, kV3));
  ASSERT_EQ(*store_->UpdateSearchIndex(), 3);
  EXPECT_EQ(*store_->UpdateSearchIndex(), 0);  // up to date

  // Text only the first version had is found, and shown as removed.
  auto r = store_->Search({.text = "\"begun talks\""});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->pending, 0);
  ASSERT_EQ(r->hits.size(), 1u);
  const SearchHit& gone = r->hits[0];
  EXPECT_EQ(gone.text, "Boris Johnson has begun talks in Moscow.");
  EXPECT_FALSE(gone.headline);
  EXPECT_EQ(gone.article.url, "http://a/1");
  EXPECT_EQ(gone.article.version_count, 3);
  EXPECT_EQ(gone.first_version, 1);
  EXPECT_EQ(gone.first_seen, 100);
  EXPECT_EQ(gone.last_version, 1);
  EXPECT_EQ(gone.removed_in, 2);
  EXPECT_EQ(gone.removed_at, 200);
  EXPECT_EQ(Marked(gone), std::vector<std::string>{"begun talks"});

  // A passage still present names its first and latest versions.
  r = store_->Search({.text = "tense"});
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].first_version, 2);
  EXPECT_EQ(r->hits[0].last_version, 3);
  EXPECT_EQ(r->hits[0].removed_in, 0);
  EXPECT_EQ(r->hits[0].removed_at, 0);

  // Headlines are searched too.
  r = store_->Search({.text = "meets"});
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_TRUE(r->hits[0].headline);
  EXPECT_EQ(r->hits[0].text, "Johnson meets Lavrov");
  EXPECT_EQ(r->hits[0].removed_in, 2);

  // Both wordings of the first paragraph; only the old one when asked for
  // removed text.
  r = store_->Search({.text = "begun moscow", .newest_first = true});
  ASSERT_EQ(r->hits.size(), 2u);
  EXPECT_EQ(r->hits[0].text, "Boris Johnson has begun tense talks in Moscow.");
  EXPECT_EQ(r->hits[1].text, "Boris Johnson has begun talks in Moscow.");
  EXPECT_EQ(Marked(r->hits[0]), (std::vector<std::string>{"begun", "Moscow"}));
  r = store_->Search({.text = "begun moscow", .removed_only = true});
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].removed_in, 2);

  // Words must all be in one passage.
  EXPECT_TRUE(store_->Search({.text = "tense conference"})->hits.empty());
  // A paragraph unchanged through three versions is one passage.
  r = store_->Search({.text = "relations"});
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].first_version, 1);
  EXPECT_EQ(r->hits[0].last_version, 3);
}

TEST_P(StoreTest, SearchFiltersBySourceAndTime) {
  Rec(Obs("http://a/1", 100, kV1));
  Rec(Obs("http://a/1", 200, kV2));
  Rec(Obs("http://b/1", 1000,
          Text("Talks in Moscow", {"Lavrov spoke in Moscow."}), "bbc"));
  ASSERT_TRUE(store_->UpdateSearchIndex().ok());
  auto urls = [&](SearchQuery q) {
    q.newest_first = true;
    std::vector<std::string> out;
    auto r = store_->Search(q);
    EXPECT_TRUE(r.ok()) << r.status().message();
    if (r.ok())
      for (const auto& h : r->hits)
        out.push_back(h.article.url + "@" + std::to_string(h.first_version));
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(urls({.text = "moscow"}), (V{"http://b/1@1", "http://b/1@1",
                                         "http://a/1@2", "http://a/1@1"}));
  EXPECT_EQ(urls({.text = "moscow", .source = "bbc"}),
            (V{"http://b/1@1", "http://b/1@1"}));
  EXPECT_EQ(urls({.text = "moscow", .source = "nobody"}), V{});
  EXPECT_EQ(urls({.text = "moscow", .since = 200}),
            (V{"http://b/1@1", "http://b/1@1", "http://a/1@2"}));
  EXPECT_EQ(urls({.text = "moscow", .since = 150, .until = 1000}),
            (V{"http://a/1@2"}));
  EXPECT_EQ(urls({.text = "moscow", .limit = 2, .offset = 1}),
            (V{"http://b/1@1", "http://a/1@2"}));
}

TEST_P(StoreTest, SearchRanksAmongTheMostRecentCandidates) {
  for (int i = 1; i <= 5; ++i)
    Rec(Obs("http://a/" + std::to_string(i), 100 * i,
            Text("Story " + std::to_string(i),
                 {"Talks in Moscow" + std::string(i == 1 ? " and Moscow" : "") +
                  ", day " + std::to_string(i) + "."})));
  ASSERT_TRUE(store_->UpdateSearchIndex().ok());
  auto r = store_->Search({.text = "moscow"});
  ASSERT_EQ(r->hits.size(), 5u);
  EXPECT_FALSE(r->truncated);
  // With room for three candidates, the three latest are ranked, and the
  // results say there were more.
  r = store_->Search({.text = "moscow", .max_candidates = 3});
  ASSERT_EQ(r->hits.size(), 3u);
  EXPECT_TRUE(r->truncated);
  std::set<std::string> urls;
  for (const auto& h : r->hits) urls.insert(h.article.url);
  EXPECT_EQ(urls,
            (std::set<std::string>{"http://a/3", "http://a/4", "http://a/5"}));
  // Filters apply before the limit: an old article is still reached.
  r = store_->Search({.text = "moscow", .until = 200, .max_candidates = 3});
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].article.url, "http://a/1");
  EXPECT_FALSE(r->truncated);
  // The passage saying Moscow twice is the best match.
  r = store_->Search({.text = "moscow"});
  EXPECT_EQ(r->hits[0].article.url, "http://a/1");
}

TEST_P(StoreTest, SearchIgnoresCaseAndAccentsAndTakesPrefixes) {
  Rec(Obs("http://a/1", 100,
          Text("Café society", {"Meetings at the Café Zürich, in ZURICH.",
                                "The elections were postponed."})));
  ASSERT_TRUE(store_->UpdateSearchIndex().ok());
  auto r = store_->Search({.text = "cafe zurich"});
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(Marked(r->hits[0]),
            (std::vector<std::string>{"Café", "Zürich", "ZURICH"}));
  r = store_->Search({.text = "\"CAFÉ zurich\""});
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(Marked(r->hits[0]), std::vector<std::string>{"Café Zürich"});
  r = store_->Search({.text = "elect*"});
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(Marked(r->hits[0]), std::vector<std::string>{"elections"});
  EXPECT_TRUE(store_->Search({.text = "elect"})->hits.empty());
  r = store_->Search({.text = "societ*"});
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_TRUE(r->hits[0].headline);
}

TEST_P(StoreTest, SearchQueriesAreWordsNotSyntax) {
  Rec(Obs("http://a/1", 100, kV1));
  ASSERT_TRUE(store_->UpdateSearchIndex().ok());
  // Whatever a user types is taken as words to find: never an error from
  // the search engine's own query language.
  for (const char* q :
       {"Moscow OR nothing", "NEAR(Moscow talks)", "text:Moscow", "-Moscow",
        "^Moscow", "Moscow\"", "\"Moscow", "(Moscow", "Moscow AND",
        "Moscow)\"\"", "'; DROP TABLE versions; --", "Moscow NOT talks"}) {
    auto r = store_->Search({.text = q});
    EXPECT_TRUE(r.ok()) << q << ": " << r.status().message();
  }
  EXPECT_EQ(store_->Search({.text = "\"Moscow"})->hits.size(), 1u);
  EXPECT_EQ(store_->Search({.text = "Moscow)\"\""})->hits.size(), 1u);
  EXPECT_TRUE(store_->Search({.text = "Moscow OR nothing"})->hits.empty());
  for (const std::string& q : std::vector<std::string>{
           "", "   ", "!!! ???", "\"\"", "*", std::string(1001, 'a')}) {
    auto r = store_->Search({.text = q});
    ASSERT_FALSE(r.ok()) << q;
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
  }
}

TEST_P(StoreTest, SearchIndexCatchesUpInStepsAndKnowsWhatIsPending) {
  Rec(Obs("http://a/1", 100, kV1));
  Rec(Obs("http://a/2", 100, Text("Another", {"Moscow again."})));
  // Nothing is searchable until indexed, and the search says so.
  auto r = store_->Search({.text = "moscow"});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->hits.empty());
  EXPECT_EQ(r->pending, 2);
  EXPECT_EQ(*store_->UpdateSearchIndex(1), 1);
  EXPECT_EQ(store_->Search({.text = "moscow"})->pending, 1);
  EXPECT_EQ(*store_->UpdateSearchIndex(1), 1);
  EXPECT_EQ(*store_->UpdateSearchIndex(1), 0);
  EXPECT_EQ(store_->Search({.text = "moscow"})->hits.size(), 2u);

  // A version recorded later: until it is indexed, the old text is not yet
  // called removed.
  Rec(Obs("http://a/1", 200, kV2));
  r = store_->Search({.text = "\"begun talks\""});
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->pending, 1);
  EXPECT_EQ(r->hits[0].removed_in, 0);
  ASSERT_EQ(*store_->UpdateSearchIndex(), 1);
  EXPECT_EQ(store_->Search({.text = "\"begun talks\""})->hits[0].removed_in, 2);
}

TEST_P(StoreTest, TextThatComesBackIsNoLongerRemoved) {
  Rec(Obs("http://a/1", 100, kV1));
  Rec(Obs("http://a/1", 200, kV2));
  Rec(Obs("http://a/1", 300, kV1));  // a revert
  ASSERT_TRUE(store_->UpdateSearchIndex().ok());
  auto r = store_->Search({.text = "\"begun talks\""});
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].first_version, 1);
  EXPECT_EQ(r->hits[0].last_version, 3);
  EXPECT_EQ(r->hits[0].removed_in, 0);
  r = store_->Search({.text = "tense"});
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].removed_in, 3);
  EXPECT_EQ(r->hits[0].removed_at, 300);
}

TEST_P(StoreTest, StoriesKeepTheirArticlesAndSummarise) {
  const int64_t a = Rec(Obs("http://g/1", 100, kV1, "guardian")).article_id;
  const int64_t b = Rec(Obs("http://r/1", 150, kV2, "reuters")).article_id;
  const int64_t c = Rec(Obs("http://r/2", 120, kV3, "reuters")).article_id;
  const int64_t d = Rec(Obs("http://i/1", 500, kV3, "itv")).article_id;
  Rec(Obs("http://g/1", 900, kV2, "guardian"));  // a later version of a
  EXPECT_EQ(*store_->StoryOf(a), 0);
  EXPECT_EQ(*store_->LastGroupedArticle(), 0);
  ASSERT_TRUE(
      store_->SetStories({{a, 7, 0}, {b, 7, 0.4}, {c, 7, 0.3}, {d, 9, 0}})
          .ok());
  EXPECT_EQ(*store_->StoryOf(b), 7);
  EXPECT_EQ(*store_->StoryOf(d), 9);
  EXPECT_EQ(*store_->LastGroupedArticle(), d);

  // Earliest first sighting first.
  auto articles = store_->StoryArticles(7);
  ASSERT_TRUE(articles.ok());
  std::vector<int64_t> ids;
  for (const Article& x : *articles) ids.push_back(x.id);
  EXPECT_EQ(ids, (std::vector<int64_t>{a, c, b}));

  auto story = store_->GetStory(7);
  ASSERT_TRUE(story.ok());
  EXPECT_EQ(story->articles, 3);
  EXPECT_EQ(story->sources, 2);
  EXPECT_EQ(story->first_seen, 100);
  EXPECT_EQ(story->last_seen, 900);
  EXPECT_EQ(story->headline, kV2.headline);  // a's latest headline
  EXPECT_EQ(store_->GetStory(8).status().code(), ErrorCode::kNotFound);

  // Most recent activity first; filters by size and source; pages.
  auto all = store_->ListStories();
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].id, 7);
  EXPECT_EQ((*all)[1].id, 9);
  StoryFilter big;
  big.min_articles = 2;
  EXPECT_EQ(store_->ListStories(big)->size(), 1u);
  StoryFilter itv;
  itv.source = "itv";
  ASSERT_EQ(store_->ListStories(itv)->size(), 1u);
  EXPECT_EQ((*store_->ListStories(itv))[0].id, 9);
  StoryFilter second;
  second.limit = 1;
  second.offset = 1;
  ASSERT_EQ(store_->ListStories(second)->size(), 1u);
  EXPECT_EQ((*store_->ListStories(second))[0].id, 9);

  // Moving an article (stories merge) replaces where it was.
  ASSERT_TRUE(store_->SetStories({{d, 7, 0.5}}).ok());
  EXPECT_EQ(store_->StoryArticles(7)->size(), 4u);
  EXPECT_EQ(store_->GetStory(9).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->ListStories()->size(), 1u);

  // Articles in the order first recorded, for a grouper to read.
  auto after = store_->ArticlesAfter(a, 2);
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), 2u);
  EXPECT_EQ((*after)[0].id, b);
  EXPECT_EQ((*after)[1].id, c);
  EXPECT_TRUE(store_->ArticlesAfter(d, 10)->empty());
  // Nothing half-placed: an unknown article or story is refused.
  EXPECT_FALSE(store_->SetStories({{a, 0, 0}}).ok());
}

TEST_P(StoreTest, QuotationsKeepTheirVersionsAndFilter) {
  const int64_t a = Rec(Obs("http://g/1", 100, kV1, "guardian")).article_id;
  const int64_t b = Rec(Obs("http://r/1", 150, kV2, "reuters")).article_id;
  Rec(Obs("http://g/1", 900, kV2, "guardian"));  // a's second version
  ASSERT_TRUE(store_->SetStories({{a, 7, 0}, {b, 7, 0}}).ok());

  // Versions in the order recorded, until each is read.
  auto work = store_->VersionsToQuote(10);
  ASSERT_TRUE(work.ok());
  ASSERT_EQ(work->size(), 3u);
  EXPECT_EQ((*work)[0].article_id, a);
  EXPECT_EQ((*work)[2].number, 2);
  EXPECT_EQ((*work)[2].seen_at, 900);
  auto quote = [](std::string text, std::string speaker, std::string person) {
    StoredQuote q;
    q.text = std::move(text);
    q.speaker = std::move(speaker);
    q.person = std::move(person);
    return q;
  };
  ASSERT_TRUE(
      store_
          ->SaveQuotes((*work)[0], {quote("Not successfully.", "Boris Johnson",
                                          "boris johnson"),
                                    quote("We will see", "", "")})
          .ok());
  ASSERT_TRUE(store_
                  ->SaveQuotes((*work)[1], {quote("not successfully", "Johnson",
                                                  "johnson")})
                  .ok());
  EXPECT_EQ(store_->VersionsToQuote(10)->size(), 1u);
  // a's second version keeps one quotation and drops the other.
  ASSERT_TRUE(
      store_
          ->SaveQuotes((*work)[2], {quote("Not successfully.", "Boris Johnson",
                                          "boris johnson")})
          .ok());
  EXPECT_TRUE(store_->VersionsToQuote(10)->empty());

  auto all = store_->ListQuotes();
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 3u);
  const StoredQuote* kept = nullptr;
  const StoredQuote* dropped = nullptr;
  for (const StoredQuote& q : *all) {
    if (q.article_id == a && q.speaker == "Boris Johnson") kept = &q;
    if (q.text == "We will see") dropped = &q;
  }
  ASSERT_NE(kept, nullptr);
  EXPECT_EQ(kept->first_version, 1);
  EXPECT_EQ(kept->last_version, 2);  // extended, not stored twice
  EXPECT_EQ(kept->first_seen, 100);
  EXPECT_EQ(kept->source, "guardian");
  EXPECT_EQ(kept->story_id, 7);
  EXPECT_EQ(kept->versions, 2);
  ASSERT_NE(dropped, nullptr);
  EXPECT_EQ(dropped->last_version, 1);
  // Newest first.
  EXPECT_EQ((*all)[0].article_id, b);

  QuoteFilter f;
  f.person = "johnson";  // finds the full name too
  EXPECT_EQ(store_->ListQuotes(f)->size(), 2u);
  f.person = "boris johnson";  // finds the surname alone too
  EXPECT_EQ(store_->ListQuotes(f)->size(), 2u);
  f.person = "sergei lavrov";
  EXPECT_TRUE(store_->ListQuotes(f)->empty());
  QuoteFilter by_source;
  by_source.source = "reuters";
  EXPECT_EQ(store_->ListQuotes(by_source)->size(), 1u);
  QuoteFilter by_story;
  by_story.story_id = 7;
  EXPECT_EQ(store_->ListQuotes(by_story)->size(), 3u);
  by_story.story_id = 8;
  EXPECT_TRUE(store_->ListQuotes(by_story)->empty());
  QuoteFilter since;
  since.since = 120;
  EXPECT_EQ(store_->ListQuotes(since)->size(), 1u);
  QuoteFilter gone;
  gone.dropped_only = true;
  ASSERT_EQ(store_->ListQuotes(gone)->size(), 1u);
  EXPECT_EQ((*store_->ListQuotes(gone))[0].text, "We will see");
  QuoteFilter page;
  page.limit = 1;
  page.offset = 2;
  ASSERT_EQ(store_->ListQuotes(page)->size(), 1u);

  // A new reader forgets what the old one read and reads everything again.
  EXPECT_EQ(*store_->QuoteReader(), 0);
  ASSERT_TRUE(store_->ResetQuotes(2).ok());
  EXPECT_EQ(*store_->QuoteReader(), 2);
  EXPECT_TRUE(store_->ListQuotes()->empty());
  EXPECT_EQ(store_->VersionsToQuote(10)->size(), 3u);
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

std::string Hex(std::string_view bytes) {
  static const char* d = "0123456789abcdef";
  std::string out = "X'";
  for (unsigned char c : bytes) {
    out += d[c >> 4];
    out += d[c & 15];
  }
  return out + "'";
}

// Writes an article of two versions (the second a delta with the same
// headline and byline) as schema 1 to 3 stored them, column by column.
void WriteOldRows(const std::string& path, bool with_schedule) {
  const std::string v1 = "First paragraph.\nSecond paragraph.";
  const std::string v2 = "First paragraph.\nSecond paragraph, edited.";
  std::string sql =
      "INSERT INTO sources(id, name, created_at) VALUES(1, 'guardian', 1);"
      "INSERT INTO articles(id, url, source_id, first_seen, last_seen, "
      "version_count, headline) VALUES(1, 'http://a/1', 1, 1, 2, 2, 'H');"
      "INSERT INTO contents(id, article_id, fingerprint, headline, byline, "
      "body, base_id, raw_bytes) VALUES(1, 1, 11, 'H', 'B', " +
      Hex(codec::Encode(v1, "")) + ", NULL, 40), (2, 1, 12, 'H', 'B', " +
      Hex(codec::Encode(v2, v1)) +
      ", 1, 40);"
      "INSERT INTO versions(id, article_id, number, content_id, seen_at, "
      "last_seen, kind, stored_bytes) VALUES(1, 1, 1, 1, 1, 1, 0, 9), "
      "(2, 1, 2, 2, 2, 2, 1, 9);"
      "INSERT INTO changes(version_id, unchanged, edited, added, deleted, "
      "moved, chars_added, chars_removed, headline_changed, byline_changed) "
      "VALUES(2, 1, 1, 0, 0, 0, 8, 0, 0, 0);";
  if (with_schedule)
    sql +=
        "INSERT INTO schedule(url, source_id, kind, state, added_at, "
        "next_check, interval, etag) VALUES('http://a/1', 1, 0, 0, 1, 50, "
        "1800, '\"e1\"'), ('http://a/feed', 1, 1, 0, 1, 40, 600, '');";
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), 0, 0, &err), SQLITE_OK)
      << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

void ExpectOldRowsRead(Store& s) {
  auto a = s.FindArticle("http://a/1");
  ASSERT_TRUE(a.ok()) << a.status().message();
  auto v1 = s.LoadVersion(a->id, 1);
  auto v2 = s.LoadVersion(a->id, 2);
  ASSERT_TRUE(v1.ok() && v2.ok());
  EXPECT_EQ(v1->text,
            Text("H", {"First paragraph.", "Second paragraph."}, "B"));
  EXPECT_EQ(v2->text,
            Text("H", {"First paragraph.", "Second paragraph, edited."}, "B"));
  auto versions = s.ListVersions(a->id);
  ASSERT_TRUE(versions.ok());
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ((*versions)[1].headline, "H");
  EXPECT_EQ((*versions)[1].byline, "B");
  EXPECT_FALSE((*versions)[0].has_change);
  ASSERT_TRUE((*versions)[1].has_change);
  EXPECT_EQ((*versions)[1].change.edited, 1);
  EXPECT_EQ((*versions)[1].change.chars_added, 8);
  // A new version after the migration still knows the article.
  auto r = s.Record(Obs("http://a/1", 3,
                        Text("H", {"First paragraph.", "Third text."}, "B")));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->outcome, RecordOutcome::kNewVersion);
  EXPECT_EQ(r->version, 3);
}

TEST_F(SqliteFileTest, SchemaOneIsMigratedForward) {
  std::string path = dir_ + "/v1.db";
  ASSERT_TRUE(testing::CreateSqliteSchema(path, 1).ok());
  WriteOldRows(path, /*with_schedule=*/false);
  auto s = OpenSqliteStore(path);
  ASSERT_TRUE(s.ok()) << s.status().message();
  ExpectOldRowsRead(**s);
  auto a = (*s)->FindArticle("http://a/1");
  EXPECT_EQ((*s)->LoadVersion(a->id, 1)->info.extractor_version, 0);
  // What migration 3 added works on the old rows.
  auto sources = (*s)->ListSources();
  ASSERT_EQ(sources->size(), 1u);
  EXPECT_EQ(*(*s)->SourceConfig((*sources)[0].id), "{}");
  EXPECT_EQ(*(*s)->Schedule({Row("http://a/1", 5)}), 1);
  EXPECT_EQ(*(*s)->Schedule({Row("http://a/1", 5)}), 0);
}

TEST_F(SqliteFileTest, SchemaThreeIsMigratedForward) {
  std::string path = dir_ + "/v3.db";
  ASSERT_TRUE(testing::CreateSqliteSchema(path, 3).ok());
  WriteOldRows(path, /*with_schedule=*/true);
  auto s = OpenSqliteStore(path);
  ASSERT_TRUE(s.ok()) << s.status().message();
  ExpectOldRowsRead(**s);
  auto row = (*s)->ScheduledUrl("http://a/1");
  ASSERT_TRUE(row.ok() && row->has_value());
  EXPECT_EQ((*row)->etag, "\"e1\"");
  EXPECT_EQ((*row)->body_hash, 0u);
  EXPECT_EQ((*row)->next_check, 50);
  // Known URLs stay known; due rows are claimed earliest first.
  EXPECT_EQ(*(*s)->Schedule({Row("http://a/1", 5), Row("http://a/2", 45)}), 1);
  auto due = (*s)->ClaimDue(100, 10, 60);
  ASSERT_TRUE(due.ok());
  ASSERT_EQ(due->size(), 3u);
  EXPECT_EQ((*due)[0].url, "http://a/feed");
  EXPECT_EQ((*due)[1].url, "http://a/2");
  EXPECT_EQ((*due)[2].url, "http://a/1");
  EXPECT_TRUE((*s)->ClaimDue(100, 10, 60)->empty());  // all leased
  // The delta text's headline and byline are no longer stored twice.
  s->reset();
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT headline IS NULL AND byline IS NULL "
                               "FROM contents WHERE id = 2",
                               -1, &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 1);
  sqlite3_finalize(st);
  sqlite3_close(db);
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

TEST_F(SqliteFileTest, SearchIndexIsAFileBesideTheDatabase) {
  const std::string path = dir_ + "/stet.db";
  {
    auto s = OpenSqliteStore(path);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE((*s)->Record(Obs("http://a/1", 1, kV1)).ok());
    ASSERT_EQ(*(*s)->UpdateSearchIndex(), 1);
    auto st = (*s)->Stats();
    EXPECT_GT(st->index_bytes, 0);
  }
  EXPECT_TRUE(fs::exists(path + ".search"));
  // Reopened, the index is still there and up to date.
  {
    auto s = OpenSqliteStore(path);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(*(*s)->UpdateSearchIndex(), 0);
    EXPECT_EQ((*s)->Search({.text = "moscow"})->hits.size(), 1u);
  }
  // Removing the index loses no history: it is built again.
  fs::remove(path + ".search");
  fs::remove(path + ".search-wal");
  fs::remove(path + ".search-shm");
  auto s = OpenSqliteStore(path);
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE((*s)->Search({.text = "moscow"})->hits.empty());
  EXPECT_EQ(*(*s)->UpdateSearchIndex(), 1);
  EXPECT_EQ((*s)->Search({.text = "moscow"})->hits.size(), 1u);
}

TEST_F(SqliteFileTest, AnIndexFromAnOlderStetIsBuiltAgain) {
  const std::string path = dir_ + "/stet.db";
  {
    auto s = OpenSqliteStore(path);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE((*s)->Record(Obs("http://a/1", 1, kV1)).ok());
    ASSERT_EQ(*(*s)->UpdateSearchIndex(), 1);
  }
  {
    sqlite3* db;
    ASSERT_EQ(sqlite3_open((path + ".search").c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 1", 0, 0, 0), SQLITE_OK);
    sqlite3_close(db);
  }
  auto s = OpenSqliteStore(path);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_TRUE((*s)->Search({.text = "moscow"})->hits.empty());
  EXPECT_EQ(*(*s)->UpdateSearchIndex(), 1);
  EXPECT_EQ((*s)->Search({.text = "moscow"})->hits.size(), 1u);
}

TEST_F(SqliteFileTest, AnIndexLeftBesideAReplacedDatabaseIsRebuilt) {
  const std::string path = dir_ + "/stet.db";
  {
    auto s = OpenSqliteStore(path);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE((*s)->Record(Obs("http://a/1", 1, kV1)).ok());
    ASSERT_TRUE((*s)->UpdateSearchIndex().ok());
  }
  // A new database where the old one was; its .search file stays behind.
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
  auto s = OpenSqliteStore(path);
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE((*s)->Record(Obs("http://b/1", 1,
                               Text("Budget day", {"The budget passed."})))
                  .ok());
  EXPECT_EQ(*(*s)->UpdateSearchIndex(), 1);
  EXPECT_TRUE((*s)->Search({.text = "moscow"})->hits.empty());
  auto r = (*s)->Search({.text = "budget"});
  ASSERT_EQ(r->hits.size(), 2u);
  EXPECT_EQ(r->hits[0].article.url, "http://b/1");
}

TEST_F(SqliteFileTest, AnUnreadableIndexFileIsAClearError) {
  const std::string path = dir_ + "/stet.db";
  std::ofstream(path + ".search") << "not an index\n";
  auto s = OpenSqliteStore(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find(path + ".search"), std::string::npos)
      << s.status().message();
  EXPECT_NE(s.status().message().find("move it away"), std::string::npos)
      << s.status().message();
  std::ifstream in(path + ".search");
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "not an index");  // left alone
}

}  // namespace
}  // namespace stet
