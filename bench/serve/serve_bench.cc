// Builds the store the serving benchmark reads (bench/serve/run.sh): many
// articles with several versions each, from real article bodies (AEB ground
// truth) edited plausibly between versions, spread over a few sources. Also
// writes the request paths wrk picks from, one file per kind of page.
//
// usage: stet_serve_bench --aeb PATH/ground-truth.json --db PATH
//          --paths DIR [--articles 100000] [--versions 4] [--sources 10]
// Prints one JSON object: what was built and how long it took.
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>

#include "common/histories.h"
#include "stet/store.h"
#include "stet/text.h"

int main(int argc, char** argv) {
  std::string aeb, db, paths_dir;
  int articles = 100000, versions = 4, sources = 10;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--aeb") aeb = argv[i + 1];
    if (a == "--db") db = argv[i + 1];
    if (a == "--paths") paths_dir = argv[i + 1];
    if (a == "--articles") articles = std::stoi(argv[i + 1]);
    if (a == "--versions") versions = std::stoi(argv[i + 1]);
    if (a == "--sources") sources = std::stoi(argv[i + 1]);
  }
  std::ifstream in(aeb);
  if (!in || db.empty() || paths_dir.empty() || versions < 2) {
    std::cerr << "usage: stet_serve_bench --aeb ground-truth.json --db PATH "
                 "--paths DIR [--articles N] [--versions N>=2] [--sources N]\n";
    return 2;
  }
  nlohmann::json gt = nlohmann::json::parse(in);
  std::vector<std::vector<std::string>> bodies;
  std::vector<std::string> headlines, vocab;
  for (auto& [id, v] : gt.items()) {
    auto paras =
        stet::text::SplitParagraphs(v["articleBody"].get<std::string>());
    if (paras.size() < 3) continue;
    for (const auto& w : stet::text::FoldedWords(paras[0])) vocab.push_back(w);
    // A headline from the body's first words.
    auto words = stet::text::FoldedWords(paras[0]);
    std::string h;
    for (size_t k = 0; k < words.size() && k < 9; ++k)
      h += (k ? " " : "") + words[k];
    headlines.push_back(h);
    bodies.push_back(std::move(paras));
  }
  auto store = stet::bench::FreshStore(db);
  if (!store.ok()) {
    std::cerr << store.status().message() << "\n";
    return 1;
  }
  std::mt19937_64 rng(1);
  const auto t0 = std::chrono::steady_clock::now();
  const stet::Timestamp base = 1700000000;
  std::vector<stet::Observation> batch;
  int64_t stored = 0;
  // Versions each article ended with (an edit may change nothing).
  std::vector<int> version_count(static_cast<size_t>(articles), 0);
  auto flush = [&]() -> bool {
    auto r = (*store)->RecordBatch(batch);
    if (!r.ok()) {
      std::cerr << r.status().message() << "\n";
      return false;
    }
    for (const auto& one : *r) {
      if (!one.ok()) continue;
      ++stored;
      version_count[static_cast<size_t>(one->article_id - 1)] = one->version;
    }
    batch.clear();
    return true;
  };
  for (int a = 0; a < articles; ++a) {
    const size_t b = static_cast<size_t>(a) % bodies.size();
    std::vector<std::string> paras = bodies[b];
    for (int v = 0; v < versions; ++v) {
      if (v) stet::bench::Edit(paras, rng, vocab);
      stet::Observation o;
      o.source = "source" + std::to_string(a % sources);
      o.url = "https://" + o.source + ".example/news/" + std::to_string(a);
      // One article a minute; versions an hour or so apart.
      o.seen_at =
          base + a * 60 + v * (3000 + static_cast<int64_t>(rng() % 1200));
      o.text.headline = headlines[b] + " (" + std::to_string(a) + ")";
      o.text.paragraphs = paras;
      batch.push_back(std::move(o));
    }
    if (batch.size() >= 2000 && !flush()) return 1;
  }
  if (!batch.empty() && !flush()) return 1;
  const double build_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count();
  // The search index, built as `stet serve` or `stet search` would build it
  // on first use.
  const auto i0 = std::chrono::steady_clock::now();
  auto indexed = (*store)->UpdateSearchIndex();
  if (!indexed.ok()) {
    std::cerr << indexed.status().message() << "\n";
    return 1;
  }
  const double index_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - i0)
          .count();
  auto stats = (*store)->Stats();
  store->reset();

  // Closed, the index's log is folded into its file: measure the file.
  std::error_code ec;
  const auto index_bytes = std::filesystem::file_size(db + ".search", ec);
  // Request paths, one file per kind; wrk picks among them at random.
  std::filesystem::create_directories(paths_dir);
  std::mt19937_64 pick(2);
  auto write = [&](const std::string& kind, auto make) {
    std::ofstream out(paths_dir + "/" + kind + ".txt");
    for (int i = 0; i < 2000; ++i) out << make() << "\n";
  };
  // Article ids follow insertion order: 1..articles.
  auto article = [&] { return 1 + static_cast<int64_t>(pick() % articles); };
  write("home", [&] {
    // Mostly the first page, as readers do; sometimes a later one.
    int page = pick() % 4 ? 1 : 2 + static_cast<int>(pick() % 20);
    return page == 1 ? std::string("/") : "/?page=" + std::to_string(page);
  });
  write("article", [&] { return "/article/" + std::to_string(article()); });
  write("diff", [&] {
    int64_t a = article();
    while (version_count[static_cast<size_t>(a - 1)] < 2) a = article();
    const int n = version_count[static_cast<size_t>(a - 1)];
    int to = 2 + static_cast<int>(pick() % (n - 1));
    return "/article/" + std::to_string(a) + "/diff/" + std::to_string(to - 1) +
           ".." + std::to_string(to);
  });
  write("api_changes", [&] {
    return "/api/v1/changes?source=source" + std::to_string(pick() % sources) +
           "&limit=20";
  });
  // Searches as readers type them: a word, two words, or a quoted phrase
  // from some paragraph; 1 in 5 asks for removed text only, 1 in 5 for the
  // newest first.
  auto encode = [](const std::string& q) {
    std::string out;
    for (unsigned char c : q) {
      if (std::isalnum(c) || c == '-' || c == '.' || c == '_') {
        out += static_cast<char>(c);
      } else {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", c);
        out += buf;
      }
    }
    return out;
  };
  write("search", [&] {
    std::vector<std::string> words;
    while (words.size() < 2) {
      const auto& body = bodies[pick() % bodies.size()];
      words = stet::text::FoldedWords(body[pick() % body.size()]);
      std::erase_if(words, [](const std::string& w) { return w.size() < 4; });
    }
    const size_t at = pick() % (words.size() - 1);
    std::string q;
    switch (pick() % 20) {
      case 0:
      case 1:
      case 2:  // a phrase
        q = "\"" + words[at] + " " + words[at + 1] + "\"";
        break;
      case 3:
      case 4:
      case 5:
      case 6:
      case 7:  // two words of one paragraph
        q = words[at] + " " + words[pick() % words.size()];
        break;
      default:
        q = words[at];
    }
    std::string path = "/search?q=" + encode(q);
    const int mode = static_cast<int>(pick() % 5);
    if (mode == 0) path += "&removed=1";
    if (mode == 1) path += "&sort=new";
    return path;
  });
  nlohmann::json out = {{"articles", articles},
                        {"index_s", index_s},
                        {"index_bytes", index_bytes},
                        {"versions_per_article", versions},
                        {"sources", sources},
                        {"versions", stats.ok() ? stats->versions : 0},
                        {"recorded", stored},
                        {"build_s", build_s},
                        {"db_bytes", std::filesystem::file_size(db)},
                        {"bodies", bodies.size()}};
  std::cout << out.dump(2) << "\n";
  return 0;
}
