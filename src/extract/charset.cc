#include "extract/charset.h"

#include <iconv.h>
#include <uchardet.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include "stet/text.h"

namespace stet::extract {
namespace {

using text::AsciiLower;

std::string Trim(std::string_view s) {
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.front())) ||
                        s.front() == '"' || s.front() == '\''))
    s.remove_prefix(1);
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.back())) ||
                        s.back() == '"' || s.back() == '\'' || s.back() == ';'))
    s.remove_suffix(1);
  return std::string(s);
}

// Browsers treat these labels as windows-1252 (WHATWG Encoding standard);
// pages declare latin-1 and mean 1252 all the time.
std::string Canonical(std::string name) {
  name = AsciiLower(Trim(name));
  if (name == "utf8" || name == "unicode-1-1-utf-8") return "utf-8";
  if (name == "latin1" || name == "iso-8859-1" || name == "iso8859-1" ||
      name == "us-ascii" || name == "ascii" || name == "l1" || name == "cp1252")
    return "windows-1252";
  if (name == "x-sjis" || name == "shift-jis") return "shift_jis";
  return name;
}

// Converts with iconv; returns false if the charset is unknown or the bytes
// do not decode cleanly.
bool Convert(std::string_view in, const std::string& charset,
             std::string* out) {
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out->clear();
  out->resize(in.size() * 2 + 16);
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size();
  size_t used = 0;
  bool ok = true;
  while (src_left > 0) {
    char* dst = out->data() + used;
    size_t dst_left = out->size() - used;
    size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    used = out->size() - dst_left;
    if (r == static_cast<size_t>(-1)) {
      if (errno == E2BIG) {
        out->resize(out->size() * 2);
        continue;
      }
      ok = false;  // EILSEQ or EINVAL: not this charset
      break;
    }
  }
  iconv_close(cd);
  out->resize(used);
  return ok;
}

// <meta charset="x"> or <meta http-equiv="Content-Type" content="...;
// charset=x"> within the first bytes.
std::string CharsetFromMeta(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, 4096));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    std::string_view tag(head.data() + pos, end - pos);
    size_t cs = tag.find("charset");
    if (cs != std::string_view::npos) {
      size_t eq = tag.find('=', cs);
      if (eq != std::string_view::npos) {
        size_t v = eq + 1;
        while (v < tag.size() &&
               (tag[v] == ' ' || tag[v] == '"' || tag[v] == '\''))
          ++v;
        size_t ve = v;
        while (ve < tag.size() && !std::strchr("\"' ;/>", tag[ve])) ++ve;
        if (ve > v) return std::string(tag.substr(v, ve - v));
      }
    }
    pos = end;
  }
  return "";
}

std::string Detect(std::string_view bytes) {
  uchardet_t d = uchardet_new();
  uchardet_handle_data(d, bytes.data(),
                       std::min<size_t>(bytes.size(), 1 << 16));
  uchardet_data_end(d);
  std::string cs = uchardet_get_charset(d);
  uchardet_delete(d);
  return cs;
}

}  // namespace

std::string CharsetFromContentType(std::string_view ct) {
  std::string l = AsciiLower(ct);
  size_t p = l.find("charset=");
  if (p == std::string::npos) return "";
  std::string_view v = std::string_view(l).substr(p + 8);
  size_t e = v.find(';');
  return Trim(v.substr(0, e));
}

Decoded DecodeToUtf8(std::string_view bytes, std::string_view content_type) {
  Decoded out;
  // A BOM is the strongest evidence there is.
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    out.charset = "utf-8";
    out.utf8 = text::SanitizeUtf8(bytes.substr(3));
    return out;
  }
  if (bytes.size() >= 2 &&
      (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    std::string cs = bytes[0] == '\xFF' ? "utf-16le" : "utf-16be";
    if (Convert(bytes.substr(2), cs, &out.utf8)) {
      out.charset = cs;
      return out;
    }
  }
  for (std::string declared :
       {CharsetFromContentType(content_type), CharsetFromMeta(bytes)}) {
    if (declared.empty()) continue;
    declared = Canonical(declared);
    if (declared == "utf-8") {
      // Pages that say UTF-8 mostly are; a few bad bytes are replaced, but
      // a page that is mostly not UTF-8 was mislabelled: detect instead.
      if (text::IsValidUtf8(bytes)) {
        out.charset = "utf-8";
        out.utf8 = std::string(bytes);
        return out;
      }
      std::string clean = text::SanitizeUtf8(bytes);
      size_t bad = 0;
      for (size_t i = 0; i + 2 < clean.size(); ++i)
        bad += clean.compare(i, 3, "\xEF\xBF\xBD") == 0;
      if (bad * 200 < bytes.size()) {
        out.charset = "utf-8";
        out.utf8 = std::move(clean);
        return out;
      }
      continue;
    }
    if (Convert(bytes, declared, &out.utf8)) {
      out.charset = declared;
      out.utf8 = text::SanitizeUtf8(out.utf8);
      return out;
    }
  }
  if (text::IsValidUtf8(bytes)) {
    out.charset = "utf-8";
    out.utf8 = std::string(bytes);
    return out;
  }
  std::string detected = Canonical(Detect(bytes));
  if (!detected.empty() && detected != "utf-8" &&
      Convert(bytes, detected, &out.utf8)) {
    out.charset = detected;
    out.utf8 = text::SanitizeUtf8(out.utf8);
    return out;
  }
  out.charset = "utf-8";
  out.utf8 = text::SanitizeUtf8(bytes);
  return out;
}

}  // namespace stet::extract
