// Tests for ContentFingerprint(): presentation changes are no change, any
// changed word is.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stet/text.h"

namespace stet::text {
namespace {

struct Article {
  std::string headline;
  std::string byline;
  std::vector<std::string> paragraphs;
};

uint64_t Fp(const Article& a) {
  return ContentFingerprint(a.headline, a.byline, a.paragraphs);
}

Article Base() {
  return {
      "\xE2\x80\x98Things aren\xE2\x80\x99t easy between us\xE2\x80\x99: "
      "Boris Johnson meets Russian counterpart in Moscow",
      "Andrew Roth in Moscow",
      {"Boris Johnson has begun talks in Moscow with the Russian foreign "
       "minister Sergei Lavrov.",
       "\xE2\x80\x9CWe haven\xE2\x80\x99t seen any evidence except that for "
       "four kopecks someone put an advert on social media,\xE2\x80\x9D "
       "Lavrov said.",
       "Johnson then corrected the Russian minister \xE2\x80\x94 "
       "\xE2\x80\x9CNot successfully\xE2\x80\x9D."}};
}

struct Variant {
  std::string name;
  Article article;
};

class FingerprintSameTest : public testing::TestWithParam<Variant> {};
class FingerprintDifferentTest : public testing::TestWithParam<Variant> {};

TEST_P(FingerprintSameTest, SameAsBase) {
  EXPECT_EQ(Fp(GetParam().article), Fp(Base()));
}

TEST_P(FingerprintDifferentTest, DiffersFromBase) {
  EXPECT_NE(Fp(GetParam().article), Fp(Base()));
}

Article With(void (*edit)(Article*)) {
  Article a = Base();
  edit(&a);
  return a;
}

INSTANTIATE_TEST_SUITE_P(
    Presentation, FingerprintSameTest,
    testing::ValuesIn(std::vector<Variant>{
        {"identical", Base()},
        {"whitespace", With([](Article* a) {
           a->headline = "  " + a->headline + "\t";
           a->paragraphs[0] =
               "Boris  Johnson has begun\ntalks in Moscow with the Russian "
               "foreign\xC2\xA0minister Sergei Lavrov. ";
         })},
        {"straight_quotes", With([](Article* a) {
           a->headline =
               "'Things aren't easy between us': Boris Johnson meets Russian "
               "counterpart in Moscow";
           a->paragraphs[1] =
               "\"We haven't seen any evidence except that for four kopecks "
               "someone put an advert on social media,\" Lavrov said.";
         })},
        {"punctuation", With([](Article* a) {
           a->headline =
               "Things aren't easy between us - Boris Johnson meets Russian "
               "counterpart in Moscow!";
           a->paragraphs[2] =
               "Johnson then corrected the Russian minister: \"Not "
               "successfully.\"";
         })},
        {"paragraphs_merged", With([](Article* a) {
           a->paragraphs = {a->paragraphs[0] + " " + a->paragraphs[1],
                            a->paragraphs[2]};
         })},
        {"paragraph_split", With([](Article* a) {
           a->paragraphs = {"Boris Johnson has begun talks in Moscow",
                            "with the Russian foreign minister Sergei Lavrov.",
                            a->paragraphs[1], a->paragraphs[2]};
         })},
        {"empty_paragraphs_added", With([](Article* a) {
           a->paragraphs.insert(a->paragraphs.begin() + 1, "");
           a->paragraphs.push_back("  ");
         })},
        {"invisible_characters", With([](Article* a) {
           a->byline =
               "\xEF\xBB\xBF"
               "Andrew Roth in Mos\xC2\xAD"
               "cow";
         })},
        {"dash_styles", With([](Article* a) {
           a->paragraphs[2] =
               "Johnson then corrected the Russian minister -- "
               "\xE2\x80\x9CNot successfully\xE2\x80\x9D.";
         })},
    }),
    [](const testing::TestParamInfo<Variant>& info) {
      return info.param.name;
    });

INSTANTIATE_TEST_SUITE_P(
    Content, FingerprintDifferentTest,
    testing::ValuesIn(std::vector<Variant>{
        {"headline_word", With([](Article* a) {
           a->headline =
               "\xE2\x80\x98Things aren\xE2\x80\x99t easy between "
               "us\xE2\x80\x99: "
               "Boris Johnson meets Russian counterpart in Kremlin";
         })},
        {"byline_word",
         With([](Article* a) { a->byline = "Andrew Roth in St Petersburg"; })},
        {"body_word", With([](Article* a) {
           a->paragraphs[1] =
               "\xE2\x80\x9CWe haven\xE2\x80\x99t seen any evidence except "
               "that for five kopecks someone put an advert on social "
               "media,\xE2\x80\x9D Lavrov said.";
         })},
        {"body_number", With([](Article* a) {
           a->paragraphs.push_back("It cost 3.5 million.");
         })},
        {"case_change", With([](Article* a) {
           a->paragraphs[0] =
               "Boris Johnson has begun talks in Moscow with the russian "
               "foreign minister Sergei Lavrov.";
         })},
        {"word_removed", With([](Article* a) {
           a->paragraphs[2] =
               "Johnson corrected the Russian minister \xE2\x80\x94 "
               "\xE2\x80\x9CNot successfully\xE2\x80\x9D.";
         })},
        {"word_moved_headline_to_byline", With([](Article* a) {
           a->headline =
               "\xE2\x80\x98Things aren\xE2\x80\x99t easy between "
               "us\xE2\x80\x99: "
               "Boris Johnson meets Russian counterpart in";
           a->byline = "Moscow Andrew Roth in Moscow";
         })},
        {"byline_into_body", With([](Article* a) {
           a->byline = "";
           a->paragraphs.insert(a->paragraphs.begin(), "Andrew Roth in Moscow");
         })},
        {"words_joined", With([](Article* a) {
           a->paragraphs[2] =
               "Johnson then corrected the Russian minister \xE2\x80\x94 "
               "\xE2\x80\x9CNotsuccessfully\xE2\x80\x9D.";
         })},
    }),
    [](const testing::TestParamInfo<Variant>& info) {
      return info.param.name;
    });

TEST(FingerprintTest, DecomposedAccentsMatchComposed) {
  EXPECT_EQ(ContentFingerprint("Caf\xC3\xA9", "", {"na\xC3\xAFve"}),
            ContentFingerprint("Cafe\xCC\x81", "", {"nai\xCC\x88ve"}));
}

TEST(FingerprintTest, EmptyArticleIsStable) {
  EXPECT_EQ(ContentFingerprint("", "", {}), ContentFingerprint(" ", "", {""}));
  EXPECT_NE(ContentFingerprint("", "", {}), ContentFingerprint("a", "", {}));
}

}  // namespace
}  // namespace stet::text
