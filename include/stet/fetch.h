// Fetching pages over HTTP: the seam between stet and the network.
//
// The watcher talks to an HttpClient, never to libcurl directly, so its
// schedule and its handling of failures are tested against FakeHttpClient
// without a network or sleeping. CurlHttpClient is the real one: libcurl's
// multi interface, many transfers at once on one thread.
//
// Only http and https are fetched, and unless a request allows it, no
// connection is made to a loopback, private, link-local or otherwise
// non-public address: the check is made on each address DNS gave, for every
// hop of a redirect chain, so "localhost", "127.1" or a public name that
// resolves to 10.0.0.1 are refused alike.
//
// Thread-safety: an HttpClient is used from one thread (the one that calls
// Start and Poll); callbacks run on that thread, inside Poll. Distinct
// clients may be used from distinct threads.
#ifndef STET_FETCH_H_
#define STET_FETCH_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "stet/model.h"
#include "stet/result.h"
#include "stet/url.h"

namespace stet {

struct FetchOptions {
  // Sent with every request. Default names stet and where to read about it.
  std::string user_agent = "stet/0.1 (+https://github.com/stet-news/stet)";
  int connect_timeout_ms = 10000;  // default 10 s
  // The whole transfer, redirects included. Default 60 s.
  int total_timeout_ms = 60000;
  // Bodies above this (after decompression, so a gzip bomb stops here)
  // fail with kTooLarge. Default 16 MB.
  int64_t max_body_bytes = 16000000;
  // Redirects followed. Default 5; one more is kInvalidArgument "too many
  // redirects (5)". 0 makes any redirect an error.
  int max_redirects = 5;
  // Loopback, private, link-local and other non-public addresses are
  // refused after DNS resolution, so a feed cannot point a shared instance
  // at an internal network. Default false; set per source by an operator.
  bool allow_private_addresses = false;
};

struct HttpRequest {
  std::string url;  // absolute http(s); other schemes fail with kDenied
  // Conditional request validators from the last response (empty: none).
  // A server that still has that version answers 304 with no body. Values
  // holding control characters (CR, LF...) are not sent.
  std::string if_none_match;      // ETag
  std::string if_modified_since;  // Last-Modified, as the server sent it
  FetchOptions options;
};

struct HttpResponse {
  // Transport outcome: ok, or why there is no HTTP response at all
  // (kNetwork: DNS, connect, reset, timeout; kTooLarge: body limit;
  // kInvalidArgument: bad URL, too many redirects; kDenied: unsupported
  // scheme, a private address that was not allowed). Any HTTP status,
  // 404 and 500 included, is an ok transfer: http_status says what it was.
  // On failure the body is empty and the other fields say how far the
  // transfer got (the status of a response cut off mid-body, say).
  Status status = Status::Ok();
  int http_status = 0;    // 200, 304, 404...; 0 if no response
  std::string final_url;  // after redirects
  int redirects = 0;      // redirects followed to reach final_url
  // Headers of the final response, as sent; "" if absent. ETag and
  // Last-Modified longer than 1 KB are dropped (no server needs that, and
  // they are stored and sent back).
  std::string content_type;
  std::string etag;
  std::string last_modified;
  // Retry-After in seconds (from seconds or an HTTP date), -1 if absent.
  int64_t retry_after_seconds = -1;
  std::string body;        // decoded (gzip, deflate, br, zstd undone)
  int64_t wire_bytes = 0;  // body bytes of the final response, before decoding
  double total_seconds = 0;  // time the transfer took, redirects included
};

class HttpClient {
 public:
  using Callback = std::function<void(HttpResponse)>;
  // Destroying a client abandons its transfers without running their
  // callbacks.
  virtual ~HttpClient() = default;
  // Queues a request; `done` runs inside a later Poll(), exactly once, also
  // for a request that fails at once (a bad URL). `done` may call Start().
  virtual void Start(HttpRequest request, Callback done) = 0;
  // Moves transfers along for at most `timeout_ms`, running the callbacks
  // of those that finish; returns as soon as some did (so the caller can
  // start more), at once if nothing is in flight. Returns the number still
  // in flight.
  virtual int Poll(int timeout_ms) = 0;
  virtual int InFlight() const = 0;
};

struct CurlClientOptions {
  // How the address of each connection is judged for requests that do not
  // allow private addresses. Default (empty): ClassifyAddress. Tests swap
  // in one that calls a loopback address public, to show that a redirect
  // from a "public" server to a private one is refused.
  std::function<AddressKind(std::string_view ip)> classify_address;
};

// libcurl multi: all transfers on the calling thread, connections and DNS
// answers reused across requests. No proxy is used, whatever the
// environment says: a proxy would resolve names where the address check
// cannot see them. Fails only if libcurl cannot be initialised.
Result<std::unique_ptr<HttpClient>> NewCurlHttpClient(
    CurlClientOptions options = {});

// The Retry-After header value as seconds from `now`: "120" -> 120, an HTTP
// date -> seconds until then (0 if past). -1 if it is neither.
int64_t ParseRetryAfter(std::string_view value, Timestamp now);

// Scripted responses for tests: each URL answers with the responses given
// for it, in order (the last one repeats). Requests to other URLs answer
// kNetwork "no route to <url>". Records every request it was given. Poll()
// completes everything pending at once, in the order started, without
// waiting; a response's final_url defaults to the request's URL.
class FakeHttpClient final : public HttpClient {
 public:
  // Adds `response` to those `url` answers with (the URL exactly as
  // requested).
  void Respond(const std::string& url, HttpResponse response);
  void Start(HttpRequest request, Callback done) override;
  int Poll(int timeout_ms) override;
  int InFlight() const override { return static_cast<int>(pending_.size()); }
  const std::vector<HttpRequest>& requests() const { return requests_; }

 private:
  std::map<std::string, std::vector<HttpResponse>> script_;
  std::map<std::string, size_t> next_;
  std::vector<std::pair<HttpRequest, Callback>> pending_;
  std::vector<HttpRequest> requests_;
};

}  // namespace stet

#endif  // STET_FETCH_H_
