// robots.txt: what a site asks crawlers not to fetch (RFC 9309).
//
// The watcher fetches /robots.txt once per host (and again when it
// expires), parses it with RobotsTxt::Parse, and asks Allowed() before each
// article fetch. Parsing never fails: robots.txt files in the wild are full
// of typos, HTML error pages and binary junk, and a bad line is skipped
// without spoiling the rest. Only the first 1 MB is read (the RFC asks for
// at least 500 KiB).
//
// Matching follows RFC 9309: the group whose user-agent names our product
// token (case-insensitively) applies, all such groups merged, else the "*"
// group, else everything is allowed; within it, the rule with the longest
// path pattern that matches wins, and allow wins a tie. Patterns take "*"
// (any run of characters) and a final "$" (end of the path). Paths and
// patterns are compared after percent-escapes are normalised (non-ASCII
// bytes escaped, escapes of unreserved characters decoded, hex upper case).
// /robots.txt itself is always allowed. Crawl-delay (not in the RFC, but
// widely used) and Sitemap lines are read too.
//
// Thread-safety: a parsed RobotsTxt is immutable; const methods may be
// called from any thread.
#ifndef STET_ROBOTS_H_
#define STET_ROBOTS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stet/fetch.h"

namespace stet {

class RobotsTxt {
 public:
  // Bytes of a robots.txt read; the rest is ignored (the cut line too).
  static constexpr size_t kMaxBytes = 1 << 20;

  // An empty file: everything allowed, no delay, no sitemaps.
  RobotsTxt() = default;

  // Parses the body of a robots.txt.
  static RobotsTxt Parse(std::string_view body);

  // A site with no usable robots.txt: everything allowed.
  static RobotsTxt AllowAll() { return RobotsTxt(); }
  // A site whose robots.txt could not be read: nothing allowed (but
  // /robots.txt itself).
  static RobotsTxt DisallowAll();

  // What the fetch of /robots.txt means, per RFC 9309 section 2.3.1: a 2xx
  // body is parsed; 4xx ("unavailable", such as 404) allows everything,
  // except 429, which is a server asking for less traffic and is taken as
  // 5xx; 5xx, a network failure, an oversized body or any other outcome
  // ("unreachable") disallows everything; too many redirects count as
  // unavailable. A 304 is not handled here: the caller keeps the copy it
  // had. Fetch robots.txt with max_body_bytes of at least kMaxBytes.
  static RobotsTxt FromResponse(const HttpResponse& response);

  // Whether `path_and_query` ("/news/a?id=1", as in a request line; a full
  // http(s) URL is also accepted and its path used) may be fetched by a
  // crawler whose product token is `user_agent_token` ("stet").
  bool Allowed(std::string_view path_and_query,
               std::string_view user_agent_token) const;

  // Seconds between requests asked of `user_agent_token`'s group, if it has
  // a valid Crawl-delay (non-negative, finite). Callers should cap it: a
  // site may ask for anything.
  std::optional<double> CrawlDelay(std::string_view user_agent_token) const;

  // Sitemap URLs listed, in order, without duplicates, as written.
  const std::vector<std::string>& Sitemaps() const { return sitemaps_; }

 private:
  struct Rule {
    bool allow = false;
    std::string pattern;       // normalised; "*" runs collapsed
    size_t literal_bytes = 0;  // bytes that are not "*" or the final "$"
  };
  struct Group {
    std::vector<std::string> agents;  // product tokens, lower case; "*"
    std::vector<Rule> rules;          // longest first, allow first on ties
    std::optional<double> crawl_delay;
  };

  // The groups that apply to `token`: those naming it, else "*" ones.
  std::vector<const Group*> GroupsFor(std::string_view token) const;

  std::vector<Group> groups_;
  std::vector<std::string> sitemaps_;
};

}  // namespace stet

#endif  // STET_ROBOTS_H_
