// Quotations (src/quote/): pairing marks of every style, telling speech from
// other marks, speakers, variants across outlets, and hostile text.
#include "stet/quote.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "quote/internal.h"

namespace stet {
namespace {

struct SpanCase {
  const char* name;
  std::string text;
  std::vector<std::string> quotes;  // the quoted words found, in order
};

class QuoteSpanTest : public ::testing::TestWithParam<SpanCase> {};

TEST_P(QuoteSpanTest, FindsTheQuotedWords) {
  const SpanCase& c = GetParam();
  std::vector<std::string> found;
  for (const Quote& q : ExtractQuotes(c.text)) {
    EXPECT_EQ(q.text, c.text.substr(q.begin, q.end - q.begin));
    found.push_back(q.text);
  }
  EXPECT_EQ(found, c.quotes) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Marks, QuoteSpanTest,
    ::testing::Values(
        SpanCase{"Straight", "\"We will win,\" he said.", {"We will win,"}},
        SpanCase{"Curly",
                 "“Not successfully,” Johnson said.",
                 {"Not successfully,"}},
        SpanCase{
            "Guillemets", "Il a dit: « Nous gagnerons. »", {"Nous gagnerons."}},
        SpanCase{"BritishSingle",
                 "‘Things aren’t easy between us’: Johnson meets Lavrov",
                 {"Things aren’t easy between us"}},
        SpanCase{"Tokenised",
                 "`` We appreciate your respect , '' her rep told People .",
                 {"We appreciate your respect ,"}},
        SpanCase{"ApostrophesAreNotMarks",
                 "Johnson's visit in the '90s wasn't Lavrov's idea, the "
                 "players' union said.",
                 {}},
        // Regression: straight single marks spaced off on both sides
        // never opened, and a plural's apostrophe must not.
        SpanCase{"TokenisedSingle",
                 "' We were surprised , ' said Dr Aisha Karimova .\nThe "
                 "Beverage Producers ' Federation said : ' Soft drinks are "
                 "fine . '\nCHARGERS ' RECEIVER ARRESTED",
                 {"We were surprised ,", "Soft drinks are fine ."}},
        // Text kept a sentence a line runs a single-marked quotation of
        // two sentences over two lines.
        // (Not over a blank line, nor to a plural's apostrophe a line on.)
        SpanCase{"SpacedSingleMarkClosesNoPluralALineOn",
                 "Smith said : ' We will fight on .\nThe Beverage Producers ' "
                 "Federation met on Monday .\nIt backed him .",
                 {}},
        SpanCase{"SpacedSingleMarkClosesNothingOverABlankLine",
                 "Smith said: ' We will fight on.\n\nThe Beverage Producers' "
                 "Federation met on Monday.\n\nIt backed him.",
                 {}},
        SpanCase{"TokenisedSingleOverTwoLines",
                 "' One of a kind , ' she wrote . ' A beautiful man .\nRest "
                 "in peace , Hugh . '\nThe Producers ' Federation met .",
                 {"One of a kind ,",
                  "A beautiful man .\nRest in peace , "
                  "Hugh ."}},
        // Regression: a quotation whose closing mark was left out before
        // its attribution ran on through the next paragraph's quotation.
        SpanCase{"AnAttributionInsideAnUnclosedQuotation",
                 "“ Patch every version now , Ada Reyes , head of research at "
                 "Corvane , says .\n\"Attacks are under way , so do not "
                 "wait . ”",
                 {"Patch every version now",
                  "Attacks are under way , so do "
                  "not wait ."}},
        SpanCase{"ALeftoverSingleCloserOpensNothing",
                 "to `undeserved negative attention ' the church received "
                 ".\n`` We will rebuild , '' he said .",
                 {"We will rebuild ,"}},
        SpanCase{"TokenisedClitic",
                 "the actress 's rep said `` no comment '' .",
                 {"no comment"}},
        SpanCase{"NestedIsPartOfTheOuter",
                 "“He told me ‘never again’ and left,” she said.",
                 {"He told me ‘never again’ and left,"}},
        SpanCase{"PartialInsideASentence",
                 "Lavrov called the Foreign Secretary a \"hostage\" to "
                 "Western narratives.",
                 {"hostage"}},
        SpanCase{"ParagraphsReopened",
                 "“First paragraph of the statement.\n\n“Second paragraph, "
                 "the last,” she said.",
                 {"First paragraph of the statement.\n\n“Second paragraph, "
                  "the last,"}},
        SpanCase{"SentenceALine",
                 "`` First sentence .\nSecond sentence . '' he said .",
                 {"First sentence .\nSecond sentence ."}},
        SpanCase{"SentenceALineReopenedLater",
                 "`` One thing for me .\nWe had a game .\n`` Whenever it "
                 "did happen .\nAlso , I felt honored . ''\nOfficials "
                 "stopped the game .",
                 {"One thing for me .\nWe had a game .\n`` Whenever it did "
                  "happen .\nAlso , I felt honored ."}},
        SpanCase{"TokenisedOpenerUsedToClose",
                 "`` I never dreamed I 'd be here , `` Hansbrough said .\n`` "
                 "This is a great honor . ''",
                 {"I never dreamed I 'd be here ,", "This is a great honor ."}},
        SpanCase{"AnUnclosedCurlyMarkStopsAtItsParagraph",
                 "He shouted “stop right there\n\nThe weather was fine.\n\n"
                 "“Hello there everyone,” Mary Smith said.",
                 {"Hello there everyone,"}},
        SpanCase{"UnclosedGivesNothing",
                 "He said \"we will never\n\nThe next paragraph is prose.",
                 {}},
        SpanCase{"CurlyOpenerUsedToClose",
                 "“We are ready“ he said, and left.",
                 {"We are ready"}},
        SpanCase{"InchesAreNotMarks", "A 12\" screen and 5' cable.", {}},
        SpanCase{"WholeTextInside",
                 "“All of it is a statement.\n\nEven this.”",
                 {"All of it is a statement.\n\nEven this."}},
        SpanCase{"CurlyReopenedOnALaterLine",
                 "Doug said .\n“ I told him he was our guy .\nHe took that "
                 "to heart .\n“ I ’ m proud of him . ”\nHe scored five .",
                 {"I told him he was our guy .\nHe took that to heart .\n“ I "
                  "’ m proud of him ."}},
        SpanCase{"TwoSingleMarksCloseADouble",
                 "“It was an attempt to mislead voters,’’ Will Moy said.",
                 {"It was an attempt to mislead voters,"}},
        SpanCase{"TwoApostrophesOpeningALine",
                 "He was gone .\n''Would we have done it without him ? '' "
                 "Bruce Arians asked .\n''No . ''",
                 {"Would we have done it without him ?", "No ."}},
        SpanCase{"BackquotesClosingAfterAStopOverLines",
                 "`` I did n't know it was going to ruin my career .\nPeople "
                 "forget I 've done 20 movies .\nI 'm not just a party girl. "
                 "``\nWhile Reid has been out of the spotlight , she works .",
                 {"I did n't know it was going to ruin my career .\nPeople "
                  "forget I 've done 20 movies .\nI 'm not just a party "
                  "girl."}},
        SpanCase{"BackquotesClosingALine",
                 "`` It does not matter who gets elected .\nThe president "
                 "has the final say ``\nVoters went home .",
                 {"It does not matter who gets elected .\nThe president has "
                  "the final say"}},
        SpanCase{"AMarkEndingALineOpensTheNext",
                 "\"She is fine , \" Heller argued after a prosecutor "
                 "objected . \"\nShe's in rehab right now .\nNothing bad is "
                 "going to happen . \"",
                 {"She is fine ,",
                  "She's in rehab right now .\nNothing bad is going to "
                  "happen ."}},
        SpanCase{"ASentenceALineOverManyLines",
                 "\"I was in Dallas when we drafted him .\nHe's filled in "
                 "well .\nI think he's smart .\nHe's healthy .\nHe's "
                 "rested .\nHe will be ready . \"\nSeattle won .",
                 {"I was in Dallas when we drafted him .\nHe's filled in "
                  "well .\nI think he's smart .\nHe's healthy .\nHe's "
                  "rested .\nHe will be ready ."}},
        SpanCase{
            "ASpacedOffClitic",
            "Gray was calling out : ‘ Please don ’ t let me die ! ’ and "
            "officers yelled back : ‘ Stay down , or we ’ ll shoot . ’",
            {"Please don ’ t let me die !", "Stay down , or we ’ ll shoot ."}},
        SpanCase{"TwoApostrophesInsideALineOpenNothing",
                 "He loved rock ''n'' roll and the ''Times'' said so.",
                 {}},
        // Regression: a plural's apostrophe closed a single quotation
        // early.
        SpanCase{"PluralsApostropheInsideASingleQuotation",
                 "‘He stole from kids’ football’: Anger as Cole jailed",
                 {"He stole from kids’ football"}},
        // Regression: a thin space before the closing mark kept it from
        // closing (tokenised wire text).
        SpanCase{"ThinSpaceBeforeTheCloser",
                 "“ I just told him , ‘ Greg , you are the man , ’ \u2009 ” "
                 "Doug said .",
                 {"I just told him , ‘ Greg , you are the man , ’"}},
        // An opener right after "I said ," inside an open quotation starts
        // one inside it: the outer one goes on to the closer.
        SpanCase{"TokenisedQuotationInsideAfterISaid",
                 "`` I said , `` I 'm glad we got that behind us . '' Then "
                 "he left .",
                 {"I said , `` I 'm glad we got that behind us ."}},
        // Review: a plural's apostrophe later in the line is no closer.
        SpanCase{"ReviewPluralsApostropheLaterInTheLine",
                 "Fans chanted ‘Sack the owners’ outside the directors’ box.",
                 {"Sack the owners"}},
        // (A guard: a closer before a new opener still closes.)
        SpanCase{"SingleCloserBeforeANewOpener",
                 "‘We love the kids’ she said, ‘and they love us’.",
                 {"We love the kids", "and they love us"}},
        SpanCase{"Empty", "He said \"\" and \" \" then.", {}}),
    [](const auto& info) { return std::string(info.param.name); });

struct SpeakerCase {
  const char* name;
  std::string text;
  std::string quote;    // words of the quotation checked
  std::string speaker;  // expected; "" unknown
};

class QuoteSpeakerTest : public ::testing::TestWithParam<SpeakerCase> {};

// A paragraph whose stop sits inside its closing marks is no headline, so
// the headline's quotation it repeats is its speaker's (the headline had
// read "Kassim Liam Hegarty" over its line's end).
TEST(QuoteSpeakerTest, HeadlineQuoteRepeatedInAParagraphEndingInAQuote) {
  const std::vector<Quote> quotes = ExtractQuotes(
      "' I 'll finish him inside six ' - Hegarty issues warning to Kassim\n"
      "Liam Hegarty has promised to knock out Tariq Kassim .\n"
      "' I 'll finish him inside six , ' Hegarty , 27 , said at the press "
      "conference . ' He 's never been hit like that . '\n"
      "Kassim laughed off the threat .");
  ASSERT_FALSE(quotes.empty());
  EXPECT_EQ(quotes.front().text, "I 'll finish him inside six");
  EXPECT_EQ(quotes.front().speaker, "Liam Hegarty");
}

TEST_P(QuoteSpeakerTest, Attributes) {
  const SpeakerCase& c = GetParam();
  const Quote* found = nullptr;
  const std::vector<Quote> quotes = ExtractQuotes(c.text);
  for (const Quote& q : quotes)
    if (q.text.find(c.quote) != std::string::npos) found = &q;
  ASSERT_NE(found, nullptr) << c.text;
  EXPECT_EQ(found->kind, QuoteKind::kSpeech);
  EXPECT_EQ(found->speaker, c.speaker) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Speakers, QuoteSpeakerTest,
    ::testing::Values(
        SpeakerCase{"VerbFirst",
                    "Boris Johnson met Sergei Lavrov.\n\n\"Not successfully,\" "
                    "said Johnson.",
                    "Not successfully", "Boris Johnson"},
        SpeakerCase{"NameThenVerb",
                    "\"We will see,\" Sergei Lavrov said on Friday.",
                    "We will see", "Sergei Lavrov"},
        SpeakerCase{"ToldWithColon",
                    "Boris Johnson visited Moscow.\n\nMr Johnson told ITV "
                    "News: \"I don't have any evidence.\"",
                    "I don't have any evidence", "Boris Johnson"},
        SpeakerCase{"TitleLeftOut",
                    "\"It was a mistake,\" Foreign Secretary Boris Johnson "
                    "said.",
                    "It was a mistake", "Boris Johnson"},
        SpeakerCase{"RoleTiedToName",
                    "Foreign Secretary Boris Johnson arrived on Friday.\n\n"
                    "\"It was useful,\" the foreign secretary said.",
                    "It was useful", "Boris Johnson"},
        SpeakerCase{"PronounToTheNamedPerson",
                    "Theresa May spoke in London.\n\n\"We know what you are "
                    "doing,\" she said.",
                    "We know what you are doing", "Theresa May"},
        SpeakerCase{"PronounOfTheRightGender",
                    "Mary Steenburgen wrote the song with her son, Charlie "
                    "McDowell. He said she was nervous.\n\n\"It was "
                    "terrifying,\" she said.",
                    "It was terrifying", "Mary Steenburgen"},
        SpeakerCase{"ApposedSubject",
                    "\"They failed,\" Geoffrey Berman, the U.S. attorney for "
                    "the Southern District of New York, said.",
                    "They failed", "Geoffrey Berman"},
        SpeakerCase{"Description",
                    "\"Operating a vaccine program is not feasible,\" a "
                    "spokesperson for the Border Protection agency said.",
                    "not feasible",
                    "a spokesperson for the Border Protection agency"},
        SpeakerCase{"TokenisedRep",
                    "`` We appreciate your respect , '' the actress 's rep "
                    "Jack Ketsoyan told the magazine .",
                    "We appreciate", "Jack Ketsoyan"},
        SpeakerCase{"CoordinatedVerb",
                    "Mr Lavrov said the claims came \"out of thin air\" and "
                    "called Johnson a \"hostage\" to Western narratives.",
                    "hostage", "Lavrov"},
        SpeakerCase{"ParticipleTakesTheSentenceSubject",
                    "Last week Theresa May accused Vladimir Putin of meddling "
                    "in the West, warning Moscow: \"We know what you are "
                    "doing.\"",
                    "We know", "Theresa May"},
        SpeakerCase{"ParagraphGoesOnWithTheSpeaker",
                    "\"The first part,\" Jim Bridenstine said.\n\n\"And the "
                    "second part of what he said.\"",
                    "second part", "Jim Bridenstine"},
        // Regression: a quotation a paragraph after one that named no one
        // had no speaker.
        SpeakerCase{"GoesOnPastAParagraphNamingNoOne",
                    "\"We are concerned,\" Uber said in a statement.\n\nThe "
                    "fares rose fourfold on Sunday as the siege went on.\n\n"
                    "\"Fares have increased to encourage more drivers.\"",
                    "Fares have increased", "Uber"},
        // Regression: with no pronoun after either name, "she" went to the
        // man named last.
        SpeakerCase{"PronounOfTheFirstNamesGender",
                    "Angela Benson watched from across the road. Michael "
                    "Gallagher arrived at the scene.\n\n\"I just feel sad,\" "
                    "she said.",
                    "I just feel sad", "Angela Benson"},
        // Regression: "he" went to the last speaker though another man was
        // the subject of a sentence since.
        SpeakerCase{"PronounToASubjectNamedSinceTheLastSpeaker",
                    "The fire chief, James Steele, was at the church.\n\n"
                    "\"Whatever the motives, we have faith,\" Bill McAllister "
                    "said.\n\nMr Steele said the blaze was being treated as "
                    "arson.\n\nAuthorities did not know whether the church "
                    "was a target.\n\n\"It is hard to say at this point,\" he "
                    "said.",
                    "hard to say", "James Steele"},
        // Regression: the aside was read as the speaker ("R-Texas").
        SpeakerCase{"AsideInBracketsAfterTheName",
                    "\"It was chaos,\" Sen. Mark Ellis (R-Texas) said.",
                    "It was chaos", "Mark Ellis"},
        // Regression: the age after the name left "a witness".
        SpeakerCase{"DescriptionNameAndAge",
                    "\"It was chaos,\" a witness, Mark Ellis, 54, told the "
                    "BBC.",
                    "It was chaos", "Mark Ellis"},
        // Regressions: each of these named no one, or the wrong words.
        SpeakerCase{"CompanyAbbreviationIsNoSentenceEnd",
                    "\"We are monitoring it,\" Acme Corp. said in a statement "
                    "Tuesday.",
                    "monitoring", "Acme Corp"},
        SpeakerCase{"BodyWhereItIs",
                    "\"We are monitoring it,\" the U.S. Embassy in Kyiv said.",
                    "monitoring", "the U.S. Embassy in Kyiv"},
        SpeakerCase{"PersonWithTheirBody",
                    "\"We are monitoring it,\" Jane Roe with the National "
                    "Weather Service said.",
                    "monitoring", "Jane Roe"},
        SpeakerCase{"PossessiveInsideABodysName",
                    "\"We are monitoring it,\" the Los Angeles County "
                    "Sheriff's Department said.",
                    "monitoring", "Los Angeles County Sheriff's Department"},
        SpeakerCase{"VerbOfARelativeClauseInTheSubject",
                    "\"We are monitoring it,\" the official, who asked not "
                    "to be named, said.",
                    "monitoring", "the official"},
        // Regression: a short sentence quoted after the speaker's first
        // was taken for scare quotes.
        SpeakerCase{"ShortSentenceGoesOnWithTheSpeaker",
                    "\"This is a disgrace,\" said Tom Hart. \"We deserve "
                    "better.\"",
                    "We deserve better", "Tom Hart"},
        // Regression: the age made the sentence before name no one.
        SpeakerCase{"PronounAfterASurnameAndAge",
                    "Hart, 45, told the court he had been at home. \"I never "
                    "left the house,\" he said.",
                    "never left", "Hart"},
        // Regression: "the Dutchman" was a name ("Dutchman").
        SpeakerCase{"DemonymForTheOneNamedBefore",
                    "Manchester United manager Erik Stahl said his side "
                    "deserved to win.\n\n\"We were unlucky,\" the Dutchman "
                    "said.",
                    "We were unlucky", "Erik Stahl"},
        // Regressions from made-up news in common styles.
        SpeakerCase{"TheCompanyNamedByHowCompaniesNamesEnd",
                    "Brightwell Energy said Monday it would close its plant."
                    "\n\n\"The economics have shifted,\" the company said.",
                    "economics", "Brightwell Energy"},
        // Regressions: a body named after its kind ("cloud provider
        // StackCloud") was no body for "the company", or took the kind
        // word into its name; "Food and Drug Administration" was "Drug
        // Administration"; "the agency" was no kind of body.
        SpeakerCase{"TheCompanyNamedAfterItsKind",
                    "A major outage at cloud provider StackCloud knocked "
                    "websites offline.\n\n\"We have identified the issue,\" "
                    "the company said.",
                    "identified", "StackCloud"},
        SpeakerCase{"TheAirlineNamedAfterItsKind",
                    "Regional airline SkyCoast said kiosks were down. "
                    "\"Please allow extra time,\" the airline told customers.",
                    "extra time", "SkyCoast"},
        SpeakerCase{"TheKindOpeningTheSentenceIsNoName",
                    "Chipmaker Nvidia reported record sales on Wednesday."
                    "\n\n\"Demand is extraordinary,\" the company said.",
                    "Demand", "Nvidia"},
        SpeakerCase{"ABodysNameOverAnd",
                    "The Food and Drug Administration approved the drug on "
                    "Friday.\n\n\"The benefits outweigh the risks,\" the "
                    "agency said.",
                    "benefits", "Food and Drug Administration"},
        SpeakerCase{"ASpokesmanForABodyNamedOverAnd",
                    "A spokesman for the Food and Drug Administration said "
                    "the review was complete. \"We followed the science,\" "
                    "he said.",
                    "science",
                    "a spokesman for the Food and Drug Administration"},
        SpeakerCase{"TwoCompaniesAreNotOneName",
                    "The deal between Gannett and GateHouse Media closed on "
                    "Tuesday.\n\nGateHouse said it was pleased. \"This is a "
                    "good day,\" the company said.",
                    "good day", "GateHouse Media"},
        // Regression: "Officials" opening the sentence was the body.
        SpeakerCase{"TheBodyNamedInFullNotSomePeople",
                    "Officials at the Food and Drug Administration approved "
                    "the drug on Friday.\n\n\"The benefits outweigh the "
                    "risks,\" the agency said.",
                    "benefits", "Food and Drug Administration"},
        SpeakerCase{"TheCompanyTheSentenceIsAbout",
                    "Acme Corp. signed a deal with Harbor Logistics Group on "
                    "Monday. \"We are thrilled,\" the company said.",
                    "thrilled", "Acme Corp"},
        // Regressions from made-up web pages: pronouns and the people a
        // story brings in unnamed.
        SpeakerCase{"HeardShoutingByWhoeverWasHeard",
                    "Resident Monique Ferris, 33, said she woke to the alarm."
                    "\n\n\"Everybody's out?\" a woman could be heard "
                    "shouting in a video.",
                    "Everybody", "a woman"},
        SpeakerCase{"OneEmployeeIsTheEmployee",
                    "A Pinepoint spokesperson confirmed the memo.\n\nOne "
                    "employee, who spoke on condition of anonymity, said the "
                    "mood was grim.\n\n\"We had an all-hands on Friday,\" "
                    "the employee said.",
                    "all-hands", "one employee"},
        SpeakerCase{"HeIsNoWomanNamedBefore",
                    "\"These attacks disrupted classes,\" Sarah Mills said."
                    "\n\nIn one message, he wrote: \"they will never find "
                    "me\"",
                    "never find", ""},
        SpeakerCase{"HimInTheSentenceIsSomeoneElse",
                    "Oskar Lindahl has built 400 violins.\n\nHis apprentice, "
                    "26-year-old Maren Solvik, came to him after a career in "
                    "software. \"I was writing code nobody would "
                    "remember,\" she says.",
                    "writing code", "Maren Solvik"},
        SpeakerCase{"SheIsTheWomanWhoToldReporters",
                    "A woman who did not want to be identified told reporters "
                    "she saw the driver run. \"He just took off,\" she said.",
                    "took off", "a woman who did not want to be identified"},
        SpeakerCase{"SheIsTheMotherTheSentenceBeforeIsAbout",
                    "\"We find the defendant, Martin Alvarado, not guilty,\" "
                    "the foreperson said.\n\nAlvarado's mother let out a "
                    "cry in the gallery. \"Thank you, God,\" she said.",
                    "Thank you", "Alvarado's mother"},
        SpeakerCase{"SheIsWhoEchoesIt",
                    "\"Our prayers go out to the family,\" said Michael "
                    "Gallagher.\n\nThat's something that Angela Benson "
                    "echoes.\n\n\"I just feel sad,\" she said.",
                    "feel sad", "Angela Benson"},
        // Regression: "Mr Platt" of "Brian and Sheila Platt" was Sheila.
        SpeakerCase{"MrOfACoupleIsHim",
                    "Retired couple Brian and Sheila Platt say their garden "
                    "has not seen sunlight since 2018.\n\n\"We can't grow a "
                    "thing,\" said Mr Platt, 71.",
                    "grow a thing", "Brian Platt"},
        SpeakerCase{"MrsOfACoupleIsHer",
                    "Retired couple Brian and Sheila Platt say their garden "
                    "has not seen sunlight since 2018.\n\n\"It is "
                    "heartbreaking,\" Mrs Platt added.",
                    "heartbreaking", "Sheila Platt"},
        // Regression: "he" after "A spokesman for ... said" was no one.
        SpeakerCase{"HeIsTheSpokesmanForABody",
                    "A spokesman for Kesterton Fire and Rescue Service said "
                    "the blaze began in a dryer.\n\n\"This is a "
                    "reminder,\" he said.",
                    "reminder",
                    "a spokesman for Kesterton Fire and Rescue "
                    "Service"},
        SpeakerCase{"SheIsTheOfficerNamedAfterHerTitle",
                    "Superintendent of Police Madhavi Reddy said there had "
                    "been no incidents. \"Crowd movement has been smooth,\" "
                    "she said.",
                    "Crowd movement", "Madhavi Reddy"},
        // Regressions from made-up pages of real sites' kinds.
        SpeakerCase{"TheCollectorNamedWithTheRole",
                    "District Collector Anjali Deshmukh-Rao visited the "
                    "flooded areas.\n\n\"People should not believe "
                    "rumours,\" the Collector said.",
                    "rumours", "Anjali Deshmukh-Rao"},
        SpeakerCase{"AHeadlinesGovernorIsTheGovernorNamed",
                    "Governor says House budget is \"dead on arrival\"\n\n"
                    "By Andrew Kessling\n\nGov. Catherine Wexford said on "
                    "Tuesday she would veto the budget.",
                    "dead on arrival", "Catherine Wexford"},
        SpeakerCase{"AHeadlinesCoronerIsTheCoronerNamed",
                    "Delays 'putting lives at risk', coroner warns\n\nA "
                    "coroner has warned that more people will die. Senior "
                    "coroner Graham Tillotson gave evidence.",
                    "putting lives", "Graham Tillotson"},
        SpeakerCase{"AlhajiIsATitle",
                    "\"Our members are not hoarding,\" Alhaji Musa Garba "
                    "said.",
                    "hoarding", "Musa Garba"},
        SpeakerCase{"APluralsPossessiveInsideABodysName",
                    "The National Workers’ Coalition called the decision "
                    "\"wicked and insensitive\".",
                    "wicked", "National Workers’ Coalition"},
        SpeakerCase{"AKoreanGivenNameFirst",
                    "\"We were surprised,\" said lead author Dr. Hye-jin "
                    "Park of Westbrook University.\n\n\"Teenagers are "
                    "different,\" Park said.",
                    "Teenagers", "Hye-jin Park"},
        SpeakerCase{"RunnerUpIsNoKoreanName",
                    "Runner-up Tomás Ibarra finished two shots back. \"He "
                    "played the last holes perfectly,\" he said.",
                    "perfectly", "Tomás Ibarra"},
        // Regressions: a name in a clause before the subject was the
        // subject; "his daughter Morag McKinnon" showed no gender.
        SpeakerCase{"TheSubjectAfterALeadingClause",
                    "Rick Delgado coached the team.\n\nAsked whether he had "
                    "considered benching Marcus Jennings, Delgado shook his "
                    "head. \"No. Not for a second,\" he said.",
                    "Not for a second", "Rick Delgado"},
        SpeakerCase{"HisDaughterNamedIsAWoman",
                    "\"She was a gift,\" said Fiona Gallagher, a "
                    "neighbour.\n\nIn a statement, his daughter Morag "
                    "McKinnon said the family were overwhelmed.\n\n\"Dad "
                    "would have hated the fuss,\" she said.",
                    "hated the fuss", "Morag McKinnon"},
        SpeakerCase{"HerSisterNamedInApposition",
                    "A spokesperson for Vista TV said: ‘The welfare of our "
                    "islanders is our number one priority. Both Kayleigh and "
                    "Jordan have access to our welfare team and psychological "
                    "support throughout their time in the villa.’\n\n"
                    "Jordan’s sister, Mel Tavistock, defended him on "
                    "Instagram. ‘My brother is not the villain the edit is "
                    "making him out to be. You only see 45 minutes of a "
                    "24-hour day,’ she wrote.",
                    "not the villain", "Mel Tavistock"},
        // Regressions: "the aide", "the source" and "the witness" were
        // cut short of who the story said they were.
        SpeakerCase{"TheAideWithWhatFollowsTheNoun",
                    "An aide to Senate leadership said the bill would wait. "
                    "\"The calendar is too packed,\" the aide said.",
                    "calendar", "an aide to Senate leadership"},
        SpeakerCase{"TheSourceAsTheEarlierSpeakerWas",
                    "A source close to the production said: \"Everyone here "
                    "loves Tyler.\" \"They want him to get it together,\" "
                    "the source added.",
                    "get it together", "a source close to the production"},
        SpeakerCase{"TheWitnessIsTheEyewitness",
                    "\"He was laughing,\" an eyewitness told reporters. "
                    "\"It did not look like a big deal,\" the witness said.",
                    "big deal", "an eyewitness"},
        // Regressions from tokenised scraped pages.
        SpeakerCase{"ANameStopsAtTheLineEnd",
                    "`` We let ourselves down , '' said skipper Rohan "
                    "Sharma\nPosted by Staff Writer",
                    "let ourselves", "Rohan Sharma"},
        SpeakerCase{"AnApostropheInsideAName",
                    "`` For us , this is about survival , '' said Teuila "
                    "Fa'avae , the envoy .",
                    "survival", "Teuila Fa'avae"},
        SpeakerCase{"TheNegotiatorWithAnAbbreviation",
                    "A senior U.S . negotiator said they would not sign . `` "
                    "We have been clear , '' the negotiator said .",
                    "been clear", "a senior U.S . negotiator"},
        SpeakerCase{"AKoreanNameAfterTitles",
                    "`` We are blown away , '' said Skyforge Chief Executive "
                    "Min-jun Seo .",
                    "blown away", "Min-jun Seo"},
        SpeakerCase{"DeaconIsATitle",
                    "`` It 's not about revenge , '' said Deacon Harold "
                    "Beasley .",
                    "revenge", "Harold Beasley"},
        // Regressions: a complaint spoke for the body it accuses; a role
        // word after "of" let the name own the description; "accuses",
        // "slammed" said nothing.
        SpeakerCase{"TheComplaintSpeaksForItself",
                    "Glenn Carver filed a lawsuit against Brightline Media."
                    "\n\nThe complaint, filed Monday in Bayview County "
                    "Superior Court, accuses the outlet of publishing "
                    "\"fabricated stories designed to destroy a "
                    "reputation.\"",
                    "fabricated", "the complaint"},
        SpeakerCase{"ThePartnerOfARestaurateur",
                    "The former business partner of restaurateur Simon "
                    "Weller testified Wednesday that he \"never took it "
                    "seriously\" when Weller complained.",
                    "never took",
                    "the former business partner of restaurateur Simon "
                    "Weller"},
        SpeakerCase{"SlammedSaysIt",
                    "Opposition leader Dana Reyes slammed the plan as "
                    "\"reckless and cruel\".",
                    "reckless", "Dana Reyes"},
        // Regressions: of two coaches, "the coach" was the first named,
        // not the one the story was on; a role in lower case or in an
        // apposition without "the" was no role; "A Drafthaus spokesperson"
        // named no company.
        SpeakerCase{"TheCoachTheStoryIsOn",
                    "Port Melville coach Shane Kettering was unhappy. "
                    "Kingsway coach Dean Halliwell was diplomatic.\n\n"
                    "Kettering is also sweating on the fitness of captain "
                    "Noah Fitzgerald, who came off hurt. \"He will get scans "
                    "tomorrow,\" the coach said.",
                    "scans", "Shane Kettering"},
        SpeakerCase{"AHeadlinesCoronerInApposition",
                    "Delays \"putting lives at risk\", coroner warns\n\n"
                    "Graham Tillotson, senior coroner for the Vale of "
                    "Carrick, issued a report.",
                    "putting lives", "Graham Tillotson"},
        SpeakerCase{"TheCompanyWhoseSpokespersonSpoke",
                    "Kiran Bhattacharya, a partner at venture firm Northgate "
                    "Capital who is not an investor in Drafthaus, said the "
                    "cuts were wise.\n\nA Drafthaus spokesperson confirmed "
                    "the layoffs. In a blog post, the company said it "
                    "remained \"well-capitalized\".",
                    "well-capitalized", "Drafthaus"},
        // Regression: "her daughter" named just before was the
        // daughter of the last woman named.
        SpeakerCase{"HerDaughterNamedBefore",
                    "Eleanor Ashgrove died Tuesday . She was 84 .\nHer "
                    "daughter , Margaret Ashgrove-Cole , said the cause was "
                    "heart failure .\n`` She wrote every morning until the "
                    "very end , '' her daughter said .",
                    "every morning", "Margaret Ashgrove-Cole"},
        // Regression: a statement people gave was the festival's.
        SpeakerCase{"TheStatementOfThePeopleWhoGaveIt",
                    "The Driftwood Music Festival was cancelled. In a "
                    "statement, organizers said the weather was too "
                    "dangerous.\n\n\"We know how much you were looking "
                    "forward to today,\" the statement said.",
                    "looking forward", "organizers"},
        SpeakerCase{"AnAmpersandInAName",
                    "Carrow & Finch said trading had been \"exceptionally "
                    "weak\" in March.",
                    "exceptionally", "Carrow & Finch"},
        // Regression: a report cited "according to" was the subject's.
        SpeakerCase{"TheReportAsTheStoryBroughtItIn",
                    "Police stopped Tyler Brooks on Friday, according to a "
                    "police report. The report said Brooks had \"bloodshot, "
                    "watery eyes\" when stopped.",
                    "bloodshot", "a police report"},
        // Regression: a lawsuit spoke for the one it is against.
        SpeakerCase{"TheLawsuitIsNotTheCompanysWords",
                    "Three families filed a lawsuit against Brightline Toys "
                    "Inc. on Monday.\n\nThe lawsuit says the company "
                    "\"chose profits over the safety of children.\"",
                    "chose profits", "a lawsuit"},
        // Regressions (review): "Ex-wife" read as a Korean given name; a
        // couple opening a sentence; "and" inside a body's name before a
        // closing "said".
        SpeakerCase{"ExWifeIsNoName",
                    "Ex-wife Jane Doyle told reporters: \"He never paid.\"",
                    "never paid", "Jane Doyle"},
        SpeakerCase{"ACoupleOpeningTheSentence",
                    "Brian and Sheila Platt were at home. \"We cannot grow a "
                    "thing,\" Mr Platt said.",
                    "grow a thing", "Brian Platt"},
        SpeakerCase{"ACoupleAfterWhatTheyAre",
                    "Neighbours John and Mary Smith complained. \"It is too "
                    "tall,\" Mr Smith said.",
                    "too tall", "John Smith"},
        SpeakerCase{"TwoSurnamesAreNoCouple",
                    "French duo Pierre-Hugues Herbert and Nicolas Mahut won."
                    "\n\n\"We are happy,\" Mahut said.",
                    "happy", "Nicolas Mahut"},
        SpeakerCase{"ABodyNamedOverAndBeforeSaid",
                    "\"We will survive,\" a spokesman for Kesterton Fire and "
                    "Rescue Service said.",
                    "survive",
                    "a spokesman for Kesterton Fire and Rescue Service"},
        // Regressions: "the agency's director-general" made him "the
        // agency"; "a spokesperson for the office" left the office unnamed.
        SpeakerCase{"TheAgencyIsNotItsDirector",
                    "The Anambe State Emergency Management Agency said rescue "
                    "teams had recovered bodies.\n\n\"The death toll may "
                    "rise,\" the agency said.\n\nIbrahim Danjuma Kolawole, "
                    "the agency's director-general, told reporters the rain "
                    "began at midnight.",
                    "death toll", "Anambe State Emergency Management Agency"},
        SpeakerCase{"ASpokespersonForTheOfficeNamedBefore",
                    "The Broadcast Standards Office confirmed it had received "
                    "4,117 complaints.\n\n'We are assessing these "
                    "complaints,' a spokesperson for the office said.",
                    "assessing",
                    "a spokesperson for the Broadcast Standards Office"},
        // Regression: a name ending in a hyphenated syllable kept its
        // title, and its surname in the middle named no one.
        SpeakerCase{"ANameEndingInASyllable",
                    "\"The conditions are behind us,\" Chairman Kenneth Lau "
                    "Kwok-wing said in a statement.",
                    "behind us", "Kenneth Lau Kwok-wing"},
        SpeakerCase{"ASurnameBeforeAGivenName",
                    "\"The conditions are behind us,\" Chairman Kenneth Lau "
                    "Kwok-wing said.\n\n\"These are temporary factors,\" "
                    "Lau said.",
                    "temporary", "Kenneth Lau Kwok-wing"},
        // Regressions: "Her publisher, Halloway & Sons," gave no role;
        // "M&A" was a name over "&".
        SpeakerCase{"HerPublisherNamedInApposition",
                    "Her publisher , Halloway & Sons , said her manuscript "
                    "was nearly complete .\n`` Eleanor was the heart of this "
                    "house , '' the publisher said in a statement .",
                    "heart of this house", "Halloway & Sons"},
        SpeakerCase{"TheUtilityByHowItsNameEnds",
                    "Harlow Electric Cooperative said crews would work "
                    "through the night. \"We expect power back by "
                    "Thursday,\" the utility said.",
                    "power back", "Harlow Electric Cooperative"},
        SpeakerCase{"TheMinistryWhoseItIs",
                    "Veloria's finance ministry said on Monday it would cut "
                    "its forecast.\n\n\"The adjustment is prudent,\" the "
                    "ministry said in a statement.",
                    "adjustment", "Veloria's finance ministry"},
        SpeakerCase{"TheSpokeswomanIntroducedBefore",
                    "A police spokeswoman said officers were called at 2 "
                    "a.m.\n\n\"There is no ongoing threat,\" the spokeswoman "
                    "said.",
                    "no ongoing threat", "a police spokeswoman"},
        // The description as it was brought in, whole: up to the verb
        // after a name ("declined"), over a hyphen or a possessive.
        SpeakerCase{"TheSpokesmanForANamedBodyThatDeclined",
                    "A spokesman for Medoria Health declined to give "
                    "details.\n\n\"We will not speculate,\" the spokesman "
                    "said.",
                    "not speculate", "a spokesman for Medoria Health"},
        SpeakerCase{"TheSpokesmanForAHyphenatedKind",
                    "A spokesman for the Chicago-based company said the plant "
                    "would stay open.\n\n\"We will not speculate,\" the "
                    "spokesman said.",
                    "not speculate",
                    "a spokesman for the Chicago-based company"},
        SpeakerCase{"TheEmployeeOfAPossessivesDivision",
                    "One employee in the company's customer service division "
                    "described the mood.\n\n\"I am numb,\" the employee "
                    "said.",
                    "numb",
                    "one employee in the company's customer service "
                    "division"},
        SpeakerCase{"TheSpokesmanForABodyThatWasAsked",
                    "A spokesman for the Home Office was asked about the "
                    "plan.\n\n\"We do not comment,\" the spokesman said.",
                    "do not comment", "a spokesman for the Home Office"},
        // "the former director": the one brought in as "one former Veltra
        // director", though "director" is a title.
        SpeakerCase{"TheFormerDirectorBroughtInUnnamed",
                    "One former Veltra director, who left the business in "
                    "2022, was doubtful.\n\n\"They won't shut anything,\" "
                    "the former director said.",
                    "shut anything", "one former Veltra director"},
        SpeakerCase{"OneFormerDirectorWithAClauseSaid",
                    "One former Veltra director, who left the business in "
                    "2022, said: \"They knew.\"",
                    "They knew", "one former Veltra director"},
        // A description opening the sentence, a name modifying its noun,
        // a relative clause before the verb: the description, not the
        // name.
        SpeakerCase{"ANamedFirmsDirectorWithAClause",
                    "A Veltra director, who left in 2022, said: \"They "
                    "knew.\"",
                    "They knew", "a Veltra director"},
        SpeakerCase{"AnotherNamedFirmsDirectorWithAClause",
                    "Another Veltra director, who left in 2022, said: \"They "
                    "knew.\"",
                    "They knew", "another Veltra director"},
        // Regression: "on Monday" was read as part of the body's name.
        SpeakerCase{"ABodysNameEndsBeforeOnAndADay",
                    "The report, published by the Institute for Fiscal "
                    "Studies on Monday, said: \"Poverty is rising.\"",
                    "Poverty", "Institute for Fiscal Studies"},
        // When or how a body spoke, between it and its verb; "on" inside
        // its name.
        SpeakerCase{"ABodyInAStatementSaid",
                    "The Federation of Small Businesses in a statement said: "
                    "\"This is a blow.\"",
                    "a blow", "the Federation of Small Businesses"},
        SpeakerCase{"ABodyOnSomethingInAMonthSaid",
                    "The Committee on Climate Change in June said: "
                    "\"Progress is slow.\"",
                    "Progress", "the Committee on Climate Change"},
        SpeakerCase{"ABodyOnSomethingSaid",
                    "The Joint Committee on Human Rights said: \"Progress is "
                    "slow.\"",
                    "Progress", "the Joint Committee on Human Rights"},
        // "the family": as the story brought them in, "the family of
        // John Kerr"; up to a verb in the past after a noun; the one named
        // in apposition when there is one.
        SpeakerCase{"TheFamilyOfANamedMan",
                    "The family of John Kerr said they were devastated. \"He "
                    "was the light of our lives,\" the family said.",
                    "light of our lives", "the family of John Kerr"},
        SpeakerCase{"TheMotherOfOneOfTheVictimsSpoke",
                    "The mother of one of the victims spoke outside court. "
                    "\"I want answers,\" the mother said.",
                    "want answers", "the mother of one of the victims"},
        SpeakerCase{"TheOwnerOfABakeryNamed",
                    "The owner of the bakery, Tom Baker, was upset. \"I am "
                    "sorry,\" the owner said.",
                    "sorry", "Tom Baker"},
        // No one inside a "whose" clause is the subject.
        SpeakerCase{"NoOneInAWhoseClauseSpeaks",
                    "Ruiz, whose lawyer is Mark Stone, said: \"I am "
                    "innocent.\"",
                    "innocent", "Ruiz"},
        SpeakerCase{"NoOneInAWhoseClauseTells",
                    "Ruiz, whose lawyer is Mark Stone, told the court: \"I am "
                    "innocent.\"",
                    "innocent", "Ruiz"},
        // A role written in capitals ends a description, as a role noun
        // does: the one named before.
        SpeakerCase{"AnAgeThenARolesCapitals",
                    "Dr Aoife Kelly has been a GP in Sligo for twenty years. "
                    "She sees forty patients a day. \"I cannot keep going,\" "
                    "the 51-year-old GP said.",
                    "keep going", "Aoife Kelly"},
        SpeakerCase{"TheNewMPNamedBefore",
                    "Julia Ferris was elected on Thursday. \"I am "
                    "honoured,\" the new MP said.",
                    "honoured", "Julia Ferris"},
        // A first name opening a sentence is the one named in full with
        // it: the sentence before the quotation is about her.
        SpeakerCase{"AFirstNameOpeningASentence",
                    "Mercy Chepkoech trains on the red roads above Iten with "
                    "her sister Faith. Mercy is the faster of the two.\n\n"
                    "\"She runs, and then she sleeps,\" Faith says of her "
                    "sister.\n\nMercy laughs. \"That is true.\"",
                    "That is true", "Mercy Chepkoech"},
        SpeakerCase{"AKnownFirstNameOpeningASentence",
                    "Julia Ferris won the seat on Thursday.\n\nTom Baker "
                    "said he would not contest it. \"I wish her well,\" "
                    "Baker said.\n\nJulia smiled. \"He was gracious.\"",
                    "He was gracious", "Julia Ferris"},
        // "her" before a past tense is no possessive: "said" is the verb.
        SpeakerCase{"ASourceCloseToHerSaid",
                    "The minister did not respond. But a source close to her "
                    "said: \"She is furious.\"",
                    "furious", "a source close to her"},
        // Someone described after the quotation, a clause of who they are
        // and all.
        SpeakerCase{"AWitnessWhoWasThereSaid",
                    "\"He kept shooting,\" a witness who was there said.",
                    "kept shooting", "a witness who was there"},
        // A document speaks for whoever it is from or by, described too.
        SpeakerCase{"SaidAStatementFromTheFamily",
                    "\"We are saddened,\" said a statement from the family of "
                    "the victim.",
                    "saddened", "the family of the victim"},
        SpeakerCase{"AStatementFromTheFamilySaid",
                    "\"We are saddened,\" a statement from the family said.",
                    "saddened", "the family"},
        SpeakerCase{"TheReportByAPanel",
                    "A report by a government-appointed panel was published on "
                    "Monday. \"The system is broken,\" the report said.",
                    "system is broken", "a government-appointed panel"},
        // An honorific and a surname opening a sentence name someone the
        // pronoun goes on with: with or without the honorific's dot.
        SpeakerCase{"AnHonorificOpeningASentence",
                    "Mrs Smith was cautious. \"We will see,\" she said.",
                    "We will see", "Smith"},
        SpeakerCase{"AnHonorificAndItsDot",
                    "Mr. Scholz, speaking after the meeting, was cautious. "
                    "\"We will see,\" he said.",
                    "We will see", "Scholz"},
        SpeakerCase{"ADoctorsTitleAndItsDot",
                    "Dr. Smith was cautious. \"We will see,\" he said.",
                    "We will see", "Smith"},
        // "He said the day went well.": "said" has its subject before it,
        // no inverted one after; "he" goes on with her father, the
        // sentence before.
        SpeakerCase{"HerFatherThenHeSaidThen",
                    "Ann Lee opened the new bakery on Monday, with the mayor, "
                    "Tom Baker. Her father was there too. He said the day went "
                    "well.\n\n\"It was a good day,\" he said.",
                    "good day", "Ann Lee's father"},
        // Someone described leading in to a quotation with a colon; a
        // description that ends at a verb in -ed before a stop.
        SpeakerCase{"AResidentLeadsInWithAColon",
                    "Mayor Tom Baker opened the fair. A local resident was "
                    "unimpressed: \"It's a waste of money.\"",
                    "waste of money", "a local resident"},
        SpeakerCase{"AnOfficerAtTheSceneDisagreed",
                    "Police Commissioner Raymond Kelly defended the officers. "
                    "One officer at the scene disagreed. \"We had no "
                    "choice,\" the officer said.",
                    "no choice", "one officer at the scene"},
        // "he" after a sentence that opens on her husband, named by his
        // first name alone: him, not the one who spoke before.
        SpeakerCase{"HerHusbandByHisFirstName",
                    "\"I'm fine,\" Jones said. Her husband, Mark, was less "
                    "sure. \"She's not,\" he said.",
                    "She's not", "Mark"},
        // Regressions the review of this stop's rules found.
        SpeakerCase{"LeftIsANounInADescription",
                    "A source on the Labour left said the leader was weak. "
                    "\"He has lost the room,\" the source said.",
                    "lost the room", "a source on the Labour left"},
        SpeakerCase{"ANameInEdInLowerCasedText",
                    "a friend of sheikh mohammed said he was kind . `` he is a "
                    "generous man , '' the friend said .",
                    "generous man", "a friend of sheikh mohammed"},
        SpeakerCase{"TheFamilyDeclinedToComment",
                    "The family of the accused declined to comment. \"We are "
                    "sorry,\" the family said.",
                    "We are sorry", "the family of the accused"},
        SpeakerCase{"ATeacherAtAPossessiveRetired",
                    "A teacher at St Mary's retired last year. \"I miss it,\" "
                    "the teacher said.",
                    "I miss it", "a teacher at St Mary's"},
        SpeakerCase{"ALetterFromTheCouncilToResidents",
                    "A letter from the council to residents said: \"Bins will "
                    "be collected on Friday.\"",
                    "Bins", "the council"},
        SpeakerCase{"OneDirectionStarNamed",
                    "One Direction star Niall Horan, who is touring, said: \"I "
                    "miss the lads.\"",
                    "miss the lads", "Niall Horan"},
        SpeakerCase{"AFormerPresidentNamedAfter",
                    "A former president of the club, Tom Hughes, said it was "
                    "sad. \"It is a sad day,\" the former president said.",
                    "sad day", "Tom Hughes"},
        SpeakerCase{"AnotherFormerMinister",
                    "One former minister said the plan was mad. Another former "
                    "minister disagreed. \"It is bold,\" the former minister "
                    "said.",
                    "It is bold", "another former minister"},
        SpeakerCase{
            "TheFamilyOfAnotherVictimNamed",
            "The family of one of the victims said they were angry. The "
            "family of another victim, Tom Hart, said they wanted "
            "answers. \"It was avoidable,\" the family said.",
            "avoidable", "the family"},
        SpeakerCase{"HisFatherInTheBackground",
                    "Tom Baker, 34, was beaming. \"We won,\" he said. His "
                    "father was a coal miner. \"I grew up poor,\" he said.",
                    "grew up poor", "Tom Baker"},
        SpeakerCase{"AResidentWhoAskedNotToBeNamed",
                    "\"It was awful,\" a resident who asked not to be named "
                    "said.",
                    "awful", "a resident who asked not to be named"},
        SpeakerCase{"AStatementFromALawyerForTheFamily",
                    "A statement from a lawyer for the family said: \"They "
                    "will sue.\"",
                    "will sue", "a lawyer for the family"},
        // "the minister" is no one named in a phrase opening its sentence.
        SpeakerCase{"SpeakingToMrSmithTheMinister",
                    "Speaking to Mr Smith, the minister said: \"You were "
                    "wrong.\"",
                    "were wrong", "the minister"},
        SpeakerCase{"StandingBesideMrsMayThePresident",
                    "Standing beside Mrs. May, the president said: \"We are "
                    "allies.\"",
                    "allies", "the president"},
        // Where someone described is, said with "in" or "on", is part of
        // the description, not the subject ("the ward" said nothing); when
        // it was said is not.
        SpeakerCase{"DescribedInThePlaceBeforeTheQuote",
                    "A nurse in the ward said: \"We are numb.\"", "numb",
                    "a nurse in the ward"},
        SpeakerCase{"DescribedInThePlaceAfterTheQuote",
                    "\"We are numb,\" a nurse in the ward said.", "numb",
                    "a nurse in the ward"},
        SpeakerCase{"SaidADescribedOneOnThePlace",
                    "\"We are numb,\" said a nurse on the ward.", "numb",
                    "a nurse on the ward"},
        SpeakerCase{"SaidADescribedOneInTheMorning",
                    "\"We are numb,\" said a nurse in the morning.", "numb",
                    "a nurse"},
        // "A spokesman said" right after a sentence a body opens is that
        // body's spokesman, as a reader takes it; not a named man's, nor
        // some people's.
        SpeakerCase{"SpokesmanOfTheBodyTheSentenceBeforeOpens",
                    "Medoria Health was hacked in March.\n\nMedoria declined "
                    "to comment on the details.\n\nA spokesman said: \"We "
                    "will not speculate.\"",
                    "speculate", "a spokesman for Medoria Health"},
        SpeakerCase{"SpokeswomanOfTheForeignOffice",
                    "The Foreign Office said it was aware. \"We are in "
                    "touch,\" a spokeswoman said.",
                    "in touch", "a spokeswoman for the Foreign Office"},
        SpeakerCase{"PoliceSpokesperson",
                    "Police have said they will consider the report. A "
                    "spokesperson said: \"Our investigation remains live.\"",
                    "remains live", "a police spokesperson"},
        SpeakerCase{"SpokesmanAfterANamedMan",
                    "John Smith declined to comment. A spokesman said: \"We "
                    "will not speculate.\"",
                    "speculate", "a spokesman"},
        // A name before the noun it modifies after "in the" is no place
        // ("in the Medoria response").
        SpeakerCase{"NameModifyingANounAfterInTheIsNoPlace",
                    "Medoria Health was hacked.\n\nMedoria declined to "
                    "comment.\n\nA spokesman said: \"We will not "
                    "speculate.\"\n\nKestrel Security is not involved in "
                    "the Medoria response.",
                    "speculate", "a spokesman for Medoria Health"},
        // "one of the people", "the person": one of those the story
        // brought in as "two people familiar with the talks", as who they
        // are; as written when it said no more of them.
        SpeakerCase{"ThePersonOneOfThePeopleFamiliar",
                    "The deal is close, according to two people familiar "
                    "with the talks.\n\nOne of the people, who asked not to "
                    "be named, said the price was agreed.\n\n\"It could be "
                    "signed this week,\" the person said.",
                    "signed this week",
                    "one of the people familiar with the talks"},
        SpeakerCase{"OneOfThePeopleBriefed",
                    "The deal is close, people briefed on the matter "
                    "said.\n\n\"It could be signed this week,\" one of the "
                    "people said.",
                    "signed this week",
                    "one of the people briefed on the matter"},
        SpeakerCase{"OneOfThePeopleNoMoreSaid",
                    "The deal is close, people said.\n\n\"It could be signed "
                    "this week,\" one of the people said.",
                    "signed this week", "one of the people"},
        SpeakerCase{"TheEmployeeInTheCompanysDivisionWho",
                    "One employee in the company's customer service division, "
                    "who spoke on condition of anonymity, said the mood was "
                    "\"numb.\"\n\n\"We had an all-hands on Friday,\" the "
                    "employee said.",
                    "all-hands",
                    "one employee in the company's customer service division"},
        SpeakerCase{"OneEmployeeInTheMorningWho",
                    "One employee in the morning, who spoke on condition of "
                    "anonymity, said the mood was \"numb.\"",
                    "numb", "one employee"},
        // "the company" is the body a sentence before opens on, even
        // where the story names it in two words like a person's ("Medoria
        // Health"), when its first word is no given name.
        SpeakerCase{"TheCompanyNamedInTwoWordsNoGivenName",
                    "Medoria Health was hacked.\n\nMedoria, which employs "
                    "about 2,300 people, said it had tripled the number of "
                    "staff.\n\n\"We know,\" the company said in a statement.",
                    "We know", "Medoria Health"},
        SpeakerCase{"TheCompanyAfterAPersonsName",
                    "John Baker runs the firm.\n\nJohn Baker said it had "
                    "tripled the number of staff.\n\n\"We know,\" the "
                    "company said in a statement.",
                    "We know", "the company"},
        // A sentence opening on someone by the role the story gave them
        // with their name names them for the pronoun after it.
        SpeakerCase{"HerFatherNamedEarlierThenHe",
                    "Ms Deshpande succeeded her father, Vikram Deshpande, in "
                    "April.\n\n\"They are too big,\" says Rohan Mehra, an "
                    "analyst.\n\nHer father is more diplomatic. He says he "
                    "asked her.\n\n\"The numbers are on the computer,\" he "
                    "says.",
                    "numbers", "Vikram Deshpande"},
        // One word after whose kin they are names someone: "Her daughter
        // Mercy" is Mercy, with or without commas.
        SpeakerCase{"HerDaughterMercyNoComma",
                    "Faith Chepkoech ran 2:17 in Rotterdam. \"I know,\" she "
                    "said.\n\nHer daughter Mercy is unimpressed. \"She "
                    "runs,\" she says.",
                    "She runs", "Mercy"},
        SpeakerCase{"HerDaughterMercyThenALeadClause",
                    "Faith Chepkoech ran 2:17 in Rotterdam. \"I know,\" she "
                    "said.\n\nHer daughter Mercy, one of the twins, now "
                    "eight, is unimpressed by all of this. Asked what her "
                    "mother does, she says: \"She runs, and then she "
                    "sleeps.\"",
                    "She runs", "Mercy"},
        // A sentence framed as about someone ("For Whitford, ...") is
        // about them: "he" after it is Whitford, not the man quoted before.
        SpeakerCase{"ForWhitfordTheHardestThing",
                    "Dale Whitford lost his house. Andre Gauthier runs a "
                    "building company. \"I have a waiting list,\" he "
                    "says.\n\nThe province said it would \"continue to stand "
                    "with the people.\"\n\nFor Whitford, the hardest thing "
                    "has been the trees.\n\n\"I used to walk the dog in "
                    "there,\" he says.",
                    "walk the dog", "Dale Whitford"},
        // "the zoo", "the conference": the name before that ends in the
        // noun, even one in quotation marks; not a place's.
        SpeakerCase{"TheZooIsTheNamedZoo",
                    "Kettering Park Zoo welcomed two cubs.\n\n\"Two tiny "
                    "fluffballs have entered the chat,\" the zoo said.",
                    "fluffballs", "Kettering Park Zoo"},
        SpeakerCase{"TheConferenceNamedInQuotationMarks",
                    "The church promoted a Focus on the Family \"Love Won Out "
                    "Conference\" in Anchorage.\n\nThe conference promised "
                    "to \"help men and women.\"",
                    "help men", "Love Won Out Conference"},
        SpeakerCase{"TheCityIsNoNamedCity",
                    "He lives in Kansas City.\n\n\"We welcome everyone,\" "
                    "the city said.",
                    "welcome everyone", "the city"},
        // A phrase of when or where opening the sentence is no part of
        // its subject.
        SpeakerCase{"ByMondayTheCompanySaid",
                    "By Monday the company said: \"We are aware of an "
                    "issue.\"",
                    "aware", "the company"},
        SpeakerCase{"InParisTheMinisterSaid",
                    "In Paris the minister said: \"We are aware of an "
                    "issue.\"",
                    "aware", "the minister"},
        SpeakerCase{"SomeoneInThePublicGallery",
                    "Someone in the public gallery shouted \"Yes!\" before "
                    "the judge called for order.",
                    "Yes", "someone in the public gallery"},
        SpeakerCase{"ThatPersonOneOfThePeopleFamiliar",
                    "The talks collapsed, according to people familiar with "
                    "the matter.\n\n\"Nobody would blink,\" that person "
                    "said.",
                    "Nobody would blink",
                    "one of the people familiar with the matter"},
        // An aside in brackets inside a title is no subject.
        SpeakerCase{"BracketedAsideInATitle",
                    "Superintendent of Police (Cyber Crime) Deepak Rawat said "
                    "the accused had kept the woman on a call, claiming she "
                    "was under investigation. \"They told her not to speak "
                    "to anyone,\" he said.",
                    "not to speak", "Deepak Rawat"},
        // A capitalised word in -ing before a name's other words is the
        // name's, no participle leading the sentence.
        SpeakerCase{"DowningStreetSaid",
                    "\"The PM has full confidence in the chancellor,\" "
                    "Downing Street said.",
                    "full confidence", "Downing Street"},
        // A hyphen inside a description's word ("The 45-year-old, who
        // ...") is no end of it.
        SpeakerCase{"The45YearOldWhoHasChildren",
                    "The 45-year-old, who has three children, said: \"I just "
                    "want my job back.\"",
                    "job back", "the 45-year-old"},
        SpeakerCase{"TokenisedThe45YearOldWho",
                    "The 45 - year - old , who has three children , said : "
                    "`` I just want my job back . ''",
                    "job back", "the 45 - year - old"},
        // A headline's subject after the dash is its quotation's speaker,
        // as the story names them; the search for a verb stops at the
        // line's end (it had read "Kassim Liam Hegarty" over it).
        SpeakerCase{"HeadlineQuoteDashSubject",
                    "' I will win ' - Hegarty issues warning to Kassim\nLiam "
                    "Hegarty has promised to knock out Tariq Kassim .\nKassim "
                    "laughed off the threat .",
                    "I will win", "Liam Hegarty"},
        // "said one of the people, a law enforcement official briefed on
        // the probe": described, then described more fully by a role; not
        // what follows that is no one ("a hard plastic helmet ...").
        SpeakerCase{"SaidOneOfThePeopleAnOfficialBriefed",
                    "The inquiry began last summer , according to two people "
                    "familiar with the investigation .\n`` They 're looking "
                    "at years of seizures , '' said one of the people , a law "
                    "enforcement official briefed on the probe .",
                    "years of seizures",
                    "a law enforcement official briefed on the probe"},
        SpeakerCase{"SaidOneYoungManAHelmet",
                    "\"It is over,\" said one young man, a hard plastic "
                    "helmet covering his hair.",
                    "It is over", "one young man"},
        // A story that opens on someone described, before it names
        // anyone, and names them at the next paragraph's start, means them;
        // not someone with a title of their own, nor a body.
        SpeakerCase{"LedeDescribedThenNamed",
                    "The former business partner of restaurateur Simon Weller "
                    "testified Wednesday that he \"never took it seriously\" "
                    "when Weller complained.\n\nDean Kowalczyk, who co-owned "
                    "two restaurants with Weller, told jurors the remarks were "
                    "jokes.",
                    "never took it", "Dean Kowalczyk"},
        SpeakerCase{"LedeWitnessThenAPoliceChief",
                    "A witness said it was \"horrific\".\n\nPolice Chief "
                    "John Smith, who leads the inquiry, said arrests were "
                    "made.",
                    "horrific", "a witness"},
        SpeakerCase{"LedeCompanyThenItsFounder",
                    "The company said it was \"saddened\".\n\nJohn Smith, "
                    "its founder, died on Monday.",
                    "saddened", "the company"},
        // A headline's leading word in title case is no given name
        // ("Inside Kasia's secret struggle" named no "Inside Kasia").
        SpeakerCase{"InsideKasiaHeadline",
                    "EXCLUSIVE: Inside Kasia’s secret struggle\n\nMIDNIGHT "
                    "Harbour beauty Kasia Lindqvist had been running on "
                    "empty.\n\nKasia broke her silence on Saturday, writing: "
                    "“I’ve been pretending to be OK.”",
                    "pretending", "Kasia Lindqvist"},
        // Who people described are of, named after "of the", up to the
        // verb of the sentence whose participle leads in to the quotation.
        SpeakerCase{"TheEditorsOfTheDictionarySaying",
                    "The editors of the Harwood English Dictionary have chosen "
                    "“rentflation” as their word of the year, saying it "
                    "captured “the single biggest worry in most households”.",
                    "biggest worry",
                    "the editors of the Harwood English Dictionary"},
        // 'as an "accelerator" rather than': no noun the word modifies.
        SpeakerCase{"AsAnAcceleratorRatherThan",
                    "Veltra chief executive Marianne Okoro said she saw the "
                    "deal as an “accelerator” rather than a cost-cutting "
                    "exercise.",
                    "accelerator", "Marianne Okoro"},
        // A name before the kind of publication it names, or ending in a
        // people's adjective, before a noun, is no one ("Mirror Politics
        // newsletter", "UK Russian hackers", web-page furniture in the
        // Mirror seed): "He added" is still the envoy.
        SpeakerCase{"NewsletterFurnitureIsNoOne",
                    "Kelin said there was \"no sense\" in the "
                    "allegations.\n\nHe said: \"I do not believe in this "
                    "story at all.\"\n\nMirror Politics newsletter - the "
                    "e-mail you need to navigate a crisis-hit UK Russian "
                    "hackers targeting labs revealsHe added \"I learned about "
                    "their existence from British media.\"",
                    "British media", "Kelin"},
        // A full name said only inside a quotation, with a given name no
        // list knows, gives the surname the story writes alone its fuller
        // form.
        SpeakerCase{"QuotedFullNameUnknownGivenName",
                    "\"I declare that Adaeze Fennimore is elected,\" the "
                    "officer said.\n\nMiriam Achterberg called it \"an "
                    "albatross\". Turnout rose for Fennimore.\n\nFennimore "
                    "seems to know it. \"I didn’t win a landslide,\" she told "
                    "a radio phone-in.",
                    "landslide", "Adaeze Fennimore"},
        // A hyphenated age counts as one word of its subject ("the
        // 36-year-old former coal truck driver says, ..." had lost its
        // "the" and so its person for the quotation after).
        SpeakerCase{"HyphenatedAgeInALongSubject",
                    "Travis Keel counts his sobriety in mornings.\n\n\"Every "
                    "morning is a win,\" the 36-year-old former coal truck "
                    "driver says, sitting on his pickup. \"I used to wake up "
                    "sick.\"",
                    "wake up sick", "Travis Keel"},
        // "The reporter" asking a question at a briefing is not the one
        // the story names (a reporter the story names with that role, as
        // "Kellerman" below, still is).
        SpeakerCase{"TheReporterIsNotTheOneNamed",
                    "Press secretary Dana Whitcombe took questions on "
                    "Friday.\n\nThe reporter then said: \"Explain the "
                    "letter for me.\"",
                    "Explain the letter", "the reporter"},
        SpeakerCase{"TheReporterGivenThatRole",
                    "Radio reporter Lise Kellerman covered the flood for "
                    "years.\n\n\"We had no boats,\" the reporter said.",
                    "We had no boats", "Lise Kellerman"},
        // "Cllr", a councillor's title: the name at its fullest.
        SpeakerCase{"CllrIsATitle",
                    "Cllr Maris Okonedo, leader of the town council, "
                    "disagreed.\n\nCllr Okonedo said: \"Nobody walked "
                    "out.\"",
                    "Nobody walked out", "Maris Okonedo"},
        // A trade's noun ("the airline") is not a union named since whose
        // name holds the word ("Regional Airline Crews Union").
        SpeakerCase{"TheAirlineIsNoUnion",
                    "Skyvale Airways cancelled its flights. Members of the "
                    "Regional Airline Crews Union walked out on "
                    "Monday.\n\nThe airline said it was \"offering every "
                    "passenger a refund\".",
                    "offering every passenger", "Skyvale Airways"},
        // Letters in brackets after a name, or a name in brackets after
        // the letters: what the letters stand for.
        SpeakerCase{"AcronymBeforeItsNameInBrackets",
                    "Members of NACU (National Association of Cab Users) "
                    "protested.\n\nNACU said the fares were \"simply "
                    "unfair\".",
                    "simply unfair", "National Association of Cab Users"},
        SpeakerCase{"AcronymInBracketsAfterItsName",
                    "The National Association of Cab Users (NACU) "
                    "protested.\n\nNACU said the fares were \"simply "
                    "unfair\".",
                    "simply unfair", "National Association of Cab Users"},
        // "the RFS" for "the NSW Rural Fire Service": a place's letters
        // before the ones the text uses.
        SpeakerCase{"AcronymWithoutThePlacesLetter",
                    "The NSW Coastal Rescue Service searched the "
                    "bay.\n\n\"Stay off the rocks,\" the CRS said.",
                    "Stay off the rocks", "NSW Coastal Rescue Service"},
        // "the company's statement": the company's, named before.
        SpeakerCase{"TheCompanysStatement",
                    "The phone maker Larkspur announced on Friday that it "
                    "had been breached.\n\n\"We found the intrusion in "
                    "August,\" the company's statement said.",
                    "We found the intrusion", "Larkspur"},
        // "the statement reads" with no statement brought in before: the
        // statement of the one the sentence before has speaking.
        SpeakerCase{"TheStatementOfWhoeverSpokeBefore",
                    "Odessa Brightwater has cancelled her tour. Taking to "
                    "Facebook, she explains that she needs to rest.\n\n\"It "
                    "is with a heavy heart that I cancel,\" the statement "
                    "reads.",
                    "heavy heart", "Odessa Brightwater"},
        // An outlet reporting at the end of a sentence whose own speaker
        // said the words: that speaker.
        SpeakerCase{"OutletReportsTheSentencesSpeaker",
                    "After the race, Marta Villanueva told reporters that "
                    "her coach \"means everything to me,\" the Courier "
                    "reported.",
                    "means everything", "Marta Villanueva"},
        SpeakerCase{"AccordingToAnOutletAfterTheSpeaker",
                    "Tomas Ekdahl said the winner is \"the bravest swimmer "
                    "I know,\" according to the Baltic Courier.",
                    "bravest swimmer", "Tomas Ekdahl"},
        // "said in brief remarks": a noun, not "brief" remarking the
        // quotation after.
        SpeakerCase{"RemarksAfterAnAdjectiveIsANoun",
                    "\"We had good talks,\" Ilse Marwick said in brief "
                    "remarks when reporters came in. \"Now we start the real "
                    "work.\"",
                    "real work", "Ilse Marwick"},
        // "The Left-wing president of the union, Mr Arthur Scargill,": a
        // capitalised word joined to "wing", "based" or "led" makes an
        // adjective, no name ("Kwok-wing", "Jae-myung" stay names').
        SpeakerCase{"CapitalisedAdjectiveBeforeAnApposition",
                    "The Left-wing leader of the dockers' union, Mr Bram "
                    "Oduya, called the offer \"an insult\".",
                    "an insult", "Bram Oduya"},
        SpeakerCase{"JoinedSyllableOfAGivenName",
                    "Harbour chairman Kenneth Lau Kwok-wing spoke on "
                    "Monday.\n\n\"We do not build our plans on one year,\" "
                    "Lau said.",
                    "one year", "Kenneth Lau Kwok-wing"},
        // A passive speech verb with its agent after "by": the agent said
        // the words, not the one they are put on.
        SpeakerCase{"PassiveWithItsAgent",
                    "Mr Dunleavy was described as a \"menace\" by "
                    "councillor Rhian Pryce.",
                    "menace", "Rhian Pryce"},
        SpeakerCase{"PassiveTellingWithItsAgent",
                    "A shopper was told by gardai to \"go home and stay "
                    "there\".",
                    "go home", "gardai"},
        // After an inverted "said": the name or description stops before
        // "about" and before how it was said.
        SpeakerCase{"InvertedSpeakerBeforeAbout",
                    "\"It is the batting,\" said Ranasinghe about what the "
                    "side must improve.",
                    "the batting", "Ranasinghe"},
        SpeakerCase{"InvertedSpeakerBeforeAMannerAdverb",
                    "Toma Ruiz took the Valdemar job in May.\n\n\"It has not "
                    "been fair\", said the Valdemar coach resignedly.",
                    "not been fair", "Toma Ruiz"},
        // A few words quoted inside a sentence that closes on its source
        // or speaker, after a comma: theirs (and so speech, not scare
        // quotes).
        SpeakerCase{"ClosingAccordingToGivesAPartialQuotesSource",
                    "The hospital's emergency department remains "
                    "\"stretched\" by demand, according to the health "
                    "trust.",
                    "stretched", "the health trust"},
        SpeakerCase{"ClosingSpeakerAfterAComma",
                    "Renewed fighting could bring a \"huge outflow\" of "
                    "people, the UN's refugee commissioner said on Friday.",
                    "huge outflow", "the UN's refugee commissioner"},
        // "decried", "termed", "sobbed": speech verbs.
        SpeakerCase{"DecriedAsSpeech",
                    "Opposition leader Tariq Mensah decried the count as a "
                    "case of \"blatant\" fraud.",
                    "blatant", "Tariq Mensah"},
        SpeakerCase{"SobbedAfterTheName",
                    "\"Please keep searching,\" 47-year-old teacher Amaya "
                    "Rosales sobbed.",
                    "keep searching", "Amaya Rosales"},
        // "should have the final say": a noun, no speech verb whose
        // subject "she" would be.
        SpeakerCase{"TheFinalSayIsANoun",
                    "Mary Okafor told John on air principals should have "
                    "the final say.\n\n\"It is frustrating,\" she said.",
                    "It is frustrating", "Mary Okafor"},
        // "the spokesman" after "A Harbour Ferries spokesperson says ...":
        // the one the story brought in, by either word.
        SpeakerCase{"SpokesmanIsTheSpokespersonBroughtIn",
                    "A Harbour Ferries spokesperson says buses are replacing "
                    "some sailings.\n\n\"We are closing the gaps,\" the "
                    "spokesman said.",
                    "closing the gaps", "a Harbour Ferries spokesperson"},
        // Someone brought in unnamed at the end of a paragraph, and "she
        // said" after the quotation opening the next.
        SpeakerCase{"OneBroughtInThenTheNextParagraphsPronoun",
                    "One woman was a solo parent and relied on the "
                    "bus.\n\n\"The 83 never turns up,\" she said.",
                    "never turns up", "one woman"},
        // "Another said:" after "one resident told NHK": another
        // resident ("another replied": a verb after "another", no noun).
        SpeakerCase{"AnotherOfThoseQuotedBefore",
                    "\"The cars were washed away,\" one resident told NHK. "
                    "Another said: \"Everything fell over in the house.\"",
                    "Everything fell over", "another resident"},
        SpeakerCase{"AnotherReplied",
                    "\"What an embarrassment,\" one commuter said.\n\n\"I "
                    "waited an hour,\" another replied.",
                    "waited an hour", "another commuter"},
        // A tabloid's capitals on the story's first word, a first name:
        // no part of the name.
        SpeakerCase{"TabloidCapitalsOnAFirstName",
                    "MARIA Okonjo has revealed her grief.\n\n\"It is "
                    "unbearable,\" she said.",
                    "unbearable", "Maria Okonjo"},
        // An office over "for" before the name: the name from its first
        // name.
        SpeakerCase{"OfficeOverForBeforeTheName",
                    "\"We have seen crises like this before,\" High "
                    "Commissioner for Refugees Daniel Okafor told reporters.",
                    "seen crises", "Daniel Okafor"},
        // A name after a preposition and its roles ("an interview with
        // former swimmer X") is no sentence's subject a pronoun goes on
        // with; a role over "of" ("vice president of infrastructure X")
        // does not make it one.
        SpeakerCase{"NameAfterAPrepositionAndItsRoles",
                    "In an interview with former swimmer Giana Rooke, Molly "
                    "Ashdown paid tribute to her parents.\n\n\"When I saw "
                    "my father, it hit me,\" she said.",
                    "it hit me", "Molly Ashdown"},
        SpeakerCase{"RoleOverOfBeforeAName",
                    "In a statement, Skylark vice president of engineering "
                    "Dana Whitford blamed a faulty change.\n\n\"We let "
                    "people down,\" she said.",
                    "let people down", "Dana Whitford"},
        // Regression: a quotation opening its sentence, then "reported
        // CNN", is the outlet's, not the speaker of the sentence before.
        SpeakerCase{"OutletReportingAQuotationThatOpensItsSentence",
                    "On Thursday, carmaker Veltra announced layoffs for 900 "
                    "workers. \"The affected employees,\" reported CNN, "
                    "\"work at five plants.\"",
                    "work at five plants", "CNN"},
        // "with William Shatner tweeting:": the one named after "with",
        // with no comma before it.
        SpeakerCase{"WithANameTweeting",
                    "Fans paid tribute to the actor with Lena Markovic "
                    "tweeting: \"A wonderful man and a great talent.\"",
                    "wonderful man", "Lena Markovic"},
        // "The mother of gymnast X": his mother, not him.
        SpeakerCase{"TheMotherOfSomeoneNamed",
                    "The mother of gymnast Tomas Brandt has described him as "
                    "\"my champion\" after she watched the final.",
                    "my champion", "the mother of gymnast Tomas Brandt"},
        // "the athlete", "the star-turned-director": roles of the one the
        // story is about.
        SpeakerCase{"TheAthleteNamedBefore",
                    "Marta Villanueva won gold on Monday.\n\nThe athlete "
                    "added, \"It was hard to hold it in.\"",
                    "hard to hold", "Marta Villanueva"},
        SpeakerCase{"TheStarTurnedDirector",
                    "Lena Marsh recalled her first day behind the "
                    "camera.\n\n\"I was really worried,\" the "
                    "star-turned-director said.",
                    "really worried", "Lena Marsh"},
        // Regression: "boss" is no plural; a story opening on "A hospital
        // boss" and naming someone at the next paragraph's start means them.
        SpeakerCase{"LedeBossThenNamed",
                    "A hospital boss has apologised for \"unacceptable\" "
                    "delays.\n\nJana Pereira, chief operating officer at the "
                    "trust, spoke at a board meeting.",
                    "unacceptable", "Jana Pereira"},
        // A party's letter and a state in brackets ("(R-TX)") between the
        // subject and its verb.
        SpeakerCase{"PartyLetterAndStateInBrackets",
                    "Sen. Ada Lowe spoke first, while Sen. Tom Carver (R-TX) "
                    "said that the Senate \"should keep improving the "
                    "bill.\"",
                    "keep improving", "Tom Carver"},
        // Regressions found reading this stop's change: "the residents
        // say" is a plural subject and its verb; "for police says" a verb;
        // an office with "U.S." before it is cut at the right word; a
        // closing "according to" with no comma still names the source.
        SpeakerCase{"PluralSubjectThenSay",
                    "\"We are fed up,\" the residents say.", "fed up",
                    "the residents"},
        SpeakerCase{"SaysAfterForAndANoun",
                    "\"We are fed up,\" a spokesperson for police says.",
                    "fed up", "a spokesperson for police"},
        SpeakerCase{"OfficeWithAnAbbreviationBeforeTheName",
                    "\"We have seen crises like this,\" U.S. High "
                    "Commissioner for Refugees Daniel Okafor told reporters.",
                    "seen crises", "Daniel Okafor"},
        SpeakerCase{"ClosingAccordingToWithNoComma",
                    "The outbreak is \"under control\" according to the "
                    "health ministry.",
                    "under control", "the health ministry"},
        // "READ MORE" between paragraphs is a page's furniture, no body
        // that "the statement" is from.
        SpeakerCase{"ReadMoreIsNoBody",
                    "The governor spoke on Monday about the vote in the "
                    "north.\n\nREAD MORE\n\n\"We will be ready to concede "
                    "defeat,\" the statement said.",
                    "concede defeat", "the statement"},
        // Regression: a credit line ("Source: ...") is no page furniture;
        // "she" still reaches the woman named before it.
        SpeakerCase{"CreditLineIsNoFurniture",
                    "Maria Okafor, who lives on the street, said rubbish is "
                    "dumped in the lane.\n\nSource: Maria Okafor\n\n\"There "
                    "are needles out there as well,\" she "
                    "toldTheJournal.ie.",
                    "needles out there", "Maria Okafor"},
        // A brand the quotation writes in lower case ("adidas") is still
        // the company the story opened on.
        SpeakerCase{"ABrandAlsoInLowerCase",
                    "Outdoor-gear maker Zarvik is alerting some customers "
                    "that hackers took their data.\n\n\"Zarvik is committed "
                    "to privacy,\" the company said. \"While zarvik "
                    "continues its review, Zarvik is alerting consumers.\"",
                    "committed to privacy", "Zarvik"},
        // What the person is, before the name, is no part of it: a role in
        // capitals before a known first name, a state's demonym, a rank's
        // class, an office the list had not known. (Guard: a name of
        // several parts, some of them given names, stays whole.)
        SpeakerCase{"RoleInCapitalsBeforeAFirstName",
                    "\"We must act,\" said Sinn Féin TD Matt Corrigan.",
                    "must act", "Matt Corrigan"},
        SpeakerCase{"DemonymOfAState",
                    "\"The water came up fast,\" said Arkansan Donna "
                    "Pruett.",
                    "came up fast", "Donna Pruett"},
        SpeakerCase{"RankWithAClass",
                    "\"We found nothing,\" said Petty Officer First Class "
                    "Michael Dunmore.",
                    "found nothing", "Michael Dunmore"},
        SpeakerCase{"TaoiseachIsAnOffice",
                    "The opposition has no respect for the house, Taoiseach "
                    "Micheál Brennan has said.\n\n\"Let's get real,\" Mr "
                    "Brennan said.",
                    "get real", "Micheál Brennan"},
        SpeakerCase{"UndersecretaryIsAnOffice",
                    "\"We will look at it,\" said Agriculture "
                    "Undersecretary Michael Dorsey.",
                    "look at it", "Michael Dorsey"},
        SpeakerCase{"ANameOfSeveralGivenNamesStaysWhole",
                    "\"We saw fires,\" said Um Yaser Abdel Hamid Daher.",
                    "saw fires", "Um Yaser Abdel Hamid Daher"},
        // "she" is no phrase that ends on a word the text writes in lower
        // case ("Children and Young People's services"; "people").
        SpeakerCase{
            "SheIsNoServiceNamedForPeople",
            "An autistic girl waited years for help.\nIt took two "
            "years for her to be seen at the Trust's Children and "
            "Young People's (CYP) services. Few young people knew.\nNow, "
            "the girl's mother has said that she could not \"put "
            "into words how bad the delay was.\n\"At a crucial "
            "time, my daughter was abandoned.\"\nShe added: \"It "
            "is heartbreaking because she has such potential.\"",
            "heartbreaking", "the girl's mother"},
        // An office over "for" is no one's name, and the person after it
        // is "the minister"; a body the sentence before names is not.
        SpeakerCase{"OfficeOverForThenASecondTitle",
                    "\"We will act,\" said Federal Minister for Information "
                    "Senator Shaheer Farooqi.",
                    "will act", "Shaheer Farooqi"},
        SpeakerCase{"TheMinisterAfterAnOfficeOverFor",
                    "Federal Minister for Information Shaheer Farooqi on "
                    "Monday said the plan had caused confusion.\n\n\"It is "
                    "not succeeding,\" the minister said.",
                    "not succeeding", "Shaheer Farooqi"},
        SpeakerCase{"TheMinisterIsNoBodyNamedBefore",
                    "Federal Minister for Information Shaheer Farooqi on "
                    "Monday said the plan had caused confusion.\n\nThe "
                    "National Disaster Management Authority (NDMA) will "
                    "implement the plan, he said.\n\n\"It is not "
                    "succeeding,\" the minister said.",
                    "not succeeding", "Shaheer Farooqi"},
        // What someone is by trade, as a title is, is someone already in
        // the story.
        SpeakerCase{"TheArtistIsTheOneInTheStory",
                    "Park Min-seo, 28, said the group \"should spend some "
                    "time apart.\"\n\n\"I hope you don't see this as a "
                    "negative thing,\" the artist implored fans.",
                    "negative thing", "Park Min-seo"},
        // A participle opening the sentence has no subject of its own: a
        // name inside it is not who "he" goes on with. (Guard: a name in
        // -ing opening the sentence is its subject.)
        SpeakerCase{"NameInsideAnOpeningParticiple",
                    "Union Health Minister Dr Harish Vardane today said the "
                    "programme would start soon.\n\nStating that Prime "
                    "Minister Rakesh Nandan had taken steps in tackling the "
                    "virus, Dr Harish Vardane said nurses will get "
                    "priority.\n\nLater, people above 50 will be "
                    "vaccinated, he added.\n\n\"We are happy,\" he said.",
                    "are happy", "Harish Vardane"},
        SpeakerCase{"ANameInIngOpeningItsSentence",
                    "Coach Tom Irving arrived late. Irving said the team "
                    "was tired.\n\n\"We lost,\" he said.",
                    "We lost", "Tom Irving"},
        SpeakerCase{"TheMinisterFarFromTheOfficeOverFor",
                    "Federal Minister for Information Shaheer Farooqi on "
                    "Monday said the plan had caused confusion.\n\nThe "
                    "package will cost billions.\n\nThe National Disaster "
                    "Management Authority will carry it out.\n\nWork "
                    "starts in May.\n\n\"It is not succeeding,\" the "
                    "minister said.",
                    "not succeeding", "Shaheer Farooqi"},
        // One word after a title or a trade in lower case is someone
        // named by one word ("singer-songwriter Adele"); not a party's
        // word after "former", nor a body's letters before a role.
        SpeakerCase{"OneWordNameAfterATrade",
                    "British singer-songwriter Zelda is cancelling her "
                    "tour.\n\n\"I have no choice but to rest,\" the "
                    "23-year-old singer said.",
                    "no choice", "Zelda"},
        SpeakerCase{"NoOneWordNameInTheSeniorAcronymOfficer",
                    "RAB Additional Director General Colonel Md Quamrul "
                    "Hasan said \"measures have been taken.\"\n\nThe "
                    "senior RAB officer said \"our men also inspected the "
                    "measures.\"",
                    "our men", "Md Quamrul Hasan"},
        // A headline's "..., Tory MP Says" names no one called Says.
        SpeakerCase{"AHeadlinesVerbAfterATitleIsNoName",
                    "Leadership Challenge Would Be Unforgivable, Tory MP "
                    "Says\n\nSarah Whitlam said a contest would be "
                    "wrong.\n\nThe Tory MP said: \"I do not think we "
                    "should have one.\"",
                    "should have one", "Sarah Whitlam"},
        // A possessor the pronoun's own sentence names before it is
        // someone else. (Guard: a subject after a body's possessive is
        // still "she": "The Met Agency's Harriet Lomax ... when she said".)
        SpeakerCase{"APossessorInThePronounsSentence",
                    "Speaking to Eddie Marr on his radio show, Sarah Whitlam "
                    "said a contest would be \"unforgivable\".\n\nThe "
                    "Tory MP said: \"We should not have one.\"\n\nWhen "
                    "Eddie asked if Boris Jenson had resigned after "
                    "agreeing to Theresa Mayhew's deal, she said that people "
                    "will \"make their own judgement\".",
                    "own judgement", "Sarah Whitlam"},
        SpeakerCase{"ASubjectAfterABodysPossessive",
                    "The Met Agency's Harriet Lomax put it well on Tuesday "
                    "when she said the storm was \"one of the most powerful "
                    "in a generation\".",
                    "most powerful", "Harriet Lomax"},
        // A title, then the one who holds it in apposition.
        SpeakerCase{"ATitleThenItsHolderInApposition",
                    "Lagos State Governor, Babatunde Olusegun-Ade, said \"we "
                    "will rebuild the city.\"",
                    "rebuild the city", "Babatunde Olusegun-Ade"},
        SpeakerCase{"AnInvertedTitleThenItsHolder",
                    "\"We will rebuild,\" said the Lagos State Governor, "
                    "Babatunde Olusegun-Ade.",
                    "will rebuild", "Babatunde Olusegun-Ade"},
        // A story that opens on someone described names them in the next
        // paragraph as its subject, before a verb or after an opening
        // participle's clause.
        SpeakerCase{"TheLedesOneNamedBeforeAVerb",
                    "A new Conservative MP has warned the party will be "
                    "\"shafted\" if it does not unite.\n\nRebecca Smythe "
                    "said she had asked all four candidates.",
                    "shafted", "Rebecca Smythe"},
        SpeakerCase{"TheLedesOneNamedAfterAParticiple",
                    "A new Conservative MP has warned the party will be "
                    "\"shafted\" if it does not unite.\n\nSpeaking on a "
                    "podcast on Tuesday, Rebecca Smythe said she had asked "
                    "all four candidates.",
                    "shafted", "Rebecca Smythe"},
        // Writing speaks for whoever it is from: "the statement from X
        // read", "a statement issued by X said", "the company's note", "X
        // wrote in a briefing ... the briefing said".
        SpeakerCase{"TheStatementFromABodyRead",
                    "\"We take these issues seriously,\" the statement from "
                    "Clipstream read.",
                    "issues seriously", "Clipstream"},
        SpeakerCase{"AStatementIssuedByABody",
                    "\"The park will stay closed,\" a statement issued by "
                    "the Harrow Valley Trust said.",
                    "stay closed", "Harrow Valley Trust"},
        SpeakerCase{"TheCompanysNote",
                    "Orbitek said in a message posted online: \"The test "
                    "was a success.\" \"We learn from every flight,\" the "
                    "company's note continued.",
                    "every flight", "Orbitek"},
        SpeakerCase{"TheBriefingSomeoneWroteIn",
                    "Meteorologist Reid Hollins wrote in a briefing that the "
                    "storm was moving north. \"Strong winds are "
                    "expected,\" the briefing said.",
                    "Strong winds", "Reid Hollins"},
        // "the person" is the one a sentence just before opened on.
        SpeakerCase{"ThePersonAfterOneEmployee",
                    "One employee described a brief pause in a meeting. "
                    "\"Everyone is used to the drama,\" said the person.",
                    "used to the drama", "one employee"},
        SpeakerCase{"RoleInCapitalsBeforeAnIndianFirstName",
                    "\"We will secure the coast,\" said Mumbai CP Vivek "
                    "Phadnavis.",
                    "secure the coast", "Vivek Phadnavis"},
        // Regressions (review of this stop's rules): an office's own words
        // are no second title; a surname that is a title is no office; a
        // title inside a larger subject has no holder; a surname that is a
        // common word is still someone; a name in -ing opens no clause and
        // one replying is not the lede's; a possessor outside any clause is
        // still "she"; "the centre" is a body; "An official was arrested" spoke
        // of nothing.
        SpeakerCase{"SecretaryOfStateForHealth",
                    "\"We will act,\" said Secretary of State for Health Matt "
                    "Hancock.",
                    "will act", "Matt Hancock"},
        SpeakerCase{"ASurnameThatIsATitle",
                    "Mark Judge of Georgetown University said the case was "
                    "closed.\n\n\"Nobody saw anything,\" Judge added.",
                    "Nobody saw", "Mark Judge"},
        SpeakerCase{"ATitleInsideALargerSubject",
                    "\"We will review the decision,\" an aide to the "
                    "Governor, Kathy Hollis, said.",
                    "review the decision", "an aide to the Governor"},
        SpeakerCase{"ASurnameThatIsACommonWord",
                    "Chris Hope, the chief executive, said staff hope to "
                    "return soon.\n\n\"We will grow again,\" he said.",
                    "grow again", "Chris Hope"},
        SpeakerCase{"ANameInIngAfterTheLede",
                    "A new Conservative MP has warned the party will be "
                    "\"shafted\" if it does not unite.\n\nChanning Tatum, "
                    "the new MP for Leeds, said she had asked everyone.",
                    "shafted", "Channing Tatum"},
        SpeakerCase{"OneReplyingIsNotTheLedes",
                    "A new Conservative MP has warned the party will be "
                    "\"shafted\" if it does not unite.\n\nResponding on "
                    "Tuesday, Boris Jenson said the MP was wrong.",
                    "shafted", "a new Conservative MP"},
        SpeakerCase{"APossessorOutsideAnyClause",
                    "In Jane Dorsey's first interview since the verdict, she "
                    "said: \"I never wanted this.\"",
                    "never wanted", "Jane Dorsey"},
        SpeakerCase{"TheCentreIsABody",
                    "The National Hurricane Center issued a warning on "
                    "Monday.\n\n\"The storm is strengthening,\" the center "
                    "said.",
                    "strengthening", "National Hurricane Center"},
        SpeakerCase{"AnOfficialArrestedSpokeOfNothing",
                    "An official was arrested on Monday at the ministry.\n"
                    "\"The arrest came after months of inquiry,\" said the "
                    "person, who asked not to be named.",
                    "months of inquiry", "the person"},
        SpeakerCase{"OfficeAfterWhatItIsOf",
                    "NSW Premier Gladys Berejiklian declared an emergency on "
                    "Monday.\n\nThe NSW Premier said the week \"will be "
                    "the most dangerous\" in years.",
                    "most dangerous", "Gladys Berejiklian"},
        // (A title a body shares is no office: the Coast Guard speaks.)
        SpeakerCase{"CoastGuardIsABody",
                    "BP said the leak was slowing.\n\nBut the spill is "
                    "\"far from over,\" the Coast Guard said.",
                    "far from over", "Coast Guard"},
        SpeakerCase{"BodyByWhereItIsBased",
                    "Vantora said on Monday it would sue the state.\n\n"
                    "\"We will defend our users,\" the Denver-based "
                    "software company said in a statement.",
                    "defend our users", "Vantora"},
        SpeakerCase{"BodyByWhoOwnsIt",
                    "Orbitek launched a rocket from Florida on Tuesday.\n\n"
                    "\"The launch was a success,\" the Dana Kell-owned "
                    "rocket maker said.",
                    "launch was a success", "Orbitek"},
        SpeakerCase{"RoleWithWhatItIsLike",
                    "Mira Tandon has made a new film about the "
                    "lockdown.\n\n\"It is a story of hope,\" the "
                    "acclaimed filmmaker said.",
                    "story of hope", "Mira Tandon"},
        SpeakerCase{"RoleWithAHyphenedLike",
                    "Gerald Pike spoke in the Commons on Monday.\n\nThe "
                    "long-serving MP said the bill was \"a disgrace.\"",
                    "a disgrace", "Gerald Pike"},
        // (A noun before the role is no adjective: not someone named.)
        SpeakerCase{"NounBeforeRoleIsNoLike",
                    "Ben Hale was hurt in the crash on Monday.\n\n\"The "
                    "road was icy,\" the police officer said.",
                    "road was icy", "the police officer"},
        SpeakerCase{"HeIsNoCountry",
                    "UN chief Antonio Guterres met climate envoys on "
                    "Monday.\n\nChina pledged to cut its emissions by "
                    "2060.\n\n\"This is extremely important,\" he said.",
                    "extremely important", "Antonio Guterres"},
        SpeakerCase{"GivenNameInMan",
                    "Mr Hackman Owusu-Agyemang arrived in Harare on "
                    "Monday.\n\n\"We are ready,\" Mr Owusu-Agyemang said.",
                    "We are ready", "Hackman Owusu-Agyemang"},
        SpeakerCase{"RoleInManBeforeAName",
                    "Patrolman Dale Okafor stopped the car.\n\n\"It was "
                    "speeding,\" Okafor said.",
                    "speeding", "Dale Okafor"},
        SpeakerCase{"MdIsAName",
                    "Police chief Tajudin Md Isa spoke on Monday.\n\n\"We "
                    "will act,\" Isa said.",
                    "We will act", "Tajudin Md Isa"},
        SpeakerCase{"MDIsATitle",
                    "Acme MD John Hale spoke on Monday.\n\n\"We will "
                    "act,\" Hale said.",
                    "We will act", "John Hale"},
        SpeakerCase{"OneWordBodyIssuedTheStatement",
                    "Vexamo issued a statement on Monday.\n\n\"We are "
                    "deeply sorry,\" the statement said.",
                    "deeply sorry", "Vexamo"},
        SpeakerCase{"OfficeInCapitals",
                    "Prime Minister Ada Brennan spoke in Ottawa on "
                    "Monday.\n\nOpposition leader Piet Voss met "
                    "protesters.\n\nThe PM said the plan \"will work for "
                    "everyone.\"",
                    "will work", "Ada Brennan"},
        SpeakerCase{"SheAfterADescribedSpeakerAParagraphBefore",
                    "Chief executive Marianne Okoro sent an email to staff on "
                    "Wednesday.\n\n\"I know many of you will have "
                    "questions,\" she wrote.\n\nA factory worker with 22 "
                    "years at the plant, who did not want to be named, said "
                    "the mood was \"nervous\".\n\n\"We have been through "
                    "three owners in my time,\" she said.",
                    "three owners", "a factory worker"},
        SpeakerCase{"NoGenderForACountry",
                    "WHO chief Tedros Adhanom Ghebreyesus spoke in Geneva on "
                    "Monday.\n\nThe WHO chief said that South Korea has "
                    "reported 4,200 cases. He added that most come from five "
                    "clusters.\n\n\"That is important,\" he said.",
                    "That is important", "Tedros Adhanom Ghebreyesus"},
        SpeakerCase{"ThatWasTheMessageFromInItsParagraph",
                    "RALEIGH, N.C. -- \"Do not underestimate the storm.\" "
                    "That was the message from Governor Roy Cooper on "
                    "Thursday.",
                    "underestimate", "Roy Cooper"},
        SpeakerCase{"PartyThenRoleBeforeAName",
                    "Conservative Brexiteer Jacob Rees-Mogg spoke on "
                    "Monday.\n\n\"We will win,\" he said.",
                    "We will win", "Jacob Rees-Mogg"},
        // Regressions (review): a qualified office is not the holder of
        // the bare one; a participle that is a role's work, or "unnamed",
        // brings in someone new; a newspaper is no one in a role; "That
        // claim was rejected by" says nothing of whose the words were; no
        // one called Nobody; an owner in lower case places no body.
        SpeakerCase{"AQualifiedOfficeIsNotTheBareOnesHolder",
                    "President Joe Biden spoke on Monday.\n\nThe Russian "
                    "President said the sanctions \"will fail.\"",
                    "will fail", "the Russian President"},
        SpeakerCase{"TheArrestingOfficerIsSomeoneNew",
                    "Tom Reed, 34, was charged with drink-driving on "
                    "Monday.\n\n\"He could barely stand,\" the arresting "
                    "officer said.",
                    "barely stand", "the arresting officer"},
        SpeakerCase{"TheUnnamedOfficialIsSomeoneNew",
                    "Minister Jane Doe announced the plan on Monday.\n\n\"It "
                    "is a mess,\" the unnamed official said.",
                    "is a mess", "the unnamed official"},
        SpeakerCase{"ANewspaperIsNoOneInARole",
                    "Mayor John Smith faced questions on Monday.\n\nThe "
                    "council will \"review the matter,\" the newspaper "
                    "said.\n\n\"We have nothing to hide,\" he said.",
                    "nothing to hide", "John Smith"},
        SpeakerCase{"ThatClaimWasRejectedByIsNotWhose",
                    "Union members gathered outside the plant on Friday. "
                    "\"We will not pay.\" That claim was rejected by Tom "
                    "Reed, the company's lawyer.",
                    "will not pay", ""},
        SpeakerCase{"NobodyIsNoName",
                    "Nobody received a letter on Friday.\n\n\"We are closing "
                    "the plant,\" the letter said.",
                    "closing the plant", "the letter"},
        SpeakerCase{"ALowerCaseOwnerPlacesNoBody",
                    "Vantora said it would sue the state.\n\n\"We will "
                    "appeal,\" the state-owned utility said.",
                    "will appeal", "the state-owned utility"},
        SpeakerCase{"ShortRoleInMan",
                    "Airman Obi Ezeh was hurt on Monday.\n\n\"It was "
                    "sudden,\" Ezeh said.",
                    "was sudden", "Obi Ezeh"},
        // A description with no noun names no one: unknown, not "a
        // former" (what the text gives is cut short).
        SpeakerCase{"ADescriptionEndingOnWhatSomeoneWasIsNone",
                    "A former minister attacked the plan on Monday.\n\nA "
                    "former said the staff \"deserve better.\"",
                    "deserve better", ""},
        SpeakerCase{"ADescriptionEndingOnACompoundsHalfIsNone",
                    "Conservative MP Sir Gerald Pike has spoken out against "
                    "the plan.\n\nThe long-serving MP for Christchurch in "
                    "Dorset, said: \"You cannot do both.\"",
                    "cannot do both", ""},
        // Text kept a sentence a line: "he" goes on with the subject a few
        // lines up, not a name in the background since.
        SpeakerCase{
            "SentenceALinePronounFollowsTheSubject",
            "Mayor Tom Reyes , 52 , considers himself a patient man .\n\" Tea "
            "? \" he asks at the door .\nBehind him hangs a portrait of "
            "Walter Price above the fireplace .\nThe room is full of "
            "books and old maps .\nThe pause comes after a question "
            "about whether he waited too long .\n\" I tend to listen "
            "before I speak , \" he says at his home .\nThe council "
            "meets again on Monday .",
            "I tend to listen", "Tom Reyes"},
        // A sentence opening on a pronoun has its subject: a name after it
        // ("he directed Paul Carver's The Long Night") is not one.
        SpeakerCase{
            "ANameAfterAPronounSubjectIsNoSubject",
            "Actor Ian Moray was named the new lead on Monday .\nMoray "
            "is best known for his role in a long - running comedy .\nHe "
            "also won an award - he directed Paul Carver's The Long "
            "Night , a short film .\nIn an interview with the BBC Moray "
            "said he had watched the show as a boy .\n\" Being asked to "
            "play the part is a privilege .\nI can't wait to start , \" "
            "he said .",
            "Being asked", "Ian Moray"},
        // One described, then what they did, then "and said": the
        // description ends at that verb.
        SpeakerCase{"DescribedThenWhatTheyDidAndSaid",
                    "The meeting ran late.\n\nBut one resident stood up and "
                    "said: \"No way, not here.\"",
                    "No way", "one resident"},
        SpeakerCase{"DescribedThenAnIrregularVerbAndSaid",
                    "A farmer stood and said it was \"a disgrace to us all\".",
                    "a disgrace", "a farmer"},
        // Letters after a name ("BL", "QC") are no surname: "Mr Shelley" is
        // the one named in full with them.
        SpeakerCase{
            "PostNominalLettersAreNoSurname",
            "Morgan Shelley BL was completing his closing arguments.\n\n"
            "Mr Shelley told the jury: \"It is a lie.\"",
            "It is a lie", "Morgan Shelley BL"},
        // A quotation nothing refers to, in a story one voice speaks most of:
        // that voice's (inferred, so its mention stays empty).
        SpeakerCase{
            "UnattributedQuotationInAOneVoiceStory",
            "Coach Ana Ruiz was pleased.\n\n\"We played well,\" Ruiz "
            "said.\n\nThe club has won four in a row.\n\n\"The fans "
            "were loud,\" Ruiz said.\n\nTickets sold out in a day.\n\n"
            "Next up is the cup final in May.\n\n\"We will be ready for "
            "it.\"",
            "We will be ready", "Ana Ruiz"},
        // (Not in a story of two voices as often quoted.)
        SpeakerCase{
            "UnattributedQuotationInATwoVoiceStory",
            "\"We played well,\" Ana Ruiz said.\n\n\"They were "
            "lucky,\" Tom Baker said.\n\nTickets sold out in a day.\n\n"
            "Next up is the cup final in May.\n\n\"We will be ready for "
            "it.\"",
            "We will be ready", ""},
        // An office in capitals with no name ("WHO Director-General says"):
        // the one the text gives it, before or, as a summary names it, after.
        SpeakerCase{
            "AnOfficeWithNoNameIsItsHolder",
            "'All is ready now,' WHO Director-General says of the "
            "vaccine.\n\nWHO Director-General Tedros Adhanom Ghebreyesus "
            "spoke on Monday.",
            "All is ready now", "Tedros Adhanom Ghebreyesus"},
        // "meanwhile" between a subject and its verb is no part of it.
        SpeakerCase{
            "MeanwhileIsNoPartOfTheSubject",
            "Mulberry meanwhile said that \"trading conditions have been "
            "more difficult than expected\" for the group.",
            "trading conditions", "Mulberry"},
        // Regressions (review): a dash after a name is no hyphen inside it;
        // another office is not the one named before; "This time she" is
        // no description; text with a line per paragraph is no corpus's;
        // a tie names no main voice, nor a "he said" a woman.
        SpeakerCase{"TokenisedDashAfterANameIsNoHyphen",
                    "Manchester United manager Jose Mourinho - who was sacked "
                    "by Chelsea - said : \" We are ready . \"\nThe club plays "
                    "on Sunday .\nFans are excited , he added .",
                    "We are ready", "Jose Mourinho"},
        SpeakerCase{"AnotherOfficeIsNotTheOneNamedBefore",
                    "Prime Minister Boris Johnson met EU leaders on "
                    "Monday.\n\nIrish Prime Minister said: \"There can be no "
                    "hard border.\"",
                    "There can be no", "Minister"},
        SpeakerCase{"APronounEndsTheDescriptionBeforeAndSaid",
                    "Sarah Jones is a nurse.\n\nThis time she stood up and "
                    "said: \"No more.\"",
                    "No more", "Sarah Jones"},
        SpeakerCase{"LinesPerParagraphAreNoCorpusText",
                    "Mayor Tom Reyes opened the new bridge on Monday.\nThe "
                    "bridge cost $5 million.\nIt spans the river at its widest "
                    "point.\nWork began in 2019.\nThe design came from "
                    "engineer Mark Ortiz.\n\"We are proud of it,\" he "
                    "said.\nTraffic will flow from Tuesday.",
                    "We are proud", "Mark Ortiz"},
        SpeakerCase{"ATieNamesNoMainVoice",
                    "\"It was a great game.\"\n\nThe club has won four in a "
                    "row.\n\n\"We played well,\" Zoe Adams said.\n\n\"We "
                    "were unlucky,\" Zoe Adams said.\n\n\"They were lucky,\" "
                    "Ben Carter said.\n\n\"The referee was fair,\" Ben Carter "
                    "said.",
                    "It was a great game", ""},
        SpeakerCase{"AHeSaidIsNoWomansMainVoice",
                    "\"We were robbed,\" he said.\n\nThe club has won four in "
                    "a row.\n\n\"We played well,\" Ana Ruiz said.\n\n\"The "
                    "fans were loud,\" Ruiz said, adding that she was proud.",
                    "We were robbed", ""},
        // A short quotation closed by a comma inside the marks, then a
        // pronoun and its verb of saying: her words, no noun's modifier.
        SpeakerCase{"ShortQuoteThenSheSaid",
                    "US rapper Cardi B canceled a concert in Indianapolis on "
                    "Tuesday due to concerns over a \"security threat,\" she "
                    "said on social media.",
                    "security threat", "Cardi B"},
        // A sentence opening on someone by their role is about them, not
        // about whom it names after its verb.
        SpeakerCase{"PronounAfterARoleOpeningSentence",
                    "German Chancellor Olaf Scholz spoke in Berlin on "
                    "Monday.\n\nThe German Chancellor also defended his "
                    "reckoning with FDP leader Christian Lindner. \"It was "
                    "decent and clear,\" he said.",
                    "It was decent and clear", "Olaf Scholz"},
        SpeakerCase{"PronounAfterAnUnnamedRoleOpeningSentence",
                    "An Israeli government official spoke to reporters on "
                    "Sunday. \"We are close,\" the official said.\n\nThe "
                    "official also outlined plans to guard the border, which "
                    "Ahmed Said disputes.\n\nHe said the talks had created "
                    "\"new possibilities\" for a deal.",
                    "new possibilities", "an Israeli government official"},
        // "he" is no place: "the southern Philadelphi Strip".
        SpeakerCase{"HeIsNoStrip",
                    "Israel wants to stop smuggling across the southern "
                    "Philadelphi Strip.\n\nHe said: \"The talks have created "
                    "new possibilities for a deal.\"",
                    "The talks have created", ""},
        // A surname the story gives in full, then what it was said of:
        // the one named, not the words after.
        SpeakerCase{"SurnameThenWhatItWasSaidOf",
                    "Wes Bellamy spoke at the meeting. \"You are absolutely "
                    "right,\" said Bellamy of the latter.",
                    "You are absolutely right", "Wes Bellamy"},
        // "the SPD politician": someone already in the story, by their
        // trade, as "the actor" is.
        SpeakerCase{"ThePartyPolitician",
                    "Chancellor Olaf Scholz spoke on ARD on Sunday. \"I did "
                    "not provoke him,\" said the SPD politician.",
                    "I did not provoke him", "Olaf Scholz"},
        // A quotation whose stop is inside its marks ends its sentence: the
        // next sentence's subject is no source of it, and is the subject a
        // pronoun or a description after goes on with.
        SpeakerCase{"NoClosingSourceAfterAStopInsideTheMarks",
                    "Manny Pacquiao will fight Adrien Broner on Saturday. "
                    "\"Me and Broner,\" said Pacquiao, \"we want the fans to "
                    "be happy.\" While this may be true, Broner claimed to "
                    "be put off.",
                    "we want the fans", "Manny Pacquiao"},
        SpeakerCase{"SubjectAfterASentenceEndingInsideTheMarks",
                    "Manny Pacquiao will fight Adrien Broner on Saturday. "
                    "\"Me and Broner,\" said Pacquiao, \"we want the fans to "
                    "be happy.\" While this may be true, Broner claimed to "
                    "be put off.\n\n\"I put in the work,\" the Cincinnati "
                    "native said.",
                    "I put in the work", "Adrien Broner"},
        // A source closing a sentence of several short quotations, its
        // verb then ", adding ...".
        SpeakerCase{"ClosingSourceOverTheSentencesQuotations",
                    "Security forces fired tear gas to \"disperse the "
                    "demonstration\", allow \"fire brigades to intervene\" "
                    "and \"facilitate the march\", the Paris police "
                    "headquarters said, adding that 40 people were held.",
                    "disperse the demonstration",
                    "the Paris police headquarters"},
        // A name, then an aside set off by dashes, then the verb.
        SpeakerCase{"NameBeforeAnAsideInDashes",
                    "Donald Tusk spoke in Warsaw.\n\n\"The stakes are the "
                    "highest possible,\" Tusk — Poland's prime minister from "
                    "2007 to 2014 — told supporters on Friday.",
                    "The stakes are the highest possible", "Donald Tusk"},
        // "it said" after a sentence opening on a body by its kind, past
        // an adverb: that body.
        SpeakerCase{"ItIsTheBodyTheSentenceBeforeOpensOn",
                    "\"We will be on the picket line tomorrow,\" the Oakland "
                    "Education Association said in a post.\n\nEarlier, the "
                    "district had expressed optimism in a Facebook "
                    "post.\n\n\"We believe that a deal with our union is "
                    "within reach,\" it said.",
                    "We believe that a deal", "the district"},
        // A body's letters inside the role before the name in apposition.
        SpeakerCase{"BodysRoleThenTheNameInApposition",
                    "The AMA president, Dr Omar Khorshid, said the federal "
                    "government had to \"accept its responsibility for our "
                    "national health system\".",
                    "accept its responsibility", "Omar Khorshid"},
        // "the FTSE 100 company": the company named before, an index and
        // its number no name; nor with a clause on it after a comma.
        SpeakerCase{"AnIndexsCompany",
                    "Burberry said sales were flat. The FTSE 100 company "
                    "added that profit would be \"around the lower end of "
                    "market expectations\".",
                    "around the lower end", "Burberry"},
        SpeakerCase{"AnIndexsCompanyWithAClauseOnIt",
                    "Burberry said sales were flat. The FTSE 100 company, "
                    "whose trademark is the check pattern, added that profit "
                    "would be \"around the lower end of market "
                    "expectations\".",
                    "around the lower end", "Burberry"},
        // "The singer was nominated for Best Pop Vocal Album": the sentence
        // is about the singer, named before; the awards are no one "he"
        // stands for.
        SpeakerCase{"PronounAfterARoleOpeningAPassive",
                    "Justin Bieber clapped back at the Recording "
                    "Academy.\n\nThe singer was nominated for Best Pop Solo "
                    "Performance and Best Pop Vocal Album at the "
                    "Grammys.\n\n\"I am flattered to be acknowledged,\" he "
                    "wrote.",
                    "I am flattered", "Justin Bieber"},
        // The same past when the sentence opens ("On Sunday,"), and with an
        // age as the role's title ("the 65-year-old comedian").
        SpeakerCase{"PronounAfterARoleOpeningPastWhen",
                    "Roseanne Barr has apologised for tweeting a joke.\n\nOn "
                    "Sunday, the 65-year-old comedian also criticised the "
                    "Obama family for signing on with Netflix to produce TV "
                    "programmes.\n\n\"It is an unholy alliance,\" she wrote.",
                    "It is an unholy alliance", "Roseanne Barr"},
        // A clause before the subject after a comma ("..., when Schiller
        // was done, Tim Cook came back"): its name is not the sentence's
        // subject.
        SpeakerCase{"ClauseAfterACommaBeforeTheSubject",
                    "Philip Schiller came out to talk about the new "
                    "phones.\n\nAbout 20 minutes later, when Schiller was "
                    "done, Tim Cook came back on the stage.\n\nHe said: \"But "
                    "we are not stopping there.\"",
                    "But we are not stopping there", "Tim Cook"},
        // A description ending on where someone is from, then their name
        // in apposition, after the quotation.
        SpeakerCase{"DescriptionOfWhereFromThenTheName",
                    "Mr Buhari won the vote.\n\n\"He is a man of integrity,\" "
                    "a Buhari supporter in the northern city of Kano, "
                    "Mohammed Aliyu, said.",
                    "He is a man of integrity", "Mohammed Aliyu"},
        // Text wrapped at a fixed width: a line's end inside a sentence
        // ends no paragraph, so the name on the next line is the speaker's.
        SpeakerCase{"HardWrappedText",
                    "As the storm barrelled in from the Pacific, power was "
                    "cut\nacross most of the central island of Samar and "
                    "nearby Leyte\nprovince, and roads were closed across "
                    "the whole\nregion.\n\n\"The wind is blowing so strongly, "
                    "it is like it is whirling,\"\nMabel Evardone, an "
                    "official of the coastal town of Sulat in\nEastern "
                    "Samar, said on local radio.",
                    "The wind is blowing", "Mabel Evardone"},
        // A dash, a name, then what they said it of.
        SpeakerCase{"DashThenTheNameThenWhatOf",
                    "\"These kind of matches give sense to every minute you "
                    "spend on the court.\" – Novak Djokovic reflects on "
                    "winning his fifth Wimbledon title.",
                    "These kind of matches", "Novak Djokovic"},
        // A comma inside the marks ends the words: the word after them is
        // no noun they modify.
        SpeakerCase{"ACommaInsideTheMarksEndsAModifier",
                    "CDC Director Julie Gerberding fielded most of the "
                    "questions. She called it an \"emerging threat,\" "
                    "reminding health officials that it would spread.",
                    "emerging threat", "Julie Gerberding"},
        // Review of stop 29: each failed before its mend.
        SpeakerCase{"ReviewANameOpeningTheTextBeforeAComma",
                    "Prime Minister Boris Johnson, told reporters: \"We will "
                    "win.\"",
                    "We will win", "Boris Johnson"},
        SpeakerCase{"ReviewAWomanNamedAfterTheRoleOpening",
                    "Prime Minister Rishi Sunak flew to Rome on Thursday. The "
                    "Prime Minister met Italian leader Giorgia Meloni at her "
                    "office. \"We share the same goals,\" she said.",
                    "We share the same goals", "Giorgia Meloni"},
        SpeakerCase{"ReviewTheStarIsNoRole",
                    "The Star newspaper reported that Mayor John Tory would "
                    "resign. \"It is time to go,\" he said.",
                    "It is time to go", "John Tory"},
        SpeakerCase{
            "ReviewItIsNoCourtBeforeIt",
            "Acme Corp issued a statement. Earlier, the court had ruled "
            "against the firm. \"We will appeal,\" it said.",
            "We will appeal", "Acme Corp"},
        SpeakerCase{"ReviewACompanysClauseIsNotALaterVerbs",
                    "Acme Corp reported a loss. The telecoms company, whose "
                    "shares fell 5%, was fined by Ofcom, which said the "
                    "breach was \"serious and avoidable\".",
                    "serious and avoidable", "Ofcom"},
        SpeakerCase{"ReviewTheNasaTeamIsABody",
                    "SpaceX launched the rocket on Monday. \"It was "
                    "flawless,\" the NASA team said.",
                    "It was flawless", "the NASA team"},
        SpeakerCase{"ReviewTheBillionaireIsNoOneElse",
                    "Elon Musk bought Twitter. Chief executive Parag Agrawal "
                    "was fired hours later. \"The bird is freed,\" the "
                    "billionaire said.",
                    "The bird is freed", "the billionaire"},
        SpeakerCase{"ReviewGeorgeStraitIsSomeone",
                    "Country star George Strait played Nashville on Friday. "
                    "\"It was a great night,\" he said.",
                    "It was a great night", "George Strait"},
        // A few words quoted inside what a named speaker is reported to
        // have said are theirs, even inside a noun phrase (a partial
        // quotation, not scare quotes).
        SpeakerCase{"PartialQuoteInsideReportedSpeech",
                    "Harbour Minister Tessa Quill said the vote was a "
                    "\"unanimous\" decision by the board.",
                    "unanimous", "Tessa Quill"},
        SpeakerCase{"PartialQuoteOfWordsInsideReportedSpeech",
                    "Chancellor Anna Berg said the reform could be a \"make "
                    "or break\" moment for the coalition.",
                    "make or break", "Anna Berg"},
        // (A question quoted later in the sentence is its speaker's, not
        // the writer's.)
        SpeakerCase{"PartialQuoteBeforeAQuotedQuestion",
                    "Inspector Lee Park said it was a \"routine\" stop until "
                    "the driver shouted, \"Where are you going?\"",
                    "routine", "Lee Park"},
        // (Nor is the noun they modify their speaker.)
        SpeakerCase{"PartialQuoteInsideAnAside",
                    "Inspector Lee Park said the driver, a \"regular\" "
                    "visitor, then asked her for directions.",
                    "regular", "Lee Park"},
        // A participle's clause after an inverted name is no part of it;
        // a participle modifying a noun is.
        SpeakerCase{"ParticipleClauseAfterInvertedName",
                    "Carles Vidal spoke in Brussels. \"It was not a crime,\" "
                    "said Vidal referring to the vote.",
                    "It was not a crime,", "Carles Vidal"},
        SpeakerCase{"ParticipleInsideInvertedDescription",
                    "\"It was a good year,\" said the Apple marketing chief.",
                    "It was a good year,", "the Apple marketing chief"},
        // ... by a pronoun's speaker, or the source closing the sentence.
        SpeakerCase{"PartialQuoteInsideAPronounsReportedSpeech",
                    "Maria Lopez watched from her window. She said it was a "
                    "\"terrifying\" scene.",
                    "terrifying", "Maria Lopez"},
        SpeakerCase{"PartialQuoteBeforeAClosingSource",
                    "Police will do everything they can after the \"tragic\" "
                    "death of a young man, Chief Bill Blair said Monday.",
                    "tragic", "Bill Blair"},
        // "they" is no one person: two named together just before, or no
        // one the text names (read web: ten of ten such lines wrong); a
        // body named so still is.
        SpeakerCase{"TheyAreTwoNamedTogether",
                    "Justin Welby and Stephen Cottrell wrote a letter. \"We "
                    "are sorry,\" they said.",
                    "We are sorry,", "Justin Welby and Stephen Cottrell"},
        SpeakerCase{"TheyAreNoOnePerson",
                    "Mary Jones spoke to the crowd. \"We won,\" they chanted.",
                    "We won,", ""},
        SpeakerCase{"TheyAreABodyWithAPersonsName",
                    "Big Machine said she was free to perform. \"We never "
                    "said that,\" they said.",
                    "We never said that,", "Big Machine"},
        // Church and council styles are no part of a name.
        SpeakerCase{"CouncilmemberIsATitle",
                    "\"It is sad,\" said Councilmember Al Abdel-aziz.",
                    "It is sad,", "Al Abdel-aziz"},
        SpeakerCase{"RtRevdIsATitle",
                    "The Rt Revd Paul Butler spoke. \"We failed,\" Bishop "
                    "Butler said.",
                    "We failed,", "Paul Butler"},
        // A body's name keeps the titles inside it ("Safety", "Guard").
        SpeakerCase{"TitlesInsideABodysName",
                    "The National Transportation Safety Board is leading the "
                    "inquiry. It has said the firm has been \"very "
                    "cooperative\" so far.",
                    "very cooperative", "National Transportation Safety Board"},
        SpeakerCase{"TitlesInsideANavysName",
                    "The Islamic Revolutionary Guard Corps Navy issued a "
                    "statement saying the ship was held for \"disregarding "
                    "rules\".",
                    "disregarding rules",
                    "Islamic Revolutionary Guard Corps Navy"},
        // Two people named together as one subject are one speaker, as the
        // gold set gives joint statements; not one named as an object
        // before another's verb.
        SpeakerCase{"TwoPeopleAsOneSubject",
                    "In a letter, Justin Welby and Stephen Cottrell said it "
                    "would be a \"very harrowing time\" for victims.",
                    "very harrowing time", "Justin Welby and Stephen Cottrell"},
        SpeakerCase{"TwoPeopleAfterTheVerb",
                    "\"We are sorry,\" said Justin Welby and Stephen Cottrell.",
                    "We are sorry,", "Justin Welby and Stephen Cottrell"},
        SpeakerCase{"TwoPeopleBeforeAnApposition",
                    "Mary Bousted and Kevin Courtney, joint general "
                    "secretaries of the NEU, said: \"It is a disgrace.\"",
                    "It is a disgrace.", "Mary Bousted and Kevin Courtney"},
        SpeakerCase{"AnObjectIsNoPartnerOfTheNextSubject",
                    "Donald Trump met Emmanuel Macron and Angela Merkel said: "
                    "\"We agree.\"",
                    "We agree.", "Angela Merkel"},
        // 'described as "..." by X': what X calls it, in the passive.
        SpeakerCase{"PassiveCalledAsByAgent",
                    "The plan was described as \"reckless\" by Labour leader "
                    "Keir Starmer.",
                    "reckless", "Keir Starmer"},
        SpeakerCase{"PassiveTreatedAsByABody",
                    "The deaths of Ann Moula, 39, and her husband Gari Moula, "
                    "51, are being treated as \"unexplained\" by police.",
                    "unexplained", "police"},
        SpeakerCase{"PassiveDismissedAsByABody",
                    "The offer was dismissed as \"insulting\" by the union.",
                    "insulting", "the union"},
        // A title that combines ("Chief") before the surname of someone
        // named in full is a title; before a single other word it may
        // still open a body's name ("General Motors").
        SpeakerCase{"CombiningTitleBeforeAKnownSurname",
                    "Police Chief Henry Fluck spoke on Monday. \"We are "
                    "ready,\" Chief Fluck said.",
                    "We are ready,", "Henry Fluck"},
        SpeakerCase{"CombiningTitleOpeningABodysName",
                    "\"We are ready,\" General Motors said.", "We are ready,",
                    "General Motors"},
        // A surname misspelt by a letter (or two swapped) is the one person
        // named in full so; not where two such people are named.
        SpeakerCase{"SurnameMissingALetter",
                    "Sterling Nesbitt found the bones. \"It is a new "
                    "species,\" Nebitt said.",
                    "It is a new species,", "Sterling Nesbitt"},
        SpeakerCase{"SurnameWithTwoLettersSwapped",
                    "Ricky Stuart spoke. \"We were poor,\" Staurt said.",
                    "We were poor,", "Ricky Stuart"},
        SpeakerCase{"MisspeltSurnameOfTwoPeople",
                    "Sterling Nesbitt met Anna Nebbitt. \"It is new,\" Nebitt "
                    "said.",
                    "It is new,", "Nebitt"},
        // Regressions from the review of this stop's rules.
        SpeakerCase{"ReviewJointSpeakerJoinedOnce",
                    "Jane Doe and John Roe from Leeds said: \"We agree.\"",
                    "We agree.", "Jane Doe and John Roe"},
        SpeakerCase{"ReviewSheIsOneOfAJointSpeaker",
                    "Mary Bousted and Kevin Courtney said teachers were tired. "
                    "\"They are exhausted,\" she said.",
                    "They are exhausted,", "Mary Bousted"},
        SpeakerCase{"ReviewParticipleNounInADescription",
                    "\"Rates will fall,\" said the head of Google engineering, "
                    "Jane Doe.",
                    "Rates will fall,", "Jane Doe"},
        SpeakerCase{"ReviewParticipleNounEndingADescription",
                    "\"Rates will fall,\" said the head of Apple marketing.",
                    "Rates will fall,", "the head of Apple marketing"},
        SpeakerCase{"ReviewListOfThreeIsNoPair",
                    "Tom Hanks, Rita Wilson and Jane Doe said: \"We are "
                    "fine.\"",
                    "We are fine.", "Jane Doe"},
        SpeakerCase{"ReviewObjectsAreNoPairForThey",
                    "Police named the victims as Jane Doe and John Roe.\n\"We "
                    "are all shocked,\" they said.",
                    "We are all shocked,", ""},
        SpeakerCase{"ReviewPairAfterAnOpeningTime",
                    "In an open letter on Tuesday, Justin Welby and Stephen "
                    "Cottrell said it would be a \"very harrowing time\" for "
                    "victims.",
                    "very harrowing time", "Justin Welby and Stephen Cottrell"},
        // What someone is before a name of two words is a title too.
        SpeakerCase{"TravelerBeforeAName",
                    "\"I was stuck for hours,\" Traveler Lubna Zia said.",
                    "I was stuck for hours,", "Lubna Zia"},
        SpeakerCase{"MeteorologistBeforeAName",
                    "\"It will be hot,\" said AccuWeather Senior Meteorologist "
                    "Henry Margusity.",
                    "It will be hot,", "Henry Margusity"},
        // "cannot" is an auxiliary, as "can" is: "he cannot make" is no one.
        SpeakerCase{
            "CannotIsNoName",
            "Buhari has said he cannot make promises but his government \"will "
            "do everything in its power\" to bring them home.",
            "will do everything in its power", ""},
        // An office after a body's name ("the Treasury Secretary") is its
        // holder, as "the Apple CEO" is.
        SpeakerCase{
            "SecretaryOfABodyIsAnOffice",
            "Oil prices fell after Treasury Secretary Scott Bessent indicated "
            "there may be a deal.\n"
            "\"It would be freedom of movement,\" the Treasury Secretary said.",
            "It would be freedom of movement,", "Scott Bessent"},
        // A title's word joined to a name by a hyphen ("King-Smith") is part of
        // the name.
        SpeakerCase{"TitleJoinedToANameByAHyphen",
                    "Oliver King-Smith, the founder of a start-up, said small "
                    "firms would be hit.\n"
                    "\"This has to end,\" said Oliver King-Smith.",
                    "This has to end,", "Oliver King-Smith"},
        SpeakerCase{"HyphenatedSurnameIsNotAnotherSmith",
                    "Iain Duncan Smith spoke first.\n"
                    "\"Great,\" Oliver King-Smith said.",
                    "Great,", "Oliver King-Smith"},
        // "Coun" and "Coun." are a councillor's title, as "Cllr" is.
        SpeakerCase{"CounIsATitle",
                    "\"It was a shock,\" Coun Tom Leadley said.\n"
                    "\"Yes,\" said Coun. Jane Roe.",
                    "Yes,", "Jane Roe"},
        // "the union boss": the one named nearest before with "union" and a
        // role of that kind (head, leader, chief) around the name.
        SpeakerCase{"DescriptionByTheWordsAroundAName",
                    "The strike was called by Claus Weselsky, head of the "
                    "train drivers' union GDL.\n"
                    "\"We have no choice,\" the union boss said.",
                    "We have no choice,", "Claus Weselsky"},
        SpeakerCase{"DescriptionByATitleBeforeAName",
                    "Apple chief executive Tim Cook spoke at the launch in "
                    "California.\n"
                    "\"It is magic,\" the Apple boss added.",
                    "It is magic,", "Tim Cook"},
        SpeakerCase{"DescriptionNotABodysName",
                    "Port Larkin Timberwolves coach Rick Delgado was angry.\n"
                    "\"We will look at it,\" the Timberwolves boss said.",
                    "We will look at it,", "Rick Delgado"},
        // "..., Tilles said, according to EurekAlert. "...": the outlet that
        // carried the quotation before is no new speaker.
        SpeakerCase{"AccordingToAfterASpeakerIsTheOutlet",
                    "Stephen Tilles led the study.\n"
                    "\"Reactions were much milder,\" Tilles said, according to "
                    "EurekAlert. \"On average, the participants tolerated a "
                    "higher dose.\"",
                    "On average, the participants tolerated a higher dose.",
                    "Stephen Tilles"},
        SpeakerCase{"AccordingToOpeningItsOwnSentence",
                    "John Smith spoke first.\n"
                    "\"Hello,\" Smith said. According to police, \"the man "
                    "fled the scene on foot.\"",
                    "the man fled the scene on foot.", "police"},
        // "Since 1998, the Food and Drug Administration ...": a conjunction
        // opening a sentence is no body's name.
        SpeakerCase{"ConjunctionOpeningASentenceIsNoBody",
                    "Since 1998, the Food and Drug Administration has required "
                    "fortified flour.\n"
                    "\"It would be too late,\" says Dean Appling.\n"
                    "The flour could also \"affect the stability of added "
                    "folic acid,\" the agency said.",
                    "affect the stability of added folic acid,",
                    "Food and Drug Administration"},
        // "Speaking this afternoon Ms Palaszczuk warned": a participle and
        // when opening the sentence are no subject; the name after them is.
        SpeakerCase{
            "ParticipleAndWhenOpeningASentence",
            "Speaking this afternoon Ms Palaszczuk warned residents to leave.\n"
            "\"The intensity of this fire is unusual,\" she said.",
            "The intensity of this fire is unusual,", "Palaszczuk"},
        // "...," Deepali, another resident said.": a name and its apposition,
        // the closing comma left out; the name is the subject.
        SpeakerCase{"NameThenAppositionWithoutItsClosingComma",
                    "\"There are a lot of potholes on the road,\" Deepali, "
                    "another resident said.",
                    "There are a lot of potholes on the road,", "Deepali"},
        // "the setting offered a unique opportunity" says nothing; "offered:"
        // would.
        SpeakerCase{
            "OfferedWithAnObjectSaysNothing",
            "Professor Tim Mousseau has studied the area for years.\n"
            "Professor Mousseau said that the Chernobyl setting offered a "
            "\"unique opportunity to look at a natural experiment\".",
            "unique opportunity to look at a natural experiment",
            "Tim Mousseau"},
        // "the UN official" is "a UN official" the story brought in, no body.
        SpeakerCase{"AcronymBeforeARoleIsTheOneIntroduced",
                    "United Nations talks to end the conflict have been "
                    "postponed, a UN official told AFP news agency.\n"
                    "\"I can confirm that the meeting has been postponed,\" "
                    "the UN official told AFP.",
                    "I can confirm that the meeting has been postponed,",
                    "a UN official"},
        // "..." alone in its paragraph, then "-- Novak Djokovic after ...": a
        // credit line below it, as quote round-ups give it.
        SpeakerCase{"CreditLineBelowAQuotation",
                    "Who said what at Wimbledon on Tuesday:\n"
                    "\"First of all I am going to have a beer probably.\"\n"
                    "-- Elina Svitolina on her plans to celebrate.\n"
                    "\"The pressure never goes away.\"\n"
                    "-- Novak Djokovic after beating Andrey Rublev.",
                    "The pressure never goes away.", "Novak Djokovic"},
        SpeakerCase{"DashOfTwoHyphens",
                    "\"I had these little chances.\" -- Andrey Rublev on the "
                    "challenge.",
                    "I had these little chances.", "Andrey Rublev"},
        SpeakerCase{"CreditLineAfterALeadIn",
                    "The Harmon Parish Sheriff's Office posted on X:\n"
                    "\"DO NOT drive on Hwy 23. Deputies are pulling back.\"\n"
                    "— Harmon Parish Sheriff (@HarmonSheriff) August 28, 2024",
                    "DO NOT drive on Hwy 23. Deputies are pulling back.",
                    "Harmon Parish Sheriff's Office"},
        // "..., Leah Wald, CEO at Valkyrie Investments, who said ...": the
        // person the clause after the comma is about, past an apposition.
        SpeakerCase{"WhoAfterAnApposition",
                    "The market action is unsurprising, according to Leah "
                    "Wald, CEO at Valkyrie Investments, who said the news was "
                    "largely priced into the market \"a while ago.\"",
                    "a while ago.", "Leah Wald"},
        // "Hugging Face CEO says ...": a headline's office is no one's name;
        // "he" is the one the story gives it, whatever "his" a body seems to
        // get later.
        SpeakerCase{"HeadlineOfficeIsNoOne",
                    "Hugging Face CEO says China is winning the AI race\n"
                    "Hugging Face CEO Clément Delangue said China is winning "
                    "the race with open models.\n"
                    "\"They are clearly dominating,\" he told CNBC.\n"
                    "Model makers in the U.S. are \"building in silos\", he "
                    "said.\n"
                    "Delangue blamed mistakes for the attack on Hugging Face "
                    "and said his company used an open model.",
                    "building in silos", "Clément Delangue"},
        // "Fr" and "Fr." are a priest's title.
        SpeakerCase{"FrIsATitle",
                    "Fr Liam Cussen has been parish priest for a decade.\n"
                    "\"Nobody believes me,\" said Fr. Cussen.",
                    "Nobody believes me,", "Liam Cussen"},
        // (From the review: "according to" after scare quotes names the speaker
        // still.)
        SpeakerCase{"AccordingToAfterScareQuotes",
                    "Talks on the \"reset\" collapsed, according to Jane Doe, "
                    "\"because no one trusted anyone.\"",
                    "because no one trusted anyone.", "Jane Doe"},
        SpeakerCase{"OfferedALeadIn",
                    "Smith offered a blunt assessment: \"The plan will fail.\"",
                    "The plan will fail.", "Smith"},
        SpeakerCase{"CreditLineIsNoSentence",
                    "Serena Williams looked back on her career.\n"
                    "\"I gave everything to this sport.\"\n"
                    "- Venus Williams won seven majors.",
                    "I gave everything to this sport.", "Serena Williams"},
        SpeakerCase{"WhoAfterAnAndIsNotTheNameBefore",
                    "Police spoke to John Smith, 45, and later to his wife, "
                    "who said: \"We saw nothing at all.\"",
                    "We saw nothing at all.", ""},
        SpeakerCase{"DescriptionNotAcrossAnotherName",
                    "Union leader Mary Jones met Acme chief executive John "
                    "Smith on Monday.\n"
                    "\"We will strike,\" the union boss said.",
                    "We will strike,", "Mary Jones"},
        SpeakerCase{"CountryOpeningABodysName",
                    "\"Aid is blocked,\" the Lebanese Red Cross said.",
                    "Aid is blocked,", "Lebanese Red Cross"},
        // Tokenised text spaces off the hyphen or apostrophe inside a name:
        // still one name, written as the text joins it elsewhere.
        SpeakerCase{
            "TokenisedHyphenatedName",
            "Lagos State Governor Babajide Sanwo - Olu , 57 , spoke on Monday "
            ", his office said .\n\" We must act now , \" Sanwo - Olu "
            "said .\nThe state has 20 million people .",
            "We must act now", "Babajide Sanwo-Olu"},
        SpeakerCase{
            "TokenisedApostropheInAName",
            "The housing minister , Darragh O ’ Brien , met builders on "
            "Friday .\n\" I look forward to it , \" he said .\nThe "
            "talks end in May .",
            "I look forward", "Darragh O’Brien"},
        // (Not a plural's possessive before a name: "Reunion Pictures '
        // Matthew O'Connor" is O'Connor.)
        SpeakerCase{"TokenisedPluralPossessiveBeforeAName",
                    "The move surprised Reunion Pictures ' Matthew O'Connor , "
                    "who worked with her .\n\" She was great , \" O'Connor "
                    "said .\nShe left on Monday .",
                    "She was great", "Matthew O'Connor"},
        SpeakerCase{"UnlistedRoleBeforeAName",
                    "Meteorologist Dana Fitch urged caution.\n\n\"Stay "
                    "home,\" Fitch said.",
                    "Stay home", "Dana Fitch"},
        // Regression: two particles cut the name to "Hoeven".
        SpeakerCase{"NameWithTwoParticles",
                    "Chief Financial Officer Pieter van der Hoeven said jobs "
                    "would go.\n\n\"This is painful,\" van der Hoeven told "
                    "reporters.",
                    "painful", "Pieter van der Hoeven"},
        // Regression: "Sealy" opening a sentence was read as an adverb.
        SpeakerCase{"SurnameInLyOpeningASentence",
                    "Coach Mike Harlan said he spoke with Devin Sealy in the "
                    "locker room.\n\nSealy was blunter. \"I just didn't play "
                    "well enough,\" he said.",
                    "play well", "Devin Sealy"},
        // Regression: the headline's first word was taken for a name.
        SpeakerCase{"HeadlineQuoteSaidByWhomTheStoryIsAbout",
                    "‘I thought I was going to die’: Jogger, 29, attacked by "
                    "swan\n\nOffice worker Priya Mistry needed three "
                    "stitches.\n\n‘It came out of the reeds,’ Miss Mistry "
                    "said.",
                    "going to die", "Priya Mistry"},
        SpeakerCase{"FamilyWordBeforeAName",
                    "Grandmother Edna Fairclough, 81, was carried from her "
                    "bungalow.\n\nShe said: ‘The water came under the "
                    "door.’",
                    "water came", "Edna Fairclough"},
        // Regressions: a role word or the body a title is of was kept in
        // the name; a day's dot ended no sentence.
        SpeakerCase{"DoersNounBeforeAFirstName",
                    "Rescuer Omar Haddad said the boy was found.\n\n\"He was "
                    "talking,\" Haddad said.",
                    "He was talking", "Omar Haddad"},
        SpeakerCase{"TitleOfABodyBeforeAName",
                    "Deputy Director of Public Prosecution Eva-Marie Persson "
                    "took the decision.\n\n\"It was hard,\" Ms Persson said.",
                    "It was hard", "Eva-Marie Persson"},
        SpeakerCase{"DayEndsASentence",
                    "Ana Ruiz announced the plan on Monday. Opposition "
                    "spokesman Peter Grant called it \"too little, too late\".",
                    "too little", "Peter Grant"},
        // Regression: cut to "people familiar".
        SpeakerCase{"PeopleDescribedInFull",
                    "\"We are confident,\" said people familiar with the "
                    "matter.",
                    "confident", "people familiar with the matter"},
        // Regression: "Nurse Priscilla Tan" kept her role as a name.
        SpeakerCase{"RoleNounOpeningASentence",
                    "Nurse Priscilla Tan joined the picket line.\n\n\"I feel "
                    "terrible leaving the ward,\" Tan said.",
                    "terrible", "Priscilla Tan"},
        // Regression: "said she had" made the judge a woman, and "he" the
        // defendant.
        SpeakerCase{"FirstNameOutweighsOnePronoun",
                    "Lorraine Beckett, 52, admitted fraud.\n\nSentencing her "
                    "on Friday, Judge Martin Oduya said she had carried out "
                    "\"a calculated betrayal\". \"These were vulnerable "
                    "residents,\" he told her. \"You treated their bank "
                    "accounts as your own.\"",
                    "bank accounts", "Martin Oduya"},
        // Regression: "Police Madhavi Reddy" was a body, so "she" was
        // someone else.
        SpeakerCase{"PronounForATitleOfABody",
                    "Crowds filled the town for the Rath Yatra.\n\n"
                    "Superintendent of Police Madhavi Reddy said there had "
                    "been no incidents. \"Crowd movement has been smooth,\" "
                    "she said.",
                    "smooth", "Madhavi Reddy"},
        // Regression: "the Dunmore Democrat" was a name of its own.
        SpeakerCase{"ByParty",
                    "Senate Minority Leader Carla Nuñez was unimpressed. "
                    "\"It is not a rounding error,\" the Dunmore Democrat "
                    "said. \"Somebody needs to answer for this.\"",
                    "Somebody needs", "Carla Nuñez"},
        // Regression: the headline's words went to no one.
        SpeakerCase{"HeadlineWordsSaidAgainBelow",
                    "‘Calculated betrayal’: Care home manager jailed\n\nA "
                    "former manager who stole from residents has been "
                    "jailed.\n\nJudge Martin Oduya said she had carried out "
                    "\"a calculated and sustained betrayal\".",
                    "Calculated betrayal", "Martin Oduya"},
        // Regression: a quotation opening a paragraph after one about
        // "the 36-year-old" had no speaker.
        SpeakerCase{"AfterASentenceAboutADescribedSubject",
                    "Aidan Ferris won the Coral Bay Classic on Sunday.\n\nThe "
                    "36-year-old, who had surgery last year, fought back tears "
                    "as he spoke to reporters.\n\n\"So this one is for her.\"",
                    "this one is for her", "Aidan Ferris"},
        // Regression: a nickname inside the name cut it to "Kaminski".
        SpeakerCase{"NicknameInsideAName",
                    "Owner Rosalind \"Rosie\" Kaminski, 73, said she could not "
                    "keep up.\n\n\"I am tired,\" Kaminski said.",
                    "I am tired", "Rosalind Kaminski"},
        // Regression: her own "said" cut off the woman brought in.
        SpeakerCase{"UnnamedWomanWhoSaidSomethingBefore",
                    "Patients wait 14 hours, according to figures obtained by "
                    "the Wexbury Echo.\n\nOne woman, who asked not to be "
                    "named, said her father spent a night on a trolley. \"He "
                    "was frightened,\" she told the BBC.",
                    "frightened", "one woman"},
        // Regressions: "the warning" was its own speaker; "family" was
        // read as an adverb.
        SpeakerCase{"TheWarningIsWhoeverIssuedIt",
                    "The Western Plains Fire Service issued an emergency "
                    "warning on Wednesday. \"It is too late to leave,\" the "
                    "warning said.",
                    "too late", "Western Plains Fire Service"},
        SpeakerCase{"HisFamily",
                    "Callum Reid was last seen on Friday. \"We love you,\" "
                    "his family said.",
                    "We love you", "Callum Reid's family"},
        // Regression: "District Collector" stayed in the name.
        SpeakerCase{"TwoWordRoleBeforeAName",
                    "District Collector Meenakshi Iyer said 14 camps were "
                    "open.\n\n\"All low-lying areas have been evacuated,\" "
                    "Iyer said.",
                    "evacuated", "Meenakshi Iyer"},
        // Regression: the release's issuer was cut to "Office".
        SpeakerCase{"IssuerWithAPossessiveInItsName",
                    "The Calloway County Sheriff’s Office said in a news "
                    "release that deputies found the girl.\n\n“We want to "
                    "thank the public,” the release said.",
                    "thank the public", "Calloway County Sheriff’s Office"},
        // Regression: cut to "a senior official".
        SpeakerCase{"DescribedSomeoneWhereTheyWork",
                    "A senior official at the Department of Energy said: \"We "
                    "are committed.\"",
                    "committed",
                    "a senior official at the Department of Energy"},
        // Regression: "the team" was its own speaker.
        SpeakerCase{"TheTeamNamedAfterThe",
                    "The Northfield Wolves fired head coach Brian Sato on "
                    "Tuesday, the team announced.\n\n\"We thank Brian,\" the "
                    "team said in a statement.",
                    "We thank Brian", "Northfield Wolves"},
        // Regressions: a sports position kept in the name; a club taken
        // for the person "the Italian" is.
        SpeakerCase{"SportsPositionBeforeAName",
                    "Opener Rohan Deshpande made 112.\n\n\"Today is for my "
                    "family,\" Deshpande said.",
                    "for my family", "Rohan Deshpande"},
        SpeakerCase{"DemonymPastAClub",
                    "Kingsbridge Rovers manager Alessandro Fontana insists "
                    "his side are not afraid.\n\nRovers sit three points "
                    "behind their rivals.\n\n\"We respect them,\" the "
                    "Italian told his press conference.",
                    "respect them", "Alessandro Fontana"},
        // Regressions (fourth review): a woman named in a quotation or a
        // sentence before cut off no other speaker; a quoted sentence after
        // one closed by its mark goes on with the speaker; a first name in
        // -or is no role; accented first names have their gender.
        SpeakerCase{"NoWomanFromInsideAQuotation",
                    "\"My mother was there,\" a neighbour said. \"It was "
                    "terrifying,\" she said.",
                    "terrifying", "a neighbour"},
        SpeakerCase{"NoWomanFromASentenceBefore",
                    "Police spoke to one woman, who lives nearby. A "
                    "spokeswoman said the fire started in the kitchen.\n\n"
                    "\"We are investigating,\" she said.",
                    "investigating", "a spokeswoman"},
        SpeakerCase{"SentenceAfterAClosedQuotation",
                    "Hart said: \"This is a disgrace.\" \"We deserve "
                    "better.\"",
                    "deserve better", "Hart"},
        SpeakerCase{"FirstNameInOrIsNoRole",
                    "\"We won,\" said Taylor Marie Swift.", "We won",
                    "Taylor Marie Swift"},
        SpeakerCase{"AccentedFirstName",
                    "Inés Ruiz watched as Tomás Vega arrived.\n\n\"I was so "
                    "scared,\" she said.",
                    "scared", "Inés Ruiz"},
        // Regressions: a description opening the sentence before an
        // apposition lost its possessive or what it is for.
        SpeakerCase{"DescriptionWithAPossessiveBeforeAnAside",
                    "The teen's father, reached by phone, said only: \"We "
                    "are cooperating.\"",
                    "cooperating", "the teen's father"},
        SpeakerCase{"DescriptionOfABodyBeforeAnApposition",
                    "A spokesperson for Quillfeather, the ride-sharing "
                    "startup, said in a statement that \"we are "
                    "committed.\"",
                    "committed", "a spokesperson for Quillfeather"},
        // Regression: a title-case headline ran the full name into its
        // other words, so the surname stayed alone.
        SpeakerCase{"FullNameFromATitleCaseHeadline",
                    "Adam Neumann Steps Down As WeWork CEO\n\n\"We will "
                    "survive,\" Neumann said.",
                    "survive", "Adam Neumann"},
        // Regression: an opening quotation whose speaker the next
        // paragraph names ("That is how X describes") had none.
        SpeakerCase{"ThatIsHowSomeoneDescribesIt",
                    "\"It is like someone turned the lights off.\"\n\nThat is "
                    "how Harold Nkemelu describes the closure of the last "
                    "shop.",
                    "lights off", "Harold Nkemelu"},
        SpeakerCase{"HeadlineColon",
                    "‘Things aren’t easy between us’: Boris Johnson meets "
                    "Russian counterpart",
                    "Things aren’t easy", "Boris Johnson"},
        SpeakerCase{"SuffixAfterInitial",
                    "United States Attorney James P. Kennedy Jr. said \"we "
                    "will act.\"",
                    "we will act", "James P. Kennedy Jr"},
        SpeakerCase{"TwoRolesOfOnePerson",
                    "\"It is fun,\" Ann Lee said.\n\n\"What is fun to "
                    "think about,\" JPL scientist and study co-author Michael "
                    "Malaska said.",
                    "What is fun", "Michael Malaska"},
        SpeakerCase{"PullQuoteHeadsItsParagraph",
                    "Kurt Volker and Tim Morrison testified.\n\n\"It was "
                    "wrong,\" Morrison said.\n\n3. \"Not some irregular "
                    "channel\"\n\nVolker disputed the notion that he had "
                    "been a participant.",
                    "irregular channel", "Kurt Volker"},
        SpeakerCase{"SurnameBeforeSuffix",
                    "U.S. Attorney James P. Kennedy Jr. spoke.\n\n\"We act,\" "
                    "Kennedy said.",
                    "We act", "James P. Kennedy Jr"},
        SpeakerCase{"PlaceBeforeName",
                    "Trump spoke about Ukraine.\n\n\"I did,\" said the "
                    "special "
                    "envoy to Ukraine Kurt Volker.",
                    "I did", "Kurt Volker"},
        SpeakerCase{"NameOfItsBody",
                    "\"Organics matter,\" said planetary geologist Rosaly "
                    "Lopes of NASA.",
                    "Organics", "Rosaly Lopes"},
        SpeakerCase{"NameThatLooksLikeAnAdverb",
                    "Chris Early spoke. In New York, bandwidth matters less, "
                    "but Early still says they are \"believers\" in it.",
                    "believers", "Chris Early"},
        SpeakerCase{"VerbThenWhereItWasSaid",
                    "Kristi Noem spoke.\n\nThe crisis is \"growing at an "
                    "alarming rate\" and affects every town in the state, "
                    "Noem said in the campaign's public service announcement.",
                    "growing at", "Kristi Noem"},
        SpeakerCase{"PlaceReportedByAPerson",
                    "Mike Pompeo spoke in Washington. Pompeo said that after "
                    "legal consultation Washington had concluded the "
                    "settlements were \"not, per se, inconsistent with "
                    "international law\".",
                    "not, per se", "Mike Pompeo"},
        SpeakerCase{"TitleWithADot",
                    "\"Every study agrees,\" said Rep. Brian Babin (R-TX), a "
                    "ranking member.",
                    "Every study", "Brian Babin"},
        SpeakerCase{"LinkLinesNameNoOne",
                    "Police searched the flat.\n\n3 Hospitalized After "
                    "Wrong-Way Crash in North Richland Hills\n\n\"Hands! "
                    "Let me see your hands!\" an officer ordered.",
                    "Hands!", "an officer"},
        SpeakerCase{"AnIndefiniteRoleIsNoOneNamed",
                    "Officer Tom Webb arrived.\n\n\"Come on, you will be "
                    "OK,\" an officer told the girl.",
                    "Come on", "an officer"},
        SpeakerCase{"AVerbRefusedAttributesNothing",
                    "Marco Villa spoke. \"We start small,\" he said. \"Our "
                    "ability will lead us.\" He declined to say when the "
                    "lander would be ready.",
                    "Our ability", "Marco Villa"},
        SpeakerCase{"TheVerbThatIntroducesTheQuotation",
                    "Patrick Carlineo called Omar a \"terrorist\" and said, "
                    "\"somebody ought to act,\" the prosecutor's office "
                    "said.",
                    "somebody ought", "Patrick Carlineo"},
        SpeakerCase{"InitialsInTheSentenceSubject",
                    "Senior author Dr. Silvia S. Martins, associate professor, "
                    "commented: \"Cannabis use is bad.\"",
                    "Cannabis use", "Silvia S. Martins"},
        SpeakerCase{"AShowIsNoOne",
                    "Andrei Kelin is the envoy.\n\nIn an interview with "
                    "BBC1's The Andrew Marr Show, to be screened on Sunday, "
                    "Mr Kelin his country had no interest.\n\n\"We do not "
                    "interfere,\" he said.",
                    "We do not", "Andrei Kelin"},
        SpeakerCase{"OneSentenceALineGoesOnAfterALongQuotation",
                    "The show featured an interview with Matt Smith , who "
                    "endorsed the new Doctor .\n\"If I had to pick someone "
                    ", it would be Capaldi .\nI think he 's great , \" he "
                    "says .\n\"I just want to wish my successor all the best "
                    ". \"",
                    "I just want", "Matt Smith"},
        SpeakerCase{"PronounAfterAQuotationOverSeveralLines",
                    "Prince George was born .\nMatt Smith had played the "
                    "role since 2010 .\n\"Doctor Who has been brilliant .\n"
                    "I am grateful to the cast , \" he wrote .",
                    "Doctor Who has", "Matt Smith"},
        SpeakerCase{"ADomainNameEndsNoSentence",
                    "United Nations spokesman Farhan Aziz Haq told "
                    "Polygraph.info that the U.N. is \"working with the "
                    "forces.\"",
                    "working with", "Farhan Aziz Haq"},
        SpeakerCase{"AnyVerbAfterAQuotationEndingInAComma",
                    "Prince George was born.\n\n\"The decision is made,\" "
                    "BBCOne promoted on Twitter.",
                    "The decision", "BBCOne"},
        SpeakerCase{"AnAcronymIsTheBodyNamedInFull",
                    "The Drug Enforcement Administration (DEA) publishes "
                    "figures. The DEA says the border \"remains the primary "
                    "entry point.\"",
                    "remains the primary", "Drug Enforcement Administration"},
        SpeakerCase{"TheSameNounIsTheSameSpeaker",
                    "\"It was bad,\" a 43-year-old man said.\n\n\"It is "
                    "better now,\" the man said later.",
                    "better now", "a 43-year-old man"},
        SpeakerCase{"WordsTheSubjectPutsOnSomething",
                    "Police were there.\n\nThe Pentagon rejected these "
                    "accusations as \"patently false.\"",
                    "patently false", "Pentagon"},
        SpeakerCase{"AnyRoleBeforeAFullName",
                    "Shares fell.\n\nNew Media investor Leon Cooperman "
                    "blasted the deal as \"morally wrong.\"",
                    "morally wrong", "Leon Cooperman"},
        SpeakerCase{"TheStatementOfTheBodyNamedJustBefore",
                    "Big Machine Records denied the claims. Taylor Swift had "
                    "written on Tumblr that she was upset.\n\n\"We were "
                    "shocked,\" the statement said.",
                    "We were shocked", "Big Machine Records"},
        SpeakerCase{"HeGoesOnWithTheParagraphsSpeaker",
                    "Tim Morrison testified. Alexander Vindman is the White "
                    "House National Security Council Ukraine expert.\n\n"
                    "Morrison told the committee, \"I feared it.\"\n\nHe "
                    "begged lawmakers \"not to lose sight of\" the conflict "
                    "and work to reform Ukraine. \"Every day is a day lost\" "
                    "for Ukraine and the U.S., he warned.",
                    "Every day", "Tim Morrison"},
        SpeakerCase{"AReportFromABody",
                    "Shares rose.\n\n\"The market is largely fairly "
                    "valued,\" said a report from Kotak Institutional "
                    "Equities.",
                    "The market", "Kotak Institutional Equities"},
        SpeakerCase{"ABodysPolicy",
                    "Allen was suspended.\n\nThe NFL's substance-abuse "
                    "policy states: \"Discipline for a second offense is "
                    "likely to be a suspension.\"",
                    "Discipline for", "NFL"},
        SpeakerCase{"ANameModifyingANoun",
                    "James Van Der Beek posted a clip.\n\nIn his initial "
                    "Instagram announcement, Van Der Beek touched upon the "
                    "idea and noted there should be \"zero shame\" "
                    "involved.",
                    "zero shame", "James Van Der Beek"},
        SpeakerCase{"QuotedWordsGoOnPastTheMarks",
                    "Donald Trump spoke on Monday.\n\n\"The president wants "
                    "a bigger deal than the little deal\" announced in "
                    "October, said Derek Scissors, a China scholar.",
                    "The president wants", "Derek Scissors"},
        SpeakerCase{"InTheWordsOf",
                    "The man was ill.\n\nHere is how bad it got in the "
                    "words of the patient: \"I was unable to stand.\"",
                    "unable to stand", "the patient"},
        SpeakerCase{"TwoPeopleOfOneSurname",
                    "Tyler Hansbrough scored 20 points .\n`` It was very "
                    "fitting , '' said Gene Hansbrough , who surprised his son "
                    ".",
                    "It was very fitting", "Gene Hansbrough"},
        SpeakerCase{"AnyPastTenseVerbBeforeTheName",
                    "The deal was announced .\n`` I thought it was "
                    "impossible , '' crowed Nvidia CEO Jen-Hsun Huang , in an "
                    "interview .",
                    "I thought", "Jen-Hsun Huang"},
        SpeakerCase{"AnEditorialInAPaper",
                    "Anthony Livanios spoke .\n`` Greece has surrendered "
                    "itself to flames , '' said an editorial in the "
                    "conservative daily Eleftheros Typos .",
                    "Greece has", "Eleftheros Typos"},
        SpeakerCase{"TheStarIsWhoTheStoryIsAbout",
                    "Tara Reid checked into rehab .\nShe was there last "
                    "year .\n`` I 've done enough of everything , '' the "
                    "Taradise star said .",
                    "I 've done enough", "Tara Reid"},
        SpeakerCase{"ATitlesDotBeforeTheName",
                    "A man died .\n`` The driver was uncooperative , '' said "
                    "Bloomington Police Sgt. Marty Earley .",
                    "The driver", "Marty Earley"},
        SpeakerCase{"ThePersonBeforeWhatTheyBelongTo",
                    "The quake struck .\n`` Most of them have broken bones , "
                    "'' said Doctor Sokal Pirg of the unit .",
                    "Most of them", "Sokal Pirg"},
        SpeakerCase{"ADescriptionThenItsName",
                    "Polls open today .\n`` I will devote all my strengths "
                    "to it , '' the candidate , regional bureaucrat "
                    "Resulberdy Mammedov , said in a statement .",
                    "I will devote", "Resulberdy Mammedov"},
        SpeakerCase{"AFirstNameIsTheFullNameTheArticleGives",
                    "Jessie Buckley plays Rose-Lynn Harlan.\n\nIn the last "
                    "scene, Rose-Lynn finds her way home. \"Had to find my "
                    "own way,\" she sings.",
                    "Had to find", "Rose-Lynn Harlan"},
        SpeakerCase{"APastTenseAfterHer",
                    "A car stopped .\nA man standing next to her screamed , "
                    "`` No , no , no ! '' and ran .",
                    "No , no", "a man standing next to her"},
        SpeakerCase{"AParticipleAfterAVerb",
                    "The fight went on. The crowd started yelling "
                    "\"Mercy!\"",
                    "Mercy", "the crowd"},
        SpeakerCase{"TheAgentOfAPassive",
                    "The church burned .\nThe fire has been labeled `` "
                    "suspicious '' by James Steele , the fire chief .",
                    "suspicious", "James Steele"},
        SpeakerCase{"AsSomeoneCalledIt",
                    "Elton Brand signed .\nHe took the `` Philly Max , '' as "
                    "Brand later called it .",
                    "Philly Max", "Elton Brand"},
        SpeakerCase{"WhatWritingReads",
                    "Crowds gathered .\nBanners in the main square read : `` "
                    "The state kills '' .",
                    "The state kills", "Banners in the main square"},
        SpeakerCase{"ATitleCaseGreetingIntroducedBySaying",
                    "Capaldi got the part .\nAn assistant delivered the news "
                    "by saying : \"Hello Doctor\" .",
                    "Hello Doctor", "an assistant"},
        SpeakerCase{"AnApology",
                    "Sarah Palin visited the church .\nPalin has apologised "
                    "if it was connected to `` undeserved negative attention "
                    "'' .",
                    "undeserved", "Sarah Palin"},
        SpeakerCase{"TheyAreTheGroupTheSentenceBeforeIsAbout",
                    "Most believe the opposition is no better .\nThe "
                    "protesters , however , struggle to say what they want "
                    ".\n`` Do n't bend your head down , '' they chanted .",
                    "Do n't bend", "the protesters"},
        SpeakerCase{"ALineEndingInAVerbAndComma",
                    "Shondell McAllister wept .\nAn official said he was "
                    "sorry .\nTo which she replied,\n`` I already know . ''",
                    "I already know", "Shondell McAllister"},
        SpeakerCase{"AnAcronymIsNoSurname",
                    "The Freedom Fabric AMD bought is new .\nAccording to AMD "
                    ", SeaMicro will sell servers \" for the foreseeable "
                    "future , \" but more will come .",
                    "foreseeable", "AMD"},
        SpeakerCase{"ANameThenItsRoleThenAnyPastTense",
                    "Valley Dairy sold milk .\n\"We will make no further "
                    "payment , \" Karen Olson , president and CEO of Valley "
                    "Dairy , notified the panel .",
                    "We will make", "Karen Olson"},
        SpeakerCase{"TheFullNameRightBeforeTheVerb",
                    "Intel makes chips like the Intel Atom , SeaMicro CEO "
                    "and co-founder Andrew Feldman said \" absolutely . \"",
                    "absolutely", "Andrew Feldman"},
        SpeakerCase{"AVerbNegatedAttributesNothing",
                    "Andrew Feldman spoke .\nFeldman would n't say when talks "
                    "began but said the deal came about \"unbelievably "
                    "quickly . \"",
                    "unbelievably", "Andrew Feldman"},
        SpeakerCase{"ANameInLyIsNoAdverb",
                    "Billy King fired him .\n\"Mo is family , \" King said .",
                    "Mo is family", "Billy King"},
        SpeakerCase{"ATitlesDotOpensNoSentence",
                    "Raymond W. Kelly spoke .\nMr . Kelly , the police "
                    "commissioner , said Tuesday that there was \" nothing to "
                    "indicate that this was wrong . \"",
                    "nothing to indicate", "Raymond W. Kelly"},
        SpeakerCase{"SomeonesAttorneyThenTheName",
                    "Paul Biancardi was named .\n\"We deny it , \" said "
                    "Biancardi's attorney , James Zeszutek .",
                    "We deny it", "James Zeszutek"},
        SpeakerCase{"MoreRoles",
                    "\"They have every right to protest , \" said Public "
                    "Advocate Bill de Blasio .",
                    "every right", "Bill de Blasio"},
        SpeakerCase{"SomeoneIsSpeechOfNoOneNamed",
                    "Unique Armstead was shot .\nArmstead said she heard "
                    "someone say , \"He has a gun , \" and ran .",
                    "He has a gun", ""},
        SpeakerCase{"AMonthsDotStillEndsTheSentence",
                    "Talks resume in August. Meanwhile Jones told reporters "
                    "\"we will see.\"",
                    "we will see", "Jones"},
        SpeakerCase{"ASurnameIsNoPlace",
                    "The band was led by singer Chris Martin.\n\nCivil "
                    "rights leader Martin Luther King said \"I have a "
                    "dream.\"",
                    "I have a dream", "Martin Luther King"},
        SpeakerCase{"HeIsNotTheShopTheSentenceEndsIn",
                    "Councilman Jumaane Williams was at the vigil.\n\nHe "
                    "added that one man was hurt outside of a local Rite "
                    "Aid.\n\n\"It was peaceful,\" he wrote.",
                    "It was peaceful", "Jumaane Williams"},
        SpeakerCase{"AKoreanGivenNameIsOneName",
                    "Han Dong-hoon, the leader of the PPP, urged Yoon to go, "
                    "saying it had become \"impossible\" for him.",
                    "impossible", "Han Dong-hoon"},
        SpeakerCase{"ASurnameSaidFirstIsNoPlace",
                    "A plan to impeach President Yoon Suk Yeol failed.\n\n"
                    "Anger grew over Yoon's order and the vote against Yoon "
                    "this week.\n\n\"I deeply regret this,\" Yoon said.",
                    "I deeply regret this", "Yoon Suk Yeol"},
        SpeakerCase{"AVerbOpeningTheSentenceIsNoName",
                    "Enter Stuart R. Kaplan, a graduate of Wharton.\n\n\"We "
                    "have prevailed,\" Kaplan says.",
                    "We have prevailed", "Stuart R. Kaplan"},
        SpeakerCase{"ADescriptionThenAFirstNameGivenInFull",
                    "Eloise Parry died. Her mother Fiona Parry warned "
                    "others.\n\n\"She was burning up,\" her mother, Fiona, "
                    "said in a statement.",
                    "She was burning up", "Fiona Parry"},
        SpeakerCase{"DescribedAsByTheBodyNamedBefore",
                    "The New Zealand Department of Conservation runs the "
                    "recovery.\n\nThe strandings have been described as "
                    "\"heartbreaking\" by the conservation department.",
                    "heartbreaking", "New Zealand Department of Conservation"},
        SpeakerCase{"TheDoctorsAreTheBodyNamedBefore",
                    "Members of Doctors for Camp Closure wrote a letter.\n\n"
                    "\"It is cruel,\" the doctors said.",
                    "It is cruel", "Doctors for Camp Closure"},
        SpeakerCase{"ASharedSurnameIsWhoTheArticleNamesMost",
                    "Hori Parata is the whale expert. Hori Parata has "
                    "buried many.\n\nHis son Te Kaurinui Robert Parata "
                    "helps.\n\nThe whales come ashore every year.\n\nThe "
                    "tribe mourns them.\n\n\"Man's greed is hurting the "
                    "whales,\" says Parata.",
                    "Man's greed", "Hori Parata"},
        SpeakerCase{"ASharedFirstWordIsWhoWasJustNamed",
                    "Lee Sang-min, the interior minister, resigned.\n\n"
                    "The vote was held on Saturday.\n\nLee Jae-myung, the "
                    "opposition leader, spoke.\n\n\"There is no other "
                    "way,\" Lee said.",
                    "There is no other way", "Lee Jae-myung"},
        SpeakerCase{"ASpellingVariantIsOnePerson",
                    "Sergei Lavrov met Boris Johnson. Later Sergey Lavrov "
                    "spoke to the press.\n\nThe talks went on.\n\nThey "
                    "ended late.\n\n\"It was useful,\" Lavrov said.",
                    "It was useful", "Sergei Lavrov"},
        SpeakerCase{"WordsInAQuotationDescribeNoOne",
                    "\"The issue has just disappeared,\" said Senator Mark "
                    "Warner, a Virginia Democrat. \"There's collective "
                    "amnesia.\"",
                    "collective amnesia", "Mark Warner"},
        SpeakerCase{"TheFirstTwoWordsOfALongerName",
                    "Kauri (Te Kaurinui Robert) Parata watched.\n\nHis son, "
                    "Te Kaurinui Robert Parata, was called in.\n\n\"That's "
                    "a modern thing,\" says Te Kaurinui.",
                    "a modern thing", "Te Kaurinui Robert Parata"},
        SpeakerCase{"APrepositionOpensNoSubject",
                    "Staff writer David Emery posted to Twitter asking if "
                    "there were \"any un-angry Trump supporters?\"",
                    "un-angry", "David Emery"},
        SpeakerCase{"ACountBeforeANameMakesItAModifier",
                    "President Barack Obama spoke to the BBC.\n\nAfter "
                    "nine African-American churchgoers were killed in June, "
                    "he admitted \"politics in this town\" stood in the "
                    "way.",
                    "politics in this town", "Barack Obama"},
        SpeakerCase{"AnAbbreviatedRankIsATitle",
                    "Inspector Dave Gaskin led the search .\n\"We have not "
                    "spoken to them , \" Insp Gaskin said .",
                    "We have not spoken", "Dave Gaskin"},
        SpeakerCase{"ADayAfterTheNameIsNoPartOfIt",
                    "Gary Lawrence runs the firm .\n\"I get very "
                    "disappointed , \" said Lawrence yesterday .",
                    "very disappointed", "Gary Lawrence"},
        SpeakerCase{"WentOnToSay",
                    "Coach Mike Smith spoke first .\nHe went on to say , "
                    "\"we are leaders here . \"",
                    "leaders here", "Mike Smith"},
        SpeakerCase{"ABodyBeforeARoleAndANameIsNotWhomTheSentenceIsAbout",
                    "The man was alive , Helicopter Line pilot Jim Campbell "
                    "told the Herald .\n\"He was very badly hurt . \"",
                    "very badly hurt", "Jim Campbell"},
        SpeakerCase{"TokenisedAgeBeforeTheName",
                    "Wladimir Klitschko won .\n\" It was not easy . \" said "
                    "the 36 - year - old Klitschko , who improved his record "
                    ".",
                    "not easy", "Wladimir Klitschko"},
        SpeakerCase{"BraggedIsSpeech",
                    "A witness told police that Christopher Simpson bragged "
                    "to him that the killing was 'too clean' to solve .",
                    "too clean", "Christopher Simpson"},
        SpeakerCase{"TheManIsTheOneBroughtInAsAMan",
                    "Doctors told the tale of a 43-year-old man who felt "
                    "tired.\n\nThe steroids helped. According to the man, "
                    "they \"had a transformative effect.\"",
                    "transformative", "a 43-year-old man"},
        SpeakerCase{"SomeoneBroughtInUnnamed",
                    "Officials in San Francisco were told.\n\nWIRED spoke to "
                    "one mother, who knew her daughter used the app. \"I am "
                    "so ahead of every other parent,\" she said.",
                    "so ahead", "one mother"},
        SpeakerCase{"SomeoneUnnamedButANamedSpeakerSince",
                    "One man was killed when a landslide struck, said "
                    "official Budi Santoso.\n\n\"His body was found "
                    "later,\" he said.",
                    "His body was found", "Budi Santoso"},
        SpeakerCase{"AParagraphAfterASentenceAboutHim",
                    "President Barack Obama visited Kenya.\n\nHowever, he "
                    "defended his decision to visit those governments.\n\n"
                    "\"Well, they're not ideal institutions.\"",
                    "not ideal institutions", "Barack Obama"},
        SpeakerCase{"TheEndOfABodysNameGivenInFull",
                    "But, as Parliament's Joint Committee on Intelligence "
                    "and Security has pointed out, it would be used \"for "
                    "the purpose of finding sources\".",
                    "for the purpose",
                    "Joint Committee on Intelligence and "
                    "Security"},
        SpeakerCase{"SheSaidLongAfterTheWomanWasNamed",
                    "Tishana King says she saw it all .\nThe police came "
                    ".\nThe crowd grew .\nThe tape was reviewed .\nIt "
                    "shows nothing .\nThe lawyers met .\n“ I couldn ’ t "
                    "see , ” she said during the session .",
                    "I couldn ’ t see", "Tishana King"},
        SpeakerCase{"AStatementIsNoWomansWords",
                    "Taylor Swift said the label blocked her. She was "
                    "upset.\n\nThe company denied it in a statement.\n\n"
                    "\"We were shocked,\" the statement read.",
                    "We were shocked", "the statement"},
        SpeakerCase{"QuotedAsSaying",
                    "Gray was shot .\n\"The cops jumped out of the car so "
                    "fast , \" the New York Daily News quoted witness "
                    "Devonte Brown as saying .",
                    "The cops jumped", "Devonte Brown"},
        SpeakerCase{"SaidThenTheNameSetOffByCommas",
                    "The acquisition , said Papermaster , \"allows us to "
                    "redefine the server . \"",
                    "allows us", "Papermaster"},
        SpeakerCase{"NotTheObjectOfWarning",
                    "Theresa May accused Vladimir Putin of meddling , warning "
                    "Moscow : \"We know what you are doing . \"",
                    "We know", "Theresa May"},
        SpeakerCase{"TwoRolesThenTheName",
                    "\" We saw a chance , \" said SeaMicro CEO and new AMD "
                    "general manager Andrew Feldman .",
                    "We saw a chance", "Andrew Feldman"},
        SpeakerCase{"ARoleOfABodyInApposition",
                    "\"I can't wait . \"\nBen Stephenson , controller of BBC "
                    "Drama Commissioning said Capaldi was \"an extraordinarily "
                    "talented actor\" .",
                    "talented actor", "Ben Stephenson"},
        // Regressions from the second review of the session's rules.
        SpeakerCase{"AVerbBetweenTwoNamesIsNoRole",
                    "Joe Biden met Mary Jones at the White House on Monday. "
                    "\"It was a very good meeting,\" he said.",
                    "very good meeting", "Joe Biden"},
        // (Two people, not a body's name: since joint speakers are given
        // as such, both of them.)
        SpeakerCase{"TwoPeopleJoinedByAndAreNoBody",
                    "Mary Jones and Tom Brown met the press on Monday.\n\n"
                    "Mary Jones and Tom Brown said \"we are happy with the "
                    "result today\".",
                    "we are happy", "Mary Jones and Tom Brown"},
        SpeakerCase{"AnOpeningWordOfABodysName",
                    "New Zealand Department of Conservation rangers found the "
                    "bird on Monday.\n\n\"It is a sad day for all of us,\" "
                    "the conservation department said.",
                    "a sad day", "New Zealand Department of Conservation"},
        SpeakerCase{"LastIsNoAdjunctInADescription",
                    "\"We are all still here,\" said the last survivor of "
                    "the crash.",
                    "still here", "the last survivor of the crash"},
        SpeakerCase{"HeOpeningTheSentenceBefore",
                    "Bob Smith arrived in town.\n\nThe weather was bad.\n\n"
                    "He defended his decision. \"Well, we tried hard here and "
                    "we lost.\"",
                    "we tried hard", "Bob Smith"},
        SpeakerCase{"ASonIsNotHisFather",
                    "John Smith Jr. was arrested in May. His father, John "
                    "Smith, said \"my son is innocent of all of this\".",
                    "my son is innocent", "John Smith"},
        SpeakerCase{"ANameParticleWithAHyphen",
                    "\"We will never give up our land,\" said Syrian "
                    "President Bashar al-Assad.",
                    "never give up", "Bashar al-Assad"},
        SpeakerCase{"JohnAndJoanAreTwoPeople",
                    "John Smith spoke first. Joan Smith spoke later.\n\nThe "
                    "hall was full.\n\nIt rained.\n\n\"We won,\" Smith "
                    "said.",
                    "We won", "John Smith"},
        SpeakerCase{"AStraySecondMarkAfterASingleQuotation",
                    "‘We will always protect our workers’’, the boss said.",
                    "protect our workers", "the boss"},
        SpeakerCase{"TheCompanyIsTheFirmOpeningASentenceBefore",
                    "TSMC , the world 's largest maker of chips , said it "
                    "will go on making them for ATI .\n`` We will keep our "
                    "partnership , '' the company said .",
                    "keep our partnership", "TSMC"},
        SpeakerCase{"TheCompanyIsNoPersonNamedBefore",
                    "Mary Jones runs the shop .\n`` We will stay open , '' "
                    "the company said .",
                    "stay open", "the company"},
        SpeakerCase{"AStudyByABody",
                    "As we noted, a March 2019 study by the Centre for "
                    "Economic Policy Research, a London-based think tank, "
                    "concluded that, using standard methods, \"the full "
                    "incidence of the tariff falls on consumers.\"",
                    "the full incidence",
                    "Centre for Economic Policy Research"},
        SpeakerCase{"TheAgeOfSomeoneInTheStory",
                    "U.S. Masters champion Trevor Immelman was made a life "
                    "member .\n`` I actually have goosebumps , '' said the "
                    "29-year-old on the eve of the Open .",
                    "goosebumps", "Trevor Immelman"},
        SpeakerCase{"TheTokenisedAgeOfSomeoneInTheStory",
                    "Peter Capaldi was cast on Sunday .\n`` It is a "
                    "privilege , '' said the 55 - year - old .",
                    "a privilege", "Peter Capaldi"},
        SpeakerCase{"AFilmsTitleIsNoOne",
                    "Tara Reid checked in to rehab .\nThe actress , who shot "
                    "to fame in 1999 movie American Pie , decided to go last "
                    "week .\n'We appreciate your respect , ' her rep says in "
                    "a statement .",
                    "We appreciate your respect", "Tara Reid's rep"},
        SpeakerCase{"HeIsWhomTheSentenceBeforeReports",
                    "Among the dead was a girl , identified as Yolanda "
                    "Mandofi , said local hospital director Hengky Tewu .\n`` "
                    "Our ambulances are picking up two more , '' he said .",
                    "Our ambulances", "Hengky Tewu"},
        SpeakerCase{"ReportedBeforeAfterARelativeClause",
                    "Billy King hired Jim O'Brien last year.\nSnider, who "
                    "attended King's news conference, said he backed King.\n"
                    "\"I really don't question Billy at all,\" he said.",
                    "I really don't question", "Snider"},
        SpeakerCase{"ACapitalisedVerbFormIsAName",
                    "The actress has checked into Promises Treatment Center "
                    ", according to her publicist , Jack Ketsoyan .\n`` We "
                    "appreciate your respect , '' he said .",
                    "We appreciate your respect", "Jack Ketsoyan"},
        SpeakerCase{
            "DeanIsAFirstName",
            "AMD's server business could use a lift , noted Dean "
            "McCarron , principal analyst at Mercury Research .\n\"They "
            "are obviously experiencing a decline , \" he said .",
            "They are obviously", "Dean McCarron"},
        SpeakerCase{"ANounAfterThoseIsNoVerb",
                    "Rep. Brian Babin spoke.\n\nBabin referred to those "
                    "comments at last week’s hearing, concluding that the "
                    "odds of full funding were ”dwindling.”",
                    "dwindling", "Brian Babin"},
        SpeakerCase{"TheStatementIsWhoeverIssuedIt",
                    "On Monday, Big Machine Records issued a statement after "
                    "Swift scolded her former label.\n\nThe statement, which "
                    "was obtained by the Los Angeles Times, said the matter "
                    "was closed.\n\n"
                    "\"It should be noted that artists do not need label "
                    "approval,\" the statement continued.",
                    "It should be noted", "Big Machine Records"},
        SpeakerCase{"TheProductionCompanyNamedAsASubjectBefore",
                    "However, shortly after news broke on Monday, Dick Clark "
                    "Productions denied that it had settled.\n\n\"At no time "
                    "did we agree to it,\" the production company said.",
                    "At no time", "Dick Clark Productions"},
        SpeakerCase{"HeIsTheRoleTheSentenceBeforeReports",
                    "In Banda Aceh , people slept outdoors as the area was "
                    "hit by aftershocks , a local official told AFP .\n\"We "
                    "have a power outage now , \" he added .",
                    "We have a power outage", "a local official"},
        SpeakerCase{"AccordingToOpeningALongSentence",
                    "According to a 2018 survey by Penelope Muse Abernathy of "
                    "the University of North Carolina, the firm’s practice "
                    "after acquiring a newspaper in a small town has been to "
                    "“consolidate copy editing and page design” at a center.",
                    "consolidate copy editing", "Penelope Muse Abernathy"},
        SpeakerCase{"AccordingToClosingTheSentence",
                    "Why whales strand remains elusive, but “sickness, "
                    "navigational error, a rapidly falling tide” are all "
                    "thought to contribute, according to the New Zealand "
                    "Department of Conservation.",
                    "sickness", "the New Zealand Department of Conservation"},
        SpeakerCase{"AccordingToAPossessorsRole",
                    "A church burned in Wasilla .\nAccording to the church 's "
                    "minister , `` We have no idea what caused it '' .",
                    "We have no idea", "the church 's minister"},
        SpeakerCase{"SaidASomeoneDescribedInFull",
                    "`` I do feel bad when I see property burned , '' said a "
                    "man wearing ski goggles and a dark blue jacket .",
                    "I do feel bad",
                    "a man wearing ski goggles and a dark "
                    "blue jacket"},
        SpeakerCase{"SaidASomeoneDescribedShortOfWhen",
                    "\"They are acting rowdy,\" said a police officer at the "
                    "scene on Monday.",
                    "They are acting rowdy", "a police officer at the scene"},
        SpeakerCase{"TheSubjectAfterAnOpeningClause",
                    "\"That is exactly right,\" said Mark Papermaster.\nWhen "
                    "asked about when AMD and SeaMicro started talking, "
                    "Papermaster would not be specific, except to say that "
                    "AMD \"moved very, very rapidly.\"",
                    "moved very", "Mark Papermaster"},
        SpeakerCase{"AClauseSubjectAfterAfter",
                    "His comments come weeks after Theresa May used a speech "
                    "last month to accuse Vladimir Putin of meddling and "
                    "warned Moscow: “We know what you are doing.”",
                    "We know what", "Theresa May"},
        SpeakerCase{"TheOneARelativeClauseIsAbout",
                    "A Brooklyn woman who claims she had a “bird's-eye "
                    "view” of the shooting says the youth did not have a "
                    "gun.",
                    "bird's-eye view", "a Brooklyn woman"},
        SpeakerCase{"AnAppositionBeforeWhoIsNoSubject",
                    "Senator James Lankford, an Oklahoma Republican who "
                    "warned of the deficit's dangers, played down that "
                    "threat.\n\n“I understand it’s a risk,” he said.",
                    "I understand", "James Lankford"},
        SpeakerCase{"AParticipleAfterTheQuotationIsNoNoun",
                    "Overuse is the \"single leading factor\" contributing to "
                    "this problem, the CDC says.",
                    "single leading factor", "CDC"},
        SpeakerCase{"ToldWhomClosingTheSentence",
                    "The generals seized power in an operation against "
                    "\"criminals\" in his entourage, a senior political "
                    "source told Reuters.",
                    "criminals", "a senior political source"},
        SpeakerCase{"SpeaksOf",
                    "Coach Norv Turner arrived.\n\nTurner often speaks of "
                    "signing \"character\" players.",
                    "character", "Norv Turner"},
        SpeakerCase{"AQuotationAloneAfterAParagraphAboutOnePerson",
                    "Hori Parata leads the recovery group.\n\nWhales came "
                    "ashore again in May.\n\nFor Parata and his family the "
                    "deaths are personal.\n\n“It’s very emotional. We need "
                    "to listen.”",
                    "very emotional", "Hori Parata"},
        SpeakerCase{"AsSomeoneReported",
                    "He put up a flag – “igniting,” as Reuters reported, "
                    "fears of an attack.",
                    "igniting", "Reuters"},
        SpeakerCase{"AsSomeoneDubbedIt",
                    "Michael Reed runs the company.\n\nThe “new Gannett,” "
                    "as Reed dubbed the combination, will be national.",
                    "new Gannett", "Michael Reed"},
        SpeakerCase{"DescribedAsByNoOneNamed",
                    "Earlier this year a mass stranding that was described "
                    "as “unprecedented” left the tribe scrambling.",
                    "unprecedented", ""},
        SpeakerCase{"TheWritersOwnClauseNamesNoOne",
                    "Her upbringing has nothing to do with it .\nI was "
                    "appalled to hear comments like , `` Well , she put "
                    "herself in the limelight . ''",
                    "she put herself", ""},
        SpeakerCase{"APronounWithItsContraction",
                    "Mark Heller took the case.\n\n“I never lose,” he’d "
                    "said.",
                    "I never lose", "Mark Heller"},
        SpeakerCase{"ATitleWordInABodysName",
                    "\"We will build,\" General Motors said.", "We will build",
                    "General Motors"},
        SpeakerCase{"ATitleWordInAShopsName",
                    "Sales rose.\n\n\"No comment,\" Home Depot said.",
                    "No comment", "Home Depot"},
        SpeakerCase{"TheSpokesmanWhoSpokeBefore",
                    "Later, the prime minister's official spokesman said Mrs "
                    "May had \"full confidence\" in Johnson.\n\n\"He is "
                    "doing a good job,\" the spokesman said.",
                    "He is doing", "the prime minister's official spokesman"},
        SpeakerCase{
            "TheCompanyNamedUpTop",
            "Apple on Tuesday unveiled a new iPhone.\n\n\"This is the "
            "best iPhone,\" said Tim Cook, Apple's chief "
            "executive.\n\nThe company said the phone would go on "
            "sale on Friday.\n\nThe shares rose.\n\n\"We think customers "
            "will love it,\" the company said.",
            "We think customers", "Apple"},
        SpeakerCase{"ManagingDirectorIsATitle",
                    "ATI Technologies India MD Dasaradha R Gude told ET that "
                    "the combination would drive growth .\n`` Our work is "
                    "complementary , '' he said .",
                    "Our work is complementary", "Dasaradha R Gude"},
        SpeakerCase{"TheBodyNamedBeforeItsStatement",
                    "Dasaradha R Gude told ET that the deal would drive "
                    "growth .\nThe AMD statement said , `` We can not "
                    "speculate on the implications . ''",
                    "We can not speculate", "AMD"},
        SpeakerCase{"NoSpeakerAnywhere",
                    "The report ended there.\n\n\"Nobody will ever know what "
                    "happened on that night in the harbour.\"",
                    "Nobody will ever know", ""},
        // Regression: a body's name cut short stood for it ("the
        // Association", "Athletics Federation" of a longer name), and a
        // plural's possessive inside a body's tokenised name cut it.
        SpeakerCase{"TheBodyNamedInFullBefore",
                    "The Association of Freight Carriers opposed the "
                    "plan.\n\nThe Association said it would \"divert "
                    "resources\".",
                    "divert resources", "Association of Freight Carriers"},
        SpeakerCase{"ABodysNameOverOfThe",
                    "The Athletics Federation of the Rift Region, which "
                    "sanctions the event, said the run was \"world "
                    "class\".",
                    "world class", "Athletics Federation of the Rift Region"},
        SpeakerCase{"ATokenisedPluralsPossessiveInsideABodysName",
                    "The Beverage Producers ' Federation said : `` Soft "
                    "drinks can be enjoyed . ''",
                    "Soft drinks", "Beverage Producers ' Federation"},
        // Regression: "according to" stopped at a hyphen ("Pedalwise
        // co"), a description at a plural's possessive, and a police
        // rank did not mark a name in lower-cased text.
        SpeakerCase{"AccordingToAHyphenedRole",
                    "According to Pedalwise co-founder Jules Okonkwo, "
                    "\"Commuters have stopped thinking of e-bikes as toys.\"",
                    "Commuters", "Jules Okonkwo"},
        SpeakerCase{"APluralsPossessiveInADescription",
                    "The state's farmers' federation welcomed the package "
                    "but said it was \"months too late\".",
                    "months too late", "the state's farmers' federation"},
        SpeakerCase{"APoliceRankBeforeALowerCasedName",
                    "police said the driver fled . \" we believe he was "
                    "hurt , \" sgt. maria lopez-gant said .",
                    "we believe", "Maria Lopez-Gant"},
        SpeakerCase{"APoliceRankBeforeALowerCasedNameWithAnApostrophe",
                    "the driver fled . `` we believe he was hurt , '' det. "
                    "sgt. john o'hara said .",
                    "we believe", "John O'Hara"},
        // Regression: a time opening the sentence was read as part of
        // the subject ("Last month the actress", "Earlier").
        SpeakerCase{"ATimeBeforeTheSubject",
                    "Kerry-Ann Loveday split from her husband.\n\nLast "
                    "month the actress said it was \"complicated\".",
                    "complicated", "Kerry-Ann Loveday"},
        SpeakerCase{"AnEarlierTimeBeforeTheSubject",
                    "Kerry-Ann Loveday split from her husband.\n\nEarlier "
                    "this week the actress told fans she was \"fine\".",
                    "fine", "Kerry-Ann Loveday"},
        // Regression: "the spokesman" went to whoever was last named, not
        // to the spokesman the story brought in; and "Calder Springs, a
        // rep for the pair confirmed" made the town a rep.
        SpeakerCase{"TheRoleTheStoryBroughtIn",
                    "A spokesman for the council confirmed the closure. "
                    "Mayor Jane Hill visited the site on Friday.\n\n\"We had "
                    "no choice,\" the spokesman said.",
                    "We had no choice", "a spokesman for the council"},
        SpeakerCase{"ARoleOpeningAClauseIsNoApposition",
                    "The couple married outside Calder Springs, a rep for "
                    "the pair confirmed to E! News.\n\n\"It was intimate,\" "
                    "the rep said.",
                    "It was intimate", "a rep for the pair"},
        // Regression: a dateline was read as the sentence's subject, and
        // "the weather agency" as the place named last.
        SpeakerCase{"ADatelineIsNoSubject",
                    "MARSHALL CITY — Gov. Catherine Wexford said Wednesday "
                    "she would veto the budget, calling it \"dead on "
                    "arrival\".",
                    "dead on arrival", "Catherine Wexford"},
        SpeakerCase{"TheShorterFormOfAReportingDescription",
                    "TOKYO ( Reuters ) - A strong earthquake struck off "
                    "northern Japan on Thursday , officials said .\nThe "
                    "quake hit at a depth of about 40 km , the national "
                    "weather agency said .\nThe weather agency said there "
                    "was “ no risk of a tsunami ” .",
                    "no risk", "the national weather agency"},
        // Regression: a plural noun before its verb was read as a speech
        // verb ("advance orders were"), and "a pattern researchers call"
        // as someone brought in.
        SpeakerCase{"APluralNounBeforeItsVerbIsNoSpeechVerb",
                    "Bluefern Records said in a statement that advance "
                    "orders were \"the strongest in the label's history.\"",
                    "the strongest", "Bluefern Records"},
        SpeakerCase{"APluralAfterAIsNoOneBroughtIn",
                    "Teens slept longer on weekends, a pattern researchers "
                    "call \"social jet lag\".\n\nThe researchers wrote that "
                    "their results were \"observational and cannot "
                    "establish causation\".",
                    "observational", "the researchers"},
        // Regression: the first of two surnames named no one.
        SpeakerCase{"TheFirstOfTwoSurnames",
                    "The mayor, Gabriel Ortega Ruiz, said the supply had "
                    "been restored. “Tonight everyone can shower,” Ortega "
                    "said with a smile.",
                    "Tonight everyone", "Gabriel Ortega Ruiz"},
        SpeakerCase{"AHeadlinesWordAfterANameIsNoSurname",
                    "Doctor Who Revealed : Peter Capaldi Cast as the 12th "
                    "Time Lord !\nPeter Capaldi is set to replace Matt Smith "
                    ".\n`` I am thrilled , '' Capaldi said .",
                    "I am thrilled", "Peter Capaldi"},
        // Regression: a caption's harbour carried the quotation after it.
        SpeakerCase{"APlaceInACaptionSaysNothing",
                    "“People dismiss us,” says Mere Tohu, a kaumātua.\n\n"
                    "Waiora Harbour seen from the hills, with mangroves\n\n"
                    "“We are not foreigners in this land.”",
                    "We are not foreigners", "Mere Tohu"},
        // Regression: "he said" after "..., said the official." found no
        // one, and "the official" was the apposition's words, not the one
        // it describes.
        SpeakerCase{"HeAfterSaidTheOfficial",
                    "Five people had died , Fauzi , an official from the "
                    "local disaster agency , told AFP .\nA landslide engulfed "
                    "a plantation , said the official who uses one name .\n\" "
                    "A man was working there , \" he said .",
                    "A man was working", "Fauzi"},
        // Regression: a description the story never brought in stood for
        // no one, where its paragraph names one person.
        SpeakerCase{"ADescriptionOfTheOnePersonItsParagraphNames",
                    "Regular customer Walt Brenner has eaten breakfast at "
                    "the counter since 1989. \"Same stool, same coffee,\" the "
                    "retired mail carrier said.",
                    "Same stool", "Walt Brenner"},
        // Regression: "it said" went to the woman named last; and "the
        // agency" stood short of the name the story gave it.
        SpeakerCase{"ItIsTheBodyNoPerson",
                    "\"We have hope,\" said Carlos Ixcot, a coordinator with "
                    "the national disaster agency.\n\nMarta Chavajay, 38, said "
                    "she ran out of her house. \"It was gone,\" she "
                    "said.\n\nThe agency said more rain was forecast. "
                    "\"Conditions remain dangerous,\" it said in a statement.",
                    "Conditions remain", "the national disaster agency"},
        // Regression: a clause after "the mother of one victim," cut her
        // description short.
        SpeakerCase{"WhoseMotherAcrossAClause",
                    "The mother of one victim , whose name is being withheld "
                    ", said : `` My son used to love this game . ''",
                    "My son", "the mother of one victim"},
        // Regression: a work's title inside a role made it no role.
        SpeakerCase{"AWorksTitleInsideARole",
                    "James Van Der Beek and his wife lost the baby.\n\nThe "
                    "actor shared a clip of the ultrasound.\n\n\"Hearing the "
                    "heartbeat was special,\" the \"Pose\" actor previously "
                    "said.",
                    "Hearing the heartbeat", "James Van Der Beek"},
        // Regression: "U.S." inside "a senior U.S. negotiator" was taken
        // for the speaker.
        SpeakerCase{"ANameModifyingANounAfterA",
                    "A senior U.S. negotiator, speaking on condition of "
                    "anonymity, said Washington would not accept \"legally "
                    "binding targets.\"",
                    "legally binding", "a senior U.S. negotiator"},
        SpeakerCase{"ANameModifyingANounAfterATokenised",
                    "A senior U.S . negotiator , speaking on condition of "
                    "anonymity , said Washington would not accept `` legally "
                    "binding targets . ''",
                    "legally binding", "a senior U.S . negotiator"},
        // Regression: "which this week declared" took the time for the
        // subject; "a guesthouse called" the guesthouse for a speaker.
        SpeakerCase{"WhichThisWeekDeclared",
                    "Parts of the district have had little rain, according "
                    "to the National Climate Bureau, which this week "
                    "declared the area in \"serious rainfall deficiency\".",
                    "serious rainfall", "National Climate Bureau"},
        SpeakerCase{"AThingCalledSaysNothing",
                    "“ The shaking went on for 40 seconds , ” said Yuko "
                    "Tanabe , 52 , who runs a small guesthouse called “ Umi "
                    "no Ie ” in Hamasaki . “ Plates fell off the shelves . ”",
                    "Plates fell", "Yuko Tanabe"},
        // Regression: "the witness" was not the eyewitness brought in.
        SpeakerCase{"TheWitnessIsTheEyewitnessBroughtIn",
                    "An eyewitness , who said she was leaving a nearby "
                    "restaurant , described the scene . “ He was laughing , ” "
                    "the witness said .",
                    "He was laughing", "an eyewitness"},
        // Regression: "Brooks' rep, Alicia Fontaine, said" gave Brooks.
        SpeakerCase{"AnSNamesRepInApposition",
                    "Tyler Brooks was arrested.\n\nBrooks' rep, Alicia "
                    "Fontaine, said in a statement: \"Tyler takes this matter "
                    "very seriously.\"",
                    "Tyler takes", "Alicia Fontaine"},
        // Regression: "his wife" of one of a couple named together was no
        // one named.
        SpeakerCase{"HisWifeOfACouple",
                    "The groom's parents, Clive and Susan Harrington, "
                    "arrived at noon.\n\nMr Harrington said: 'This is the "
                    "best day of my life.'\n\nHis wife laughed: 'He has been "
                    "practising his speech for months.'",
                    "practising his speech", "Susan Harrington"},
        // Regression: "A witness who was driving ... said" went to the man
        // named before.
        SpeakerCase{"AWitnessWhoSaid",
                    "\"It was like a bomb,\" Ernest Pulaski said.\n\nA witness "
                    "who was driving behind the minivan said the pickup "
                    "\"came out of nowhere.\"",
                    "came out of nowhere", "a witness"},
        SpeakerCase{"AnotherUserWhoSaid",
                    "“ It was chaos , ” Jumaane Williams wrote .\nAnother "
                    "Twitter user who is apparently at the site said that the "
                    "riot 'sounds like a war zone . '",
                    "sounds like a war zone", "another Twitter user"},
        // Regression: a speaker introduced with a colon lost to the next
        // sentence's; a testimonial's dash and name said nothing.
        SpeakerCase{"ToldParliamentColon",
                    "The minister , Olaf Strand , told parliament : \" The "
                    "budget is balanced . \" Opposition leader Birgit Hallen "
                    "said the claim was \" accounting fiction . \"",
                    "The budget is balanced", "Olaf Strand"},
        SpeakerCase{"ATestimonialsDashAndName",
                    "Customers have responded to the programme.\n\n“I’ve "
                    "saved more in three months than all of last year.” — "
                    "Fatima Osei, member since 2019",
                    "saved more", "Fatima Osei"},
        // Regression: "the complaint" stood short of "the criminal
        // complaint" the story named.
        SpeakerCase{"TheFindingAsTheStoryNamedIt",
                    "Prosecutors filed the criminal complaint on Monday.\n\n"
                    "The complaint said he \"systematically altered the "
                    "ledgers\".",
                    "systematically", "the criminal complaint"},
        // Regression: an adverb between a pronoun and its verb made "He
        // instead" a name; a place after "in" ended the subject; "he"
        // after "said <body> <role> <name>" went to the body.
        SpeakerCase{"PronounThenAdverbThenVerb",
                    "Martin Averill met the committee.\n\nHe instead told the "
                    "reporter: \"I chose to go and see him.\"",
                    "I chose to go", "Martin Averill"},
        SpeakerCase{"NamedOneOfABodyInAPlace",
                    "Vendors rushed out fixes .\nAnalyst Mira Castell of "
                    "Castell Research in Palo Alto said it was `` striking '' "
                    "how fast they moved .",
                    "striking", "Mira Castell"},
        SpeakerCase{
            "PronounAfterBodyRoleAndName",
            "`` Patch now , '' said Cobalt Vantage advanced threat researcher "
            "Tomas Varga .\n`` The flaw is being used in the wild , '' "
            "he said .",
            "used in the wild", "Tomas Varga"},
        // Regression: roles listed with commas before a name, a company's
        // kind before its name and a football position before a player's
        // name were taken for part of the name, or no speaker at all.
        SpeakerCase{"RolesListedBeforeTheName",
                    "Larchmont Stores reported on Tuesday.\n\n\"Sales held "
                    "up well,\" chairman, CEO and president Nadia Orwell said "
                    "in the release.",
                    "Sales held up", "Nadia Orwell"},
        SpeakerCase{"ACompanysKindIsNoPartOfItsName",
                    "Publisher Quillmark said the novel was \"our biggest "
                    "launch.\"",
                    "biggest launch", "Quillmark"},
        SpeakerCase{"AFootballPositionIsNoPartOfTheName",
                    "The Hawks lost. LB Darnell Pryce said it was \"a "
                    "disgrace.\"",
                    "a disgrace", "Darnell Pryce"},
        // Regression: people described by where they work were the body
        // they work at.
        SpeakerCase{"PeopleAtABodyAreNotTheBody",
                    "A worm hit banks .\nResearchers at security company "
                    "Norrow Vale say it is `` spreading fast '' .",
                    "spreading fast",
                    "researchers at security company Norrow Vale"},
        // Regression: a country's abbreviation before a body's kind made
        // it a name of its own.
        SpeakerCase{"ACountrysKindOfBody",
                    "Keldara Systems issued a fix on Monday .\nThe US "
                    "software maker said the flaw was `` under control . ''",
                    "under control", "Keldara Systems"},
        // Regression: "the statement" was whoever its sentence opened
        // with, not the one who "said in a statement".
        SpeakerCase{"TheStatementOfWhoSaidInOne",
                    "Three Norwegian climbers were rescued on Friday, the "
                    "mountain rescue service said in a statement.\n\n\"All "
                    "three are in good health,\" the statement said.",
                    "good health", "the mountain rescue service"},
        // Regression: a title after a body's name ("Crown Court Judge")
        // tied no role to the name, and "a judge on Monday jailed the
        // driver" was all taken for who the judge is.
        SpeakerCase{"ATitleAfterABodysName",
                    "A judge on Monday jailed the driver for six years .\nHe "
                    "will serve the term after Crown Court Judge Alys Pennant "
                    "ruled on each count .\n`` You showed no remorse , '' the "
                    "judge said .",
                    "no remorse", "Alys Pennant"},
        SpeakerCase{"WhenIsNoPartOfWhoWasBroughtIn",
                    "A magistrate on Friday fined the company .\n`` This was "
                    "reckless , '' the magistrate said .",
                    "reckless", "a magistrate"},
        // Regression: a verb after ", but" went to the sentence's first
        // subject.
        SpeakerCase{"TheSubjectAfterBut",
                    "Premier Olga Varnet wants the troops home, but Admiral "
                    "Pieter Haas, head of the navy, told reporters on Monday "
                    "that they would stay \"for some years yet\".",
                    "for some years", "Pieter Haas"},
        // Regression: a speech verb more than 24 words before the
        // quotation, past a name in quotation marks, was not looked at.
        SpeakerCase{"AVerbFarBackInALongSentence",
                    "Veltrix said on its website that it released the "
                    "update , known as a \"Quick Fix , \" as an emergency "
                    "measure to protect its many customers after it learned "
                    "about \"very limited , targeted attacks\" that made use "
                    "of the bug .",
                    "targeted attacks", "Veltrix"},
        // Regression: "he" after "a call to Daniel's office, in which"
        // made Daniel a man, so "she" went to another woman.
        SpeakerCase{"HeAfterAPossessorIsTheSubjects",
                    "Dorsey was arrested in May for a call he reportedly made "
                    "to Daniel’s office, in which he said he’d put a “bullet "
                    "in her head.”\n\nRep. Maria Lopez (D-Ore.) soon after "
                    "the arrest tied the case to TV host Lena Voss’s remarks "
                    "on Daniel’s scarf.\n\nDaniel asked for mercy at Dorsey's "
                    "sentencing in a letter posted online Monday, saying she "
                    "did not think a long sentence would help. She added, "
                    "\"We must answer hate with love.\"\n\n\"Who are we if we "
                    "answer threats with threats? \" she wrote in the letter. "
                    "\"Hate is not the answer.\"\n\nSharing my letter on the "
                    "sentencing of Frank W. Dorsey, a man convicted of "
                    "threatening my life.\nWe must bring compassion to "
                    "justice.\n\n— Rep. Ilwad Daniel (@Ilwad) March 3, 2020",
                    "answer hate with love", "Ilwad Daniel"},
        // Regression: "the blog" whose blog the story said ("on its
        // security blog, Corvane says") spoke for no one.
        SpeakerCase{"TheBlogOfWhoseItWas",
                    "Corvane patched its servers .\nIn a post on its "
                    "engineering blog , Corvane says the outage was brief .\n"
                    "The blog adds , \"No customer data was lost . \"",
                    "No customer data", "Corvane"},
        // Regression: "who was identified as" named no one; "the
        // convicted killer" was no one the story named; a weekday after a
        // name was taken into it.
        SpeakerCase{"WhoWasIdentifiedAs",
                    "\"It was chaos,\" said the older man, who was "
                    "identified as Witness No. 4.",
                    "It was chaos", "Witness No. 4"},
        SpeakerCase{"TheConvictedKillerIsTheOneNamed",
                    "A jury on Friday convicted Darren Holt of murder .\n"
                    "Holt , 41 , showed no emotion .\n`` I am sorry , '' the "
                    "convicted killer said .",
                    "I am sorry", "Darren Holt"},
        SpeakerCase{"AWeekdayAfterANameIsNoPartOfIt",
                    "Police arrested Darren Holt Saturday in Leeds .\n`` I "
                    "am innocent , '' he said .",
                    "I am innocent", "Darren Holt"},
        // Regression: a first name an editor put in brackets inside a
        // quotation gave the surname no fuller name.
        SpeakerCase{"AFirstNameInBracketsGivesTheFullName",
                    "“Coach (Martin) Okafor came in and said well done,” "
                    "Reyes said.\n\n“He is playing terrific football,” "
                    "Okafor said.",
                    "terrific football", "Martin Okafor"},
        // A full name said only inside a quotation gives the surname its
        // fuller form.
        SpeakerCase{"AFullNameSaidOnlyInAQuotation",
                    "“I told Gemma Okafor to wait for the final whistle,” "
                    "Reyes said.\n\n“We earned it,” Okafor said.",
                    "We earned it", "Gemma Okafor"},
        // Regression: a pronoun run into the block before it ("latest
        // updatesShe added") was read as part of a name.
        SpeakerCase{"APronounRunIntoTheBlockBefore",
                    "Marta Kovac spoke on Monday.\n\nSign up for our "
                    "newsletter for the latest updatesShe added \"We will "
                    "not back down.\"",
                    "not back down", "Marta Kovac"},
        // Regression: "and warned" after "X used a speech to accuse"
        // went to the sentence's first subject, the infinitive skipped.
        SpeakerCase{"AndWarnedGoesOnFromTheNamedVerb",
                    "His remarks, a signal that Norway is ready, come weeks "
                    "after Ingrid Solheim used a speech to accuse the "
                    "cartel of fraud and warned them: \"We are watching.\"",
                    "We are watching", "Ingrid Solheim"},
        SpeakerCase{"AndAddedGoesOnFromTheReportingVerb",
                    "Officer Dana Lyons said that Comeaux used a wheelchair "
                    "and added, \"He fled on foot, so that is in doubt.\"",
                    "fled on foot", "Dana Lyons"},
        // Regression: a quotation inside an opening "After telling ..."
        // clause had no speaker; it is the main clause's subject's.
        SpeakerCase{"AnOpeningParticiplesSubjectComesAfter",
                    "After telling reporters that the plan was \"dead on "
                    "arrival\", Senator Paul Ames left the room.",
                    "dead on arrival", "Paul Ames"},
        SpeakerCase{"AnOpeningParticipleWithTheCommaInside",
                    "After telling People that she did n't `` need to do that "
                    "anymore , '' actress Tara Reid checked into a clinic .",
                    "need to do that", "Tara Reid"},
        // Regression: "the Alaska Governor" was a person of that name, whom
        // "she" then went to.
        SpeakerCase{"ARoleAfterAPlaceIsNoName",
                    "Oregon Gov. Laura Brennan visited the site .\nOn "
                    "Saturday , the Oregon Governor said she apologizes if "
                    "the fire was connected to `` the unfair attacks '' on her "
                    "campaign .",
                    "the unfair attacks", "Laura Brennan"},
        // Regression: "the singer and guitarist" was cut at "and" to a
        // role no one was given.
        SpeakerCase{"TwoRolesOfOne",
                    "Pat Rowan opened the show at the Ryman.\n\nAfter the "
                    "encore, the singer and guitarist told the crowd, \"maybe "
                    "we should go on the road.\"",
                    "go on the road", "Pat Rowan"},
        // Regression: where the writing was came into what read it.
        SpeakerCase{"WhereTheWritingWasIsNoPartOfIt",
                    "The theft was found in May.\n\nIn the club's weekly "
                    "newsletter, a note to members read: \"Our doors remain "
                    "open.\"",
                    "Our doors remain open", "a note to members"},
        // Regression: a passive after "In a statement from her people,"
        // named no one.
        SpeakerCase{"APassiveSaysTheDocumentsSource",
                    "Kara Lind checked into a clinic .\nIn a statement from "
                    "her people , it was confirmed , `` Kara is resting . ''",
                    "Kara is resting", "Kara Lind's people"},
        SpeakerCase{"AnAttributionInsideAnUnclosedQuotationNamesIt",
                    "Paul Henry of Lumen said patches were late .\n“ Patch "
                    "every version now , Ada Reyes , head of research at "
                    "Corvane , says .\n\"Attacks are under way . ”",
                    "Patch every version", "Ada Reyes"},
        // Regression: a body's name over "and" was cut to its last part.
        SpeakerCase{"ABodysNameOverAndFromTheStart",
                    "Patients waited for hours.\n\nPenrith and Dale Health "
                    "Board said it \"accepted the findings in full\".",
                    "accepted the findings", "Penrith and Dale Health Board"},
        // Regressions (review of the rules above): "the suspect" is the
        // one arrested, not the sheriff who spoke last, and no one when
        // none is named; "and warned" does not go to a clause's subject;
        // ", while X looked on," is an aside; a possessor's gender moves
        // only after "which"; "identified as Juror No. 12." keeps no stop.
        SpeakerCase{"TheSuspectIsTheOneArrested",
                    "Police arrested Tom Baker on Monday. \"We found the "
                    "weapon in his car,\" Sheriff Dan Price said. \"I didn't "
                    "do it,\" the suspect said.",
                    "I didn't do it", "Tom Baker"},
        SpeakerCase{"AnUnnamedGunmanIsNoOneNamed",
                    "Police said the gunman, whose name was not released, "
                    "fled. \"He is dangerous,\" Captain Tom Reyes said. \"I "
                    "will find you,\" the gunman said in a video.",
                    "I will find you", "the gunman"},
        SpeakerCase{"AndWarnedIsNotAClausesSubject",
                    "Jane Doe met voters in Iowa, where John Brown "
                    "campaigned, and warned: \"This race is not over.\"",
                    "This race", "Jane Doe"},
        SpeakerCase{"AndSaidIsNotARelativeClausesSubject",
                    "Bob Smith, whom Jane Doe appointed last year, resigned "
                    "on Monday and said: \"I am proud of my work.\"",
                    "proud of my work", "Bob Smith"},
        SpeakerCase{"AnAsideWithWhileIsNoClause",
                    "Mayor Bill Smith, while Jane Doe looked on, told "
                    "reporters: \"We will rebuild.\"",
                    "We will rebuild", "Bill Smith"},
        SpeakerCase{"APossessorsWhereMovesNoGender",
                    "Taylor Quist toured Jordan Reed's farm, where she grows "
                    "corn and beans. Quist later met Reed at the market. "
                    "\"The soil here is rich,\" he said.",
                    "soil here is rich", "Taylor Quist"},
        SpeakerCase{"IdentifiedAsKeepsNoStop",
                    "\"I was scared,\" said the white woman, who was "
                    "identified as Juror No. 12. \"It was hard,\" she added.",
                    "It was hard", "Juror No. 12"},
        // Regression: the middle initial "A." was read as the article
        // "a", which made the run a title and left the surname alone.
        SpeakerCase{"AMiddleInitialAIsNoArticle",
                    "Paula A. Brennan chairs the board.\n\n\"We will "
                    "appeal,\" Brennan said.",
                    "We will appeal", "Paula A. Brennan"},
        // Regression: "King" before a suffix was read as a royal title, so
        // the name shrank to "King Jr".
        SpeakerCase{"ASurnameBeforeASuffixIsNoTitle",
                    "Darnell Lee King Jr. leads the union.\n\n\"We will "
                    "strike,\" he said.",
                    "We will strike", "Darnell Lee King Jr"},
        // Regression: "the hospital spokeswoman" was left as she was
        // called there, not the one the story brought in before.
        SpeakerCase{"TheModifiedRoleIsTheOneBroughtInBefore",
                    "A hospital spokeswoman said three were hurt. \"They "
                    "are stable,\" the hospital spokeswoman said.",
                    "They are stable", "a hospital spokeswoman"},
        // ... but an office is held by the one the story names.
        SpeakerCase{"TheForeignSecretaryIsNoOneBroughtInBefore",
                    "Foreign Secretary Jane Doe flew to Oslo, the first visit "
                    "by a British foreign secretary in a decade. \"Talks "
                    "went well,\" the foreign secretary said.",
                    "Talks went well", "Jane Doe"},
        // Regression: "from the" before the author's name hid it, here
        // and where "the statement said" goes back to the statement.
        SpeakerCase{"AStatementFromTheBodyRead",
                    "The statement from the Harbour Trust read: \"The pier "
                    "will reopen.\"",
                    "pier will reopen", "Harbour Trust"},
        SpeakerCase{"TheStatementIsTheOneFromTheBody",
                    "There was a statement from the Harbour Trust on Monday. "
                    "\"The pier will reopen,\" the statement said.",
                    "pier will reopen", "Harbour Trust"},
        // Regression: a sentence about someone's relative before "she
        // said" was passed over (for him, or for no one).
        SpeakerCase{"HisMotherBeforeSheSaid",
                    "Tom Reyes was arrested on Friday. His mother was at "
                    "home. \"He is a good boy,\" she said.",
                    "good boy", "Tom Reyes's mother"},
        SpeakerCase{"TheDriversWifeBeforeSheSaid",
                    "Sgt. Tom Lee said the driver fled. \"He ran,\" Lee "
                    "said. The driver's wife later called police. \"He is "
                    "not dangerous,\" she said.",
                    "not dangerous", "the driver's wife"},
        SpeakerCase{"HerHusbandNamedBeforeHeSaid",  // not her
                    "The ruling angered Siobhan Walsh. \"It is a betrayal,\" "
                    "Walsh said. Her husband, Padraig, was more cautious. "
                    "\"We will wait,\" he said.",
                    "We will wait", "Padraig"},
        // Regression: "X quoted Y as saying" gave X, the one quoting.
        SpeakerCase{"QuotedWithARoleAsSaying",
                    "The Herald quoted Interior Minister Ines Vale as saying: "
                    "\"The pier stays shut.\"",
                    "pier stays shut", "Ines Vale"},
        SpeakerCase{"QuotedAsSayingAfterTheQuotation",
                    "\"The pier stays shut,\" Reuters quoted Ines Vale as "
                    "saying.",
                    "pier stays shut", "Ines Vale"},
        // (The passive, which the new rule reads too.)
        SpeakerCase{"WasQuotedByAsSaying",
                    "Ines Vale was quoted by the Herald as saying the pier "
                    "\"stays shut.\"",
                    "stays shut", "Ines Vale"},
        // Regression: "he replied" after "Lima told Costa" went to Lima,
        // whom the text shows to be a woman.
        SpeakerCase{"HeRepliedIsNotTheWomanWhoSpokeBefore",
                    "Mary Lima and John Costa debated on Monday. \"You are "
                    "wrong,\" Lima told Costa. \"No, you are,\" he replied.",
                    "No, you are", "John Costa"},
        // Regression: the one person the sentence before names, not as
        // its subject, was passed over for no one.
        SpeakerCase{"TheOnePersonTheSentenceBeforeNames",
                    "Dana Whitfield has painted in Maine for 40 years.\n\n"
                    "For Whitfield, the answer is simple. \"You just keep "
                    "painting.\"",
                    "keep painting", "Dana Whitfield"},
        // Regression: a feature's present tense ("shrugs") after a name
        // was no attribution, so the words went to the one quoted before.
        SpeakerCase{"ANameThenShrugs",
                    "Dana Whitfield and Paul Ames run the gallery. \"It was "
                    "hard,\" Ames said.\n\n\"I never planned any of this,"
                    "\" Whitfield shrugs.",
                    "never planned", "Dana Whitfield"},
        // Regression: "WHO" was read as the pronoun "who", so the World
        // Health Organization said nothing.
        SpeakerCase{"TheWHOIsABody",
                    "The World Health Organization (WHO) met on Monday. "
                    "\"The virus is spreading,\" the WHO said.",
                    "virus is spreading", "World Health Organization"},
        SpeakerCase{"TheWHOSaidColon", "The WHO said: \"Wash your hands.\"",
                    "Wash your hands", "WHO"},
        // Regression: "in Kabul" ended the subject, so the place spoke.
        SpeakerCase{"OfficialsInAPlaceAreNotThePlace",
                    "Officials at the U.S. Embassy in Kabul said: \"All "
                    "staff are safe.\"",
                    "staff are safe", "officials at the U.S. Embassy in Kabul"},
        SpeakerCase{"PoliceInAPlace",
                    "Police in Manchester said: \"A man has been "
                    "arrested.\"",
                    "man has been arrested", "Police in Manchester"},
        SpeakerCase{"PoliceInAPlaceAfterTheQuotation",
                    "\"A man has been arrested,\" police in Manchester said.",
                    "man has been arrested", "police in Manchester"},
        // Regression: "Park" made "Helen Park" a place, so "she" had no one.
        SpeakerCase{"ASurnameThatIsAPlacesWord",
                    "On Monday, Helen Park spoke to reporters. She said: "
                    "\"The risk is low.\"",
                    "risk is low", "Helen Park"},
        // ... but a park named for someone is still somewhere.
        SpeakerCase{"APlaceNamedForSomeone",
                    "Ann Cole walked in Victoria Park. \"It was "
                    "beautiful,\" she said.",
                    "beautiful", "Ann Cole"},
        // Regression: "pointed a gun" was read as "pointed out", so the
        // one who pointed it said the officer's words.
        SpeakerCase{"PointedAGunSaysNothing",
                    "Commissioner Ray Kelly said officers fired after Kimani "
                    "Gray pointed a gun at them. \"The officers acted "
                    "appropriately,\" he said.",
                    "acted appropriately", "Ray Kelly"},
        // Regression: the last speech verb of the sentence before, inside
        // an "after" clause, named the speaker instead of its main clause.
        SpeakerCase{"TheMainClauseOfTheSentenceBefore",
                    "Prosecutor Ann Ruiz said the hearing ended after Maria "
                    "Baker pleaded guilty. \"Justice was done,\" she said.",
                    "Justice was done", "Ann Ruiz"},
        SpeakerCase{"TheMainClauseBeforeHeSaid",
                    "Sheriff Dan Ortiz said deputies arrived after Kyle Webb "
                    "posted a video. \"We moved fast,\" he said.",
                    "We moved fast", "Dan Ortiz"},
        // Regression: a comma right before the verb sent the subject back
        // to the sentence's first, the one reporting.
        SpeakerCase{"TheNameSetOffRightBeforeTheVerb",
                    "Ann Ruiz said that her boss, Tom Baker, told her: \"You "
                    "are fired.\"",
                    "You are fired", "Tom Baker"},
        // Regression: "according to Dr. Helen Park" stopped at the
        // title's dot and gave "Dr".
        SpeakerCase{"AccordingToATitleWithADot",
                    "\"The risk is low,\" according to Dr. Helen Park, an "
                    "epidemiologist.",
                    "risk is low", "Helen Park"},
        // Regression: the first of two partial quotations joined by "and"
        // before "according to" was taken for scare quotes.
        SpeakerCase{"TwoPartialQuotationsJoinedByAnd",
                    "The man was \"acting strangely\" and \"very "
                    "agitated,\" according to witnesses.",
                    "acting strangely", "witnesses"},
        // Regression: a short word's dot before a quotation mark ("called
        // 911.") was read as an abbreviation's, so the sentence ran on
        // into the quotation.
        SpeakerCase{"AShortWordEndsTheSentenceBeforeAQuotation",
                    "Ray Kelly said officers arrived after Kimani Gray called "
                    "911. \"The officers acted well,\" he said.",
                    "acted well", "Ray Kelly"},
        // Regression: "family" was read as an adverb in -ly and dropped,
        // leaving "Smith" to speak for the family.
        SpeakerCase{"TheSmithFamily",
                    "\"We are heartbroken,\" the Smith family said.",
                    "heartbroken", "the Smith family"},
        // Regression: "it read" was no attribution; writing reads what it
        // says, for whoever put it out.
        SpeakerCase{"ItReadAfterAStatement",
                    "Acme Corp released a statement. \"We regret the "
                    "error,\" it read.",
                    "regret the error", "Acme Corp"},
        // Regression: the sentence after a question, leading in to the
        // answer with a colon, was read as the question's attribution.
        SpeakerCase{"ALeadInAfterAQuestionIsTheAnswers",
                    "A reporter asked Ann Ruiz: \"Will you resign?\" She "
                    "replied: \"No.\"",
                    "Will you resign", "a reporter"},
        // Regression: a quotation that ended its sentence took the next
        // sentence's subject, though that sentence quotes its own words.
        SpeakerCase{"TheNextSentenceQuotesItsOwn",
                    "Democrats said the bill was \"dead.\" Republicans "
                    "called it \"overdue.\"",
                    "dead", "Democrats"},
        // Review of this stop's rules: each of these misfired on a first
        // version of one.
        SpeakerCase{"TheNameOfTheVictimIsNotTheSpeaker",
                    "Sharon Jones, mother of the victim, Tyrell Jones, said: "
                    "\"He was a good boy.\"",
                    "good boy", "Sharon Jones"},
        SpeakerCase{"AndThenAnotherSpeakerIsNoSubordinateClause",
                    "Tom Baker said prices had risen since March, and "
                    "economist Mark Webb said they would rise further. "
                    "\"Expect more pain,\" he said.",
                    "Expect more pain", "Mark Webb"},
        SpeakerCase{"ARelativeTakenToHospitalIsNotHeard",
                    "Police Chief Tom Baker said a woman, Ann Cole, 34, was "
                    "killed in the crash. Her husband was taken to hospital. "
                    "\"He is in critical condition,\" he said.",
                    "critical condition", "Tom Baker"},
        SpeakerCase{"HasQuotedIsNoPassive",
                    "The Herald has quoted Interior Minister Ines Vale as "
                    "saying: \"The pier stays shut.\"",
                    "pier stays shut", "Ines Vale"},
        SpeakerCase{"QuotedHerAsSaying",
                    "Ines Vale spoke on Monday. The Herald quoted her as "
                    "saying: \"The pier stays shut.\"",
                    "pier stays shut", "Ines Vale"},
        SpeakerCase{"AccordingToASuffixThenANewSentence",
                    "\"It is safe,\" according to Tom Baker Sr. His son "
                    "disagreed.",
                    "It is safe", "Tom Baker Sr"},
        // Regression (older than this stop): a body's role in apposition
        // after one name gave the body.
        SpeakerCase{"OneNameThenABodysRole",
                    "Tedros, WHO director-general, said: \"We are "
                    "worried.\"",
                    "We are worried", "Tedros"},
        // A body's one-word name, then what it is set off by commas:
        // gave a place inside the description, or no one.
        SpeakerCase{"OneWordBodyThenItsDescription",
                    "Acme, the Ohio-based retailer, said: \"We take privacy "
                    "seriously.\"",
                    "privacy", "Acme"},
        SpeakerCase{"OneWordBodyThenALowerCaseDescription",
                    "Nvidia, the chip maker, said in a statement: \"Demand "
                    "is strong.\"",
                    "Demand", "Nvidia"},
        // People opening the sentence, then where they are or what they
        // do: gave a place or the relative clause's words.
        SpeakerCase{"ResidentsWhoLiveInAPlace",
                    "Residents who live in Kabul said: \"We are afraid.\"",
                    "afraid", "Residents who live in Kabul"},
        SpeakerCase{"ResidentsWhoLiveNearSomething",
                    "Residents who live near the plant said: \"We are "
                    "afraid.\"",
                    "afraid", "Residents who live near the plant"},
        // An opening clause's object is no sentence's subject a pronoun
        // goes on with.
        SpeakerCase{"PronounAfterAnOpeningClausesObject",
                    "When Tom Baker hired Carl Diaz in 2019, he said: \"This "
                    "is a great day.\"",
                    "great day", "Tom Baker"},
        SpeakerCase{"PronounAfterAnOpeningClauseWithAfter",
                    "After Ana Ruiz beat Maria Lopez in the final, she said: "
                    "\"I am so happy.\"",
                    "so happy", "Ana Ruiz"},
        // The one named for a body's role is who the sentence is about,
        // not the body whose role it is.
        SpeakerCase{"PronounAfterABodysRoleNamed",
                    "Harlow Polymers’ site director, Selina Markham, visited "
                    "the scene. In a short statement she said: “Paul was a "
                    "valued member of our team.”",
                    "valued member", "Selina Markham"},
        // A letter alone ("culpability A") is no one.
        SpeakerCase{"ALetterIsNoOne",
                    "Judge Helen Stroud spoke. The judge placed the offence "
                    "in culpability A, noting “a high degree of planning”.",
                    "high degree", "Helen Stroud"},
        // The one told heard the words; the verb before reports them.
        SpeakerCase{"PassiveToldThenTheReportingVerb",
                    "Its general secretary, Patrick Lomu, said he had been "
                    "told about the deal \"twenty minutes before the stock "
                    "market\".",
                    "twenty minutes", "Patrick Lomu"},
        // "with X describing": X, not the sentence's subject.
        SpeakerCase{"WithSomeoneDescribing",
                    "A man was jailed for seven years on Friday, with a judge "
                    "describing the attack as \"calculated and spiteful\".",
                    "calculated", "a judge"},
        // What a critic called the film is no film's title.
        SpeakerCase{"CalledTheFilmSomething",
                    "Critic Priya Danforth, writing for the festival daily, "
                    "called the film \"patient, furious and very funny\".",
                    "patient, furious", "Priya Danforth"},
        // A clause of the noun before: its subject starts at its
        // determiner.
        SpeakerCase{"ANounThenTheCompanySays",
                    "Tessory unveiled its new phone on Wednesday. Tessory "
                    "on Wednesday unveiled the \"Glasswing Fold,\" a "
                    "folding smartphone the company says will \"end the "
                    "crease\" for good.",
                    "end the crease", "Tessory"},
        // An age, then what someone does: the one named before.
        SpeakerCase{"AnAgeThenARole",
                    "Morag Beaton has missed her appointment twice. \"The "
                    "first time, I cried,\" the 63-year-old crofter says.",
                    "first time", "Morag Beaton"},
        // No one inside a relative clause is the sentence's subject; and
        // "he said" goes on with one described by a role, whoever else
        // the story names.
        SpeakerCase{"PronounInsideARelativeClause",
                    "A senior executive at a rival mill, who asked not to be "
                    "named because he did business with the family, said "
                    "managers had been \"unsettled\" by the change.",
                    "unsettled", "a senior executive at a rival mill"},
        SpeakerCase{"HeGoesOnWithOneDescribedByARole",
                    "Rohan Mehra runs the mill. A senior executive at a rival "
                    "mill, who asked not to be named, said managers were "
                    "worried. \"There is a feeling that she is in a hurry,\" "
                    "he said.",
                    "There is a feeling", "a senior executive at a rival mill"},
        // A quotation that ends a sentence whose speech verb came before
        // it: the next sentence's subject is about something else.
        SpeakerCase{"NextSentenceAfterAQuotationThatEndedItsOwn",
                    "Tom Baker said it was \"encouraged.\" Patrice Nguyen "
                    "confirmed she intends to keep it.",
                    "encouraged", "Tom Baker"},
        // What a couple are, opening the sentence, is no part of his name.
        SpeakerCase{"PluralRoleBeforeACouple",
                    "Owners Earl and Loretta Pickett opened the diner in 1985. "
                    "\"We loved every minute,\" he said.",
                    "every minute", "Earl Pickett"},
        // A hyphenated role ("the right-hander") is one as "the rookie" is.
        SpeakerCase{"AHyphenatedRole",
                    "Reliever Kenji Watanabe gave up the homer. \"I missed my "
                    "spot,\" the right-hander said.",
                    "missed my spot", "Kenji Watanabe"},
        // "the company": the body an opening word is of, and a firm's
        // name with "&" is no one's full name.
        SpeakerCase{"TheCompanyAfterSharesOfAFirm",
                    "Shares of Marks & Spencer fell. The company said: "
                    "\"Sales fell.\"",
                    "Sales fell", "Marks & Spencer"},
        // A participle goes on with the description that opens the
        // sentence before its verb, not a name in a clause after it.
        SpeakerCase{"ParticipleAfterAnOpeningDescription",
                    "In 2022, the Competition Authority of Kenya investigated "
                    "complaints. The authority closed the case after Kahawa "
                    "House agreed to new terms, saying in a notice that the "
                    "company had \"undertaken to settle all invoices.\"",
                    "undertaken", "Competition Authority of Kenya"},
        // A party and state in brackets between the name and the verb;
        // the state's dot ends no sentence.
        SpeakerCase{"PartyAndStateInBrackets",
                    "Sen. Elizabeth Warren (D-Mass.) said: \"It is a "
                    "scandal.\"",
                    "scandal", "Elizabeth Warren"},
        // (A guard: after the quotation it was right before.)
        SpeakerCase{"PartyAndStateInBracketsAfter",
                    "Sen. Elizabeth Warren spoke first. \"It is a scandal,\" "
                    "Warren (D-Mass.) said.",
                    "scandal", "Elizabeth Warren"},
        // Sources named as "per", "reads a statement from" and "In X's
        // words" had no speaker.
        SpeakerCase{"PerASource",
                    "\"We are investigating,\" per Acme spokesperson Ana "
                    "Ruiz.",
                    "investigating", "Ana Ruiz"},
        SpeakerCase{"ReadsAStatementFrom",
                    "\"We do not comment on rumors,\" reads a statement from "
                    "Apple.",
                    "rumors", "Apple"},
        SpeakerCase{"InSomeonesWords",
                    "In Tim Cook's words, \"privacy is a human right.\"",
                    "human right", "Tim Cook"},
        // The kind of body before its name: the name is the subject, not
        // a word modifying a noun.
        SpeakerCase{"KindOfBodyThenItsName",
                    "Cryptocurrency exchange Vaultex froze customer "
                    "withdrawals on Wednesday and said it was exploring \"all "
                    "strategic options,\" sending its token down.",
                    "strategic options", "Vaultex"},
        // A time of day before the subject is no part of it.
        SpeakerCase{"ATimeOfDayBeforeTheSubject",
                    "Customers of the payments app PayWise could not pay. By "
                    "9 a.m. the company said: \"We are aware of an issue.\"",
                    "aware of an issue", "PayWise"},
        // Review of this stop's rules (each failed on the code before
        // the fix):
        // a description with its participle before a name in apposition.
        SpeakerCase{"ReviewDescriptionWithParticipleThenName",
                    "The man charged with murder, Tom Baker, told the court: "
                    "\"I am innocent.\"",
                    "innocent", "Tom Baker"},
        // a participle's object is no clause of the noun before.
        SpeakerCase{"ReviewParticiplesObjectIsNoSubject",
                    "A fan wearing the club's scarf said: \"We deserved to "
                    "win.\"",
                    "deserved", "a fan wearing the club's scarf"},
        // a body's name over "of".
        SpeakerCase{"ReviewBankOfAmerica",
                    "Bank of America cut 2,000 jobs. The bank said: \"These "
                    "decisions are never easy.\"",
                    "never easy", "the bank"},
        // "with" after no comma is no absolute clause.
        SpeakerCase{"ReviewWithAPostDescribing",
                    "Tom Baker hit back with a post describing the claims as "
                    "\"lies.\"",
                    "lies", "Tom Baker"},
        // the teller after "by".
        SpeakerCase{"ReviewToldBySomeone",
                    "Tom Baker said he had been told by Ana Ruiz: \"You are "
                    "not welcome here.\"",
                    "not welcome", "Ana Ruiz"},
        // a name given in brackets.
        SpeakerCase{"ReviewNameInBrackets",
                    "The company's CEO (Tom Baker) said: \"We are "
                    "thrilled.\"",
                    "thrilled", "Tom Baker"},
        // an age the text gave the one named last is not this one.
        SpeakerCase{"ReviewAnotherAge",
                    "Tom Baker, 45, was arrested on Monday. \"I heard "
                    "screams,\" the 23-year-old neighbour told police.",
                    "screams", "the 23-year-old neighbour"},
        SpeakerCase{"ShoppersInAPlace",
                    "Shoppers in the city centre told the BBC: \"It was "
                    "chaos.\"",
                    "chaos", "Shoppers in the city centre"}),
    [](const auto& info) { return std::string(info.param.name); });

// Regression: the headline's quoted words, said again below, had no
// speaker.
TEST(QuoteSpeakerTest, TheHeadlinesWordsSaidBelow) {
  const std::vector<Quote> q = ExtractQuotes(
      "Neighbours at war over 12ft leylandii hedge that ‘blocks out the "
      "sun’\n\nRetired couple Brian and Sheila Platt say their garden in "
      "Moorfield has not seen direct sunlight since 2018 because of the "
      "towering hedge next door.\n\n‘We can’t grow a thing. Even the moss has "
      "given up,’ said Mr Platt, 71. ‘It blocks out the sun from about ten in "
      "the morning.’\n\nTheir neighbour, company director Nigel Strand, "
      "insists the hedge is within the rules. ‘I have every right to have a "
      "hedge in my own garden. They knew it was there when they moved in,’ he "
      "said.\n\nMoorfield District Council said it had received a complaint "
      "and an officer would visit the property ‘in due course’.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].text, "blocks out the sun");
  EXPECT_EQ(q[0].kind, QuoteKind::kSpeech);
  EXPECT_EQ(q[0].speaker, "Brian Platt");
}

// Regression: a headline's quotation said below, word for word inside a
// longer one, went to the headline's subject (a town).
TEST(QuoteSpeakerTest, HeadlineQuoteSaidWordForWordBelow) {
  const std::vector<Quote> q = ExtractQuotes(
      "Dunmore Falls rallies behind Kasia: ‘We’re all rooting for her’\n\nBy "
      "Ted Quigley\n\nAt the diner, owner Rosie Gant said customers talked "
      "of little else.\n\n“Everybody’s been saying it. We’re all rooting for "
      "her,” Gant said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "We’re all rooting for her");
  EXPECT_EQ(q[0].kind, QuoteKind::kSpeech);
  EXPECT_EQ(q[0].speaker, "Rosie Gant");
}

// Words that must not be taken for the speaker of one quotation.
struct NotSpeakerCase {
  const char* name;
  std::string text;
  size_t quotes;       // how many quotations the text holds
  size_t which;        // the one checked
  std::string absent;  // never part of its speaker
};

class QuoteNotSpeakerTest : public ::testing::TestWithParam<NotSpeakerCase> {};

TEST_P(QuoteNotSpeakerTest, IsNotTheSpeaker) {
  const NotSpeakerCase& c = GetParam();
  const std::vector<Quote> quotes = ExtractQuotes(c.text);
  ASSERT_EQ(quotes.size(), c.quotes) << c.text;
  EXPECT_EQ(quotes[c.which].speaker.find(c.absent), std::string::npos)
      << quotes[c.which].speaker;
}

INSTANTIATE_TEST_SUITE_P(
    NotSpeakers, QuoteNotSpeakerTest,
    ::testing::Values(
        // Review of this stop's rules: a place opening a sentence is no
        // one, and a police appeal's subject says nothing.
        NotSpeakerCase{"APlaceOpeningASentenceIsNoOne",
                       "Victoria Park was packed on Sunday. \"It was "
                       "amazing,\" she said.",
                       1, 0, "Park"},
        NotSpeakerCase{"TheOneAnAppealIsAboutSaysNothing",
                       "Officers have released a photo of Mark Webb. \"If "
                       "you see this man, call 999 immediately.\"",
                       1, 0, "Webb"},
        // Regression: a woman's first name missing from the list let "he"
        // carry to her.
        // Regression: "warning" after "issues" is a noun, no speech verb.
        NotSpeakerCase{"IssuesWarningIsNoSpeechVerb",
                       "' I 'll finish him inside six ' - Hegarty issues "
                       "warning to Kassim",
                       1, 0, "issues"},
        // Regressions (review): a possessive after a rank made a name
        // ("Smith'S Car"), a time after "captain" another ("Last Season"),
        // and "it said" took a thing for a body.
        NotSpeakerCase{"APossessiveAfterARankIsNoName",
                       "police said det. smith's car was towed . \" it was a "
                       "shock , \" the owner said .",
                       1, 0, "Car"},
        NotSpeakerCase{"ATimeAfterARankIsNoName",
                       "the team captain last season said little . \" we are "
                       "all sad , \" the coach said .",
                       1, 0, "Season"},
        NotSpeakerCase{"ItIsNoThing",
                       "The BBC reported the fire. The blaze was huge. "
                       "\"Nobody was hurt,\" it said.",
                       1, 0, "blaze"},
        NotSpeakerCase{"HeIsNotKendra",
                       "\"These attacks disrupted classes,\" SBI Special "
                       "Agent Kendra Mills said.\n\nIn one message, he "
                       "wrote: \"they'll never find me lol\"",
                       2, 1, "Kendra"},
        NotSpeakerCase{"ByTheEndOfTheWeekIsNoOne",
                       "The plan was described as \"dead on arrival and "
                       "useless\" by the end of the week.",
                       1, 0, "end of the week"},
        // The next sentence's subject is "Emery", who retweeted; the
        // quotation before it is not his.
        NotSpeakerCase{"ASentenceWithAVerbOfItsOwnIsNoAttribution",
                       "The tweet reads, \"The show was interrupted.\" Emery "
                       "retweeted the story, saying, \"Are there any?\"",
                       2, 0, "retweeted"},
        // Regression: a time zone was taken for the company.
        NotSpeakerCase{"ATimeZoneIsNoOne",
                       "A major outage at cloud provider StackCloud knocked "
                       "sites offline.\n\n12:47 p.m. ET: The status page "
                       "lists problems.\n\n1:30 p.m. ET: \"We have "
                       "identified the issue,\" the company said.",
                       1, 0, "ET"},
        NotSpeakerCase{"AnAwardSaysNothing",
                       "The program was copied by other teams .\nIn "
                       "recognition , the league gave the Chargers its "
                       "Winston - Shell Award in 2007 for “ demonstrating "
                       "commitment to unique ideas . ”",
                       1, 0, "Award"},
        NotSpeakerCase{"AClauseIsNoDescription",
                       "Another Twitter user who is apparently at the site "
                       "said that the riot 'sounds like a war zone . '",
                       1, 0, "apparently"},
        NotSpeakerCase{"AShowIsNoOneCalledWho",
                       "Buchan said his old co-star would make an excellent "
                       "Doctor Who .\n`` It 's a sublime bit of casting . ''",
                       1, 0, "Who"},
        NotSpeakerCase{"YouAreIsTheReader",
                       "“If you don’t have a big booster, the plan fails,” "
                       "you’re told.",
                       1, 0, "you"},
        NotSpeakerCase{"WhenIsNoOne",
                       "SeaMicro has added 64 - bit Atoms , and only a month "
                       "ago announced a variant to give the system some "
                       "\"brawny cores\" to do heavier tasks .",
                       1, 0, "ago"},
        NotSpeakerCase{"TheCompanyIsNoSpokesmanForIt",
                       "WeWork cut jobs.\n\n\"We are focused on the "
                       "future,\" a spokesman for the company said.\n\n\"We "
                       "deny it,\" the company said.",
                       2, 1, "spokesman"},
        // Review of stop 29: "Mrs Baker" is not the Tom Baker named.
        NotSpeakerCase{"ReviewMrsBakerOfHerHusband",
                       "Tom Baker, 45, died in the crash. \"He was a "
                       "wonderful man,\" said Mrs Baker of her husband.",
                       1, 0, "Tom"},
        NotSpeakerCase{"ToldNamesWhoWasTold",
                       "In Banda Aceh , people slept outdoors , a local "
                       "official told AFP .\n\"We have a power outage now , "
                       "\" he added .",
                       1, 0, "AFP"},
        NotSpeakerCase{"ACapitalAfterALowerCaseHyphenIsNoName",
                       "The once-hated Scottish hero William Wallace is "
                       "tortured before a crowd.\n\nEven the anti-Scottish "
                       "crowd gets repelled and begins yelling “Mercy!”",
                       1, 0, "Scottish"},
        // Regression: "being told in a letter" made "being" the letter's
        // writer.
        NotSpeakerCase{"BeingToldInALetterWroteNothing",
                       "Parents were angry after being told in a letter that "
                       "the school will merge.\n\n\"We have explored every "
                       "alternative,\" the letter said.",
                       1, 0, "being"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(QuoteKindTest, ChantsOfIsNoSpeechVerb) {
  // "to chants of" is a noun: no one is named as saying the words.
  const std::vector<Quote> quotes =
      ExtractQuotes("He left the court to chants of \"ONE MORE YEAR!\"");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "");
}

TEST(QuoteKindTest, TitlesAndScareQuotesAreNotSpeech) {
  const std::vector<Quote> q = ExtractQuotes(
      "Capaldi, who starred in \"The Thick of It\", will play the role. The "
      "so-called \"deal\" was, critics said, no deal at all. \"We are "
      "delighted,\" Steven Moffat said.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].kind, QuoteKind::kOther);  // a title
  EXPECT_TRUE(q[0].speaker.empty());
  EXPECT_EQ(q[1].kind, QuoteKind::kOther);  // scare quotes
  EXPECT_EQ(q[2].kind, QuoteKind::kSpeech);
  EXPECT_EQ(q[2].speaker, "Steven Moffat");
}

// Regression: a headline's few words that someone's quotation below says
// were a title; a term the text quotes over and over, a title mid-sentence
// and a thing "called" something stay no one's speech.
TEST(QuoteKindTest, WordsSomeoneSaysBelowAreTheirs) {
  const std::vector<Quote> q = ExtractQuotes(
      "Fitzgerald Equates Firing to Professional 'Death Sentence'\n\n"
      "\"It was a professional death sentence for me,\" Lisa Fitzgerald "
      "said.\n\nThe \"a-ha\" moment came later. \"The a-ha moment is "
      "real,\" said Dr Ana Ruiz, whose lab calls it the \"a-ha\" moment. "
      "She played a side-scrolling \"Super Mario\" game, which Ruiz said "
      "was \"not like Super Mario at all\", and a technique called "
      "\"mental chronometry\", which Ruiz said \"is mental chronometry "
      "done fast\".");
  ASSERT_EQ(q.size(), 9u);
  EXPECT_EQ(q[0].kind, QuoteKind::kSpeech);
  EXPECT_EQ(q[0].speaker, "Lisa Fitzgerald");
  EXPECT_EQ(q[2].kind, QuoteKind::kOther);  // "a-ha", quoted again
  EXPECT_EQ(q[4].kind, QuoteKind::kOther);
  EXPECT_EQ(q[5].kind, QuoteKind::kOther);  // "Super Mario"
  EXPECT_EQ(q[7].kind, QuoteKind::kOther);  // "mental chronometry"
  // Regression (review): a work's title in a headline, named in capitals
  // in someone's words below, is still a title.
  const std::vector<Quote> r = ExtractQuotes(
      "Review: 'The Dark Knight' is great\n\n\"I loved The Dark Knight so "
      "much,\" said critic Jane Smith.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].kind, QuoteKind::kOther);
}

// Words before a quotation that name it as a term or a work make it no
// one's speech; an active "called" with a speaker does not.
struct KindCase {
  const char* name;
  const char* text;
  QuoteKind kind;
};

class QuoteKindTableTest : public ::testing::TestWithParam<KindCase> {};

TEST_P(QuoteKindTableTest, TellsSpeechFromTermsAndWorks) {
  const std::vector<Quote> q = ExtractQuotes(GetParam().text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, GetParam().kind) << q[0].text;
  if (GetParam().kind == QuoteKind::kOther) {
    EXPECT_TRUE(q[0].speaker.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cues, QuoteKindTableTest,
    ::testing::Values(
        // Regressions: a role or people calling something say it.
        KindCase{"ARoleCallsIt",
                 "The senator called the bill \"a disaster for working "
                 "families\" and vowed to block it.",
                 QuoteKind::kSpeech},
        KindCase{"CriticsCallIt", "Critics called the plan \"reckless\".",
                 QuoteKind::kSpeech},
        // (Review regressions: scare quotes in a clause of their own after
        // a speaker's verb.)
        KindCase{"ReviewScareQuotesInAnAsClause",
                 "Jane Doe said nothing as the \"peaceful\" protest turned "
                 "violent.",
                 QuoteKind::kOther},
        KindCase{"ReviewScareQuotesInABeforeClause",
                 "Jane Doe wrote to the board before the \"crisis\" meeting "
                 "on Tuesday.",
                 QuoteKind::kOther},
        // A question the writer asks reports no one's words: scare quotes.
        KindCase{"ScareQuotesInAWritersQuestion",
                 "Would Mayor Dan Roth have agreed to keep the \"insider's\" "
                 "name secret?",
                 QuoteKind::kOther},
        // Regressions: a short answer whose pronoun names no one the text
        // shows was taken for scare quotes.
        KindCase{"ShortAnswerThenPronounAndVerb",
                 "Delgado shook his head. \"No,\" he said.",
                 QuoteKind::kSpeech},
        KindCase{"ShortAnswerThenVerbAndPronoun",
                 "Delgado shook his head. \"Not at all,\" said he.",
                 QuoteKind::kSpeech},
        // (A guard: with no verb before the passive, still speech.)
        // Review: a title named in its sentence stays one, whatever
        // pronoun and verb come after.
        KindCase{"ReviewTitleThenPronounAndVerb",
                 "His favourite song is \"Yesterday,\" he said.",
                 QuoteKind::kOther},
        // Review: a quotation ending a sentence a speech verb began is
        // speech, though no one is named.
        KindCase{"ReviewEndsAReportedSentence",
                 "She told reporters that the result was \"a huge "
                 "relief.\" Her coach said the same.",
                 QuoteKind::kSpeech},
        KindCase{"ToldInThePassive",
                 "Residents were told to \"stay put\" for an hour.",
                 QuoteKind::kSpeech},
        KindCase{"PronounAndVerbLeadIn",
                 "Nobody moved. He said: \"I am cold.\"", QuoteKind::kSpeech},
        // Regression: people described past their noun called nothing.
        KindCase{"ResidentsOfTheTownCallIt",
                 "Residents of the town called the plan \"a disgrace\".",
                 QuoteKind::kSpeech},
        // Regressions: a title as a noun of its sentence was speech once
        // the sentence went on to quote someone.
        KindCase{"ATitleAfterOf",
                 "Eleanor Ashgrove , author of `` The Quiet Season , '' dies "
                 "at 84 , her publisher said .",
                 QuoteKind::kOther},
        // Regression: a slogan named as one was someone's words.
        KindCase{"ASlogansCampaign",
                 "Governor Ada Lund said the state's new “Salt. We're on it.” "
                 "ad campaign would run all winter.",
                 QuoteKind::kOther},
        KindCase{"ATaglineAsked",
                 "The tagline? \"Salt. We're on it.\" It ran all winter.",
                 QuoteKind::kOther},
        KindCase{"ATitleBeforeARole",
                 "“ Beach House ” star Kayla Monroe weds football player "
                 "Jamal Pettiford , her rep said .",
                 QuoteKind::kOther},
        KindCase{"AHeadlinesTitleSubject",
                 "“ Starfall Legends ” sells 4 million copies in first day , "
                 "publisher says\nBy Kevin Tran",
                 QuoteKind::kOther},
        KindCase{"ANameSomeoneGaveIt",
                 "the Sixers ' $ 80 million offer -- the `` Philly Max , '' "
                 "as Brand later called it .",
                 QuoteKind::kSpeech},
        // Regression: a headline's short quotation before its colon was
        // taken for a scare quote once no name followed.
        KindCase{"HeadlineQuoteBeforeAColon",
                 "Staffers 'don't care': Federal prison suicides were rising",
                 QuoteKind::kSpeech},
        // Regression: a nickname was taken for speech.
        KindCase{"NicknameIsNoSpeech",
                 "Terry \"The Hammer\" Boswell won on points.",
                 QuoteKind::kOther},
        KindCase{"SoCalledWithASubject",
                 "The Bill would require providers to store so-called "
                 "\u201cmetadata\u201d for two years.",
                 QuoteKind::kOther},
        KindCase{"SoCalledTokenised",
                 "Officials said Indonesia sits on a zone so called `` the "
                 "ring of fire '' where plates meet .",
                 QuoteKind::kOther},
        KindCase{"PassiveCalled",
                 "Doctors said that when it is feathers in a duvet, the "
                 "illness is called \u201cfeather duvet lung.\u201d",
                 QuoteKind::kOther},
        KindCase{"PassiveCalledPastADeterminer",
                 "This is called a \"third-party request.\"",
                 QuoteKind::kOther},
        KindCase{"KnownAs",
                 "Volker said that he, Sondland and Perry were known as the "
                 "\"three amigos\" in Kyiv.",
                 QuoteKind::kOther},
        KindCase{"AWorkNamedBeforeIt",
                 "In his book \"Financial Freedom: A Proven Path to All the "
                 "Money You Will Ever Need,\" Sabatier shares the formula.",
                 QuoteKind::kOther},
        KindCase{"ANickname",
                 "He goes by the nickname \u201cShapow,\u201d the source "
                 "said.",
                 QuoteKind::kOther},
        KindCase{"ActiveCalledIsSpeech",
                 "Lavrov called the claims \"absolute nonsense\" on Monday.",
                 QuoteKind::kSpeech},
        KindCase{"WritingThatCallsIsSpeech",
                 "When Arthur Waite died in 1942, his obituary, published in "
                 "the Brooklyn Daily Eagle, called him the author of “many "
                 "books on occult phenomenon.”",
                 QuoteKind::kSpeech},
        KindCase{"ARatingNamedByTheWords",
                 "ATI is unlikely to outperform , warranting a `` sector "
                 "perform '' rating in the analyst 's view .",
                 QuoteKind::kOther},
        KindCase{"AHeadlineBeforeNamesNothing",
                 "Spielberg talks about his new film\n\"It will be the best "
                 "thing I have ever made,\" Spielberg said.",
                 QuoteKind::kSpeech},
        KindCase{"SaidIsSpeech", "\"We are delighted,\" Steven Moffat said.",
                 QuoteKind::kSpeech},
        // A sentence of its own after a sentence's end is someone's words;
        // a word or a title alone is not.
        KindCase{"ASentenceOfItsOwnIsSpeech",
                 "Mercy trains with her sister. Mercy laughs. \"That is "
                 "true.\"",
                 QuoteKind::kSpeech},
        KindCase{"AWordAloneAfterAQuestionIsNot",
                 "What did she call it? \"Rubbish.\"", QuoteKind::kOther},
        KindCase{"ATitleAloneAfterAQuestionIsNot",
                 "His favourite song? \"Let It Be.\"", QuoteKind::kOther},
        KindCase{"ACatchphraseNamedAsSuch",
                 "It was her catchphrase. \"You are fired!\"",
                 QuoteKind::kOther},
        // The Mirror seed: the kind of work before its title.
        // Regression: a name in capitals inside a sentence that closes on
        // its speaker ("..., his family said") is a title, not their words.
        KindCase{"ATitleInASentenceClosingOnItsSpeaker",
                 "Actor Dario Vance, best known for \"Jessie,\" has died, "
                 "his family said Sunday.",
                 QuoteKind::kOther},
        KindCase{"ATitleAfterTheKindOfWork",
                 "Asked whether he had watched UK drama 'The Salisbury "
                 "Poisonings', Mr Kelin said he had only seen a few minutes "
                 "of it.",
                 QuoteKind::kOther}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(QuoteTest, VersionBodiesAreJoinedByBlankLines) {
  VersionText v;
  v.headline = "Headline \"not read\"";
  v.paragraphs = {"\"One,\" she said.", "\"Two,\" he said."};
  const std::string body = JoinedBody(v);
  EXPECT_EQ(body, "\"One,\" she said.\n\n\"Two,\" he said.");
  const std::vector<Quote> q = ExtractQuotes(v);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(body.substr(q[1].begin, q[1].end - q[1].begin), "Two,");
}

TEST(QuoteTest, HostileTextNeverCrashesOrRunsOver) {
  std::vector<std::string> texts = {
      std::string(100000, '"'),
      std::string(50000, '\''),
      "“" + std::string(200000, 'a') + "”",
      "\"unbalanced \" \" \"\n\n\" more \"\"\" '' `` ''",
      std::string("\xE2\x80", 2) + "\"" + std::string("\xC2", 1),
      "`` '' `` '' ``",
      // Regression: a couple whose second name is one hyphenated word
      // threw out_of_range.
      "John and Mary-Jane said the hedge blocks the sun. \"We cannot grow "
      "a thing,\" said Mary-Jane.",
  };
  for (const std::string& t : texts) {
    for (const Quote& q : ExtractQuotes(t)) {
      ASSERT_LE(q.begin, q.end);
      ASSERT_LE(q.end, t.size());
    }
  }
  // Regression: tens of thousands of quotations in one endless sentence,
  // or among thousands of names, once took a minute (each looked back over
  // all the text); the look-back is bounded now.
  std::string many, names;
  for (int i = 0; i < 50000; ++i) many += "\"x\" ";
  for (int i = 0; i < 5000; ++i)
    names += "\"Word " + std::to_string(i) + ",\" he said. Mr Smith" +
             std::to_string(i % 50) + " Jones met Bob Brown. ";
  EXPECT_EQ(ExtractQuotes(many).size(), 50000u);
  const std::vector<Quote> said = ExtractQuotes(names);
  ASSERT_EQ(said.size(), 5000u);
  EXPECT_FALSE(said.back().speaker.empty());
  // Regression (review): spaced single marks after bare CRs each looked to
  // the end of the text, and headlines' bare roles each read every name.
  std::string crs, roles;
  crs = "a ' ";
  for (int i = 0; i < 60000; ++i) crs += "\r' ";
  for (int i = 0; i < 4000; ++i) roles += "Jo Smith went. ";
  for (int i = 0; i < 4000; ++i)
    roles += "Delays 'putting lives at risk', coroner warns\n";
  for (const std::string& t : {crs, roles})
    for (const Quote& q : ExtractQuotes(t)) ASSERT_LE(q.end, t.size());
  // Regression (review): "the carrier said" read every name of its
  // paragraph, and "his wife" every couple of the text (20 s each).
  std::string carriers, wives;
  for (int i = 0; i < 22000; ++i) carriers += "Walt Brenner ate. ";
  for (int i = 0; i < 22000; ++i) carriers += "\"Good,\" the carrier said. ";
  for (int i = 0; i < 14500; ++i)
    wives +=
        "Brian and Sheila Platt arrived. John Doe spoke. \"Hi,\" his wife "
        "said. ";
  for (const std::string& t : {carriers, wives})
    for (const Quote& q : ExtractQuotes(t)) ASSERT_LE(q.end, t.size());
  // Regression (review): "he said" after each of thousands of quotations
  // in one paragraph walked back to the paragraph's start each time.
  std::string paragraph;
  for (int i = 0; i < 20000; ++i) paragraph += "\"Yes,\" he said. ";
  EXPECT_EQ(ExtractQuotes(paragraph).size(), 20000u);
  // Text kept a sentence a line and tokenised, its names spaced apart
  // ("Sanwo - Olu", "O ’ Brien") and its offices unnamed, line after line.
  std::string lines;
  for (int i = 0; i < 8000; ++i)
    lines +=
        "Gov . Ada Sanwo - Olu ’ s aide , Tom O ’ Brien BL , spoke .\n' "
        "Yes , ' UN Secretary - General said .\n";
  for (const Quote& q : ExtractQuotes(lines)) ASSERT_LE(q.end, lines.size());
  // A very long quotation is one span.
  const std::string long_quote = "“" + std::string(200000, 'a') + "”";
  ASSERT_EQ(ExtractQuotes(long_quote).size(), 1u);
  // Regression (review): "report by Report by ..." before "read:" made the
  // document rule call itself twice per pair (24 pairs took 51 s); a
  // paragraph of thousands of names between a quotation and many "she
  // said" made each pronoun rescan them all.
  std::string reports;
  for (int i = 0; i < 99; ++i) reports += "report by Report ";
  reports += "x read: \"we are here now\" today.";
  EXPECT_EQ(ExtractQuotes(reports).size(), 1u);
  std::string crowd = "Mary Smith said \"hello there my friend\" to";
  for (int i = 0; i < 8000; ++i)
    crowd += " Aa" + std::to_string(i) + " Bb" + std::to_string(i) + ",";
  for (int i = 0; i < 8000; ++i) crowd += " the \"xx\" she said.";
  EXPECT_EQ(ExtractQuotes(crowd).size(), 8001u);
  // Regression (second review): a text opening with a hyphen before "the
  // man said" read before the first word; a sentence of tens of thousands
  // of "said with x" before a colon recursed once per verb and overflowed
  // the stack; a paragraph of "Aa of Aa of ..." stored every body's name
  // again from each word (quadratic time and memory).
  EXPECT_EQ(ExtractQuotes("- man went home.\nThe man said \"hello there my "
                          "friend\".")
                .size(),
            1u);
  std::string verbs = "Bob Smith ";
  for (int i = 0; i < 40000; ++i) verbs += "said with x ";
  verbs += "said:\n\"We are going home now.\"\n";
  EXPECT_EQ(ExtractQuotes(verbs).size(), 1u);
  std::string joined = "Bob Smith ";
  for (int i = 0; i < 100000; ++i) joined += "said and ";
  joined += "said:\n\"We are going home now.\"\n";
  EXPECT_EQ(ExtractQuotes(joined).size(), 1u);
  // Regression (third review): every "the judge" read every role the
  // text gave ("Superior Court Judge X" thousands of times: 53 s).
  std::string judges;
  for (int i = 0; i < 4000; ++i)
    judges += "Superior Court Judge James Xq" + std::to_string(i) +
              " said \"x\". \"y,\" the judge said. ";
  EXPECT_EQ(ExtractQuotes(judges).size(), 8000u);
  std::string chain = "\"We are here,\" the aa said. ";
  for (int i = 0; i < 20000; ++i) chain += "Aa of ";
  EXPECT_EQ(ExtractQuotes(chain).size(), 1u);
  // Lower-cased text with no marks: an endless sentence of reporting
  // clauses, each checked for "i" and "we" at once, not by rescanning.
  std::string clauses, retorts;
  for (int i = 0; i < 100000; ++i) clauses += "x , said y ";
  for (int i = 0; i < 20000; ++i) retorts += "i think so , said johnson , ";
  EXPECT_TRUE(ExtractQuotes(clauses).empty());
  const std::vector<Quote> retorted = ExtractQuotes(retorts);
  ASSERT_EQ(retorted.size(), 20000u);
  EXPECT_EQ(retorted.back().text, "i think so");
  // Regression (third review): "the statement" looked for whoever issued
  // "a statement" from inside that same lookup, and "he said" read the
  // sentence before from inside that same step: both went back through
  // the whole text, one level of recursion a sentence.
  std::string statements, yes, lowered;
  for (int i = 0; i < 7000; ++i)
    statements += "The statement issued a statement. ";
  statements += "The statement said: \"We will win.\"";
  for (int i = 0; i < 4000; ++i) yes += "\"Yes\" he said. ";
  for (int i = 0; i < 4000; ++i) lowered += "we will win , he said . ";
  EXPECT_EQ(ExtractQuotes(statements).size(), 1u);
  EXPECT_EQ(ExtractQuotes(yes).size(), 4000u);
  EXPECT_EQ(ExtractQuotes(lowered).size(), 4000u);
  // Regression (fourth review): a run of hundreds of thousands of
  // capitalised words after "Minister of", or of role nouns, was read
  // again from each word (minutes; the unit tests' time limit catches it); a
  // chain of nicknames made one endless name; each pull quote folded every
  // quotation after it again.
  std::string minister = "\"We will win,\" the Minister of";
  std::string nurses = "\"We will win,\" said";
  std::string nicknames, pulls;
  for (int i = 0; i < 200000; ++i) minister += " Aa";
  for (int i = 0; i < 300000; ++i) nurses += " Nurse";
  for (int i = 0; i < 20000; ++i) nicknames += "Said Aa \"Bb\" ";
  for (int i = 0; i < 3000; ++i) {
    pulls += "\n\n\"Pulled out words\"\n\n\"";
    for (int w = 0; w < 60; ++w) pulls += "long words ";
    pulls += "end,\" Smith said.";
  }
  minister += " said.";
  nurses += " Smith.";
  EXPECT_EQ(ExtractQuotes(minister).size(), 1u);
  EXPECT_EQ(ExtractQuotes(nurses).size(), 1u);
  EXPECT_EQ(ExtractQuotes(nicknames).size(), 20000u);
  EXPECT_EQ(ExtractQuotes(pulls).size(), 6000u);
  // Regression (review): a title's holder read as a title with a holder of
  // its own called itself once per "Jane Doctor, " (a stack overflow), and
  // a long capitalised run after "said" cost the square of its length.
  std::string doctors = "\"We will win,\" said the Governor, ";
  for (int i = 0; i < 20000; ++i) doctors += "Jane Doctor, ";
  doctors += "Jane Doe.";
  std::string run = "\"We will win,\" said";
  for (int i = 0; i < 64000; ++i) run += " Word";
  run += ".";
  for (const std::string& t : {doctors, run}) {
    const std::vector<Quote> q = ExtractQuotes(t);
    ASSERT_EQ(q.size(), 1u);
    EXPECT_LE(q[0].end, t.size());
  }
}

TEST(QuoteMatchTest, TheSameQuoteInOtherWords) {
  struct Case {
    std::string a, b;
    bool same;
  } cases[] = {
      {"Not successfully.", "not successfully", true},  // case, punctuation
      {"There are difficulties, we can't shy away from those",
       "there are difficulties , we ca n't shy away from those", true},
      {"We appreciate your respect to her and her family's privacy at this "
       "time",
       "We appreciate your respect to her and her family's privacy", true},
      {"It's no secret relations are not good",
       "it is no secret that relations are not good", true},
      {"We know what you are doing", "The talks were extremely useful", false},
      {"abundant evidence", "no evidence", false},
      // A short quotation that opens a longer one, word for word.
      {"Not successfully.",
       "not successfully , not successfully , i think is the word", true},
      {"no evidence", "no, there is no evidence of anything at all", false},
      {"No.", "No, we will not go there again", false},
  };
  for (const Case& c : cases)
    EXPECT_EQ(QuoteSimilarity(c.a, c.b) >= kQuoteVariantThreshold, c.same)
        << c.a << " | " << c.b << " = " << QuoteSimilarity(c.a, c.b);
}

TEST(QuoteMatchTest, GroupsVariantsAndKeepsSpeakersApart) {
  Quote a{0, 0, "Not successfully.", QuoteKind::kSpeech, "Boris Johnson", ""};
  Quote b{0, 0, "not successfully", QuoteKind::kSpeech, "Johnson", ""};
  Quote c{0, 0, "Not successfully at all", QuoteKind::kSpeech, "", ""};
  Quote d{0, 0, "Not successfully.", QuoteKind::kSpeech, "Sergei Lavrov", ""};
  Quote e{0, 0, "We will see", QuoteKind::kSpeech, "Boris Johnson", ""};
  const std::vector<size_t> g = GroupQuoteVariants({&a, &b, &c, &d, &e});
  EXPECT_EQ(g[0], g[1]);  // "Johnson" is Boris Johnson
  EXPECT_EQ(g[0], g[2]);  // unknown goes with any
  EXPECT_NE(g[0], g[3]);  // another speaker's words are another quote
  EXPECT_NE(g[0], g[4]);
}

// Words most of a story's quotations share (its topic) do not make two
// quotations one utterance; a trimmed wording still is one.
TEST(QuoteMatchTest, TopicWordsAloneDoNotMakeAVariant) {
  std::vector<Quote> qs = {
      {0, 0, "There is no evidence of Russian interference in the Brexit vote",
       QuoteKind::kSpeech, "", ""},
      {0, 0, "We saw evidence of Russian interference in elections in Germany",
       QuoteKind::kSpeech, "", ""},
      {0, 0, "Russian interference is a matter of evidence for the courts",
       QuoteKind::kSpeech, "", ""},
      {0, 0, "evidence of Russian interference keeps growing in Europe",
       QuoteKind::kSpeech, "", ""},
      {0, 0, "no evidence of Russian interference in the Brexit vote",
       QuoteKind::kSpeech, "", ""}};
  std::vector<const Quote*> ptrs;
  for (const Quote& q : qs) ptrs.push_back(&q);
  const std::vector<size_t> g = GroupQuoteVariants(ptrs);
  EXPECT_NE(g[0], g[1]);
  EXPECT_NE(g[1], g[3]);
  EXPECT_EQ(g[0], g[4]);  // trimmed and lower-cased
  // Between two quotations alone every shared word counts.
  EXPECT_GE(QuoteSimilarity(qs[1].text, qs[3].text), 0.5);
}

TEST(QuoteMatchTest, AStorysQuotationsGroupByUtteranceMostCarriedFirst) {
  auto q = [](int64_t id, std::string source, Timestamp t, std::string text,
              std::string speaker) {
    StoredQuote s;
    s.id = id;
    s.source = std::move(source);
    s.first_seen = t;
    s.text = std::move(text);
    s.speaker = std::move(speaker);
    return s;
  };
  const std::vector<StoredQuote> quotes = {
      q(1, "itv", 300, "We will see what happens next week", "Lavrov"),
      q(2, "guardian", 100, "Not successfully.", "Boris Johnson"),
      q(3, "itv", 200, "not successfully", "Johnson"),
      q(4, "cnn", 250, "Not successfully at all", ""),
  };
  const std::vector<QuoteVariants> g = GroupStoryQuotes(quotes);
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0].speaker, "Boris Johnson");
  EXPECT_EQ(g[0].outlets, 3);
  ASSERT_EQ(g[0].tellings.size(), 3u);
  EXPECT_EQ(g[0].tellings[0]->source, "guardian");  // earliest first
  ASSERT_EQ(g[0].similarity.size(), 3u);
  EXPECT_EQ(g[0].similarity[0], 1.0);
  EXPECT_GE(g[0].similarity[2], kQuoteVariantThreshold);
  EXPECT_EQ(g[1].speaker, "Lavrov");
  EXPECT_EQ(g[1].outlets, 1);
}

TEST(PersonKeyTest, OnePersonUnderItsNames) {
  EXPECT_EQ(PersonKey("Mr Johnson"), "johnson");
  EXPECT_EQ(PersonKey("Boris Johnson"), "boris johnson");
  EXPECT_EQ(PersonKey("President Émmanuel Macron"), "emmanuel macron");
  EXPECT_TRUE(SamePerson(PersonKey("Mr Johnson"), PersonKey("Boris Johnson")));
  EXPECT_FALSE(SamePerson(PersonKey("Boris Johnson"), PersonKey("Jo Johnson")));
  EXPECT_FALSE(SamePerson("", ""));
}

// The seeds: the quotation every outlet carried in its own words.
TEST(QuoteSeedsTest, NotSuccessfullyIsJohnsonsInEveryOutletThatQuotesIt) {
  // ITV quotes it in marks; Reuters' archive copy, lower-cased and
  // tokenised with its marks gone, only by the clause that reports it.
  std::ifstream in(std::string(STET_EXAMPLES_DIR) + "/seeds.jsonl");
  std::string line;
  std::set<std::string> outlets;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line);
    for (const Quote& q : ExtractQuotes(j["text"].get<std::string>())) {
      if (q.text.find("ot successfully") == std::string::npos) continue;
      outlets.insert(j["source"].get<std::string>());
      EXPECT_EQ(q.speaker, "Boris Johnson") << j["source"];
    }
  }
  EXPECT_EQ(outlets, (std::set<std::string>{"itv", "reuters"}));
}

// Lower-cased, tokenised text with no quotation marks: direct speech is
// what a reporting clause closes or opens and keeps its speaker's "i" and
// "we"; reported speech is none.
TEST(QuoteUnmarkedTest, DirectSpeechByItsReportingClause) {
  const std::string text =
      "british foreign minister boris johnson told his russian counterpart "
      "on friday there was evidence of meddling , but said the efforts had "
      "fallen flat .\n\nbut that didn t mean pretending all was well , he "
      "said .\n\n... we can t pretend that they do not exist , and that we "
      "share a common perspective on ukraine or ... on cyberspace , said "
      "johnson .\n\nrussian foreign minister sergei lavrov challenged that "
      "narrative .\n\nnot successfully , i think is the word , johnson a "
      "leading advocate of brexit shot back , to which lavrov replied : he s "
      "scared that if he doesn t disagree with me , his reputation will be "
      "ruined .";
  const std::vector<Quote> q = ExtractQuotes(text);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].text,
            "... we can t pretend that they do not exist , and that we share "
            "a common perspective on ukraine or ... on cyberspace");
  EXPECT_EQ(q[0].speaker, "Boris Johnson");
  EXPECT_EQ(q[1].text, "not successfully , i think is the word");
  EXPECT_EQ(q[1].speaker, "Boris Johnson");
  EXPECT_EQ(q[2].text,
            "he s scared that if he doesn t disagree with me , his reputation "
            "will be ruined");
  EXPECT_EQ(q[2].speaker, "Sergei Lavrov");
  // A day before a word makes no title of it ("on monday night residents
  // said").
  const std::vector<Quote> residents = ExtractQuotes(
      "we will win this fight , said residents . on monday "
      "night residents said the plan failed .");
  ASSERT_EQ(residents.size(), 1u);
  EXPECT_EQ(residents[0].speaker, "residents");
  // Ordinary text without marks quotes no one.
  EXPECT_TRUE(ExtractQuotes("But that didn't mean pretending, he said. We "
                            "can't pretend, said Johnson.")
                  .empty());
}

// SpeakerStages says which stage chose each speaker, one per quotation
// ExtractQuotes gives, "" for none; the benchmark counts held-out errors
// by it.
TEST(QuoteTest, SpeakerStagesNameTheStageThatChose) {
  const std::string text =
      "Jane Doe spoke on Monday.\n\n\"It is over,\" she said.\n\nTom Hale "
      "said: \"We will see.\" \"Maybe not.\"\n\nThe band played \"Yesterday\" "
      "twice.";
  const std::vector<Quote> quotes = ExtractQuotes(text);
  const std::vector<std::string> stages = quote::SpeakerStages(text);
  ASSERT_EQ(quotes.size(), 4u);
  ASSERT_EQ(stages.size(), quotes.size());
  EXPECT_EQ(quotes[0].speaker, "Jane Doe");
  EXPECT_EQ(stages[0], "after");
  EXPECT_EQ(quotes[1].speaker, "Tom Hale");
  EXPECT_EQ(stages[1], "before");
  EXPECT_EQ(quotes[2].speaker, "Tom Hale");
  EXPECT_EQ(stages[2], "carried in paragraph");
  EXPECT_EQ(quotes[3].kind, QuoteKind::kOther);
  EXPECT_EQ(stages[3], "");
  EXPECT_TRUE(quote::SpeakerStages("no quotations here").empty());
}

}  // namespace
}  // namespace stet
