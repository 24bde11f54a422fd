// Story grouping quality on ECB+ (shared/data/ecbplus-dev/docs.jsonl): the
// articles are streamed in several random orders through StoryGrouper and,
// side by side, through a plain online TF-IDF baseline (every word, idf
// over what has been seen, cosine to each story's centroid, join the best
// story at a threshold or start a new one; its threshold is the best on this
// data, which flatters it). The groups are scored against the gold stories
// with B-cubed and pairwise precision, recall and F1. Prints one JSON object.
//
// usage: stet_story_bench --docs PATH/docs.jsonl [--orders 5] [--sweep]
//        stet_story_bench --background PATH/aeb/ground-truth.json
//          (writes src/story/background.inc: the words' document
//          frequencies over the AEB bodies)
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "stet/story.h"
#include "stet/text.h"

namespace {

struct Doc {
  std::string id, story;
  stet::VersionText text;
};

struct Scores {
  double b3_p = 0, b3_r = 0, b3_f = 0, pw_p = 0, pw_r = 0, pw_f = 0;
  int64_t groups = 0;
};

double F(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

Scores Score(const std::vector<int64_t>& pred, const std::vector<int>& gold) {
  const size_t n = pred.size();
  Scores s;
  std::map<int64_t, int64_t> pred_size;
  std::map<int, int64_t> gold_size;
  std::map<std::pair<int64_t, int>, int64_t> both;
  for (size_t i = 0; i < n; ++i) {
    ++pred_size[pred[i]];
    ++gold_size[gold[i]];
    ++both[{pred[i], gold[i]}];
  }
  for (size_t i = 0; i < n; ++i) {
    const double c = static_cast<double>(both[{pred[i], gold[i]}]);
    s.b3_p += c / static_cast<double>(pred_size[pred[i]]);
    s.b3_r += c / static_cast<double>(gold_size[gold[i]]);
  }
  s.b3_p /= static_cast<double>(n);
  s.b3_r /= static_cast<double>(n);
  s.b3_f = F(s.b3_p, s.b3_r);
  auto pairs = [](int64_t k) { return k * (k - 1) / 2; };
  int64_t tp = 0, pp = 0, gp = 0;
  for (const auto& [k, c] : both) tp += pairs(c);
  for (const auto& [k, c] : pred_size) pp += pairs(c);
  for (const auto& [k, c] : gold_size) gp += pairs(c);
  s.pw_p = pp ? static_cast<double>(tp) / static_cast<double>(pp) : 0;
  s.pw_r = gp ? static_cast<double>(tp) / static_cast<double>(gp) : 0;
  s.pw_f = F(s.pw_p, s.pw_r);
  s.groups = static_cast<int64_t>(pred_size.size());
  return s;
}

struct Run {
  Scores mean, worst;
  double articles_per_s = 0;
};

// The plain online TF-IDF baseline.
class Baseline {
 public:
  explicit Baseline(double threshold) : threshold_(threshold) {}
  void Add(int64_t id, const stet::VersionText& text) {
    std::unordered_map<std::string, double> tf;
    for (const auto& w : stet::text::SearchWords(text.headline)) tf[w.key] += 1;
    for (const std::string& p : text.paragraphs)
      for (const auto& w : stet::text::SearchWords(p)) tf[w.key] += 1;
    for (const auto& [t, n] : tf) ++df_[t];
    ++docs_;
    std::unordered_map<std::string, double> v;
    double n2 = 0;
    for (const auto& [t, n] : tf) {
      const double w =
          (1 + std::log(n)) * std::log((docs_ + 1.0) / (df_[t] + 1.0));
      v[t] = w;
      n2 += w * w;
    }
    if (n2 > 0)
      for (auto& [t, w] : v) w /= std::sqrt(n2);
    size_t best = centroids_.size();
    double best_sim = threshold_;
    for (size_t s = 0; s < centroids_.size(); ++s) {
      double dot = 0;
      for (const auto& [t, w] : v) {
        auto it = centroids_[s].find(t);
        if (it != centroids_[s].end()) dot += w * it->second;
      }
      const double sim = norms_[s] > 0 ? dot / std::sqrt(norms_[s]) : 0;
      if (sim >= best_sim) {
        best_sim = sim;
        best = s;
      }
    }
    if (best == centroids_.size()) {
      centroids_.emplace_back();
      norms_.push_back(0);
    }
    for (const auto& [t, w] : v) {
      double& c = centroids_[best][t];
      norms_[best] += (c + w) * (c + w) - c * c;
      c += w;
    }
    story_[id] = static_cast<int64_t>(best) + 1;
  }
  int64_t StoryOf(int64_t id) const { return story_.at(id); }

 private:
  double threshold_;
  std::unordered_map<std::string, int> df_;
  int docs_ = 0;
  std::vector<std::unordered_map<std::string, double>> centroids_;
  std::vector<double> norms_;
  std::unordered_map<int64_t, int64_t> story_;
};

template <typename Grouper, typename Make>
Run Evaluate(const std::vector<Doc>& docs, const std::vector<int>& gold,
             Make make, int orders) {
  Run run;
  run.worst.b3_f = 2;
  double seconds = 0;
  for (int o = 0; o < orders; ++o) {
    std::vector<size_t> order(docs.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(static_cast<uint64_t>(o) + 1);
    std::shuffle(order.begin(), order.end(), rng);
    std::unique_ptr<Grouper> g = make();
    const auto t0 = std::chrono::steady_clock::now();
    for (size_t i : order) {
      if constexpr (std::is_same_v<Grouper, stet::StoryGrouper>) {
        stet::StoryArticle a;
        a.id = static_cast<int64_t>(i) + 1;
        a.text = docs[i].text;
        g->Add(a);
      } else {
        g->Add(static_cast<int64_t>(i) + 1, docs[i].text);
      }
    }
    seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
            .count();
    std::vector<int64_t> pred(docs.size());
    for (size_t i = 0; i < docs.size(); ++i)
      pred[i] = g->StoryOf(static_cast<int64_t>(i) + 1);
    if (o == 0 && std::getenv("STORY_DUMP") != nullptr) {
      // Each mixed group's gold make-up, for study.
      std::map<int64_t, std::map<std::string, int>> groups;
      for (size_t i = 0; i < docs.size(); ++i) ++groups[pred[i]][docs[i].story];
      for (const auto& [g, m] : groups) {
        if (m.size() < 2) continue;
        for (const auto& [story, k] : m) std::cerr << story << ":" << k << " ";
        std::cerr << "\n";
      }
      std::map<std::string, std::map<int64_t, int>> split;
      for (size_t i = 0; i < docs.size(); ++i) ++split[docs[i].story][pred[i]];
      for (const auto& [story, m] : split) {
        if (m.size() < 2) continue;
        std::cerr << "split " << story << ":";
        for (const auto& [g, k] : m) std::cerr << " " << k;
        std::cerr << "\n";
      }
    }
    const Scores s = Score(pred, gold);
    run.mean.b3_p += s.b3_p / orders;
    run.mean.b3_r += s.b3_r / orders;
    run.mean.b3_f += s.b3_f / orders;
    run.mean.pw_p += s.pw_p / orders;
    run.mean.pw_r += s.pw_r / orders;
    run.mean.pw_f += s.pw_f / orders;
    run.mean.groups += s.groups;
    if (s.b3_f < run.worst.b3_f) run.worst = s;
  }
  run.mean.groups /= orders;
  run.articles_per_s =
      static_cast<double>(docs.size()) * orders / std::max(seconds, 1e-9);
  return run;
}

nlohmann::json ToJson(const Run& r) {
  auto s = [](const Scores& x) {
    return nlohmann::json{
        {"b3_precision", x.b3_p},    {"b3_recall", x.b3_r},
        {"b3_f1", x.b3_f},           {"pairwise_precision", x.pw_p},
        {"pairwise_recall", x.pw_r}, {"pairwise_f1", x.pw_f},
        {"groups", x.groups}};
  };
  return {{"mean", s(r.mean)},
          {"worst_order", s(r.worst)},
          {"articles_per_s", r.articles_per_s}};
}

// Writes the built-in document frequencies (src/story/background.inc).
int Background(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "stet_story_bench: cannot read " << path << "\n";
    return 2;
  }
  const nlohmann::json j = nlohmann::json::parse(in);
  std::map<std::string, int> df;
  for (const auto& [id, page] : j.items()) {
    stet::VersionText t;
    t.paragraphs =
        stet::text::SplitParagraphs(page["articleBody"].get<std::string>());
    for (const auto& [term, w] : stet::StoryTerms(t)) ++df[term];
  }
  std::cout << "// Generated by `stet_story_bench --background "
               "shared/data/aeb/ground-truth.json`:\n"
               "// how many of the "
            << j.size()
            << " AEB article bodies (MIT licence) hold each word\n"
               "// that two or more hold.\n"
               "constexpr char kBackground[] = R\"stet(docs "
            << j.size() << "\n";
  for (const auto& [term, n] : df)
    if (n >= 2) std::cout << n << " " << term << "\n";
  std::cout << ")stet\";\n";
  return 0;
}

// Grouping speed on a stream of `total` articles built from real text:
// each event takes one real article (an ECB+ document or an AEB body) as
// its telling, with its names and numbers replaced by the event's own, and
// is covered by a few articles, each a random seven in ten of its
// sentences, published within hours of the event.
// Events follow each other over two years. Prints throughput per tenth of
// the stream (so any growth of cost with the number of stories shows),
// and memory per article.
nlohmann::json Stream(const std::vector<std::vector<std::string>>& texts,
                      int64_t total) {
  std::mt19937_64 rng(7);
  // Names: capitalised words inside sentences, over the collection.
  std::vector<std::string> names;
  {
    std::map<std::string, int> seen;
    for (const auto& t : texts)
      for (const std::string& sentence : t) {
        bool first = true;
        for (const auto& w : stet::text::SearchWords(sentence)) {
          const std::string word =
              sentence.substr(w.span.begin, w.span.end - w.span.begin);
          if (!first && !word.empty() && word[0] >= 'A' && word[0] <= 'Z')
            ++seen[word];
          first = false;
        }
      }
    for (const auto& [w, k] : seen)
      if (w.size() > 2) names.push_back(w);
  }
  const int64_t two_years = 2LL * 365 * 86400;
  const stet::Timestamp start = 1600000000;
  stet::StoryGrouper g;
  nlohmann::json slices = nlohmann::json::array();
  int64_t added = 0, events = 0;
  double seconds = 0, slice_seconds = 0;
  int64_t slice_start = 0;
  const int64_t slice = std::max<int64_t>(total / 10, 1);
  while (added < total) {
    ++events;
    const auto& base = texts[rng() % texts.size()];
    // The event's own names and numbers: every capitalised word and every
    // number of the source text is replaced, consistently within the event,
    // by a name from the collection or another number (so two events told
    // from one source text share its common words only, like two
    // earthquakes or two arrests).
    std::map<std::string, std::string> rename;
    std::vector<std::string> told;
    for (const std::string& sentence : base) {
      std::string out;
      size_t at = 0;
      for (const auto& w : stet::text::SearchWords(sentence)) {
        const std::string word =
            sentence.substr(w.span.begin, w.span.end - w.span.begin);
        const bool name = word[0] >= 'A' && word[0] <= 'Z';
        const bool number = word[0] >= '0' && word[0] <= '9';
        if (!name && !number) continue;
        auto [it, fresh] = rename.emplace(word, std::string());
        if (fresh)
          it->second =
              name ? names[rng() % names.size()] : std::to_string(rng() % 1000);
        out.append(sentence, at, w.span.begin - at);
        out += it->second;
        at = w.span.end;
      }
      out.append(sentence, at, std::string::npos);
      told.push_back(std::move(out));
    }
    const stet::Timestamp when =
        start +
        static_cast<int64_t>(static_cast<double>(added) / total * two_years);
    // Coverage: 1 + geometric, about 5 articles an event.
    int articles = 1;
    while (articles < 60 && rng() % 5 != 0) ++articles;
    for (int k = 0; k < articles && added < total; ++k) {
      stet::StoryArticle a;
      a.id = ++added;
      a.published = when + static_cast<int64_t>(rng() % (12 * 3600));
      for (const std::string& sentence : told)
        if (rng() % 10 < 7) a.text.paragraphs.push_back(sentence);
      const auto t0 = std::chrono::steady_clock::now();
      g.Add(a);
      const double dt =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
              .count();
      seconds += dt;
      slice_seconds += dt;
      if (added - slice_start == slice) {
        slices.push_back(
            {{"articles_so_far", added},
             {"stories_so_far", g.story_count()},
             {"articles_per_s", static_cast<double>(slice) / slice_seconds}});
        std::cerr << slices.back().dump() << "\n";
        slice_start = added;
        slice_seconds = 0;
      }
    }
  }
  return {{"articles", added},
          {"events", events},
          {"stories", g.story_count()},
          {"articles_per_s", static_cast<double>(added) / seconds},
          {"memory_bytes", g.MemoryBytes()},
          {"bytes_per_article",
           static_cast<double>(g.MemoryBytes()) / static_cast<double>(added)},
          {"slices", slices}};
}

}  // namespace

int main(int argc, char** argv) {
  std::string path;
  int orders = 5;
  bool sweep = false;
  stet::StoryOptions options;
  std::string aeb;
  int64_t stream = 0;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--docs" && i + 1 < argc) path = argv[++i];
    if (a == "--orders" && i + 1 < argc) orders = std::stoi(argv[++i]);
    if (a == "--sweep") sweep = true;
    if (a == "--background" && i + 1 < argc) return Background(argv[++i]);
    if (a == "--aeb" && i + 1 < argc) aeb = argv[++i];
    if (a == "--stream" && i + 1 < argc) stream = std::stoll(argv[++i]);
    if (a == "--set" && i + 1 < argc) {
      // --set name=value: one of stet's options, for study.
      const std::string kv = argv[++i];
      const size_t eq = kv.find('=');
      const std::string k = kv.substr(0, eq);
      const double v = std::stod(kv.substr(eq + 1));
      if (k == "join")
        options.join_threshold = v;
      else if (k == "attach")
        options.attach_threshold = v;
      else if (k == "small")
        options.small_group = static_cast<int>(v);
      else if (k == "counted")
        options.story_counted = static_cast<int>(v);
      else if (k == "background")
        options.background = v != 0;
      else if (k == "terms")
        options.article_terms = static_cast<int>(v);
      else if (k == "indexed")
        options.indexed_terms = static_cast<int>(v);
      else if (k == "query")
        options.query_terms = static_cast<int>(v);
      else if (k == "neighbours")
        options.neighbours = static_cast<int>(v);
      else if (k == "near")
        options.neighbour_threshold = v;
      else if (k == "names")
        options.name_weight = v;
      else if (k == "story")
        options.regroup_story = static_cast<int>(v);
      else {
        std::cerr << "stet_story_bench: no option " << k << "\n";
        return 2;
      }
    }
  }
  std::ifstream in(path);
  if (!in) {
    std::cerr << "usage: stet_story_bench --docs docs.jsonl [--orders N]\n";
    return 2;
  }
  std::vector<Doc> docs;
  std::vector<int> gold;
  std::map<std::string, int> story_ids;
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    Doc d;
    d.id = j["id"];
    d.story = j["story"];
    // One sentence a line: each line a paragraph.
    d.text.paragraphs =
        stet::text::SplitParagraphs(j["text"].get<std::string>());
    gold.push_back(story_ids.emplace(d.story, story_ids.size()).first->second);
    docs.push_back(std::move(d));
  }
  if (stream > 0) {
    // Source texts: the ECB+ documents (a sentence a line) and the AEB
    // bodies (split into sentences).
    std::vector<std::vector<std::string>> texts;
    for (const Doc& d : docs) texts.push_back(d.text.paragraphs);
    std::ifstream ain(aeb);
    if (ain) {
      const nlohmann::json j = nlohmann::json::parse(ain);
      for (const auto& [id, page] : j.items()) {
        std::vector<std::string> sentences;
        for (const std::string& p : stet::text::SplitParagraphs(
                 page["articleBody"].get<std::string>()))
          for (const auto& sp : stet::text::SplitSentences(p))
            sentences.push_back(p.substr(sp.begin, sp.end - sp.begin));
        texts.push_back(std::move(sentences));
      }
    }
    std::cout << nlohmann::json{{"stream", Stream(texts, stream)},
                                {"source_texts", texts.size()}}
                     .dump(2)
              << "\n";
    return 0;
  }
  auto ours = [](const stet::StoryOptions& o) {
    return [o] { return std::make_unique<stet::StoryGrouper>(o); };
  };
  nlohmann::json out = {{"articles", docs.size()},
                        {"stories", story_ids.size()},
                        {"orders", orders},
                        {"stet", ToJson(Evaluate<stet::StoryGrouper>(
                                     docs, gold, ours(options), orders))}};
  // The baseline at its best threshold on this data (generous to it).
  if (std::getenv("STORY_NO_BASELINE") == nullptr) {
    double best_f = -1;
    nlohmann::json best;
    for (double t = 0.05; t < 0.61; t += 0.05) {
      Run r = Evaluate<Baseline>(
          docs, gold, [t] { return std::make_unique<Baseline>(t); }, orders);
      if (r.mean.b3_f > best_f) {
        best_f = r.mean.b3_f;
        best = ToJson(r);
        best["join_threshold"] = t;
      }
    }
    out["baseline"] = best;
  }
  if (sweep) {
    nlohmann::json grid = nlohmann::json::array();
    // Neighbouring settings (so a reader sees how sharp the chosen one is),
    // and the defaults without the built-in document frequencies or the
    // damped counting of big stories.
    std::vector<std::tuple<double, double, bool, int>> grid_points;
    for (double j : {0.18, 0.2, 0.22, 0.25, 0.28})
      for (double a : {0.15, 0.2, 2.0})
        grid_points.push_back({j, a, true, options.story_counted});
    grid_points.push_back({options.join_threshold, options.attach_threshold,
                           false, options.story_counted});
    grid_points.push_back(
        {options.join_threshold, options.attach_threshold, true, 0});
    for (const auto& [j, a, bg, counted] : grid_points) {
      stet::StoryOptions o = options;
      o.join_threshold = j;
      o.attach_threshold = a;
      o.background = bg;
      o.story_counted = counted;
      Run r = Evaluate<stet::StoryGrouper>(docs, gold, ours(o), orders);
      grid.push_back({{"join", j},
                      {"attach", a},
                      {"background", bg},
                      {"story_counted", counted},
                      {"pairwise_f1", r.mean.pw_f},
                      {"b3_f1", r.mean.b3_f},
                      {"b3_p", r.mean.b3_p},
                      {"b3_r", r.mean.b3_r},
                      {"worst_b3_f1", r.worst.b3_f},
                      {"groups", r.mean.groups}});
      std::cerr << grid.back().dump() << "\n";
    }
    out["sweep"] = grid;
  }
  std::cout << out.dump(2) << "\n";
  return 0;
}
