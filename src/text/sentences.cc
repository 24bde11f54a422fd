// SplitSentences(): rule-based sentence segmentation tuned for news prose.
//
// The paragraph is scanned once for terminal marks (. ! ? … and the CJK
// full-width marks). A mark, together with any further marks and closing
// quotes/brackets right after it (the "run"), ends a sentence when the rules
// below say so; the sentence then includes the whole run.
//
// Rules, in order:
//  1. CJK marks (。！？) always end a sentence, spaces or not.
//  2. A run not followed by whitespace ends a sentence only in two glued
//     cases seen in scraped text: closing quote + opening curly quote
//     ('microphones.”“It’s') and a lower-case word + '.' + a capitalised
//     word ("cyberspace.Johnson conceded"). Decimals, times, "U.S.",
//     "u.n.", URLs and "Yahoo!'s" therefore never split.
//  3. Runs with '!' or '?' end a sentence unless the next word is lower-case
//     ('"Is it?" he asked.') or, after a closing quote, the next words are
//     a capitalised name and a speech verb ('"Why?" Johnson asked.').
//  4. Ellipses (… or ..) end a sentence only before a capitalised word
//     other than "I": quoted speech uses them for pauses mid-sentence.
//  5. A period after a word: depends on the word before it (its "chunk",
//     back to whitespace):
//     - nothing (a tokenised " . "): always a boundary;
//     - a title that precedes a name (Mr Dr Sen Gov Gen St vs e.g. i.e. ...):
//       never a boundary;
//     - a number label (No Vol Art Fig): no boundary before a digit;
//     - ambiguous abbreviations that can also end a sentence (Inc Ltd Co
//       Corp Jr Sr etc, months and days), single-letter initials ("J. K.
//       Rowling", "George W. Bush") and dotted acronyms ("U.S.", "a.m.",
//       "u.n."): a boundary only when the next word is a capitalised
//       function word ("The", "He", "But", "In", ...). So "in the U.S. The
//       company said" splits, while "U.S. Senate" or "p.m. Eastern" don't;
//       the price is that "in the U.S. Officials said" stays one sentence;
//     - any other word or number: a boundary unless the next word starts
//       lower-case (then the word was probably an unlisted abbreviation).
//       A paragraph-initial list number ("1. ") is not a boundary.
//     Titles and ambiguous abbreviations count only when capitalised ("Sat."
//     but not "he sat."), except those written lower-case anyway (vs. etc.
//     al. cf. approx. viz.); single letters count in either case ("Roe v.
//     Wade").
//  6. Caseless text (no upper-case letters or no lower-case letters in the
//     whole paragraph, e.g. tokenised lower-cased corpora) gives no case
//     evidence: periods after ordinary words and all ! ? end sentences,
//     while abbreviations, initials, acronyms and ellipses never do.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "stet/text.h"
#include "text/unicode.h"

namespace stet::text {
namespace {

using internal::Category;
using internal::Decode;
using internal::Decoded;

// Bytes that can begin a terminal mark.
struct CandidateTable {
  bool is[256];
  constexpr CandidateTable() : is() {
    is[static_cast<unsigned char>('.')] = true;
    is[static_cast<unsigned char>('!')] = true;
    is[static_cast<unsigned char>('?')] = true;
    is[0xE2] = true;  // … ‼ ⁇ ⁈ ⁉
    is[0xE3] = true;  // 。
    is[0xEF] = true;  // ！ ？ ｡
  }
};
constexpr CandidateTable kCandidate;

enum class Mark : uint8_t { kNone, kPeriod, kBang, kEllipsis, kCjk };

// Length of the terminal mark at p, or 0.
size_t MarkAt(const unsigned char* p, const unsigned char* end, Mark* kind) {
  const unsigned char c = *p;
  if (c == '.') {
    *kind = Mark::kPeriod;
    return 1;
  }
  if (c == '!' || c == '?') {
    *kind = Mark::kBang;
    return 1;
  }
  if (end - p < 3 || c < 0xE2) return 0;
  const unsigned char c1 = p[1], c2 = p[2];
  if (c == 0xE2) {
    if (c1 == 0x80 && c2 == 0xA6) {  // …
      *kind = Mark::kEllipsis;
      return 3;
    }
    if ((c1 == 0x80 && c2 == 0xBC) ||                // ‼
        (c1 == 0x81 && c2 >= 0x87 && c2 <= 0x89)) {  // ⁇ ⁈ ⁉
      *kind = Mark::kBang;
      return 3;
    }
    return 0;
  }
  if ((c == 0xE3 && c1 == 0x80 && c2 == 0x82) ||                  // 。
      (c == 0xEF && c1 == 0xBC && (c2 == 0x81 || c2 == 0x9F)) ||  // ！ ？
      (c == 0xEF && c1 == 0xBD && c2 == 0xA1)) {                  // ｡
    *kind = Mark::kCjk;
    return 3;
  }
  return 0;
}

// Length of a closing quote or bracket at p, or 0. Straight quotes count:
// right after a mark they can only be closing.
size_t CloserAt(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = *p;
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') return 1;
  const ptrdiff_t avail = end - p;
  if (c == 0xC2 && avail >= 2 && (p[1] == 0xBB || p[1] == 0xAB)) return 2;
  if (avail < 3) return 0;
  if (c == 0xE2 && p[1] == 0x80 &&
      (p[2] == 0x99 || p[2] == 0x9D || p[2] == 0xBA)) {  // ’ ” ›
    return 3;
  }
  if (c == 0xE3 && p[1] == 0x80 &&
      (p[2] == 0x8D || p[2] == 0x8F || p[2] == 0x89 || p[2] == 0x8B)) {
    return 3;  // 」 』 〉 》
  }
  if (c == 0xEF && p[1] == 0xBC && p[2] == 0x89) return 3;  // ）
  return 0;
}

// Length of an opening quote or bracket at p, or 0.
size_t OpenerAt(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = *p;
  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '{') return 1;
  const ptrdiff_t avail = end - p;
  if (c == 0xC2 && avail >= 2 &&
      (p[1] == 0xAB || p[1] == 0xBB || p[1] == 0xBF || p[1] == 0xA1)) {
    return 2;  // « » ¿ ¡
  }
  if (avail < 3) return 0;
  if (c == 0xE2 && p[1] == 0x80 &&
      (p[2] == 0x9C || p[2] == 0x98 || p[2] == 0x9E || p[2] == 0x9A ||
       p[2] == 0xB9)) {  // “ ‘ „ ‚ ‹
    return 3;
  }
  if (c == 0xE3 && p[1] == 0x80 && (p[2] == 0x8C || p[2] == 0x8E)) {
    return 3;  // 「 『
  }
  return 0;
}

bool IsCurlyOpener(const unsigned char* p, const unsigned char* end) {
  return end - p >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
         (p[2] == 0x9C || p[2] == 0x98);
}

bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiLetter(unsigned char c) {
  return IsAsciiUpper(c) || IsAsciiLower(c);
}

enum class Case : uint8_t { kNone, kUpper, kLower, kDigit, kOther };

Case CaseAt(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = *p;
  if (c < 0x80) {
    if (IsAsciiUpper(c)) return Case::kUpper;
    if (IsAsciiLower(c)) return Case::kLower;
    if (internal::IsAsciiDigit(c)) return Case::kDigit;
    return Case::kOther;
  }
  const Decoded d = Decode(p, end);
  if (!d.valid) return Case::kOther;
  switch (Category(d.cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return Case::kUpper;
    case UTF8PROC_CATEGORY_LL:
      return Case::kLower;
    case UTF8PROC_CATEGORY_ND:
      return Case::kDigit;
    default:
      return Case::kOther;
  }
}

// Lower-cases ASCII letters [p, p+n) into buf (n <= cap), false if too long.
bool LowerWord(const unsigned char* p, size_t n, char* buf, size_t cap) {
  if (n > cap) return false;
  for (size_t i = 0; i < n; ++i) {
    buf[i] = static_cast<char>(IsAsciiUpper(p[i]) ? p[i] + 32 : p[i]);
  }
  return true;
}

template <size_t N>
bool InList(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Words that start a new sentence far more often than they continue a name,
// so "U.S. The" is a boundary but "U.S. Senate" is not.
constexpr std::string_view kFunctionWords[] = {
    "a",       "according",   "after",  "also",     "although",
    "among",   "an",          "and",    "another",  "as",
    "at",      "because",     "before", "both",     "but",
    "by",      "despite",     "during", "each",     "earlier",
    "even",    "every",       "few",    "for",      "from",
    "he",      "her",         "here",   "his",      "how",
    "however", "i",           "if",     "in",       "indeed",
    "instead", "it",          "its",    "last",     "later",
    "many",    "meanwhile",   "more",   "moreover", "most",
    "mr",      "mrs",         "ms",     "my",       "nevertheless",
    "no",      "nonetheless", "nor",    "not",      "now",
    "on",      "one",         "only",   "or",       "other",
    "others",  "our",         "over",   "several",  "she",
    "since",   "so",          "some",   "still",    "such",
    "that",    "the",         "their",  "then",     "there",
    "these",   "they",        "this",   "those",    "though",
    "thus",    "to",          "under",  "we",       "what",
    "when",    "where",       "which",  "while",    "who",
    "why",     "with",        "yet",    "you",      "your",
};

constexpr std::string_view kSpeechVerbs[] = {
    "said",     "says",      "asked",     "asks",     "added",     "adds",
    "told",     "tells",     "replied",   "replies",  "shouted",   "cried",
    "wrote",    "writes",    "insisted",  "insists",  "continued", "explained",
    "retorted", "recalled",  "warned",    "warns",    "argued",    "noted",
    "declared", "exclaimed", "answered",  "admitted", "claimed",   "stated",
    "quipped",  "conceded",  "responded", "joked",    "tweeted",   "demanded",
    "wondered", "urged",     "snapped",   "laughed",  "yelled",    "screamed",
};

enum class Abbrev : uint8_t { kNone, kTitle, kNumberLabel, kAmbiguous };

struct AbbrevEntry {
  std::string_view word;
  Abbrev kind;
  // Written lower-case in normal prose. For the others a lower-case form in
  // cased text is an ordinary word ("he sat.", "I am.").
  bool lower_ok = false;
};

constexpr AbbrevEntry kAbbrevs[] = {
    // Titles and other abbreviations that are followed by more sentence.
    {"mr", Abbrev::kTitle},
    {"mrs", Abbrev::kTitle},
    {"ms", Abbrev::kTitle},
    {"mx", Abbrev::kTitle},
    {"dr", Abbrev::kTitle},
    {"prof", Abbrev::kTitle},
    {"sen", Abbrev::kTitle},
    {"sens", Abbrev::kTitle},
    {"rep", Abbrev::kTitle},
    {"reps", Abbrev::kTitle},
    {"gov", Abbrev::kTitle},
    {"govs", Abbrev::kTitle},
    {"gen", Abbrev::kTitle},
    {"lt", Abbrev::kTitle},
    {"col", Abbrev::kTitle},
    {"capt", Abbrev::kTitle},
    {"cpt", Abbrev::kTitle},
    {"sgt", Abbrev::kTitle},
    {"cmdr", Abbrev::kTitle},
    {"cdr", Abbrev::kTitle},
    {"adm", Abbrev::kTitle},
    {"maj", Abbrev::kTitle},
    {"brig", Abbrev::kTitle},
    {"cpl", Abbrev::kTitle},
    {"pvt", Abbrev::kTitle},
    {"st", Abbrev::kTitle},
    {"ste", Abbrev::kTitle},
    {"rev", Abbrev::kTitle},
    {"hon", Abbrev::kTitle},
    {"pres", Abbrev::kTitle},
    {"supt", Abbrev::kTitle},
    {"det", Abbrev::kTitle},
    {"insp", Abbrev::kTitle},
    {"fr", Abbrev::kTitle},
    {"mt", Abbrev::kTitle},
    {"ft", Abbrev::kTitle},
    {"messrs", Abbrev::kTitle},
    {"mme", Abbrev::kTitle},
    {"mlle", Abbrev::kTitle},
    {"atty", Abbrev::kTitle},
    {"vs", Abbrev::kTitle, true},
    {"cf", Abbrev::kTitle, true},
    {"viz", Abbrev::kTitle, true},
    {"approx", Abbrev::kTitle, true},
    {"dept", Abbrev::kTitle},
    {"asst", Abbrev::kTitle},
    {"assoc", Abbrev::kTitle},
    {"univ", Abbrev::kTitle},
    // Labels that precede a number.
    {"no", Abbrev::kNumberLabel},
    {"nos", Abbrev::kNumberLabel},
    {"vol", Abbrev::kNumberLabel},
    {"vols", Abbrev::kNumberLabel},
    {"art", Abbrev::kNumberLabel},
    {"fig", Abbrev::kNumberLabel},
    {"figs", Abbrev::kNumberLabel},
    {"pp", Abbrev::kNumberLabel},
    {"ch", Abbrev::kNumberLabel},
    {"sec", Abbrev::kNumberLabel},
    {"para", Abbrev::kNumberLabel},
    {"op", Abbrev::kNumberLabel},
    {"tel", Abbrev::kNumberLabel},
    {"ext", Abbrev::kNumberLabel},
    // Abbreviations that often end a sentence too.
    {"etc", Abbrev::kAmbiguous, true},
    {"inc", Abbrev::kAmbiguous},
    {"ltd", Abbrev::kAmbiguous},
    {"corp", Abbrev::kAmbiguous},
    {"co", Abbrev::kAmbiguous},
    {"cos", Abbrev::kAmbiguous},
    {"jr", Abbrev::kAmbiguous},
    {"sr", Abbrev::kAmbiguous},
    {"bros", Abbrev::kAmbiguous},
    {"plc", Abbrev::kAmbiguous},
    {"llc", Abbrev::kAmbiguous},
    {"esq", Abbrev::kAmbiguous},
    {"al", Abbrev::kAmbiguous, true},
    {"ave", Abbrev::kAmbiguous},
    {"blvd", Abbrev::kAmbiguous},
    {"am", Abbrev::kAmbiguous},
    {"pm", Abbrev::kAmbiguous},
    {"jan", Abbrev::kAmbiguous},
    {"feb", Abbrev::kAmbiguous},
    {"mar", Abbrev::kAmbiguous},
    {"apr", Abbrev::kAmbiguous},
    {"jun", Abbrev::kAmbiguous},
    {"jul", Abbrev::kAmbiguous},
    {"aug", Abbrev::kAmbiguous},
    {"sep", Abbrev::kAmbiguous},
    {"sept", Abbrev::kAmbiguous},
    {"oct", Abbrev::kAmbiguous},
    {"nov", Abbrev::kAmbiguous},
    {"dec", Abbrev::kAmbiguous},
    {"mon", Abbrev::kAmbiguous},
    {"tue", Abbrev::kAmbiguous},
    {"tues", Abbrev::kAmbiguous},
    {"wed", Abbrev::kAmbiguous},
    {"thu", Abbrev::kAmbiguous},
    {"thur", Abbrev::kAmbiguous},
    {"thurs", Abbrev::kAmbiguous},
    {"fri", Abbrev::kAmbiguous},
    {"sat", Abbrev::kAmbiguous},
    {"sun", Abbrev::kAmbiguous},
};

const AbbrevEntry* LookupAbbrev(std::string_view lower) {
  for (const AbbrevEntry& e : kAbbrevs) {
    if (e.word == lower) return &e;
  }
  return nullptr;
}

// What precedes a period.
enum class Prev : uint8_t {
  kStandalone,   // whitespace or paragraph start: a tokenised " . "
  kTitle,        // never ends a sentence
  kNumberLabel,  // "No." and friends
  kAmbiguous,    // abbreviation, initial or dotted acronym
  kListNumber,   // "1." opening the paragraph
  kWord,         // anything else
};

// What follows a run, after whitespace and opening quotes/brackets.
struct Next {
  Case kase = Case::kNone;
  char word[16] = {};  // lower-cased ASCII letters of the next word
  size_t word_len = 0;
  bool initial = false;  // a single letter followed by '.'
};

class Splitter {
 public:
  explicit Splitter(std::string_view para)
      : b_(reinterpret_cast<const unsigned char*>(para.data())),
        n_(std::min(para.size(), internal::kMaxOffset)),
        end_(b_ + n_) {}

  // Appends the sentences to `out`.
  void Run(std::vector<Span>& out) {
    size_t start = SkipSpace(0);
    if (start >= n_) return;
    para_start_ = start;
    caseless_ = IsCaseless(start);
    size_t i = start;
    while (i < n_) {
      i = NextCandidate(i);
      if (i >= n_) break;
      Mark kind;
      if (MarkAt(b_ + i, end_, &kind) == 0) {
        ++i;
        continue;
      }
      const size_t m = i;
      bool bang = false, ellipsis = false, cjk = false, closer = false;
      bool prev_period = false;
      size_t e = i;
      while (e < n_) {
        size_t len = MarkAt(b_ + e, end_, &kind);
        if (len != 0) {
          bang |= kind == Mark::kBang;
          ellipsis |=
              kind == Mark::kEllipsis || (kind == Mark::kPeriod && prev_period);
          cjk |= kind == Mark::kCjk;
          prev_period = kind == Mark::kPeriod;
          e += len;
          continue;
        }
        len = CloserAt(b_ + e, end_);
        if (len == 0) break;
        closer = true;
        prev_period = false;
        e += len;
      }
      i = e;
      if (e >= n_) break;
      bool boundary;
      size_t next;
      if (cjk) {
        boundary = true;
        next = SkipSpace(e);
      } else if (internal::SpaceLen(b_ + e, end_) == 0) {
        boundary = GluedBoundary(start, m, e, closer, bang || ellipsis);
        next = e;
      } else {
        next = SkipSpace(e);
        if (next >= n_) break;
        boundary = SpacedBoundary(start, m, next, bang, ellipsis, closer);
      }
      if (boundary && next < n_) {
        out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(e)});
        start = next;
        i = next;
      }
    }
    size_t last = n_;
    while (last > start) {
      const size_t len = internal::SpaceLenBefore(b_ + start, b_ + last);
      if (len == 0) break;
      last -= len;
    }
    if (last > start) {
      out.push_back(
          {static_cast<uint32_t>(start), static_cast<uint32_t>(last)});
    }
    return;
  }

 private:
  // First byte at or after i that may start a terminal mark. Skips eight
  // bytes at a time: most of a paragraph is letters and spaces.
  size_t NextCandidate(size_t i) const {
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHigh; };
    for (;;) {
      while (i + 8 <= n_) {
        uint64_t v;
        std::memcpy(&v, b_ + i, 8);
        if ((v & kHigh) | has_zero(v ^ (kOnes * '.')) |
            has_zero(v ^ (kOnes * '!')) | has_zero(v ^ (kOnes * '?'))) {
          break;
        }
        i += 8;
      }
      const size_t limit = std::min(i + 8, n_);
      for (; i < limit; ++i) {
        if (kCandidate.is[b_[i]]) return i;
      }
      if (i >= n_) return n_;
    }
  }

  size_t SkipSpace(size_t i) const {
    while (i < n_) {
      const size_t len = internal::SpaceLen(b_ + i, end_);
      if (len == 0) break;
      i += len;
    }
    return i;
  }

  // True when the paragraph lacks upper-case or lower-case letters, so case
  // says nothing about where sentences start.
  bool IsCaseless(size_t i) const {
    bool upper = false, lower = false;
    while (i < n_) {
      const unsigned char c = b_[i];
      if (c < 0x80) {
        upper |= IsAsciiUpper(c);
        lower |= IsAsciiLower(c);
        ++i;
      } else {
        const Decoded d = Decode(b_ + i, end_);
        if (d.valid && d.cp >= 0xC0) {
          const utf8proc_category_t cat = Category(d.cp);
          upper |= cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
          lower |= cat == UTF8PROC_CATEGORY_LL;
        }
        i += d.len;
      }
      if (upper && lower) return false;
    }
    return true;
  }

  Next AnalyzeNext(size_t p) const {
    Next nx;
    for (int k = 0; k < 4 && p < n_; ++k) {
      const size_t len = OpenerAt(b_ + p, end_);
      if (len == 0) break;
      p += len;
    }
    if (p >= n_) return nx;
    nx.kase = CaseAt(b_ + p, end_);
    size_t q = p;
    while (q < n_ && IsAsciiLetter(b_[q])) ++q;
    if (q > p && (q == n_ || b_[q] < 0x80)) {
      if (LowerWord(b_ + p, q - p, nx.word, sizeof(nx.word))) {
        nx.word_len = q - p;
      }
      nx.initial = q - p == 1 && q < n_ && b_[q] == '.';
    }
    return nx;
  }

  bool IsFunctionWord(const Next& nx) const {
    return nx.kase == Case::kUpper && !nx.initial && nx.word_len > 0 &&
           InList(std::string_view(nx.word, nx.word_len), kFunctionWords);
  }

  // After a quotation ending in ! or ?: "Name [Name [Name]] said".
  bool LooksLikeAttribution(size_t p) const {
    for (int words = 0; words < 4 && p < n_; ++words) {
      const Case c = CaseAt(b_ + p, end_);
      size_t q = p;
      while (q < n_ && internal::SpaceLen(b_ + q, end_) == 0) ++q;
      if (c == Case::kLower) {
        size_t w = p;
        while (w < q && IsAsciiLower(b_[w])) ++w;
        return words > 0 &&
               InList(std::string_view(reinterpret_cast<const char*>(b_ + p),
                                       w - p),
                      kSpeechVerbs);
      }
      if (c != Case::kUpper || words == 3) return false;
      p = SkipSpace(q);
    }
    return false;
  }

  Prev AnalyzePrev(size_t start, size_t m) const {
    // The chunk: back from the period to whitespace, at most 64 bytes.
    size_t cs = m;
    while (cs > start && m - cs < 64 &&
           internal::SpaceLenBefore(b_ + start, b_ + cs) == 0) {
      --cs;
    }
    if (m - cs >= 64) return Prev::kWord;
    for (int k = 0; k < 4 && cs < m; ++k) {
      const size_t len = OpenerAt(b_ + cs, end_);
      if (len == 0) break;
      cs += len;
    }
    if (cs >= m) return Prev::kStandalone;
    const unsigned char last = b_[m - 1];
    if (internal::IsAsciiDigit(last)) {
      if (cs == para_start_ && m - cs <= 2 && internal::IsAsciiDigit(b_[cs])) {
        return Prev::kListNumber;
      }
      return Prev::kWord;
    }
    if (!IsAsciiLetter(last)) return Prev::kWord;
    size_t ws = m;
    while (ws > cs && IsAsciiLetter(b_[ws - 1])) --ws;
    if (ws > cs) {
      const unsigned char before = b_[ws - 1];
      if (before == '.') return DottedKind(cs, m);
      if (before != '-') return Prev::kWord;
    }
    if (m - ws == 1) return Prev::kAmbiguous;  // an initial
    char lower[8];
    if (!LowerWord(b_ + ws, m - ws, lower, sizeof(lower))) return Prev::kWord;
    const AbbrevEntry* abbrev = LookupAbbrev(std::string_view(lower, m - ws));
    if (abbrev == nullptr) return Prev::kWord;
    if (!caseless_ && !abbrev->lower_ok && IsAsciiLower(b_[ws]) &&
        abbrev->kind != Abbrev::kNumberLabel) {
      return Prev::kWord;
    }
    switch (abbrev->kind) {
      case Abbrev::kTitle:
        return Prev::kTitle;
      case Abbrev::kNumberLabel:
        return Prev::kNumberLabel;
      case Abbrev::kAmbiguous:
        return Prev::kAmbiguous;
      case Abbrev::kNone:
        return Prev::kWord;
    }
    return Prev::kWord;
  }

  // [cs, m) ends in ".X": a dotted acronym ("U.S", "a.m", "Ph.D") when
  // every dot-separated piece is one or two letters and one is a single
  // letter; "e.g" and "i.e" never end a sentence; anything else ("bbc.com")
  // is an ordinary word.
  Prev DottedKind(size_t cs, size_t m) const {
    size_t pieces = 0, singles = 0, len = 0;
    for (size_t k = cs; k <= m; ++k) {
      if (k == m || b_[k] == '.') {
        if (len == 0 || len > 2) return Prev::kWord;
        ++pieces;
        singles += len == 1;
        len = 0;
      } else if (IsAsciiLetter(b_[k])) {
        ++len;
      } else {
        return Prev::kWord;
      }
    }
    if (pieces < 2 || singles == 0) return Prev::kWord;
    if (m - cs == 3) {
      const char a = static_cast<char>(b_[cs] | 0x20);
      const char z = static_cast<char>(b_[cs + 2] | 0x20);
      if ((a == 'e' && z == 'g') || (a == 'i' && z == 'e')) {
        return Prev::kTitle;
      }
    }
    return Prev::kAmbiguous;
  }

  // Previous non-space byte before position p, or 0.
  unsigned char PrevNonSpace(size_t start, size_t p) const {
    while (p > start) {
      const size_t len = internal::SpaceLenBefore(b_ + start, b_ + p);
      if (len == 0) return b_[p - 1];
      p -= len;
    }
    return 0;
  }

  bool SpacedBoundary(size_t start, size_t m, size_t next, bool bang,
                      bool ellipsis, bool closer) const {
    const Next nx = AnalyzeNext(next);
    if (bang) {
      if (caseless_) return true;
      if (nx.kase == Case::kLower || nx.kase == Case::kNone) return false;
      return !(closer && LooksLikeAttribution(next));
    }
    if (ellipsis) return EllipsisBoundary(nx);
    switch (AnalyzePrev(start, m)) {
      case Prev::kStandalone:
        // ". . ." is a spaced-out ellipsis, not three tokenised stops.
        if (b_[next] == '.' || PrevNonSpace(start, m) == '.') {
          return EllipsisBoundary(nx);
        }
        return true;
      case Prev::kTitle:
      case Prev::kListNumber:
        return false;
      case Prev::kNumberLabel:
        if (nx.kase == Case::kDigit) return false;
        return WordBoundary(nx);
      case Prev::kAmbiguous:
        return !caseless_ && IsFunctionWord(nx);
      case Prev::kWord:
        return WordBoundary(nx);
    }
    return false;
  }

  bool EllipsisBoundary(const Next& nx) const {
    if (caseless_ || nx.kase != Case::kUpper) return false;
    return !(nx.word_len == 1 && nx.word[0] == 'i');
  }

  bool WordBoundary(const Next& nx) const {
    if (nx.kase == Case::kNone) return false;
    if (caseless_) return true;
    return nx.kase != Case::kLower;
  }

  // A run with no whitespace after it.
  bool GluedBoundary(size_t start, size_t m, size_t e, bool closer,
                     bool bang_or_ellipsis) const {
    if (closer) {
      if (!IsCurlyOpener(b_ + e, end_)) return false;
      const size_t p = e + 3;
      if (p >= n_) return false;
      const Case c = CaseAt(b_ + p, end_);
      return c == Case::kUpper || c == Case::kDigit ||
             (caseless_ && c != Case::kOther);
    }
    if (caseless_ || bang_or_ellipsis || e - m != 1) return false;
    if (!IsAsciiUpper(b_[e])) return false;
    // Next: a capitalised word of letters, then a space or light punctuation
    // (not ".com" or another dotted piece).
    size_t q = e + 1;
    while (q < n_ && IsAsciiLower(b_[q])) ++q;
    if (q == e + 1) return false;
    if (q < n_) {
      const unsigned char c = b_[q];
      const bool ok =
          internal::SpaceLen(b_ + q, end_) != 0 || c == ',' || c == ';' ||
          c == ':' ||
          (c == '.' && (q + 1 == n_ || internal::SpaceLen(b_ + q + 1, end_)));
      if (!ok) return false;
    }
    // Prev: a lower-case word of two or more letters, not part of a domain,
    // path or address.
    size_t ws = m;
    while (ws > start && IsAsciiLower(b_[ws - 1])) --ws;
    if (m - ws < 2) return false;
    if (ws > start) {
      const unsigned char c = b_[ws - 1];
      if (IsAsciiLetter(c) || internal::IsAsciiDigit(c) || c == '.' ||
          c == '/' || c == '@' || c == ':' || c == '_' || c == '-' ||
          c >= 0x80) {
        return false;
      }
    }
    return true;
  }

  const unsigned char* b_;
  size_t n_;
  const unsigned char* end_;
  size_t para_start_ = 0;
  bool caseless_ = false;
};

}  // namespace

std::vector<Span> SplitSentences(std::string_view paragraph) {
  std::vector<Span> out;
  Splitter(paragraph).Run(out);
  return out;
}

void AppendSentences(std::string_view paragraph, std::vector<Span>* out) {
  Splitter(paragraph).Run(*out);
}

}  // namespace stet::text
