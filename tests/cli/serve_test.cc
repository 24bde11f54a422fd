// `stet serve` end to end: the real binary over HTTP on 127.0.0.1, on a
// database the CLI imported (labelled slow).
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <thread>

namespace stet {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        (fs::temp_directory_path() / ("stet_serve_" + std::to_string(getpid())))
            .string();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = dir_ + "/stet.db";
    const std::string ex = STET_EXAMPLES_DIR;
    const std::string url = "https://www.theguardian.com/a";
    ASSERT_EQ(Run({"import", ex + "/seeds.jsonl"}), 0);
    ASSERT_EQ(Run({"import", "--source", "guardian", "--url", url, "--time",
                   "2017-12-22T09:30:00Z", ex + "/guardian/v0.txt"}),
              0);
    ASSERT_EQ(Run({"import", "--source", "guardian", "--url", url, "--time",
                   "2017-12-22T11:30:00Z", ex + "/guardian/v1.txt"}),
              0);
  }
  void TearDown() override {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    fs::remove_all(dir_);
  }

  int Run(std::vector<std::string> args) {
    args.insert(args.begin() + 1, {"--db", db_});
    args.insert(args.begin(), STET_BINARY);
    std::string cmd;
    for (const std::string& a : args) cmd += "'" + a + "' ";
    return std::system((cmd + ">/dev/null 2>&1").c_str()) == 0 ? 0 : 1;
  }

  // Starts `stet serve --port 0` and reads the port it printed.
  int StartServe() {
    const std::string out = dir_ + "/serve.out";
    pid_ = fork();
    if (pid_ == 0) {
      int fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(fd, 1);
      int null = ::open("/dev/null", O_WRONLY);
      dup2(null, 2);
      execl(STET_BINARY, STET_BINARY, "serve", "--db", db_.c_str(), "--port",
            "0", "--quiet", static_cast<char*>(nullptr));
      _exit(127);
    }
    const std::regex port_re("http://127\\.0\\.0\\.1:(\\d+)/");
    for (int i = 0; i < 100; ++i) {
      std::ifstream in(out);
      std::stringstream ss;
      ss << in.rdbuf();
      std::smatch m;
      std::string s = ss.str();
      if (std::regex_search(s, m, port_re)) return std::stoi(m[1]);
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return 0;
  }

  std::string dir_, db_;
  pid_t pid_ = -1;
};

TEST_F(ServeTest, ServesPagesFeedsAndApiAndStopsOnSigterm) {
  const int port = StartServe();
  ASSERT_GT(port, 0) << "stet serve did not say where it listens";
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(5, 0);

  auto home = client.Get("/");
  ASSERT_TRUE(home);
  EXPECT_EQ(home->status, 200);
  EXPECT_THAT(home->body, HasSubstr("/diff/1..2"));
  EXPECT_THAT(home->get_header_value("Content-Security-Policy"),
              HasSubstr("default-src 'none'"));

  auto changes = client.Get("/api/v1/changes");
  ASSERT_TRUE(changes);
  EXPECT_EQ(changes->status, 200);
  auto j = nlohmann::json::parse(changes->body);
  ASSERT_EQ(j["changes"].size(), 1u);
  const int id = j["changes"][0]["article"]["id"];
  EXPECT_EQ(j["changes"][0]["article"]["source"], "guardian");

  auto diff = client.Get("/article/" + std::to_string(id) + "/diff/1..2");
  ASSERT_TRUE(diff);
  EXPECT_EQ(diff->status, 200);
  EXPECT_THAT(diff->body, HasSubstr("<ins>"));

  auto feed = client.Get("/feeds/changes.atom");
  ASSERT_TRUE(feed);
  EXPECT_THAT(feed->body,
              HasSubstr("http://127.0.0.1:" + std::to_string(port) +
                        "/article/" + std::to_string(id) + "/diff/1..2"));

  auto css = client.Get("/static/stet.css");
  ASSERT_TRUE(css);
  EXPECT_THAT(css->get_header_value("Content-Type"), HasSubstr("text/css"));

  // Read-only: no token was given.
  auto post = client.Post("/api/v1/sources", "{}", "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 403);
  auto put = client.Put("/api/v1/changes", "{}", "application/json");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 405);
  // An oversized request body is refused before it reaches the site.
  auto big = client.Post("/", std::string(1 << 20, 'x'), "text/plain");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  auto missing = client.Get("/article/999999");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);

  ASSERT_EQ(kill(pid_, SIGTERM), 0);
  int status = 0;
  for (int i = 0; i < 100; ++i) {
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_EQ(pid_, -1) << "stet serve did not stop on SIGTERM";
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST_F(ServeTest, ATooShortTokenFileIsRefused) {
  std::ofstream(dir_ + "/token") << "short\n";
  const std::string cmd = "timeout 10 " + std::string(STET_BINARY) +
                          " serve --db " + db_ + " --quiet --port 0 " +
                          "--token-file " + dir_ + "/token 2>" + dir_ +
                          "/err.txt";
  EXPECT_NE(std::system(cmd.c_str()), 0);
  std::ifstream in(dir_ + "/err.txt");
  std::string line;
  std::getline(in, line);
  EXPECT_THAT(line, HasSubstr("at least 16 characters"));
}

TEST_F(ServeTest, ABusyPortIsAOneLineError) {
  const int port = StartServe();
  ASSERT_GT(port, 0);
  // `timeout`: if the port were shared after all, the second server would
  // serve instead of failing; the test must still end.
  const std::string cmd = "timeout 10 " + std::string(STET_BINARY) +
                          " serve --db " + db_ + " --quiet --port " +
                          std::to_string(port) + " 2>" + dir_ + "/err.txt";
  EXPECT_NE(std::system(cmd.c_str()), 0);
  std::ifstream in(dir_ + "/err.txt");
  std::string line;
  std::getline(in, line);
  EXPECT_THAT(line, HasSubstr("stet: error: cannot listen on 127.0.0.1:"));
}

}  // namespace
}  // namespace stet
