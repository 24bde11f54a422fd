// The HTTP server that carries the Site: cpp-httplib with a thread pool,
// request size and time limits, loopback by default.
//
// Thread-safety: Start() returns a running server; Stop() may be called from
// any thread (not from a signal handler).
#ifndef STET_SERVER_HTTP_SERVER_H_
#define STET_SERVER_HTTP_SERVER_H_

#include <functional>
#include <memory>
#include <string>

#include "server/site.h"

namespace stet::server {

struct ServeOptions {
  // Address to listen on. Default 127.0.0.1: only this machine; serving a
  // network is a deliberate choice (--host 0.0.0.0).
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 picks a free port. Default 8080.
  // Connections served at once: each keep-alive connection holds a thread
  // while it is open, so fewer threads than clients queue the rest.
  // Default 64.
  int threads = 64;
  // A client that sends nothing for this long is dropped; a response that
  // cannot be written for this long is abandoned. Default 5 s each.
  int read_timeout_s = 5;
  int write_timeout_s = 5;
  // Request bodies above this are refused (413). Default 64 KiB.
  size_t max_body_bytes = 64 * 1024;
  // Called with one line per request ("GET /path 200 1.2ms"); may be empty.
  std::function<void(const std::string&)> log;
};

class HttpServer {
 public:
  virtual ~HttpServer() = default;
  virtual int port() const = 0;  // the bound port
  virtual void Stop() = 0;       // stops listening; Wait() returns
  virtual void Wait() = 0;       // until stopped
};

// Binds and starts serving on a background thread. Fails (kIoError) when
// the address cannot be bound.
Result<std::unique_ptr<HttpServer>> StartHttpServer(Site& site,
                                                    const ServeOptions& opts);

}  // namespace stet::server

#endif  // STET_SERVER_HTTP_SERVER_H_
