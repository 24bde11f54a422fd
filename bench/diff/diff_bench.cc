// stet_diff_bench: throughput and sentence-label accuracy of stet::Diff on
// the labelled version pairs written by stet_make_pairs.
//
// Usage:
//   stet_diff_bench --pairs pairs.jsonl [--reps 5] [--errors errors.jsonl]
//                   [--edit-threshold 0.5] [--no-moves]
//
// Throughput: the whole set is diffed `reps` times on the calling thread
// (pin it to a core from outside, e.g. taskset); each repetition is timed
// with steady_clock and the median pairs/s is reported.
//
// Accuracy: stet's sentences are aligned with the true ones by position and
// text (the segmentation should be the same; a true sentence stet does not
// have is a segmentation mismatch, counted as "missing" and as an error).
// Added, unchanged, edited and moved sentences are judged on the new side,
// deleted ones on the old side; overall accuracy is over all judged
// sentences. Headline-change detection is scored per pair.
//
// Prints one JSON object to stdout (same shape as difflib_baseline.py) and a
// table to stderr. --errors writes every wrong judgement as a JSON line.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "stet/diff.h"
#include "stet/model.h"
#include "stet/text.h"

namespace {

using Json = nlohmann::ordered_json;

// True classes, then "missing" (a true sentence stet's segmentation lacks).
constexpr std::array<const char*, 5> kClasses = {"unchanged", "edited", "added",
                                                 "deleted", "moved"};
constexpr const char* kMissing = "missing";

struct TrueSentence {
  std::string text;
  int paragraph = 0;
  std::string label;
  int match = -1;
};

struct Pair {
  int id = 0;
  stet::VersionText from, to;
  std::vector<TrueSentence> old_s, new_s;
  bool headline_changed = false;
};

stet::VersionText ReadVersion(const nlohmann::json& j) {
  stet::VersionText v;
  v.headline = j.value("headline", "");
  v.byline = j.value("byline", "");
  for (const auto& p : j.at("paragraphs"))
    v.paragraphs.push_back(p.get<std::string>());
  return v;
}

std::vector<TrueSentence> ReadSentences(const nlohmann::json& j) {
  std::vector<TrueSentence> out;
  for (const auto& s : j) {
    out.push_back({s.at("text").get<std::string>(), s.value("paragraph", 0),
                   s.at("label").get<std::string>(), s.value("match", -1)});
  }
  return out;
}

std::vector<Pair> ReadPairs(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "stet_diff_bench: cannot open " << path << "\n";
    std::exit(2);
  }
  std::vector<Pair> pairs;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line);
    Pair p;
    p.id = j.value("id", static_cast<int>(pairs.size()));
    p.from = ReadVersion(j.at("old"));
    p.to = ReadVersion(j.at("new"));
    p.old_s = ReadSentences(j.at("old_sentences"));
    p.new_s = ReadSentences(j.at("new_sentences"));
    p.headline_changed = j.value("headline_changed", false);
    pairs.push_back(std::move(p));
  }
  return pairs;
}

bool SameText(const std::string& truth, const std::string& got) {
  return truth == got ||
         stet::text::Normalize(truth) == stet::text::Normalize(got);
}

// For each true sentence, the index of the same sentence in `got`, or -1.
// Walks both lists in order; a sentence that is not where expected is looked
// for a few places ahead (so one segmentation slip does not shift the rest).
std::vector<int> Align(const std::vector<TrueSentence>& truth,
                       const std::vector<stet::DiffSentence>& got) {
  std::vector<int> idx(truth.size(), -1);
  size_t j = 0;
  for (size_t i = 0; i < truth.size(); ++i) {
    if (j < got.size() && SameText(truth[i].text, got[j].text)) {
      idx[i] = static_cast<int>(j++);
      continue;
    }
    for (size_t k = j + 1; k < std::min(got.size(), j + 8); ++k) {
      if (SameText(truth[i].text, got[k].text)) {
        idx[i] = static_cast<int>(k);
        j = k + 1;
        break;
      }
    }
  }
  return idx;
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

Json Ratio(int64_t num, int64_t den) {
  if (den == 0) return nullptr;
  return static_cast<double>(num) / static_cast<double>(den);
}

[[noreturn]] void Usage() {
  std::cerr << "usage: stet_diff_bench --pairs pairs.jsonl [--reps 5] "
               "[--errors errors.jsonl]"
               " [--edit-threshold X] [--no-moves]\n";
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  std::string pairs_path, errors_path;
  int reps = 5;
  stet::DiffOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) Usage();
      return argv[++i];
    };
    if (a == "--pairs")
      pairs_path = next();
    else if (a == "--reps")
      reps = std::max(1, std::stoi(next()));
    else if (a == "--errors")
      errors_path = next();
    else if (a == "--edit-threshold")
      options.edit_threshold = std::stod(next());
    else if (a == "--no-moves")
      options.detect_moves = false;
    else
      Usage();
  }
  if (pairs_path.empty()) Usage();

  std::vector<Pair> pairs = ReadPairs(pairs_path);
  if (pairs.empty()) {
    std::cerr << "stet_diff_bench: no pairs in " << pairs_path << "\n";
    return 1;
  }

  // ---- accuracy (this pass also warms the caches for the timed runs)
  std::map<std::string, std::map<std::string, int64_t>> confusion;
  for (const char* t : kClasses) {
    for (const char* p : kClasses) confusion[t][p] = 0;
    confusion[t][kMissing] = 0;
  }
  int64_t old_total = 0, new_total = 0, old_side_correct = 0;
  int64_t seg_pairs = 0, seg_old = 0, seg_new = 0;
  int64_t head_changed = 0, head_detected = 0, head_false = 0, head_correct = 0;
  std::ofstream errors;
  if (!errors_path.empty()) errors.open(errors_path);

  auto report_error = [&](const Pair& p, const char* side, size_t i,
                          const TrueSentence& t, const std::string& got,
                          const stet::ArticleDiff& d,
                          const std::vector<stet::DiffSentence>& got_list,
                          int gi) {
    if (!errors.is_open()) return;
    const auto& other_true = side[0] == 'n' ? p.old_s : p.new_s;
    const auto& other_got = side[0] == 'n' ? d.old_sentences : d.new_sentences;
    Json e;
    e["pair"] = p.id;
    e["side"] = side;
    e["index"] = i;
    e["text"] = t.text;
    e["true"] = t.label;
    e["got"] = got;
    e["true_match"] =
        t.match >= 0 && t.match < static_cast<int>(other_true.size())
            ? Json(other_true[t.match].text)
            : Json(nullptr);
    if (gi >= 0) {
      const auto& g = got_list[gi];
      e["got_match"] =
          g.match >= 0 && g.match < static_cast<int>(other_got.size())
              ? Json(other_got[g.match].text)
              : Json(nullptr);
      e["similarity"] = g.similarity;
    }
    errors << e.dump() << "\n";
  };

  for (const Pair& p : pairs) {
    stet::ArticleDiff d = stet::Diff(p.from, p.to, options);
    old_total += static_cast<int64_t>(p.old_s.size());
    new_total += static_cast<int64_t>(p.new_s.size());
    std::vector<int> ai_new = Align(p.new_s, d.new_sentences);
    std::vector<int> ai_old = Align(p.old_s, d.old_sentences);
    bool seg_bad = d.new_sentences.size() != p.new_s.size() ||
                   d.old_sentences.size() != p.old_s.size();
    for (size_t i = 0; i < p.new_s.size(); ++i) {
      if (ai_new[i] != static_cast<int>(i)) seg_bad = true;
      if (ai_new[i] < 0) ++seg_new;
      const TrueSentence& t = p.new_s[i];
      std::string got = ai_new[i] >= 0 ? std::string(stet::SentenceLabelName(
                                             d.new_sentences[ai_new[i]].label))
                                       : kMissing;
      if (t.label == "deleted") continue;  // cannot happen on the new side
      ++confusion[t.label][got];
      if (got != t.label)
        report_error(p, "new", i, t, got, d, d.new_sentences, ai_new[i]);
    }
    for (size_t i = 0; i < p.old_s.size(); ++i) {
      if (ai_old[i] != static_cast<int>(i)) seg_bad = true;
      if (ai_old[i] < 0) ++seg_old;
      const TrueSentence& t = p.old_s[i];
      std::string got = ai_old[i] >= 0 ? std::string(stet::SentenceLabelName(
                                             d.old_sentences[ai_old[i]].label))
                                       : kMissing;
      if (got == t.label) ++old_side_correct;
      if (t.label != "deleted") continue;  // judged on the new side
      ++confusion[t.label][got];
      if (got != t.label)
        report_error(p, "old", i, t, got, d, d.old_sentences, ai_old[i]);
    }
    if (seg_bad) ++seg_pairs;
    bool detected = d.headline.changed;
    if (p.headline_changed) ++head_changed;
    if (p.headline_changed && detected) ++head_detected;
    if (!p.headline_changed && detected) ++head_false;
    if (detected == p.headline_changed) ++head_correct;
  }

  // ---- throughput
  const int64_t n = static_cast<int64_t>(pairs.size());
  std::vector<double> rates, seconds;
  uint64_t sink = 0;
  for (int r = 0; r < reps; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    for (const Pair& p : pairs) {
      stet::ArticleDiff d = stet::Diff(p.from, p.to, options);
      sink += d.new_sentences.size() + d.rows.size() +
              static_cast<uint64_t>(d.summary.chars_added);
    }
    auto t1 = std::chrono::steady_clock::now();
    double s = std::chrono::duration<double>(t1 - t0).count();
    seconds.push_back(s);
    rates.push_back(static_cast<double>(n) / s);
  }
  if (sink == 42) std::cerr << "";  // keep the work observable

  // ---- results
  Json acc, judged, correct;
  int64_t judged_total = 0, correct_total = 0;
  for (const char* c : kClasses) {
    int64_t row = 0;
    for (const auto& [pred, count] : confusion[c]) row += count;
    judged[c] = row;
    correct[c] = confusion[c][c];
    acc[c] = Ratio(confusion[c][c], row);
    judged_total += row;
    correct_total += confusion[c][c];
  }
  Json matrix;
  for (const char* t : kClasses) {
    Json row;
    for (const char* p : kClasses) row[p] = confusion[t][p];
    row[kMissing] = confusion[t][kMissing];
    matrix[t] = row;
  }
  Json labels = Json::array();
  for (const char* p : kClasses) labels.push_back(p);
  labels.push_back(kMissing);

  Json out;
  out["engine"] = "stet";
  out["pairs_file"] = pairs_path;
  out["pairs"] = n;
  out["repetitions"] = reps;
  out["pairs_per_sec"] = Median(rates);
  out["pairs_per_sec_runs"] = rates;
  out["seconds_per_run"] = seconds;
  out["sentences"] = Json{{"old", old_total}, {"new", new_total}};
  out["accuracy"] = acc;
  out["judged"] = judged;
  out["correct"] = correct;
  out["overall_accuracy"] = Ratio(correct_total, judged_total);
  out["judged_total"] = judged_total;
  out["correct_total"] = correct_total;
  // Unchanged sentences dominate real articles; these two show how the
  // changed ones fare.
  out["changed_accuracy"] =
      Ratio(correct_total - confusion["unchanged"]["unchanged"],
            judged_total - judged["unchanged"].get<int64_t>());
  {
    double sum = 0;
    int classes = 0;
    for (const char* c : kClasses) {
      if (acc[c].is_null()) continue;
      sum += acc[c].get<double>();
      ++classes;
    }
    out["macro_accuracy"] = classes ? Json(sum / classes) : Json(nullptr);
  }
  out["old_side_accuracy"] = Ratio(old_side_correct, old_total);
  out["headline"] = Json{{"accuracy", Ratio(head_correct, n)},
                         {"changed", head_changed},
                         {"detected", head_detected},
                         {"false_alarms", head_false}};
  out["segmentation_mismatch"] = Json{{"pairs", seg_pairs},
                                      {"old_sentences", seg_old},
                                      {"new_sentences", seg_new}};
  out["confusion"] = Json{{"labels", labels}, {"matrix", matrix}};
  out["options"] =
      Json{{"edit_threshold", options.edit_threshold},
           {"detect_moves", options.detect_moves},
           {"max_fuzzy_comparisons", options.max_fuzzy_comparisons}};
  std::cout << out.dump(2) << "\n";

  // ---- human table
  auto pct = [](const Json& v) {
    if (v.is_null()) return std::string("   n/a");
    char buf[32];
    std::snprintf(buf, sizeof buf, "%6.2f%%", 100.0 * v.get<double>());
    return std::string(buf);
  };
  std::fprintf(stderr, "stet diff bench: %lld pairs, %d reps\n",
               static_cast<long long>(n), reps);
  std::fprintf(stderr, "  pairs/s (median, 1 thread): %.0f\n", Median(rates));
  std::fprintf(stderr, "  %-10s %8s %9s\n", "class", "judged", "accuracy");
  for (const char* c : kClasses) {
    std::fprintf(stderr, "  %-10s %8lld %9s\n", c,
                 static_cast<long long>(judged[c].get<int64_t>()),
                 pct(acc[c]).c_str());
  }
  std::fprintf(stderr, "  %-10s %8lld %9s\n", "overall",
               static_cast<long long>(judged_total),
               pct(out["overall_accuracy"]).c_str());
  std::fprintf(
      stderr, "  %-10s %8lld %9s   (all but unchanged)\n", "changed",
      static_cast<long long>(judged_total - judged["unchanged"].get<int64_t>()),
      pct(out["changed_accuracy"]).c_str());
  std::fprintf(stderr, "  %-10s %8s %9s   (mean of the classes)\n", "macro", "",
               pct(out["macro_accuracy"]).c_str());
  std::fprintf(
      stderr,
      "  headline detection %s, segmentation mismatches in %lld pairs\n",
      pct(out["headline"]["accuracy"]).c_str(),
      static_cast<long long>(seg_pairs));
  std::fprintf(stderr, "  confusion (rows true, columns predicted):\n  %-10s",
               "");
  for (const auto& l : labels)
    std::fprintf(stderr, " %9s", l.get<std::string>().c_str());
  std::fprintf(stderr, "\n");
  for (const char* t : kClasses) {
    std::fprintf(stderr, "  %-10s", t);
    for (const auto& l : labels) {
      std::fprintf(stderr, " %9lld",
                   static_cast<long long>(confusion[t][l.get<std::string>()]));
    }
    std::fprintf(stderr, "\n");
  }
  return 0;
}
