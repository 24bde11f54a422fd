#include "stet/diff.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "diff/lcs.h"
#include "stet/text.h"

namespace stet {
namespace {

VersionText V(std::vector<std::string> paras, std::string headline = "H") {
  VersionText t;
  t.headline = std::move(headline);
  t.paragraphs = std::move(paras);
  return t;
}

std::string Labels(const std::vector<DiffSentence>& s) {
  std::string out;
  for (const auto& x : s) {
    if (!out.empty()) out += ' ';
    out += SentenceLabelName(x.label);
  }
  return out;
}

struct Case {
  const char* name;
  std::vector<std::string> from, to;
  const char* old_labels;
  const char* new_labels;
};

class DiffLabelTest : public ::testing::TestWithParam<Case> {};

TEST_P(DiffLabelTest, LabelsEverySentence) {
  const Case& c = GetParam();
  ArticleDiff d = Diff(V(c.from), V(c.to));
  EXPECT_EQ(Labels(d.old_sentences), c.old_labels);
  EXPECT_EQ(Labels(d.new_sentences), c.new_labels);
  // The summary agrees with Summarize() and with the labels.
  EXPECT_EQ(d.summary, Summarize(V(c.from), V(c.to)));
}

const Case kCases[] = {
    {"identical",
     {"A cat sat on the mat. The dog barked loudly."},
     {"A cat sat on the mat. The dog barked loudly."},
     "unchanged unchanged",
     "unchanged unchanged"},
    {"added_at_end",
     {"A cat sat on the mat."},
     {"A cat sat on the mat. Police were called to the scene."},
     "unchanged",
     "unchanged added"},
    {"deleted_in_middle",
     {"The minister arrived on Friday. He was met by officials. Talks began at "
      "noon."},
     {"The minister arrived on Friday. Talks began at noon."},
     "unchanged deleted unchanged",
     "unchanged unchanged"},
    {"one_word_edit",
     {"Boris Johnson has begun talks in Moscow with the Russian foreign "
      "minister."},
     {"Boris Johnson has held talks in Moscow with the Russian foreign "
      "minister."},
     "edited",
     "edited"},
    {"several_word_edit",
     {"The UK-Russia talks are the third time this year that Johnson has "
      "announced a visit to Moscow."},
     {"The UK-Russia talks are the third occasion this year on which Johnson "
      "has planned a trip to Moscow."},
     "edited",
     "edited"},
    {"unrelated_replacement",
     {"The minister arrived on Friday.",
      "Shares fell sharply in early trading."},
     {"The minister arrived on Friday.",
      "A spokeswoman declined to comment on the plans."},
     "unchanged deleted",
     "unchanged added"},
    {"moved_paragraph",
     {"First point is made here.", "Second point follows it.",
      "Third point closes the piece.", "Fourth point is an afterthought."},
     {"Fourth point is an afterthought.", "First point is made here.",
      "Second point follows it.", "Third point closes the piece."},
     "unchanged unchanged unchanged moved",
     "moved unchanged unchanged unchanged"},
    {"moved_and_edited",
     {"Lavrov chided Johnson for his public criticism of Russia today.",
      "The talks lasted two hours.", "Both men smiled for the cameras.",
      "Lunch was served afterwards."},
     {"The talks lasted two hours.", "Both men smiled for the cameras.",
      "Lunch was served afterwards.",
      "Lavrov chided Johnson for his public criticism of Russia on Friday."},
     "moved unchanged unchanged unchanged",
     "unchanged unchanged unchanged moved"},
    {"paragraph_split_is_no_change",
     {"One sentence here. Another sentence there. A third one."},
     {"One sentence here. Another sentence there.", "A third one."},
     "unchanged unchanged unchanged",
     "unchanged unchanged unchanged"},
    {"paragraph_merge_is_no_change",
     {"One sentence here.", "Another sentence there."},
     {"One sentence here. Another sentence there."},
     "unchanged unchanged",
     "unchanged unchanged"},
    {"punctuation_change_is_an_edit",
     {"He said it was over, and left."},
     {"He said it was over and left."},
     "edited",
     "edited"},
    {"duplicates_pair_in_order",
     {"Read more.", "Story one.", "Read more.", "Story two."},
     {"Read more.", "Story one.", "Read more.", "Story two.", "Read more."},
     "unchanged unchanged unchanged unchanged",
     "unchanged unchanged unchanged unchanged added"},
    // The Guardian seed's edit: a paragraph cut from the top and pasted onto
    // the end of new text further down keeps its order but has moved.
    {"paragraph_pasted_after_new_block",
     {"Johnson has begun talks in Moscow.",
      "In public comments before the talks, Lavrov chided Johnson.",
      "It is no secret, Lavrov said."},
     {"Johnson has begun talks in Moscow.", "Lavrov made the latest denial.",
      "Johnson then corrected the Russian minister.",
      "The exchange was symptomatic. In public comments before the talks, "
      "Lavrov chided Johnson.",
      "It is no secret, Lavrov said."},
     "unchanged moved unchanged",
     "unchanged added added added moved unchanged"},
    {"sentence_prepended_in_same_paragraph_is_not_a_move",
     {"Police said a man was arrested.", "He is due in court."},
     {"The incident happened at 3pm. Police said a man was arrested.",
      "He is due in court."},
     "unchanged unchanged",
     "added unchanged unchanged"},
    {"empty_to_text", {}, {"Now there is text."}, "", "added"},
    {"text_to_empty", {"Once there was text."}, {}, "deleted", ""},
    {"lowercased_tokenised",
     {"johnson s visit comes at a time when relations are strained ."},
     {"johnson s visit comes at a time when relations between london and "
      "moscow are strained ."},
     "edited",
     "edited"},
};

INSTANTIATE_TEST_SUITE_P(Cases, DiffLabelTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return info.param.name; });

TEST(DiffTest, SummaryCountsAndCharacters) {
  ArticleDiff d =
      Diff(V({"Alpha beta gamma delta epsilon.", "Gone soon."}, "Old"),
           V({"Alpha beta gamma delta zeta.", "Brand new sentence."}, "New"));
  EXPECT_TRUE(d.summary.headline_changed);
  EXPECT_FALSE(d.summary.byline_changed);
  EXPECT_EQ(d.summary.edited, 1);
  EXPECT_EQ(d.summary.deleted, 1);
  EXPECT_EQ(d.summary.added, 1);
  EXPECT_EQ(d.summary.unchanged, 0);
  // "epsilon" -> "zeta", "Gone soon." removed, "Brand new sentence." added,
  // "Old" -> "New".
  EXPECT_EQ(d.summary.chars_removed, 7 + 10 + 3);
  EXPECT_EQ(d.summary.chars_added, 4 + 19 + 3);
}

TEST(DiffTest, RowsInterleaveBothSidesInReadingOrder) {
  ArticleDiff d =
      Diff(V({"Kept one.", "Shares fell sharply.", "Kept two."}),
           V({"Kept one.", "A spokesman declined to comment.", "Kept two."}));
  ASSERT_EQ(d.rows.size(), 4u);
  EXPECT_EQ(d.rows[0].label, SentenceLabel::kUnchanged);
  EXPECT_EQ(d.rows[1].label, SentenceLabel::kDeleted);
  EXPECT_EQ(d.rows[1].new_index, -1);
  EXPECT_EQ(d.rows[2].label, SentenceLabel::kAdded);
  EXPECT_EQ(d.rows[2].old_index, -1);
  EXPECT_EQ(d.rows[3].label, SentenceLabel::kUnchanged);
  EXPECT_TRUE(d.rows[3].paragraph_start_new);
}

TEST(DiffTest, EditedRowCarriesWordDiff) {
  ArticleDiff d = Diff(V({"Boris Johnson has begun talks in Moscow."}),
                       V({"Boris Johnson has concluded talks in Moscow."}));
  ASSERT_EQ(d.rows.size(), 1u);
  std::vector<WordSegment> want = {{WordOp::kEqual, "Boris Johnson has "},
                                   {WordOp::kDelete, "begun"},
                                   {WordOp::kInsert, "concluded"},
                                   {WordOp::kEqual, " talks in Moscow."}};
  EXPECT_EQ(d.rows[0].words, want);
}

TEST(DiffTest, MovesCanBeTurnedOff) {
  DiffOptions o;
  o.detect_moves = false;
  ArticleDiff d =
      Diff(V({"A first sentence.", "B second one.", "C third one here."}),
           V({"C third one here.", "A first sentence.", "B second one."}), o);
  EXPECT_EQ(Labels(d.new_sentences), "added unchanged unchanged");
  EXPECT_EQ(Labels(d.old_sentences), "unchanged unchanged deleted");
}

TEST(WordDiffTest, RebuildsBothSides) {
  const std::pair<const char*, const char*> kPairs[] = {
      {"", "new text"},
      {"old text", ""},
      {"the quick brown fox", "the slow brown dog"},
      {"“Quoted,” he said.", "\"Quoted,\" she said!"},
      {"Straße 3.5 km", "Strasse 3.6 km"},
  };
  for (auto [a, b] : kPairs) {
    std::string from, to;
    for (const WordSegment& s : WordDiff(a, b)) {
      if (s.op != WordOp::kInsert) from += s.text;
      if (s.op != WordOp::kDelete) to += s.text;
    }
    EXPECT_EQ(from, a);
    EXPECT_EQ(to, b);
  }
}

TEST(WordDiffTest, AdjacentChangesAreGrouped) {
  auto w = WordDiff("a b c d", "a x y d");
  std::vector<WordSegment> want = {{WordOp::kEqual, "a "},
                                   {WordOp::kDelete, "b c"},
                                   {WordOp::kInsert, "x y"},
                                   {WordOp::kEqual, " d"}};
  EXPECT_EQ(w, want);
}

TEST(LcsTest, FindsALongestCommonSubsequence) {
  struct T {
    std::vector<uint64_t> a, b;
    size_t length;
  };
  const T kTests[] = {
      {{}, {}, 0},
      {{1, 2, 3}, {1, 2, 3}, 3},
      {{1, 2, 3}, {4, 5, 6}, 0},
      {{1, 2, 3, 4, 5}, {1, 3, 5}, 3},
      {{1, 3, 5}, {1, 2, 3, 4, 5}, 3},
      {{7, 1, 2, 3, 8}, {9, 1, 2, 3, 10}, 3},
      {{1, 2, 1, 2, 1}, {2, 1, 2, 1, 2}, 4},
  };
  for (const T& t : kTests) {
    std::vector<std::pair<int, int>> m;
    diff::CommonSubsequence(t.a.data(), int(t.a.size()), t.b.data(),
                            int(t.b.size()), 1000, &m);
    EXPECT_EQ(m.size(), t.length);
    for (size_t k = 0; k < m.size(); ++k) {
      EXPECT_EQ(t.a[m[k].first], t.b[m[k].second]);
      if (k) {
        EXPECT_LT(m[k - 1].first, m[k].first);
        EXPECT_LT(m[k - 1].second, m[k].second);
      }
    }
  }
}

TEST(LcsTest, CapBoundsWorkOnUnrelatedInput) {
  std::vector<uint64_t> a(20000), b(20000);
  for (size_t i = 0; i < a.size(); ++i) {
    a[i] = i;
    b[i] = i + 1000000;
  }
  a[0] = b[0] = 42;  // common prefix survives the cap
  std::vector<std::pair<int, int>> m;
  diff::CommonSubsequence(a.data(), int(a.size()), b.data(), int(b.size()), 100,
                          &m);
  EXPECT_EQ(m.size(), 1u);
}

TEST(RenderTest, PlainTextMarksEveryKindOfChange) {
  ArticleDiff d = Diff(
      V({"Kept as it was. Dropped entirely.", "Moved later on here today."},
        "Old title"),
      V({"Kept as it was. Brand new words appear.", "Other text.",
         "Moved later on here today."},
        "New title"));
  std::string s = RenderDiffText(d, /*color=*/false);
  EXPECT_THAT(s, ::testing::HasSubstr("headline: [-Old-]{+New+} title"));
  EXPECT_THAT(s, ::testing::HasSubstr("- Dropped entirely."));
  EXPECT_THAT(s, ::testing::HasSubstr("+ Brand new words appear."));
  EXPECT_THAT(s, ::testing::HasSubstr("  Kept as it was."));
  EXPECT_EQ(s.find("\033["), std::string::npos);
  std::string c = RenderDiffText(d, /*color=*/true);
  EXPECT_NE(c.find("\033[32m"), std::string::npos);
}

}  // namespace
}  // namespace stet
