// Stories: the coverage of one event across outlets, grouped as articles
// arrive.
//
// Each article becomes a vector of its telling words (case and accents
// folded, common words dropped, names inside sentences weighted up, weights
// tf-idf, document frequencies from a small built-in sample of news text
// plus everything seen so far). A new article finds its nearest articles
// through an inverted index of their strongest words, and the stories those
// neighbours belong to are grouped again with it, by average similarity
// (average-link): a story's articles stay together while they are on
// average close enough to each other, and no closer to another story.
// Regrouping the neighbourhood on every arrival is what lets later coverage
// correct an early guess: two stories merge when an article shows they are
// one, and an article that started a story of its own moves to the story it
// belongs with once that story appears. The result hardly depends on the
// order articles arrive in. The work per article is bounded (its
// neighbours, at most `regroup_articles` articles regrouped, large stories
// kept whole), so it does not grow with the number of stories.
//
// Thread-safety: a StoryGrouper is used by one thread at a time.
#ifndef STET_STORY_H_
#define STET_STORY_H_

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "stet/diff.h"
#include "stet/model.h"
#include "stet/result.h"
#include "stet/store.h"

namespace stet {

struct StoryOptions {
  // Average similarity (cosine of the articles' vectors, averaged over every
  // pair across two groups) at which two groups are one story. Default 0.22.
  double join_threshold = 0.22;
  // A group of at most `small_group` articles left on its own joins the
  // story holding its nearest article when they are at least this similar:
  // an article that shares little with most of its story is still closest to
  // one of its articles. Default 0.15. Off when above 1.
  double attach_threshold = 0.15;
  // Default 3.
  int small_group = 3;
  // The nearest articles looked at, and how similar they must be to count.
  // Defaults 30 and 0.1.
  int neighbours = 30;
  double neighbour_threshold = 0.1;
  // Articles regrouped per arrival, at most; a story larger than
  // `regroup_story` articles is kept whole (it can still take articles and
  // merge, but not split). Defaults 200 and 60.
  int regroup_articles = 200;
  int regroup_story = 60;
  // The strongest words of an article kept in its vector. Default 100.
  int article_terms = 100;
  // Of those, the strongest entered in the inverted index, and the
  // strongest looked up in it. Defaults 30 and 12.
  int indexed_terms = 30;
  int query_terms = 12;
  // Articles compared in full with each arrival: those sharing the most
  // weight of its looked-up words. Default 200.
  int candidates = 200;
  // The most recent articles kept per word in the index; older ones are no
  // longer found as neighbours through that word. Default 512.
  int postings_per_term = 512;
  // Weight of a capitalised word that does not open a sentence (a name, in
  // text that keeps case). Default 3.
  double name_weight = 3.0;
  // When both carry times, articles more than this many seconds apart are
  // not neighbours and their groups do not join. Default 7 days: the
  // coverage of one event falls within days. 0 ignores times.
  int64_t window_seconds = 7 * 24 * 3600;
  // When times are known, no story spans more than this many seconds from
  // its first article to its last: without it, an event covered every few
  // days would chain through the window for months. Later coverage starts
  // a new story. Default 30 days; 0 sets no limit.
  int64_t max_span_seconds = 30 * 24 * 3600;
  // The articles of a story counted whole in the document frequencies;
  // the n-th after them counts as story_counted / n, so a story of n
  // articles counts about story_counted * (1 + ln(n / story_counted)) and
  // its own words stay telling however much it is covered. Default 20; 0
  // counts every article whole.
  int story_counted = 20;
  // Whether document frequencies start from the built-in sample (181 news
  // and blog articles), so the first articles of a stream are weighed as
  // they will be later. Default true.
  bool background = true;
};

// What the grouper needs of an article.
struct StoryArticle {
  int64_t id = 0;  // the caller's id; each id is added once
  VersionText text;
  Timestamp published = 0;  // 0: unknown
  // Articles of two different languages are never grouped; empty means
  // unknown, which groups with any.
  std::string language;
};

struct StoryAssignment {
  int64_t story = 0;       // the story the article is in now
  bool new_story = false;  // it started one
  // Its average similarity to the other articles of its story (0 alone).
  double similarity = 0;
  // Stories that no longer exist: their articles are now in other stories.
  std::vector<int64_t> merged;
  // Articles added earlier whose story changed: (article id, story).
  std::vector<std::pair<int64_t, int64_t>> moved;
};

class StoryGrouper {
 public:
  explicit StoryGrouper(StoryOptions options = {});
  ~StoryGrouper();
  StoryGrouper(const StoryGrouper&) = delete;
  StoryGrouper& operator=(const StoryGrouper&) = delete;

  // Adds an article and regroups its neighbourhood. Adding an id again
  // changes nothing and returns its current story.
  StoryAssignment Add(const StoryArticle& article);
  // The story an added article is in now; 0 if never added.
  int64_t StoryOf(int64_t article_id) const;
  // The articles of a story, in the order they were added; empty if the
  // story does not exist (or no longer does).
  std::vector<int64_t> Members(int64_t story) const;
  // Stories that exist now.
  int64_t story_count() const;
  // Bytes held, roughly (for the benchmark's memory per article).
  size_t MemoryBytes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// --- Stories in a store
// -------------------------------------------------------

// Keeps a store's stories up to date: adds the articles recorded since the
// last call to a grouper (in the order the store first recorded them, each
// by its first version, its first sighting as its time) and writes the
// story of each, and of every article an arrival moved, to the store.
//
// A new updater over a store that already has stories first reads every
// article grouped before (the grouper is deterministic: the same articles
// in the same order give the same stories) and writes them again, so the
// stored stories and the grouper agree even if stet's settings changed; it
// does nothing at all while no article is waiting.
//
// Thread-safety: one thread at a time.
class StoryUpdater {
 public:
  explicit StoryUpdater(StoryOptions options = {});
  // Groups at most `max_articles` waiting articles, writing every few
  // hundred; returns how many it grouped (0: up to date).
  Result<int64_t> Update(
      Store& store, int64_t max_articles = std::numeric_limits<int64_t>::max());
  const StoryGrouper& grouper() const { return grouper_; }

 private:
  StoryGrouper grouper_;
  int64_t last_article_ = 0;  // the last article added to grouper_
};

// --- Comparing how outlets told a story -------------------------------------

struct CompareOptions {
  // Sentences of different articles at least this alike (the diff engine's
  // word similarity, over their telling words) tell the same fact. Default
  // 0.4: outlets reword more than an editor revising a sentence does.
  double fact_threshold = 0.4;
  // An article whose words are at least this alike to an earlier one's is a
  // copy of it (the same wire story on another site) and not counted as
  // coverage of its own. Default 0.9.
  double copy_threshold = 0.9;
  // The articles compared, at most: the earliest of each outlet first, then
  // the others in order. Default 40 (a story of thousands stays fast).
  int max_articles = 40;
};

struct ComparedArticle {
  Article article;             // latest headline, first sighting, version count
  std::string first_headline;  // its first version's
  Timestamp last_change = 0;   // its latest version's sighting
  int versions = 0;            // 0 when it was not compared
  int64_t copy_of = 0;         // the earlier article it is a copy of, or 0
};

// One fact: sentences of different articles that tell the same thing.
struct FactTelling {
  int64_t article_id = 0;
  std::string source;
  std::string text;
  int first_version = 0, last_version = 0;  // the versions it was in
  bool removed = false;  // a later version of its article dropped it
  // Against the first telling: what this one has instead. Empty for the
  // first, and for one mostly reworded (under half its text in common),
  // whose differences would hide it.
  std::vector<WordSegment> words;
  // Its numbers ("6.1", "10000"; "two" as "2") and its names (capitalised
  // words not opening a sentence, folded), each once, in order.
  std::vector<std::string> numbers, names;
};
struct Fact {
  std::vector<FactTelling> tellings;  // earliest article first
  int outlets = 0;                    // distinct sources among them
  // A telling by another outlet, mostly the same sentence as the first,
  // puts a number (a name) of its own where the first has another: "two
  // dead" against "three dead", "said Lavrov" against "said Putin". What a
  // fact-checker looks at first; words only added or left out do not count.
  bool numbers_differ = false, names_differ = false;
};

struct StoryComparison {
  StorySummary story;
  // Every article of the story, earliest first.
  std::vector<ComparedArticle> articles;
  int outlets = 0;  // distinct sources, copies included
  // Distinct sources of the compared articles that are not copies: the
  // outlets that told the story themselves, against which "told by most"
  // is judged (a site running the wire story adds no coverage).
  int independent_outlets = 0;
  // Distinct sources whose compared articles were all copies.
  int copy_outlets = 0;
  int articles_compared = 0;  // those whose sentences make the facts
  // Told by the most outlets first; then in the order first told.
  std::vector<Fact> facts;
};

// Compares how a story's articles tell it: every sentence any of their
// versions had, aligned into facts (a sentence a later version dropped is
// marked removed). NotFound when there is no such story.
Result<StoryComparison> CompareStory(Store& store, int64_t story_id,
                                     const CompareOptions& options = {});

// How the outlets that ran only copies are named after the outlet count:
// "" when none did, else " (2 ran only copies)". For every front end.
std::string CopiesNote(const StoryComparison& c);

// The language of a text from its commonest words ("en", "de", "fr", "es",
// "it", "nl", "pt", "ru"), or "" when the text is too short or too mixed to
// say. StoryUpdater groups only articles of one language together.
std::string GuessLanguage(const VersionText& text);

// The words of `text` as the grouper counts them: folded keys with their
// weights (names counted `name_weight` times). For building the built-in
// document frequencies, and for tests.
std::vector<std::pair<std::string, double>> StoryTerms(
    const VersionText& text, double name_weight = 2.0);

}  // namespace stet

#endif  // STET_STORY_H_
