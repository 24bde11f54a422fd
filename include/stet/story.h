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
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "stet/model.h"

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
  // Two groups of two or more articles do not join when their average
  // similarity is below this share of either group's own (the average over
  // its pairs): close-knit groups much less close to each other are two
  // events on one theme. Default 0 (off).
  double cohesion_ratio = 0;
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
  // Articles are grouped only with articles in the same language; empty
  // means unknown, which groups with unknown.
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

// The words of `text` as the grouper counts them: folded keys with their
// weights (names counted `name_weight` times). For building the built-in
// document frequencies, and for tests.
std::vector<std::pair<std::string, double>> StoryTerms(
    const VersionText& text, double name_weight = 2.0);

}  // namespace stet

#endif  // STET_STORY_H_
