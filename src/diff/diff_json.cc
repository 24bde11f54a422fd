#include "diff/diff_json.h"

namespace stet {
namespace {

const char* OpName(WordOp op) {
  switch (op) {
    case WordOp::kEqual:
      return "equal";
    case WordOp::kInsert:
      return "insert";
    case WordOp::kDelete:
      return "delete";
  }
  return "equal";
}

nlohmann::json FieldToJson(const FieldChange& f) {
  nlohmann::json j = {
      {"changed", f.changed}, {"old", f.old_text}, {"new", f.new_text}};
  if (f.changed) j["words"] = WordsToJson(f.words);
  return j;
}

nlohmann::json SideToJson(const std::vector<DiffSentence>& v) {
  nlohmann::json a = nlohmann::json::array();
  for (const DiffSentence& s : v) {
    nlohmann::json j = {{"text", s.text},
                        {"paragraph", s.paragraph},
                        {"label", SentenceLabelName(s.label)}};
    if (s.match >= 0) {
      j["match"] = s.match;
      j["similarity"] = std::round(s.similarity * 1000) / 1000;
    } else {
      j["match"] = nullptr;
    }
    a.push_back(std::move(j));
  }
  return a;
}

}  // namespace

nlohmann::json SummaryToJson(const ChangeSummary& s) {
  return {{"unchanged", s.unchanged},
          {"edited", s.edited},
          {"added", s.added},
          {"deleted", s.deleted},
          {"moved", s.moved},
          {"chars_added", s.chars_added},
          {"chars_removed", s.chars_removed},
          {"headline_changed", s.headline_changed},
          {"byline_changed", s.byline_changed}};
}

nlohmann::json WordsToJson(const std::vector<WordSegment>& words) {
  nlohmann::json a = nlohmann::json::array();
  for (const WordSegment& w : words) {
    a.push_back({{"op", OpName(w.op)}, {"text", w.text}});
  }
  return a;
}

nlohmann::json DiffToJson(const ArticleDiff& d) {
  nlohmann::json rows = nlohmann::json::array();
  for (const DiffRow& r : d.rows) {
    nlohmann::json j = {{"label", SentenceLabelName(r.label)}};
    j["old"] = r.old_index >= 0 ? nlohmann::json(r.old_index) : nullptr;
    j["new"] = r.new_index >= 0 ? nlohmann::json(r.new_index) : nullptr;
    j["paragraph_start_old"] = r.paragraph_start_old;
    j["paragraph_start_new"] = r.paragraph_start_new;
    if (!r.words.empty()) j["words"] = WordsToJson(r.words);
    rows.push_back(std::move(j));
  }
  return {{"headline", FieldToJson(d.headline)},
          {"byline", FieldToJson(d.byline)},
          {"summary", SummaryToJson(d.summary)},
          {"old_sentences", SideToJson(d.old_sentences)},
          {"new_sentences", SideToJson(d.new_sentences)},
          {"rows", std::move(rows)}};
}

}  // namespace stet
