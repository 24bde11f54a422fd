// The search query language and highlighting (src/store/search.h), which
// every backend shares.
#include "store/search.h"

#include <gtest/gtest.h>

namespace stet::search {
namespace {

// A parsed query, written back as text: phrases in quotes, prefixes with *.
std::string Show(const std::vector<SearchTerm>& terms) {
  std::string out;
  for (const SearchTerm& t : terms) {
    if (!out.empty()) out += ' ';
    std::string words;
    for (const std::string& w : t.words)
      words += (words.empty() ? "" : " ") + w;
    out += t.words.size() > 1 ? "\"" + words + "\"" : words;
    if (t.prefix) out += '*';
  }
  return out;
}

TEST(ParseQueryTest, TermsPhrasesAndPrefixes) {
  struct Case {
    const char* query;
    const char* terms;
  } cases[] = {
      {"Moscow", "moscow"},
      {"  boris   JOHNSON ", "boris johnson"},
      {"\"Foreign Secretary\" lavrov", "\"foreign secretary\" lavrov"},
      {"elect*", "elect*"},
      {"\"new elect\"*", "\"new elect\"*"},
      {"\"new elect*\"", "\"new elect\"*"},
      {"U.S. talks", "\"u s\" talks"},
      {"3.5% 1,000", "3.5 1,000"},
      {"Zürich CAFÉ", "zurich cafe"},
      {"Straße", "strasse"},
      {"\"unclosed phrase", "\"unclosed phrase\""},
      {"a\"b c\"d", "a \"b c\" d"},
      {"Moscow OR NOT -talks", "moscow or not talks"},
      {"text:Moscow NEAR(a b)", "\"text moscow\" \"near a\" b"},
      {"don't", "\"don t\""},
  };
  for (const Case& c : cases) {
    auto r = ParseQuery(c.query);
    ASSERT_TRUE(r.ok()) << c.query << ": " << r.status().message();
    EXPECT_EQ(Show(*r), c.terms) << c.query;
  }
}

TEST(ParseQueryTest, QueriesWithNothingToFindAreErrors) {
  for (const std::string& q :
       std::vector<std::string>{"", " \t ", "***", "\"\"", "?!", "-- ;",
                                std::string(kMaxQueryBytes + 1, 'x')}) {
    auto r = ParseQuery(q);
    ASSERT_FALSE(r.ok()) << q;
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
  }
  std::string many;
  for (size_t i = 0; i <= kMaxTerms; ++i) many += "w" + std::to_string(i) + " ";
  EXPECT_FALSE(ParseQuery(many).ok());
  many.resize(many.size() - 4);  // kMaxTerms terms: fine
  EXPECT_TRUE(ParseQuery(many).ok()) << many;
}

std::vector<std::string> Marks(std::string_view text, std::string_view query,
                               bool* matched) {
  auto terms = ParseQuery(query);
  EXPECT_TRUE(terms.ok());
  std::vector<text::Span> spans;
  *matched = MatchTerms(text::SearchWords(text), *terms, &spans);
  std::vector<std::string> out;
  for (const auto& s : spans)
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(MatchTermsTest, EveryTermMustMatchAndEveryOccurrenceIsMarked) {
  using V = std::vector<std::string>;
  struct Case {
    const char* text;
    const char* query;
    bool match;
    V marks;
  } cases[] = {
      {"Johnson met Lavrov; Johnson left.", "johnson", true,
       V{"Johnson", "Johnson"}},
      {"Johnson met Lavrov.", "johnson putin", false, V{}},
      {"Johnson met Lavrov.", "\"met lavrov\"", true, V{"met Lavrov"}},
      {"Johnson met, Lavrov.", "\"met lavrov\"", true, V{"met, Lavrov"}},
      {"Lavrov met Johnson.", "\"met lavrov\"", false, V{}},
      {"The elections, electorate.", "elect*", true,
       V{"elections", "electorate"}},
      {"Elect", "elect*", true, V{"Elect"}},
      {"A Café in Zürich.", "\"cafe in zurich\"", true, V{"Café in Zürich"}},
      {"Talks talks", "\"talks talks\" talks", true, V{"Talks talks"}},
      {"Growth of 3.5% was 3 points", "3.5", true, V{"3.5"}},
      {"", "anything", false, V{}},
  };
  for (const Case& c : cases) {
    bool matched = false;
    V got = Marks(c.text, c.query, &matched);
    EXPECT_EQ(matched, c.match) << c.text << " / " << c.query;
    if (c.match) EXPECT_EQ(got, c.marks) << c.text << " / " << c.query;
  }
}

TEST(PassageHashTest, HeadlinesHashApartFromParagraphs) {
  EXPECT_EQ(PassageHash("Talks", false), PassageHash("Talks", false));
  EXPECT_NE(PassageHash("Talks", false), PassageHash("Talks", true));
  EXPECT_NE(PassageHash("Talks", false), PassageHash("talks", false));
}

}  // namespace
}  // namespace stet::search
