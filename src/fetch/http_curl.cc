// CurlHttpClient: HttpClient on libcurl's multi interface.
//
// Every transfer runs on the thread that calls Poll(); libcurl resolves
// names on its own threads (AsynchDNS) so a slow DNS server does not stall
// the others. Limits that protect stet from the network are enforced here,
// not left to callers: the body cap counts decoded bytes (a gzip bomb stops
// at the cap, not at its compressed size), and the address check runs on
// every socket libcurl opens and again before every request is sent, which
// covers redirects, DNS answers that change between lookups, and reused
// connections.
#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "stet/fetch.h"
#include "stet/time.h"
#include "stet/url.h"

namespace stet {
namespace {

// Validators longer than this are dropped rather than stored and echoed.
constexpr size_t kMaxValidatorBytes = 1024;
// Idle easy handles kept for reuse; beyond this they are freed.
constexpr size_t kMaxIdleHandles = 64;

Status GlobalInit() {
  static std::once_flag once;
  static CURLcode code = CURLE_OK;
  std::call_once(once, [] { code = curl_global_init(CURL_GLOBAL_DEFAULT); });
  if (code != CURLE_OK)
    return Internal(std::string("libcurl init failed: ") +
                    curl_easy_strerror(code));
  return Status::Ok();
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' ||
                        s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

// One line, for "stet: error: <message>": control characters become spaces.
std::string OneLine(std::string_view s) {
  std::string out(Trim(s));
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return out;
}

bool HasControlChars(std::string_view s) {
  for (char c : s)
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
      return true;
  return false;
}

std::string SizeText(int64_t bytes) {
  char buf[48];
  if (bytes >= 1000000 && bytes % 1000000 == 0)
    std::snprintf(buf, sizeof buf, "%lld MB",
                  static_cast<long long>(bytes / 1000000));
  else if (bytes >= 1000000)
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / 1e6);
  else
    std::snprintf(buf, sizeof buf, "%lld bytes", static_cast<long long>(bytes));
  return buf;
}

// The scheme of `url` in lower case ("" if it has none), so a request for
// file: or a bare host name fails with a clear reason before libcurl (which
// would guess "http" for the latter) sees it.
std::string SchemeOf(std::string_view url) {
  url = Trim(url);
  size_t colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0) return "";
  std::string scheme;
  for (size_t i = 0; i < colon; ++i) {
    unsigned char c = static_cast<unsigned char>(url[i]);
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return "";
    scheme += static_cast<char>(std::tolower(c));
  }
  return std::isalpha(static_cast<unsigned char>(scheme[0])) ? scheme : "";
}

std::string AddressText(const sockaddr* sa) {
  char buf[INET6_ADDRSTRLEN] = {};
  if (sa->sa_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(sa);
    inet_ntop(AF_INET, &in->sin_addr, buf, sizeof buf);
  } else if (sa->sa_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(sa);
    inet_ntop(AF_INET6, &in6->sin6_addr, buf, sizeof buf);
  }
  return buf;  // "" for other families (AF_UNIX): not an address
}

using Classifier = std::function<AddressKind(std::string_view)>;

struct Transfer {
  HttpRequest request;
  HttpClient::Callback done;
  const Classifier* classify = nullptr;
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  std::string body;
  bool too_large = false;
  std::string refused;  // why a connection was refused, if one was
  // Headers of the latest response seen (reset at each status line, so
  // after redirects and 1xx they are the final response's).
  std::string content_type, etag, last_modified, retry_after;
  char error[CURL_ERROR_SIZE] = {};
  HttpResponse response;  // made when the transfer ends (or fails to start)
};

// Returns false (and records why) if the request may not reach `ip`.
bool AddressAllowed(Transfer* t, const std::string& ip) {
  if (t->request.options.allow_private_addresses) return true;
  AddressKind kind = (*t->classify)(ip);
  if (kind == AddressKind::kPublic) return true;
  if (t->refused.empty()) {
    t->refused = "refused to connect to " + (ip.empty() ? "a socket" : ip) +
                 " (" + std::string(AddressKindName(kind));
    if (kind != AddressKind::kNotAnAddress) t->refused += " address";
    t->refused += ")";
  }
  return false;
}

curl_socket_t OnOpenSocket(void* data, curlsocktype purpose,
                           curl_sockaddr* address) {
  auto* t = static_cast<Transfer*>(data);
  if (purpose != CURLSOCKTYPE_IPCXN ||
      !AddressAllowed(t, AddressText(&address->addr)))
    return CURL_SOCKET_BAD;
  int fd = socket(address->family, address->socktype | SOCK_CLOEXEC,
                  address->protocol);
  return fd < 0 ? CURL_SOCKET_BAD : fd;
}

// Runs before each request is sent, on a new or a reused connection: a
// connection opened for a request that allowed private addresses must not
// carry one that does not.
int OnPrereq(void* data, char* primary_ip, char* /*local_ip*/,
             int /*primary_port*/, int /*local_port*/) {
  auto* t = static_cast<Transfer*>(data);
  return AddressAllowed(t, primary_ip ? primary_ip : "")
             ? CURL_PREREQFUNC_OK
             : CURL_PREREQFUNC_ABORT;
}

size_t OnBody(char* ptr, size_t size, size_t n, void* data) {
  auto* t = static_cast<Transfer*>(data);
  size_t len = size * n;
  if (static_cast<int64_t>(t->body.size() + len) >
      t->request.options.max_body_bytes) {
    t->too_large = true;
    return 0;  // anything but `len` aborts the transfer
  }
  t->body.append(ptr, len);
  return len;
}

size_t OnHeader(char* ptr, size_t size, size_t n, void* data) {
  auto* t = static_cast<Transfer*>(data);
  size_t len = size * n;
  std::string_view line(ptr, len);
  if (line.starts_with("HTTP/")) {
    t->content_type.clear();
    t->etag.clear();
    t->last_modified.clear();
    t->retry_after.clear();
    return len;
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return len;
  std::string_view name = Trim(line.substr(0, colon));
  std::string_view value = Trim(line.substr(colon + 1));
  if (IEquals(name, "content-type")) {
    t->content_type = value;
  } else if (IEquals(name, "etag")) {
    t->etag = value.size() <= kMaxValidatorBytes ? value : "";
  } else if (IEquals(name, "last-modified")) {
    t->last_modified = value.size() <= kMaxValidatorBytes ? value : "";
  } else if (IEquals(name, "retry-after")) {
    t->retry_after = value.substr(0, 200);
  }
  return len;
}

class CurlHttpClient final : public HttpClient {
 public:
  CurlHttpClient(CURLM* multi, CurlClientOptions options)
      : multi_(multi), options_(std::move(options)) {
    classify_ = options_.classify_address
                    ? options_.classify_address
                    : [](std::string_view ip) { return ClassifyAddress(ip); };
  }

  ~CurlHttpClient() override {
    for (auto& [easy, t] : running_) {
      curl_multi_remove_handle(multi_, easy);
      curl_easy_cleanup(easy);
      curl_slist_free_all(t->headers);
    }
    for (CURL* easy : idle_) curl_easy_cleanup(easy);
    curl_multi_cleanup(multi_);
  }

  void Start(HttpRequest request, Callback done) override {
    auto t = std::make_unique<Transfer>();
    t->request = std::move(request);
    t->done = std::move(done);
    t->classify = &classify_;
    t->response.final_url = t->request.url;
    if (Status s = Configure(*t); !s.ok()) {
      t->response.status = s;
      if (t->easy) Recycle(t->easy);
      curl_slist_free_all(t->headers);
      t->headers = nullptr;
      t->easy = nullptr;
      failed_.push_back(std::move(t));
      return;
    }
    CURL* easy = t->easy;
    running_.emplace(easy, std::move(t));
  }

  int Poll(int timeout_ms) override {
    const auto deadline = std::chrono::steady_clock::now() +
                          std::chrono::milliseconds(std::max(timeout_ms, 0));
    std::vector<std::unique_ptr<Transfer>> finished;
    for (;;) {
      for (auto& t : failed_) finished.push_back(std::move(t));
      failed_.clear();
      int still = 0;
      curl_multi_perform(multi_, &still);
      Reap(finished);
      if (!finished.empty() || running_.empty()) break;
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                      deadline - std::chrono::steady_clock::now())
                      .count();
      if (left <= 0) break;
      curl_multi_poll(multi_, nullptr, 0, static_cast<int>(left), nullptr);
    }
    // Callbacks last: they may Start() more transfers.
    for (auto& t : finished) {
      HttpResponse r = std::move(t->response);
      t->done(std::move(r));
    }
    return InFlight();
  }

  int InFlight() const override {
    return static_cast<int>(running_.size() + failed_.size());
  }

 private:
  // Sets the transfer up and hands it to the multi handle, or says why the
  // request cannot be made.
  Status Configure(Transfer& t) {
    const HttpRequest& r = t.request;
    std::string scheme = SchemeOf(r.url);
    if (scheme.empty())
      return InvalidArgument("not an absolute http(s) URL: '" +
                             OneLine(r.url.substr(0, 200)) + "'");
    if (scheme != "http" && scheme != "https")
      return Status(ErrorCode::kDenied, "unsupported scheme '" + scheme +
                                            ":' (only http and https)");
    t.easy = TakeHandle();
    if (!t.easy) return Internal("libcurl could not make a transfer");
    CURL* e = t.easy;
    const FetchOptions& o = r.options;
    curl_easy_setopt(e, CURLOPT_URL, r.url.c_str());
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.error);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    // "" rather than unset: unset would read http_proxy from the
    // environment, and a proxy resolves names out of the check's sight.
    curl_easy_setopt(e, CURLOPT_PROXY, "");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS,
                     static_cast<long>(std::max(o.max_redirects, 0)));
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // all built in
    curl_easy_setopt(e, CURLOPT_USERAGENT, o.user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(std::max(o.connect_timeout_ms, 1)));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS,
                     static_cast<long>(std::max(o.total_timeout_ms, 1)));
    // Rejects a declared Content-Length above the cap before any body
    // arrives; OnBody enforces it on decoded bytes for the rest.
    curl_easy_setopt(
        e, CURLOPT_MAXFILESIZE_LARGE,
        static_cast<curl_off_t>(std::max<int64_t>(o.max_body_bytes, 0)));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, OnBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, OnHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, OnOpenSocket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, &t);
    curl_easy_setopt(e, CURLOPT_PREREQFUNCTION, OnPrereq);
    curl_easy_setopt(e, CURLOPT_PREREQDATA, &t);
    if (!r.if_none_match.empty() && !HasControlChars(r.if_none_match))
      t.headers = curl_slist_append(
          t.headers, ("If-None-Match: " + r.if_none_match).c_str());
    if (!r.if_modified_since.empty() && !HasControlChars(r.if_modified_since))
      t.headers = curl_slist_append(
          t.headers, ("If-Modified-Since: " + r.if_modified_since).c_str());
    if (t.headers) curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headers);
    if (CURLMcode mc = curl_multi_add_handle(multi_, e); mc != CURLM_OK)
      return Internal(std::string("libcurl could not start a transfer: ") +
                      curl_multi_strerror(mc));
    return Status::Ok();
  }

  // Moves finished transfers from running_ to `out`, their responses made.
  void Reap(std::vector<std::unique_ptr<Transfer>>& out) {
    int left = 0;
    while (CURLMsg* m = curl_multi_info_read(multi_, &left)) {
      if (m->msg != CURLMSG_DONE) continue;
      auto it = running_.find(m->easy_handle);
      if (it == running_.end()) continue;
      std::unique_ptr<Transfer> t = std::move(it->second);
      running_.erase(it);
      curl_multi_remove_handle(multi_, t->easy);
      t->response = Finish(*t, m->data.result);
      curl_slist_free_all(t->headers);
      t->headers = nullptr;
      Recycle(t->easy);
      t->easy = nullptr;
      out.push_back(std::move(t));
    }
  }

  HttpResponse Finish(Transfer& t, CURLcode code) {
    CURL* e = t.easy;
    HttpResponse r;
    long http = 0;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &http);
    r.http_status = static_cast<int>(http);
    char* url = nullptr;
    curl_easy_getinfo(e, CURLINFO_EFFECTIVE_URL, &url);
    r.final_url = url ? url : t.request.url;
    long redirects = 0;
    curl_easy_getinfo(e, CURLINFO_REDIRECT_COUNT, &redirects);
    r.redirects = static_cast<int>(redirects);
    curl_off_t wire = 0;
    curl_easy_getinfo(e, CURLINFO_SIZE_DOWNLOAD_T, &wire);
    r.wire_bytes = wire;
    curl_off_t micros = 0;
    curl_easy_getinfo(e, CURLINFO_TOTAL_TIME_T, &micros);
    r.total_seconds = static_cast<double>(micros) / 1e6;
    r.content_type = std::move(t.content_type);
    r.etag = std::move(t.etag);
    r.last_modified = std::move(t.last_modified);
    if (!t.retry_after.empty())
      r.retry_after_seconds =
          ParseRetryAfter(t.retry_after, SystemClock().Now());
    r.status = StatusOf(t, code);
    if (r.status.ok()) r.body = std::move(t.body);
    return r;
  }

  Status StatusOf(Transfer& t, CURLcode code) {
    if (code == CURLE_OK) return Status::Ok();
    std::string detail =
        OneLine(t.error[0] ? t.error : curl_easy_strerror(code));
    if (!t.refused.empty() &&
        (code == CURLE_COULDNT_CONNECT || code == CURLE_ABORTED_BY_CALLBACK))
      return Status(ErrorCode::kDenied, t.refused);
    switch (code) {
      case CURLE_WRITE_ERROR:
        if (!t.too_large) break;
        [[fallthrough]];
      case CURLE_FILESIZE_EXCEEDED:
        return Status(
            ErrorCode::kTooLarge,
            "body above " + SizeText(t.request.options.max_body_bytes));
      case CURLE_TOO_MANY_REDIRECTS:
        return InvalidArgument("too many redirects (" +
                               std::to_string(t.request.options.max_redirects) +
                               ")");
      case CURLE_UNSUPPORTED_PROTOCOL: {
        // Start() lets only http(s) URLs through, so this is a redirect
        // elsewhere; libcurl has made the refused target the effective URL.
        char* target = nullptr;
        curl_easy_getinfo(t.easy, CURLINFO_EFFECTIVE_URL, &target);
        std::string where =
            target ? OneLine(std::string_view(target).substr(0, 200)) : "";
        return Status(ErrorCode::kDenied,
                      "refused to follow a redirect to " +
                          (where.empty() ? "another scheme" : where) +
                          " (only http and https)");
      }
      case CURLE_URL_MALFORMAT:
        return InvalidArgument("bad URL: " + detail);
      default:
        break;
    }
    return Status(ErrorCode::kNetwork, detail);
  }

  CURL* TakeHandle() {
    if (!idle_.empty()) {
      CURL* e = idle_.back();
      idle_.pop_back();
      return e;
    }
    return curl_easy_init();
  }

  void Recycle(CURL* e) {
    if (idle_.size() >= kMaxIdleHandles) {
      curl_easy_cleanup(e);
      return;
    }
    curl_easy_reset(e);
    idle_.push_back(e);
  }

  CURLM* multi_;
  CurlClientOptions options_;
  Classifier classify_;
  std::unordered_map<CURL*, std::unique_ptr<Transfer>> running_;
  std::vector<std::unique_ptr<Transfer>> failed_;  // complete at next Poll
  std::vector<CURL*> idle_;
};

}  // namespace

Result<std::unique_ptr<HttpClient>> NewCurlHttpClient(
    CurlClientOptions options) {
  STET_RETURN_IF_ERROR(GlobalInit());
  CURLM* multi = curl_multi_init();
  if (!multi) return Internal("libcurl could not make a multi handle");
  return std::unique_ptr<HttpClient>(
      std::make_unique<CurlHttpClient>(multi, std::move(options)));
}

int64_t ParseRetryAfter(std::string_view value, Timestamp now) {
  // Anything past a year is as good as "much later"; capping keeps the
  // arithmetic of callers from overflowing.
  constexpr int64_t kCap = 366LL * 24 * 3600;
  value = Trim(value);
  if (value.empty()) return -1;
  if (std::all_of(value.begin(), value.end(),
                  [](char c) { return c >= '0' && c <= '9'; })) {
    if (value.size() > 9) return kCap;
    return std::min<int64_t>(std::stoll(std::string(value)), kCap);
  }
  // An HTTP date always has a day or month name; requiring a letter keeps
  // "-5" or "1.5" from being read as some other date form.
  if (!std::any_of(value.begin(), value.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c));
      }))
    return -1;
  auto t = ParseLooseTime(value);
  if (!t.ok()) return -1;
  return std::clamp<int64_t>(t->utc - now, 0, kCap);
}

}  // namespace stet
