// Golden tests for SplitParagraphs().
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stet/text.h"

namespace stet::text {
namespace {

struct ParagraphCase {
  std::string name;
  std::string in;
  std::vector<std::string> want;
};

class SplitParagraphsTest : public testing::TestWithParam<ParagraphCase> {};

TEST_P(SplitParagraphsTest, Golden) {
  EXPECT_EQ(SplitParagraphs(GetParam().in), GetParam().want);
}

INSTANTIATE_TEST_SUITE_P(
    Table, SplitParagraphsTest,
    testing::ValuesIn(std::vector<ParagraphCase>{
        {"empty", "", {}},
        {"only_newlines", "\n\n\r\n \n", {}},
        {"one_line", "  Hello   world  ", {"Hello world"}},
        {"one_per_line", "a\nb\nc", {"a", "b", "c"}},
        {"one_per_line_trailing_newline", "a\nb\n", {"a", "b"}},
        {"trailing_blank_lines_keep_line_mode", "a\nb\n\n\n", {"a", "b"}},
        {"leading_blank_lines_keep_line_mode", "\n\na\nb", {"a", "b"}},
        {"blank_line_blocks", "a\n\nb\nc", {"a", "b c"}},
        {"blank_line_with_spaces", "a\n \t \nb", {"a", "b"}},
        {"blank_line_with_nbsp", "a\n\xC2\xA0\nb\nc", {"a", "b c"}},
        {"many_blank_lines", "a\n\n\n\n b \n\n", {"a", "b"}},
        {"crlf_lines", "a\r\nb\r\n", {"a", "b"}},
        {"crlf_blocks", "a\r\n\r\nb\r\nc\r\n", {"a", "b c"}},
        {"cr_only", "a\rb\r\rc", {"a b", "c"}},
        {"unicode_line_separator",
         "a\xE2\x80\xA8"
         "b",
         {"a", "b"}},
        {"unicode_paragraph_separator",
         "a\nb\xE2\x80\xA9"
         "c",
         {"a b", "c"}},
        {"nel",
         "a\xC2\x85"
         "b",
         {"a", "b"}},
        {"leading_bom", "\xEF\xBB\xBFHeadline\nBody", {"Headline", "Body"}},
        {"bom_only_line", "a\n\xEF\xBB\xBF\nb", {"a", "b"}},
        {"whitespace_collapsed_inside",
         "a \t b\n\nc  \xC2\xA0 d",
         {"a b", "c d"}},
        {"invalid_bytes_replaced", "a\xFF\nb", {"a\xEF\xBF\xBD", "b"}},
        {"seed_itv",
         "Johnson and Lavrov clash over alleged Russian interference in "
         "elections\n\n  \xE2\x80\xA2 Video report by ITV News political "
         "correspondent Carl Dinnen\n\nBoris Johnson and his Russian "
         "counterpart have clashed over Crimea.\n",
         {"Johnson and Lavrov clash over alleged Russian interference in "
          "elections",
          "\xE2\x80\xA2 Video report by ITV News political correspondent "
          "Carl Dinnen",
          "Boris Johnson and his Russian counterpart have clashed over "
          "Crimea."}},
        {"seed_cnn_caption",
         "Russian Foreign Minister Sergei Lavrov (R) meets Boris Johnson. / "
         "AFP PHOTO / Yuri KADOBNOV        (Photo credit should read YURI "
         "KADOBNOV/AFP/Getty Images)\nMay delivers Lord Mayor's Banquet "
         "speech\n04:19 - Source: CNN\nMoscow CNN  \xE2\x80\x94 \n\nUK "
         "Foreign Secretary Boris Johnson spoke.",
         {"Russian Foreign Minister Sergei Lavrov (R) meets Boris Johnson. / "
          "AFP PHOTO / Yuri KADOBNOV (Photo credit should read YURI "
          "KADOBNOV/AFP/Getty Images) May delivers Lord Mayor's Banquet "
          "speech 04:19 - Source: CNN Moscow CNN \xE2\x80\x94",
          "UK Foreign Secretary Boris Johnson spoke."}},
        {"seed_mirror_lines",
         "Russian envoy claims UK carried out cyber attacks\nAmbassador "
         "Andrei Kelin says attacks came from the United Kingdom\n",
         {"Russian envoy claims UK carried out cyber attacks",
          "Ambassador Andrei Kelin says attacks came from the United "
          "Kingdom"}},
    }),
    [](const testing::TestParamInfo<ParagraphCase>& info) {
      return info.param.name;
    });

}  // namespace
}  // namespace stet::text
