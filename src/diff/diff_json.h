// JSON form of diffs and change summaries (schema: docs/json.md).
//
// Internal to the core library: the CLI and the server embed these objects
// in their own responses. Field names are a stable interface; add, never
// rename.
//
// Thread-safety: pure functions.
#ifndef STET_DIFF_DIFF_JSON_H_
#define STET_DIFF_DIFF_JSON_H_

#include <nlohmann/json.hpp>

#include "stet/diff.h"
#include "stet/model.h"

namespace stet {

nlohmann::json SummaryToJson(const ChangeSummary& s);
nlohmann::json WordsToJson(const std::vector<WordSegment>& words);
nlohmann::json DiffToJson(const ArticleDiff& d);

}  // namespace stet

#endif  // STET_DIFF_DIFF_JSON_H_
