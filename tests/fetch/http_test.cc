// The HTTP client against a local server that misbehaves on purpose, and the
// scripted fake the watcher's tests use.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "stet/fetch.h"
#include "stet/time.h"
#include "test_server.h"

namespace stet {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since)
      .count();
}

class HttpTest : public ::testing::Test {
 protected:
  void SetUp() override { SetUpWith({}); }

  void SetUpWith(CurlClientOptions options) {
    auto s = TestServer::Start();
    ASSERT_TRUE(s.ok()) << s.status().message();
    server_ = std::move(*s);
    auto c = NewCurlHttpClient(std::move(options));
    ASSERT_TRUE(c.ok()) << c.status().message();
    client_ = std::move(*c);
  }

  // A request to the test server; private addresses allowed, as the server
  // is on loopback.
  HttpRequest Req(const std::string& path) {
    HttpRequest r;
    r.url = server_->Url(path);
    r.options.allow_private_addresses = true;
    r.options.connect_timeout_ms = 2000;
    r.options.total_timeout_ms = 5000;
    return r;
  }

  HttpResponse Fetch(HttpRequest request) {
    std::optional<HttpResponse> got;
    client_->Start(std::move(request),
                   [&](HttpResponse r) { got = std::move(r); });
    auto start = std::chrono::steady_clock::now();
    while (!got && Seconds(start) < 20) client_->Poll(1000);
    EXPECT_TRUE(got.has_value()) << "no answer in 20 s";
    return got ? std::move(*got) : HttpResponse{};
  }

  std::unique_ptr<TestServer> server_;
  std::unique_ptr<HttpClient> client_;
};

TEST_F(HttpTest, OkWithBodyAndHeaders) {
  server_->Set("/a",
               TestReply::Ok("<p>hello</p>")
                   .With("ETag", "\"v1\"")
                   .With("Last-Modified", "Fri, 22 Dec 2017 09:30:00 GMT"));
  HttpRequest req = Req("/a?x=1");
  req.options.user_agent = "stet-test/1.0 (+https://example.org/bot)";
  HttpResponse r = Fetch(req);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.http_status, 200);
  EXPECT_EQ(r.body, "<p>hello</p>");
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(r.etag, "\"v1\"");
  EXPECT_EQ(r.last_modified, "Fri, 22 Dec 2017 09:30:00 GMT");
  EXPECT_EQ(r.retry_after_seconds, -1);
  EXPECT_EQ(r.final_url, server_->Url("/a?x=1"));
  EXPECT_EQ(r.redirects, 0);
  EXPECT_EQ(r.wire_bytes, 12);
  EXPECT_GT(r.total_seconds, 0);

  auto seen = server_->Requests();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].target, "/a?x=1");
  EXPECT_EQ(seen[0].Header("user-agent"), req.options.user_agent);
  EXPECT_THAT(seen[0].Header("accept-encoding"), HasSubstr("gzip"));
  EXPECT_EQ(seen[0].Header("if-none-match"), "");
}

TEST_F(HttpTest, UnchangedPageCostsA304) {
  server_->Set("/a",
               TestReply::Ok("body")
                   .With("ETag", "\"v1\"")
                   .With("Last-Modified", "Fri, 22 Dec 2017 09:30:00 GMT"));
  HttpResponse first = Fetch(Req("/a"));
  ASSERT_EQ(first.http_status, 200);

  HttpRequest again = Req("/a");
  again.if_none_match = first.etag;
  HttpResponse r = Fetch(again);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.http_status, 304);
  EXPECT_EQ(r.body, "");
  EXPECT_EQ(r.etag, "\"v1\"");
  EXPECT_EQ(server_->Requests().back().Header("if-none-match"), "\"v1\"");

  HttpRequest by_date = Req("/a");
  by_date.if_modified_since = first.last_modified;
  EXPECT_EQ(Fetch(by_date).http_status, 304);

  // A stale validator gets the page.
  HttpRequest stale = Req("/a");
  stale.if_none_match = "\"v0\"";
  HttpResponse full = Fetch(stale);
  EXPECT_EQ(full.http_status, 200);
  EXPECT_EQ(full.body, "body");
}

TEST_F(HttpTest, ValidatorsWithControlCharactersAreNotSent) {
  server_->Set("/a", TestReply::Ok("body"));
  HttpRequest req = Req("/a");
  req.if_none_match = "\"v1\"\r\nX-Injected: 1";
  req.if_modified_since = "yesterday\n";
  ASSERT_EQ(Fetch(req).http_status, 200);
  TestRequest seen = server_->Requests().back();
  EXPECT_EQ(seen.Header("if-none-match"), "");
  EXPECT_EQ(seen.Header("if-modified-since"), "");
  EXPECT_EQ(seen.Header("x-injected"), "");
}

TEST_F(HttpTest, FollowsRedirectsAndRecordsWhereItEnded) {
  server_->Set("/old", TestReply::Redirect("/moved", 301));
  server_->Set("/moved", TestReply::Redirect(server_->Url("/new?id=7"), 302));
  server_->Set("/new", TestReply::Ok("here"));
  HttpResponse r = Fetch(Req("/old"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.http_status, 200);
  EXPECT_EQ(r.body, "here");
  EXPECT_EQ(r.final_url, server_->Url("/new?id=7"));
  EXPECT_EQ(r.redirects, 2);
}

TEST_F(HttpTest, RedirectToAnotherHostName) {
  server_->Set("/a",
               TestReply::Redirect(server_->UrlAt("localhost", "/b"), 301));
  server_->Set("/b", TestReply::Ok("other host"));
  HttpResponse r = Fetch(Req("/a"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.body, "other host");
  EXPECT_EQ(r.final_url, server_->UrlAt("localhost", "/b"));
  EXPECT_EQ(r.redirects, 1);
}

TEST_F(HttpTest, RedirectLoopsAndLongChainsFail) {
  server_->Set("/loop1", TestReply::Redirect("/loop2"));
  server_->Set("/loop2", TestReply::Redirect("/loop1"));
  HttpResponse r = Fetch(Req("/loop1"));
  EXPECT_EQ(r.status.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.status.message(), "too many redirects (5)");
  EXPECT_EQ(r.body, "");

  // A chain of three: fine with max 3, an error with max 2 or 0.
  server_->Set("/c1", TestReply::Redirect("/c2"));
  server_->Set("/c2", TestReply::Redirect("/c3"));
  server_->Set("/c3", TestReply::Redirect("/end"));
  server_->Set("/end", TestReply::Ok("end"));
  HttpRequest req = Req("/c1");
  req.options.max_redirects = 3;
  EXPECT_EQ(Fetch(req).body, "end");
  req.options.max_redirects = 2;
  EXPECT_EQ(Fetch(req).status.message(), "too many redirects (2)");
  req.options.max_redirects = 0;
  EXPECT_EQ(Fetch(req).status.message(), "too many redirects (0)");
}

TEST_F(HttpTest, OnlyHttpAndHttpsAreFetched) {
  server_->Set("/to-file", TestReply::Redirect("file:///etc/passwd"));
  server_->Set("/to-ftp", TestReply::Redirect("ftp://127.0.0.1/x"));
  for (const char* path : {"/to-file", "/to-ftp"}) {
    SCOPED_TRACE(path);
    HttpResponse r = Fetch(Req(path));
    EXPECT_EQ(r.status.code(), ErrorCode::kDenied);
    EXPECT_THAT(r.status.message(), HasSubstr("only http and https"));
    EXPECT_EQ(r.body, "");
  }
  struct Case {
    const char* url;
    ErrorCode code;
  } cases[] = {
      {"file:///etc/passwd", ErrorCode::kDenied},
      {"FTP://example.com/a", ErrorCode::kDenied},
      {"gopher://example.com/", ErrorCode::kDenied},
      {"example.com/a", ErrorCode::kInvalidArgument},
      {"", ErrorCode::kInvalidArgument},
      {"http://", ErrorCode::kInvalidArgument},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.url);
    HttpRequest req = Req("/");
    req.url = c.url;
    HttpResponse r = Fetch(req);
    EXPECT_EQ(r.status.code(), c.code) << r.status.message();
    EXPECT_THAT(r.status.message(), ::testing::Not(HasSubstr("\n")));
  }
}

TEST_F(HttpTest, ErrorStatusesAreResponsesNotFailures) {
  server_->Set("/gone", TestReply::Status(410));
  server_->Set("/broken", TestReply::Status(500));
  for (auto [path, code] :
       {std::pair{"/gone", 410}, {"/broken", 500}, {"/unscripted", 404}}) {
    HttpResponse r = Fetch(Req(path));
    EXPECT_TRUE(r.status.ok()) << path << ": " << r.status.message();
    EXPECT_EQ(r.http_status, code) << path;
  }
}

TEST_F(HttpTest, SlowServersTimeOut) {
  TestReply slow_start = TestReply::Ok("late");
  slow_start.delay_before_headers_ms = 5000;
  server_->Set("/slow", slow_start);
  TestReply drip = TestReply::Ok(std::string(1000, 'a'));
  drip.chunk_bytes = 100;
  drip.delay_between_chunks_ms = 100;
  server_->Set("/drip", drip);
  for (const char* path : {"/slow", "/drip"}) {
    SCOPED_TRACE(path);
    HttpRequest req = Req(path);
    req.options.total_timeout_ms = 300;
    auto start = std::chrono::steady_clock::now();
    HttpResponse r = Fetch(req);
    EXPECT_LT(Seconds(start), 2.0);
    EXPECT_EQ(r.status.code(), ErrorCode::kNetwork);
    EXPECT_THAT(r.status.message(), HasSubstr("timed out"));
    EXPECT_EQ(r.body, "");
  }
}

TEST_F(HttpTest, DroppedConnectionIsANetworkError) {
  TestReply cut = TestReply::Ok(std::string(10000, 'a'));
  cut.drop_after_bytes = 4000;
  server_->Set("/cut", cut);
  cut.chunked = true;
  server_->Set("/cut-chunked", cut);
  cut.chunked = false;
  cut.gzip = true;
  cut.drop_after_bytes = 10;
  server_->Set("/cut-gzip", cut);
  for (const char* path : {"/cut", "/cut-chunked", "/cut-gzip"}) {
    SCOPED_TRACE(path);
    HttpResponse r = Fetch(Req(path));
    EXPECT_EQ(r.status.code(), ErrorCode::kNetwork) << r.status.message();
    EXPECT_EQ(r.http_status, 200);  // how far it got
    EXPECT_EQ(r.body, "");
  }
}

TEST_F(HttpTest, NothingListeningIsANetworkError) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof sa;
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa), 0);
  getsockname(fd, reinterpret_cast<sockaddr*>(&sa), &len);
  close(fd);  // the port is now (almost certainly) closed
  HttpRequest req = Req("/");
  req.url = "http://127.0.0.1:" + std::to_string(ntohs(sa.sin_port)) + "/";
  HttpResponse r = Fetch(req);
  EXPECT_EQ(r.status.code(), ErrorCode::kNetwork);
  EXPECT_EQ(r.http_status, 0);
  EXPECT_THAT(r.status.message(), ::testing::Not(HasSubstr("\n")));
}

TEST_F(HttpTest, CompressedBodiesAreDecoded) {
  std::string text;
  for (int i = 0; i < 2000; ++i)
    text += "Paragraph " + std::to_string(i) + ". ";
  TestReply gz = TestReply::Ok(text);
  gz.gzip = true;
  server_->Set("/gz", gz);
  HttpResponse r = Fetch(Req("/gz"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.body, text);
  EXPECT_LT(r.wire_bytes, static_cast<int64_t>(text.size()) / 3);

  // The zero streams the bomb is made of decode exactly (checksum
  // included: a wrong trailer would fail the transfer).
  TestReply zeros;
  zeros.gzip_zeros = 5 * (1 << 20) + 12345;
  server_->Set("/zeros", zeros);
  HttpRequest req = Req("/zeros");
  req.options.max_body_bytes = 8 << 20;
  HttpResponse z = Fetch(req);
  ASSERT_TRUE(z.status.ok()) << z.status.message();
  EXPECT_EQ(z.body, std::string(zeros.gzip_zeros, '\0'));
  EXPECT_LT(z.wire_bytes, 20000);
}

int64_t PeakRssKb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

TEST_F(HttpTest, GzipBombStopsAtTheBodyLimit) {
  TestReply bomb;
  bomb.gzip_zeros = int64_t{1} << 30;  // 1 GiB of zeros in about 1 MB
  server_->Set("/bomb", bomb);
  ASSERT_LT(TestServer::GzipZeros(bomb.gzip_zeros)->size(), 1200000u);
  int64_t rss_before = PeakRssKb();
  auto start = std::chrono::steady_clock::now();
  HttpResponse r = Fetch(Req("/bomb"));  // default limit: 16 MB
  EXPECT_EQ(r.status.code(), ErrorCode::kTooLarge);
  EXPECT_EQ(r.status.message(), "body above 16 MB");
  EXPECT_EQ(r.body, "");
  EXPECT_LT(r.wire_bytes, 100000);  // stopped long before the end
  EXPECT_LT(Seconds(start), 2.0);
  // 16 MB of body at most, and a string that grew to hold it.
  EXPECT_LT(PeakRssKb() - rss_before, 64 * 1024);
}

TEST_F(HttpTest, HugeBodiesStopAtTheLimit) {
  TestReply huge;
  huge.filler_bytes = int64_t{4} << 30;  // 4 GiB, made while sent
  server_->Set("/declared", huge);       // Content-Length says so up front
  huge.chunked = true;
  server_->Set("/chunked", huge);
  huge.chunked = false;
  huge.no_length = true;
  server_->Set("/unframed", huge);
  for (const char* path : {"/declared", "/chunked", "/unframed"}) {
    SCOPED_TRACE(path);
    HttpRequest req = Req(path);
    req.options.max_body_bytes = 1000000;
    HttpResponse r = Fetch(req);
    EXPECT_EQ(r.status.code(), ErrorCode::kTooLarge) << r.status.message();
    EXPECT_EQ(r.status.message(), "body above 1 MB");
    EXPECT_LT(r.wire_bytes, 2000000);
  }
  HttpRequest odd = Req("/declared");
  odd.options.max_body_bytes = 2500000;
  EXPECT_EQ(Fetch(odd).status.message(), "body above 2.5 MB");
  odd.options.max_body_bytes = 1000;
  EXPECT_EQ(Fetch(odd).status.message(), "body above 1000 bytes");
}

TEST_F(HttpTest, RetryAfterInSecondsOrAsADate) {
  server_->Set("/busy", TestReply::Status(429).With("Retry-After", "120"));
  std::string later = "Fri, 22 Dec 2017 09:30:00 GMT";
  server_->Set("/down", TestReply::Status(503).With("Retry-After", later));
  HttpResponse busy = Fetch(Req("/busy"));
  EXPECT_EQ(busy.http_status, 429);
  EXPECT_EQ(busy.retry_after_seconds, 120);
  HttpResponse down = Fetch(Req("/down"));
  EXPECT_EQ(down.http_status, 503);
  EXPECT_EQ(down.retry_after_seconds, 0);  // a date long past

  Timestamp t = *ParseTime("2017-12-22T09:30:00Z");
  EXPECT_EQ(ParseRetryAfter(later, t - 90), 90);
  EXPECT_EQ(ParseRetryAfter(later, t + 90), 0);
  EXPECT_EQ(ParseRetryAfter("  30 ", t), 30);
  EXPECT_EQ(ParseRetryAfter("0", t), 0);
  EXPECT_EQ(ParseRetryAfter("99999999999999999999", t), 366 * 24 * 3600);
  for (const char* bad : {"", "-5", "1.5", "soon", "Fri, 99 Foo"})
    EXPECT_EQ(ParseRetryAfter(bad, t), -1) << bad;
}

TEST_F(HttpTest, ManyTransfersAtOnce) {
  constexpr int kCount = 200;
  for (int i = 0; i < kCount; ++i) {
    TestReply r = TestReply::Ok("page " + std::to_string(i));
    r.delay_before_headers_ms = 200;  // one at a time would take 40 s
    server_->Set("/p" + std::to_string(i), r);
  }
  std::vector<std::optional<HttpResponse>> got(kCount);
  for (int i = 0; i < kCount; ++i)
    client_->Start(Req("/p" + std::to_string(i)),
                   [&got, i](HttpResponse r) { got[i] = std::move(r); });
  EXPECT_EQ(client_->InFlight(), kCount);
  auto start = std::chrono::steady_clock::now();
  while (client_->InFlight() > 0 && Seconds(start) < 20) client_->Poll(1000);
  EXPECT_LT(Seconds(start), 5.0);
  for (int i = 0; i < kCount; ++i) {
    ASSERT_TRUE(got[i].has_value()) << i;
    EXPECT_TRUE(got[i]->status.ok()) << i << ": " << got[i]->status.message();
    EXPECT_EQ(got[i]->body, "page " + std::to_string(i));
  }
  EXPECT_GT(server_->PeakConnections(), 50);
}

TEST_F(HttpTest, CallbacksMayStartMoreTransfers) {
  server_->Set("/first", TestReply::Ok("1"));
  server_->Set("/second", TestReply::Ok("2"));
  std::vector<std::string> bodies;
  client_->Start(Req("/first"), [&](HttpResponse r) {
    bodies.push_back(r.body);
    client_->Start(Req("/second"),
                   [&](HttpResponse r2) { bodies.push_back(r2.body); });
  });
  auto start = std::chrono::steady_clock::now();
  while (client_->InFlight() > 0 && Seconds(start) < 10) client_->Poll(1000);
  EXPECT_EQ(bodies, (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(client_->Poll(1000), 0);  // nothing in flight: returns at once
}

TEST_F(HttpTest, PrivateAddressesAreRefusedUnlessAllowed) {
  server_->Set("/a", TestReply::Ok("secret"));
  for (std::string host : {"127.0.0.1", "localhost", "127.1", "[::1]"}) {
    SCOPED_TRACE(host);
    HttpRequest req = Req("/a");
    req.url = server_->UrlAt(host, "/a");
    req.options.allow_private_addresses = false;
    HttpResponse r = Fetch(req);
    EXPECT_EQ(r.status.code(), ErrorCode::kDenied) << r.status.message();
    EXPECT_THAT(r.status.message(), StartsWith("refused to connect to "));
    EXPECT_THAT(r.status.message(), HasSubstr("(loopback address)"));
    EXPECT_EQ(r.body, "");
  }
  HttpRequest req = Req("/a");
  req.options.allow_private_addresses = false;
  EXPECT_EQ(Fetch(req).status.message(),
            "refused to connect to 127.0.0.1 (loopback address)");
  EXPECT_EQ(server_->Hits("/a"), 0);
}

TEST_F(HttpTest, AReusedConnectionIsCheckedToo) {
  server_->Set("/a", TestReply::Ok("secret"));
  // The first request, allowed, leaves a connection open in the pool...
  ASSERT_EQ(Fetch(Req("/a")).body, "secret");
  // ...which must not carry a request that is not allowed.
  HttpRequest req = Req("/a");
  req.options.allow_private_addresses = false;
  HttpResponse r = Fetch(req);
  EXPECT_EQ(r.status.code(), ErrorCode::kDenied) << r.status.message();
  EXPECT_EQ(server_->Hits("/a"), 1);
}

// A server that counts as public (127.0.0.1 is called public below) must not
// be able to redirect stet to a private one.
class HttpRedirectGuardTest : public HttpTest {
 protected:
  void SetUp() override {
    CurlClientOptions options;
    options.classify_address = [](std::string_view ip) {
      return ip == "127.0.0.1" ? AddressKind::kPublic : ClassifyAddress(ip);
    };
    SetUpWith(std::move(options));
  }
};

TEST_F(HttpRedirectGuardTest, RedirectToAPrivateAddressIsRefused) {
  server_->Set("/public", TestReply::Ok("fine"));
  server_->Set("/to-private",
               TestReply::Redirect(server_->UrlAt("127.0.0.2", "/admin"), 301));
  HttpRequest req = Req("/public");
  req.options.allow_private_addresses = false;
  EXPECT_EQ(Fetch(req).body, "fine");  // the "public" server itself is fine

  req = Req("/to-private");
  req.options.allow_private_addresses = false;
  HttpResponse r = Fetch(req);
  EXPECT_EQ(r.status.code(), ErrorCode::kDenied);
  EXPECT_EQ(r.status.message(),
            "refused to connect to 127.0.0.2 (loopback address)");
  EXPECT_EQ(r.redirects, 1);
}

// The server's timelines, which the watcher's tests build on.
TEST_F(HttpTest, ServerTimelines) {
  server_->SetSequence("/seq", {TestReply::Ok("v1"), TestReply::Ok("v2")});
  EXPECT_EQ(Fetch(Req("/seq")).body, "v1");
  EXPECT_EQ(Fetch(Req("/seq")).body, "v2");
  EXPECT_EQ(Fetch(Req("/seq")).body, "v2");  // the last repeats

  server_->SetVersions("/ver", {TestReply::Ok("a").With("ETag", "\"a\""),
                                TestReply::Ok("b").With("ETag", "\"b\"")});
  HttpResponse a = Fetch(Req("/ver"));
  EXPECT_EQ(a.body, "a");
  HttpRequest cond = Req("/ver");
  cond.if_none_match = a.etag;
  EXPECT_EQ(Fetch(cond).http_status, 304);
  server_->SetVersion("/ver", 1);
  HttpResponse b = Fetch(cond);
  EXPECT_EQ(b.http_status, 200);
  EXPECT_EQ(b.body, "b");

  server_->SetHandler("/echo", [](const TestRequest& req) {
    return TestReply::Ok(req.target + " #" + std::to_string(req.count));
  });
  EXPECT_EQ(Fetch(Req("/echo?q=1")).body, "/echo?q=1 #1");
  EXPECT_EQ(Fetch(Req("/echo")).body, "/echo #2");
  EXPECT_EQ(server_->Hits("/echo"), 2);
}

TEST(FakeHttpClientTest, AnswersFromItsScriptInOrder) {
  FakeHttpClient fake;
  HttpResponse v1;
  v1.http_status = 200;
  v1.body = "v1";
  HttpResponse v2 = v1;
  v2.body = "v2";
  fake.Respond("https://example.com/a", v1);
  fake.Respond("https://example.com/a", v2);

  std::vector<HttpResponse> got;
  auto keep = [&](HttpResponse r) { got.push_back(std::move(r)); };
  HttpRequest req;
  req.url = "https://example.com/a";
  for (int i = 0; i < 3; ++i) fake.Start(req, keep);
  req.url = "https://example.com/unknown";
  req.if_none_match = "\"x\"";
  fake.Start(req, keep);
  EXPECT_EQ(fake.InFlight(), 4);
  EXPECT_TRUE(got.empty());  // nothing runs before Poll

  EXPECT_EQ(fake.Poll(0), 0);
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0].body, "v1");
  EXPECT_EQ(got[1].body, "v2");
  EXPECT_EQ(got[2].body, "v2");  // the last repeats
  EXPECT_EQ(got[0].final_url, "https://example.com/a");
  EXPECT_EQ(got[3].status.code(), ErrorCode::kNetwork);
  EXPECT_EQ(got[3].status.message(), "no route to https://example.com/unknown");

  ASSERT_EQ(fake.requests().size(), 4u);
  EXPECT_EQ(fake.requests()[3].if_none_match, "\"x\"");
}

HttpRequest Get(std::string url) {
  HttpRequest r;
  r.url = std::move(url);
  return r;
}

TEST(FakeHttpClientTest, RequestsStartedByCallbacksWaitForTheNextPoll) {
  FakeHttpClient fake;
  HttpResponse ok;
  ok.http_status = 200;
  ok.final_url = "https://example.com/final";
  fake.Respond("https://example.com/a", ok);
  int done = 0;
  std::function<void(HttpResponse)> again = [&](HttpResponse r) {
    EXPECT_EQ(r.final_url, "https://example.com/final");
    if (++done < 3) fake.Start(Get("https://example.com/a"), again);
  };
  fake.Start(Get("https://example.com/a"), again);
  EXPECT_EQ(fake.Poll(0), 1);
  EXPECT_EQ(done, 1);
  EXPECT_EQ(fake.Poll(0), 1);
  EXPECT_EQ(fake.Poll(0), 0);
  EXPECT_EQ(done, 3);
}

}  // namespace
}  // namespace stet
