// stet_make_pairs: builds labelled version pairs for the diff benchmark.
//
// Takes the real article bodies of the AEB ground truth and, with a fixed
// seed, applies known edits to copies of them: sentences added (taken from a
// different article), deleted, reworded by one to several words, moved at
// least two sentences away (sometimes reworded too), paragraphs split and
// merged. Every sentence of both versions carries its true label, so the
// diff engine (and the difflib baseline) can be scored sentence by sentence.
//
// Sentences are what stet::text::SplitSentences says they are: a version's
// paragraphs are its sentences joined by one space, and every edit is checked
// by re-splitting the new version; an edit that would change the
// segmentation (or that would make the true labels ambiguous) is undone and
// another one is drawn.
//
// Usage:
//   stet_make_pairs --data ground-truth.json --out pairs.jsonl
//                   [--pairs 5000] [--seed 1]
//
// Output: JSON Lines, one pair a line:
//   {"id":n, "article":"<ground-truth id>", "edits":["add",...],
//    "headline_changed":false,
//    "old":{"headline":..., "byline":"", "paragraphs":[...]}, "new":{...},
//    "old_sentences":[{"text":..., "paragraph":p, "label":..., "match":i}],
//    "new_sentences":[...]}
// Old labels: unchanged, edited, deleted, moved; new labels: unchanged,
// edited, added, moved. "match" is the index of the same sentence in the
// other version's list (-1 for added and deleted ones).
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "stet/text.h"

namespace {

using Json = nlohmann::ordered_json;
using Rng = std::mt19937_64;

// ---------------------------------------------------------------- helpers

int Uniform(Rng& rng, int lo, int hi) {  // inclusive
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}
double Unit(Rng& rng) {
  return std::uniform_real_distribution<double>(0, 1)(rng);
}

std::vector<std::string> SplitSpaces(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

// Identity of a sentence as the strictest comparison sees it: its folded
// words. Two sentences with the same key are "the same sentence" to any diff.
std::string Key(std::string_view s) {
  return Join(stet::text::FoldedWords(s), "\x1f");
}

// Dice coefficient of the folded-word sets of two sentences.
double Dice(const std::vector<std::string>& a,
            const std::vector<std::string>& b) {
  if (a.empty() && b.empty()) return 1.0;
  std::set<std::string> sa(a.begin(), a.end()), sb(b.begin(), b.end());
  size_t common = 0;
  for (const auto& w : sa) common += sb.count(w);
  return 2.0 * static_cast<double>(common) /
         static_cast<double>(sa.size() + sb.size());
}

// A "plain" word token: ASCII letters, optionally followed by one of , ; :
// Only those are replaced or deleted by a reword, so sentence-ending marks,
// quotes, abbreviations and numbers stay as they were.
bool IsPlain(std::string_view tok, std::string_view* core,
             std::string_view* suffix) {
  size_t n = tok.size();
  size_t end = n;
  if (n > 0 && (tok[n - 1] == ',' || tok[n - 1] == ';' || tok[n - 1] == ':'))
    end = n - 1;
  if (end == 0) return false;
  for (size_t i = 0; i < end; ++i) {
    if (!std::isalpha(static_cast<unsigned char>(tok[i]))) return false;
  }
  if (core) *core = tok.substr(0, end);
  if (suffix) *suffix = tok.substr(end);
  return true;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// ---------------------------------------------------------------- corpus

struct Article {
  std::string id;
  std::vector<std::vector<std::string>> paragraphs;  // sentences per paragraph
  int sentence_count = 0;
};

struct PoolSentence {
  int article = 0;
  std::string text;
  std::vector<std::string> words;  // folded
};

struct Corpus {
  std::vector<Article> articles;   // all articles with >= 1 sentence
  std::vector<int> eligible;       // indices of articles with >= 4 sentences
  std::vector<PoolSentence> pool;  // sentences that may be added elsewhere
  std::vector<std::string> vocab;  // lower-case words for rewording
  int dropped_paragraphs = 0;
};

// Sentences of a paragraph, as SplitSentences cuts it.
std::vector<std::string> Sentences(const std::string& paragraph) {
  std::vector<std::string> out;
  for (const auto& sp : stet::text::SplitSentences(paragraph)) {
    out.emplace_back(paragraph.substr(sp.begin, sp.size()));
  }
  return out;
}

// True if joining `sents` with one space re-splits into exactly `sents`.
bool Resplits(const std::vector<std::string>& sents) {
  return Sentences(Join(sents, " ")) == sents;
}

Corpus LoadCorpus(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "stet_make_pairs: cannot open " << path << "\n";
    std::exit(2);
  }
  nlohmann::json gt = nlohmann::json::parse(in);
  Corpus c;
  std::set<std::string> vocab;
  for (auto it = gt.begin(); it != gt.end();
       ++it) {  // keys sorted: deterministic
    std::string body = it.value().value("articleBody", "");
    Article a;
    a.id = it.key();
    for (const std::string& para : stet::text::SplitParagraphs(body)) {
      std::vector<std::string> sents = Sentences(para);
      if (sents.empty()) continue;
      // Canonical form: sentences joined by one space. Keep the paragraph
      // only if that form splits back into the same sentences.
      if (!Resplits(sents)) {
        ++c.dropped_paragraphs;
        continue;
      }
      a.sentence_count += static_cast<int>(sents.size());
      a.paragraphs.push_back(std::move(sents));
    }
    if (a.sentence_count == 0) continue;
    int idx = static_cast<int>(c.articles.size());
    for (const auto& para : a.paragraphs) {
      for (const auto& s : para) {
        std::vector<std::string> words = stet::text::FoldedWords(s);
        if (words.size() >= 4 && words.size() <= 60)
          c.pool.push_back({idx, s, std::move(words)});
        for (const auto& tok : SplitSpaces(s)) {
          std::string t = tok;
          while (!t.empty() &&
                 std::ispunct(static_cast<unsigned char>(t.back())))
            t.pop_back();
          if (t.size() < 3 || t.size() > 12) continue;
          bool ok = std::all_of(t.begin(), t.end(),
                                [](char ch) { return ch >= 'a' && ch <= 'z'; });
          if (ok) vocab.insert(t);
        }
      }
    }
    if (a.sentence_count >= 4) c.eligible.push_back(idx);
    c.articles.push_back(std::move(a));
  }
  c.vocab.assign(vocab.begin(), vocab.end());
  return c;
}

// ---------------------------------------------------------------- a pair

struct Sent {
  std::string text;
  int old_index = -1;  // index in the old version's sentence list; -1 if added
  std::string label;   // truth on the new side
  bool touched = false;  // already edited (or added): no second edit
  bool dup = false;      // its text occurs more than once in the old version
};

struct Para {
  std::vector<Sent> sents;
  bool touched = false;  // made by a split or merge: not split or merged again
};

using Doc = std::vector<Para>;

struct OldSentence {
  std::string text;
  int paragraph = 0;
  std::string key;
  std::vector<std::string> words;
  bool dup = false;
};

class PairBuilder {
 public:
  PairBuilder(const Corpus& corpus, Rng& rng) : c_(corpus), rng_(rng) {}

  // Builds one pair from article `ai` with `n_edits` edits (fewer if no edit
  // can be applied). Returns the JSON line.
  Json Build(int id, int ai, int n_edits, bool change_headline) {
    const Article& art = c_.articles[ai];
    article_ = ai;
    old_.clear();
    deleted_.clear();
    doc_.clear();
    std::unordered_map<std::string, int> key_count;
    for (size_t p = 0; p < art.paragraphs.size(); ++p) {
      for (const auto& s : art.paragraphs[p]) {
        OldSentence o{s, static_cast<int>(p), Key(s),
                      stet::text::FoldedWords(s), false};
        ++key_count[o.key];
        old_.push_back(std::move(o));
      }
    }
    int k = 0;
    for (size_t p = 0; p < art.paragraphs.size(); ++p) {
      Para para;
      for (size_t s = 0; s < art.paragraphs[p].size(); ++s, ++k) {
        old_[k].dup = key_count[old_[k].key] > 1;
        para.sents.push_back(
            {old_[k].text, k, "unchanged", false, old_[k].dup});
      }
      doc_.push_back(std::move(para));
    }
    old_keys_.clear();
    for (const auto& o : old_) old_keys_.insert(o.key);

    std::vector<std::string> edits;
    for (int e = 0; e < n_edits; ++e) {
      for (int attempt = 0; attempt < 40; ++attempt) {
        static const char* kKinds[] = {"add",  "delete", "reword",
                                       "move", "split",  "merge"};
        std::string kind = kKinds[Uniform(rng_, 0, 5)];
        Doc saved = doc_;
        std::vector<int> saved_deleted = deleted_;
        std::optional<std::string> done = Apply(kind);
        if (done && Verify()) {
          edits.push_back(*done);
          break;
        }
        doc_ = std::move(saved);
        deleted_ = std::move(saved_deleted);
        ++failed_attempts;
      }
    }

    // Headline: the first eight words of the body; in some pairs one of them
    // is changed.
    std::vector<std::string> head = SplitSpaces(old_[0].text);
    if (head.size() > 8) head.resize(8);
    std::string old_head = Join(head, " ");
    std::string new_head = old_head;
    bool headline_changed = false;
    if (change_headline) {
      std::vector<int> plain;
      for (size_t i = 0; i < head.size(); ++i) {
        if (IsPlain(head[i], nullptr, nullptr))
          plain.push_back(static_cast<int>(i));
      }
      for (int attempt = 0; attempt < 10 && !plain.empty() && !headline_changed;
           ++attempt) {
        int i = plain[Uniform(rng_, 0, static_cast<int>(plain.size()) - 1)];
        std::vector<std::string> h2 = head;
        h2[i] = ReplaceWord(head[i]);
        std::string cand = Join(h2, " ");
        if (Key(cand) != Key(old_head)) {
          new_head = cand;
          headline_changed = true;
        }
      }
    }
    return Emit(id, art.id, edits, old_head, new_head, headline_changed);
  }

  int failed_attempts = 0;

 private:
  // ---- edits. Each returns the edit's name, or nullopt if it cannot apply.

  std::optional<std::string> Apply(const std::string& kind) {
    if (kind == "add") return Add();
    if (kind == "delete") return Delete();
    if (kind == "reword") return RewordEdit();
    if (kind == "move") return Move();
    if (kind == "split") return Split();
    return Merge();
  }

  int NewCount() const {
    int n = 0;
    for (const auto& p : doc_) n += static_cast<int>(p.sents.size());
    return n;
  }

  // True if `key` is the key of a sentence of the old version or of the
  // current new version.
  bool KeyTaken(const std::string& key) const {
    if (old_keys_.count(key)) return true;
    for (const auto& p : doc_) {
      for (const auto& s : p.sents) {
        if (Key(s.text) == key) return true;
      }
    }
    return false;
  }

  // A random sentence that has not been edited yet and whose text is unique
  // in the old version (editing a duplicate makes the labels ambiguous).
  std::optional<std::pair<int, int>> PickUntouched(size_t min_tokens = 0) {
    std::vector<std::pair<int, int>> cands;
    for (size_t p = 0; p < doc_.size(); ++p) {
      for (size_t s = 0; s < doc_[p].sents.size(); ++s) {
        const Sent& x = doc_[p].sents[s];
        if (x.touched || x.dup) continue;
        if (min_tokens && SplitSpaces(x.text).size() < min_tokens) continue;
        cands.emplace_back(static_cast<int>(p), static_cast<int>(s));
      }
    }
    if (cands.empty()) return std::nullopt;
    return cands[Uniform(rng_, 0, static_cast<int>(cands.size()) - 1)];
  }

  void DropEmptyParagraphs() {
    doc_.erase(std::remove_if(doc_.begin(), doc_.end(),
                              [](const Para& p) { return p.sents.empty(); }),
               doc_.end());
  }

  std::optional<std::string> Add() {
    for (int attempt = 0; attempt < 20; ++attempt) {
      const PoolSentence& ps =
          c_.pool[Uniform(rng_, 0, static_cast<int>(c_.pool.size()) - 1)];
      if (ps.article == article_) continue;
      if (KeyTaken(Key(ps.text))) continue;
      // Not close to any sentence of either version: an added sentence must
      // not plausibly be an edit of an existing one.
      bool close = false;
      for (const auto& o : old_) {
        if (Dice(ps.words, o.words) >= 0.4) {
          close = true;
          break;
        }
      }
      for (const auto& p : doc_) {
        for (const auto& s : p.sents) {
          if (s.old_index < 0 &&
              Dice(ps.words, stet::text::FoldedWords(s.text)) >= 0.4)
            close = true;
        }
      }
      if (close) continue;
      Sent s{ps.text, -1, "added", true, false};
      if (Unit(rng_) < 0.65) {
        int p = Uniform(rng_, 0, static_cast<int>(doc_.size()) - 1);
        int pos = Uniform(rng_, 0, static_cast<int>(doc_[p].sents.size()));
        doc_[p].sents.insert(doc_[p].sents.begin() + pos, std::move(s));
        return "add";
      }
      int p = Uniform(rng_, 0, static_cast<int>(doc_.size()));
      Para para;
      para.sents.push_back(std::move(s));
      doc_.insert(doc_.begin() + p, std::move(para));
      return "add-paragraph";
    }
    return std::nullopt;
  }

  std::optional<std::string> Delete() {
    if (NewCount() <= 2) return std::nullopt;
    auto pick = PickUntouched();
    if (!pick) return std::nullopt;
    auto [p, s] = *pick;
    deleted_.push_back(doc_[p].sents[s].old_index);
    doc_[p].sents.erase(doc_[p].sents.begin() + s);
    DropEmptyParagraphs();
    return "delete";
  }

  std::string ReplaceWord(std::string_view tok) {
    std::string_view core, suffix;
    if (!IsPlain(tok, &core, &suffix)) return std::string(tok);
    std::string lower = Lower(core);
    std::string w;
    do {
      w = c_.vocab[Uniform(rng_, 0, static_cast<int>(c_.vocab.size()) - 1)];
    } while (w == lower);
    if (std::isupper(static_cast<unsigned char>(core[0]))) {
      w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    }
    return w + std::string(suffix);
  }

  // Replaces, inserts or deletes 1..min(5, 30% of its words) words of a
  // sentence (never the first or last token, so the sentence keeps its start
  // and its final mark). Returns nullopt if the result is not a new,
  // unused sentence.
  std::optional<std::string> Reword(const std::string& text) {
    struct Tok {
      std::string s;
      bool fresh;
    };
    std::vector<Tok> toks;
    for (auto& t : SplitSpaces(text)) toks.push_back({t, false});
    int n = static_cast<int>(toks.size());
    if (n < 5) return std::nullopt;
    int kmax = std::max(1, std::min(5, static_cast<int>(0.3 * n)));
    int k = Uniform(rng_, 1, kmax);
    for (int i = 0; i < k; ++i) {
      bool applied = false;
      for (int attempt = 0; attempt < 6 && !applied; ++attempt) {
        double r = Unit(rng_);
        int m = static_cast<int>(toks.size());
        if (r < 0.25) {  // insert before token j, 1 <= j <= m-1
          int j = Uniform(rng_, 1, m - 1);
          std::string w =
              c_.vocab[Uniform(rng_, 0, static_cast<int>(c_.vocab.size()) - 1)];
          toks.insert(toks.begin() + j, Tok{w, true});
          applied = true;
          continue;
        }
        std::vector<int> cands;
        for (int j = 1; j + 1 < m; ++j) {
          if (!toks[j].fresh && IsPlain(toks[j].s, nullptr, nullptr))
            cands.push_back(j);
        }
        if (cands.empty()) continue;
        int j = cands[Uniform(rng_, 0, static_cast<int>(cands.size()) - 1)];
        if (r < 0.75) {
          toks[j] = Tok{ReplaceWord(toks[j].s), true};
        } else {
          if (m <= 4) continue;
          toks.erase(toks.begin() + j);
        }
        applied = true;
      }
    }
    std::vector<std::string> parts;
    for (auto& t : toks) parts.push_back(t.s);
    std::string out = Join(parts, " ");
    std::string key = Key(out);
    if (key == Key(text) || KeyTaken(key)) return std::nullopt;
    return out;
  }

  std::optional<std::string> RewordEdit() {
    auto pick = PickUntouched(5);
    if (!pick) return std::nullopt;
    auto [p, s] = *pick;
    Sent& x = doc_[p].sents[s];
    auto text = Reword(x.text);
    if (!text) return std::nullopt;
    x.text = *text;
    x.label = "edited";
    x.touched = true;
    return "reword";
  }

  std::optional<std::string> Move() {
    if (NewCount() < 4) return std::nullopt;
    auto pick = PickUntouched();
    if (!pick) return std::nullopt;
    auto [p, s] = *pick;
    int from = 0;  // flat slot the sentence leaves
    for (int i = 0; i < p; ++i) from += static_cast<int>(doc_[i].sents.size());
    from += s;
    Sent x = doc_[p].sents[s];
    doc_[p].sents.erase(doc_[p].sents.begin() + s);
    DropEmptyParagraphs();
    std::string name = "move";
    if (Unit(rng_) < 0.3) {
      if (auto text = Reword(x.text)) {
        x.text = *text;
        name = "move+reword";
      }
    }
    x.label = "moved";
    x.touched = true;
    for (int attempt = 0; attempt < 30; ++attempt) {
      int q = Uniform(rng_, 0, static_cast<int>(doc_.size()) - 1);
      int pos = Uniform(rng_, 0, static_cast<int>(doc_[q].sents.size()));
      int to = 0;
      for (int i = 0; i < q; ++i) to += static_cast<int>(doc_[i].sents.size());
      to += pos;
      if (std::abs(to - from) < 2) continue;
      doc_[q].sents.insert(doc_[q].sents.begin() + pos, std::move(x));
      return name;
    }
    return std::nullopt;
  }

  std::optional<std::string> Split() {
    std::vector<int> cands;
    for (size_t p = 0; p < doc_.size(); ++p) {
      if (!doc_[p].touched && doc_[p].sents.size() >= 2)
        cands.push_back(static_cast<int>(p));
    }
    if (cands.empty()) return std::nullopt;
    int p = cands[Uniform(rng_, 0, static_cast<int>(cands.size()) - 1)];
    int at = Uniform(rng_, 1, static_cast<int>(doc_[p].sents.size()) - 1);
    Para second;
    second.sents.assign(doc_[p].sents.begin() + at, doc_[p].sents.end());
    second.touched = true;
    doc_[p].sents.resize(at);
    doc_[p].touched = true;
    doc_.insert(doc_.begin() + p + 1, std::move(second));
    return "split";
  }

  std::optional<std::string> Merge() {
    std::vector<int> cands;
    for (size_t p = 0; p + 1 < doc_.size(); ++p) {
      if (!doc_[p].touched && !doc_[p + 1].touched)
        cands.push_back(static_cast<int>(p));
    }
    if (cands.empty()) return std::nullopt;
    int p = cands[Uniform(rng_, 0, static_cast<int>(cands.size()) - 1)];
    for (auto& s : doc_[p + 1].sents) doc_[p].sents.push_back(std::move(s));
    doc_[p].touched = true;
    doc_.erase(doc_.begin() + p + 1);
    return "merge";
  }

  // ---- checks after every edit

  // (1) The new version's paragraphs re-split into exactly the tracked
  // sentences. (2) The labels are the only minimal reading: the matched
  // sentences that stay in place form the unique longest increasing run of
  // old positions, so no moved sentence could as well be called in place
  // (and vice versa).
  bool Verify() const {
    for (const auto& p : doc_) {
      std::vector<std::string> texts;
      for (const auto& s : p.sents) texts.push_back(s.text);
      if (!Resplits(texts)) return false;
    }
    std::vector<int> seq;
    std::vector<bool> moved;
    for (const auto& p : doc_) {
      for (const auto& s : p.sents) {
        if (s.old_index < 0) continue;
        seq.push_back(s.old_index);
        moved.push_back(s.label == "moved");
      }
    }
    int n = static_cast<int>(seq.size());
    std::vector<int> end(n, 1), start(n, 1);
    for (int i = 0; i < n; ++i) {
      for (int j = 0; j < i; ++j) {
        if (seq[j] < seq[i]) end[i] = std::max(end[i], end[j] + 1);
      }
    }
    for (int i = n - 1; i >= 0; --i) {
      for (int j = i + 1; j < n; ++j) {
        if (seq[j] > seq[i]) start[i] = std::max(start[i], start[j] + 1);
      }
    }
    int lis = 0, in_place = 0;
    for (int i = 0; i < n; ++i) {
      lis = std::max(lis, end[i]);
      if (!moved[i]) ++in_place;
    }
    if (in_place != lis) return false;
    for (int i = 0; i < n; ++i) {
      if (moved[i] && end[i] + start[i] - 1 == lis) return false;
    }
    return true;
  }

  Json Emit(int id, const std::string& article_id,
            const std::vector<std::string>& edits, const std::string& old_head,
            const std::string& new_head, bool headline_changed) {
    // Old side labels follow from the new side.
    std::vector<std::string> old_label(old_.size(), "deleted");
    std::vector<int> old_match(old_.size(), -1);
    Json new_sents = Json::array();
    Json new_paras = Json::array();
    int idx = 0;
    for (size_t p = 0; p < doc_.size(); ++p) {
      std::vector<std::string> texts;
      for (const auto& s : doc_[p].sents) {
        texts.push_back(s.text);
        if (s.old_index >= 0) {
          old_label[s.old_index] = s.label;
          old_match[s.old_index] = idx;
        }
        new_sents.push_back(Json{{"text", s.text},
                                 {"paragraph", static_cast<int>(p)},
                                 {"label", s.label},
                                 {"match", s.old_index}});
        ++idx;
      }
      new_paras.push_back(Join(texts, " "));
    }
    Json old_sents = Json::array();
    for (size_t i = 0; i < old_.size(); ++i) {
      old_sents.push_back(Json{{"text", old_[i].text},
                               {"paragraph", old_[i].paragraph},
                               {"label", old_label[i]},
                               {"match", old_match[i]}});
    }
    Json old_paras = Json::array();
    for (const auto& para : c_.articles[article_].paragraphs)
      old_paras.push_back(Join(para, " "));

    Json j;
    j["id"] = id;
    j["article"] = article_id;
    j["edits"] = edits;
    j["headline_changed"] = headline_changed;
    j["old"] =
        Json{{"headline", old_head}, {"byline", ""}, {"paragraphs", old_paras}};
    j["new"] =
        Json{{"headline", new_head}, {"byline", ""}, {"paragraphs", new_paras}};
    j["old_sentences"] = std::move(old_sents);
    j["new_sentences"] = std::move(new_sents);
    return j;
  }

  const Corpus& c_;
  Rng& rng_;
  int article_ = 0;
  std::vector<OldSentence> old_;
  std::unordered_set<std::string> old_keys_;
  std::vector<int> deleted_;
  Doc doc_;
};

[[noreturn]] void Usage() {
  std::cerr
      << "usage: stet_make_pairs --data ground-truth.json --out pairs.jsonl "
         "[--pairs N (5000)] [--seed S (1)]\n";
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = "../shared/data/aeb/ground-truth.json";
  std::string out_path = "-";
  int pairs = 5000;
  uint64_t seed = 1;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) Usage();
      return argv[++i];
    };
    if (a == "--data")
      data = next();
    else if (a == "--out")
      out_path = next();
    else if (a == "--pairs")
      pairs = std::stoi(next());
    else if (a == "--seed")
      seed = std::stoull(next());
    else
      Usage();
  }

  Corpus corpus = LoadCorpus(data);
  if (corpus.eligible.empty() || corpus.vocab.empty()) {
    std::cerr << "stet_make_pairs: no article with at least 4 sentences in "
              << data << "\n";
    return 1;
  }
  Rng rng(seed);
  PairBuilder builder(corpus, rng);

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (out_path != "-") {
    file.open(out_path);
    if (!file) {
      std::cerr << "stet_make_pairs: cannot write " << out_path << "\n";
      return 2;
    }
    out = &file;
  }

  std::map<std::string, int64_t> new_counts, old_counts, edit_counts;
  int64_t headline_changes = 0;
  for (int id = 0; id < pairs; ++id) {
    int ai = corpus.eligible[Uniform(
        rng, 0, static_cast<int>(corpus.eligible.size()) - 1)];
    int n_edits = Unit(rng) < 0.10 ? 0 : Uniform(rng, 1, 4);
    bool change_headline = Unit(rng) < 0.05;
    Json j = builder.Build(id, ai, n_edits, change_headline);
    for (const auto& s : j["new_sentences"])
      ++new_counts[s["label"].get<std::string>()];
    for (const auto& s : j["old_sentences"])
      ++old_counts[s["label"].get<std::string>()];
    for (const auto& e : j["edits"]) ++edit_counts[e.get<std::string>()];
    if (j["headline_changed"].get<bool>()) ++headline_changes;
    *out << j.dump() << "\n";
  }
  out->flush();

  std::cerr << "stet_make_pairs: " << pairs << " pairs from "
            << corpus.eligible.size() << " articles (seed " << seed << "); "
            << corpus.dropped_paragraphs
            << " paragraphs dropped (not re-splittable), "
            << builder.failed_attempts << " edit attempts redrawn\n  edits:";
  for (const auto& [k, v] : edit_counts) std::cerr << " " << k << "=" << v;
  std::cerr << "\n  new sentences:";
  for (const auto& [k, v] : new_counts) std::cerr << " " << k << "=" << v;
  std::cerr << "\n  old sentences:";
  for (const auto& [k, v] : old_counts) std::cerr << " " << k << "=" << v;
  std::cerr << "\n  headlines changed: " << headline_changes << "\n";
  return 0;
}
