// Terminal rendering of an ArticleDiff.
#include <string>

#include "stet/diff.h"

namespace stet {
namespace {

constexpr const char* kRed = "\033[31m";
constexpr const char* kGreen = "\033[32m";
constexpr const char* kYellow = "\033[33m";
constexpr const char* kCyan = "\033[36m";
constexpr const char* kBold = "\033[1m";
constexpr const char* kReset = "\033[0m";

void AppendWords(const std::vector<WordSegment>& words, bool color,
                 std::string* out) {
  for (const WordSegment& w : words) {
    switch (w.op) {
      case WordOp::kEqual:
        *out += w.text;
        break;
      case WordOp::kDelete:
        if (color) {
          *out += kRed;
          *out += "\033[9m";  // strike-through where supported
          *out += w.text;
          *out += kReset;
        } else {
          *out += "[-" + w.text + "-]";
        }
        break;
      case WordOp::kInsert:
        if (color) {
          *out += kGreen;
          *out += kBold;
          *out += w.text;
          *out += kReset;
        } else {
          *out += "{+" + w.text + "+}";
        }
        break;
    }
  }
}

void AppendField(const char* name, const FieldChange& f, bool color,
                 std::string* out) {
  if (!f.changed) return;
  *out += name;
  *out += ": ";
  AppendWords(f.words, color, out);
  *out += "\n";
}

}  // namespace

std::string RenderDiffText(const ArticleDiff& d, bool color) {
  std::string out;
  AppendField("headline", d.headline, color, &out);
  AppendField("byline", d.byline, color, &out);
  if (!out.empty()) out += "\n";
  bool first = true;
  for (const DiffRow& r : d.rows) {
    bool para =
        r.new_index >= 0 ? r.paragraph_start_new : r.paragraph_start_old;
    if (para && !first) out += "\n";
    first = false;
    const std::string& old_text =
        r.old_index >= 0 ? d.old_sentences[r.old_index].text : std::string();
    const std::string& new_text =
        r.new_index >= 0 ? d.new_sentences[r.new_index].text : std::string();
    auto line = [&](const char* mark, const char* col, const std::string& body,
                    const std::string& note) {
      if (color && col) out += col;
      out += mark;
      out += ' ';
      out += body;
      if (!note.empty()) {
        out += "  (" + note + ")";
      }
      if (color && col) out += kReset;
      out += "\n";
    };
    switch (r.label) {
      case SentenceLabel::kUnchanged:
        line(" ", nullptr, new_text, "");
        break;
      case SentenceLabel::kAdded:
        line("+", kGreen, new_text, "");
        break;
      case SentenceLabel::kDeleted:
        line("-", kRed, old_text, "");
        break;
      case SentenceLabel::kEdited: {
        out += color ? std::string(kYellow) + "~" + kReset + " " : "~ ";
        AppendWords(r.words, color, &out);
        out += "\n";
        break;
      }
      case SentenceLabel::kMoved: {
        if (r.new_index < 0) {
          const DiffSentence& s = d.old_sentences[r.old_index];
          const DiffSentence& to = d.new_sentences[s.match];
          line("<", kCyan, old_text,
               "moved to paragraph " + std::to_string(to.paragraph + 1));
        } else {
          const DiffSentence& s = d.new_sentences[r.new_index];
          const DiffSentence& from = d.old_sentences[s.match];
          std::string note =
              "moved from paragraph " + std::to_string(from.paragraph + 1);
          if (r.words.empty()) {
            line(">", kCyan, new_text, note);
          } else {
            out += color ? std::string(kCyan) + ">" + kReset + " " : "> ";
            AppendWords(r.words, color, &out);
            out += "  (" + note + ", edited)\n";
          }
        }
        break;
      }
    }
  }
  return out;
}

}  // namespace stet
