// Quotations: who said what, in which words.
//
// ExtractQuotes finds the direct quotations of a text and their speakers.
// Quotation marks of every common style are paired (straight, curly,
// guillemets, the `` '' of tokenised text, single quotes as the outer marks
// of British text); a quotation inside a quotation is part of the outer
// one; a quotation that runs over several paragraphs (each reopened, the
// last one closed) is one. Apostrophes and marks that pair with nothing are
// left alone: an unbalanced mark yields no quotation rather than one that
// runs on. Each quotation is told apart as speech (someone's words) or
// other (scare quotes, titles, nicknames), and given a speaker from the
// speech verb before or after it ("said Johnson", "Johnson told ITV News:",
// "he added"), from titles and roles the article ties to a name ("the
// Foreign Secretary"), from pronouns, or from the quotation before it in a
// run of paragraphs by one speaker; otherwise the speaker is unknown rather
// than a guess. A speaker is named as the article names them at the
// fullest ("Boris Johnson" for "Mr Johnson"), so that PersonKey makes one
// person of them across articles. Text with no quotation marks at all,
// lower-cased and tokenised as a wire archive keeps it ("... we can t
// pretend ... , said johnson ."), still yields its direct speech: a clause
// closed or opened by a short reporting clause ("said johnson", "lavrov
// replied :") that keeps its speaker's "i", "we" or "you"; its names are
// found by the titles before them and written capitalised.
//
// QuoteSimilarity says how alike two quotations are when an outlet trims,
// extends, re-punctuates, lower-cases or rewords them; GroupQuoteVariants
// gathers the quotations of one utterance.
//
// Thread-safety: pure functions.
#ifndef STET_QUOTE_H_
#define STET_QUOTE_H_

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "stet/model.h"
#include "stet/result.h"
#include "stet/store.h"

namespace stet {

enum class QuoteKind : uint8_t {
  kSpeech,  // someone's words, spoken or written
  kOther,   // scare quotes, titles, names, words mentioned as words
};

struct Quote {
  // Byte offsets of the quoted words in the text (the marks, and spaces
  // just inside them, left out; marks reopening later paragraphs included).
  size_t begin = 0, end = 0;
  std::string text;  // text[begin, end)
  QuoteKind kind = QuoteKind::kSpeech;
  // Who said it, as the article names them at the fullest ("Boris
  // Johnson", "the United Nations", "a police spokesman"; two people who
  // speak as one, "Justin Welby and Stephen Cottrell"); empty when the
  // text does not say, and for kOther. One exception: in a story one voice
  // speaks most of (two quotations or more, more than any other voice, and
  // at least half of those with a speaker), a quotation the text names no
  // one for is that voice's, as news runs on with its main voice
  // unattributed (a "he said" or "she said" there only when it fits the
  // voice's gender as the text shows it). Such a speaker, like one carried
  // on from a quotation before, has an empty `mention`.
  std::string speaker;
  // How the text refers to the speaker at this quotation ("he", "Mr
  // Johnson", "the Foreign Secretary"); empty when it names no one there
  // (unknown, carried on, or the story's main voice).
  std::string mention;
};

// The quotations of `text`, in order. Paragraphs are separated by line
// breaks; a quotation never runs past the end of the text.
std::vector<Quote> ExtractQuotes(std::string_view text);

// The quotations of a version's body, its paragraphs joined by blank
// lines (the offsets refer to that joined text, JoinedBody below).
std::vector<Quote> ExtractQuotes(const VersionText& text);
std::string JoinedBody(const VersionText& text);

// How alike two quotations are, 0..1, over their telling words (folded,
// function words and contraction fragments left out): the share of the
// shorter one's words found in the longer, so a trimmed quote is still the
// same quote (never less than their Dice coefficient). Quotations of fewer
// than three such words are alike (1) only in the same words, or when the
// other opens with all of their words in order ("Not successfully." and
// "not successfully , not successfully , i think is the word"), else 0.
double QuoteSimilarity(std::string_view a, std::string_view b);

// Quotations at least this alike are variants of one utterance. Chosen on
// the seeds' wordings of Johnson's replies; see bench/quote for its
// precision and recall.
inline constexpr double kQuoteVariantThreshold = 0.5;

// Groups quotations into variants of one utterance: returns, for each, the
// index of the first quotation of its group. Two quotations are in one
// group when they are at least `threshold` alike and their speakers do not
// differ (unknown goes with any), or through a chain of such pairs. Alike
// is QuoteSimilarity with each word weighted by how few of `quotes` hold
// it, so that a story's topic words, which most of its quotations share,
// do not join two different statements.
std::vector<size_t> GroupQuoteVariants(
    const std::vector<const Quote*>& quotes,
    double threshold = kQuoteVariantThreshold);

// A person's name folded for matching across articles: case and accents
// folded, titles ("Mr", "Dr", "President") and punctuation left out;
// "Mr Johnson" and "johnson" give "johnson", "Boris Johnson" gives "boris
// johnson". Two keys are one person when equal or when one is the last
// word of the other.
std::string PersonKey(std::string_view name);
bool SamePerson(std::string_view key_a, std::string_view key_b);

// --- Between versions, and across outlets
// -------------------------------------

// A quotation a new version added, removed, or kept in other words.
struct QuoteChange {
  enum class Kind : uint8_t { kAdded, kRemoved, kReworded };
  Kind kind = Kind::kAdded;
  Quote before;  // kRemoved, kReworded
  Quote after;   // kAdded, kReworded
};

// The speech quotations `after` added to, removed from, or reworded
// against `before` (a quotation at least kQuoteVariantThreshold alike to
// one of the other version is the same one), in the order of `after`
// (additions and rewordings) then of `before` (removals).
std::vector<QuoteChange> CompareQuotes(const VersionText& before,
                                       const VersionText& after);

// The quotations of one utterance across a story's articles: the speaker,
// and each telling.
struct QuoteVariants {
  std::string speaker;  // the fullest name among the tellings; "" unknown
  std::string person;   // its PersonKey
  std::vector<const StoredQuote*> tellings;  // earliest first
  // Each telling's QuoteSimilarity to the first (1 for the first).
  std::vector<double> similarity;
  int outlets = 0;  // distinct sources
};

// Groups a story's quotations into utterances (GroupQuoteVariants), the
// most widely carried first. The pointers are into `quotes`.
std::vector<QuoteVariants> GroupStoryQuotes(
    const std::vector<StoredQuote>& quotes);

// --- Quotations in a store ---------------------------------------------------

// A story's quotations and their utterances (the groups point into
// `quotes`, so the two move together and are never copied).
struct StoryQuotes {
  std::vector<StoredQuote> quotes;
  std::vector<QuoteVariants> groups;
  StoryQuotes() = default;
  StoryQuotes(StoryQuotes&&) = default;
  StoryQuotes& operator=(StoryQuotes&&) = default;
  StoryQuotes(const StoryQuotes&) = delete;
  StoryQuotes& operator=(const StoryQuotes&) = delete;
};

// The stored quotations of a story, at most `limit` (newest first; a story
// of thousands of articles shows its first thousand by default), grouped by
// utterance (GroupStoryQuotes): for every front end's story view.
Result<StoryQuotes> ListStoryQuotes(Store& store, int64_t story_id,
                                    int limit = 1000);

// A version's speech quotations as the store keeps them: each text once,
// with its speaker and person key.
std::vector<StoredQuote> QuotesToStore(const VersionText& text);

// The version of the quotation reader (extraction and attribution): raised
// whenever what it finds changes, so stores read every version again.
inline constexpr int kQuoteReaderVersion = 2;

// Reads the versions recorded since the last call for their quotations, in
// order (all of them again first when they were read by another
// kQuoteReaderVersion), at most `max_versions` of them (each committed with the
// store's mark of how far it has read, so an interrupted run loses nothing and
// repeats nothing); returns how many it read (0: up to date).
Result<int64_t> UpdateQuotes(
    Store& store, int64_t max_versions = std::numeric_limits<int64_t>::max());

}  // namespace stet

#endif  // STET_QUOTE_H_
