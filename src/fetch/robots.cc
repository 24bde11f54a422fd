// robots.txt parsing and matching (RFC 9309). See stet/robots.h.
#include "stet/robots.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace stet {
namespace {

// A pattern longer than this cannot be meant: it is skipped rather than
// matched against every path (matching cost grows with its length).
constexpr size_t kMaxPatternBytes = 16 * 1024;

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
    s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool IsUnreserved(unsigned char c) {
  return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

void AppendEscaped(std::string& out, unsigned char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += '%';
  out += kHex[c >> 4];
  out += kHex[c & 15];
}

// The form paths and patterns are compared in (RFC 9309 section 2.2.2):
// escapes of unreserved characters decoded, other escapes in upper case,
// bytes outside printable ASCII escaped. A "%" that starts no escape is
// itself escaped, the same way on both sides.
std::string NormalizePath(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '%') {
      int hi = i + 2 < s.size() ? HexValue(s[i + 1]) : -1;
      int lo = hi >= 0 ? HexValue(s[i + 2]) : -1;
      if (hi < 0 || lo < 0) {
        AppendEscaped(out, '%');
        continue;
      }
      unsigned char v = static_cast<unsigned char>(hi * 16 + lo);
      if (IsUnreserved(v))
        out += static_cast<char>(v);
      else
        AppendEscaped(out, v);
      i += 2;
    } else if (c <= 0x20 || c >= 0x7f) {
      AppendEscaped(out, c);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// The product token at the start of a user-agent value ("Googlebot/2.1"
// -> "googlebot"), lower case; "*" for the wildcard.
std::string ProductToken(std::string_view value) {
  value = TrimSpace(value);
  if (value.starts_with("*")) return "*";
  size_t n = 0;
  while (n < value.size() &&
         (std::isalpha(static_cast<unsigned char>(value[n])) ||
          value[n] == '-' || value[n] == '_'))
    ++n;
  return Lower(value.substr(0, n));
}

// Leftmost occurrence of `needle` in `hay` at or after `from` (Knuth,
// Morris, Pratt: linear, so a hostile pattern costs no more than a kind
// one). npos if none.
size_t FindFrom(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty()) return from <= hay.size() ? from : std::string_view::npos;
  if (from > hay.size() || hay.size() - from < needle.size())
    return std::string_view::npos;
  thread_local std::vector<size_t> fail;
  fail.assign(needle.size(), 0);
  for (size_t i = 1, k = 0; i < needle.size(); ++i) {
    while (k > 0 && needle[i] != needle[k]) k = fail[k - 1];
    if (needle[i] == needle[k]) ++k;
    fail[i] = k;
  }
  for (size_t i = from, k = 0; i < hay.size(); ++i) {
    while (k > 0 && hay[i] != needle[k]) k = fail[k - 1];
    if (hay[i] == needle[k]) ++k;
    if (k == needle.size()) return i + 1 - needle.size();
  }
  return std::string_view::npos;
}

// Whether `pattern` ("*" runs collapsed, an optional final "$") matches
// `path` from its start. With only "*" as a wildcard, placing each literal
// piece at its leftmost possible position never loses a match, so no
// backtracking is needed.
bool Matches(std::string_view pattern, std::string_view path) {
  bool anchored = pattern.ends_with('$');
  if (anchored) pattern.remove_suffix(1);
  size_t star = pattern.find('*');
  if (star == std::string_view::npos)
    return anchored ? path == pattern : path.starts_with(pattern);
  std::string_view first = pattern.substr(0, star);
  if (!path.starts_with(first)) return false;
  size_t pos = first.size();
  pattern.remove_prefix(star + 1);
  for (;;) {
    star = pattern.find('*');
    std::string_view piece = pattern.substr(0, star);
    if (star == std::string_view::npos) {  // the last piece
      if (!anchored)
        return FindFrom(path, piece, pos) != std::string_view::npos;
      return path.size() >= pos + piece.size() && path.ends_with(piece);
    }
    pos = FindFrom(path, piece, pos);
    if (pos == std::string_view::npos) return false;
    pos += piece.size();
    pattern.remove_prefix(star + 1);
  }
}

enum class Key {
  kUnknown,
  kUserAgent,
  kAllow,
  kDisallow,
  kCrawlDelay,
  kSitemap
};

// Keys as written in the wild: case varies, and a few misspellings are
// common enough that major crawlers accept them.
Key KeyOf(std::string_view raw) {
  std::string k = Lower(TrimSpace(raw));
  if (k == "user-agent" || k == "useragent" || k == "user agent" ||
      k == "user_agent")
    return Key::kUserAgent;
  if (k == "allow") return Key::kAllow;
  if (k == "disallow" || k == "dissallow" || k == "dissalow" ||
      k == "disalow" || k == "diasllow" || k == "disallaw")
    return Key::kDisallow;
  if (k == "crawl-delay" || k == "crawldelay" || k == "crawl delay" ||
      k == "crawl_delay")
    return Key::kCrawlDelay;
  if (k == "sitemap" || k == "site-map") return Key::kSitemap;
  return Key::kUnknown;
}

// Splits "key: value" (or "key value", which some files write) into its
// parts; false for a line that is neither.
bool SplitLine(std::string_view line, std::string_view& key,
               std::string_view& value) {
  size_t colon = line.find(':');
  if (colon != std::string_view::npos) {
    key = line.substr(0, colon);
    value = TrimSpace(line.substr(colon + 1));
    return true;
  }
  size_t space = line.find_first_of(" \t");
  if (space == std::string_view::npos) return false;
  key = line.substr(0, space);
  value = TrimSpace(line.substr(space));
  // Only for keys we know, so prose is not read as rules.
  return KeyOf(key) != Key::kUnknown && KeyOf(key) != Key::kSitemap;
}

// The path and query of what Allowed() was given: a path, or a full URL.
std::string_view PathOf(std::string_view s) {
  std::string lower = Lower(s.substr(0, 8));
  size_t start = std::string_view::npos;
  if (lower.starts_with("http://")) start = 7;
  if (lower.starts_with("https://")) start = 8;
  if (start != std::string_view::npos) {
    size_t p = s.find_first_of("/?#", start);
    s = p == std::string_view::npos ? std::string_view() : s.substr(p);
  }
  size_t hash = s.find('#');
  if (hash != std::string_view::npos) s = s.substr(0, hash);
  return s;
}

}  // namespace

RobotsTxt RobotsTxt::Parse(std::string_view body) {
  if (body.size() > kMaxBytes) {
    body = body.substr(0, kMaxBytes);
    // The line cut in two is dropped: half a rule may mean something else.
    size_t nl = body.find_last_of("\r\n");
    body =
        nl == std::string_view::npos ? std::string_view() : body.substr(0, nl);
  }
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);

  RobotsTxt robots;
  std::set<std::string, std::less<>> seen_sitemaps;
  bool in_agent_run = false;  // the last group line was a user-agent
  while (!body.empty()) {
    size_t end = body.find_first_of("\r\n");
    std::string_view line = body.substr(0, end);
    if (end == std::string_view::npos) {
      body = {};
    } else {
      body.remove_prefix(end + 1);
    }
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = TrimSpace(line);
    std::string_view key_text, value;
    if (line.empty() || !SplitLine(line, key_text, value)) continue;

    switch (KeyOf(key_text)) {
      case Key::kUserAgent: {
        if (!in_agent_run || robots.groups_.empty())
          robots.groups_.emplace_back();
        in_agent_run = true;
        std::string token = ProductToken(value);
        if (!token.empty()) robots.groups_.back().agents.push_back(token);
        break;
      }
      case Key::kAllow:
      case Key::kDisallow: {
        if (robots.groups_.empty()) break;  // rules before any user-agent
        in_agent_run = false;
        // "Disallow:" with no path means nothing is disallowed.
        if (value.empty() || value.size() > kMaxPatternBytes) break;
        std::string raw(value);
        if (raw[0] != '/' && raw[0] != '*') raw.insert(0, "/");
        Rule rule;
        rule.allow = KeyOf(key_text) == Key::kAllow;
        for (char c : NormalizePath(raw))
          if (c != '*' || rule.pattern.empty() || rule.pattern.back() != '*')
            rule.pattern += c;
        // '*' and '$' survive normalisation, being printable ASCII.
        for (size_t i = 0; i < rule.pattern.size(); ++i)
          if (rule.pattern[i] != '*' &&
              !(rule.pattern[i] == '$' && i + 1 == rule.pattern.size()))
            ++rule.literal_bytes;
        robots.groups_.back().rules.push_back(std::move(rule));
        break;
      }
      case Key::kCrawlDelay: {
        if (robots.groups_.empty()) break;
        in_agent_run = false;
        double d = 0;
        auto [ptr, ec] =
            std::from_chars(value.data(), value.data() + value.size(), d);
        if (ec != std::errc() || !std::isfinite(d) || d < 0) break;
        auto& cd = robots.groups_.back().crawl_delay;
        cd = std::max(cd.value_or(0), d);
        break;
      }
      case Key::kSitemap:
        // Sitemaps belong to no group, and do not end one.
        if (!value.empty() && seen_sitemaps.insert(std::string(value)).second)
          robots.sitemaps_.emplace_back(value);
        break;
      case Key::kUnknown:
        break;
    }
  }
  for (Group& g : robots.groups_)
    std::stable_sort(g.rules.begin(), g.rules.end(),
                     [](const Rule& a, const Rule& b) {
                       if (a.pattern.size() != b.pattern.size())
                         return a.pattern.size() > b.pattern.size();
                       return a.allow && !b.allow;
                     });
  return robots;
}

RobotsTxt RobotsTxt::DisallowAll() {
  RobotsTxt robots;
  Group g;
  g.agents.push_back("*");
  g.rules.push_back(Rule{false, "/", 1});
  robots.groups_.push_back(std::move(g));
  return robots;
}

RobotsTxt RobotsTxt::FromResponse(const HttpResponse& response) {
  if (!response.status.ok()) {
    // RFC 9309 2.3.1.2: past five redirects, robots.txt is "unavailable".
    if (response.status.code() == ErrorCode::kInvalidArgument &&
        response.status.message().starts_with("too many redirects"))
      return AllowAll();
    return DisallowAll();
  }
  int s = response.http_status;
  if (s >= 200 && s < 300) return Parse(response.body);
  if (s >= 400 && s < 500 && s != 429) return AllowAll();
  return DisallowAll();
}

std::vector<const RobotsTxt::Group*> RobotsTxt::GroupsFor(
    std::string_view user_agent_token) const {
  std::string token = ProductToken(user_agent_token);
  std::vector<const Group*> named, star;
  for (const Group& g : groups_) {
    for (const std::string& a : g.agents) {
      if (!token.empty() && token != "*" && a == token) {
        named.push_back(&g);
        break;
      }
      if (a == "*") {
        star.push_back(&g);
        break;
      }
    }
  }
  return named.empty() ? star : named;
}

bool RobotsTxt::Allowed(std::string_view path_and_query,
                        std::string_view user_agent_token) const {
  std::string_view raw = PathOf(path_and_query);
  std::string path = raw.empty() || (raw[0] != '/') ? "/" + std::string(raw)
                                                    : std::string(raw);
  std::string_view bare = std::string_view(path).substr(0, path.find('?'));
  if (bare == "/robots.txt") return true;  // RFC 9309 2.2.2
  std::vector<const Group*> groups = GroupsFor(user_agent_token);
  if (groups.empty()) return true;
  path = NormalizePath(path);

  const Rule* best = nullptr;
  for (const Group* g : groups) {
    for (const Rule& r : g->rules) {
      // Rules are sorted longest first, allow first: nothing after this
      // one in this group could win.
      if (best && (r.pattern.size() < best->pattern.size() ||
                   (r.pattern.size() == best->pattern.size() &&
                    (best->allow || !r.allow))))
        break;
      if (r.literal_bytes > path.size() || !Matches(r.pattern, path)) continue;
      best = &r;
      break;
    }
  }
  return best == nullptr || best->allow;
}

std::optional<double> RobotsTxt::CrawlDelay(
    std::string_view user_agent_token) const {
  std::optional<double> delay;
  for (const Group* g : GroupsFor(user_agent_token))
    if (g->crawl_delay) delay = std::max(delay.value_or(0), *g->crawl_delay);
  return delay;
}

}  // namespace stet
