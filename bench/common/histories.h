// Article histories for benchmarks: plausible edits of real article bodies.
//
// Thread-safety: functions of their arguments only.
#ifndef STET_BENCH_COMMON_HISTORIES_H_
#define STET_BENCH_COMMON_HISTORIES_H_

#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "stet/store.h"

namespace stet::bench {

// A new, empty SQLite store at `path` (an old one and its WAL removed).
inline Result<std::unique_ptr<Store>> FreshStore(const std::string& path) {
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
  return OpenSqliteStore(path);
}

// One plausible update: reword a sentence, add one, or drop one.
inline void Edit(std::vector<std::string>& paras, std::mt19937_64& rng,
                 const std::vector<std::string>& vocab) {
  if (paras.empty()) return;
  size_t p = rng() % paras.size();
  switch (rng() % 4) {
    case 0:
    case 1: {  // replace one or two words
      std::string& s = paras[p];
      for (int k = 0; k < 1 + int(rng() % 2); ++k) {
        size_t sp = s.find(' ', rng() % (s.size() + 1));
        if (sp == std::string::npos) sp = s.rfind(' ');
        if (sp == std::string::npos) break;
        size_t end = s.find(' ', sp + 1);
        s.replace(sp + 1, (end == std::string::npos ? s.size() : end) - sp - 1,
                  vocab[rng() % vocab.size()]);
      }
      break;
    }
    case 2: {  // add a sentence
      std::string add = "Officials said on " + vocab[rng() % vocab.size()] +
                        " that the " + vocab[rng() % vocab.size()] +
                        " would be reviewed.";
      paras.insert(paras.begin() + p, add);
      break;
    }
    case 3:
      if (paras.size() > 3) paras.erase(paras.begin() + p);
      break;
  }
}

}  // namespace stet::bench

#endif  // STET_BENCH_COMMON_HISTORIES_H_
