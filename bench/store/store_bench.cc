// Store benchmark: write and read throughput of the SQLite store, and the
// bytes a version costs, for histories of 10 versions per article built from
// real article bodies (AEB ground truth) with small edits between versions.
//
// usage: stet_store_bench --aeb PATH/ground-truth.json --db PATH [--versions
// 10] Prints one JSON object with the figures.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>

#include "common/histories.h"
#include "stet/store.h"
#include "stet/text.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::string aeb, db = "store_bench.db";
  int versions = 10;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--aeb") aeb = argv[i + 1];
    if (a == "--db") db = argv[i + 1];
    if (a == "--versions") versions = std::stoi(argv[i + 1]);
  }
  std::ifstream in(aeb);
  if (!in) {
    std::cerr << "store_bench: cannot read " << aeb << "\n";
    return 1;
  }
  nlohmann::json gt = nlohmann::json::parse(in);
  std::vector<std::vector<std::string>> bodies;
  std::vector<std::string> vocab;
  for (auto& [id, v] : gt.items()) {
    auto paras =
        stet::text::SplitParagraphs(v["articleBody"].get<std::string>());
    if (paras.size() < 3) continue;
    for (const auto& w : stet::text::FoldedWords(paras[0])) vocab.push_back(w);
    bodies.push_back(std::move(paras));
  }
  std::mt19937_64 rng(1);
  // Histories: every article, `versions` versions, one hour apart.
  std::vector<stet::Observation> obs;
  int64_t raw_bytes = 0;
  for (size_t a = 0; a < bodies.size(); ++a) {
    std::vector<std::string> paras = bodies[a];
    for (int v = 0; v < versions; ++v) {
      if (v) stet::bench::Edit(paras, rng, vocab);
      stet::Observation o;
      o.url = "https://bench.example/" + std::to_string(a);
      o.source = "bench";
      o.seen_at = 1600000000 + v * 3600;
      o.text.headline = "Article " + std::to_string(a);
      o.text.paragraphs = paras;
      for (const auto& p : paras)
        raw_bytes += static_cast<int64_t>(p.size()) + 1;
      raw_bytes += static_cast<int64_t>(o.text.headline.size());
      obs.push_back(std::move(o));
    }
  }
  // Time order, as a watcher would see them.
  std::stable_sort(obs.begin(), obs.end(), [](const auto& x, const auto& y) {
    return x.seen_at < y.seen_at;
  });
  auto store = stet::bench::FreshStore(db);
  if (!store.ok()) {
    std::cerr << store.status().message() << "\n";
    return 1;
  }
  // Writes: one transaction per observation, as `stet watch` commits.
  auto t0 = Clock::now();
  int64_t versions_stored = 0;
  for (const auto& o : obs) {
    auto r = (*store)->Record(o);
    if (!r.ok()) {
      std::cerr << r.status().message() << "\n";
      return 1;
    }
    versions_stored += r->outcome != stet::RecordOutcome::kUnchanged;
  }
  auto t1 = Clock::now();
  // Batched writes (import): a fresh database, one transaction per 2000.
  std::string db2 = db + ".batch";
  std::filesystem::remove(db2);
  auto store2 = stet::OpenSqliteStore(db2);
  auto t2 = Clock::now();
  for (size_t i = 0; i < obs.size(); i += 2000) {
    std::vector<stet::Observation> chunk(
        obs.begin() + i, obs.begin() + std::min(obs.size(), i + 2000));
    auto r = (*store2)->RecordBatch(chunk);
    if (!r.ok()) return 1;
  }
  auto t3 = Clock::now();
  store2->reset();
  std::filesystem::remove(db2);
  std::filesystem::remove(db2 + "-wal");
  std::filesystem::remove(db2 + "-shm");
  // Reads: every version of every article.
  stet::ArticleFilter f;
  f.limit = 1 << 30;
  auto arts = (*store)->ListArticles(f);
  auto t4 = Clock::now();
  int64_t read = 0, read_bytes = 0;
  for (const auto& a : *arts) {
    for (int v = 1; v <= a.version_count; ++v) {
      auto ver = (*store)->LoadVersion(a.id, v);
      if (!ver.ok()) return 1;
      ++read;
      for (const auto& p : ver->text.paragraphs) read_bytes += p.size();
    }
  }
  auto t5 = Clock::now();
  auto stats = (*store)->Stats();
  store->reset();
  int64_t file = std::filesystem::file_size(db);
  nlohmann::json out = {
      {"articles", bodies.size()},
      {"observations", obs.size()},
      {"versions", stats->versions},
      {"raw_text_bytes", raw_bytes},
      {"raw_bytes_per_version", double(stats->text_bytes) / stats->contents},
      {"stored_bytes", stats->stored_bytes},
      {"stored_bytes_per_version",
       double(stats->stored_bytes) / stats->contents},
      {"file_bytes", file},
      {"file_bytes_per_version", double(file) / stats->versions},
      {"write_per_s_one_txn_each", obs.size() / Seconds(t0, t1)},
      {"write_per_s_batched", obs.size() / Seconds(t2, t3)},
      {"read_versions_per_s", read / Seconds(t4, t5)},
      {"read_mb_per_s", read_bytes / 1e6 / Seconds(t4, t5)},
  };
  std::cout << out.dump(2) << "\n";
  return 0;
}
