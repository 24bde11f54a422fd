// URL canonicalisation and address classification (stet/url.h), on
// uriparser (RFC 3986) for parsing, resolution and syntax normalisation.
#include "stet/url.h"

#include <arpa/inet.h>
#include <uriparser/Uri.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "stet/text.h"

namespace stet {
namespace {

std::string Range(const UriTextRangeA& r) {
  if (!r.first || !r.afterLast) return {};
  return std::string(r.first, r.afterLast);
}

// RFC 3986 allows only these characters unescaped; real links carry
// spaces, non-ASCII bytes, '|', '"' and the like, which browsers escape
// before sending. So does stet, so both spellings name one article.
std::string EscapeLoose(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') ||
              std::strchr("-._~:/?#[]@!$&'()*+,;=%", c) != nullptr;
    if (c == 0) ok = false;
    if (ok) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  // A '%' not followed by two hex digits is a literal percent sign.
  std::string fixed;
  fixed.reserve(out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '%' &&
        !(i + 2 < out.size() &&
          std::isxdigit(static_cast<unsigned char>(out[i + 1])) &&
          std::isxdigit(static_cast<unsigned char>(out[i + 2])))) {
      fixed += "%25";
    } else {
      fixed.push_back(out[i]);
    }
  }
  return fixed;
}

std::string Trimmed(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ')
    s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ')
    s.remove_suffix(1);
  return std::string(s);
}

// A parsed URI that frees itself.
class Uri {
 public:
  Uri() { std::memset(&uri_, 0, sizeof uri_); }
  ~Uri() { uriFreeUriMembersA(&uri_); }
  Uri(const Uri&) = delete;
  Uri& operator=(const Uri&) = delete;

  // Parses `text` (kept alive by this object).
  bool Parse(std::string text) {
    text_ = std::move(text);
    const char* error = nullptr;
    return uriParseSingleUriA(&uri_, text_.c_str(), &error) == URI_SUCCESS;
  }
  UriUriA* get() { return &uri_; }

  std::string ToString() const {
    int chars = 0;
    if (uriToStringCharsRequiredA(&uri_, &chars) != URI_SUCCESS) return {};
    std::string out(static_cast<size_t>(chars) + 1, '\0');
    if (uriToStringA(out.data(), &uri_, chars + 1, nullptr) != URI_SUCCESS)
      return {};
    out.resize(std::strlen(out.c_str()));
    return out;
  }

 private:
  std::string text_;
  UriUriA uri_;
};

Status NotAbsolute(std::string_view url) {
  std::string shown(url.substr(0, 200));
  return InvalidArgument("not an absolute URL: '" + shown + "'");
}

bool MatchesParam(std::string_view name, std::string_view pattern) {
  std::string n = text::AsciiLower(name);
  std::string p = text::AsciiLower(pattern);
  if (!p.empty() && p.back() == '*')
    return n.starts_with(p.substr(0, p.size() - 1));
  return n == p;
}

bool InV4(uint32_t a, uint32_t net, int bits) {
  uint32_t mask = bits == 0 ? 0 : ~uint32_t{0} << (32 - bits);
  return (a & mask) == (net & mask);
}

constexpr uint32_t V4(int a, int b, int c, int d) {
  return (uint32_t(a) << 24) | (uint32_t(b) << 16) | (uint32_t(c) << 8) |
         uint32_t(d);
}

AddressKind ClassifyV4(uint32_t a) {
  if (InV4(a, V4(127, 0, 0, 0), 8)) return AddressKind::kLoopback;
  if (InV4(a, V4(0, 0, 0, 0), 8)) return AddressKind::kUnspecified;
  if (InV4(a, V4(10, 0, 0, 0), 8) || InV4(a, V4(172, 16, 0, 0), 12) ||
      InV4(a, V4(192, 168, 0, 0), 16) || InV4(a, V4(100, 64, 0, 0), 10))
    return AddressKind::kPrivate;
  if (InV4(a, V4(169, 254, 0, 0), 16)) return AddressKind::kLinkLocal;
  if (InV4(a, V4(224, 0, 0, 0), 4)) return AddressKind::kMulticast;
  if (InV4(a, V4(240, 0, 0, 0), 4) || InV4(a, V4(192, 0, 0, 0), 24) ||
      InV4(a, V4(192, 0, 2, 0), 24) || InV4(a, V4(198, 18, 0, 0), 15) ||
      InV4(a, V4(198, 51, 100, 0), 24) || InV4(a, V4(203, 0, 113, 0), 24))
    return AddressKind::kReserved;
  return AddressKind::kPublic;
}

}  // namespace

bool IsTrackingParam(std::string_view name) {
  static constexpr std::string_view kTracking[] = {
      "utm_*",         "fbclid",
      "gclid",         "dclid",
      "gclsrc",        "msclkid",
      "mc_cid",        "mc_eid",
      "igshid",        "yclid",
      "_ga",           "_gl",
      "ocid",          "cmpid",
      "smid",          "smtyp",
      "ns_mchannel",   "ns_source",
      "ns_campaign",   "ns_linkname",
      "ns_fee",        "at_medium",
      "at_campaign",   "at_custom*",
      "sr_share",      "__twitter_impression",
      "wt.mc_id",      "mkt_tok",
      "oly_enc_id",    "oly_anon_id",
      "vero_id",       "rb_clickid",
      "s_cid",         "ito",
      "xtor",          "guccounter",
      "guce_referrer*"};
  for (std::string_view p : kTracking)
    if (MatchesParam(name, p)) return true;
  return false;
}

Result<std::string> ResolveUrl(std::string_view base, std::string_view ref) {
  Uri r;
  if (!r.Parse(EscapeLoose(Trimmed(ref)))) return NotAbsolute(ref);
  if (r.get()->scheme.first) {
    std::string s = r.ToString();
    if (s.empty()) return NotAbsolute(ref);
    return s;
  }
  Uri b;
  if (!b.Parse(EscapeLoose(Trimmed(base))) || !b.get()->scheme.first)
    return NotAbsolute(base);
  Uri out;
  if (uriAddBaseUriA(out.get(), r.get(), b.get()) != URI_SUCCESS)
    return NotAbsolute(ref);
  std::string s = out.ToString();
  if (s.empty()) return NotAbsolute(ref);
  return s;
}

Result<std::string> CanonicalUrl(std::string_view url,
                                 const CanonicalOptions& options) {
  std::string text = Trimmed(url);
  if (text.empty()) return InvalidArgument("empty URL");
  if (text.size() > 8192)
    return InvalidArgument("URL longer than 8192 characters");
  Uri u;
  if (!u.Parse(EscapeLoose(text)) || !u.get()->scheme.first)
    return NotAbsolute(url);
  std::string scheme = text::AsciiLower(Range(u.get()->scheme));
  if (scheme != "http" && scheme != "https")
    return InvalidArgument("unsupported scheme '" + scheme + ":' in '" +
                           std::string(url.substr(0, 200)) +
                           "' (stet fetches http and https only)");
  if (uriNormalizeSyntaxA(u.get()) != URI_SUCCESS) return NotAbsolute(url);
  UriUriA* p = u.get();
  std::string host = text::AsciiLower(Range(p->hostText));
  while (!host.empty() && host.back() == '.') host.pop_back();
  if (host.empty())
    return InvalidArgument("URL has no host: '" +
                           std::string(url.substr(0, 200)) + "'");
  const bool ipv6 = p->hostData.ip6 != nullptr;
  std::string port = Range(p->portText);
  if ((scheme == "http" && port == "80") ||
      (scheme == "https" && port == "443"))
    port.clear();

  std::string path;
  for (const UriPathSegmentA* s = p->pathHead; s; s = s->next)
    path += "/" + Range(s->text);
  if (path.empty()) path = "/";
  if (options.strip_trailing_slash)
    while (path.size() > 1 && path.back() == '/') path.pop_back();

  // Query: parameters kept in their raw (escaped) form, filtered by their
  // decoded name, sorted by name (stable, so repeated names keep order).
  std::vector<std::pair<std::string, std::string>> params;
  std::string query = Range(p->query);
  for (size_t i = 0; i <= query.size() && !query.empty();) {
    size_t e = query.find('&', i);
    if (e == std::string::npos) e = query.size();
    std::string pair = query.substr(i, e - i);
    i = e + 1;
    if (pair.empty()) continue;
    std::string name = pair.substr(0, pair.find('='));
    std::string decoded = name;
    uriUnescapeInPlaceA(decoded.data());
    decoded.resize(std::strlen(decoded.c_str()));
    if (IsTrackingParam(decoded)) continue;
    bool drop = false;
    for (const std::string& d : options.drop_params)
      drop = drop || MatchesParam(decoded, d);
    if (!drop) params.emplace_back(decoded, pair);
  }
  std::stable_sort(
      params.begin(), params.end(),
      [](const auto& a, const auto& b) { return a.first < b.first; });

  std::string out = scheme + "://";
  out += ipv6 ? "[" + host + "]" : host;
  if (!port.empty()) out += ":" + port;
  out += path;
  for (size_t i = 0; i < params.size(); ++i)
    out += (i ? "&" : "?") + params[i].second;
  return out;
}

std::string UrlHost(std::string_view url) {
  Uri u;
  if (!u.Parse(EscapeLoose(Trimmed(url)))) return {};
  std::string host = text::AsciiLower(Range(u.get()->hostText));
  while (!host.empty() && host.back() == '.') host.pop_back();
  return host;
}

AddressKind ClassifyAddress(std::string_view ip) {
  std::string s(ip);
  if (s.size() > 2 && s.front() == '[' && s.back() == ']')
    s = s.substr(1, s.size() - 2);
  in_addr v4{};
  if (inet_pton(AF_INET, s.c_str(), &v4) == 1)
    return ClassifyV4(ntohl(v4.s_addr));
  in6_addr v6{};
  if (inet_pton(AF_INET6, s.c_str(), &v6) != 1)
    return AddressKind::kNotAnAddress;
  const uint8_t* b = v6.s6_addr;
  static constexpr uint8_t kZero[16] = {};
  if (std::memcmp(b, kZero, 16) == 0) return AddressKind::kUnspecified;
  if (std::memcmp(b, kZero, 15) == 0 && b[15] == 1)
    return AddressKind::kLoopback;
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible: judge the IPv4 inside.
  static constexpr uint8_t kMapped[12] = {0, 0, 0, 0, 0,    0,
                                          0, 0, 0, 0, 0xff, 0xff};
  if (std::memcmp(b, kMapped, 12) == 0 || std::memcmp(b, kZero, 12) == 0)
    return ClassifyV4((uint32_t(b[12]) << 24) | (uint32_t(b[13]) << 16) |
                      (uint32_t(b[14]) << 8) | b[15]);
  auto v4_at = [&](int i) {
    return (uint32_t(b[i]) << 24) | (uint32_t(b[i + 1]) << 16) |
           (uint32_t(b[i + 2]) << 8) | b[i + 3];
  };
  // NAT64 (64:ff9b::/96, RFC 6052) and 6to4 (2002::/16, RFC 3056) carry an
  // IPv4 address that a gateway reaches: a private one inside is private.
  static constexpr uint8_t kNat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0,
                                         0, 0,    0,    0,    0, 0};
  if (std::memcmp(b, kNat64, 12) == 0) return ClassifyV4(v4_at(12));
  if (b[0] == 0x20 && b[1] == 0x02) {
    AddressKind inner = ClassifyV4(v4_at(2));
    if (inner != AddressKind::kPublic) return inner;
  }
  if ((b[0] & 0xfe) == 0xfc) return AddressKind::kPrivate;  // fc00::/7
  if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
    return AddressKind::kLinkLocal;  // fe80::/10
  if (b[0] == 0xff) return AddressKind::kMulticast;
  if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
    return AddressKind::kReserved;
  return AddressKind::kPublic;
}

std::string_view AddressKindName(AddressKind k) {
  switch (k) {
    case AddressKind::kPublic:
      return "public";
    case AddressKind::kLoopback:
      return "loopback";
    case AddressKind::kPrivate:
      return "private";
    case AddressKind::kLinkLocal:
      return "link-local";
    case AddressKind::kUnspecified:
      return "unspecified";
    case AddressKind::kMulticast:
      return "multicast";
    case AddressKind::kReserved:
      return "reserved";
    case AddressKind::kNotAnAddress:
      return "not an address";
  }
  return "not an address";
}

}  // namespace stet
