#include "feed/text.h"

#include <libxml/HTMLparser.h>

#include <cctype>
#include <cstring>

#include "stet/text.h"
#include "stet/url.h"

namespace stet::feed {
namespace {

// Windows-1252 meanings of 0x80..0x9F (0: undefined, dropped). Old feeds
// write &#146; for a right quote, which XML reads as the C1 control U+0092.
constexpr char32_t kCp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void AppendUtf8(char32_t c, std::string* out) {
  if (c == 0 || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = 0xFFFD;
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

}  // namespace

bool IsInlineHtml(std::string_view name) {
  static constexpr std::string_view kInline[] = {
      "a",    "abbr",  "acronym", "b",      "bdi",    "bdo",   "big",
      "cite", "code",  "data",    "del",    "dfn",    "em",    "font",
      "i",    "ins",   "kbd",     "mark",   "nobr",   "q",     "s",
      "samp", "small", "span",    "strike", "strong", "sub",   "sup",
      "time", "tt",    "u",       "var",    "wbr",    "label", "img"};
  for (std::string_view n : kInline)
    if (n == name) return true;
  return false;
}

namespace {

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' ||
         c == '_';
}

// Decodes the reference at s[0] == '&'. Returns the bytes used, or 0 when it
// is not a reference (the '&' is then text).
size_t DecodeReference(std::string_view s, std::string* out) {
  size_t semi = s.find(';', 1);
  if (semi == std::string_view::npos || semi > 40 || semi < 2) return 0;
  std::string_view body = s.substr(1, semi - 1);
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return 0;
    char32_t c = 0;
    for (char d : digits) {
      int v;
      if (d >= '0' && d <= '9') {
        v = d - '0';
      } else if (hex && d >= 'a' && d <= 'f') {
        v = d - 'a' + 10;
      } else if (hex && d >= 'A' && d <= 'F') {
        v = d - 'A' + 10;
      } else {
        return 0;
      }
      c = c * (hex ? 16 : 10) + v;
    }
    AppendUtf8(c, out);
    return semi + 1;
  }
  return AppendNamedEntity(body, out) ? semi + 1 : 0;
}

// Case-insensitive search for `needle` (lower-case ASCII) from `from`.
size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from) {
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() &&
           std::tolower(static_cast<unsigned char>(hay[i + k])) == needle[k])
      ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// A '#' after the first cannot be parsed (RFC 3986 allows one); browsers
// read it as part of the fragment, i.e. "%23".
std::string EscapeExtraHashes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool seen = false;
  for (char c : s) {
    if (c == '#' && seen) {
      out += "%23";
      continue;
    }
    seen = seen || c == '#';
    out.push_back(c);
  }
  return out;
}

// Length of "scheme:" at the start of `s`, or 0 if it has no scheme.
size_t SchemeLength(std::string_view s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return 0;
  for (size_t i = 1; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ':') return i + 1;
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' &&
        c != '.')
      return 0;
  }
  return 0;
}

// "https://user@Host:443/x" -> true when there is a non-empty host.
bool HasHost(std::string_view url) {
  size_t start = SchemeLength(url);
  if (start == 0 || url.compare(start, 2, "//") != 0) return false;
  start += 2;
  size_t end = url.find_first_of("/?#", start);
  std::string_view authority =
      url.substr(start, end == std::string_view::npos ? std::string_view::npos
                                                      : end - start);
  if (size_t at = authority.rfind('@'); at != std::string_view::npos)
    authority.remove_prefix(at + 1);
  if (size_t colon = authority.rfind(':');
      colon != std::string_view::npos &&
      authority.find(']', colon) == std::string_view::npos)
    authority = authority.substr(0, colon);
  return !authority.empty();
}

}  // namespace

bool AppendNamedEntity(std::string_view name, std::string* out) {
  if (name.empty() || name.size() > 32) return false;
  if (name == "apos") {  // XML's, not in HTML 4's table
    out->push_back('\'');
    return true;
  }
  char buf[33];
  std::memcpy(buf, name.data(), name.size());
  buf[name.size()] = '\0';
  const htmlEntityDesc* e =
      htmlEntityLookup(reinterpret_cast<const xmlChar*>(buf));
  if (!e) return false;
  AppendUtf8(e->value, out);
  return true;
}

std::string CleanText(std::string_view s) {
  bool simple = true;
  for (char c : s) {
    const unsigned char b = static_cast<unsigned char>(c);
    if ((b < 0x20 && !IsAsciiSpace(c)) || b == 0x7F || b == 0xC2) {
      simple = false;
      break;
    }
  }
  if (simple) return text::CollapseWhitespace(s);
  const std::string valid = text::SanitizeUtf8(s);
  std::string t;
  t.reserve(valid.size());
  for (size_t i = 0; i < valid.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(valid[i]);
    if (b == 0xC2 && i + 1 < valid.size()) {
      const unsigned char b2 = static_cast<unsigned char>(valid[i + 1]);
      if (b2 >= 0x80 && b2 <= 0x9F) {
        if (char32_t c = kCp1252[b2 - 0x80]) AppendUtf8(c, &t);
        ++i;
        continue;
      }
    }
    if ((b < 0x20 && !IsAsciiSpace(valid[i])) || b == 0x7F) continue;
    t.push_back(valid[i]);
  }
  return text::CollapseWhitespace(t);
}

std::string HtmlToText(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  size_t i = 0;
  const size_t n = html.size();
  while (i < n) {
    const char c = html[i];
    if (c == '&') {
      if (size_t used = DecodeReference(html.substr(i), &out)) {
        i += used;
        continue;
      }
      out.push_back(c);
      ++i;
      continue;
    }
    if (c != '<') {
      out.push_back(c);
      ++i;
      continue;
    }
    if (html.compare(i, 4, "<!--") == 0) {
      size_t e = html.find("-->", i + 4);
      i = e == std::string_view::npos ? n : e + 3;
      out.push_back(' ');
      continue;
    }
    if (html.compare(i, 9, "<![CDATA[") == 0) {
      size_t e = html.find("]]>", i + 9);
      size_t stop = e == std::string_view::npos ? n : e;
      out.append(html.substr(i + 9, stop - (i + 9)));
      i = e == std::string_view::npos ? n : e + 3;
      continue;
    }
    size_t k = i + 1;
    const bool closing = k < n && html[k] == '/';
    if (closing) ++k;
    const bool markup =
        k < n && (std::isalpha(static_cast<unsigned char>(html[k])) ||
                  (!closing && (html[k] == '!' || html[k] == '?')));
    if (!markup) {  // "a < b": a literal '<'
      out.push_back(c);
      ++i;
      continue;
    }
    size_t name_start = k;
    if (html[k] == '!' || html[k] == '?') ++k;
    while (k < n && IsNameChar(html[k])) ++k;
    const std::string name =
        text::AsciiLower(html.substr(name_start, k - name_start));
    // To the closing '>', skipping quoted attribute values (a quote counts
    // only where a value starts, as in browsers).
    char quote = 0;
    char last = 0;
    while (k < n) {
      const char t = html[k];
      if (quote) {
        if (t == quote) quote = 0;
      } else if ((t == '"' || t == '\'') && last == '=') {
        quote = t;
      } else if (t == '>') {
        break;
      }
      if (!IsAsciiSpace(t)) last = t;
      ++k;
    }
    i = k < n ? k + 1 : n;
    if (!closing && (name == "script" || name == "style")) {
      const std::string end = "</" + name;
      size_t e = FindNoCase(html, end, i);
      if (e == std::string_view::npos) {
        i = n;
      } else {
        size_t gt = html.find('>', e);
        i = gt == std::string_view::npos ? n : gt + 1;
      }
    }
    if (!IsInlineHtml(name)) out.push_back(' ');
  }
  return CleanText(out);
}

std::string Clip(std::string_view s, size_t max_bytes) {
  std::string t = text::CollapseWhitespace(s);
  if (t.size() <= max_bytes) return t;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
  t.resize(cut);
  return t + "...";
}

Result<std::string> ResolveHttpUrl(std::string_view href,
                                   std::string_view base) {
  // Tabs and line breaks inside a link are dropped, as browsers do, and so
  // is the indentation around a line break (feeds wrap long links); then
  // the ends are trimmed.
  std::string h;
  h.reserve(href.size());
  for (size_t i = 0; i < href.size(); ++i) {
    const char c = href[i];
    if (c == '\n' || c == '\r') {
      while (!h.empty() && h.back() == ' ') h.pop_back();
      while (i + 1 < href.size() && (href[i + 1] == ' ' || href[i + 1] == '\t'))
        ++i;
      continue;
    }
    if (c != '\t') h.push_back(c);
  }
  size_t b = 0, e = h.size();
  while (b < e && static_cast<unsigned char>(h[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(h[e - 1]) <= 0x20) --e;
  h = text::SanitizeUtf8(std::string_view(h).substr(b, e - b));
  if (h.empty()) return InvalidArgument("empty link");
  if (h.size() > kMaxUrlBytes)
    return InvalidArgument("link longer than " + std::to_string(kMaxUrlBytes) +
                           " bytes");
  auto not_http = [&] {
    return InvalidArgument("link '" + Clip(h) + "' is not http or https");
  };
  if (size_t sl = SchemeLength(h)) {
    const std::string scheme = text::AsciiLower(h.substr(0, sl));
    if (scheme != "http:" && scheme != "https:") return not_http();
  } else if (base.empty()) {
    return InvalidArgument("relative link '" + Clip(h) +
                           "' and no base URL to resolve it against");
  }
  Result<std::string> resolved = ResolveUrl(base, EscapeExtraHashes(h));
  if (!resolved.ok()) {
    return InvalidArgument(SchemeLength(h) ? "unreadable link '" + Clip(h) + "'"
                                           : "relative link '" + Clip(h) +
                                                 "' and no usable base URL ('" +
                                                 Clip(base) + "')");
  }
  std::string out = std::move(resolved).value();
  const size_t sl = SchemeLength(out);
  const std::string scheme = text::AsciiLower(out.substr(0, sl));
  if (scheme != "http:" && scheme != "https:") return not_http();
  for (size_t i = 0; i < sl; ++i)
    out[i] =
        static_cast<char>(std::tolower(static_cast<unsigned char>(out[i])));
  if (!HasHost(out))
    return InvalidArgument("link '" + Clip(h) + "' has no host");
  if (out.size() > kMaxUrlBytes)
    return InvalidArgument("link longer than " + std::to_string(kMaxUrlBytes) +
                           " bytes");
  return out;
}

}  // namespace stet::feed
