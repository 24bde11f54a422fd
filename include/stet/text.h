// Text primitives shared by every stage: Unicode clean-up, word tokens,
// paragraphs and news-aware sentence segmentation, content fingerprints.
//
// All functions take and return UTF-8. Invalid UTF-8 in the input never
// reaches the output: each invalid byte becomes U+FFFD. Offsets in Token and
// Span are byte offsets into the string that was passed in.
//
// Thread-safety: all functions are pure and may be called concurrently.
#ifndef STET_TEXT_H_
#define STET_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stet::text {

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or values
// above U+10FFFF).
bool IsValidUtf8(std::string_view s);

// Replaces every invalid byte with U+FFFD; valid input is returned unchanged.
std::string SanitizeUtf8(std::string_view s);

// Canonical form used for display-independent comparison:
//  - invalid UTF-8 replaced, NFC composition applied;
//  - curly, low and angle quotes become ' or " (‘’‚‛′ -> ', “”„‟″«» -> ");
//  - dashes and minus signs (‐‑‒–—―−) become '-'; the ellipsis … becomes "...";
//  - every run of whitespace (including NBSP, thin and zero-width spaces,
//    tabs and newlines) becomes one ASCII space; zero-width joiners, soft
//    hyphens, BOMs and control characters are removed; ends are trimmed.
// Case is kept.
std::string Normalize(std::string_view s);

// Normalize() followed by full Unicode case folding ("Straße" -> "strasse").
std::string Fold(std::string_view s);

enum class TokenKind : uint8_t { kWord, kPunct, kSpace };

struct Token {
  uint32_t begin = 0;  // byte offset, inclusive
  uint32_t end = 0;    // byte offset, exclusive
  TokenKind kind = TokenKind::kWord;
};

// Splits `s` into tokens that cover it completely, in order:
//  - kWord: a maximal run of letters, digits and combining marks (Unicode
//    categories L*, N*, M*), where a '.', ',' or ':' between two digits is
//    part of the word ("3.5", "1,000", "10:30"). Apostrophes split words, so
//    "doesn't" is "doesn" "'" "t" — the shape tokenised corpora use.
//  - kSpace: a maximal run of whitespace.
//  - kPunct: any other single code point (one token each).
// Used for word-level diffs, where the pieces must rebuild the text exactly.
std::vector<Token> Tokenize(std::string_view s);

// The kWord tokens of Fold(s), in order. "Mr. O'Neil's 3.5%" ->
// {"mr", "o", "neil", "s", "3.5"}.
std::vector<std::string> FoldedWords(std::string_view s);

// 64-bit hashes of FoldedWords(s), appended to *out (cleared first). The fast
// path for similarity: no strings are allocated for ASCII input.
void FoldedWordHashes(std::string_view s, std::vector<uint64_t>* out);

// A half-open byte range [begin, end) of a string.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

// A word as search sees it: where it is in the text, and the key it is
// matched by (case-folded, diacritics removed: "Café" -> "cafe"), the way
// SQLite FTS5's unicode61 tokenizer with remove_diacritics 2 reads text, so
// a search hit's words can be found again in the original to highlight.
struct SearchWord {
  Span span;
  std::string key;
};

// The kWord tokens of `s` (as Tokenize() splits it) with their search keys.
std::vector<SearchWord> SearchWords(std::string_view s);

// The search key of one word (see SearchWord).
std::string SearchKey(std::string_view word);

// Sentence boundaries inside one paragraph. Spans are trimmed of surrounding
// whitespace, non-empty, in order, and together cover every non-space
// character. Knows news prose:
//  - titles and abbreviations do not end a sentence (Mr. Mrs. Ms. Dr. Prof.
//    Sen. Rep. Gov. Gen. Lt. Col. Capt. Sgt. St. Jr. Sr. vs. etc. No.
//    Jan. Feb. Aug. Sept. Oct. Nov. Dec. Inc. Ltd. Corp. Co.), nor do
//    initials ("J. K. Rowling") and dotted acronyms ("U.S.", "u.n.") unless a
//    new sentence plainly follows;
//  - decimals, times and numbers ("3.5", "10.30", "1.000") never split;
//  - closing quotes and brackets after the final mark belong to the sentence
//    ('"We know what you are doing."' is one sentence), and a quotation that
//    ends in , ! or ? followed by a lower-case attribution ('"Is it?" he
//    asked.') is not split;
//  - text that is already tokenised or lower-cased (". " with spaces before
//    the mark, no capitals anywhere) is segmented on its marks.
std::vector<Span> SplitSentences(std::string_view paragraph);

// SplitSentences() appending to *out, so hot loops can reuse one buffer.
void AppendSentences(std::string_view paragraph, std::vector<Span>* out);

// Splits a body into paragraphs. If the text contains a blank line,
// paragraphs are the blocks between blank lines (line breaks inside a block
// become spaces); otherwise every non-empty line is a paragraph. Each
// paragraph is whitespace-collapsed (runs -> one space, trimmed) but
// otherwise kept as written; empty paragraphs are dropped.
std::vector<std::string> SplitParagraphs(std::string_view body);

// Collapses whitespace runs to one space and trims, keeping everything else.
std::string CollapseWhitespace(std::string_view s);

// ASCII letters lower-cased, every other byte kept: for markup names,
// class lists and keywords, never for article text (see Fold()).
std::string AsciiLower(std::string_view s);

// Fingerprint of an article's content for "is this a new version?". Covers
// the headline, byline and body as sequences of Normalize()d word tokens
// (case kept), so differences in whitespace, punctuation, quote style and
// paragraph breaks are no change, while any changed word — including in the
// headline or byline — is.
uint64_t ContentFingerprint(std::string_view headline, std::string_view byline,
                            const std::vector<std::string>& paragraphs);

}  // namespace stet::text

#endif  // STET_TEXT_H_
