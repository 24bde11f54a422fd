// Golden tests for Tokenize(), FoldedWords() and FoldedWordHashes().
#include <gtest/gtest.h>
#include <xxhash.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "stet/text.h"

namespace stet::text {
namespace {

using namespace std::string_literals;

// "W:doesn|P:'|W:t", spaces as "S".
std::string Render(std::string_view s) {
  std::string out;
  for (const Token& t : Tokenize(s)) {
    if (!out.empty()) out += '|';
    switch (t.kind) {
      case TokenKind::kWord:
        out += "W:";
        out.append(s.substr(t.begin, t.end - t.begin));
        break;
      case TokenKind::kPunct:
        out += "P:";
        out.append(s.substr(t.begin, t.end - t.begin));
        break;
      case TokenKind::kSpace:
        out += "S";
        break;
    }
  }
  return out;
}

struct TokenCase {
  std::string name;
  std::string in;
  std::string want;
};

class TokenizeTest : public testing::TestWithParam<TokenCase> {};

TEST_P(TokenizeTest, Golden) {
  EXPECT_EQ(Render(GetParam().in), GetParam().want);
}

INSTANTIATE_TEST_SUITE_P(
    Table, TokenizeTest,
    testing::ValuesIn(std::vector<TokenCase>{
        {"empty", "", ""},
        {"words_and_space", "Boris  Johnson", "W:Boris|S|W:Johnson"},
        {"decimal", "3.5", "W:3.5"},
        {"thousands", "1,000", "W:1,000"},
        {"time", "10:30", "W:10:30"},
        {"time_am", "10.30am", "W:10.30am"},
        {"money", "$1.2bn.", "P:$|W:1.2bn|P:."},
        {"multi_separator", "1,000,000.50", "W:1,000,000.50"},
        {"version", "3.5.6", "W:3.5.6"},
        {"trailing_dot", "2015.", "W:2015|P:."},
        {"leading_dot", ".5", "P:.|W:5"},
        {"letter_dot_digit", "a.5", "W:a|P:.|W:5"},
        {"digit_comma_space", "5, 6", "W:5|P:,|S|W:6"},
        {"double_dot", "3..5", "W:3|P:.|P:.|W:5"},
        {"percent", "3.5%", "W:3.5|P:%"},
        {"apostrophe", "doesn't", "W:doesn|P:'|W:t"},
        {"curly_apostrophe", "doesn\xE2\x80\x99t",
         "W:doesn|P:\xE2\x80\x99|W:t"},
        {"possessive", "Mr. O'Neil's", "W:Mr|P:.|S|W:O|P:'|W:Neil|P:'|W:s"},
        {"dotted_acronym", "U.S.", "W:U|P:.|W:S|P:."},
        {"hyphen", "uk-russia", "W:uk|P:-|W:russia"},
        {"tokenised", "flat . on", "W:flat|S|P:.|S|W:on"},
        {"accented", "na\xC3\xAFve caf\xC3\xA9",
         "W:na\xC3\xAFve|S|W:caf\xC3\xA9"},
        {"combining_mark_in_word", "Cafe\xCC\x81!", "W:Cafe\xCC\x81|P:!"},
        {"cjk", "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x82\xBF\xE3\x83\xAF\xE3\x83\xBC",
         "W:\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x82\xBF\xE3\x83\xAF\xE3\x83\xBC"},
        {"cjk_full_stop", "\xE5\xA5\xBD\xE3\x80\x82",
         "W:\xE5\xA5\xBD|P:\xE3\x80\x82"},
        {"cyrillic", "\xD0\x9B\xD0\xB0\xD0\xB2\xD1\x80\xD0\xBE\xD0\xB2 said",
         "W:\xD0\x9B\xD0\xB0\xD0\xB2\xD1\x80\xD0\xBE\xD0\xB2|S|W:said"},
        {"arabic_indic_decimal", "\xD9\xA3.\xD9\xA5", "W:\xD9\xA3.\xD9\xA5"},
        {"superscript_digit_is_word", "m\xC2\xB2", "W:m\xC2\xB2"},
        {"emoji_is_punct", "ok\xF0\x9F\x98\x80!",
         "W:ok|P:\xF0\x9F\x98\x80|P:!"},
        {"emoji_with_selector",
         "\xE2\x9D\xA4\xEF\xB8\x8F"
         "x",
         "P:\xE2\x9D\xA4\xEF\xB8\x8F|W:x"},
        {"curly_quotes", "\xE2\x80\x9CWe\xE2\x80\x9D",
         "P:\xE2\x80\x9C|W:We|P:\xE2\x80\x9D"},
        {"nbsp_is_space",
         "10\xC2\xA0"
         "000",
         "W:10|S|W:000"},
        {"mixed_space_run", " \t\xC2\xA0\n ", "S"},
        {"zwsp_is_space",
         "a\xE2\x80\x8B"
         "b",
         "W:a|S|W:b"},
        {"soft_hyphen_is_punct",
         "co\xC2\xAD"
         "op",
         "W:co|P:\xC2\xAD|W:op"},
        {"invalid_byte",
         "a\xFF"
         "b",
         "W:a|P:\xFF|W:b"},
        {"invalid_each_byte", "\xE2\x80", "P:\xE2|P:\x80"},
        {"nul", "a\0b"s, "W:a|P:\0|W:b"s},
        {"lone_mark_after_space", " \xCC\x81", "S|W:\xCC\x81"},
    }),
    [](const testing::TestParamInfo<TokenCase>& info) {
      return info.param.name;
    });

// Tokens must rebuild the input exactly: contiguous, non-empty, in order.
void ExpectCoverage(std::string_view s) {
  const std::vector<Token> toks = Tokenize(s);
  uint32_t pos = 0;
  std::string rebuilt;
  for (const Token& t : toks) {
    ASSERT_EQ(t.begin, pos) << testing::PrintToString(std::string(s));
    ASSERT_LT(t.begin, t.end) << testing::PrintToString(std::string(s));
    rebuilt.append(s.substr(t.begin, t.end - t.begin));
    pos = t.end;
  }
  ASSERT_EQ(pos, s.size());
  ASSERT_EQ(rebuilt, s);
  // Adjacent space tokens would mean a run was split.
  for (size_t i = 1; i < toks.size(); ++i) {
    ASSERT_FALSE(toks[i].kind == TokenKind::kSpace &&
                 toks[i - 1].kind == TokenKind::kSpace);
    ASSERT_FALSE(toks[i].kind == TokenKind::kWord &&
                 toks[i - 1].kind == TokenKind::kWord);
  }
}

const std::string kPieces[] = {
    "a",
    "Z",
    "0",
    "9",
    ".",
    ",",
    ":",
    "'",
    " ",
    "\t",
    "\r\n",
    "\0"s,
    "\x01",
    "\xFF",
    "\xC3",
    "\xE2\x80",
    "\xC3\xA9",
    "e\xCC\x81",
    "\xCC\x81",
    "\xE2\x80\x99",
    "\xE2\x80\x9C",
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
    "\xEF\xB8\x8F",
    "\xE1\x84\x80",
    "\xE1\x85\xA1",
    "\xCC\xA3",
    "\xE2\x84\xAB",
    "\xE2\x84\xAA",
    "\xEF\xAC\x81",
    "\xD9\xA3",
    "\xE6\x9D\xB1",
    "=",
    "\xCC\xB8",
    "\xE1\xBA\x9E",
    "!",
    "\xC2\x85",
    "\xE2\x80\xA8",
    "Mr",
    "U.S.",
};

std::string RandomText(std::mt19937& rng, int max_len) {
  std::string s;
  const int len = static_cast<int>(rng() % max_len);
  for (int k = 0; k < len; ++k) {
    if (rng() % 6 == 0) {
      s.push_back(static_cast<char>(rng() & 0xFF));
    } else {
      s += kPieces[rng() % std::size(kPieces)];
    }
  }
  return s;
}

TEST(TokenizeTest, CoverageTricky) {
  const std::string cases[] = {
      "",
      " ",
      "3.",
      "3.5.",
      "1,",
      ",1",
      "\xCC\x81",
      "\xE2",
      "a\xE2\x80\x99",
      "Mr. O'Neil's 3.5% \xE2\x80\x9Cquote\xE2\x80\x9D "
      "\xF0\x9F\x98\x80\xEF\xB8\x8F",
      "\xED\xA0\x80\xF4\x90\x80\x80\xC0\xAF",
      std::string(1000, '\xFF'),
      std::string(1000, ' '),
      std::string(5000, 'a'),
  };
  for (const std::string& s : cases) ExpectCoverage(s);
}

TEST(TokenizeTest, CoverageRandom) {
  std::mt19937 rng(7);
  for (int iter = 0; iter < 5000; ++iter) {
    ExpectCoverage(RandomText(rng, 20));
  }
  for (int iter = 0; iter < 2000; ++iter) {
    std::string s(rng() % 40, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xFF);
    ExpectCoverage(s);
  }
}

struct WordsCase {
  std::string name;
  std::string in;
  std::vector<std::string> want;
};

class FoldedWordsTest : public testing::TestWithParam<WordsCase> {};

std::vector<uint64_t> HashesOf(const std::vector<std::string>& words) {
  std::vector<uint64_t> out;
  for (const std::string& w : words) {
    out.push_back(XXH3_64bits(w.data(), w.size()));
  }
  return out;
}

TEST_P(FoldedWordsTest, Golden) {
  const WordsCase& c = GetParam();
  EXPECT_EQ(FoldedWords(c.in), c.want);
  std::vector<uint64_t> hashes = {1, 2, 3};  // must be cleared
  FoldedWordHashes(c.in, &hashes);
  EXPECT_EQ(hashes, HashesOf(c.want));
}

INSTANTIATE_TEST_SUITE_P(
    Table, FoldedWordsTest,
    testing::ValuesIn(std::vector<WordsCase>{
        {"empty", "", {}},
        {"header_example",
         "Mr. O'Neil's 3.5%",
         {"mr", "o", "neil", "s", "3.5"}},
        {"sharp_s",
         "Stra\xC3\x9F"
         "e",
         {"strasse"}},
        {"guardian_quote",
         "\xE2\x80\x9CIt\xE2\x80\x99s no secret,\xE2\x80\x9D Lavrov said.",
         {"it", "s", "no", "secret", "lavrov", "said"}},
        {"reuters_tokenised",
         "johnson s visit ( reuters ) - u.n. 1,000",
         {"johnson", "s", "visit", "reuters", "u", "n", "1,000"}},
        {"soft_hyphen_joins",
         "co\xC2\xAD"
         "operate",
         {"cooperate"}},
        {"zwsp_splits",
         "co\xE2\x80\x8B"
         "operate",
         {"co", "operate"}},
        {"nul_joins", "ab\0cd"s, {"abcd"}},
        {"control_joins_digits",
         "3.\x01"
         "5",
         {"3.5"}},
        {"accented_upper",
         "CAF\xC3\x89 Caf\xC3\xA9",
         {"caf\xC3\xA9", "caf\xC3\xA9"}},
        {"decomposed", "CAFE\xCC\x81", {"caf\xC3\xA9"}},
        {"dotted_i", "\xC4\xB0stanbul", {"i\xCC\x87stanbul"}},
        {"ellipsis_between_digits",
         "3\xE2\x80\xA6"
         "5",
         {"3", "5"}},
        {"emoji_and_selector", "\xE2\x9D\xA4\xEF\xB8\x8F love", {"love"}},
        {"invalid_bytes_split",
         "ab\xFF"
         "cd",
         {"ab", "cd"}},
        {"long_ascii_word", std::string(300, 'A'), {std::string(300, 'a')}},
        {"ypogegrammeni_after_punct", "!\xCD\x85\xCC\x81", {"\xCE\xB9"}},
    }),
    [](const testing::TestParamInfo<WordsCase>& info) {
      return info.param.name;
    });

// The fast path must agree with the definition (hashes of FoldedWords) on
// anything.
void ExpectHashesAgree(const std::string& s) {
  std::vector<uint64_t> got;
  FoldedWordHashes(s, &got);
  ASSERT_EQ(got, HashesOf(FoldedWords(s))) << testing::PrintToString(s);
}

TEST(FoldedWordHashesTest, AgreesWithFoldedWordsRandom) {
  std::mt19937 rng(99);
  for (int iter = 0; iter < 20000; ++iter) {
    ExpectHashesAgree(RandomText(rng, 16));
  }
  for (int iter = 0; iter < 2000; ++iter) {
    std::string s(rng() % 40, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xFF);
    ExpectHashesAgree(s);
  }
}

TEST(FoldedWordHashesTest, AgreesWithFoldedWordsNews) {
  const std::string texts[] = {
      "Johnson conceded that \xE2\x80\x9Cthings are not easy between us at "
      "the moment\xE2\x80\x9D, noting that Britain had issues with "
      "Russia\xE2\x80\x99s actions in Ukraine, the western Balkans and "
      "cyberspace.Johnson conceded",
      "Moscow CNN  \xE2\x80\x94 UK Foreign Secretary Boris Johnson and his "
      "Russian counterpart Sergey Lavrov acknowledged significant problems "
      "in their countries\xE2\x80\x99 relationship",
      "not successfully , not successfully , i think is the word , johnson "
      "a leading advocate of brexit shot back",
      "Zakharova, 04:19 - Source: CNN, 2036, Covid-19, R&D, BBC1's",
  };
  for (const std::string& s : texts) ExpectHashesAgree(s);
}

TEST(SearchWordsTest, KeysIgnoreCaseAndAccentsAndSpansPointIntoTheText) {
  const std::string s = "Café ZÜRICH, Straße: 3.5% don’t Ǆ";
  std::vector<std::string> keys, words;
  for (const SearchWord& w : SearchWords(s)) {
    keys.push_back(w.key);
    words.push_back(s.substr(w.span.begin, w.span.size()));
  }
  EXPECT_EQ(keys, (std::vector<std::string>{"cafe", "zurich", "strasse", "3.5",
                                            "don", "t", "ǆ"}));
  EXPECT_EQ(words, (std::vector<std::string>{"Café", "ZÜRICH", "Straße", "3.5",
                                             "don", "t", "Ǆ"}));
  EXPECT_EQ(SearchKey("ÉCOLE"), "ecole");
  EXPECT_EQ(SearchKey("moscow"), "moscow");
}

}  // namespace
}  // namespace stet::text
