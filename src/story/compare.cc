// How the outlets told a story (see CompareStory in stet/story.h): its
// articles, copies among them, and the facts as sentences aligned across
// articles with the diff engine's sentence similarity.
#include <xxhash.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "stet/story.h"
#include "stet/text.h"
#include "story/words.h"

namespace stet {
namespace {

struct Sentence {
  size_t article;  // index into the compared articles
  std::string text;
  std::vector<uint64_t> words;  // folded word hashes, sorted
  int first_version = 0, last_version = 0;
};

// The sentence's telling words (folded, function words left out), hashed
// and sorted: outlets share the content of a fact, not its "the" and "said",
// so the diff engine's similarity is taken over these.
std::vector<uint64_t> Words(std::string_view s) {
  std::vector<uint64_t> w;
  for (const text::SearchWord& word : text::SearchWords(s)) {
    if (word.key.size() < 2 || Stopwords().count(word.key)) continue;
    w.push_back(XXH3_64bits(word.key.data(), word.key.size()));
  }
  std::sort(w.begin(), w.end());
  return w;
}

// A word's folded key, numbers written alike: "10,000" as "10000" and the
// small number words as digits ("two" as "2").
std::string NumberKey(std::string_view w, bool* number) {
  static const std::unordered_map<std::string_view, std::string_view> kWords = {
      {"one", "1"},       {"two", "2"},       {"three", "3"},
      {"four", "4"},      {"five", "5"},      {"six", "6"},
      {"seven", "7"},     {"eight", "8"},     {"nine", "9"},
      {"ten", "10"},      {"eleven", "11"},   {"twelve", "12"},
      {"thirteen", "13"}, {"fourteen", "14"}, {"fifteen", "15"},
      {"twenty", "20"},   {"hundred", "100"}, {"thousand", "1000"}};
  std::string key = text::SearchKey(w);
  *number = false;
  if (std::any_of(key.begin(), key.end(),
                  [](char c) { return c >= '0' && c <= '9'; })) {
    std::erase(key, ',');
    *number = true;
  } else if (auto n = kWords.find(key); n != kWords.end()) {
    key = n->second;
    *number = true;
  }
  return key;
}

void AddOnce(std::vector<std::string>& to, std::string v) {
  if (std::find(to.begin(), to.end(), v) == to.end())
    to.push_back(std::move(v));
}

// The numbers and names of a telling (see FactTelling).
void NumbersAndNames(FactTelling& t) {
  ForEachWord(t.text, [&](std::string_view w, bool name) {
    bool number = false;
    std::string key = NumberKey(w, &number);
    if (number) {
      AddOnce(t.numbers, std::move(key));
    } else if (name && !Stopwords().count(key)) {
      AddOnce(t.names, std::move(key));
    }
  });
}

bool Has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// Whether telling `t`, against the first telling `o`, replaces a number
// (a name) of `o` with one of its own: a run of changed words in its
// difference that drops one and brings another, "two dead" against
// "three dead", "Lavrov said" against "Putin said". Words merely added or
// left out are not a contradiction.
void Replacements(const FactTelling& o, const FactTelling& t, bool* numbers,
                  bool* names) {
  bool num_out = false, num_in = false, name_out = false, name_in = false;
  auto settle = [&] {
    *numbers |= num_out && num_in;
    *names |= name_out && name_in;
    num_out = num_in = name_out = name_in = false;
  };
  for (const WordSegment& seg : t.words) {
    if (seg.op == WordOp::kEqual) {
      settle();
      continue;
    }
    const bool out = seg.op == WordOp::kDelete;
    for (const text::SearchWord& w : text::SearchWords(seg.text)) {
      bool number = false;
      const std::string key = NumberKey(w.key, &number);
      // Its own side's, and nowhere in the other (else it only moved).
      const FactTelling& own = out ? o : t;
      const FactTelling& other = out ? t : o;
      if (number && Has(own.numbers, key) && !Has(other.numbers, key))
        (out ? num_out : num_in) = true;
      if (!number && Has(own.names, key) && !Has(other.names, key))
        (out ? name_out : name_in) = true;
    }
  }
  settle();
}

}  // namespace

Result<StoryComparison> CompareStory(Store& store, int64_t story_id,
                                     const CompareOptions& options) {
  StoryComparison out;
  STET_ASSIGN_OR_RETURN(out.story, store.GetStory(story_id));
  STET_ASSIGN_OR_RETURN(std::vector<Article> articles,
                        store.StoryArticles(story_id));
  std::set<std::string> sources;
  for (const Article& a : articles) sources.insert(a.source);
  out.outlets = static_cast<int>(sources.size());

  // The articles compared: the earliest of each outlet, then the others in
  // order, up to the limit.
  std::vector<size_t> chosen;
  {
    const auto limit = static_cast<size_t>(std::max(options.max_articles, 0));
    std::vector<bool> picked(articles.size(), false);
    std::set<std::string> seen;
    for (size_t i = 0; i < articles.size() && chosen.size() < limit; ++i)
      if (seen.insert(articles[i].source).second) {
        picked[i] = true;
        chosen.push_back(i);
      }
    for (size_t i = 0; i < articles.size() && chosen.size() < limit; ++i)
      if (!picked[i]) chosen.push_back(i);
    std::sort(chosen.begin(), chosen.end());
  }

  out.articles.reserve(articles.size());
  for (const Article& a : articles) {
    ComparedArticle c;
    c.article = a;
    out.articles.push_back(std::move(c));
  }
  // Every sentence any version of a compared article had (once, with the
  // versions it was in), and the words of its latest text.
  std::vector<std::vector<Sentence>> sentences(articles.size());
  std::vector<std::vector<uint64_t>> all_words(articles.size());
  for (size_t i : chosen) {
    ComparedArticle& c = out.articles[i];
    STET_ASSIGN_OR_RETURN(std::vector<VersionInfo> versions,
                          store.ListVersions(c.article.id));
    if (versions.empty()) continue;
    c.first_headline = versions.front().headline;
    c.last_change = versions.back().seen_at;
    std::vector<Sentence>& mine = sentences[i];
    std::unordered_map<std::string, size_t> seen;  // text -> index in mine
    for (const VersionInfo& v : versions) {
      STET_ASSIGN_OR_RETURN(Version version,
                            store.LoadVersion(c.article.id, v.number));
      for (const std::string& p : version.text.paragraphs) {
        for (const text::Span& sp : text::SplitSentences(p)) {
          std::string t = p.substr(sp.begin, sp.size());
          if (auto same = seen.find(t); same != seen.end()) {
            mine[same->second].last_version = v.number;
            continue;
          }
          Sentence s{i, t, {}, v.number, v.number};
          s.words = Words(s.text);
          if (s.words.empty()) continue;
          seen.emplace(std::move(t), mine.size());
          mine.push_back(std::move(s));
        }
      }
      if (&v == &versions.back()) {
        std::string whole = version.text.headline;
        for (const std::string& p : version.text.paragraphs) whole += " " + p;
        all_words[i] = Words(whole);
      }
    }
    c.versions = static_cast<int>(versions.size());
  }
  // Copies: nearly the same words as an earlier compared article.
  for (size_t k = 0; k < chosen.size(); ++k)
    for (size_t l = 0; l < k; ++l) {
      const size_t i = chosen[k], j = chosen[l];
      if (out.articles[j].copy_of != 0) continue;
      if (!all_words[i].empty() &&
          SentenceSimilarity(all_words[i], all_words[j]) >=
              options.copy_threshold) {
        out.articles[i].copy_of = out.articles[j].article.id;
        break;
      }
    }

  // Facts: each sentence of an original article joins the fact it is most
  // like, or starts one. A fact holds one sentence of each article, or
  // several when they are one sentence edited between its versions.
  std::vector<std::vector<Sentence>> facts;
  std::set<std::string> independent;
  for (size_t i : chosen) {
    if (out.articles[i].copy_of != 0) continue;
    ++out.articles_compared;
    independent.insert(out.articles[i].article.source);
    for (Sentence& s : sentences[i]) {
      size_t best = facts.size();
      double best_sim = options.fact_threshold;
      for (size_t f = 0; f < facts.size(); ++f) {
        double sim = 0;
        bool blocked = false;
        for (const Sentence& t : facts[f]) {
          const double x = SentenceSimilarity(s.words, t.words);
          // Its own article's sentence: only an edit of it (no version in
          // common, and as alike as the diff engine asks of an edit).
          if (t.article == i &&
              (x < 0.5 || !(t.last_version < s.first_version ||
                            s.last_version < t.first_version)))
            blocked = true;
          sim = std::max(sim, x);
        }
        if (!blocked && sim >= best_sim) {
          best_sim = sim;
          best = f;
        }
      }
      if (best == facts.size()) facts.emplace_back();
      facts[best].push_back(std::move(s));
    }
  }
  out.independent_outlets = static_cast<int>(independent.size());
  std::set<std::string> copiers;
  for (size_t i : chosen)
    if (out.articles[i].copy_of != 0 &&
        !independent.count(out.articles[i].article.source))
      copiers.insert(out.articles[i].article.source);
  out.copy_outlets = static_cast<int>(copiers.size());
  for (auto& f : facts) {
    Fact fact;
    std::set<std::string> outlets;
    for (const Sentence& s : f) {
      FactTelling t;
      t.article_id = out.articles[s.article].article.id;
      t.source = out.articles[s.article].article.source;
      t.text = s.text;
      t.first_version = s.first_version;
      t.last_version = s.last_version;
      t.removed = s.last_version < out.articles[s.article].versions;
      if (!fact.tellings.empty()) {
        t.words = WordDiff(fact.tellings.front().text, s.text);
        // Mostly reworded: the differences would hide the sentence.
        size_t same = 0;
        for (const WordSegment& w : t.words)
          if (w.op == WordOp::kEqual) same += w.text.size();
        if (2 * same < s.text.size()) t.words.clear();
      }
      NumbersAndNames(t);
      if (!fact.tellings.empty() && t.source != fact.tellings.front().source)
        Replacements(fact.tellings.front(), t, &fact.numbers_differ,
                     &fact.names_differ);
      outlets.insert(t.source);
      fact.tellings.push_back(std::move(t));
    }
    fact.outlets = static_cast<int>(outlets.size());
    out.facts.push_back(std::move(fact));
  }
  std::stable_sort(
      out.facts.begin(), out.facts.end(),
      [](const Fact& a, const Fact& b) { return a.outlets > b.outlets; });
  return out;
}

std::string CopiesNote(const StoryComparison& c) {
  if (c.copy_outlets == 0) return "";
  return " (" + std::to_string(c.copy_outlets) + " ran only copies)";
}

}  // namespace stet
