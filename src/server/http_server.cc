#include "server/http_server.h"

#include <httplib.h>

#include <chrono>
#include <thread>

#include "stet/text.h"

namespace stet::server {
namespace {

class HttplibServer final : public HttpServer {
 public:
  HttplibServer(Site& site, const ServeOptions& opts)
      : site_(site), opts_(opts) {}
  ~HttplibServer() override {
    Stop();
    Wait();
  }

  Status Start() {
    const int threads = std::max(opts_.threads, 1);
    svr_.new_task_queue = [threads] {
      return new httplib::ThreadPool(threads);
    };
    svr_.set_read_timeout(opts_.read_timeout_s, 0);
    svr_.set_write_timeout(opts_.write_timeout_s, 0);
    svr_.set_keep_alive_timeout(opts_.read_timeout_s);
    svr_.set_keep_alive_max_count(100);
    svr_.set_payload_max_length(opts_.max_body_bytes);
    // Headers and body go out in separate writes: with Nagle's algorithm on,
    // the client's delayed ACK holds every response back 40 ms.
    svr_.set_tcp_nodelay(true);
    // SO_REUSEADDR only: httplib's default adds SO_REUSEPORT, which would
    // let a second `stet serve` share the port silently instead of failing.
    svr_.set_socket_options([](auto sock) {
      int yes = 1;
      setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    auto handler = [this](const httplib::Request& req, httplib::Response& res) {
      Handle(req, res);
    };
    svr_.Get(".*", handler);
    svr_.Post(".*", handler);
    svr_.Put(".*", handler);
    svr_.Patch(".*", handler);
    svr_.Delete(".*", handler);
    svr_.Options(".*", handler);
    if (opts_.port == 0) {
      port_ = svr_.bind_to_any_port(opts_.host);
      if (port_ <= 0)
        return IoError("cannot listen on " + opts_.host + " (any port)");
    } else {
      if (!svr_.bind_to_port(opts_.host, opts_.port))
        return IoError("cannot listen on " + opts_.host + ":" +
                       std::to_string(opts_.port) +
                       " (in use, or not an address of this machine)");
      port_ = opts_.port;
    }
    thread_ = std::thread([this] { svr_.listen_after_bind(); });
    return Status::Ok();
  }

  int port() const override { return port_; }
  void Stop() override { svr_.stop(); }
  void Wait() override {
    if (thread_.joinable()) thread_.join();
  }

 private:
  void Handle(const httplib::Request& req, httplib::Response& res) {
    const auto t0 = std::chrono::steady_clock::now();
    WebRequest w;
    w.method = req.method;
    w.path = req.path;
    for (const auto& [k, v] : req.params) w.query.emplace(k, v);
    for (const auto& [k, v] : req.headers)
      w.headers.emplace(text::AsciiLower(k), v);
    w.body = req.body;
    WebResponse r = site_.Handle(w);
    res.status = r.status;
    for (const auto& [k, v] : r.headers) res.set_header(k, v);
    res.set_content(std::move(r.body), r.content_type);
    if (opts_.log) {
      const double ms = std::chrono::duration<double, std::milli>(
                            std::chrono::steady_clock::now() - t0)
                            .count();
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.1fms", ms);
      opts_.log(req.method + " " + text::SanitizeUtf8(req.path) + " " +
                std::to_string(res.status) + " " + buf);
    }
  }

  Site& site_;
  ServeOptions opts_;
  httplib::Server svr_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace

Result<std::unique_ptr<HttpServer>> StartHttpServer(Site& site,
                                                    const ServeOptions& opts) {
  auto s = std::make_unique<HttplibServer>(site, opts);
  STET_RETURN_IF_ERROR(s->Start());
  return std::unique_ptr<HttpServer>(std::move(s));
}

}  // namespace stet::server
