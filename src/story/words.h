// Words the story module leaves out: they carry no event.
//
// Thread-safety: read-only after first use.
#ifndef STET_STORY_WORDS_H_
#define STET_STORY_WORDS_H_

#include <string_view>
#include <unordered_set>

namespace stet {

// English function words, the reporting verbs every story uses and what is
// left of a web address that leaked into the text, as folded keys
// (text::SearchKey). Other languages rely on document frequency alone.
const std::unordered_set<std::string_view>& Stopwords();

}  // namespace stet

#endif  // STET_STORY_WORDS_H_
