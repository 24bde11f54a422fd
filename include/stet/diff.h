// The diff engine: what changed between two versions of an article.
//
// Both versions are split into paragraphs and sentences. Sentences are
// matched exactly (identical text), then fuzzily (a sentence with a few
// words changed is one edited sentence, not a delete plus an add); matched
// pairs that keep their relative order are in place (unchanged or edited),
// the others moved. Inside edited and moved-and-edited sentences, and in the
// headline and byline, a word-level diff says which words went and came.
//
// Thread-safety: Diff() is pure; a DiffOptions may be shared.
#ifndef STET_DIFF_H_
#define STET_DIFF_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "stet/model.h"

namespace stet {

struct DiffOptions {
  // Sentences whose folded-word similarity (weighted Dice, 0..1) reaches this
  // are the same sentence, edited. Default 0.5: survives several changed
  // words in a sentence of ten, rejects unrelated sentences on one topic.
  double edit_threshold = 0.5;
  // Match sentences that changed position. Default on.
  bool detect_moves = true;
  // Fuzzy matching compares every unmatched old sentence with every unmatched
  // new one; past this many comparisons it only compares sentences within
  // the same gap between exact matches, keeping huge rewrites linear-ish.
  // Default 250,000.
  int64_t max_fuzzy_comparisons = 250000;
};

enum class SentenceLabel : uint8_t {
  kUnchanged,
  kEdited,
  kAdded,    // only in the new version
  kDeleted,  // only in the old version
  kMoved,    // matched, but out of order (text may differ too)
};
std::string_view SentenceLabelName(SentenceLabel label);  // "unchanged"...

enum class WordOp : uint8_t { kEqual, kInsert, kDelete };

// A run of text in a word diff. kDelete runs come from the old text, kInsert
// runs from the new one, kEqual runs are in both.
struct WordSegment {
  WordOp op = WordOp::kEqual;
  std::string text;
  bool operator==(const WordSegment&) const = default;
};

struct DiffSentence {
  std::string text;
  int paragraph = 0;  // index of the paragraph in its version
  SentenceLabel label = SentenceLabel::kUnchanged;
  int match = -1;  // index of the matched sentence in the other version
  double similarity = 1.0;  // of the match (1 for exact), 0 if unmatched
};

// One row of a side-by-side view: an old sentence, a new sentence, or a
// matched pair, in reading order of both versions. Rows with old == -1 show
// an added sentence (or a moved one arriving); new == -1 a deleted one (or a
// moved one leaving). `words` is set for edited pairs and moved-and-edited
// sentences (on the arriving row).
struct DiffRow {
  SentenceLabel label = SentenceLabel::kUnchanged;
  int old_index = -1;                // into ArticleDiff::old_sentences
  int new_index = -1;                // into ArticleDiff::new_sentences
  bool paragraph_start_old = false;  // old sentence opens a paragraph
  bool paragraph_start_new = false;
  std::vector<WordSegment> words;
};

struct FieldChange {
  bool changed = false;
  std::string old_text;
  std::string new_text;
  std::vector<WordSegment> words;  // empty unless changed
};

struct ArticleDiff {
  FieldChange headline;
  FieldChange byline;
  std::vector<DiffSentence> old_sentences;
  std::vector<DiffSentence> new_sentences;
  std::vector<DiffRow> rows;
  ChangeSummary summary;
};

ArticleDiff Diff(const VersionText& from, const VersionText& to,
                 const DiffOptions& options = {});

// Only the summary (no rows and no sentence copies kept); what the store
// records for every new version.
ChangeSummary Summarize(const VersionText& from, const VersionText& to,
                        const DiffOptions& options = {});

// Word-level diff of two strings over text::Tokenize() tokens. Adjacent
// segments of the same op are merged; concatenating the kEqual+kDelete
// segments gives `from`, kEqual+kInsert gives `to`.
std::vector<WordSegment> WordDiff(std::string_view from, std::string_view to);

// How alike two sentences are, as the diff engine matches them: the Dice
// coefficient of their folded words (text::FoldedWordHashes, sorted), 0..1.
double SentenceSimilarity(const std::vector<uint64_t>& a,
                          const std::vector<uint64_t>& b);

// Renders for a terminal: headline and byline changes first, then the new
// version sentence by sentence with deletions, insertions and moves marked;
// ANSI colours when `color`.
std::string RenderDiffText(const ArticleDiff& diff, bool color);

// Number of Unicode code points in UTF-8 text.
int64_t CountCodePoints(std::string_view s);

}  // namespace stet

#endif  // STET_DIFF_H_
