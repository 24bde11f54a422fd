// SplitParagraphs().
#include <string>
#include <string_view>
#include <vector>

#include "stet/text.h"
#include "text/unicode.h"

namespace stet::text {
namespace {

struct Line {
  size_t begin;
  size_t end;  // excludes the terminator
  bool blank;
  // U+2029 PARAGRAPH SEPARATOR ends a paragraph just like a blank line.
  bool paragraph_break_after;
};

// Splits on LF, CR, CRLF, NEL (U+0085), LS (U+2028) and PS (U+2029).
std::vector<Line> SplitLines(std::string_view body) {
  const auto* b = reinterpret_cast<const unsigned char*>(body.data());
  const size_t n = body.size();
  const unsigned char* end = b + n;
  std::vector<Line> lines;
  size_t start = 0;
  bool blank = true;
  size_t i = 0;
  auto finish = [&](size_t line_end, bool para_break) {
    lines.push_back({start, line_end, blank, para_break});
    blank = true;
  };
  while (i < n) {
    const unsigned char c = b[i];
    if (c == '\n') {
      finish(i, false);
      start = ++i;
      continue;
    }
    if (c == '\r') {
      finish(i, false);
      i += (i + 1 < n && b[i + 1] == '\n') ? 2 : 1;
      start = i;
      continue;
    }
    if (c < 0x80) {
      if (!(c == ' ' || (c >= 0x09 && c <= 0x0D))) blank = false;
      ++i;
      continue;
    }
    const internal::Decoded d = internal::Decode(b + i, end);
    if (d.valid && (d.cp == 0x85 || d.cp == 0x2028 || d.cp == 0x2029)) {
      finish(i, d.cp == 0x2029);
      i += d.len;
      start = i;
      continue;
    }
    // A lone BOM (e.g. at the start of a file) does not make a line
    // non-blank.
    if (!(d.valid && (internal::IsSpaceCp(d.cp) || d.cp == 0xFEFF))) {
      blank = false;
    }
    i += d.len;
  }
  if (start < n) finish(n, false);
  return lines;
}

}  // namespace

std::vector<std::string> SplitParagraphs(std::string_view body) {
  // A leading byte-order mark is an encoding artefact, not text.
  if (body.size() >= 3 && body.substr(0, 3) == "\xEF\xBB\xBF") {
    body.remove_prefix(3);
  }
  const std::vector<Line> lines = SplitLines(body);

  // Blank-line mode needs a blank line (or U+2029) between two non-blank
  // lines; trailing or leading blank lines alone don't turn a one-per-line
  // text into a single paragraph.
  bool blocks = false;
  {
    bool seen_text = false;
    bool gap = false;
    for (const Line& l : lines) {
      if (l.blank) {
        if (seen_text) gap = true;
      } else {
        if (gap) {
          blocks = true;
          break;
        }
        seen_text = true;
      }
      if (l.paragraph_break_after && seen_text) gap = true;
    }
  }

  std::vector<std::string> out;
  auto emit = [&](size_t begin, size_t end) {
    std::string p = CollapseWhitespace(body.substr(begin, end - begin));
    // Stray BOMs are invisible; a paragraph of nothing else is empty.
    if (!p.empty() && p != "\xEF\xBB\xBF") out.push_back(std::move(p));
  };
  if (!blocks) {
    for (const Line& l : lines) {
      if (!l.blank) emit(l.begin, l.end);
    }
    return out;
  }
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].blank) {
      ++i;
      continue;
    }
    const size_t first = i;
    while (i + 1 < lines.size() && !lines[i].paragraph_break_after &&
           !lines[i + 1].blank) {
      ++i;
    }
    // Line terminators inside the block are whitespace, so collapsing the
    // raw range joins the lines with single spaces.
    emit(lines[first].begin, lines[i].end);
    ++i;
  }
  return out;
}

}  // namespace stet::text
