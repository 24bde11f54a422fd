// Longest common subsequence of two key sequences (Myers' O(ND) algorithm).
//
// The shared matching core of the diff engine: word diffs run it over token
// hashes. Common prefix and suffix are trimmed first; if the middle needs
// more than `max_edits` insertions plus deletions, the middle is reported as
// entirely replaced, which bounds the cost of diffing unrelated texts.
//
// Thread-safety: pure function.
#ifndef STET_DIFF_LCS_H_
#define STET_DIFF_LCS_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace stet::diff {

// Appends to *matches the pairs (i, j) with a[i] == b[j] of one longest
// common subsequence, in increasing order of both.
void CommonSubsequence(const uint64_t* a, int n, const uint64_t* b, int m,
                       int max_edits,
                       std::vector<std::pair<int, int>>* matches);

}  // namespace stet::diff

#endif  // STET_DIFF_LCS_H_
