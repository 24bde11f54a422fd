// Pairing quotation marks (see PairMarks in quote/internal.h).
//
// One pass over the text with at most one quotation open. Its family
// (double or single marks) is that of the mark that opened it; marks of
// the other family inside it are nested quotations, part of it. Which
// straight marks open and which close is read from what is on either side
// of them; an apostrophe has letters on both sides, or opens a clitic of
// tokenised text ("actress 's"). At the end of a paragraph an open
// quotation goes on when the next paragraph reopens it (the usual
// convention for a quotation of several paragraphs) or closes it within a
// few lines (text with a sentence a line); otherwise it was never closed
// and is dropped.
#include <utf8proc.h>

#include <cctype>

#include "quote/internal.h"

namespace stet::quote {
namespace {

enum class Family : uint8_t { kDouble, kSingle };
enum class Role : uint8_t { kOpen, kClose, kEither };

struct Mark {
  Family family;
  Role role;
  size_t size = 0;  // bytes; 0: no mark here
};

enum class Side : uint8_t { kEdge, kSpace, kWord, kPunct };

Mark MarkAt(std::string_view t, size_t i) {
  const auto c = static_cast<unsigned char>(t[i]);
  auto at = [&](std::string_view s) { return t.substr(i, s.size()) == s; };
  if (c == '`' && at("``")) return {Family::kDouble, Role::kOpen, 2};
  if (c == '\'' && at("''")) return {Family::kDouble, Role::kClose, 2};
  if (c == '"') return {Family::kDouble, Role::kEither, 1};
  if (c == '\'') return {Family::kSingle, Role::kEither, 1};
  if (c == 0xC2 && i + 1 < t.size()) {
    const auto d = static_cast<unsigned char>(t[i + 1]);
    if (d == 0xAB) return {Family::kDouble, Role::kOpen, 2};   // «
    if (d == 0xBB) return {Family::kDouble, Role::kClose, 2};  // »
  }
  if (c == 0xE2 && i + 2 < t.size() &&
      static_cast<unsigned char>(t[i + 1]) == 0x80) {
    switch (static_cast<unsigned char>(t[i + 2])) {
      case 0x9C:  // “
      case 0x9E:  // „
        return {Family::kDouble, Role::kOpen, 3};
      case 0x9D:  // ”
        return {Family::kDouble, Role::kClose, 3};
      case 0x98:  // ‘ (and ‘‘, two of them for a double mark)
        if (at("\u2018\u2018")) return {Family::kDouble, Role::kOpen, 6};
        return {Family::kSingle, Role::kOpen, 3};
      case 0xB9:  // ‹
        return {Family::kSingle, Role::kOpen, 3};
      case 0x99:  // ’ (and ’’, two of them for a double mark)
        if (at("\u2019\u2019")) return {Family::kDouble, Role::kClose, 6};
        return {Family::kSingle, Role::kEither, 3};
      case 0xBA:  // ›
        return {Family::kSingle, Role::kClose, 3};
      default:
        break;
    }
  }
  return {Family::kDouble, Role::kOpen, 0};
}

Side Classify(int32_t cp) {
  if (cp < 0 || cp == '\n' || cp == '\r') return Side::kEdge;
  // (And the typographer's thin, narrow and fixed-width spaces: "’ ”".)
  if (cp == ' ' || cp == '\t' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) ||
      cp == 0x202F || cp == 0x205F || cp == 0x3000)
    return Side::kSpace;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return Side::kWord;
    case UTF8PROC_CATEGORY_ZS:
      return Side::kSpace;
    default:
      return Side::kPunct;
  }
}

int32_t CodePointAt(std::string_view t, size_t i) {
  if (i >= t.size()) return -1;
  utf8proc_int32_t cp = -1;
  if (utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(t.data() + i),
                       static_cast<utf8proc_ssize_t>(t.size() - i), &cp) <= 0)
    return 0xFFFD;
  return cp;
}

int32_t CodePointBefore(std::string_view t, size_t i) {
  if (i == 0) return -1;
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(t[j]) & 0xC0) == 0x80) --j;
  return CodePointAt(t, j);
}

bool IsDigit(int32_t cp) { return cp >= '0' && cp <= '9'; }

// What a single mark's letters say: an apostrophe (don't, Johnson's, '90s,
// tokenised "actress 's") is no quotation mark.
bool Apostrophe(std::string_view t, size_t i, size_t size, Side before,
                Side after) {
  if (before == Side::kWord && after == Side::kWord) return true;
  // Tokenised text that spaces a clitic off on both sides: "don ’ t",
  // "we ’ ll", "There ’ s".
  if (before == Side::kSpace && after == Side::kSpace && i >= 2 &&
      Classify(CodePointBefore(t, i - 1)) == Side::kWord) {
    static constexpr std::string_view kSpaced[] = {"t",  "s", "re", "ll",
                                                   "ve", "d", "m"};
    const size_t at = i + size + 1;
    for (std::string_view c : kSpaced)
      if (t.size() >= at + c.size() && t.substr(at, c.size()) == c &&
          Classify(CodePointAt(t, at + c.size())) != Side::kWord)
        return true;
  }
  const int32_t next = CodePointAt(t, i + size);
  if (after == Side::kWord && IsDigit(next) && before != Side::kWord)
    return true;  // '90s
  if (before == Side::kSpace && after == Side::kWord) {
    // A clitic split off by a tokeniser: 's 're 'll 've 'd 'm 't.
    static constexpr std::string_view kClitics[] = {"s", "re", "ll", "ve",
                                                    "d", "m",  "t"};
    for (std::string_view c : kClitics) {
      const size_t at = i + size;
      if (t.size() >= at + c.size() &&
          (t.substr(at, c.size()) == c ||
           (c.size() == 1 && t[at] == c[0] - 32)) &&
          Classify(CodePointAt(t, at + c.size())) != Side::kWord)
        return true;
    }
  }
  return false;
}

bool HasWord(std::string_view t, size_t begin, size_t end) {
  for (size_t i = begin; i < end;) {
    const int32_t cp = CodePointAt(t, i);
    if (Classify(cp) == Side::kWord) return true;
    i += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return false;
}

struct Pairer {
  std::string_view t;
  std::vector<Marked> out;
  bool open = false;
  Family family = Family::kDouble;
  size_t open_at = 0, begin = 0;

  // How a mark at `i` acts: opens, closes, or neither (kEither is never
  // returned; `size` 0 when it is no quotation mark here).
  Mark Read(size_t i) const {
    Mark m = MarkAt(t, i);
    if (m.size == 0) return m;
    // "‘...workers’’": with a single quotation open, the first ’ closes it
    // (the second is then read on its own).
    if (m.size == 6 && open && family == Family::kSingle)
      m = {Family::kSingle, m.role, 3};
    const Side before = Classify(CodePointBefore(t, i));
    const Side after = Classify(CodePointAt(t, i + m.size));
    const bool closing_shape = before == Side::kWord || before == Side::kPunct
                                   ? after != Side::kWord
                                   : false;
    const bool opening_shape =
        (before == Side::kEdge || before == Side::kSpace ||
         before == Side::kPunct) &&
        after != Side::kSpace && after != Side::kEdge;
    if (m.family == Family::kSingle) {
      if (Apostrophe(t, i, m.size, before, after)) return {m.family, m.role, 0};
      if (m.role == Role::kOpen) return m;
      if (m.role == Role::kClose) return m;
      // ’ or ': closes what a single mark opened; opens only by its shape
      // (and a straight one only then).
      if (open && family == Family::kSingle && PluralsApostrophe(i, m.size))
        return {m.family, m.role, 0};
      if (open && family == Family::kSingle &&
          (closing_shape || (before == Side::kSpace &&
                             (after == Side::kSpace || after == Side::kEdge ||
                              after == Side::kPunct))))
        return {m.family, Role::kClose, m.size};
      if (t[i] == '\'' && opening_shape && after == Side::kWord)
        return {m.family, Role::kOpen, m.size};
      if (t[i] == '\'' && !open &&
          (before == Side::kSpace || before == Side::kEdge) &&
          after == Side::kSpace && SpacedOpener(i))
        return {m.family, Role::kOpen, m.size};
      return {m.family, m.role, 0};
    }
    if (m.role != Role::kEither) return m;
    // A straight double mark.
    if (open && family == Family::kDouble)
      return {m.family, Role::kClose, m.size};
    if (before == Side::kWord &&
        (after == Side::kSpace || after == Side::kEdge ||
         after == Side::kPunct))
      return {m.family, m.role, 0};  // 12" or a stray closer
    return {m.family, Role::kOpen, m.size};
  }

  // "‘He stole from kids’ football’": a plural's apostrophe inside a
  // single quotation, before a lower-case word, when a closer follows in
  // its line with no opener between. (A few hundred bytes on at most.)
  bool PluralsApostrophe(size_t i, size_t size) const {
    if (i == 0 || (t[i - 1] != 's' && t[i - 1] != 'S') ||
        i + size + 1 >= t.size() || t[i + size] != ' ' ||
        !std::islower(static_cast<unsigned char>(t[i + size + 1])))
      return false;
    for (size_t k = i + size; k < t.size() && k < i + 300 && t[k] != '\n';) {
      const Mark m = MarkAt(t, k);
      if (m.size == 0 || m.family != Family::kSingle) {
        ++k;
        continue;
      }
      if (m.role == Role::kOpen) return false;
      const Side before = Classify(CodePointBefore(t, k));
      const Side after = Classify(CodePointAt(t, k + m.size));
      // (Not another plural's apostrophe: "‘Sack the owners’ outside the
      // directors’ box".)
      const bool plural =
          (t[k - 1] == 's' || t[k - 1] == 'S') && k + m.size + 1 < t.size() &&
          t[k + m.size] == ' ' &&
          std::islower(static_cast<unsigned char>(t[k + m.size + 1]));
      if ((before == Side::kWord || before == Side::kPunct) &&
          after != Side::kWord && !plural)
        return true;
      k += m.size;
    }
    return false;
  }

  // Tokenised text spaces a straight single mark off on both sides ("said
  // : ' Soft drinks ... '"), as it does a plural's apostrophe ("The
  // Beverage Producers ' Federation"): it opens after a stop, a line's
  // start or a word not in -s (but "says", "adds": a speech verb's).
  bool SpacedOpener(size_t i) const {
    // Only with a mark to close it later in its line ("to `undeserved
    // negative attention ' the church received": a closer, left over).
    // (A few hundred bytes on at most: a text of many such marks stays
    // linear.)
    // (Text kept a sentence a line, as corpora keep it, runs a quotation
    // of several sentences over lines: a mark opening a line or after a
    // sentence's stop looks for its closer up to three lines on, never
    // over a blank line, and not at a plural's apostrophe there ("The
    // Beverage Producers ' Federation").)
    size_t p = i;
    while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t')) --p;
    const bool line_start = p == 0 || t[p - 1] == '\n';
    const Side last =
        line_start ? Side::kEdge : Classify(CodePointBefore(t, p));
    const bool stop =
        p > 0 && (t[p - 1] == '.' || t[p - 1] == '?' || t[p - 1] == '!');
    int lines = line_start || stop ? 3 : 0;
    bool closer = false, next_line = false;
    for (size_t k = i + 1; k < t.size() && k < i + 600 && !closer; ++k) {
      if (t[k] == '\r' && k + 1 < t.size() && t[k + 1] == '\n') continue;
      if (t[k] == '\n' || t[k] == '\r') {
        size_t n = k + 1;
        while (n < t.size() && (t[n] == ' ' || t[n] == '\t' || t[n] == '\r'))
          ++n;
        if (lines-- == 0 || n >= t.size() || t[n] == '\n') break;
        next_line = true;
        continue;
      }
      closer = t[k] == '\'' && Classify(CodePointBefore(t, k)) != Side::kEdge &&
               Classify(CodePointAt(t, k + 1)) != Side::kWord;
      if (closer && next_line && k >= 2 && t[k - 1] == ' ' && t[k - 2] == 's' &&
          k + 2 < t.size() && t[k + 1] == ' ' &&
          std::isupper(static_cast<unsigned char>(t[k + 2])))
        closer = false;
    }
    if (!closer) return false;
    if (line_start || last != Side::kWord) return true;
    size_t w = p;
    while (w > 0 && Classify(CodePointBefore(t, w)) == Side::kWord) {
      const int32_t cp = CodePointBefore(t, w);
      w -= cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    const std::string_view word = t.substr(w, p - w);
    if (!word.ends_with('s') && !word.ends_with('S')) return true;
    static constexpr std::string_view kSays[] = {
        "says",   "adds",   "tells",  "writes", "explains", "insists",
        "argues", "warns",  "claims", "notes",  "recalls",  "continues",
        "asks",   "admits", "states", "reads",  "jokes",    "quips"};
    for (std::string_view v : kSays)
      if (word == v) return true;
    return false;
  }

  // Whether a speech verb and a comma or colon come right before byte i,
  // inside the open quotation ("`` I said , `` I 'm glad ..."): the opener
  // there starts a quotation inside it, and the closer after closes both.
  bool SaidBefore(size_t i) const {
    size_t k = i;
    while (k > begin && (t[k - 1] == ' ' || t[k - 1] == '\t')) --k;
    if (k == begin || (t[k - 1] != ',' && t[k - 1] != ':')) return false;
    --k;
    while (k > begin && (t[k - 1] == ' ' || t[k - 1] == '\t')) --k;
    size_t w = k;
    while (w > begin && std::isalpha(static_cast<unsigned char>(t[w - 1]))) --w;
    static constexpr std::string_view kSaid[] = {
        "said",  "says",   "say",     "told",     "asked", "replied",
        "wrote", "yelled", "shouted", "screamed", "added", "saying"};
    const std::string_view word = t.substr(w, k - w);
    for (std::string_view v : kSaid)
      if (word == v) return true;
    return false;
  }

  // Past the spaces from byte i (any Classify() calls a space, a thin or
  // no-break one too), on one line.
  static size_t SkipSpaces(std::string_view t, size_t i) {
    while (i < t.size() && t[i] != '\n' && t[i] != '\r') {
      const int32_t cp = CodePointAt(t, i);
      if (Classify(cp) != Side::kSpace) break;
      i += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    return i;
  }

  void Close(size_t at, size_t size) {
    size_t end = at;
    while (end > begin) {
      if (t[end - 1] == '\n' || t[end - 1] == '\r') {
        --end;
        continue;
      }
      const int32_t cp = CodePointBefore(t, end);
      if (Classify(cp) != Side::kSpace) break;
      end -= cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    if (end > begin && HasWord(t, begin, end))
      out.push_back({open_at, at + size, begin, end});
    open = false;
  }

  void Open(size_t at, const Mark& m) {
    open = true;
    family = m.family;
    open_at = at;
    // A mark closing one line opens the words of the next ('... facilities
    // . "\nShe's in rehab').
    begin = SkipSpaces(t, at + m.size);
    while (begin < t.size() && (t[begin] == '\n' || t[begin] == '\r'))
      begin = SkipSpaces(t, begin + 1);
  }

  // Tokenised text's `` used to close: after a sentence's last word and its
  // stop, comma or question mark ("scorer , `` Hansbrough said", "a party
  // girl. ``"), or at the end of a line ("the final say ``").
  bool TokenisedClose(size_t i) const {
    if (t[i] != '`') return false;
    const Side before = Classify(CodePointBefore(t, i));
    const Side after = Classify(CodePointAt(t, i + 2));
    if (before != Side::kSpace) return false;
    size_t p = i;
    while (p > 0 && t[p - 1] == ' ') --p;
    if (p <= begin) return false;
    return t[p - 1] == ',' || t[p - 1] == '.' || t[p - 1] == '?' ||
           t[p - 1] == '!' || after == Side::kEdge;
  }

  // At a line break with a quotation open: whether it goes on. `i` is the
  // line break. Sets *reopen to the reopening mark's end when the next
  // paragraph starts with one.
  bool GoesOn(size_t i, size_t* reopen) const {
    size_t j = i;
    while (j < t.size() &&
           (t[j] == '\n' || t[j] == '\r' || t[j] == ' ' || t[j] == '\t'))
      ++j;
    if (j >= t.size()) return false;
    const Mark first = MarkAt(t, j);
    if (first.size > 0 && first.family == family &&
        first.role != Role::kClose) {
      *reopen = j + first.size;
      return true;
    }
    // A closing mark of its family within the next few lines, before any
    // mark that opens.
    int lines = 0;
    bool blank_line =
        j > i + 1 && t.substr(i, j - i).find("\n\n") != std::string_view::npos;
    for (size_t k = j; k < t.size(); ++k) {
      if (t[k] == '\n') {
        // Text with a sentence a line quotes a speaker over more lines
        // than paragraphs of prose do.
        if (++lines > (blank_line ? 3 : 12)) return false;
        size_t n = k + 1;
        while (n < t.size() && (t[n] == ' ' || t[n] == '\t')) ++n;
        if (n < t.size() && t[n] == '\n') blank_line = true;
      }
      const Mark m = Read(k);
      if (m.size == 0 || m.family != family) continue;
      if (m.role == Role::kClose) return true;
      if (m.role == Role::kOpen) {
        // A mark reopening the quotation at the start of a later line, in
        // text with a sentence a line: it goes on.
        // Only with a mark that only opens (`` or “) and across single
        // line breaks: a blank line between is a paragraph of its own,
        // and an unclosed mark gives no quotation rather than one that
        // runs on.
        size_t b = k;
        while (b > j && (t[b - 1] == ' ' || t[b - 1] == '\t')) --b;
        if (TokenisedClose(k)) return true;
        const bool opener_only = t[k] == '`' || t.substr(k, 3) == "\u201c" ||
                                 t.substr(k, 6) == "\u2018\u2018";
        if (opener_only && b > j && t[b - 1] == '\n' && !blank_line) {
          k += m.size - 1;
          continue;
        }
        // A straight mark reads as a closer when shaped like one.
        const Side before = Classify(CodePointBefore(t, k));
        return t[k] == '"' && before != Side::kSpace && before != Side::kEdge;
      }
      k += m.size - 1;
    }
    return false;
  }

  // At a line break with a quotation open: where its words end when the
  // paragraph ends in their attribution, the closing mark left out ('"It's
  // important to patch, Tyler Reguly, a manager at Tripwire, says.'): the
  // comma before the name; else npos.
  size_t AttributionInside(size_t i) const {
    size_t e = i;
    while (e > begin && (t[e - 1] == ' ' || t[e - 1] == '\r')) --e;
    if (e <= begin || t[e - 1] != '.') return std::string_view::npos;
    --e;
    while (e > begin && t[e - 1] == ' ') --e;
    static constexpr std::string_view kVerbs[] = {" says", " said", " adds",
                                                  " added"};
    size_t verb = std::string_view::npos;
    for (std::string_view v : kVerbs)
      if (e >= begin + v.size() && t.substr(e - v.size(), v.size()) == v)
        verb = e - v.size();
    if (verb == std::string_view::npos) return verb;
    // The paragraph's start, or the quotation's.
    size_t from = verb;
    while (from > begin && t[from - 1] != '\n') --from;
    // The first ", Name" of the sentence's end, no stop between; at most
    // 200 bytes back.
    size_t comma = std::string_view::npos;
    for (size_t k = verb; k-- > from && verb - k < 200;) {
      if (t[k] == '.' || t[k] == '?' || t[k] == '!') break;
      if (t[k] != ',') continue;
      size_t n = k + 1;
      while (n < verb && t[n] == ' ') ++n;
      if (n < verb && t[n] >= 'A' && t[n] <= 'Z') comma = k;
    }
    return comma;
  }

  void Run() {
    for (size_t i = 0; i < t.size();) {
      if (t[i] == '\n') {
        if (open) {
          size_t reopen = 0;
          if (const size_t c = AttributionInside(i);
              c != std::string_view::npos) {
            Close(c, 0);
          } else if (!GoesOn(i, &reopen)) {
            open = false;  // never closed: no quotation
          } else if (reopen != 0) {
            i = reopen;
            continue;
          }
        }
        ++i;
        continue;
      }
      const Mark m = Read(i);
      if (m.size == 0) {
        ++i;
        continue;
      }
      if (open && m.family != family) {  // nested: part of this quotation
        i += m.size;
        continue;
      }
      if (!open) {
        if (m.role == Role::kOpen) {
          Open(i, m);
        } else if (m.family == Family::kDouble && m.role == Role::kClose) {
          // ” used to open ("”Yes,” he said"): shaped as an opener; and
          // tokenised text's '' opening a line ("\n''Would we have done
          // it ?''"), not one inside it ("rock ''n'' roll").
          const Side before = Classify(CodePointBefore(t, i));
          const Side after = Classify(CodePointAt(t, i + m.size));
          if ((before == Side::kEdge ||
               (before == Side::kSpace && t[i] != '\'')) &&
              after == Side::kWord)
            Open(i, m);
        }
        i += m.size;
        continue;
      }
      if (m.role == Role::kClose) {
        Close(i, m.size);
      } else {
        // An opener while one is open: “ used to close, else the first
        // was never closed and this one starts afresh.
        const Side before = Classify(CodePointBefore(t, i));
        const Side after = Classify(CodePointAt(t, i + m.size));
        // (Not after "I said ,": a quotation inside this one, "`` I said ,
        // `` I 'm glad ... ''", which the closer after ends with it.)
        if (SaidBefore(i)) {
        } else if (((before == Side::kWord || before == Side::kPunct) &&
                    after != Side::kWord) ||
                   TokenisedClose(i)) {
          Close(i, m.size);
        } else {
          Open(i, m);
        }
      }
      i += m.size;
    }
  }
};

}  // namespace

std::vector<Marked> PairMarks(std::string_view text) {
  Pairer p{text, {}};
  p.Run();
  return std::move(p.out);
}

}  // namespace stet::quote
