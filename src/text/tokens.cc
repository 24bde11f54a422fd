// Tokenize(), FoldedWords(), FoldedWordHashes() and SearchWords().
#include <xxhash.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "stet/text.h"
#include "text/unicode.h"

namespace stet::text {
namespace {

using internal::Category;
using internal::Decode;
using internal::Decoded;
using internal::kAscii;
using internal::kAsciiPunct;
using internal::kAsciiSpace;
using internal::kAsciiWord;

const unsigned char* Bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

// End of the word that continues at j; `last_digit` says whether the code
// point before j was a decimal digit (for "3.5", "1,000", "10:30").
size_t ScanWord(const unsigned char* b, size_t j, size_t n, bool last_digit) {
  const unsigned char* end = b + n;
  while (j < n) {
    const unsigned char c = b[j];
    if (c < 0x80) {
      if (kAscii.cls[c] == kAsciiWord) {
        last_digit = internal::IsAsciiDigit(c);
        ++j;
        continue;
      }
      if (internal::IsDigitSeparator(c) && last_digit && j + 1 < n &&
          internal::DigitAt(b + j + 1, end)) {
        last_digit = false;
        ++j;
        continue;
      }
      break;
    }
    const Decoded d = Decode(b + j, end);
    if (!d.valid) break;
    const utf8proc_category_t cat = Category(d.cp);
    if (!internal::IsWordCategory(cat)) break;
    last_digit = cat == UTF8PROC_CATEGORY_ND;
    j += d.len;
  }
  return j;
}

size_t ScanSpace(const unsigned char* b, size_t j, size_t n) {
  const unsigned char* end = b + n;
  while (j < n) {
    const size_t len = internal::SpaceLen(b + j, end);
    if (len == 0) break;
    j += len;
  }
  return j;
}

// Combining marks after a punctuation code point stay with it, so an emoji
// with its variation selector (or "=" + U+0338) is one token, not a symbol
// followed by a one-mark "word".
size_t SkipMarks(const unsigned char* b, size_t j, size_t n) {
  const unsigned char* end = b + n;
  while (j < n && b[j] >= 0x80) {
    const Decoded d = Decode(b + j, end);
    if (!d.valid || !internal::IsMarkCategory(Category(d.cp))) break;
    j += d.len;
  }
  return j;
}

uint64_t Hash(const char* p, size_t n) { return XXH3_64bits(p, n); }

// Per-byte flags for the FoldedWordHashes hot loop, plus the folded byte.
// Controls and non-ASCII bytes have no flags.
constexpr uint8_t kFAlnum = 1, kFDigit = 2, kFSpace = 4, kFPunct = 8,
                  kFSep = 16;
struct FastTable {
  uint8_t flags[256];
  char lower[256];
  constexpr FastTable() : flags(), lower() {
    for (int c = 0; c < 256; ++c) {
      const bool digit = c >= '0' && c <= '9';
      const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      const bool space = c == ' ' || (c >= 0x09 && c <= 0x0D);
      const bool punct = c > 0x20 && c < 0x7F && !digit && !alpha;
      const bool sep = c == '.' || c == ',' || c == ':';
      flags[c] = static_cast<uint8_t>(
          (digit || alpha ? kFAlnum : 0) | (digit ? kFDigit : 0) |
          (space ? kFSpace : 0) | (punct ? kFPunct : 0) | (sep ? kFSep : 0));
      lower[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  }
};
constexpr FastTable kFast;

bool IsTrickyCategory(utf8proc_category_t cat) {
  return internal::IsMarkCategory(cat) || cat == UTF8PROC_CATEGORY_CF ||
         cat == UTF8PROC_CATEGORY_CC;
}

struct WordScan {
  size_t end;
  bool ascii;   // only ASCII letters, digits and separators
  bool tricky;  // met a mark or an invisible character: redo the chunk
};

// Scans the word starting at i the way Tokenize(Fold(s)) would see it.
WordScan ScanFoldWord(const unsigned char* b, size_t i, size_t n) {
  const unsigned char* end = b + n;
  WordScan r{i, true, false};
  size_t j = i;
  bool last_digit = false;
  while (j < n) {
    const unsigned char w = b[j];
    const uint8_t f = kFast.flags[w];
    if (f & kFAlnum) {
      last_digit = f & kFDigit;
      ++j;
      continue;
    }
    if (w < 0x80) {
      if ((f & kFSep) && last_digit && j + 1 < n) {
        const unsigned char nb = b[j + 1];
        if (nb < 0x80) {
          if (kFast.flags[nb] & kFDigit) {
            last_digit = false;
            ++j;
            continue;
          }
          // A control after the separator vanishes in Fold(), so it could
          // join "3." and "5".
          r.tricky = kFast.flags[nb] == 0;
        } else {
          const Decoded d = Decode(b + j + 1, end);
          if (d.valid) {
            const utf8proc_category_t cat = Category(d.cp);
            if (cat == UTF8PROC_CATEGORY_ND) {
              last_digit = false;
              ++j;
              continue;
            }
            r.tricky = IsTrickyCategory(cat);
          }
        }
      }
      if (f == 0) r.tricky = true;  // a control character
      break;
    }
    const Decoded d = Decode(b + j, end);
    if (!d.valid) break;
    const utf8proc_category_t cat = Category(d.cp);
    if (IsTrickyCategory(cat)) {
      r.tricky = true;
      break;
    }
    if (!internal::IsWordCategory(cat)) break;
    r.ascii = false;
    last_digit = cat == UTF8PROC_CATEGORY_ND;
    j += d.len;
  }
  r.end = j;
  return r;
}

// The exact definition, used for whitespace-delimited chunks the fast path
// cannot reproduce bit for bit (combining marks, invisible characters).
void HashFoldedChunk(std::string_view chunk, std::vector<uint64_t>* out) {
  const std::string f = Fold(chunk);
  for (const Token& t : Tokenize(f)) {
    if (t.kind == TokenKind::kWord) {
      out->push_back(Hash(f.data() + t.begin, t.end - t.begin));
    }
  }
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s) {
  const size_t n = std::min(s.size(), internal::kMaxOffset);
  const unsigned char* b = Bytes(s);
  const unsigned char* end = b + n;
  std::vector<Token> out;
  out.reserve(n / 3 + 1);
  size_t i = 0;
  while (i < n) {
    const unsigned char c = b[i];
    size_t j;
    TokenKind kind;
    if (c < 0x80) {
      const uint8_t cls = kAscii.cls[c];
      if (cls == kAsciiWord) {
        kind = TokenKind::kWord;
        j = ScanWord(b, i + 1, n, internal::IsAsciiDigit(c));
      } else if (cls == kAsciiSpace) {
        kind = TokenKind::kSpace;
        j = ScanSpace(b, i + 1, n);
      } else {
        kind = TokenKind::kPunct;
        j = SkipMarks(b, i + 1, n);
      }
    } else {
      const Decoded d = Decode(b + i, end);
      if (!d.valid) {
        kind = TokenKind::kPunct;
        j = SkipMarks(b, i + 1, n);
      } else if (internal::IsSpaceCp(d.cp)) {
        kind = TokenKind::kSpace;
        j = ScanSpace(b, i + d.len, n);
      } else {
        const utf8proc_category_t cat = Category(d.cp);
        if (internal::IsWordCategory(cat)) {
          kind = TokenKind::kWord;
          j = ScanWord(b, i + d.len, n, cat == UTF8PROC_CATEGORY_ND);
        } else {
          kind = TokenKind::kPunct;
          j = SkipMarks(b, i + d.len, n);
        }
      }
    }
    out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j), kind});
    i = j;
  }
  return out;
}

std::vector<std::string> FoldedWords(std::string_view s) {
  const std::string f = Fold(s);
  std::vector<std::string> out;
  for (const Token& t : Tokenize(f)) {
    if (t.kind == TokenKind::kWord) {
      out.emplace_back(f.data() + t.begin, t.end - t.begin);
    }
  }
  return out;
}

// Walks `s` once and hashes each word as Fold() + Tokenize() would produce
// it. Fold() never joins or splits words across whitespace, so the text is
// handled in whitespace-delimited chunks: ASCII words are lower-cased into a
// stack buffer, other words are case-folded on their own, and a chunk with a
// combining mark or an invisible character (where composition, reordering or
// removal could move a word boundary) is redone through Fold() itself.
void FoldedWordHashes(std::string_view s, std::vector<uint64_t>* out) {
  out->clear();
  const size_t n = s.size();
  out->reserve(n / 6 + 2);  // ~one word per six bytes of English
  const unsigned char* b = Bytes(s);
  const unsigned char* end = b + n;
  size_t chunk_start = 0;
  size_t chunk_out = 0;
  std::string folded;  // reused for non-ASCII words
  char lower[128];
  size_t i = 0;
  while (i < n) {
    const unsigned char c = b[i];
    const uint8_t f = kFast.flags[c];
    bool tricky = false;
    if (f & kFAlnum) {
      // Hot path: an ASCII word ended by whitespace or plain punctuation.
      // The mask keeps writes in bounds; longer words take the general path.
      size_t j = i, k = 0;
      do {
        lower[k & (sizeof(lower) - 1)] = kFast.lower[b[j]];
        ++k;
        ++j;
      } while (j < n && (kFast.flags[b[j]] & kFAlnum));
      if (k <= sizeof(lower)) {
        const uint8_t g = j < n ? kFast.flags[b[j]] : kFSpace;
        const bool digit_sep = (g & kFSep) && (kFast.flags[b[j - 1]] & kFDigit);
        if ((g & (kFSpace | kFPunct)) && !digit_sep) {
          out->push_back(Hash(lower, k));
          i = j;
          continue;
        }
      }
    } else if (f & kFSpace) {
      ++i;
      chunk_start = i;
      chunk_out = out->size();
      continue;
    } else if (f & kFPunct) {
      ++i;
      continue;
    } else if (c < 0x80) {
      tricky = true;  // a control character
    } else {
      const Decoded d = Decode(b + i, end);
      if (!d.valid) {
        ++i;  // U+FFFD: punctuation
        continue;
      }
      if (internal::IsSpaceCp(d.cp)) {
        i += d.len;
        chunk_start = i;
        chunk_out = out->size();
        continue;
      }
      const utf8proc_category_t cat = Category(d.cp);
      if (IsTrickyCategory(cat)) {
        tricky = true;
      } else if (!internal::IsWordCategory(cat)) {
        i += d.len;
        continue;
      }
    }

    if (!tricky) {
      const WordScan w = ScanFoldWord(b, i, n);
      if (!w.tricky) {
        const size_t len = w.end - i;
        if (w.ascii && len <= sizeof(lower)) {
          for (size_t k = 0; k < len; ++k) lower[k] = kFast.lower[b[i + k]];
          out->push_back(Hash(lower, len));
        } else {
          folded.clear();
          internal::AppendComposed(s.substr(i, len), /*casefold=*/true,
                                   &folded);
          out->push_back(Hash(folded.data(), folded.size()));
        }
        i = w.end;
        continue;
      }
    }

    // Slow path: redo the whole chunk through Fold().
    size_t e = i;
    while (e < n) {
      if (internal::SpaceLen(b + e, end) != 0) break;
      e += Decode(b + e, end).len;
    }
    out->resize(chunk_out);
    HashFoldedChunk(s.substr(chunk_start, e - chunk_start), out);
    i = e;
  }
}

std::string SearchKey(std::string_view word) {
  if (internal::IsAscii(word)) return AsciiLower(word);
  // Decomposes to drop the marks, folds case, recomposes: "Éà" -> "ea".
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
      static_cast<utf8proc_ssize_t>(word.size()), &out,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK |
                                     UTF8PROC_CASEFOLD));
  if (n < 0) {
    std::free(out);
    return Fold(word);  // invalid UTF-8: Fold() replaces what is broken
  }
  std::string key(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
  std::free(out);
  return key;
}

std::vector<SearchWord> SearchWords(std::string_view s) {
  std::vector<SearchWord> out;
  for (const Token& t : Tokenize(s)) {
    if (t.kind != TokenKind::kWord) continue;
    out.push_back(
        {Span{t.begin, t.end}, SearchKey(s.substr(t.begin, t.end - t.begin))});
  }
  return out;
}

}  // namespace stet::text
