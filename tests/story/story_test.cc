// Story grouping (src/story/): the founding seeds, and articles that give
// the grouper little or nothing to go on.
#include "stet/story.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "stet/store.h"
#include "stet/text.h"
#include "stet/time.h"

namespace stet {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

StoryArticle Article(int64_t id, std::string headline, std::string body,
                     Timestamp published = 0, std::string language = "") {
  StoryArticle a;
  a.id = id;
  a.text.headline = std::move(headline);
  a.text.paragraphs = text::SplitParagraphs(body);
  a.published = published;
  a.language = std::move(language);
  return a;
}

// The seeds: four outlets on Johnson's visit to Moscow in December 2017
// (the Guardian, Reuters, CNN, ITV) and the Mirror on a different event in
// 2020 that shares its people and themes.
std::vector<StoryArticle> Seeds(bool with_times) {
  std::vector<StoryArticle> out;
  const std::string ex = STET_EXAMPLES_DIR;
  std::string guardian = ReadFile(ex + "/guardian/v1.txt");
  const size_t nl = guardian.find('\n');
  out.push_back(Article(1, guardian.substr(0, nl), guardian.substr(nl + 1),
                        with_times ? *ParseTime("2017-12-22T11:30:00Z") : 0));
  std::ifstream in(ex + "/seeds.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    out.push_back(
        Article(static_cast<int64_t>(out.size()) + 1, j["title"], j["text"],
                with_times ? *ParseTime(j["time"].get<std::string>()) : 0));
    out.back().id = static_cast<int64_t>(out.size());
  }
  return out;
}

TEST(StoryGrouperTest, TheSeedsAreTwoStoriesInAnyOrder) {
  std::vector<StoryArticle> seeds = Seeds(/*with_times=*/true);
  ASSERT_EQ(seeds.size(), 5u);
  std::vector<size_t> order = {0, 1, 2, 3, 4};
  do {
    StoryGrouper g;
    for (size_t i : order) g.Add(seeds[i]);
    // Guardian, ITV, Reuters, CNN together; the Mirror apart.
    const int64_t moscow = g.StoryOf(1);
    std::string where = "order";
    for (size_t i : order) where += " " + std::to_string(i);
    EXPECT_EQ(g.StoryOf(2), moscow) << where;
    EXPECT_EQ(g.StoryOf(3), moscow) << where;
    EXPECT_EQ(g.StoryOf(4), moscow) << where;
    EXPECT_NE(g.StoryOf(5), moscow) << where;
    EXPECT_EQ(g.story_count(), 2) << where;
    EXPECT_EQ(g.Members(moscow).size(), 4u) << where;
  } while (std::next_permutation(order.begin(), order.end()));
}

TEST(StoryGrouperTest, WithoutTimesTheFourOutletsStillFindEachOther) {
  // Text alone: the Reuters seed is lower-cased and tokenised, the others
  // keep case; whichever comes first, the four end in one story.
  std::vector<StoryArticle> seeds = Seeds(/*with_times=*/false);
  std::vector<size_t> order = {0, 1, 2, 3};
  do {
    StoryGrouper g;
    for (size_t i : order) g.Add(seeds[i]);
    std::string where = "order";
    for (size_t i : order) where += " " + std::to_string(i);
    EXPECT_EQ(g.story_count(), 1) << where;
    EXPECT_EQ(g.Members(g.StoryOf(1)).size(), 4u) << where;
  } while (std::next_permutation(order.begin(), order.end()));
}

TEST(StoryGrouperTest, TwoEventsOnOneThemeStayApart) {
  // Two rehab check-ins: the first article of the second arrives while
  // only the first is known, and starts its own story.
  const std::string a_body =
      "Tara Reid checked into Promises Treatment Center in Malibu, her "
      "publicist Jack Ketsoyan told People. Reid, the American Pie actress, "
      "asked for privacy.";
  const std::string b_body =
      "Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage "
      "after a judge ordered rehab. Lohan's lawyer Mark Heller said she "
      "would stay 90 days.";
  StoryGrouper g;
  g.Add(Article(1, "Tara Reid enters rehab at Promises", a_body));
  g.Add(Article(2, "Tara Reid in rehab, her rep says", a_body));
  g.Add(Article(3, "Lohan checks into Betty Ford rehab", b_body));
  g.Add(Article(4, "Lindsay Lohan at Betty Ford Center", b_body));
  g.Add(Article(5, "Judge: Lohan to stay 90 days at Betty Ford", b_body));
  EXPECT_EQ(g.StoryOf(1), g.StoryOf(2));
  EXPECT_EQ(g.StoryOf(3), g.StoryOf(4));
  EXPECT_EQ(g.StoryOf(3), g.StoryOf(5));
  EXPECT_NE(g.StoryOf(1), g.StoryOf(3));
  EXPECT_EQ(g.story_count(), 2);
}

TEST(StoryGrouperTest, StoriesMergeWhenLaterCoverageShowsTheyAreOne) {
  // Two reports of one earthquake that share too little to be grouped on
  // their own (one on the quake, one on the damage in the town), then a
  // fuller report that tells both.
  StoryGrouper g;
  const StoryAssignment first = g.Add(Article(
      1, "Magnitude 6.1 earthquake strikes West Papua",
      "A magnitude 6.1 earthquake struck Indonesia's West Papua province "
      "early on Sunday, the US Geological Survey said. The quake's epicentre "
      "was 20 km deep off the coast near Manokwari."));
  const StoryAssignment second = g.Add(Article(
      2, "Manokwari hotel collapses, two dead",
      "Two people died when the Mutiara hotel collapsed in Manokwari and "
      "residents fled to higher ground, police chief Rudolf Nahak said. "
      "Rescuers searched the rubble overnight."));
  ASSERT_NE(first.story, second.story);
  const StoryAssignment third = g.Add(Article(
      3, "West Papua earthquake kills two in Manokwari",
      "A magnitude 6.1 earthquake struck West Papua on Sunday, the US "
      "Geological Survey said, with its epicentre near Manokwari. Two people "
      "died when the Mutiara hotel collapsed, police chief Rudolf Nahak "
      "said, and residents fled to higher ground as rescuers searched the "
      "rubble."));
  EXPECT_EQ(g.StoryOf(1), g.StoryOf(2));
  EXPECT_EQ(g.StoryOf(3), g.StoryOf(1));
  EXPECT_EQ(g.story_count(), 1);
  // The story that disappeared is reported, and so is whichever earlier
  // article changed story.
  ASSERT_EQ(third.merged.size(), 1u);
  EXPECT_TRUE(third.merged[0] == first.story ||
              third.merged[0] == second.story);
  ASSERT_EQ(third.moved.size(), 1u);
  EXPECT_EQ(third.moved[0].second, third.story);
  EXPECT_TRUE(g.Members(third.merged[0]).empty());
  EXPECT_EQ(g.Members(third.story).size(), 3u);
}

TEST(StoryGrouperTest, ArticlesWithLittleTextStandAlone) {
  StoryGrouper g;
  const StoryArticle cases[] = {
      Article(1, "", ""),
      Article(2, "Word", ""),
      Article(3, "", "“We know what you are doing,” he said."),
      Article(4, "The", "and of the"),
      Article(5, "", "“We know what you are doing,” he said."),
  };
  for (const StoryArticle& a : cases) {
    StoryAssignment r = g.Add(a);
    EXPECT_NE(r.story, 0);
    EXPECT_EQ(g.StoryOf(a.id), r.story);
  }
  // Nothing to compare: each is its own story, except the repeated quote.
  EXPECT_EQ(g.StoryOf(5), g.StoryOf(3));
  EXPECT_NE(g.StoryOf(1), g.StoryOf(4));
  EXPECT_EQ(g.StoryOf(99), 0);
}

TEST(StoryGrouperTest, LanguagesAndDistantTimesAreKeptApart) {
  const std::string body =
      "Boris Johnson met Sergei Lavrov in Moscow for talks on Brexit "
      "interference, cyber attacks and the Salisbury poisoning.";
  StoryGrouper g;
  g.Add(Article(1, "Johnson meets Lavrov", body, 1000, "en"));
  g.Add(Article(2, "Johnson meets Lavrov", body, 2000, "de"));
  g.Add(Article(3, "Johnson meets Lavrov", body, 2000 + 30 * 86400, "en"));
  g.Add(Article(4, "Johnson meets Lavrov", body, 5000, "en"));
  EXPECT_NE(g.StoryOf(1), g.StoryOf(2));
  EXPECT_NE(g.StoryOf(1), g.StoryOf(3));
  EXPECT_EQ(g.StoryOf(1), g.StoryOf(4));
}

TEST(GuessLanguageTest, KnowsTheCommonLanguagesAndSaysSoWhenItCannot) {
  struct Case {
    const char* text;
    const char* want;
  } cases[] = {
      {"Boris Johnson has begun talks in Moscow with the Russian foreign "
       "minister, the first visit by a British foreign secretary for five "
       "years. Relations between the two countries are at a low point.",
       "en"},
      {"Der britische Außenminister Boris Johnson ist zu Gesprächen in Moskau "
       "eingetroffen. Es ist der erste Besuch eines britischen Außenministers "
       "seit fünf Jahren, und die Beziehungen sind auf einem Tiefpunkt.",
       "de"},
      {"Le ministre britannique des affaires étrangères Boris Johnson est "
       "arrivé à Moscou pour des entretiens avec son homologue russe. Les "
       "relations entre les deux pays sont au plus bas.",
       "fr"},
      {"El ministro británico de Exteriores, Boris Johnson, llegó a Moscú "
       "para una visita con su homólogo ruso. Es la primera visita en cinco "
       "años y las relaciones están en su peor momento.",
       "es"},
      {"Министр иностранных дел Великобритании Борис Джонсон прибыл в Москву "
       "на переговоры с Лавровым. Это первый визит за пять лет, и отношения "
       "между странами не улучшились.",
       "ru"},
      {"Boris Johnson, Moscow.", ""},  // too short to say
      {"", ""},
  };
  for (const Case& c : cases) {
    VersionText t;
    t.paragraphs = {c.text};
    EXPECT_EQ(GuessLanguage(t), c.want) << c.text;
  }
}

TEST(StoryUpdaterTest, TheSameEventInTwoLanguagesIsTwoStories) {
  // Names and numbers in common, languages not: grouped apart, as each
  // language's readers see it.
  auto store = NewMemoryStore();
  auto record = [&](const std::string& url, const std::string& source,
                    Timestamp t, const std::string& headline,
                    const std::string& body) {
    Observation o;
    o.url = url;
    o.source = source;
    o.seen_at = t;
    o.text.headline = headline;
    o.text.paragraphs = text::SplitParagraphs(body);
    ASSERT_TRUE(store->Record(o).ok());
  };
  // Texts full of the same names, so only their languages tell them apart.
  const std::string en =
      "Boris Johnson and Sergei Lavrov met in Moscow with Theresa May, "
      "Vladimir Putin, Skripal, Salisbury, Novichok, GCHQ and the Kremlin on "
      "the agenda. It was the first visit by a British foreign secretary for "
      "five years, and the two sparred over Brexit, Crimea and Ukraine.";
  const std::string de =
      "Boris Johnson und Sergei Lavrov haben sich in Moscow getroffen, mit "
      "Theresa May, Vladimir Putin, Skripal, Salisbury, Novichok, GCHQ und "
      "dem Kremlin auf der Agenda. Es war der erste Besuch eines britischen "
      "Außenministers seit fünf Jahren, und die beiden stritten über Brexit, "
      "Crimea und die Ukraine.";
  record("http://a/1", "guardian", 1000, "Johnson meets Lavrov in Moscow", en);
  record("http://b/1", "itv", 1100, "Johnson and Lavrov spar in Moscow", en);
  record("http://c/1", "spiegel", 1200, "Johnson trifft Lawrow in Moskau", de);
  record("http://d/1", "faz", 1300, "Johnson und Lawrow streiten in Moskau",
         de);
  StoryUpdater updater;
  auto n = updater.Update(*store);
  ASSERT_TRUE(n.ok()) << n.status().message();
  EXPECT_EQ(*n, 4);
  EXPECT_EQ(*store->StoryOf(1), *store->StoryOf(2));
  EXPECT_EQ(*store->StoryOf(3), *store->StoryOf(4));
  EXPECT_NE(*store->StoryOf(1), *store->StoryOf(3));
  // Nothing waiting: nothing done.
  EXPECT_EQ(*updater.Update(*store), 0);
  EXPECT_EQ(*StoryUpdater().Update(*store), 0);
}

TEST(StoryGrouperTest, AnIdAddedAgainChangesNothing) {
  StoryGrouper g;
  const StoryAssignment a =
      g.Add(Article(7, "Johnson meets Lavrov", "Talks in Moscow."));
  const StoryAssignment b =
      g.Add(Article(7, "Something else entirely", "Football results."));
  EXPECT_EQ(b.story, a.story);
  EXPECT_FALSE(b.new_story);
  EXPECT_EQ(g.story_count(), 1);
  EXPECT_EQ(g.Members(a.story), std::vector<int64_t>{7});
}

TEST(StoryGrouperTest, CoverageEveryFewDaysDoesNotChainForMonths) {
  // The same theme every three days for four months: each article is
  // within the window of the one before, but no story may span more than
  // max_span_seconds.
  const int64_t every = 3 * 86400;
  auto feed = [&](StoryGrouper& g) {
    for (int i = 0; i < 40; ++i)
      g.Add(Article(i + 1, "Skripal inquiry hears Novichok evidence",
                    "The Salisbury inquiry heard that Sergei Skripal was "
                    "poisoned with Novichok, the coroner said on day " +
                        std::to_string(i) + ". Yulia Skripal survived.",
                    1700000000 + i * every));
  };
  StoryOptions o;
  StoryGrouper g(o);
  feed(g);
  EXPECT_GE(g.story_count(), 4);
  for (int i = 1; i <= 40; ++i) {
    const std::vector<int64_t> m = g.Members(g.StoryOf(i));
    ASSERT_FALSE(m.empty());
    const int64_t span = (m.back() - m.front()) * every;  // ids in order
    EXPECT_LE(span, o.max_span_seconds) << "article " << i;
  }
  // Without the limit the window alone chains them into one.
  o.max_span_seconds = 0;
  StoryGrouper chained(o);
  feed(chained);
  EXPECT_EQ(chained.story_count(), 1);
}

TEST(StoryGrouperTest, AStoryOfTenThousandArticlesStaysOne) {
  // Wire copies and rewrites of one event, each a little different. The
  // story grows past the size at which it is regrouped article by article
  // and is then kept whole.
  const char* kVariants[] = {"said", "told reporters", "added", "confirmed"};
  StoryGrouper g;
  for (int i = 1; i <= 10000; ++i) {
    const std::string body =
        "The Salisbury inquiry heard on day " + std::to_string(i % 40) +
        " that Sergei Skripal was poisoned with Novichok, the coroner " +
        kVariants[i % 4] + ". Yulia Skripal and Nick Bailey survived.";
    g.Add(Article(i, "Skripal inquiry hears Novichok evidence", body,
                  1700000000 + i * 60));
  }
  EXPECT_EQ(g.story_count(), 1);
  EXPECT_EQ(g.Members(g.StoryOf(1)).size(), 10000u);
  EXPECT_EQ(g.StoryOf(10000), g.StoryOf(1));
}

}  // namespace
}  // namespace stet
