// TestServer: a small HTTP/1.1 server for tests that misbehaves on request.
//
// It listens on a loopback address with an ephemeral port and answers from
// a background thread (one more per connection, so slow answers do not hold
// up others). Each path is scripted: a fixed reply, a sequence that moves on
// with every request, versions switched by the test (the timelines the
// watcher tests need), or a handler function. A reply can be slow to start,
// drip its body, drop the connection mid-body, come gzip-compressed (or be a
// gzip bomb), redirect, or be huge without ever being held in memory.
// Conditional requests are honoured: a matching If-None-Match or an equal
// If-Modified-Since gets a 304.
//
// Only for tests: it reads requests loosely, ignores request bodies, and
// trusts its script.
//
// Thread-safety: every public method may be called from any thread while
// the server runs; handlers run on connection threads, one at a time.
#ifndef STET_TESTS_FETCH_TEST_SERVER_H_
#define STET_TESTS_FETCH_TEST_SERVER_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "stet/result.h"

namespace stet {

struct TestRequest {
  std::string method;  // "GET"
  std::string target;  // path and query, as sent: "/a?x=1"
  std::string path;    // without the query: "/a"
  std::map<std::string, std::string> headers;  // names in lower case
  // How many requests for this path (this one included) the server has
  // seen: 1 for the first.
  int64_t count = 0;

  // A header's value, "" if absent. `name` in lower case.
  std::string Header(const std::string& name) const;
};

struct TestReply {
  int status = 200;
  // Sent as given, after the status line; Content-Length, Connection,
  // Transfer-Encoding and Content-Encoding are added by the server.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  // --- Misbehaviour. Defaults: none.
  int delay_before_headers_ms = 0;  // sleep before anything is sent
  // > 0: the body goes out in pieces of this many bytes...
  int chunk_bytes = 0;
  int delay_between_chunks_ms = 0;  // ...with this pause between them
  // >= 0: close the connection after this many body bytes, though the
  // headers announced the whole body.
  int64_t drop_after_bytes = -1;
  bool gzip = false;  // body sent gzip-compressed (Content-Encoding: gzip)
  // > 0: the body is this many zero bytes gzip-compressed (about 1000:1),
  // made once per size per process: a gzip bomb. Replaces `body`.
  int64_t gzip_zeros = 0;
  // > 0: the body is this many 'x' bytes, made while sending (never held
  // in memory). Replaces `body`.
  int64_t filler_bytes = 0;
  // Framing: Content-Length unless `chunked` (Transfer-Encoding: chunked)
  // or `no_length` (neither; the body ends when the connection closes).
  bool chunked = false;
  bool no_length = false;
  // Answer 304 to a matching If-None-Match / If-Modified-Since when this
  // reply has an ETag / Last-Modified header and status 200. Default true.
  bool conditional = true;
  bool close = false;  // Connection: close after this reply

  // A 200 with `body` and a Content-Type.
  static TestReply Ok(std::string body,
                      std::string content_type = "text/html; charset=utf-8");
  // `status` (301, 302, 307...) to `location`.
  static TestReply Redirect(std::string location, int status = 302);
  // `status` with a short text body ("404 Not Found").
  static TestReply Status(int status);
  // Adds a header; returns *this for chaining.
  TestReply& With(std::string name, std::string value);
};

class TestServer {
 public:
  using Handler = std::function<TestReply(const TestRequest&)>;

  // Listens on `address` (a loopback IPv4 address; every 127/8 address
  // works on Linux) with an ephemeral port.
  static Result<std::unique_ptr<TestServer>> Start(
      std::string address = "127.0.0.1");
  // Stops: wakes sleeping replies, closes connections, joins threads.
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  int port() const { return port_; }
  const std::string& address() const { return address_; }
  // "http://127.0.0.1:<port><path>".
  std::string Url(std::string_view path = "/") const;
  // The same server under another host name: "http://<host>:<port><path>"
  // (for "localhost", or a redirect to "another host").
  std::string UrlAt(std::string_view host, std::string_view path) const;

  // Scripts `path` (matched without the query). A later call replaces an
  // earlier one. Unscripted paths answer 404.
  void Set(const std::string& path, TestReply reply);
  // The n-th request gets replies[n-1]; the last one repeats.
  void SetSequence(const std::string& path, std::vector<TestReply> replies);
  // Requests get replies[version], where version starts at 0 and is moved
  // by SetVersion (clamped to the last).
  void SetVersions(const std::string& path, std::vector<TestReply> replies);
  void SetVersion(const std::string& path, size_t version);
  void SetHandler(const std::string& path, Handler handler);

  // Requests seen for `path` so far.
  int64_t Hits(const std::string& path) const;
  // All requests, oldest first (the last 10,000).
  std::vector<TestRequest> Requests() const;
  // Connections open now, and the most ever open at once.
  int OpenConnections() const { return open_connections_; }
  int PeakConnections() const { return peak_connections_; }

  // `bytes` zero bytes as a gzip stream, cached per size per process: made
  // with deflate level 9, a piece at a time, never held uncompressed.
  static std::shared_ptr<const std::string> GzipZeros(int64_t bytes);
  // `data` gzip-compressed.
  static std::string Gzip(std::string_view data);

 private:
  struct Script {
    enum Kind { kFixed, kSequence, kVersions, kHandler } kind = kFixed;
    std::vector<TestReply> replies;
    size_t version = 0;
    Handler handler;
  };
  struct Connection {
    int fd = -1;
    std::thread thread;
    std::atomic<bool> done{false};
  };

  TestServer() = default;
  void AcceptLoop();
  void Serve(Connection* c);
  // Sends one reply; false if the connection must close.
  bool Send(int fd, const TestRequest& req, const TestReply& reply);
  TestReply ReplyFor(TestRequest& req);
  // Sleeps, waking early (and returning false) when the server stops.
  bool Sleep(int ms);
  void ReapLocked();

  std::string address_;
  int port_ = 0;
  int listen_fd_ = -1;
  int wake_fd_[2] = {-1, -1};  // a pipe that wakes the accept loop to stop
  std::thread accept_thread_;

  mutable std::mutex mu_;
  std::condition_variable stop_cv_;
  bool stopping_ = false;
  std::map<std::string, Script> scripts_;
  std::map<std::string, int64_t> hits_;
  std::vector<TestRequest> log_;
  std::list<Connection> connections_;
  std::atomic<int> open_connections_{0};
  std::atomic<int> peak_connections_{0};
};

}  // namespace stet

#endif  // STET_TESTS_FETCH_TEST_SERVER_H_
