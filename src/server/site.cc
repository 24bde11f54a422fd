// Routing, the store pool, errors and the headers every response carries.
#include "server/site.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "server/handlers.h"
#include "server/html.h"
#include "stet/text.h"

namespace stet::server {

// --- StorePool ---------------------------------------------------------------

StorePool::StorePool(Opener open, int max)
    : open_(std::move(open)), max_(std::max(max, 1)) {}

StorePool::StorePool(std::unique_ptr<Store> only) : max_(1), opened_(1) {
  idle_.push_back(std::move(only));
}

StorePool::Lease::~Lease() {
  if (store_) pool_->Release(std::move(store_));
}

Result<StorePool::Lease> StorePool::Acquire() {
  std::unique_lock<std::mutex> lock(mu_);
  auto free = [&] { return !idle_.empty() || opened_ < max_; };
  if (!waiting_.empty() || !free()) {
    std::condition_variable me;
    waiting_.push_back(&me);
    me.wait(lock, [&] { return waiting_.front() == &me && free(); });
    waiting_.pop_front();
    // The next in line may go too if more than one store is free.
    if (!waiting_.empty() && free()) waiting_.front()->notify_one();
  }
  if (!idle_.empty()) {
    std::unique_ptr<Store> s = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(s));
  }
  ++opened_;
  lock.unlock();
  Result<std::unique_ptr<Store>> s = open_();
  if (!s.ok()) {
    std::lock_guard<std::mutex> relock(mu_);
    --opened_;
    if (!waiting_.empty()) waiting_.front()->notify_one();
    return s.status();
  }
  return Lease(this, std::move(*s));
}

void StorePool::Release(std::unique_ptr<Store> s) {
  std::lock_guard<std::mutex> lock(mu_);
  idle_.push_back(std::move(s));
  if (!waiting_.empty()) waiting_.front()->notify_one();
}

// --- Requests ----------------------------------------------------------------

namespace internal {

Result<std::vector<SourceSummary>> SummaryCache::Get(Store& store,
                                                     Timestamp now,
                                                     std::string_view only) {
  auto cached = [&]() -> std::optional<std::vector<SourceSummary>> {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = entries_.find(only);
    if (it != entries_.end() && now - it->second.at < ttl_ &&
        now >= it->second.at)
      return it->second.summaries;
    return std::nullopt;
  };
  if (auto hit = cached()) return *hit;
  // One computation at a time: requests arriving meanwhile wait for it and
  // take its result instead of scanning the store again each.
  std::lock_guard<std::mutex> computing(compute_mu_);
  if (auto hit = cached()) return *hit;
  STET_ASSIGN_OR_RETURN(std::vector<SourceSummary> fresh,
                        store.SummarizeSources(only));
  std::lock_guard<std::mutex> lock(mu_);
  if (entries_.size() > 1000) entries_.clear();  // bounded by request names
  entries_[std::string(only)] = Entry{now, fresh};
  return fresh;
}

std::string Ctx::Param(std::string_view name, std::string fallback) const {
  auto it = request.query.find(std::string(name));
  return it == request.query.end() ? fallback : it->second;
}

std::optional<int64_t> Ctx::IntParam(std::string_view name, int64_t fallback,
                                     int64_t lo, int64_t hi) const {
  auto it = request.query.find(std::string(name));
  if (it == request.query.end() || it->second.empty()) return fallback;
  int64_t v = 0;
  const std::string& s = it->second;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < lo || v > hi)
    return std::nullopt;
  return v;
}

bool Ctx::TimeParam(std::string_view name, Timestamp* out,
                    std::string* error) const {
  const std::string v = Param(name);
  if (v.empty()) return true;
  Result<Timestamp> t = ParseTime(v);
  if (!t.ok()) {
    *error = std::string(name) +
             " must be a date (2017-12-22), a time (2017-12-22T09:30:00Z) or "
             "seconds since 1970";
    return false;
  }
  *out = *t;
  return true;
}

WebResponse JsonResponse(const nlohmann::json& j, int status) {
  WebResponse r;
  r.status = status;
  r.content_type = "application/json";
  const std::string raw =
      j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  r.body.reserve(raw.size() + 16);
  for (char c : raw) {
    switch (c) {
      case '<':
        r.body += "\\u003c";
        break;
      case '>':
        r.body += "\\u003e";
        break;
      case '&':
        r.body += "\\u0026";
        break;
      default:
        r.body += c;
    }
  }
  r.body += '\n';
  return r;
}

int HttpStatusFor(const Status& s) {
  switch (s.code()) {
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kInvalidArgument:
      return 400;
    case ErrorCode::kBusy:
      return 503;
    default:
      return 500;
  }
}

WebResponse Error(const Ctx& ctx, int status, std::string_view message) {
  if (ctx.request.path.starts_with("/api/"))
    return JsonResponse(
        {{"error",
          {{"status", status}, {"message", text::SanitizeUtf8(message)}}}},
        status);
  std::string body = "<h1>" + std::to_string(status) + "</h1><p class=error>" +
                     Escape(message) +
                     "</p><p><a href=\"/\">Latest changes</a></p>";
  return Page(ctx, status, std::to_string(status), body);
}

WebResponse Failure(const Ctx& ctx, const Status& s) {
  const int status = HttpStatusFor(s);
  // Internal details stay in the server's log, not on a public page.
  return Error(ctx, status,
               status == 500 ? "the store could not answer" : s.message());
}

std::string ArticlePath(int64_t id) { return "/article/" + std::to_string(id); }
std::string DiffPath(int64_t id, int from, int to) {
  return ArticlePath(id) + "/diff/" + std::to_string(from) + ".." +
         std::to_string(to);
}
std::string SourcePath(std::string_view name) {
  return "/source/" + UrlEncode(name);
}

}  // namespace internal

namespace {

using internal::Ctx;

// Parses "/article/12/diff/3..4" style numbers; false on anything else.
bool ParseInt(std::string_view s, int64_t* out) {
  if (s.empty() || s.size() > 18) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size() && *out > 0;
}

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '/') {
      ++i;
      continue;
    }
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    out.push_back(path.substr(i, j - i));
    i = j;
  }
  return out;
}

// A Host header is only trusted to name this server when it looks like a
// host and port, so a forged one cannot inject markup or other sites into
// feed links.
std::string BaseFromHost(const WebRequest& req) {
  auto it = req.headers.find("host");
  if (it == req.headers.end() || it->second.empty() || it->second.size() > 255)
    return "http://127.0.0.1";
  for (char c : it->second)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' &&
        c != ':' && c != '[' && c != ']')
      return "http://127.0.0.1";
  return "http://" + it->second;
}

WebResponse Asset(std::string_view name) {
  WebResponse r;
  if (name == "stet.css") {
    r.content_type = "text/css; charset=utf-8";
    r.body = internal::kCss;
  } else if (name == "stet.js") {
    r.content_type = "text/javascript; charset=utf-8";
    r.body = internal::kJs;
  } else {
    r.status = 404;
    r.content_type = "text/plain; charset=utf-8";
    r.body = "no such file\n";
    return r;
  }
  r.headers.emplace_back("Cache-Control", "public, max-age=3600");
  return r;
}

// Splits "name.atom" / "name.rss"; false for other endings.
bool FeedName(std::string_view seg, std::string_view* name, bool* atom) {
  if (seg.ends_with(".atom")) {
    *name = seg.substr(0, seg.size() - 5);
    *atom = true;
    return true;
  }
  if (seg.ends_with(".rss")) {
    *name = seg.substr(0, seg.size() - 4);
    *atom = false;
    return true;
  }
  return false;
}

WebResponse Route(Ctx& ctx) {
  const std::vector<std::string_view> seg = Segments(ctx.request.path);
  if (seg.empty()) return internal::HomePage(ctx);
  const std::string_view top = seg[0];
  int64_t id = 0;
  if (top == "api" && seg.size() >= 2 && seg[1] == "v1") {
    std::string_view rest = ctx.request.path;
    rest.remove_prefix(std::min(rest.size(), rest.find("/v1") + 3));
    return internal::Api(ctx, rest);
  }
  if (top == "static" && seg.size() == 2) return Asset(seg[1]);
  if (top == "favicon.ico" && seg.size() == 1) {
    // Browsers ask for it on every site; there is none, and a 404 in every
    // page's console would hide real errors.
    WebResponse r;
    r.status = 204;
    r.content_type = "image/x-icon";
    r.headers.emplace_back("Cache-Control", "public, max-age=86400");
    return r;
  }
  if (top == "search" && seg.size() == 1) return internal::SearchPage(ctx);
  if (top == "sources" && seg.size() == 1) return internal::SourcesPage(ctx);
  if (top == "stories" && seg.size() == 1) return internal::StoriesPage(ctx);
  if (top == "quotes" && seg.size() == 1) return internal::QuotesPage(ctx, "");
  if (top == "person" && seg.size() == 2 && !seg[1].empty())
    return internal::QuotesPage(ctx, seg[1]);
  if (top == "story" && seg.size() == 2 && ParseInt(seg[1], &id))
    return internal::StoryPage(ctx, id);
  if (top == "source" && seg.size() == 2)
    return internal::SourcePage(ctx, std::string(seg[1]));
  if (top == "article" && seg.size() >= 2 && ParseInt(seg[1], &id)) {
    if (seg.size() == 2) return internal::ArticlePage(ctx, id);
    if (seg.size() == 4 && seg[2] == "diff") {
      size_t dots = seg[3].find("..");
      int64_t from = 0, to = 0;
      if (dots != std::string_view::npos &&
          ParseInt(seg[3].substr(0, dots), &from) &&
          ParseInt(seg[3].substr(dots + 2), &to) && from < (1 << 30) &&
          to < (1 << 30))
        return internal::DiffPage(ctx, id, static_cast<int>(from),
                                  static_cast<int>(to));
    }
  }
  if (top == "feeds" && seg.size() >= 2) {
    std::string_view name;
    bool atom = true;
    ChangeFilter f;
    f.limit = ctx.options.page_size;
    if (seg.size() == 2 && FeedName(seg[1], &name, &atom) && name == "changes")
      return internal::ChangesFeed(ctx, f, "Latest changes", "/", atom);
    if (seg.size() == 2 && FeedName(seg[1], &name, &atom) && name == "search")
      return internal::SearchFeed(ctx, atom);
    if (seg.size() == 2 && FeedName(seg[1], &name, &atom) && name == "quotes")
      return internal::QuotesFeed(ctx, atom);
    if (seg.size() == 3 && FeedName(seg[2], &name, &atom)) {
      if (seg[1] == "source" && !name.empty()) {
        f.source = std::string(name);
        return internal::ChangesFeed(ctx, f, "Changes at " + f.source,
                                     internal::SourcePath(f.source), atom);
      }
      if (seg[1] == "article" && ParseInt(name, &id)) {
        f.article_id = id;
        f.include_first = true;
        Result<Article> a = ctx.store.FindArticle(std::to_string(id));
        if (!a.ok()) return internal::Failure(ctx, a.status());
        return internal::ChangesFeed(ctx, f, "Versions of " + a->headline,
                                     internal::ArticlePath(id), atom);
      }
    }
  }
  return internal::Error(ctx, 404, "there is no page at this address");
}

}  // namespace

Site::Site(StorePool& stores, const Clock& clock, SiteOptions options)
    : stores_(stores), clock_(clock), options_(std::move(options)) {
  options_.page_size = std::clamp(options_.page_size, 1, 500);
  summaries_ =
      std::make_unique<internal::SummaryCache>(options_.stats_ttl_seconds);
}

Site::~Site() = default;

namespace {

// Compares without an early exit, so response times do not tell how much
// of a guessed token was right.
bool SameSecret(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i)
    diff |= static_cast<unsigned char>(a[i] ^ (i < b.size() ? b[i] : 0));
  return diff == 0;
}

WebResponse Plain(int status, std::string body) {
  WebResponse r;
  r.status = status;
  r.content_type = "text/plain; charset=utf-8";
  r.body = std::move(body);
  return r;
}

}  // namespace

WebResponse Site::Handle(const WebRequest& request) {
  WebResponse r;
  const bool write =
      request.method == "POST" && request.path == "/api/v1/sources";
  if (request.method != "GET" && request.method != "HEAD" && !write) {
    r = Plain(405, "only GET and HEAD are served here\n");
    r.headers.emplace_back("Allow", "GET, HEAD");
  } else if (write && options_.token.empty()) {
    r = Plain(403,
              "this server is read-only; its operator can allow changes with "
              "stet serve --token-file\n");
  } else if (write && !SameSecret(request.headers.count("authorization")
                                      ? request.headers.at("authorization")
                                      : std::string(),
                                  "Bearer " + options_.token)) {
    r = Plain(401, "a valid \"Authorization: Bearer <token>\" is needed\n");
    r.headers.emplace_back("WWW-Authenticate", "Bearer");
  } else {
    Result<StorePool::Lease> lease = stores_.Acquire();
    if (!lease.ok()) {
      r.status = 503;
      r.content_type = "text/plain; charset=utf-8";
      r.body = "the store cannot be opened: " + lease.status().message() + "\n";
    } else {
      Ctx ctx{
          **lease,
          clock_,
          options_,
          request,
          options_.base_url.empty() ? BaseFromHost(request) : options_.base_url,
          *summaries_};
      r = write ? internal::AddSourceApi(ctx) : Route(ctx);
    }
  }
  // Article text is hostile: no inline script or style runs, nothing is
  // loaded from elsewhere, the pages cannot be framed.
  r.headers.emplace_back(
      "Content-Security-Policy",
      "default-src 'none'; style-src 'self'; script-src 'self'; img-src "
      "'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; "
      "frame-ancestors 'none'");
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  r.headers.emplace_back("Referrer-Policy", "no-referrer");
  r.headers.emplace_back("X-Frame-Options", "DENY");
  return r;
}

}  // namespace stet::server
