// JSON form of stories and their comparison across outlets (schema:
// docs/api.md, "Stories").
//
// Internal to the core library: `stet stories` / `stet story --json` print
// these objects and the API serves them with links added, so the two never
// drift apart. Field names are a stable interface; add, never rename.
//
// Thread-safety: pure functions.
#ifndef STET_STORY_STORY_JSON_H_
#define STET_STORY_STORY_JSON_H_

#include <nlohmann/json.hpp>

#include "stet/story.h"

namespace stet {

nlohmann::json StorySummaryToJson(const StorySummary& s);
// {"story", "articles", "articles_compared", "facts"}.
nlohmann::json ComparisonToJson(const StoryComparison& c);

}  // namespace stet

#endif  // STET_STORY_STORY_JSON_H_
