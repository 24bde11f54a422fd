// `stet watch` end to end, against a local server whose articles change
// while the watcher is killed with SIGKILL at random moments (labelled slow).
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "stet/fetch.h"
#include "stet/store.h"
#include "stet/url.h"
#include "test_server.h"
#include "watch/source.h"
#include "watch/watcher.h"

namespace stet {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr int kArticles = 40;

std::string Body(int article, int edition) {
  return "<html><head><title>Story " + std::to_string(article) +
         "</title></head><body><article><h1>Story " + std::to_string(article) +
         "</h1><p>Boris Johnson and his Russian counterpart Sergei Lavrov have "
         "sparred over the "
         "issue of alleged Russian meddling in the Brexit referendum during "
         "the first visit by a "
         "British foreign secretary to Moscow for five years.</p><p>This is "
         "edition " +
         std::to_string(edition) + " of story " + std::to_string(article) +
         ", as the page said it then.</p></article></body></html>";
}

class WatchKillTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        (fs::temp_directory_path() / ("stet_watch_" + std::to_string(getpid())))
            .string();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = dir_ + "/stet.db";
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Starts `stet watch`; its stdout (JSON lines) goes to `log`.
  pid_t StartWatch(const std::string& log, bool until_idle = false) {
    pid_t pid = fork();
    if (pid == 0) {
      int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
      dup2(fd, 1);
      int null = ::open("/dev/null", O_WRONLY);
      dup2(null, 2);
      std::vector<const char*> argv = {STET_BINARY, "watch",      "--json",
                                       "--db",      db_.c_str(),  "--delay-ms",
                                       "0",         "--per-host", "8",
                                       "--lease",   "1"};
      if (until_idle) argv.push_back("--until-idle");
      argv.push_back(nullptr);
      execv(STET_BINARY, const_cast<char* const*>(argv.data()));
      _exit(127);
    }
    return pid;
  }

  std::string dir_, db_;
};

TEST_F(WatchKillTest, KilledAtRandomMomentsLosesNoAcknowledgedVersion) {
  auto server_or = TestServer::Start();
  ASSERT_TRUE(server_or.ok()) << server_or.status().message();
  TestServer& server = **server_or;
  // The articles change on a timeline the test moves; what was served is
  // remembered per article.
  std::atomic<int> edition{1};
  std::mutex mu;
  std::map<std::string, std::set<int>> served;  // path -> editions served
  std::string rss =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>";
  for (int i = 0; i < kArticles; ++i) {
    std::string path = "/a/" + std::to_string(i);
    rss += "<item><link>" + server.Url(path) + "</link></item>";
    server.SetHandler(path, [&, i, path](const TestRequest&) {
      int e = edition.load();
      // Each article moves on only every few editions, at its own pace.
      int own = e / (1 + i % 3);
      {
        std::lock_guard<std::mutex> lock(mu);
        served[path].insert(own);
      }
      return TestReply::Ok(Body(i, own));
    });
  }
  rss += "</channel></rss>";
  server.Set("/rss", TestReply::Ok(rss, "application/rss+xml"));

  {
    // A source re-checked every second (faster than `stet source add`
    // allows, so written straight to the store).
    auto store = OpenSqliteStore(db_);
    ASSERT_TRUE(store.ok());
    watch::SourceSpec spec;
    spec.feeds = {server.Url("/rss")};
    spec.allow_private = true;
    spec.schedule.after_change = 1;
    spec.schedule.feed_interval = 1;
    spec.schedule.backoff = 1.0;
    spec.schedule.retry_after_failure = 1;
    auto id = (*store)->SaveSource("local", watch::SourceSpecToJson(spec), 0);
    ASSERT_TRUE(id.ok());
    Scheduled feed;
    feed.url = spec.feeds[0];
    feed.source_id = *id;
    feed.kind = ScheduleKind::kFeed;
    feed.interval = 1;
    ASSERT_TRUE((*store)->Schedule({feed}).ok());
  }

  const std::string log = dir_ + "/watch.log";
  std::mt19937 rng(20171222);
  std::uniform_int_distribution<int> run_ms(50, 1200);
  int kills = 0;
  for (int round = 0; round < 12; ++round) {
    pid_t pid = StartWatch(log);
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(run_ms(rng)));
    edition.fetch_add(1);
    std::this_thread::sleep_for(std::chrono::milliseconds(run_ms(rng)));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    kills += WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  }
  // A last run that stops gracefully on SIGTERM.
  pid_t pid = StartWatch(log);
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status)) << "stet watch did not exit on SIGTERM";
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_GE(kills, 10);

  // What stet acknowledged (logged after each commit).
  std::map<std::string, std::set<int>> acknowledged;  // url -> version numbers
  std::ifstream in(log);
  std::string line;
  int lines = 0;
  while (std::getline(in, line)) {
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;  // a line cut by SIGKILL
    if (!j.contains("version")) continue;
    ++lines;
    auto [it, fresh] = acknowledged[j["url"].get<std::string>()].insert(
        j["version"].get<int>());
    EXPECT_TRUE(fresh) << "version acknowledged twice: " << line;
  }
  EXPECT_GE(lines, kArticles);

  auto store = OpenSqliteStore(db_);
  ASSERT_TRUE(store.ok()) << store.status().message();
  int versions_total = 0;
  for (int i = 0; i < kArticles; ++i) {
    std::string path = "/a/" + std::to_string(i);
    std::string url = server.Url(path);
    auto a = (*store)->FindArticle(url);
    ASSERT_TRUE(a.ok()) << url << " was never recorded";
    auto versions = (*store)->ListVersions(a->id);
    ASSERT_TRUE(versions.ok());
    versions_total += static_cast<int>(versions->size());
    // Every acknowledged version is there.
    for (int v : acknowledged[url])
      EXPECT_LE(v, static_cast<int>(versions->size())) << url;
    // Each stored version is an edition the server served, once, in order.
    std::set<int> editions;
    int last = -1;
    for (const VersionInfo& v : *versions) {
      auto full = (*store)->LoadVersion(a->id, v.number);
      ASSERT_TRUE(full.ok());
      const std::string& p = full->text.paragraphs.back();
      size_t at = p.find("edition ");
      ASSERT_NE(at, std::string::npos) << p;
      int e = std::stoi(p.substr(at + 8));
      EXPECT_TRUE(served[path].count(e))
          << url << " edition " << e << " was never served";
      EXPECT_TRUE(editions.insert(e).second)
          << url << " edition " << e << " stored twice";
      EXPECT_GT(e, last) << url;
      last = e;
    }
  }
  EXPECT_GT(versions_total, kArticles);  // some articles changed while watched
  std::fprintf(
      stderr,
      "[ watch ] %d kills, %d versions of %d articles, %d acknowledged\n",
      kills, versions_total, kArticles, lines);
}

}  // namespace
}  // namespace stet

namespace stet {
namespace {

// The watcher with the real HTTP client against a server that misbehaves.
class WatchServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = TestServer::Start();
    ASSERT_TRUE(s.ok()) << s.status().message();
    server_ = std::move(*s);
    auto http = NewCurlHttpClient();
    ASSERT_TRUE(http.ok());
    http_ = std::move(*http);
    store_ = NewMemoryStore();
  }
  void Add(watch::SourceSpec spec) {
    spec.allow_private = true;
    ASSERT_TRUE(watch::AddSource(*store_, "local", spec, clock_.Now()).ok());
  }
  watch::WatchOptions Fast() {
    watch::WatchOptions o;
    o.host_delay_ms = 0;
    o.per_host = 8;
    o.fetch.total_timeout_ms = 2000;
    o.fetch.max_body_bytes = 2000000;
    return o;
  }
  void Run(watch::Watcher& w, int max_checks = 1000000) {
    for (int i = 0; i < 2000; ++i) {
      ASSERT_TRUE(w.Step(50).ok());
      if (w.counters().checked >= max_checks) w.Drain();
      if (w.Idle() && (w.counters().checked >= max_checks ||
                       store_->GetScheduleStatus(clock_.Now())->due == 0))
        return;
    }
    FAIL() << "the watcher did not settle";
  }
  std::optional<Scheduled> Row(const std::string& path) {
    return *store_->ScheduledUrl(*CanonicalUrl(server_->Url(path)));
  }

  FakeClock clock_{1500000000};
  std::unique_ptr<TestServer> server_;
  std::unique_ptr<HttpClient> http_;
  std::unique_ptr<Store> store_;
};

TEST_F(WatchServerTest, AFeedWithThousandsOfItemsAndATruncatedOne) {
  std::string big =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>";
  for (int i = 0; i < 3000; ++i)
    big += "<item><link>" + server_->Url("/n/" + std::to_string(i)) +
           "</link></item>";
  big += "</channel></rss>";
  server_->Set("/big", TestReply::Ok(big, "application/rss+xml"));
  std::string cut =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><link>" +
      server_->Url("/t/1") + "</link></item><item><link>" +
      server_->Url("/t/2") + "</link></item><item><link>" +
      server_->Url("/t/3");
  server_->Set("/cut", TestReply::Ok(cut, "application/rss+xml"));
  watch::SourceSpec spec;
  spec.feeds = {server_->Url("/big"), server_->Url("/cut")};
  Add(spec);
  watch::Watcher w(*store_, *http_, clock_, Fast());
  Run(w, 2);  // the two feeds only
  auto st = store_->GetScheduleStatus(clock_.Now());
  // Feeds, big's items, cut's two whole items (some items may already have
  // been checked and found missing by the time the feeds are done).
  EXPECT_EQ(st->active + st->removed, 2 + 3000 + 2);
  EXPECT_TRUE(Row("/t/2").has_value());
  EXPECT_FALSE(Row("/t/3").has_value());
}

TEST_F(WatchServerTest, RedirectsBombsErrorsAndWrongContent) {
  const std::string page = Body(1, 1);
  server_->Set("/moved", TestReply::Redirect(
                             server_->UrlAt("localhost", "/new-home"), 301));
  server_->Set("/new-home", TestReply::Ok(page));
  server_->Set("/loop", TestReply::Redirect("/loop"));
  TestReply bomb = TestReply::Ok("");
  bomb.gzip_zeros = 1000000000;
  server_->Set("/bomb", bomb);
  server_->Set("/error", TestReply::Status(500));
  server_->Set("/json",
               TestReply::Ok("{\"not\": \"a page\"}", "application/json"));
  watch::SourceSpec spec;
  spec.urls = {server_->Url("/moved"), server_->Url("/loop"),
               server_->Url("/bomb"), server_->Url("/error"),
               server_->Url("/json")};
  Add(spec);
  watch::Watcher w(*store_, *http_, clock_, Fast());
  Run(w);
  // Followed to another host: recorded, under the address followed, and said.
  auto moved = store_->FindArticle(*CanonicalUrl(server_->Url("/moved")));
  ASSERT_TRUE(moved.ok());
  EXPECT_EQ(moved->version_count, 1);
  bool redirected = false;
  auto events = store_->RecentEvents(50);  // kept alive for the loop
  ASSERT_TRUE(events.ok());
  for (const WatchEvent& e : *events)
    redirected |= e.kind == EventKind::kRedirected &&
                  e.detail.find("/new-home") != std::string::npos;
  EXPECT_TRUE(redirected);
  EXPECT_THAT(Row("/loop")->last_error, ::testing::HasSubstr("redirect"));
  EXPECT_THAT(Row("/bomb")->last_error, ::testing::HasSubstr("MB"));
  EXPECT_EQ(Row("/bomb")->failures, 1);
  EXPECT_EQ(Row("/error")->last_status, 500);
  EXPECT_EQ(Row("/error")->failures, 1);
  EXPECT_FALSE(Row("/json")->last_error.empty());  // refused by the extractor
  EXPECT_FALSE(store_->FindArticle(*CanonicalUrl(server_->Url("/json"))).ok());
  EXPECT_EQ(w.counters().changed, 1);
}

}  // namespace
}  // namespace stet
