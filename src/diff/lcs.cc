#include "diff/lcs.h"

#include <algorithm>

namespace stet::diff {

void CommonSubsequence(const uint64_t* a, int n, const uint64_t* b, int m,
                       int max_edits,
                       std::vector<std::pair<int, int>>* matches) {
  int prefix = 0;
  while (prefix < n && prefix < m && a[prefix] == b[prefix]) {
    matches->emplace_back(prefix, prefix);
    ++prefix;
  }
  int suffix = 0;
  while (suffix < n - prefix && suffix < m - prefix &&
         a[n - 1 - suffix] == b[m - 1 - suffix]) {
    ++suffix;
  }
  const int an = n - prefix - suffix;
  const int bm = m - prefix - suffix;
  const uint64_t* ap = a + prefix;
  const uint64_t* bp = b + prefix;

  if (an > 0 && bm > 0) {
    // Forward greedy Myers with one V snapshot per edit distance d, so the
    // path can be walked back. Memory O(D^2), fine with the max_edits cap.
    const int max_d = std::min(an + bm, std::max(max_edits, 1));
    const int offset = max_d + 1;
    std::vector<int> v(2 * max_d + 3, 0);
    std::vector<std::vector<int>> trace;
    int found_d = -1;
    for (int d = 0; d <= max_d && found_d < 0; ++d) {
      trace.push_back(v);
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
          x = v[offset + k + 1];  // down: insertion from b
        } else {
          x = v[offset + k - 1] + 1;  // right: deletion from a
        }
        int y = x - k;
        while (x < an && y < bm && ap[x] == bp[y]) {
          ++x;
          ++y;
        }
        v[offset + k] = x;
        if (x >= an && y >= bm) {
          found_d = d;
          break;
        }
      }
    }
    if (found_d >= 0) {
      // Walk back from (an, bm), collecting diagonal (matching) moves.
      std::vector<std::pair<int, int>> middle;
      int x = an, y = bm;
      for (int d = found_d; d > 0; --d) {
        const std::vector<int>& pv = trace[d];
        int k = x - y;
        int prev_k;
        if (k == -d || (k != d && pv[offset + k - 1] < pv[offset + k + 1])) {
          prev_k = k + 1;
        } else {
          prev_k = k - 1;
        }
        int prev_x = pv[offset + prev_k];
        int prev_y = prev_x - prev_k;
        while (x > prev_x && y > prev_y) {
          --x;
          --y;
          middle.emplace_back(x, y);
        }
        x = prev_x;
        y = prev_y;
      }
      while (x > 0 && y > 0) {
        --x;
        --y;
        middle.emplace_back(x, y);
      }
      for (auto it = middle.rbegin(); it != middle.rend(); ++it) {
        matches->emplace_back(it->first + prefix, it->second + prefix);
      }
    }
  }
  for (int s = suffix; s > 0; --s) {
    matches->emplace_back(n - s, m - s);
  }
}

}  // namespace stet::diff
