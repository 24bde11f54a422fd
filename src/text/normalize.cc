// UTF-8 validation, Normalize(), Fold() and CollapseWhitespace().
#include <utf8proc.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "stet/text.h"
#include "text/unicode.h"

namespace stet::text {
namespace internal {

Decoded DecodeMultiByte(const unsigned char* p, const unsigned char* end) {
  const unsigned char b0 = p[0];
  const ptrdiff_t avail = end - p;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (avail >= 2 && (p[1] & 0xC0) == 0x80) {
      return {static_cast<char32_t>(((b0 & 0x1F) << 6) | (p[1] & 0x3F)), 2,
              true};
    }
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (avail >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
      // Reject overlongs (E0 80..9F) and surrogates (ED A0..BF).
      const bool ok = (b0 == 0xE0)   ? p[1] >= 0xA0
                      : (b0 == 0xED) ? p[1] <= 0x9F
                                     : true;
      if (ok) {
        return {static_cast<char32_t>(((b0 & 0x0F) << 12) |
                                      ((p[1] & 0x3F) << 6) | (p[2] & 0x3F)),
                3, true};
      }
    }
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (avail >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
        (p[3] & 0xC0) == 0x80) {
      // Reject overlongs (F0 80..8F) and values above U+10FFFF (F4 90..).
      const bool ok = (b0 == 0xF0)   ? p[1] >= 0x90
                      : (b0 == 0xF4) ? p[1] <= 0x8F
                                     : true;
      if (ok) {
        return {
            static_cast<char32_t>(((b0 & 0x07) << 18) | ((p[1] & 0x3F) << 12) |
                                  ((p[2] & 0x3F) << 6) | (p[3] & 0x3F)),
            4, true};
      }
    }
  }
  return {kReplacement, 1, false};
}

void AppendComposed(std::string_view s, bool casefold, std::string* out) {
  if (s.empty()) return;
  int flags = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
  if (casefold) flags |= UTF8PROC_CASEFOLD;
  const auto options = static_cast<utf8proc_option_t>(flags);
  const auto* str = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  const auto len = static_cast<utf8proc_ssize_t>(s.size());
  // Words and sentences fit the stack buffer; only whole documents allocate.
  constexpr utf8proc_ssize_t kStack = 256;
  utf8proc_int32_t stack[kStack + 1];
  std::unique_ptr<utf8proc_int32_t[]> heap;
  utf8proc_int32_t* buf = stack;
  utf8proc_ssize_t n = utf8proc_decompose(str, len, buf, kStack, options);
  if (n > kStack) {
    // reencode needs one spare slot for its terminating NUL.
    heap.reset(new utf8proc_int32_t[n + 1]);
    buf = heap.get();
    n = utf8proc_decompose(str, len, buf, n, options);
  }
  if (n < 0) {
    // Only reachable on invalid input, which callers sanitize first; keep
    // the text rather than lose it.
    out->append(s);
    return;
  }
  const utf8proc_ssize_t bytes = utf8proc_reencode(buf, n, options);
  if (bytes < 0) {
    out->append(s);
    return;
  }
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(bytes));
}

}  // namespace internal

namespace {

using internal::Decode;
using internal::Decoded;

const unsigned char* Bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

// Normalize()/Fold() for pure ASCII input: no Unicode work is needed, only
// whitespace collapsing, control removal and (for Fold) lower-casing.
std::string AsciiClean(std::string_view s, bool lower) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  const unsigned char* p = Bytes(s);
  const unsigned char* end = p + s.size();
  while (p < end) {
    const size_t run = internal::PlainAsciiRun(p, end);
    if (run != 0) {
      if (pending_space) {
        out.push_back(' ');
        pending_space = false;
      }
      const size_t at = out.size();
      out.append(reinterpret_cast<const char*>(p), run);
      if (lower) {
        for (size_t k = at; k < out.size(); ++k) {
          if (out[k] >= 'A' && out[k] <= 'Z') out[k] += 'a' - 'A';
        }
      }
      p += run;
      continue;
    }
    const unsigned char b = *p++;
    if (b == ' ' || (b >= 0x09 && b <= 0x0D)) pending_space = !out.empty();
    // Anything else here is a control character: dropped.
  }
  return out;
}

// The ASCII replacement for a typographic character, or nullptr to keep it.
const char* Replacement(char32_t c) {
  switch (c) {
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x201A:  // ‚
    case 0x201B:  // ‛
    case 0x2032:  // ′
    case 0x2039:  // ‹
    case 0x203A:  // ›
      return "'";
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x201E:  // „
    case 0x201F:  // ‟
    case 0x2033:  // ″
    case 0x00AB:  // «
    case 0x00BB:  // »
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return "-";
    case 0x2026:
      return "...";
    default:
      return nullptr;
  }
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  const unsigned char* p = Bytes(s);
  const unsigned char* end = p + s.size();
  while (p < end) {
    // Skip ASCII eight bytes at a time.
    while (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      if (w & 0x8080808080808080ull) break;
      p += 8;
    }
    if (p == end) break;
    if (*p < 0x80) {
      ++p;
      continue;
    }
    const Decoded d = Decode(p, end);
    if (!d.valid) return false;
    p += d.len;
  }
  return true;
}

std::string SanitizeUtf8(std::string_view s) {
  if (IsValidUtf8(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 16);
  const unsigned char* p = Bytes(s);
  const unsigned char* end = p + s.size();
  while (p < end) {
    const Decoded d = Decode(p, end);
    if (d.valid) {
      out.append(reinterpret_cast<const char*>(p), d.len);
    } else {
      internal::AppendUtf8(internal::kReplacement, &out);
    }
    p += d.len;
  }
  return out;
}

std::string Normalize(std::string_view s) {
  if (internal::IsAscii(s)) return AsciiClean(s, /*lower=*/false);
  // Map, drop and collapse first, then compose: the mapped characters never
  // take part in composition, and dropping invisible characters first lets
  // e + ZWJ + U+0301 compose to é.
  std::string tmp;
  tmp.reserve(s.size());
  bool pending_space = false;
  bool non_ascii = false;
  const unsigned char* p = Bytes(s);
  const unsigned char* end = p + s.size();
  while (p < end) {
    const size_t run = internal::PlainAsciiRun(p, end);
    if (run != 0) {
      if (pending_space) {
        tmp.push_back(' ');
        pending_space = false;
      }
      tmp.append(reinterpret_cast<const char*>(p), run);
      p += run;
      continue;
    }
    const Decoded d = Decode(p, end);
    p += d.len;
    const char32_t c = d.cp;
    if (internal::IsSpaceCp(c)) {
      pending_space = !tmp.empty();
      continue;
    }
    if (internal::IsRemovedCp(c)) continue;
    if (pending_space) {
      tmp.push_back(' ');
      pending_space = false;
    }
    if (const char* r = Replacement(c)) {
      tmp.append(r);
    } else {
      internal::AppendUtf8(c, &tmp);
      non_ascii = true;
    }
  }
  if (!non_ascii) return tmp;
  std::string out;
  out.reserve(tmp.size());
  internal::AppendComposed(tmp, /*casefold=*/false, &out);
  return out;
}

std::string Fold(std::string_view s) {
  if (internal::IsAscii(s)) return AsciiClean(s, /*lower=*/true);
  std::string n = Normalize(s);
  if (internal::IsAscii(n)) {
    for (char& c : n) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return n;
  }
  std::string out;
  out.reserve(n.size() + 8);
  internal::AppendComposed(n, /*casefold=*/true, &out);
  return out;
}

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  const unsigned char* p = Bytes(s);
  const unsigned char* end = p + s.size();
  while (p < end) {
    const size_t run = internal::PlainAsciiRun(p, end);
    if (run != 0) {
      if (pending_space) {
        out.push_back(' ');
        pending_space = false;
      }
      out.append(reinterpret_cast<const char*>(p), run);
      p += run;
      continue;
    }
    const Decoded d = Decode(p, end);
    if (d.valid && internal::IsSpaceCp(d.cp)) {
      pending_space = !out.empty();
      p += d.len;
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    if (d.valid) {
      out.append(reinterpret_cast<const char*>(p), d.len);
    } else {
      internal::AppendUtf8(internal::kReplacement, &out);
    }
    p += d.len;
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace stet::text
