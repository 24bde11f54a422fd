// Comparing a story across outlets (CompareStory): copies, facts, wordings,
// the limit on articles compared.
#include <gtest/gtest.h>

#include "stet/story.h"
#include "stet/text.h"

namespace stet {
namespace {

class CompareTest : public ::testing::Test {
 protected:
  int64_t Record(const std::string& url, const std::string& source, Timestamp t,
                 const std::string& headline,
                 std::vector<std::string> paragraphs) {
    Observation o;
    o.url = url;
    o.source = source;
    o.seen_at = t;
    o.text.headline = headline;
    o.text.paragraphs = std::move(paragraphs);
    auto r = store_->Record(o);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r->article_id : 0;
  }
  // Groups what was recorded; the story of `article`.
  int64_t Group(int64_t article) {
    StoryUpdater u;
    EXPECT_TRUE(u.Update(*store_).ok());
    return *store_->StoryOf(article);
  }
  const Fact* FactWith(const StoryComparison& c, const std::string& words) {
    for (const Fact& f : c.facts)
      for (const FactTelling& t : f.tellings)
        if (t.text.find(words) != std::string::npos) return &f;
    return nullptr;
  }

  std::unique_ptr<Store> store_ = NewMemoryStore();
};

const std::vector<std::string> kWire = {
    "A magnitude 6.1 earthquake struck Indonesia's West Papua province on "
    "Sunday, the US Geological Survey said.",
    "Two people died when the Mutiara hotel collapsed in Manokwari, police "
    "chief Rudolf Nahak said.",
    "Residents of Manokwari fled to higher ground fearing a tsunami."};

TEST_F(CompareTest, ACopyIsMarkedAndFactsComeFromTheOthers) {
  const int64_t wire =
      Record("http://ap/1", "ap", 1000, "Quake kills two in West Papua", kWire);
  const int64_t copy = Record("http://yahoo/1", "yahoo", 1100,
                              "Quake kills two in West Papua", kWire);
  const int64_t own = Record(
      "http://itv/1", "itv", 1200, "West Papua earthquake: two dead",
      {"A magnitude 6.1 earthquake struck Indonesia's West Papua province on "
       "Sunday morning, the US Geological Survey said.",
       "Rescuers searched the rubble of the Mutiara hotel overnight, while "
       "Rudolf Nahak's officers counted two dead in Manokwari.",
       "The governor of West Papua declared a state of emergency."});
  const int64_t story = Group(wire);
  ASSERT_EQ(Group(copy), story);
  ASSERT_EQ(Group(own), story);

  auto c = CompareStory(*store_, story);
  ASSERT_TRUE(c.ok()) << c.status().message();
  ASSERT_EQ(c->articles.size(), 3u);
  EXPECT_EQ(c->articles[0].copy_of, 0);
  EXPECT_EQ(c->articles[1].copy_of, wire);  // the wire story on another site
  EXPECT_EQ(c->articles[2].copy_of, 0);
  EXPECT_EQ(c->outlets, 3);
  EXPECT_EQ(c->independent_outlets, 2);  // yahoo only ran ap's text
  EXPECT_EQ(c->copy_outlets, 1);
  EXPECT_EQ(CopiesNote(*c), " (1 ran only copies)");
  EXPECT_EQ(c->articles_compared, 2);  // the copy is not coverage of its own

  // The same sentence, a word added: told by both, the addition shown.
  const Fact* quake = FactWith(*c, "magnitude 6.1");
  ASSERT_NE(quake, nullptr);
  ASSERT_EQ(quake->tellings.size(), 2u);
  EXPECT_EQ(quake->outlets, 2);
  bool added_morning = false;
  for (const WordSegment& w : quake->tellings[1].words)
    added_morning |=
        w.op == WordOp::kInsert && w.text.find("morning") != std::string::npos;
  EXPECT_TRUE(added_morning);
  // Reworded: told by both, shown as written rather than as differences.
  const Fact* dead = FactWith(*c, "Mutiara");
  ASSERT_NE(dead, nullptr);
  ASSERT_EQ(dead->outlets, 2);
  EXPECT_TRUE(dead->tellings[1].words.empty());
  // Only one outlet each.
  const Fact* tsunami = FactWith(*c, "tsunami");
  ASSERT_NE(tsunami, nullptr);
  EXPECT_EQ(tsunami->outlets, 1);
  const Fact* emergency = FactWith(*c, "state of emergency");
  ASSERT_NE(emergency, nullptr);
  EXPECT_EQ(emergency->outlets, 1);
  EXPECT_EQ(emergency->tellings[0].source, "itv");
  // Most outlets first.
  EXPECT_EQ(c->facts.front().outlets, 2);
  EXPECT_EQ(c->facts.back().outlets, 1);
  // A word added is no contradiction; the numbers are read all the same.
  EXPECT_FALSE(quake->numbers_differ);
  EXPECT_FALSE(quake->names_differ);
  EXPECT_EQ(quake->tellings[0].numbers, std::vector<std::string>{"6.1"});
  EXPECT_FALSE(dead->numbers_differ);
}

TEST_F(CompareTest, NumbersAndNamesThatDifferAreFlagged) {
  const int64_t ap =
      Record("http://ap/1", "ap", 1000, "Quake kills two in West Papua", kWire);
  // A sentence of ap's with a different toll, one with a name added, and
  // text of its own (so it is no copy); then one with another person
  // quoted.
  Record("http://afp/1", "afp", 1100, "Quake kills three in West Papua",
         {"Rescuers worked through the night in the rubble of the coastal "
          "town, where electricity and telephone lines were cut.",
          "Three people died when the Mutiara hotel collapsed in Manokwari, "
          "police chief Rudolf Nahak said.",
          "Residents of Manokwari fled to higher ground fearing a tsunami, "
          "governor Abraham Atururi said.",
          "Aftershocks of up to magnitude 5 shook the province into Monday."});
  Record("http://bbc/1", "bbc", 1200, "Deadly quake in West Papua",
         {"A magnitude 6.1 earthquake struck Indonesia's West Papua province "
          "on Sunday, the US Geological Survey said.",
          "Two people died when the Mutiara hotel collapsed in Manokwari, "
          "governor Abraham Atururi said."});
  const int64_t story = Group(ap);
  auto c = CompareStory(*store_, story);
  ASSERT_TRUE(c.ok()) << c.status().message();
  const Fact* dead = FactWith(*c, "Mutiara");
  ASSERT_NE(dead, nullptr);
  ASSERT_EQ(dead->tellings.size(), 3u);
  EXPECT_TRUE(dead->numbers_differ);  // ap's two against afp's three
  EXPECT_TRUE(dead->names_differ);    // ap's Nahak against bbc's Atururi
  EXPECT_EQ(dead->tellings[1].numbers, std::vector<std::string>{"3"});
  // The survey's sentence: the same everywhere.
  const Fact* quake = FactWith(*c, "magnitude 6.1");
  ASSERT_NE(quake, nullptr);
  EXPECT_FALSE(quake->numbers_differ);
  EXPECT_FALSE(quake->names_differ);
  // The governor only added (afp's tsunami sentence has a name more than
  // ap's): nothing was replaced.
  const Fact* tsunami = FactWith(*c, "tsunami");
  ASSERT_NE(tsunami, nullptr);
  EXPECT_FALSE(tsunami->names_differ);
}

TEST_F(CompareTest, ALongStoryComparesTheFirstOfEachOutletFirst) {
  // Five articles from one outlet, then one from another: with room for
  // two, the second outlet is still compared.
  std::vector<int64_t> ids;
  for (int i = 0; i < 5; ++i) {
    std::vector<std::string> p = kWire;
    p.push_back("Update " + std::to_string(i) + ": aftershocks continued.");
    ids.push_back(Record("http://ap/" + std::to_string(i), "ap", 1000 + i,
                         "Quake kills two in West Papua", p));
  }
  ids.push_back(Record("http://itv/1", "itv", 2000,
                       "Quake kills two in West Papua",
                       {kWire[0], kWire[1], "Schools were closed."}));
  const int64_t story = Group(ids[0]);
  for (int64_t id : ids) ASSERT_EQ(Group(id), story);
  CompareOptions o;
  o.max_articles = 2;
  o.copy_threshold = 2;  // none is a copy here
  auto c = CompareStory(*store_, story, o);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->articles.size(), 6u);  // all listed
  EXPECT_EQ(c->articles_compared, 2);
  const Fact* schools = FactWith(*c, "Schools were closed");
  ASSERT_NE(schools, nullptr);
  EXPECT_EQ(schools->tellings[0].source, "itv");
  EXPECT_EQ(FactWith(*c, "Update 3"), nullptr);  // not compared
  EXPECT_EQ(CompareStory(*store_, 999).status().code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace stet
