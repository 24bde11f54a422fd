// TestServer: see test_server.h.
#include "test_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace stet {
namespace {

constexpr size_t kMaxHead = 64 * 1024;
constexpr size_t kMaxLog = 10000;
constexpr size_t kFillerPiece = 64 * 1024;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

const char* Reason(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 204:
      return "No Content";
    case 301:
      return "Moved Permanently";
    case 302:
      return "Found";
    case 303:
      return "See Other";
    case 304:
      return "Not Modified";
    case 307:
      return "Temporary Redirect";
    case 308:
      return "Permanent Redirect";
    case 400:
      return "Bad Request";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 410:
      return "Gone";
    case 429:
      return "Too Many Requests";
    case 500:
      return "Internal Server Error";
    case 502:
      return "Bad Gateway";
    case 503:
      return "Service Unavailable";
    default:
      return "Status";
  }
}

bool SendAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

std::string_view HeaderIn(const TestReply& r, std::string_view name) {
  for (const auto& [n, v] : r.headers)
    if (Lower(n) == name) return v;
  return {};
}

// Whether an If-None-Match list names `etag` (weak comparison, "*" too).
bool EtagListMatches(std::string_view list, std::string_view etag) {
  auto strip_weak = [](std::string_view t) {
    t = Trim(t);
    if (t.starts_with("W/")) t.remove_prefix(2);
    return t;
  };
  etag = strip_weak(etag);
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view item = strip_weak(list.substr(0, comma));
    if (item == "*" || item == etag) return true;
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return false;
}

void PutLe32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

}  // namespace

std::string TestRequest::Header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? "" : it->second;
}

TestReply TestReply::Ok(std::string body, std::string content_type) {
  TestReply r;
  r.body = std::move(body);
  r.headers.emplace_back("Content-Type", std::move(content_type));
  return r;
}

TestReply TestReply::Redirect(std::string location, int status) {
  TestReply r;
  r.status = status;
  r.headers.emplace_back("Location", std::move(location));
  r.body = "moved";
  return r;
}

TestReply TestReply::Status(int status) {
  TestReply r;
  r.status = status;
  r.body = std::to_string(status) + " " + Reason(status);
  r.headers.emplace_back("Content-Type", "text/plain");
  return r;
}

TestReply& TestReply::With(std::string name, std::string value) {
  headers.emplace_back(std::move(name), std::move(value));
  return *this;
}

std::string TestServer::Gzip(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::shared_ptr<const std::string> TestServer::GzipZeros(int64_t bytes) {
  static std::mutex mu;
  static std::map<int64_t, std::shared_ptr<const std::string>> cache;
  std::lock_guard<std::mutex> lock(mu);
  if (auto it = cache.find(bytes); it != cache.end()) return it->second;

  // Raw deflate between a gzip header and trailer written here, so the
  // trailer's CRC can be computed without the zeros: each 1 MiB piece is
  // deflated with a full flush, which makes every piece after the first
  // come out byte for byte the same, so once two in a row agree the rest
  // are copies (1 GB in milliseconds instead of seconds).
  constexpr size_t kPiece = 1 << 20;
  const std::string zeros(kPiece, '\0');
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
  std::string buf(kPiece, '\0');
  auto deflate_piece = [&](size_t n, int flush) {
    std::string out;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
    z.avail_in = static_cast<uInt>(n);
    do {
      z.next_out = reinterpret_cast<Bytef*>(buf.data());
      z.avail_out = static_cast<uInt>(buf.size());
      deflate(&z, flush);
      out.append(buf.data(), buf.size() - z.avail_out);
    } while (z.avail_out == 0);
    return out;
  };

  auto gz = std::make_shared<std::string>(
      "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03", 10);
  const int64_t pieces = bytes / static_cast<int64_t>(kPiece);
  std::string previous;
  bool periodic = false;
  for (int64_t i = 0; i < pieces; ++i) {
    if (periodic) {
      *gz += previous;
      continue;
    }
    std::string out = deflate_piece(kPiece, Z_FULL_FLUSH);
    periodic = i >= 2 && out == previous;
    *gz += out;
    previous = std::move(out);
  }
  *gz += deflate_piece(static_cast<size_t>(bytes % kPiece), Z_FINISH);
  deflateEnd(&z);

  uLong piece_crc = crc32(0, reinterpret_cast<const Bytef*>(zeros.data()),
                          static_cast<uInt>(kPiece));
  uLong crc = crc32(0, nullptr, 0);
  for (int64_t i = 0; i < pieces; ++i)
    crc = crc32_combine(crc, piece_crc, static_cast<z_off_t>(kPiece));
  crc = crc32(crc, reinterpret_cast<const Bytef*>(zeros.data()),
              static_cast<uInt>(bytes % kPiece));
  PutLe32(*gz, static_cast<uint32_t>(crc));
  PutLe32(*gz, static_cast<uint32_t>(bytes & 0xffffffff));
  cache[bytes] = gz;
  return gz;
}

Result<std::unique_ptr<TestServer>> TestServer::Start(std::string address) {
  std::unique_ptr<TestServer> s(new TestServer());
  s->address_ = address;
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  if (inet_pton(AF_INET, address.c_str(), &sa.sin_addr) != 1)
    return InvalidArgument("test server: bad address " + address);
  s->listen_fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (s->listen_fd_ < 0) return IoError("test server: socket failed");
  int one = 1;
  setsockopt(s->listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(s->listen_fd_, reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0 ||
      listen(s->listen_fd_, 1024) != 0)
    return IoError("test server: cannot listen on " + address + ": " +
                   std::strerror(errno));
  socklen_t len = sizeof sa;
  getsockname(s->listen_fd_, reinterpret_cast<sockaddr*>(&sa), &len);
  s->port_ = ntohs(sa.sin_port);
  if (pipe2(s->wake_fd_, O_CLOEXEC) != 0)
    return IoError("test server: pipe failed");
  TestServer* raw = s.get();
  s->accept_thread_ = std::thread([raw] { raw->AcceptLoop(); });
  return s;
}

TestServer::~TestServer() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    for (Connection& c : connections_)
      if (c.fd >= 0) shutdown(c.fd, SHUT_RDWR);
  }
  stop_cv_.notify_all();
  if (wake_fd_[1] >= 0) {
    char b = 1;
    (void)!write(wake_fd_[1], &b, 1);
  }
  if (accept_thread_.joinable()) accept_thread_.join();
  // No new connections now; the list is ours.
  for (Connection& c : connections_)
    if (c.thread.joinable()) c.thread.join();
  if (listen_fd_ >= 0) close(listen_fd_);
  for (int fd : wake_fd_)
    if (fd >= 0) close(fd);
}

std::string TestServer::Url(std::string_view path) const {
  return UrlAt(address_, path);
}

std::string TestServer::UrlAt(std::string_view host,
                              std::string_view path) const {
  return "http://" + std::string(host) + ":" + std::to_string(port_) +
         std::string(path);
}

void TestServer::Set(const std::string& path, TestReply reply) {
  std::lock_guard<std::mutex> lock(mu_);
  Script s;
  s.replies.push_back(std::move(reply));
  scripts_[path] = std::move(s);
}

void TestServer::SetSequence(const std::string& path,
                             std::vector<TestReply> replies) {
  std::lock_guard<std::mutex> lock(mu_);
  Script s;
  s.kind = Script::kSequence;
  s.replies = std::move(replies);
  scripts_[path] = std::move(s);
}

void TestServer::SetVersions(const std::string& path,
                             std::vector<TestReply> replies) {
  std::lock_guard<std::mutex> lock(mu_);
  Script s;
  s.kind = Script::kVersions;
  s.replies = std::move(replies);
  scripts_[path] = std::move(s);
}

void TestServer::SetVersion(const std::string& path, size_t version) {
  std::lock_guard<std::mutex> lock(mu_);
  scripts_[path].version = version;
}

void TestServer::SetHandler(const std::string& path, Handler handler) {
  std::lock_guard<std::mutex> lock(mu_);
  Script s;
  s.kind = Script::kHandler;
  s.handler = std::move(handler);
  scripts_[path] = std::move(s);
}

int64_t TestServer::Hits(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = hits_.find(path);
  return it == hits_.end() ? 0 : it->second;
}

std::vector<TestRequest> TestServer::Requests() const {
  std::lock_guard<std::mutex> lock(mu_);
  return log_;
}

bool TestServer::Sleep(int ms) {
  if (ms <= 0) return true;
  std::unique_lock<std::mutex> lock(mu_);
  return !stop_cv_.wait_for(lock, std::chrono::milliseconds(ms),
                            [this] { return stopping_; });
}

void TestServer::ReapLocked() {
  for (auto it = connections_.begin(); it != connections_.end();) {
    if (it->done) {
      it->thread.join();
      it = connections_.erase(it);
    } else {
      ++it;
    }
  }
}

void TestServer::AcceptLoop() {
  for (;;) {
    pollfd fds[2] = {{listen_fd_, POLLIN, 0}, {wake_fd_[0], POLLIN, 0}};
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    if (fds[1].revents) return;
    if (!(fds[0].revents & POLLIN)) continue;
    int fd = accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) continue;
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_) {
      close(fd);
      return;
    }
    ReapLocked();
    Connection& c = connections_.emplace_back();
    c.fd = fd;
    int open = ++open_connections_;
    int peak = peak_connections_;
    while (open > peak &&
           !peak_connections_.compare_exchange_weak(peak, open)) {
    }
    c.thread = std::thread([this, &c] { Serve(&c); });
  }
}

TestReply TestServer::ReplyFor(TestRequest& req) {
  Handler handler;
  {
    std::lock_guard<std::mutex> lock(mu_);
    req.count = ++hits_[req.path];
    if (log_.size() >= kMaxLog)
      log_.erase(log_.begin(), log_.begin() + kMaxLog / 10);
    log_.push_back(req);
    auto it = scripts_.find(req.path);
    if (it == scripts_.end() ||
        (it->second.kind != Script::kHandler && it->second.replies.empty()))
      return TestReply::Status(404);
    const Script& s = it->second;
    size_t last = s.replies.empty() ? 0 : s.replies.size() - 1;
    switch (s.kind) {
      case Script::kFixed:
        return s.replies[0];
      case Script::kSequence:
        return s.replies[std::min<size_t>(req.count - 1, last)];
      case Script::kVersions:
        return s.replies[std::min(s.version, last)];
      case Script::kHandler:
        handler = s.handler;
        break;
    }
  }
  // Outside the lock, so a handler may call Hits() or SetVersion().
  static std::mutex handler_mu;
  std::lock_guard<std::mutex> lock(handler_mu);
  return handler(req);
}

void TestServer::Serve(Connection* c) {
  const int fd = c->fd;
  std::string buf;
  for (;;) {
    size_t end;
    while ((end = buf.find("\r\n\r\n")) == std::string::npos) {
      if (buf.size() > kMaxHead) goto done;
      char tmp[16384];
      ssize_t n = recv(fd, tmp, sizeof tmp, 0);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) goto done;
      buf.append(tmp, static_cast<size_t>(n));
    }
    {
      std::string_view head(buf.data(), end);
      TestRequest req;
      size_t eol = head.find("\r\n");
      std::string_view line = head.substr(0, eol);
      size_t sp1 = line.find(' ');
      size_t sp2 = line.find(' ', sp1 == std::string_view::npos ? 0 : sp1 + 1);
      if (sp1 == std::string_view::npos || sp2 == std::string_view::npos)
        goto done;
      req.method = line.substr(0, sp1);
      req.target = line.substr(sp1 + 1, sp2 - sp1 - 1);
      req.path = req.target.substr(0, req.target.find('?'));
      head.remove_prefix(eol == std::string_view::npos ? head.size() : eol + 2);
      while (!head.empty()) {
        size_t e = head.find("\r\n");
        std::string_view h = head.substr(0, e);
        head.remove_prefix(e == std::string_view::npos ? head.size() : e + 2);
        size_t colon = h.find(':');
        if (colon == std::string_view::npos) continue;
        req.headers[Lower(Trim(h.substr(0, colon)))] =
            std::string(Trim(h.substr(colon + 1)));
      }
      buf.erase(0, end + 4);
      // A request body is read and thrown away.
      int64_t body = std::atoll(req.Header("content-length").c_str());
      while (body > 0) {
        if (!buf.empty()) {
          size_t take = std::min<size_t>(buf.size(), static_cast<size_t>(body));
          buf.erase(0, take);
          body -= static_cast<int64_t>(take);
          continue;
        }
        char tmp[16384];
        ssize_t n = recv(fd, tmp, sizeof tmp, 0);
        if (n <= 0) goto done;
        buf.append(tmp, static_cast<size_t>(n));
      }
      TestReply reply = ReplyFor(req);
      if (!Send(fd, req, reply)) goto done;
    }
  }
done : {
  std::lock_guard<std::mutex> lock(mu_);
  close(fd);
  c->fd = -1;
}
  --open_connections_;
  c->done = true;
}

bool TestServer::Send(int fd, const TestRequest& req, const TestReply& reply) {
  if (!Sleep(reply.delay_before_headers_ms)) return false;

  int status = reply.status;
  if (status == 200 && reply.conditional) {
    std::string_view etag = HeaderIn(reply, "etag");
    std::string_view modified = HeaderIn(reply, "last-modified");
    std::string inm = req.Header("if-none-match");
    std::string ims = req.Header("if-modified-since");
    if ((!etag.empty() && !inm.empty() && EtagListMatches(inm, etag)) ||
        (inm.empty() && !modified.empty() && ims == modified))
      status = 304;
  }

  std::shared_ptr<const std::string> owned;
  std::string_view body = reply.body;
  int64_t filler = 0;
  bool gzipped = false;
  if (reply.gzip_zeros > 0) {
    owned = GzipZeros(reply.gzip_zeros);
    body = *owned;
    gzipped = true;
  } else if (reply.filler_bytes > 0) {
    filler = reply.filler_bytes;
  } else if (reply.gzip) {
    owned = std::make_shared<const std::string>(Gzip(reply.body));
    body = *owned;
    gzipped = true;
  }
  const bool no_body =
      status < 200 || status == 204 || status == 304 || req.method == "HEAD";
  const int64_t total = filler > 0 ? filler : static_cast<int64_t>(body.size());
  const bool close_after = reply.close || (reply.no_length && !no_body);

  std::string head =
      "HTTP/1.1 " + std::to_string(status) + " " + Reason(status) + "\r\n";
  for (const auto& [n, v] : reply.headers) head += n + ": " + v + "\r\n";
  if (gzipped && status != 304) head += "Content-Encoding: gzip\r\n";
  if (status >= 200 && status != 204 && status != 304) {
    if (reply.chunked)
      head += "Transfer-Encoding: chunked\r\n";
    else if (!reply.no_length)
      head += "Content-Length: " + std::to_string(total) + "\r\n";
  }
  if (close_after) head += "Connection: close\r\n";
  head += "\r\n";
  if (!SendAll(fd, head)) return false;
  if (no_body) return !close_after;

  static const std::string kFiller(kFillerPiece, 'x');
  size_t piece = reply.chunk_bytes > 0 ? static_cast<size_t>(reply.chunk_bytes)
                                       : kFillerPiece;
  if (filler > 0) piece = std::min(piece, kFillerPiece);
  int64_t sent = 0;
  while (sent < total) {
    int64_t n = std::min<int64_t>(static_cast<int64_t>(piece), total - sent);
    if (reply.drop_after_bytes >= 0)
      n = std::min<int64_t>(n, reply.drop_after_bytes - sent);
    if (n <= 0) return false;  // the drop
    std::string_view data =
        filler > 0
            ? std::string_view(kFiller).substr(0, static_cast<size_t>(n))
            : body.substr(static_cast<size_t>(sent), static_cast<size_t>(n));
    if (reply.chunked) {
      char size_line[32];
      std::snprintf(size_line, sizeof size_line, "%llx\r\n",
                    static_cast<unsigned long long>(n));
      if (!SendAll(fd, size_line) || !SendAll(fd, data) || !SendAll(fd, "\r\n"))
        return false;
    } else if (!SendAll(fd, data)) {
      return false;
    }
    sent += n;
    if (reply.drop_after_bytes >= 0 && sent >= reply.drop_after_bytes)
      return false;
    if (reply.delay_between_chunks_ms > 0 && sent < total &&
        !Sleep(reply.delay_between_chunks_ms))
      return false;
  }
  if (reply.chunked && !SendAll(fd, "0\r\n\r\n")) return false;
  return !close_after;
}

}  // namespace stet
