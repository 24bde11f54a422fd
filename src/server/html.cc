#include "server/html.h"

#include <cctype>

#include "stet/text.h"

namespace stet::server {

std::string Escape(std::string_view in) {
  std::string valid;
  if (!text::IsValidUtf8(in)) {
    valid = text::SanitizeUtf8(in);
    in = valid;
  }
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  for (char c : in) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        // Control characters other than tab and newline are not allowed in
        // XML 1.0; they never carry meaning in article text.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n')
          out += ' ';
        else
          out += c;
    }
  }
  return out;
}

std::string UrlEncode(std::string_view s) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string UrlDecode(std::string_view s) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 &&
               hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool IsWebUrl(std::string_view url) {
  std::string lower = text::AsciiLower(url.substr(0, 8));
  return lower.starts_with("http://") || lower.starts_with("https://");
}

std::string SummaryLine(const VersionInfo& v) {
  if (v.number == 1 || !v.has_change) return "first version";
  std::vector<std::string> parts;
  const ChangeSummary& c = v.change;
  auto sentences = [](int n, const char* what) {
    return std::to_string(n) + (n == 1 ? " sentence " : " sentences ") + what;
  };
  // "2 sentences added, 1 edited": the noun once, on the first part.
  bool noun = false;
  auto add = [&](int n, const char* what) {
    if (n <= 0) return;
    parts.push_back(noun ? std::to_string(n) + " " + what : sentences(n, what));
    noun = true;
  };
  add(c.added, "added");
  add(c.edited, "edited");
  add(c.deleted, "removed");
  add(c.moved, "moved");
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += ", ";
    out += parts[i];
  }
  std::vector<std::string> fields;
  if (c.headline_changed) fields.push_back("headline changed");
  if (c.byline_changed) fields.push_back("byline changed");
  for (const std::string& f : fields) out += (out.empty() ? "" : "; ") + f;
  if (v.kind == VersionKind::kRevert)
    out = "back to the text of version " + std::to_string(v.reverts_to) +
          (out.empty() ? "" : " (" + out + ")");
  else if (v.kind == VersionKind::kReextract)
    out = "read again by a newer extractor" +
          (out.empty() ? std::string() : " (" + out + ")");
  if (out.empty()) out = "whitespace or punctuation only";
  return out;
}

std::string WordsHtml(const std::vector<WordSegment>& words, int side) {
  std::string out;
  for (const WordSegment& w : words) {
    switch (w.op) {
      case WordOp::kEqual:
        out += Escape(w.text);
        break;
      case WordOp::kDelete:
        if (side <= 0) out += "<del>" + Escape(w.text) + "</del>";
        break;
      case WordOp::kInsert:
        if (side >= 0) out += "<ins>" + Escape(w.text) + "</ins>";
        break;
    }
  }
  return out;
}

}  // namespace stet::server
