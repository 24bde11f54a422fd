// The web site, API and feeds as a function from request to response,
// independent of the HTTP server that carries them (http_server.cc), so
// every page is tested without sockets.
//
// Routes (GET unless noted):
//   /                                  latest changes across all sources
//   /sources, /source/{name}           sources; one source's articles,
//                                      changes and statistics
//   /article/{id}                      version timeline and current text
//   /article/{id}/diff/{from}..{to}    diff between two versions
//   /feeds/changes.{atom,rss}          changes everywhere
//   /feeds/source/{name}.{atom,rss}    one source's changes
//   /feeds/article/{id}.{atom,rss}     one article's changes
//   /api/v1/...                        JSON (docs/api.md)
//   /static/stet.css, /static/stet.js  the only assets; no third parties
//
// Thread-safety: Handle() may be called from several threads at once; each
// call borrows a store from the StorePool for its duration.
#ifndef STET_SERVER_SITE_H_
#define STET_SERVER_SITE_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "stet/result.h"
#include "stet/store.h"
#include "stet/time.h"

namespace stet::server {

struct WebRequest {
  std::string method = "GET";
  std::string path;                               // decoded, no query
  std::multimap<std::string, std::string> query;  // decoded
  std::map<std::string, std::string> headers;     // names lower-case
  std::string body;
};

struct WebResponse {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

// Stores for concurrent requests: each is used by one thread at a time.
// Opens up to `max` stores with `open` as requests need them and reuses
// them; a request waits when all are busy.
class StorePool {
 public:
  using Opener = std::function<Result<std::unique_ptr<Store>>()>;
  StorePool(Opener open, int max);
  // A pool of exactly this one store (tests, the in-memory store).
  explicit StorePool(std::unique_ptr<Store> only);

  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<Store> s)
        : pool_(pool), store_(std::move(s)) {}
    Lease(Lease&&) = default;
    ~Lease();
    Store& operator*() { return *store_; }
    Store* operator->() { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };
  Result<Lease> Acquire();

 private:
  friend class Lease;
  void Release(std::unique_ptr<Store> s);
  Opener open_;
  int max_;
  int opened_ = 0;
  std::mutex mu_;
  // Requests waiting for a store, served first come first served, so under
  // load every request waits about as long as the others.
  std::deque<std::condition_variable*> waiting_;
  std::vector<std::unique_ptr<Store>> idle_;
};

struct SiteOptions {
  // Shown in page titles and feeds. Default "stet".
  std::string title = "stet";
  // Absolute base for links in feeds ("http://127.0.0.1:8080"); feeds need
  // absolute links. Default: taken from the request's Host header.
  std::string base_url;
  // Items per page of a list, and per feed. Default 50.
  int page_size = 50;
  // Source statistics are recomputed at most this often. Default 60 s.
  int64_t stats_ttl_seconds = 60;
  // The operator's secret for requests that change state (POST
  // /api/v1/sources), sent as "Authorization: Bearer <token>". Empty: the
  // site is read-only and refuses them (default).
  std::string token;
};

namespace internal {
class SummaryCache;
}

class Site {
 public:
  Site(StorePool& stores, const Clock& clock, SiteOptions options = {});
  ~Site();
  WebResponse Handle(const WebRequest& request);

 private:
  StorePool& stores_;
  const Clock& clock_;
  SiteOptions options_;
  std::unique_ptr<internal::SummaryCache> summaries_;
};

}  // namespace stet::server

#endif  // STET_SERVER_SITE_H_
