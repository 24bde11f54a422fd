// Internal UTF-8 and character-class helpers shared by the text module.
// Everything here is inline because it sits in the innermost loops of
// Tokenize, FoldedWordHashes and SplitSentences.
#ifndef STET_SRC_TEXT_UNICODE_H_
#define STET_SRC_TEXT_UNICODE_H_

#include <utf8proc.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace stet::text::internal {

inline constexpr char32_t kReplacement = 0xFFFD;

// Offsets in Token and Span are 32-bit; longer inputs are processed only up
// to this many bytes rather than overflowing.
inline constexpr size_t kMaxOffset = 0xFFFFFFFFu;

struct Decoded {
  char32_t cp;   // kReplacement when !valid
  uint32_t len;  // bytes consumed, >= 1
  bool valid;
};

// Decodes a multi-byte sequence at p (p < end, *p >= 0x80).
Decoded DecodeMultiByte(const unsigned char* p, const unsigned char* end);

// Decodes one code point at p (p < end). An invalid or truncated sequence
// consumes exactly one byte, so every invalid byte maps to one U+FFFD.
inline Decoded Decode(const unsigned char* p, const unsigned char* end) {
  if (*p < 0x80) return {*p, 1, true};
  return DecodeMultiByte(p, end);
}

// Length of the run of printable ASCII (0x21..0x7E) starting at p: text
// that every function here copies through unchanged.
inline size_t PlainAsciiRun(const unsigned char* p, const unsigned char* end) {
  const unsigned char* q = p;
  while (q < end && static_cast<unsigned char>(*q - 0x21) < 0x5E) ++q;
  return static_cast<size_t>(q - p);
}

inline void AppendUtf8(char32_t cp, std::string* out) {
  char buf[4];
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
    return;
  }
  size_t n;
  if (cp < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (cp >> 6));
    buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (cp >> 12));
    buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    buf[0] = static_cast<char>(0xF0 | (cp >> 18));
    buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 4;
  }
  out->append(buf, n);
}

// True when every byte is < 0x80; checks eight bytes per step because the
// common case (English news) is long pure-ASCII runs.
inline bool IsAscii(const unsigned char* p, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) return false;
  }
  for (; i < n; ++i) {
    if (p[i] & 0x80) return false;
  }
  return true;
}
inline bool IsAscii(std::string_view s) {
  return IsAscii(reinterpret_cast<const unsigned char*>(s.data()), s.size());
}

// Whitespace is Unicode White_Space plus U+200B ZERO WIDTH SPACE (which marks
// a word break even though it is invisible). Written out by hand so the hot
// loops never need a property lookup for it.
inline bool IsSpaceCp(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  if (c < 0x1680) return c == 0x85 || c == 0xA0;
  if (c < 0x2000) return c == 0x1680;
  if (c <= 0x200B) return true;
  return c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// Byte length of the whitespace character at p, or 0.
inline size_t SpaceLen(const unsigned char* p, const unsigned char* end) {
  const unsigned char b = *p;
  if (b < 0x80) return (b == ' ' || (b >= 0x09 && b <= 0x0D)) ? 1 : 0;
  if (b != 0xC2 && b != 0xE1 && b != 0xE2 && b != 0xE3) return 0;
  const Decoded d = Decode(p, end);
  return d.valid && IsSpaceCp(d.cp) ? d.len : 0;
}

// Byte length of the whitespace character ending just before p, or 0.
inline size_t SpaceLenBefore(const unsigned char* begin,
                             const unsigned char* p) {
  if (p == begin) return 0;
  const unsigned char b = p[-1];
  if (b < 0x80) return (b == ' ' || (b >= 0x09 && b <= 0x0D)) ? 1 : 0;
  if (b >= 0xC0) return 0;
  // Multi-byte whitespace is two or three bytes long.
  for (size_t n = 2; n <= 3; ++n) {
    if (static_cast<size_t>(p - begin) < n) break;
    const Decoded d = Decode(p - n, p);
    if (d.valid && d.len == n) return IsSpaceCp(d.cp) ? n : 0;
  }
  return 0;
}

inline utf8proc_category_t Category(char32_t c) {
  return static_cast<utf8proc_category_t>(
      utf8proc_category(static_cast<utf8proc_int32_t>(c)));
}

inline bool IsWordCategory(utf8proc_category_t cat) {
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO;
}
inline bool IsMarkCategory(utf8proc_category_t cat) {
  return cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME;
}

// Characters Normalize() drops: controls and invisible format characters.
// ZWSP is excluded because it counts as whitespace (checked first).
inline bool IsRemovedCp(char32_t c) {
  if (c < 0x80) return (c < 0x20 && !(c >= 0x09 && c <= 0x0D)) || c == 0x7F;
  if (c < 0xA0) return c != 0x85;
  if (c == 0x200B) return false;
  return Category(c) == UTF8PROC_CATEGORY_CF;
}

enum class CharClass : uint8_t { kWord, kSpace, kPunct };

// 0 = word (ASCII letter or digit), 1 = space, 2 = punctuation/control.
inline constexpr uint8_t kAsciiWord = 0, kAsciiSpace = 1, kAsciiPunct = 2;
struct AsciiTable {
  uint8_t cls[128];
  constexpr AsciiTable() : cls() {
    for (int c = 0; c < 128; ++c) {
      const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                         (c >= 'A' && c <= 'Z');
      const bool space = c == ' ' || (c >= 0x09 && c <= 0x0D);
      cls[c] = alnum ? kAsciiWord : space ? kAsciiSpace : kAsciiPunct;
    }
  }
};
inline constexpr AsciiTable kAscii;

inline bool IsAsciiDigit(unsigned char b) { return b >= '0' && b <= '9'; }
inline bool IsDigitSeparator(unsigned char b) {
  return b == '.' || b == ',' || b == ':';
}

// Is the code point starting at p (p < end) a decimal digit?
inline bool DigitAt(const unsigned char* p, const unsigned char* end) {
  if (*p < 0x80) return IsAsciiDigit(*p);
  const Decoded d = Decode(p, end);
  return d.valid && Category(d.cp) == UTF8PROC_CATEGORY_ND;
}

// Appends NFC (optionally case-folded) form of valid UTF-8 `s` to *out.
void AppendComposed(std::string_view s, bool casefold, std::string* out);

}  // namespace stet::text::internal

#endif  // STET_SRC_TEXT_UNICODE_H_
