// Golden tests for UTF-8 handling, Normalize(), Fold() and
// CollapseWhitespace().
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>

#include "stet/text.h"

namespace stet::text {
namespace {

using namespace std::string_literals;

struct Case {
  std::string name;
  std::string in;
  std::string want;
};

struct ValidCase {
  std::string name;
  std::string in;
  bool valid;
};

TEST(IsValidUtf8Test, Table) {
  const ValidCase cases[] = {
      {"empty", "", true},
      {"ascii", "Hello, world.", true},
      {"nul_is_valid", "a\0b"s, true},
      {"two_byte", "caf\xC3\xA9", true},
      {"three_byte", "\xE2\x80\x9CQ\xE2\x80\x9D", true},
      {"four_byte_emoji", "\xF0\x9F\x98\x80", true},
      {"max_code_point", "\xF4\x8F\xBF\xBF", true},
      {"lone_continuation", "\x80", false},
      {"bad_second_byte", "\xC3\x28", false},
      {"overlong_two_byte", "\xC0\xAF", false},
      {"overlong_three_byte", "\xE0\x80\xAF", false},
      {"overlong_four_byte", "\xF0\x80\x80\xAF", false},
      {"surrogate", "\xED\xA0\x80", false},
      {"above_max", "\xF4\x90\x80\x80", false},
      {"f5_lead", "\xF5\x80\x80\x80", false},
      {"truncated_at_end", "ok\xE2\x82", false},
      {"ff_byte", "a\xFF", false},
      {"long_ascii_then_bad", std::string(100, 'x') + "\xFE", false},
  };
  for (const ValidCase& c : cases) {
    EXPECT_EQ(IsValidUtf8(c.in), c.valid) << c.name;
  }
}

TEST(SanitizeUtf8Test, Table) {
  const Case cases[] = {
      {"valid_unchanged", "caf\xC3\xA9 \xE2\x80\x94 ok",
       "caf\xC3\xA9 \xE2\x80\x94 ok"},
      {"one_bad_byte",
       "a\xFF"
       "b",
       "a\xEF\xBF\xBD"
       "b"},
      {"each_byte_replaced", "\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"truncated", "x\xE2\x82", "x\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"surrogate", "\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"nul_kept", "a\0b"s, "a\0b"s},
      {"valid_after_bad", "\x80\xC3\xA9", "\xEF\xBF\xBD\xC3\xA9"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SanitizeUtf8(c.in), c.want) << c.name;
    EXPECT_TRUE(IsValidUtf8(SanitizeUtf8(c.in))) << c.name;
  }
}

class NormalizeTest : public testing::TestWithParam<Case> {};

TEST_P(NormalizeTest, Golden) {
  const Case& c = GetParam();
  EXPECT_EQ(Normalize(c.in), c.want);
  // Normalizing twice changes nothing.
  EXPECT_EQ(Normalize(Normalize(c.in)), Normalize(c.in));
}

INSTANTIATE_TEST_SUITE_P(
    Table, NormalizeTest,
    testing::ValuesIn(std::vector<Case>{
        {"empty", "", ""},
        {"only_space", " \t\n\xC2\xA0 ", ""},
        {"ascii_kept", "Mr Johnson said.", "Mr Johnson said."},
        {"case_kept",
         "Stra\xC3\x9F"
         "e BBC",
         "Stra\xC3\x9F"
         "e BBC"},
        {"curly_single",
         "\xE2\x80\x98Things aren\xE2\x80\x99t easy\xE2\x80\x99",
         "'Things aren't easy'"},
        {"curly_double", "\xE2\x80\x9CNot successfully\xE2\x80\x9D",
         "\"Not successfully\""},
        {"low_quotes",
         "\xE2\x80\x9EHallo\xE2\x80\x9C \xE2\x80\x9Ax\xE2\x80\x9B",
         "\"Hallo\" 'x'"},
        {"reversed_double", "\xE2\x80\x9Fx\xE2\x80\x9D", "\"x\""},
        {"guillemets",
         "\xC2\xAB"
         "Bonjour\xC2\xBB",
         "\"Bonjour\""},
        {"single_guillemets",
         "\xE2\x80\xB9"
         "a\xE2\x80\xBA",
         "'a'"},
        {"primes", "5\xE2\x80\xB2 10\xE2\x80\xB3", "5' 10\""},
        {"dashes",
         "a \xE2\x80\x93 b \xE2\x80\x94 c \xE2\x80\x90 d \xE2\x80\x91 e "
         "\xE2\x80\x92 f \xE2\x80\x95 g \xE2\x88\x92 h",
         "a - b - c - d - e - f - g - h"},
        {"ellipsis", "wait\xE2\x80\xA6 what", "wait... what"},
        {"nbsp",
         "10\xC2\xA0"
         "000 people",
         "10 000 people"},
        {"thin_and_narrow_spaces",
         "a\xE2\x80\x89"
         "b\xE2\x80\xAF"
         "c",
         "a b c"},
        {"ideographic_space",
         "a\xE3\x80\x80"
         "b",
         "a b"},
        {"zero_width_space",
         "a\xE2\x80\x8B"
         "b",
         "a b"},
        {"zwsp_run_with_spaces", "a \xE2\x80\x8B b", "a b"},
        {"soft_hyphen",
         "co\xC2\xAD"
         "operate",
         "cooperate"},
        {"zwj_zwnj_word_joiner",
         "a\xE2\x80\x8D"
         "b\xE2\x80\x8C"
         "c\xE2\x81\xA0"
         "d",
         "abcd"},
        {"bom", "\xEF\xBB\xBFHello", "Hello"},
        {"bom_inside", "He\xEF\xBB\xBFllo", "Hello"},
        {"bidi_marks",
         "\xE2\x80\x8F"
         "abc\xE2\x80\x8E",
         "abc"},
        {"tabs_newlines", "  a\tb\n\nc\r\n", "a b c"},
        {"vertical_tab_form_feed", "a\vb\fc", "a b c"},
        {"line_separators",
         "a\xE2\x80\xA8"
         "b\xE2\x80\xA9"
         "c\xC2\x85"
         "d",
         "a b c d"},
        {"controls_removed",
         "a\x01"
         "b\x7F"
         "c\x1F",
         "abc"},
        {"nul_removed", "a\0b"s, "ab"},
        {"c1_control_removed",
         "a\xC2\x80"
         "b",
         "ab"},
        {"control_between_spaces", "a \x01 b", "a b"},
        {"nfc_compose", "Cafe\xCC\x81", "Caf\xC3\xA9"},
        {"nfc_already", "Caf\xC3\xA9", "Caf\xC3\xA9"},
        {"nfc_reorder", "a\xCC\x81\xCC\xA3",  // acute, dot below
         "\xE1\xBA\xA1\xCC\x81"},             // ạ + acute
        {"nfc_after_removed_zwj", "e\xE2\x80\x8D\xCC\x81", "\xC3\xA9"},
        {"nfc_hangul_jamo", "\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80"},
        {"nfc_angstrom_sign", "\xE2\x84\xAB", "\xC3\x85"},
        {"invalid_byte",
         "a\xFF"
         "b",
         "a\xEF\xBF\xBD"
         "b"},
        {"invalid_truncated", "x\xE2\x80", "x\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"invalid_surrogate", "\xED\xA0\x80",
         "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"emoji_kept", "ok \xF0\x9F\x98\x80\xEF\xB8\x8F",
         "ok \xF0\x9F\x98\x80\xEF\xB8\x8F"},
        {"seed_guardian",
         "\xE2\x80\x9CIt\xE2\x80\x99s no secret that our relations are at a "
         "low point,\xE2\x80\x9D Lavrov said. \xE2\x80\x9CWe\xE2\x80\x99ve "
         "noticed.\xE2\x80\x9D",
         "\"It's no secret that our relations are at a low point,\" Lavrov "
         "said. \"We've noticed.\""},
        {"seed_cnn_byline", "Moscow CNN  \xE2\x80\x94 ", "Moscow CNN -"},
    }),
    [](const testing::TestParamInfo<Case>& info) { return info.param.name; });

class FoldTest : public testing::TestWithParam<Case> {};

TEST_P(FoldTest, Golden) {
  const Case& c = GetParam();
  EXPECT_EQ(Fold(c.in), c.want);
}

INSTANTIATE_TEST_SUITE_P(
    Table, FoldTest,
    testing::ValuesIn(std::vector<Case>{
        {"empty", "", ""},
        {"ascii", "  HELLO   World\t", "hello world"},
        {"sharp_s",
         "Stra\xC3\x9F"
         "e",
         "strasse"},
        {"capital_sharp_s", "\xE1\xBA\x9E", "ss"},
        {"dotted_capital_i", "\xC4\xB0stanbul", "i\xCC\x87stanbul"},
        {"dotless_i_kept", "\xC4\xB1", "\xC4\xB1"},
        {"final_sigma",
         "\xCE\xA3\xCE\x8A\xCE\xA3\xCE\xA5\xCE\xA6\xCE\x9F\xCE\xA3",
         "\xCF\x83\xCE\xAF\xCF\x83\xCF\x85\xCF\x86\xCE\xBF\xCF\x83"},
        {"accented_upper", "CAF\xC3\x89", "caf\xC3\xA9"},
        {"decomposed_upper", "CAFE\xCC\x81", "caf\xC3\xA9"},
        {"ligature", "\xEF\xAC\x81nance", "finance"},
        {"kelvin_sign", "\xE2\x84\xAA", "k"},
        {"cyrillic", "\xD0\x9B\xD0\xB0\xD0\xB2\xD1\x80\xD0\xBE\xD0\xB2",
         "\xD0\xBB\xD0\xB0\xD0\xB2\xD1\x80\xD0\xBE\xD0\xB2"},
        {"quotes_mapped", "Aren\xE2\x80\x99t \xE2\x80\x9CWe\xE2\x80\x9D",
         "aren't \"we\""},
        {"invalid",
         "A\xFF"
         "B",
         "a\xEF\xBF\xBD"
         "b"},
        {"controls", "A\0B\x01"s, "ab"},
    }),
    [](const testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(CollapseWhitespaceTest, Table) {
  const Case cases[] = {
      {"empty", "", ""},
      {"spaces_only", " \t \n ", ""},
      {"trim_and_collapse", "  a \t b\n\nc  ", "a b c"},
      {"keeps_punctuation",
       "a ,b \xE2\x80\x9C"
       "c\xE2\x80\x9D",
       "a ,b \xE2\x80\x9C"
       "c\xE2\x80\x9D"},
      {"nbsp",
       "a\xC2\xA0\xC2\xA0"
       "b",
       "a b"},
      {"crlf", "a\r\nb", "a b"},
      {"keeps_case_and_controls",
       "A\x01"
       "b",
       "A\x01"
       "b"},
      {"invalid", "a \xFF", "a \xEF\xBF\xBD"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CollapseWhitespace(c.in), c.want) << c.name;
  }
}

// Never crash, never emit invalid UTF-8, and be idempotent, on arbitrary
// bytes.
TEST(NormalizeTest, RandomBytes) {
  std::mt19937 rng(42);
  const std::string pieces[] = {"a",
                                "Z",
                                " ",
                                "\t",
                                "\n",
                                "\0"s,
                                "\x01",
                                "\x7F",
                                "\xFF",
                                "\xC3",
                                "\xE2\x80",
                                "\xC3\xA9",
                                "e\xCC\x81",
                                "\xCC\x81",
                                "\xE2\x80\x99",
                                "\xC2\xA0",
                                "\xC2\xAD",
                                "\xE2\x80\x8B",
                                "\xE2\x80\x8D",
                                "\xEF\xBB\xBF",
                                "\xC4\xB0",
                                "\xC3\x9F",
                                "\xCD\x85",
                                "\xE2\x80\xA6",
                                "\xF0\x9F\x98\x80",
                                "\xE1\x84\x80",
                                "\xE1\x85\xA1",
                                "\xCC\xA3",
                                "\xE2\x84\xAB",
                                "."};
  for (int iter = 0; iter < 3000; ++iter) {
    std::string s;
    const int len = static_cast<int>(rng() % 24);
    for (int k = 0; k < len; ++k) {
      if (rng() % 5 == 0) {
        s.push_back(static_cast<char>(rng() & 0xFF));
      } else {
        s += pieces[rng() % std::size(pieces)];
      }
    }
    const std::string n = Normalize(s);
    ASSERT_TRUE(IsValidUtf8(n)) << testing::PrintToString(s);
    ASSERT_EQ(Normalize(n), n) << testing::PrintToString(s);
    ASSERT_TRUE(IsValidUtf8(Fold(s))) << testing::PrintToString(s);
    ASSERT_TRUE(IsValidUtf8(CollapseWhitespace(s)))
        << testing::PrintToString(s);
    ASSERT_EQ(SanitizeUtf8(s) == s, IsValidUtf8(s));
  }
}

TEST(NormalizeTest, LargeInput) {
  std::string s;
  for (int i = 0; i < 200000; ++i)
    s += "Caf\xC3\xA9 \xE2\x80\x9Cx\xE2\x80\x9D\t";
  const std::string n = Normalize(s);
  EXPECT_EQ(n.substr(0, 12), "Caf\xC3\xA9 \"x\" Ca");
  EXPECT_TRUE(IsValidUtf8(n));
}

}  // namespace
}  // namespace stet::text
