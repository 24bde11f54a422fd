// Golden tests for SplitSentences(). Most inputs are real sentences from the
// founding news texts (ITV, Guardian via News Sniffer, Reuters corpus, CNN,
// Mirror), inlined.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "stet/text.h"

namespace stet::text {
namespace {

struct SentenceCase {
  std::string name;
  std::string in;
  std::vector<std::string> want;
};

std::vector<std::string> Split(std::string_view s) {
  std::vector<std::string> out;
  for (const Span& sp : SplitSentences(s)) {
    out.emplace_back(s.substr(sp.begin, sp.size()));
  }
  return out;
}

class SplitSentencesTest : public testing::TestWithParam<SentenceCase> {};

TEST_P(SplitSentencesTest, Golden) {
  EXPECT_EQ(Split(GetParam().in), GetParam().want);
}

const char kReuters[] =
    "moscow ( reuters ) - british foreign minister boris johnson told his "
    "russian counterpart on friday there was abundant evidence of moscow "
    "meddling in foreign elections , but said any russian efforts to "
    "interfere in last year s brexit referendum had fallen flat . on the "
    "first visit to russia by a british foreign minister in five years , "
    "johnson said he wanted to normalize uk-russia relations . but although "
    "the two men spent much of their joint news conference exchanging barbs "
    ", both sounded upbeat when it came to trying to cooperate in narrow "
    "areas , such as in the u.n. security council , and on security "
    "arrangements for next year s soccer world cup in russia .";

INSTANTIATE_TEST_SUITE_P(
    Table, SplitSentencesTest,
    testing::ValuesIn(std::vector<SentenceCase>{
        // --- Basics.
        {"empty", "", {}},
        {"only_space", " \t\xC2\xA0 ", {}},
        {"one",
         "Chechen authorities deny the allegations.",
         {"Chechen authorities deny the allegations."}},
        {"trimmed", "  Hello there.  ", {"Hello there."}},
        {"no_final_mark", "Version 0 Version 1", {"Version 0 Version 1"}},
        {"fragment_after_sentence",
         "The article has changed 8 times. There is an RSS feed of changes "
         "available",
         {"The article has changed 8 times.",
          "There is an RSS feed of changes available"}},
        {"question_and_exclamation",
         "Did it work? Nobody knows! We will see.",
         {"Did it work?", "Nobody knows!", "We will see."}},
        {"interrobang_run", "Really?! Yes.", {"Really?!", "Yes."}},
        {"exclamation_in_name",
         "Yahoo! announced results on Monday.",
         {"Yahoo! announced results on Monday."}},
        {"nbsp_between",
         "First one.\xC2\xA0Second one.",
         {"First one.", "Second one."}},
        {"newline_between",
         "First one.\nSecond one.",
         {"First one.", "Second one."}},
        {"seed_itv_two",
         "However, the two nations have a shared objective of avoiding "
         "conflict on the Korean Peninsula and ensuring that North Korea "
         "does not have nuclear-capable intercontinental ballistic missiles, "
         "Johnson said. They also both want to see peace in Syria, he said.",
         {"However, the two nations have a shared objective of avoiding "
          "conflict on the Korean Peninsula and ensuring that North Korea "
          "does not have nuclear-capable intercontinental ballistic "
          "missiles, Johnson said.",
          "They also both want to see peace in Syria, he said."}},

        // --- Titles and abbreviations.
        {"titles",
         "Mr. Smith met Mrs. Jones and Dr. Fox. Sen. Warren and Gov. Newsom "
         "did not.",
         {"Mr. Smith met Mrs. Jones and Dr. Fox.",
          "Sen. Warren and Gov. Newsom did not."}},
        {"more_titles",
         "Prof. Jones, Rep. Cole, Gen. Mattis and Lt. Col. Vindman spoke. "
         "St. Petersburg was quiet.",
         {"Prof. Jones, Rep. Cole, Gen. Mattis and Lt. Col. Vindman spoke.",
          "St. Petersburg was quiet."}},
        {"title_before_function_word",
         "He wrote to Dr. The letter was long.",
         {"He wrote to Dr. The letter was long."}},
        {"lower_case_title",
         "we met mr. johnson there .",
         {"we met mr. johnson there ."}},
        {"months_with_days",
         "The vote is on Jan. 5 and the count on Sept. 30. Results follow "
         "on Dec. 2.",
         {"The vote is on Jan. 5 and the count on Sept. 30.",
          "Results follow on Dec. 2."}},
        {"month_ends_sentence",
         "He left in Sept. The next month he returned.",
         {"He left in Sept.", "The next month he returned."}},
        {"company_mid_sentence",
         "Apple Inc. said on Monday it would buy it.",
         {"Apple Inc. said on Monday it would buy it."}},
        {"company_name_continues",
         "Acme Inc. Chief Executive Jane Roe quit.",
         {"Acme Inc. Chief Executive Jane Roe quit."}},
        {"company_ends_sentence",
         "They sold it to Apple Inc. The deal closed.",
         {"They sold it to Apple Inc.", "The deal closed."}},
        {"versus",
         "Acme vs. Globex went to trial. It lasted weeks.",
         {"Acme vs. Globex went to trial.", "It lasted weeks."}},
        {"number_label",
         "He lives at No. 10 Downing Street. Or so he says.",
         {"He lives at No. 10 Downing Street.", "Or so he says."}},
        {"no_as_word",
         "He said no. The vote failed.",
         {"He said no.", "The vote failed."}},
        {"etc_mid_sentence",
         "We bought apples, pears, etc. and went home. Then we ate.",
         {"We bought apples, pears, etc. and went home.", "Then we ate."}},
        {"eg_never_ends",
         "Some fruit, e.g. Apples, are red.",
         {"Some fruit, e.g. Apples, are red."}},
        {"ex_title",
         "The ex-Gov. Smith said no.",
         {"The ex-Gov. Smith said no."}},
        {"lower_case_word_like_abbrev",
         "He sat. John came in.",
         {"He sat.", "John came in."}},
        {"lower_case_verb_like_abbrev",
         "They will wed. Jane is happy.",
         {"They will wed.", "Jane is happy."}},
        {"versus_single_letter",
         "Roe v. Wade was decided in 1973. It stood.",
         {"Roe v. Wade was decided in 1973.", "It stood."}},
        {"company_chain",
         "I work for Acme Co. Ltd. in London.",
         {"I work for Acme Co. Ltd. in London."}},
        {"abbrev_in_brackets",
         "The firm (Acme Inc.) agreed. Shares rose.",
         {"The firm (Acme Inc.) agreed.", "Shares rose."}},
        {"page_label", "See p. 5 for more.", {"See p. 5 for more."}},
        {"unknown_abbrev_lower_next",
         "The approx. figure was est. five.",
         {"The approx. figure was est. five."}},

        // --- Dotted acronyms.
        {"us_adjective",
         "The U.S. Senate voted on Tuesday.",
         {"The U.S. Senate voted on Tuesday."}},
        {"us_president",
         "U.S. President Donald Trump spoke. He left.",
         {"U.S. President Donald Trump spoke.", "He left."}},
        {"us_ends_sentence",
         "He moved to the U.S. The company said it would follow.",
         {"He moved to the U.S.", "The company said it would follow."}},
        {"us_then_pronoun",
         "Sales fell in the U.S. It was a bad year.",
         {"Sales fell in the U.S.", "It was a bad year."}},
        {"us_then_name_not_split",
         "He moved to the U.S. Officials said so.",
         {"He moved to the U.S. Officials said so."}},
        {"us_lower_next",
         "Exports to the U.S. rose sharply.",
         {"Exports to the U.S. rose sharply."}},
        {"uk_office",
         "She works for the U.K. Foreign Office.",
         {"She works for the U.K. Foreign Office."}},
        {"dc_comma",
         "The firm, based in Washington, D.C., will appeal.",
         {"The firm, based in Washington, D.C., will appeal."}},
        {"un_lower_cased_text",
         "he spoke at the u.n. security council on friday .",
         {"he spoke at the u.n. security council on friday ."}},
        {"un_mixed_case",
         "They met at the u.n. on Friday.",
         {"They met at the u.n. on Friday."}},
        {"phd", "She has a Ph.D. in physics.", {"She has a Ph.D. in physics."}},

        // --- Initials.
        {"initials_rowling",
         "J. K. Rowling wrote the books. She is rich.",
         {"J. K. Rowling wrote the books.", "She is rich."}},
        {"initials_bush",
         "George W. Bush read them. Laura did too.",
         {"George W. Bush read them.", "Laura did too."}},
        {"initials_glued",
         "The novel by J.K. Rowling sold well.",
         {"The novel by J.K. Rowling sold well."}},
        {"initial_then_a",
         "Author J. A. Smith wrote it.",
         {"Author J. A. Smith wrote it."}},
        {"plan_b_ends",
         "They had a Plan B. The plan failed.",
         {"They had a Plan B.", "The plan failed."}},

        // --- Numbers, decimals, times, money.
        {"decimal",
         "Growth was 3.5 per cent in the year. Inflation fell.",
         {"Growth was 3.5 per cent in the year.", "Inflation fell."}},
        {"times",
         "The meeting starts at 10.30am on Monday. It ends at 5 p.m. on "
         "Friday.",
         {"The meeting starts at 10.30am on Monday.",
          "It ends at 5 p.m. on Friday."}},
        {"pm_then_the",
         "Trains leave at 5 p.m. The last one is at midnight.",
         {"Trains leave at 5 p.m.", "The last one is at midnight."}},
        {"am_then_title",
         "It happened at 9 a.m. Mr. Smith said.",
         {"It happened at 9 a.m.", "Mr. Smith said."}},
        {"sentence_starts_with_number",
         "He scored 5 goals. 3 were headers.",
         {"He scored 5 goals.", "3 were headers."}},
        {"pm_eastern",
         "He arrived at 5 p.m. Eastern time.",
         {"He arrived at 5 p.m. Eastern time."}},
        {"money_and_thousands",
         "The deal was worth $1.2bn. Shares rose 1,000 points.",
         {"The deal was worth $1.2bn.", "Shares rose 1,000 points."}},
        {"european_thousands",
         "It cost 1.000 euros. That is cheap.",
         {"It cost 1.000 euros.", "That is cheap."}},
        {"year_end",
         "Nemtsov was assassinated in 2015. He was 55.",
         {"Nemtsov was assassinated in 2015.", "He was 55."}},
        {"list_number",
         "1. The first point is this.",
         {"1. The first point is this."}},
        {"caption_date",
         "Russian Foreign Minister Sergei Lavrov (R) meets with British "
         "Foreign Secretary Boris Johnson in Moscow on December 22, 2017. / "
         "AFP PHOTO / Yuri KADOBNOV",
         {"Russian Foreign Minister Sergei Lavrov (R) meets with British "
          "Foreign Secretary Boris Johnson in Moscow on December 22, 2017.",
          "/ AFP PHOTO / Yuri KADOBNOV"}},

        // --- Quotations.
        {"quote_two_sentences_inside",
         "He said: \"We know what you are doing. And you will not succeed.\" "
         "Then he left.",
         {"He said: \"We know what you are doing.",
          "And you will not succeed.\"", "Then he left."}},
        {"seed_itv_may_quote",
         "Last week Theresa May accused Russian President Vladimir Putin of "
         "using cyber-espionage to sow discord in the West, warning Moscow: "
         "\"We know what you are doing. And you will not succeed.\"",
         {"Last week Theresa May accused Russian President Vladimir Putin of "
          "using cyber-espionage to sow discord in the West, warning Moscow: "
          "\"We know what you are doing.",
          "And you will not succeed.\""}},
        {"comma_quote_attribution",
         "\"Not successfully,\" he said.",
         {"\"Not successfully,\" he said."}},
        {"question_quote_attribution",
         "\"Is it?\" he asked.",
         {"\"Is it?\" he asked."}},
        {"question_quote_named_attribution",
         "\"Is it over?\" Mr Johnson asked reporters.",
         {"\"Is it over?\" Mr Johnson asked reporters."}},
        {"verb_first_attribution",
         "\"Why?\" asked Johnson. \"Because,\" she said.",
         {"\"Why?\" asked Johnson.", "\"Because,\" she said."}},
        {"question_quote_then_sentence",
         "\"Is it?\" The minister said no.",
         {"\"Is it?\"", "The minister said no."}},
        {"single_quotes",
         "He said: 'No.' Then he left.",
         {"He said: 'No.'", "Then he left."}},
        {"quote_then_quote",
         "He said \"yes.\" \"No,\" she replied.",
         {"He said \"yes.\"", "\"No,\" she replied."}},
        {"exclamation_quote_new_sentence",
         "\"We will win!\" The crowd cheered.",
         {"\"We will win!\"", "The crowd cheered."}},
        {"period_quote_then_name",
         "Mr Johnson interrupted to add: \"Not successfully.\" Mr Lavrov "
         "smiled.",
         {"Mr Johnson interrupted to add: \"Not successfully.\"",
          "Mr Lavrov smiled."}},
        {"period_quote_then_lower",
         "\"It is over.\" he said.",
         {"\"It is over.\" he said."}},
        {"curly_quotes_lavrov",
         "“It’s no secret,” Lavrov said. “We’ve noticed.”",
         {"“It’s no secret,” Lavrov said.", "“We’ve noticed.”"}},
        {"seed_guardian_lavrov",
         "“It’s no secret that our relations are at a low point and that’s "
         "not at our initiative,” Lavrov said. “We’ve noticed you and other "
         "western countries have your reasons for this and you prefer to "
         "speak about them publicly. We would prefer to discuss these issues "
         "directly, not in public through microphones.”",
         {"“It’s no secret that our relations are at a low point and that’s "
          "not at our initiative,” Lavrov said.",
          "“We’ve noticed you and other western countries have your reasons "
          "for this and you prefer to speak about them publicly.",
          "We would prefer to discuss these issues directly, not in public "
          "through microphones.”"}},
        {"nested_quotes",
         "Johnson then corrected the Russian minister, saying: “‘Not "
         "successfully’ is what I said.”",
         {"Johnson then corrected the Russian minister, saying: “‘Not "
          "successfully’ is what I said.”"}},
        {"quote_period_inside_then_sentence",
         "Lavrov said it was “not a secret” that the Russia-UK relationship "
         "was at a “very low point.” He also said it was not Russia’s fault.",
         {"Lavrov said it was “not a secret” that the Russia-UK relationship "
          "was at a “very low point.”",
          "He also said it was not Russia’s fault."}},
        {"quoted_word_then_period",
         "the UK and Russia \"haven't been so bad for a very long time\". "
         "During the meeting he spoke.",
         {"the UK and Russia \"haven't been so bad for a very long time\".",
          "During the meeting he spoke."}},
        {"guillemets",
         "Il a dit «Non.» Puis il est parti.",
         {"Il a dit «Non.»", "Puis il est parti."}},
        {"brackets",
         "He left (finally.) Then we ate.",
         {"He left (finally.)", "Then we ate."}},
        {"long_quote_paragraph",
         "\"We do not interfere at all. We do not see any point in "
         "interference because for us, whether it will be (the) Conservative "
         "Party or Labour's party at the head of this country, we will try to "
         "settle relations and to establish better relations than now.\"",
         {"\"We do not interfere at all.",
          "We do not see any point in interference because for us, whether "
          "it will be (the) Conservative Party or Labour's party at the head "
          "of this country, we will try to settle relations and to establish "
          "better relations than now.\""}},
        {"seed_mirror_nandy",
         "Ms Nandy said: \"By prevaricating about issues like Salisbury, we "
         "let the Tories off the hook. I strongly believe that that has to "
         "change and that we have to have a much more strategic approach to "
         "Russia.\"",
         {"Ms Nandy said: \"By prevaricating about issues like Salisbury, we "
          "let the Tories off the hook.",
          "I strongly believe that that has to change and that we have to "
          "have a much more strategic approach to Russia.\""}},
        {"seed_mirror_media",
         "He added \"I learned about their (the hackers) existence from "
         "British media. In this world, to attribute any kind of computer "
         "hackers to any country, it is impossible.\"",
         {"He added \"I learned about their (the hackers) existence from "
          "British media.",
          "In this world, to attribute any kind of computer hackers to any "
          "country, it is impossible.\""}},

        // --- Ellipses.
        {"ellipsis_in_quote_lower",
         "ITV News political correspondent Carl Dinnen said the two "
         "diplomats were \"openly sparing ... the hostility was "
         "ill-concealed\".",
         {"ITV News political correspondent Carl Dinnen said the two "
          "diplomats were \"openly sparing ... the hostility was "
          "ill-concealed\"."}},
        {"ellipsis_char_in_quote",
         "“Picking and choosing dialogue on issues of interest for Britain "
         "is inadequate … and of little added value to us,” said Maria "
         "Zakharova. Zakharova said the visit would be pointless.",
         {"“Picking and choosing dialogue on issues of interest for Britain "
          "is inadequate … and of little added value to us,” said Maria "
          "Zakharova.",
          "Zakharova said the visit would be pointless."}},
        {"ellipsis_before_i",
         "Johnson added: “Russian attempts have not been successful … I think "
         "had it been successful, that would have been different.”",
         {"Johnson added: “Russian attempts have not been successful … I "
          "think had it been successful, that would have been different.”"}},
        {"ellipsis_ends",
         "He paused... Then he left.",
         {"He paused...", "Then he left."}},
        {"spaced_ellipsis",
         "I think . . . we should go. Yes.",
         {"I think . . . we should go.", "Yes."}},

        // --- Tokenised and lower-cased text.
        {"reuters_sample",
         kReuters,
         {"moscow ( reuters ) - british foreign minister boris johnson told "
          "his russian counterpart on friday there was abundant evidence of "
          "moscow meddling in foreign elections , but said any russian "
          "efforts to interfere in last year s brexit referendum had fallen "
          "flat .",
          "on the first visit to russia by a british foreign minister in "
          "five years , johnson said he wanted to normalize uk-russia "
          "relations .",
          "but although the two men spent much of their joint news "
          "conference exchanging barbs , both sounded upbeat when it came to "
          "trying to cooperate in narrow areas , such as in the u.n. "
          "security council , and on security arrangements for next year s "
          "soccer world cup in russia ."}},
        {"reuters_ellipsis",
         "... we can t pretend that they ( the problems ) do not exist , or "
         "... on russian activities in cyberspace , said johnson . he also "
         "said britain had a duty to speak up .",
         {"... we can t pretend that they ( the problems ) do not exist , or "
          "... on russian activities in cyberspace , said johnson .",
          "he also said britain had a duty to speak up ."}},
        {"lower_case_attached_marks",
         "chechen authorities deny the allegations. russian media has "
         "portrayed johnson as anti-russian? yes! ok",
         {"chechen authorities deny the allegations.",
          "russian media has portrayed johnson as anti-russian?", "yes!",
          "ok"}},
        {"tokenised_cased",
         "Moscow ( Reuters ) - British minister spoke . On the first visit , "
         "he said .",
         {"Moscow ( Reuters ) - British minister spoke .",
          "On the first visit , he said ."}},
        {"standalone_stop_in_prose",
         "This article is from the source 'guardian' and was first published "
         "or seen on . It last changed over 40 days ago.",
         {"This article is from the source 'guardian' and was first "
          "published or seen on .",
          "It last changed over 40 days ago."}},
        {"all_caps",
         "BREAKING NEWS. MARKETS FALL.",
         {"BREAKING NEWS.", "MARKETS FALL."}},

        // --- Scraped text with missing spaces.
        {"glued_quotes",
         "not in public through microphones.”“It’s no secret that our "
         "relations are at a low point.",
         {"not in public through microphones.”",
          "“It’s no secret that our relations are at a low point."}},
        {"glued_words",
         "Britain had issues with Russia’s actions in Ukraine, the western "
         "Balkans and cyberspace.Johnson conceded that things are hard.",
         {"Britain had issues with Russia’s actions in Ukraine, the western "
          "Balkans and cyberspace.",
          "Johnson conceded that things are hard."}},
        {"url_not_split",
         "You can find the current article at its original source at "
         "http://www.theguardian.com/politics/2017/dec/22/boris-johnson. It "
         "changed.",
         {"You can find the current article at its original source at "
          "http://www.theguardian.com/politics/2017/dec/22/boris-johnson.",
          "It changed."}},
        {"domain_not_split",
         "Visit www.Example.com today.",
         {"Visit www.Example.com today."}},
        {"camel_case_not_split",
         "He used Node.Js and ASP.Net daily.",
         {"He used Node.Js and ASP.Net daily."}},

        // --- Other scripts and bytes.
        {"cjk",
         "我们走了。他们来了！好吗？",
         {"我们走了。", "他们来了！", "好吗？"}},
        {"cyrillic",
         "Лавров сказал. Джонсон ответил.",
         {"Лавров сказал.", "Джонсон ответил."}},
        {"cyrillic_lower_next",
         "Лавров сказал. джонсон ответил.",
         {"Лавров сказал. джонсон ответил."}},
        {"invalid_bytes",
         "Bad \xFF byte. Next \xE2\x80 sentence.",
         {"Bad \xFF byte.", "Next \xE2\x80 sentence."}},
        {"nul_byte",
         std::string("A\0B. C.", 7),
         {std::string("A\0B.", 4), "C."}},
    }),
    [](const testing::TestParamInfo<SentenceCase>& info) {
      return info.param.name;
    });

bool IsSpaceByteSeq(std::string_view s) {
  // The only whitespace the property tests generate.
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t') {
      ++i;
    } else if (s.substr(i, 2) == "\xC2\xA0") {
      i += 2;
    } else {
      return false;
    }
  }
  return true;
}

// Spans are non-empty, trimmed, in order, and only whitespace lies outside
// them.
void ExpectWellFormed(const std::string& s) {
  const std::vector<Span> spans = SplitSentences(s);
  size_t pos = 0;
  for (const Span& sp : spans) {
    ASSERT_LT(sp.begin, sp.end) << testing::PrintToString(s);
    ASSERT_LE(sp.end, s.size());
    ASSERT_GE(sp.begin, pos) << testing::PrintToString(s);
    ASSERT_TRUE(IsSpaceByteSeq(std::string_view(s).substr(pos, sp.begin - pos)))
        << testing::PrintToString(s);
    const std::string_view t = std::string_view(s).substr(sp.begin, sp.size());
    ASSERT_FALSE(IsSpaceByteSeq(t.substr(0, 1)) ||
                 IsSpaceByteSeq(t.substr(t.size() - 1)))
        << testing::PrintToString(s);
    ASSERT_NE(t.substr(0, 2), "\xC2\xA0");
    ASSERT_FALSE(t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xA0");
    pos = sp.end;
  }
  ASSERT_TRUE(IsSpaceByteSeq(std::string_view(s).substr(pos)))
      << testing::PrintToString(s);
}

TEST(SplitSentencesTest, WellFormedOnRandomText) {
  const std::string pieces[] = {
      "a",    "The",      "he", "U.S.", "u.n.", "Mr.", "Inc.",     "J.", "3.5",
      ".",    "!",        "?",  "...",  "…",    "\"",  "“",        "”",  "’",
      "(",    ")",        " ",  " ",    " ",    "\n",  "\xC2\xA0", "。", "\xFF",
      "\xE2", "\xE2\x80", "\0", "x.Y",  "Ab",   "5",   "-",        "I",
  };
  std::mt19937 rng(1234);
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s;
    const int len = static_cast<int>(rng() % 30);
    for (int k = 0; k < len; ++k) {
      s += std::string(pieces[rng() % std::size(pieces)]);
    }
    ExpectWellFormed(s);
  }
}

TEST(SplitSentencesTest, ArbitraryBytesDoNotCrash) {
  std::mt19937 rng(5);
  for (int iter = 0; iter < 5000; ++iter) {
    std::string s(rng() % 64, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xFF);
    const std::vector<Span> spans = SplitSentences(s);
    uint32_t pos = 0;
    for (const Span& sp : spans) {
      ASSERT_LE(pos, sp.begin);
      ASSERT_LT(sp.begin, sp.end);
      ASSERT_LE(sp.end, s.size());
      pos = sp.end;
    }
  }
}

TEST(SplitSentencesTest, LongParagraph) {
  std::string s;
  for (int i = 0; i < 20000; ++i) s += "Mr. Smith went to the U.S. on Jan. 5. ";
  const std::vector<Span> spans = SplitSentences(s);
  EXPECT_EQ(spans.size(), 20000u);
}

}  // namespace
}  // namespace stet::text
