// Online story grouping by regrouping each arrival's neighbourhood (see
// stet/story.h).
#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "stet/story.h"
#include "stet/text.h"
#include "story/words.h"

namespace stet {
namespace {

// Document frequencies of words in 181 news and blog articles (the bodies
// of the AEB sample), written by `stet_story_bench --background`. Defines
// kBackground: a first line "docs N", then "count word" lines.
#include "background.inc"

template <typename F>
void ForEachTerm(const VersionText& t, double name_weight, F&& f) {
  auto add_text = [&](std::string_view s) {
    ForEachWord(s, [&](std::string_view w, bool name) {
      std::string key = text::SearchKey(w);
      if (key.size() < 2 || Stopwords().count(key)) return;
      f(std::move(key), name ? name_weight : 1.0);
    });
  };
  add_text(t.headline);
  for (const std::string& p : t.paragraphs) add_text(p);
}

using Vec = std::vector<std::pair<uint32_t, float>>;  // sorted by term

// Widens the span [first, last] to take in [f, l]; 0 is unknown.
void Widen(Timestamp& first, Timestamp& last, Timestamp f, Timestamp l) {
  if (f == 0) return;
  first = first == 0 ? f : std::min(first, f);
  last = std::max(last, l);
}

// Two known, different languages; an unknown one goes with any.
bool Apart(const std::string& a, const std::string& b) {
  return !a.empty() && !b.empty() && a != b;
}

double Dot(const Vec& a, const Vec& b) {
  double s = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      s += static_cast<double>(a[i].second) * b[j].second;
      ++i;
      ++j;
    }
  }
  return s;
}

double Dot(const Vec& a, const std::unordered_map<uint32_t, float>& b) {
  double s = 0;
  for (const auto& [t, w] : a) {
    auto it = b.find(t);
    if (it != b.end()) s += static_cast<double>(w) * it->second;
  }
  return s;
}

double Dot(const std::unordered_map<uint32_t, float>& a,
           const std::unordered_map<uint32_t, float>& b) {
  const auto& small = a.size() < b.size() ? a : b;
  const auto& large = &small == &a ? b : a;
  double s = 0;
  for (const auto& [t, w] : small) {
    auto it = large.find(t);
    if (it != large.end()) s += static_cast<double>(w) * it->second;
  }
  return s;
}

}  // namespace

std::vector<std::pair<std::string, double>> StoryTerms(const VersionText& text,
                                                       double name_weight) {
  std::unordered_map<std::string, double> tf;
  ForEachTerm(text, name_weight,
              [&](std::string key, double w) { tf[std::move(key)] += w; });
  std::vector<std::pair<std::string, double>> out(tf.begin(), tf.end());
  std::sort(out.begin(), out.end());
  return out;
}

struct StoryGrouper::Impl {
  struct Article {
    int64_t id;
    int64_t story;
    Timestamp published;
    Vec tf;   // log-scaled term weights (not idf), sorted by term
    Vec vec;  // tf-idf, unit length, as of `epoch`
    uint32_t epoch = 0;
    std::string language;  // empty: unknown, which goes with any
  };
  struct Story {
    std::vector<uint32_t> members;  // article indexes, in order added
    // Sum of the members' unit vectors: average similarity between groups
    // is the dot product of their sums over the product of their sizes.
    std::unordered_map<uint32_t, float> sum;
    std::string language;  // its articles' (they have one, or none known)
    Timestamp first = 0, last = 0;  // publication times seen; 0 unknown
    bool alive = false;
  };

  explicit Impl(StoryOptions o) : opt(o) {
    if (opt.background) LoadBackground();
  }

  StoryOptions opt;
  std::unordered_map<uint64_t, uint32_t> term_index;
  std::vector<float> df;  // by term index; background included
  double docs = 0;        // likewise
  uint32_t epoch = 1;     // advanced when `docs` has grown by a tenth
  double epoch_docs = 0;
  std::vector<Article> articles;
  std::unordered_map<int64_t, uint32_t> by_id;
  std::vector<Story> stories;  // story id = index + 1
  int64_t alive = 0;
  std::unordered_map<uint32_t, std::vector<uint32_t>> postings;
  std::vector<float> score;  // by article: scratch for finding candidates

  uint32_t Term(std::string_view key) {
    const uint64_t h = XXH3_64bits(key.data(), key.size());
    auto [it, added] =
        term_index.emplace(h, static_cast<uint32_t>(term_index.size()));
    if (added) df.push_back(0);
    return it->second;
  }

  void LoadBackground() {
    std::string_view all(kBackground);
    while (!all.empty()) {
      const size_t nl = all.find('\n');
      std::string_view line = all.substr(0, nl);
      all = nl == std::string_view::npos ? std::string_view()
                                         : all.substr(nl + 1);
      const size_t sp = line.find(' ');
      if (sp == std::string_view::npos) continue;
      const std::string_view head = line.substr(0, sp);
      const std::string_view rest = line.substr(sp + 1);
      if (head == "docs") {
        docs = std::stod(std::string(rest));
      } else {
        df[Term(rest)] += static_cast<float>(std::stod(std::string(head)));
      }
    }
    epoch_docs = docs;
  }

  double Idf(uint32_t term) const {
    return std::log((docs + 1) / (static_cast<double>(df[term]) + 1));
  }

  // The article's unit vector under the current document frequencies
  // (refreshed once they have moved by a tenth).
  const Vec& VecOf(uint32_t a) {
    Article& art = articles[a];
    if (art.epoch == epoch) return art.vec;
    art.vec.clear();
    double n2 = 0;
    for (const auto& [t, w] : art.tf) {
      const double x = w * Idf(t);
      art.vec.emplace_back(t, static_cast<float>(x));
      n2 += x * x;
    }
    if (n2 > 0) {
      const double n = std::sqrt(n2);
      for (auto& [t, w] : art.vec) w = static_cast<float>(w / n);
    }
    art.epoch = epoch;
    return art.vec;
  }

  // Whether two groups' times keep them apart: too far from each other, or
  // together spanning too long. Unknown times keep nothing apart.
  bool TimesApart(Timestamp a_first, Timestamp a_last, Timestamp b_first,
                  Timestamp b_last) const {
    if (a_first == 0 || b_first == 0) return false;
    if (opt.window_seconds > 0 && (a_first > b_last + opt.window_seconds ||
                                   b_first > a_last + opt.window_seconds))
      return true;
    return opt.max_span_seconds > 0 &&
           std::max(a_last, b_last) - std::min(a_first, b_first) >
               opt.max_span_seconds;
  }

  Story& At(int64_t id) { return stories[static_cast<size_t>(id - 1)]; }
  const Story& At(int64_t id) const {
    return stories[static_cast<size_t>(id - 1)];
  }

  // The article's strongest terms, strongest first; `all` gets every term.
  Vec Terms(const VersionText& text, std::vector<uint32_t>& all) {
    std::unordered_map<uint32_t, double> tf;
    ForEachTerm(text, opt.name_weight,
                [&](std::string key, double w) { tf[Term(key)] += w; });
    std::vector<std::pair<double, std::pair<uint32_t, float>>> ranked;
    ranked.reserve(tf.size());
    all.clear();
    for (const auto& [t, n] : tf) {
      all.push_back(t);
      const double w = 1 + std::log(n);
      ranked.push_back({w * Idf(t), {t, static_cast<float>(w)}});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.first > b.first ||
             (a.first == b.first && a.second.first < b.second.first);
    });
    if (ranked.size() > static_cast<size_t>(opt.article_terms))
      ranked.resize(static_cast<size_t>(opt.article_terms));
    Vec out;
    for (const auto& r : ranked) out.push_back(r.second);
    return out;
  }

  StoryAssignment Add(const StoryArticle& in);
  void Regroup(uint32_t self, const std::vector<uint32_t>& neighbours,
               StoryAssignment& out);
  void RebuildSum(Story& s);
  // Counts article `m` in the story's sum and times (not its members).
  void AddToSum(Story& s, uint32_t m) {
    for (const auto& [t, w] : VecOf(m)) s.sum[t] += w;
    Widen(s.first, s.last, articles[m].published, articles[m].published);
  }
};

void StoryGrouper::Impl::RebuildSum(Story& s) {
  s.sum.clear();
  s.first = s.last = 0;
  for (uint32_t m : s.members) AddToSum(s, m);
}

StoryAssignment StoryGrouper::Impl::Add(const StoryArticle& in) {
  StoryAssignment out;
  if (auto it = by_id.find(in.id); it != by_id.end()) {
    out.story = articles[it->second].story;
    return out;
  }
  std::vector<uint32_t> all_terms;
  Vec ranked = Terms(in.text, all_terms);  // strongest first
  const auto self = static_cast<uint32_t>(articles.size());
  Article art{in.id, 0, in.published, ranked, {}, 0, in.language};
  std::sort(art.tf.begin(), art.tf.end());
  articles.push_back(std::move(art));
  by_id[in.id] = self;
  const Vec& v = VecOf(self);

  // The nearest earlier articles, found through the index.
  // Candidates score the weights of the query words they share; only the
  // best few are compared in full, so a word shared by thousands of
  // articles costs a look-up each, not a comparison.
  score.resize(articles.size(), 0);
  std::vector<uint32_t> touched;
  for (size_t i = 0; i < ranked.size() && static_cast<int>(i) < opt.query_terms;
       ++i) {
    auto it = postings.find(ranked[i].first);
    if (it == postings.end()) continue;
    const float w = static_cast<float>(ranked[i].second * Idf(ranked[i].first));
    for (uint32_t c : it->second) {
      if (score[c] == 0) touched.push_back(c);
      score[c] += w;
    }
  }
  std::vector<std::pair<float, uint32_t>> cand;
  cand.reserve(touched.size());
  for (uint32_t c : touched) {
    cand.push_back({score[c], c});
    score[c] = 0;
  }
  const auto limit = static_cast<size_t>(std::max(opt.candidates, 1));
  if (cand.size() > limit) {
    std::nth_element(cand.begin(), cand.begin() + static_cast<ptrdiff_t>(limit),
                     cand.end(), [](const auto& a, const auto& b) {
                       return a.first > b.first ||
                              (a.first == b.first && a.second > b.second);
                     });
    cand.resize(limit);
  }
  std::vector<std::pair<double, uint32_t>> near;
  for (const auto& [score, c] : cand) {
    const Article& o = articles[c];
    if (Apart(in.language, o.language)) continue;
    if (TimesApart(in.published, in.published, o.published, o.published))
      continue;
    const double sim = Dot(v, VecOf(c));
    if (sim >= opt.neighbour_threshold) near.push_back({sim, c});
  }
  std::sort(near.begin(), near.end(), [](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  });
  if (near.size() > static_cast<size_t>(opt.neighbours))
    near.resize(static_cast<size_t>(opt.neighbours));
  std::vector<uint32_t> neighbours;
  for (const auto& n : near) neighbours.push_back(n.second);

  // Into the index, most recent last; the oldest fall out.
  for (size_t i = 0;
       i < ranked.size() && static_cast<int>(i) < opt.indexed_terms; ++i) {
    std::vector<uint32_t>& p = postings[ranked[i].first];
    p.push_back(self);
    if (p.size() > static_cast<size_t>(opt.postings_per_term) * 2)
      p.erase(p.begin(),
              p.end() - static_cast<ptrdiff_t>(opt.postings_per_term));
  }

  Regroup(self, neighbours, out);
  out.story = articles[self].story;
  const Story& s = At(out.story);
  // Count the article in the document frequencies; past the first
  // `story_counted` articles of its story, as a shrinking share, so the
  // words of one event covered ten thousand times do not come to look as
  // common as "government".
  const auto size = static_cast<double>(s.members.size());
  const double share = opt.story_counted > 0 && size > opt.story_counted
                           ? static_cast<double>(opt.story_counted) / size
                           : 1.0;
  for (uint32_t t : all_terms) df[t] += static_cast<float>(share);
  docs += share;
  if (docs >= epoch_docs * 1.1) {
    ++epoch;
    epoch_docs = docs;
  }
  if (s.members.size() > 1) {
    out.similarity =
        (Dot(v, s.sum) - 1.0) / static_cast<double>(s.members.size() - 1);
  }
  return out;
}

// Groups the new article with the stories of its neighbours again, by
// average-link: start from each article alone (a large story whole) and
// join the two groups of highest average similarity while it is at least
// the threshold. Then small groups left alone join the group of their
// nearest article, and the groups are given story ids: a group holding a
// whole story keeps its id, any other the id of the old story most of its
// articles come from.
void StoryGrouper::Impl::Regroup(uint32_t self,
                                 const std::vector<uint32_t>& neighbours,
                                 StoryAssignment& out) {
  // The stories involved, those with the most neighbours first.
  std::vector<std::pair<int, int64_t>> count;
  {
    std::unordered_map<int64_t, int> c;
    for (uint32_t nb : neighbours) ++c[articles[nb].story];
    for (const auto& [id, k] : c) count.push_back({k, id});
    std::sort(count.begin(), count.end(), [](const auto& a, const auto& b) {
      return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
  }
  // The nodes: single articles, or whole stories. A node's index stays its
  // group's index when others fold into it.
  struct Node {
    uint32_t single = 0;  // the article, when whole == 0
    int64_t whole = 0;
    size_t size = 1;
    Timestamp first = 0, last = 0;
    std::string language;
    double norm = 0;  // a whole story's: the length of its sum
  };
  std::vector<Node> nodes;
  nodes.push_back({self, 0, 1, articles[self].published,
                   articles[self].published, articles[self].language});
  std::vector<int64_t> expanded;  // stories taken apart into single articles
  size_t spread = 1;
  for (const auto& [k, id] : count) {
    const Story& s = At(id);
    const size_t size = s.members.size();
    if (size <= static_cast<size_t>(opt.regroup_story) &&
        spread + size <= static_cast<size_t>(opt.regroup_articles)) {
      for (uint32_t m : s.members)
        nodes.push_back({m, 0, 1, articles[m].published, articles[m].published,
                         articles[m].language});
      spread += size;
      expanded.push_back(id);
    } else {
      nodes.push_back({0, id, size, s.first, s.last, s.language,
                       std::sqrt(std::max(Dot(s.sum, s.sum), 1e-12))});
    }
  }

  // Sums of similarity between every two nodes.
  const size_t n = nodes.size();
  std::vector<double> total(n * n, 0);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = a + 1; b < n; ++b) {
      const Node& x = nodes[a];
      const Node& y = nodes[b];
      double d;
      if (x.whole == 0 && y.whole == 0) {
        d = Dot(VecOf(x.single), VecOf(y.single));
      } else if (x.whole != 0 && y.whole != 0) {
        d = Dot(At(x.whole).sum, At(y.whole).sum);
      } else {
        const Node& one = x.whole == 0 ? x : y;
        const Node& many = x.whole == 0 ? y : x;
        d = Dot(VecOf(one.single), At(many.whole).sum);
      }
      total[a * n + b] = total[b * n + a] = d;
    }
  }
  // Similarity of an article to a node, for attaching: to another article
  // its cosine; to a whole story the cosine with its centroid, standing in
  // for its nearest article.
  std::vector<double> near_sim(n * n, 0);
  for (size_t a = 0; a < n; ++a) {
    if (nodes[a].whole != 0) continue;
    for (size_t b = 0; b < n; ++b) {
      if (b == a) continue;
      if (nodes[b].whole == 0) {
        near_sim[a * n + b] = total[a * n + b];
      } else {
        near_sim[a * n + b] = total[a * n + b] / nodes[b].norm;
      }
    }
  }
  // The group each node is in (union-find by node index).
  std::vector<size_t> parent(n);
  for (size_t i = 0; i < n; ++i) parent[i] = i;
  auto find = [&](size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  std::vector<bool> live(n, true);
  auto avg = [&](size_t a, size_t b) {
    if (TimesApart(nodes[a].first, nodes[a].last, nodes[b].first,
                   nodes[b].last) ||
        Apart(nodes[a].language, nodes[b].language))
      return -1.0;
    return total[a * n + b] / (static_cast<double>(nodes[a].size) *
                               static_cast<double>(nodes[b].size));
  };
  auto fold = [&](size_t into, size_t from) {
    Node& x = nodes[into];
    const Node& y = nodes[from];
    x.size += y.size;
    if (x.language.empty()) x.language = y.language;
    Widen(x.first, x.last, y.first, y.last);
    live[from] = false;
    parent[from] = into;
  };

  // Average-link by nearest-neighbour chains: follow each group to its
  // most similar one until two are each other's most similar, and join
  // them; a group whose most similar is below the threshold never joins
  // again (average-link similarity to a union is at most the larger of the
  // parts'), so it leaves. The same groups as joining the most similar
  // pair first, in O(n^2) rather than O(n^3).
  std::vector<bool> done(n, false);
  std::vector<size_t> chain;
  size_t next_start = 0;
  while (true) {
    if (chain.empty()) {
      while (next_start < n && (!live[next_start] || done[next_start]))
        ++next_start;
      if (next_start == n) break;
      chain.push_back(next_start);
    }
    const size_t a = chain.back();
    const size_t prev = chain.size() >= 2 ? chain[chain.size() - 2] : n;
    size_t b = n;
    double best = -2;
    for (size_t c = 0; c < n; ++c) {
      if (c == a || !live[c] || done[c]) continue;
      const double v = avg(a, c);
      if (v > best || (v == best && c == prev)) {
        best = v;
        b = c;
      }
    }
    if (b == n || best < opt.join_threshold) {
      done[a] = true;
      chain.pop_back();
      continue;
    }
    if (b != prev) {
      chain.push_back(b);
      continue;
    }
    chain.pop_back();
    chain.pop_back();
    const size_t into = std::min(a, b), from = std::max(a, b);
    fold(into, from);
    for (size_t c = 0; c < n; ++c) {
      if (!live[c] || c == into) continue;
      total[into * n + c] = total[c * n + into] =
          total[into * n + c] + total[from * n + c];
    }
  }

  // Small groups of single articles attach to the larger group holding
  // their nearest node.
  const auto small = static_cast<size_t>(std::max(opt.small_group, 0));
  if (opt.attach_threshold <= 1) {
    std::vector<std::vector<size_t>> members(n);
    for (size_t i = 0; i < n; ++i) members[find(i)].push_back(i);
    for (size_t g = 0; g < n; ++g) {
      if (!live[g] || nodes[g].size > small) continue;
      bool singles = true;
      for (size_t i : members[g]) singles = singles && nodes[i].whole == 0;
      if (!singles) continue;
      double best_sim = opt.attach_threshold;
      size_t target = n;
      for (size_t i : members[g]) {
        for (size_t j = 0; j < n; ++j) {
          const size_t h = find(j);
          if (h == g || nodes[h].size <= small) continue;
          if (TimesApart(nodes[g].first, nodes[g].last, nodes[h].first,
                         nodes[h].last) ||
              Apart(nodes[g].language, nodes[h].language))
            continue;
          if (near_sim[i * n + j] >= best_sim) {
            best_sim = near_sim[i * n + j];
            target = h;
          }
        }
      }
      if (target == n) continue;
      fold(target, g);
      members[target].insert(members[target].end(), members[g].begin(),
                             members[g].end());
      members[g].clear();
    }
  }

  // The groups' members, and their ids: groups holding whole stories first
  // (they keep the largest one's id), then the rest, largest first.
  std::vector<std::vector<size_t>> members(n);
  for (size_t i = 0; i < n; ++i) members[find(i)].push_back(i);
  std::vector<size_t> groups;
  for (size_t g = 0; g < n; ++g)
    if (live[g]) groups.push_back(g);
  // Each group's largest whole story, if it holds one.
  std::vector<int64_t> largest_whole(n, 0);
  for (size_t g : groups) {
    size_t size = 0;
    for (size_t i : members[g])
      if (nodes[i].whole != 0 &&
          (nodes[i].size > size ||
           (nodes[i].size == size && nodes[i].whole < largest_whole[g]))) {
        largest_whole[g] = nodes[i].whole;
        size = nodes[i].size;
      }
  }
  std::sort(groups.begin(), groups.end(), [&](size_t a, size_t b) {
    const bool wa = largest_whole[a] != 0, wb = largest_whole[b] != 0;
    if (wa != wb) return wa;
    return nodes[a].size > nodes[b].size ||
           (nodes[a].size == nodes[b].size && a < b);
  });
  std::unordered_set<int64_t> taken;
  std::vector<int64_t> id_of(n, 0);
  for (size_t g : groups) {
    int64_t id = largest_whole[g];
    if (id == 0) {
      std::unordered_map<int64_t, int> from;
      for (size_t i : members[g])
        if (nodes[i].single != self) ++from[articles[nodes[i].single].story];
      int most = 0;
      for (const auto& [s, k] : from)
        if (!taken.count(s) && (k > most || (k == most && s < id))) {
          most = k;
          id = s;
        }
    }
    if (id == 0) {
      stories.push_back({});
      id = static_cast<int64_t>(stories.size());
      At(id).alive = true;
      ++alive;
      for (size_t i : members[g])
        if (nodes[i].whole == 0 && nodes[i].single == self)
          out.new_story = true;
    }
    taken.insert(id);
    id_of[g] = id;
    At(id).language = nodes[g].language;
  }

  // Move the articles. Expanded stories are rebuilt from their groups;
  // whole stories gain what their group added.
  std::unordered_set<int64_t> rebuilt(expanded.begin(), expanded.end());
  std::unordered_map<int64_t, std::vector<uint32_t>> before;
  for (int64_t id : expanded) before[id] = std::move(At(id).members);
  for (int64_t id : expanded) At(id).members.clear();
  std::vector<int64_t> gone;
  for (size_t g : groups) {
    const int64_t id = id_of[g];
    Story& s = At(id);
    const bool fresh = rebuilt.count(id) > 0 || s.members.empty();
    bool unsorted = false;
    std::vector<uint32_t> added;
    for (size_t i : members[g]) {
      const Node& node = nodes[i];
      if (node.whole == id) continue;
      if (node.whole != 0) {
        Story& w = At(node.whole);
        for (uint32_t m : w.members) {
          articles[m].story = id;
          out.moved.push_back({articles[m].id, id});
          added.push_back(m);
        }
        w.members.clear();
        w.sum.clear();
        gone.push_back(node.whole);
        continue;
      }
      Article& a = articles[node.single];
      if (a.story != id && node.single != self) out.moved.push_back({a.id, id});
      a.story = id;
      added.push_back(node.single);
    }
    if (fresh) {
      std::sort(added.begin(), added.end());
      auto was = before.find(id);
      if (was == before.end() ||
          !std::includes(added.begin(), added.end(), was->second.begin(),
                         was->second.end())) {
        s.members = std::move(added);
        RebuildSum(s);
        continue;
      }
      // Only gained articles: add theirs to the sum.
      std::vector<uint32_t> gained;
      std::set_difference(added.begin(), added.end(), was->second.begin(),
                          was->second.end(), std::back_inserter(gained));
      s.members = std::move(was->second);
      added = std::move(gained);
    }
    for (uint32_t m : added) {
      if (!s.members.empty() && m < s.members.back()) unsorted = true;
      s.members.push_back(m);
      AddToSum(s, m);
    }
    if (unsorted) std::sort(s.members.begin(), s.members.end());
  }
  for (int64_t id : expanded)
    if (!taken.count(id)) gone.push_back(id);
  for (int64_t id : gone) {
    Story& s = At(id);
    if (!s.alive) continue;
    s.alive = false;
    s.members.clear();
    s.sum.clear();
    --alive;
    out.merged.push_back(id);
  }
  std::sort(out.merged.begin(), out.merged.end());
  std::sort(out.moved.begin(), out.moved.end());
}

StoryGrouper::StoryGrouper(StoryOptions options)
    : impl_(std::make_unique<Impl>(options)) {}
StoryGrouper::~StoryGrouper() = default;

StoryAssignment StoryGrouper::Add(const StoryArticle& article) {
  return impl_->Add(article);
}

int64_t StoryGrouper::StoryOf(int64_t article_id) const {
  auto it = impl_->by_id.find(article_id);
  if (it == impl_->by_id.end()) return 0;
  return impl_->articles[it->second].story;
}

std::vector<int64_t> StoryGrouper::Members(int64_t story) const {
  std::vector<int64_t> out;
  if (story < 1 || story > static_cast<int64_t>(impl_->stories.size()))
    return out;
  for (uint32_t m : impl_->At(story).members)
    out.push_back(impl_->articles[m].id);
  return out;
}

int64_t StoryGrouper::story_count() const { return impl_->alive; }

size_t StoryGrouper::MemoryBytes() const {
  const Impl& m = *impl_;
  size_t b = m.term_index.size() * 24 + m.df.capacity() * sizeof(float);
  for (const auto& a : m.articles)
    b += sizeof(a) + (a.tf.capacity() + a.vec.capacity()) * 8;
  b += m.by_id.size() * 24;
  for (const auto& s : m.stories)
    b += sizeof(s) + s.members.capacity() * 4 + s.sum.size() * 24;
  for (const auto& [t, p] : m.postings) b += 32 + p.capacity() * 4;
  return b;
}

}  // namespace stet
