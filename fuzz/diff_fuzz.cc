// libFuzzer target: the diff engine on two arbitrary versions (the input is
// split at the first NUL byte; lines are paragraphs, the first the headline).
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "stet/diff.h"
#include "stet/text.h"

#define CHECK(cond) \
  if (!(cond)) std::abort()

namespace {

stet::VersionText Parse(std::string_view raw) {
  std::string s = stet::text::SanitizeUtf8(raw);
  stet::VersionText v;
  size_t nl = s.find('\n');
  v.headline = stet::text::CollapseWhitespace(s.substr(0, nl));
  if (nl != std::string::npos)
    v.paragraphs = stet::text::SplitParagraphs(s.substr(nl + 1));
  return v;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  size_t cut = in.find('\0');
  stet::VersionText a = Parse(in.substr(0, cut));
  stet::VersionText b = Parse(
      cut == std::string_view::npos ? std::string_view() : in.substr(cut + 1));
  stet::ArticleDiff d = stet::Diff(a, b);
  CHECK(d.summary == stet::Summarize(a, b));
  // Every sentence appears in exactly the rows that the labels promise.
  size_t old_rows = 0, new_rows = 0;
  for (const stet::DiffRow& r : d.rows) {
    old_rows += r.old_index >= 0;
    new_rows += r.new_index >= 0;
    if (!r.words.empty()) {
      std::string from, to;
      for (const auto& w : r.words) {
        if (w.op != stet::WordOp::kInsert) from += w.text;
        if (w.op != stet::WordOp::kDelete) to += w.text;
      }
      CHECK(r.new_index >= 0 && to == d.new_sentences[r.new_index].text);
      int old_index =
          r.old_index >= 0 ? r.old_index : d.new_sentences[r.new_index].match;
      CHECK(old_index >= 0 && from == d.old_sentences[old_index].text);
    }
  }
  CHECK(old_rows == d.old_sentences.size());
  CHECK(new_rows == d.new_sentences.size());
  // Identity: a version diffed with itself is all unchanged.
  stet::ChangeSummary same = stet::Summarize(a, a);
  CHECK(same.added == 0 && same.deleted == 0 && same.edited == 0 &&
        same.moved == 0);
  return 0;
}
