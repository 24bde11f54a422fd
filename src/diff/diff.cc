// Sentence alignment between two versions (see include/stet/diff.h).
//
// Steps: (1) segment both versions; (2) pair identical sentences by text
// hash, duplicates in order; (3) pair the rest fuzzily by weighted word
// overlap, best pairs first; (4) keep the heaviest order-preserving subset
// of all pairs in place (weighted LIS), the other pairs are moves; (5) label,
// build rows, word-diff edited pairs, count.
#include "stet/diff.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "diff/lcs.h"
#include "stet/text.h"

namespace stet {
namespace {

struct Sent {
  std::string_view text;
  int paragraph = 0;
  bool paragraph_start = false;
  uint64_t key = 0;  // hash of the exact text
  int match = -1;
  bool exact = false;
  bool in_place = false;
  double similarity = 0;
  std::vector<uint64_t> words;  // sorted folded-word hashes (fuzzy only)
};

// Paragraph hash -> where its sentences start in the segmented version.
struct ParaIndex {
  std::vector<std::pair<uint64_t, int>> hash_para;  // sorted
  std::vector<int> first_sentence;                  // per paragraph
};

// Splits a version into sentences. Paragraphs identical to one in `reuse`
// (the other version, already segmented) copy its sentences instead of
// being segmented again: most paragraphs survive an update unchanged.
void Segment(const VersionText& v, std::vector<Sent>* out, ParaIndex* index,
             const VersionText* reuse_text, const std::vector<Sent>* reuse,
             const ParaIndex* reuse_index) {
  out->clear();
  out->reserve(v.paragraphs.size() * 4);
  index->hash_para.clear();
  index->first_sentence.clear();
  std::vector<text::Span> spans;
  for (size_t p = 0; p < v.paragraphs.size(); ++p) {
    std::string_view para = v.paragraphs[p];
    const uint64_t h = XXH3_64bits(para.data(), para.size());
    index->hash_para.emplace_back(h, static_cast<int>(p));
    index->first_sentence.push_back(static_cast<int>(out->size()));
    if (reuse_index) {
      auto it =
          std::lower_bound(reuse_index->hash_para.begin(),
                           reuse_index->hash_para.end(), std::make_pair(h, -1));
      if (it != reuse_index->hash_para.end() && it->first == h &&
          reuse_text->paragraphs[it->second] == para) {
        const int rp = it->second;
        const int begin = reuse_index->first_sentence[rp];
        const std::string_view other = reuse_text->paragraphs[rp];
        for (int k = begin;
             k < static_cast<int>(reuse->size()) && (*reuse)[k].paragraph == rp;
             ++k) {
          Sent sent;
          const Sent& src = (*reuse)[k];
          sent.text =
              para.substr(src.text.data() - other.data(), src.text.size());
          sent.paragraph = static_cast<int>(p);
          sent.paragraph_start = src.paragraph_start;
          sent.key = src.key;
          out->push_back(std::move(sent));
        }
        continue;
      }
    }
    spans.clear();
    text::AppendSentences(para, &spans);
    bool first = true;
    for (const text::Span& sp : spans) {
      Sent sent;
      sent.text = para.substr(sp.begin, sp.size());
      sent.paragraph = static_cast<int>(p);
      sent.paragraph_start = first;
      sent.key = XXH3_64bits(sent.text.data(), sent.text.size());
      out->push_back(std::move(sent));
      first = false;
    }
  }
  std::sort(index->hash_para.begin(), index->hash_para.end());
}

}  // namespace

// Multiset Dice coefficient over sorted hash vectors.
double SentenceSimilarity(const std::vector<uint64_t>& a,
                          const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++common;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return 2.0 * common / static_cast<double>(a.size() + b.size());
}

namespace {

constexpr auto Dice = SentenceSimilarity;

void PairExact(std::vector<Sent>& olds, std::vector<Sent>& news) {
  // Old sentences sorted by (key, position): equal texts form a run, and a
  // cursor per run pairs duplicates in order.
  std::vector<std::pair<uint64_t, int>> by_key(olds.size());
  for (size_t i = 0; i < olds.size(); ++i)
    by_key[i] = {olds[i].key, static_cast<int>(i)};
  std::sort(by_key.begin(), by_key.end());
  std::vector<int> cursor(by_key.size());
  for (size_t r = 0; r < by_key.size(); ++r) cursor[r] = static_cast<int>(r);
  for (size_t j = 0; j < news.size(); ++j) {
    auto it = std::lower_bound(by_key.begin(), by_key.end(),
                               std::make_pair(news[j].key, -1));
    if (it == by_key.end() || it->first != news[j].key) continue;
    const size_t run = static_cast<size_t>(it - by_key.begin());
    const size_t next = static_cast<size_t>(cursor[run]);
    if (next >= by_key.size() || by_key[next].first != news[j].key) continue;
    const int i = by_key[next].second;
    if (olds[i].text != news[j].text) continue;  // hash collision
    cursor[run] = static_cast<int>(next + 1);
    olds[i].match = static_cast<int>(j);
    news[j].match = i;
    olds[i].exact = news[j].exact = true;
    olds[i].similarity = news[j].similarity = 1.0;
  }
}

void PairFuzzy(std::vector<Sent>& olds, std::vector<Sent>& news,
               const DiffOptions& opt) {
  std::vector<int> uo, un;
  for (size_t i = 0; i < olds.size(); ++i)
    if (olds[i].match < 0) uo.push_back(static_cast<int>(i));
  for (size_t j = 0; j < news.size(); ++j)
    if (news[j].match < 0) un.push_back(static_cast<int>(j));
  if (uo.empty() || un.empty()) return;
  for (int i : uo) {
    text::FoldedWordHashes(olds[i].text, &olds[i].words);
    std::sort(olds[i].words.begin(), olds[i].words.end());
  }
  for (int j : un) {
    text::FoldedWordHashes(news[j].text, &news[j].words);
    std::sort(news[j].words.begin(), news[j].words.end());
  }
  // Where each unmatched sentence sits between exact anchors: with too many
  // comparisons, only sentences in the same gap are compared.
  const bool restrict_to_gap =
      static_cast<int64_t>(uo.size()) * static_cast<int64_t>(un.size()) >
      opt.max_fuzzy_comparisons;
  std::vector<int> gap_old(olds.size()), gap_new(news.size());
  if (restrict_to_gap) {
    // Gap id = index of the last exact-matched old sentence before it.
    int last = -1;
    for (size_t i = 0; i < olds.size(); ++i) {
      if (olds[i].match >= 0) last = static_cast<int>(i);
      gap_old[i] = last;
    }
    last = -1;
    for (size_t j = 0; j < news.size(); ++j) {
      if (news[j].match >= 0) last = news[j].match;
      gap_new[j] = last;
    }
  }
  struct Cand {
    double score;
    int i, j;
  };
  std::vector<Cand> cands;
  const double t = opt.edit_threshold;
  const double n_old = static_cast<double>(std::max<size_t>(olds.size(), 1));
  const double n_new = static_cast<double>(std::max<size_t>(news.size(), 1));
  for (int i : uo) {
    const size_t a = olds[i].words.size();
    for (int j : un) {
      if (restrict_to_gap && gap_old[i] != gap_new[j]) continue;
      const size_t b = news[j].words.size();
      // Dice <= 2*min/(a+b): skip pairs that cannot reach the threshold.
      if (2.0 * static_cast<double>(std::min(a, b)) <
          t * static_cast<double>(a + b))
        continue;
      double d = Dice(olds[i].words, news[j].words);
      if (d < t) continue;
      // Prefer nearby partners among equals: a small positional tie-break.
      double pos = std::fabs(i / n_old - j / n_new);
      cands.push_back({d - 0.01 * pos, i, j});
    }
  }
  std::sort(cands.begin(), cands.end(), [](const Cand& x, const Cand& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.i != y.i) return x.i < y.i;
    return x.j < y.j;
  });
  for (const Cand& c : cands) {
    if (olds[c.i].match >= 0 || news[c.j].match >= 0) continue;
    olds[c.i].match = c.j;
    news[c.j].match = c.i;
    double sim = Dice(olds[c.i].words, news[c.j].words);
    olds[c.i].similarity = news[c.j].similarity = sim;
  }
}

// Marks the heaviest set of pairs whose order agrees in both versions as in
// place. Weighted longest increasing subsequence via a Fenwick tree of
// prefix maxima: O(n log n), so a 50 MB article is no problem.
void MarkInPlace(std::vector<Sent>& olds, std::vector<Sent>& news) {
  const int n = static_cast<int>(olds.size());
  std::vector<std::pair<int64_t, int>> tree(n + 1, {0, -1});  // (best, new j)
  std::vector<int> prev(news.size(), -1);
  std::vector<int64_t> best(news.size(), 0);
  int64_t top = 0;
  int top_j = -1;
  for (size_t j = 0; j < news.size(); ++j) {
    int i = news[j].match;
    if (i < 0) continue;
    // Keep the most sentences in place; among equal counts prefer exact
    // matches, then longer sentences (tie-breaks only: a long sentence
    // moving past two short ones is the move).
    int64_t w = (int64_t{1} << 20) + (news[j].exact ? (1 << 12) : 0) +
                std::min<int64_t>(static_cast<int64_t>(news[j].text.size()),
                                  (1 << 12) - 1);
    std::pair<int64_t, int> q{0, -1};
    for (int x = i; x > 0; x -= x & -x) q = std::max(q, tree[x]);
    best[j] = q.first + w;
    prev[j] = q.second;
    for (int x = i + 1; x <= n; x += x & -x)
      tree[x] = std::max(tree[x], {best[j], static_cast<int>(j)});
    if (best[j] > top) {
      top = best[j];
      top_j = static_cast<int>(j);
    }
  }
  for (int j = top_j; j >= 0; j = prev[j]) {
    news[j].in_place = true;
    olds[news[j].match].in_place = true;
  }
}

// Order alone misses one edit that readers and revision trackers call a
// move: a paragraph cut from near the top and pasted onto the end of new
// text further down. The sentence keeps its relative order (everything
// between was inserted), but it left its own paragraph to continue a
// paragraph of new text, after at least one whole new paragraph. Such a
// sentence is marked moved, not in place. A sentence that merely gains a new
// sentence before it, in its own paragraph, is not affected.
void MarkDisplaced(std::vector<Sent>& olds, std::vector<Sent>& news) {
  int prev_anchor = -1;
  for (size_t j = 0; j < news.size(); ++j) {
    if (!news[j].in_place) continue;
    const Sent& o = olds[news[j].match];
    bool displaced = o.paragraph_start && !news[j].paragraph_start && j > 0 &&
                     !news[j - 1].in_place;
    if (displaced) {
      // A whole new paragraph must come between it and its last in-place
      // neighbour; sentences added at a paragraph's end and the next one's
      // start are ordinary additions.
      bool block = false;
      for (int k = static_cast<int>(j) - 1; k > prev_anchor && !block; --k)
        block =
            news[k].paragraph_start && news[k].paragraph != news[j].paragraph;
      displaced = block;
    }
    if (displaced) {
      news[j].in_place = false;
      olds[news[j].match].in_place = false;
    } else {
      prev_anchor = static_cast<int>(j);
    }
  }
}

SentenceLabel LabelOf(const Sent& s) {
  if (s.match < 0) return SentenceLabel::kAdded;  // caller flips for old side
  if (!s.in_place) return SentenceLabel::kMoved;
  return s.exact ? SentenceLabel::kUnchanged : SentenceLabel::kEdited;
}

int64_t CountInserted(const std::vector<WordSegment>& w, WordOp op) {
  int64_t n = 0;
  for (const WordSegment& s : w)
    if (s.op == op) n += CountCodePoints(s.text);
  return n;
}

FieldChange DiffField(const std::string& a, const std::string& b,
                      ChangeSummary* sum) {
  FieldChange f;
  f.old_text = a;
  f.new_text = b;
  f.changed = a != b;
  if (f.changed) {
    f.words = WordDiff(a, b);
    sum->chars_added += CountInserted(f.words, WordOp::kInsert);
    sum->chars_removed += CountInserted(f.words, WordOp::kDelete);
  }
  return f;
}

// The shared core of Diff() and Summarize().
void Align(const VersionText& from, const VersionText& to,
           const DiffOptions& opt, std::vector<Sent>* olds,
           std::vector<Sent>* news) {
  ParaIndex old_index, new_index;
  Segment(from, olds, &old_index, nullptr, nullptr, nullptr);
  Segment(to, news, &new_index, &from, olds, &old_index);
  PairExact(*olds, *news);
  PairFuzzy(*olds, *news, opt);
  MarkInPlace(*olds, *news);
  if (opt.detect_moves) MarkDisplaced(*olds, *news);
  if (!opt.detect_moves) {
    for (Sent& s : *news) {
      if (s.match >= 0 && !s.in_place) {
        Sent& o = (*olds)[s.match];
        o.match = -1;
        s.match = -1;
        o.exact = s.exact = false;
      }
    }
  }
}

}  // namespace

std::string_view SentenceLabelName(SentenceLabel label) {
  switch (label) {
    case SentenceLabel::kUnchanged:
      return "unchanged";
    case SentenceLabel::kEdited:
      return "edited";
    case SentenceLabel::kAdded:
      return "added";
    case SentenceLabel::kDeleted:
      return "deleted";
    case SentenceLabel::kMoved:
      return "moved";
  }
  return "unknown";
}

int64_t CountCodePoints(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

namespace {

// Counts the sentence labels and changed characters into *sum. The word
// diff of every matched-but-changed new sentence is computed here, once, and
// handed to `words` (indexed like `news`) when the caller wants them.
void CountChanges(const std::vector<Sent>& olds, const std::vector<Sent>& news,
                  ChangeSummary* sum,
                  std::vector<std::vector<WordSegment>>* words) {
  for (const Sent& o : olds) {
    if (o.match < 0) {
      ++sum->deleted;
      sum->chars_removed += CountCodePoints(o.text);
    }
  }
  if (words) words->assign(news.size(), {});
  for (size_t j = 0; j < news.size(); ++j) {
    const Sent& s = news[j];
    switch (LabelOf(s)) {
      case SentenceLabel::kAdded:
        ++sum->added;
        sum->chars_added += CountCodePoints(s.text);
        break;
      case SentenceLabel::kUnchanged:
        ++sum->unchanged;
        break;
      case SentenceLabel::kEdited:
        ++sum->edited;
        break;
      case SentenceLabel::kMoved:
        ++sum->moved;
        break;
      case SentenceLabel::kDeleted:
        break;
    }
    if (s.match >= 0 && !s.exact) {
      std::vector<WordSegment> w = WordDiff(olds[s.match].text, s.text);
      sum->chars_added += CountInserted(w, WordOp::kInsert);
      sum->chars_removed += CountInserted(w, WordOp::kDelete);
      if (words) (*words)[j] = std::move(w);
    }
  }
}

}  // namespace

ChangeSummary Summarize(const VersionText& from, const VersionText& to,
                        const DiffOptions& opt) {
  std::vector<Sent> olds, news;
  Align(from, to, opt, &olds, &news);
  ChangeSummary sum;
  sum.headline_changed = DiffField(from.headline, to.headline, &sum).changed;
  sum.byline_changed = DiffField(from.byline, to.byline, &sum).changed;
  CountChanges(olds, news, &sum, nullptr);
  return sum;
}

ArticleDiff Diff(const VersionText& from, const VersionText& to,
                 const DiffOptions& opt) {
  std::vector<Sent> olds, news;
  Align(from, to, opt, &olds, &news);
  ArticleDiff d;
  d.headline = DiffField(from.headline, to.headline, &d.summary);
  d.summary.headline_changed = d.headline.changed;
  d.byline = DiffField(from.byline, to.byline, &d.summary);
  d.summary.byline_changed = d.byline.changed;

  auto export_side = [](const std::vector<Sent>& in, bool old_side,
                        std::vector<DiffSentence>* out) {
    out->reserve(in.size());
    for (const Sent& s : in) {
      DiffSentence ds;
      ds.text = std::string(s.text);
      ds.paragraph = s.paragraph;
      ds.label = LabelOf(s);
      if (old_side && ds.label == SentenceLabel::kAdded)
        ds.label = SentenceLabel::kDeleted;
      ds.match = s.match;
      ds.similarity = s.match >= 0 ? s.similarity : 0.0;
      out->push_back(std::move(ds));
    }
  };
  export_side(olds, true, &d.old_sentences);
  export_side(news, false, &d.new_sentences);
  std::vector<std::vector<WordSegment>> words;
  CountChanges(olds, news, &d.summary, &words);

  auto old_only = [&](int i) {
    DiffRow r;
    r.label = d.old_sentences[i].label;
    r.old_index = i;
    r.paragraph_start_old = olds[i].paragraph_start;
    d.rows.push_back(std::move(r));
  };
  auto new_only = [&](int j) {
    DiffRow r;
    r.label = d.new_sentences[j].label;
    r.new_index = j;
    r.paragraph_start_new = news[j].paragraph_start;
    r.words = std::move(words[j]);  // set for a moved-and-edited arrival
    d.rows.push_back(std::move(r));
  };
  // Walk both sides between in-place anchors.
  size_t i = 0;
  for (size_t j = 0; j < news.size(); ++j) {
    if (!news[j].in_place) continue;
    int anchor_old = news[j].match;
    while (static_cast<int>(i) < anchor_old) old_only(static_cast<int>(i++));
    // New sentences between the previous anchor and this one.
    size_t k = j;
    while (k > 0 && !news[k - 1].in_place) --k;
    for (; k < j; ++k) new_only(static_cast<int>(k));
    DiffRow r;
    r.label = d.new_sentences[j].label;
    r.old_index = anchor_old;
    r.new_index = static_cast<int>(j);
    r.paragraph_start_old = olds[anchor_old].paragraph_start;
    r.paragraph_start_new = news[j].paragraph_start;
    r.words = std::move(words[j]);  // set for an edited pair
    d.rows.push_back(std::move(r));
    i = anchor_old + 1;
  }
  while (i < olds.size()) old_only(static_cast<int>(i++));
  size_t k = news.size();
  while (k > 0 && !news[k - 1].in_place) --k;
  for (; k < news.size(); ++k) new_only(static_cast<int>(k));
  return d;
}

std::vector<WordSegment> WordDiff(std::string_view from, std::string_view to) {
  std::vector<text::Token> ta = text::Tokenize(from);
  std::vector<text::Token> tb = text::Tokenize(to);
  auto keys = [](std::string_view s, const std::vector<text::Token>& t) {
    std::vector<uint64_t> k(t.size());
    for (size_t i = 0; i < t.size(); ++i)
      k[i] = XXH3_64bits(s.data() + t[i].begin, t[i].end - t[i].begin);
    return k;
  };
  std::vector<uint64_t> ka = keys(from, ta), kb = keys(to, tb);
  std::vector<std::pair<int, int>> m;
  diff::CommonSubsequence(ka.data(), static_cast<int>(ka.size()), kb.data(),
                          static_cast<int>(kb.size()), 4000, &m);
  // Raw ops, one per token.
  struct Op {
    WordOp op;
    std::string_view text;
    bool space;
  };
  std::vector<Op> ops;
  auto tok = [](std::string_view s, const text::Token& t) {
    return s.substr(t.begin, t.end - t.begin);
  };
  int i = 0, j = 0;
  auto flush_to = [&](int ai, int bj) {
    for (; i < ai; ++i)
      ops.push_back({WordOp::kDelete, tok(from, ta[i]),
                     ta[i].kind == text::TokenKind::kSpace});
    for (; j < bj; ++j)
      ops.push_back({WordOp::kInsert, tok(to, tb[j]),
                     tb[j].kind == text::TokenKind::kSpace});
  };
  for (auto [a, b] : m) {
    flush_to(a, b);
    ops.push_back({WordOp::kEqual, tok(from, ta[a]),
                   ta[a].kind == text::TokenKind::kSpace});
    i = a + 1;
    j = b + 1;
  }
  flush_to(static_cast<int>(ta.size()), static_cast<int>(tb.size()));

  // A lone equal space between two changes reads better as part of both:
  // "[-a b-]{+c d+}" rather than "[-a-]{+c+} [-b-]{+d+}".
  std::vector<WordSegment> out;
  auto emit = [&](WordOp op, std::string_view t) {
    if (!out.empty() && out.back().op == op) {
      out.back().text.append(t);
    } else {
      out.push_back({op, std::string(t)});
    }
  };
  // Group consecutive non-equal ops into delete-run + insert-run blocks.
  std::string del, ins;
  auto flush_block = [&] {
    if (!del.empty()) emit(WordOp::kDelete, del);
    if (!ins.empty()) emit(WordOp::kInsert, ins);
    del.clear();
    ins.clear();
  };
  for (size_t x = 0; x < ops.size(); ++x) {
    const Op& o = ops[x];
    if (o.op == WordOp::kEqual) {
      bool bridge = o.space && (!del.empty() || !ins.empty()) &&
                    x + 1 < ops.size() && ops[x + 1].op != WordOp::kEqual;
      if (bridge) {
        del.append(o.text);
        ins.append(o.text);
        continue;
      }
      flush_block();
      emit(WordOp::kEqual, o.text);
    } else if (o.op == WordOp::kDelete) {
      del.append(o.text);
    } else {
      ins.append(o.text);
    }
  }
  flush_block();
  return out;
}

}  // namespace stet
