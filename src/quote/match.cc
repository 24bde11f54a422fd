// The same quotation in other words, and the same person under other names
// (see stet/quote.h).
#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "quote/internal.h"
#include "stet/quote.h"
#include "stet/text.h"
#include "story/words.h"

namespace stet {
namespace {

// A quotation's telling words (folded, function words left out), hashed
// and sorted, each with a weight (1 unless the words are weighed against
// other quotations: see GroupQuoteVariants): "it is no secret that" and
// "it's no secret" differ only in words that carry nothing.
struct Telling {
  std::vector<uint64_t> hash;
  std::vector<double> weight;  // parallel to hash
  double total = 0;            // sum of weight
  // Its first words, every word counted, in order (at most kLead), and
  // how many words it has in all: a short quotation is the opening of a
  // longer one ("Not successfully." of "not successfully , not
  // successfully , i think is the word").
  std::vector<uint64_t> lead;
  size_t words = 0;
};

constexpr size_t kLead = 6;

Telling Tell(std::string_view s) {
  // What is left of a contraction once the apostrophe splits it ("aren"
  // "t", tokenised "ca" "n't"): no more telling than "not" itself.
  static const std::unordered_set<std::string_view> kFragments = {
      "aren",  "isn",  "wasn", "weren", "don",    "doesn",  "didn",
      "haven", "hasn", "hadn", "won",   "wouldn", "couldn", "shouldn",
      "ca",    "wo",   "ve",   "ll",    "re",     "nt",     "mustn"};
  Telling t;
  for (const text::SearchWord& w : text::SearchWords(s)) {
    const uint64_t h = XXH3_64bits(w.key.data(), w.key.size());
    if (t.words++ < kLead) t.lead.push_back(h);
    if (Stopwords().count(w.key) || kFragments.count(w.key)) continue;
    t.hash.push_back(h);
  }
  std::sort(t.hash.begin(), t.hash.end());
  t.weight.assign(t.hash.size(), 1.0);
  t.total = static_cast<double>(t.hash.size());
  return t;
}

// QuoteSimilarity over telling words: the weighted share of the shorter
// quotation's words found in the longer (multisets). A word weighs the
// same in both (its weight depends on the word alone).
double Containment(const Telling& x, const Telling& y) {
  if (x.hash.empty() || y.hash.empty()) return 0;
  // A quotation of a word or two is the same only in the same words
  // ("abundant evidence" is not "no evidence"), or when a longer one opens
  // with all of its words in order ("Not successfully." and "not
  // successfully , not successfully , i think is the word").
  if (std::min(x.hash.size(), y.hash.size()) < 3) {
    if (x.hash == y.hash) return 1.0;
    const Telling& s = x.words <= y.words ? x : y;
    const Telling& l = x.words <= y.words ? y : x;
    return s.words >= 2 && s.words <= kLead && l.lead.size() >= s.words &&
                   std::equal(s.lead.begin(), s.lead.end(), l.lead.begin())
               ? 1.0
               : 0.0;
  }
  double shared = 0;
  for (size_t i = 0, j = 0; i < x.hash.size() && j < y.hash.size();) {
    if (x.hash[i] < y.hash[j]) {
      ++i;
    } else if (y.hash[j] < x.hash[i]) {
      ++j;
    } else {
      shared += x.weight[i++];
      ++j;
    }
  }
  return shared / std::min(x.total, y.total);
}

}  // namespace

double QuoteSimilarity(std::string_view a, std::string_view b) {
  return Containment(Tell(a), Tell(b));
}

std::vector<size_t> GroupQuoteVariants(const std::vector<const Quote*>& quotes,
                                       double threshold) {
  const size_t n = quotes.size();
  std::vector<size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // The speaker of each group (by its root), so that a chain through a
  // quotation of unknown speaker never joins two people's words.
  // Words and speakers read once: every pair is compared.
  std::vector<std::string> keys(n);
  std::vector<Telling> words(n);
  std::unordered_map<uint64_t, int> holders;  // word -> quotations with it
  for (size_t i = 0; i < n; ++i) {
    keys[i] = PersonKey(quotes[i]->speaker);
    words[i] = Tell(quotes[i]->text);
    const std::vector<uint64_t>& h = words[i].hash;
    for (size_t k = 0; k < h.size(); ++k)
      if (k == 0 || h[k] != h[k - 1]) ++holders[h[k]];
  }
  // Each word weighed once, by how few of the quotations hold it: a
  // story's topic words ("evidence", "interference"), which most of its
  // quotations share, tell less of which utterance a quotation is.
  for (Telling& t : words) {
    t.total = 0;
    for (size_t k = 0; k < t.hash.size(); ++k) {
      t.weight[k] = std::log(1.0 + static_cast<double>(n) /
                                       static_cast<double>(holders[t.hash[k]]));
      t.total += t.weight[k];
    }
  }
  for (size_t i = 0; i < n; ++i)
    for (size_t j = i + 1; j < n; ++j) {
      const size_t a = find(i), b = find(j);
      if (a == b) continue;
      if (!keys[a].empty() && !keys[b].empty() && !SamePerson(keys[a], keys[b]))
        continue;
      if (Containment(words[i], words[j]) < threshold) continue;
      const size_t root = std::min(a, b), other = std::max(a, b);
      parent[other] = root;
      // The fuller name speaks for the group.
      if (keys[root].size() < keys[other].size()) keys[root] = keys[other];
    }
  std::vector<size_t> out(n);
  for (size_t i = 0; i < n; ++i) out[i] = find(i);
  return out;
}

std::string PersonKey(std::string_view name) {
  std::string out;
  for (const text::SearchWord& sw : text::SearchWords(name)) {
    const std::string& w = sw.key;
    if (quote::Title(w)) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

bool SamePerson(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  auto last = [](std::string_view s) {
    const size_t sp = s.rfind(' ');
    return sp == std::string_view::npos ? s : s.substr(sp + 1);
  };
  // One is a surname alone, the other's last word.
  const bool a_one = a.find(' ') == std::string_view::npos;
  const bool b_one = b.find(' ') == std::string_view::npos;
  return (a_one || b_one) && last(a) == last(b);
}

}  // namespace stet

namespace stet {

std::vector<QuoteChange> CompareQuotes(const VersionText& before,
                                       const VersionText& after) {
  auto speech = [](const VersionText& v) {
    std::vector<Quote> out;
    for (Quote& q : ExtractQuotes(v))
      if (q.kind == QuoteKind::kSpeech) out.push_back(std::move(q));
    return out;
  };
  const std::vector<Quote> a = speech(before), b = speech(after);
  std::vector<Telling> a_words;
  for (const Quote& q : a) a_words.push_back(Tell(q.text));
  std::vector<bool> matched(a.size(), false);
  std::vector<QuoteChange> out;
  for (const Quote& q : b) {
    const Telling words = Tell(q.text);
    size_t best = a.size();
    double best_sim = kQuoteVariantThreshold;
    for (size_t i = 0; i < a.size(); ++i) {
      if (matched[i]) continue;
      const double sim =
          a[i].text == q.text ? 2 : Containment(a_words[i], words);
      if (sim >= best_sim) {
        best_sim = sim;
        best = i;
      }
    }
    if (best == a.size()) {
      out.push_back({QuoteChange::Kind::kAdded, {}, q});
      continue;
    }
    matched[best] = true;
    if (a[best].text != q.text)
      out.push_back({QuoteChange::Kind::kReworded, a[best], q});
  }
  for (size_t i = 0; i < a.size(); ++i)
    if (!matched[i]) out.push_back({QuoteChange::Kind::kRemoved, a[i], {}});
  return out;
}

std::vector<QuoteVariants> GroupStoryQuotes(
    const std::vector<StoredQuote>& quotes) {
  std::vector<const StoredQuote*> order;
  for (const StoredQuote& q : quotes) order.push_back(&q);
  std::stable_sort(order.begin(), order.end(),
                   [](const auto* x, const auto* y) {
                     return x->first_seen < y->first_seen ||
                            (x->first_seen == y->first_seen && x->id < y->id);
                   });
  std::vector<Quote> as_quotes;
  as_quotes.reserve(order.size());
  for (const StoredQuote* q : order) {
    Quote x;
    x.text = q->text;
    x.speaker = q->speaker;
    as_quotes.push_back(std::move(x));
  }
  std::vector<const Quote*> ptrs;
  for (const Quote& q : as_quotes) ptrs.push_back(&q);
  const std::vector<size_t> root = GroupQuoteVariants(ptrs);
  std::vector<QuoteVariants> groups;
  std::vector<size_t> group_of(order.size(), 0);
  for (size_t i = 0; i < order.size(); ++i) {
    if (root[i] == i) {
      group_of[i] = groups.size();
      groups.emplace_back();
    } else {
      group_of[i] = group_of[root[i]];
    }
    QuoteVariants& g = groups[group_of[i]];
    g.tellings.push_back(order[i]);
    if (order[i]->speaker.size() > g.speaker.size())
      g.speaker = order[i]->speaker;
  }
  for (QuoteVariants& g : groups) {
    g.person = PersonKey(g.speaker);
    for (const StoredQuote* q : g.tellings)
      g.similarity.push_back(
          q == g.tellings.front()
              ? 1.0
              : QuoteSimilarity(g.tellings.front()->text, q->text));
    std::set<std::string> sources;
    for (const StoredQuote* q : g.tellings) sources.insert(q->source);
    g.outlets = static_cast<int>(sources.size());
  }
  std::stable_sort(
      groups.begin(), groups.end(),
      [](const auto& x, const auto& y) { return x.outlets > y.outlets; });
  return groups;
}

}  // namespace stet
