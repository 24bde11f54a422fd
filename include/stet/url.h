// URLs: the canonical form that gives an article one identity, resolution
// of relative links, and the address checks that keep a shared instance
// from being used to probe a private network.
//
// One article reaches stet under many URLs: with tracking parameters
// (utm_*, fbclid), with and without a trailing slash or default port, in
// other letter case, with a fragment. CanonicalUrl() maps them all to one
// string, which is what the store keys articles by.
//
// Thread-safety: pure functions; safe from any thread.
#ifndef STET_URL_H_
#define STET_URL_H_

#include <string>
#include <string_view>
#include <vector>

#include "stet/result.h"

namespace stet {

struct CanonicalOptions {
  // Query parameters dropped in addition to the built-in tracking list
  // (IsTrackingParam). Names, compared case-insensitively; a trailing '*'
  // matches a prefix ("ref_*"). Default: none.
  std::vector<std::string> drop_params;
  // Remove a trailing slash from a non-root path ("/a/b/" -> "/a/b").
  // Default true: sites serve both forms of the same article.
  bool strip_trailing_slash = true;
};

// The canonical form of an absolute http(s) URL: scheme and host lower
// case, default port and fragment removed, dot segments and percent-escape
// case normalised, characters that are not allowed in URLs escaped, user
// info removed, tracking parameters removed and the remaining parameters
// sorted by name (order carries no meaning for the articles stet follows),
// an empty path written "/". Fails, with a one-line reason, for text that
// is not an absolute URL and for schemes other than http and https
// (file:, ftp:, javascript:, gopher: ...).
Result<std::string> CanonicalUrl(std::string_view url,
                                 const CanonicalOptions& options = {});

// `ref` (absolute, or relative to `base`) as an absolute URL, not
// canonicalised. Fails if neither gives an absolute URL.
Result<std::string> ResolveUrl(std::string_view base, std::string_view ref);

// True for parameters that only track where a reader came from: utm_*,
// fbclid, gclid, mc_cid and the like (list in url.cc).
bool IsTrackingParam(std::string_view name);

// The host part of an absolute URL, lower case, without port or brackets;
// "" if there is none.
std::string UrlHost(std::string_view url);

// What kind of address an IP literal is. Non-public kinds are refused as
// fetch targets unless a source was added with them explicitly.
enum class AddressKind {
  kPublic,
  kLoopback,      // 127/8, ::1
  kPrivate,       // 10/8, 172.16/12, 192.168/16, 100.64/10 (CGNAT), fc00::/7
  kLinkLocal,     // 169.254/16 (cloud metadata lives here), fe80::/10
  kUnspecified,   // 0.0.0.0, ::
  kMulticast,     // 224/4, ff00::/8
  kReserved,      // 240/4, 192.0.0/24, 198.18/15, documentation ranges...
  kNotAnAddress,  // not an IPv4 or IPv6 literal
};
AddressKind ClassifyAddress(std::string_view ip);
std::string_view AddressKindName(AddressKind k);

}  // namespace stet

#endif  // STET_URL_H_
