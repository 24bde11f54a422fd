// Search logic shared by every backend (src/store/search.cc): reading a
// query, telling whether a passage matches it and where, and naming a
// passage. The backends find candidates (SQLite through FTS5, the memory
// backend by scanning with MatchTerms); highlighting always uses MatchTerms,
// so what is marked is what the query asked for, whichever backend answered.
//
// Thread-safety: plain functions, no shared state.
#ifndef STET_SRC_STORE_SEARCH_H_
#define STET_SRC_STORE_SEARCH_H_

#include <string_view>
#include <vector>

#include "stet/result.h"
#include "stet/text.h"
#include "store/txn.h"

namespace stet::search {

// Longest query accepted, in bytes, and most terms: a search box, not a
// document. Longer queries are InvalidArgument errors.
inline constexpr size_t kMaxQueryBytes = 1000;
inline constexpr size_t kMaxTerms = 16;

// Splits a query into terms: each whitespace-separated chunk, or each
// "quoted phrase", is one term of its words (so "U.S." is the phrase u s);
// a chunk ending in '*' makes its last word a prefix. Fails on a query with
// no words, too long, or with too many terms.
Result<std::vector<SearchTerm>> ParseQuery(std::string_view query);

// Whether every term occurs in `words` (a passage's SearchWords); when it
// does and `marks` is not null, *marks gets the byte spans of every
// occurrence, in order, overlapping ones merged.
bool MatchTerms(const std::vector<text::SearchWord>& words,
                const std::vector<SearchTerm>& terms,
                std::vector<text::Span>* marks);

// Identifies a passage within its article; headlines hash apart from a
// paragraph with the same words.
uint64_t PassageHash(std::string_view text, bool headline);

}  // namespace stet::search

#endif  // STET_SRC_STORE_SEARCH_H_
