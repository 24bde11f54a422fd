// URL identity: many spellings of one article, one canonical URL.
#include "stet/url.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace stet {
namespace {

using ::testing::HasSubstr;

TEST(UrlTest, ManySpellingsOfOneArticleAreOne) {
  const std::string want = "https://www.example.com/politics/2017/dec/22/spar";
  const char* spellings[] = {
      "https://www.example.com/politics/2017/dec/22/spar",
      "HTTPS://WWW.Example.COM/politics/2017/dec/22/spar",
      "https://www.example.com:443/politics/2017/dec/22/spar",
      "https://www.example.com/politics/2017/dec/22/spar/",
      "https://www.example.com/politics/2017/dec/22/spar#comments",
      "https://www.example.com/politics/2017/dec/22/"
      "spar?utm_source=twitter&utm_medium=social",
      "https://www.example.com/politics/2017/dec/22/spar?fbclid=IwAR0abc",
      "https://www.example.com/politics/./2017/dec/../dec/22/spar",
      "  https://www.example.com/politics/2017/dec/22/spar\n",
      "https://user:secret@www.example.com/politics/2017/dec/22/spar",
      "https://www.example.com./politics/2017/dec/22/spar",
  };
  for (const char* s : spellings) {
    SCOPED_TRACE(s);
    auto c = CanonicalUrl(s);
    ASSERT_TRUE(c.ok()) << c.status().message();
    EXPECT_EQ(*c, want);
  }
}

TEST(UrlTest, WhatMattersIsKept) {
  struct Case {
    const char* in;
    const char* want;
  } cases[] = {
      // Real parameters stay, sorted by name; tracking ones go.
      {"http://example.com/story?id=42&utm_campaign=x&page=2",
       "http://example.com/story?id=42&page=2"},
      {"http://example.com/story?page=2&id=42",
       "http://example.com/story?id=42&page=2"},
      // Repeated names keep their order.
      {"http://example.com/s?b=2&a=1&b=1", "http://example.com/s?a=1&b=2&b=1"},
      // A non-default port is part of the address.
      {"http://example.com:8080/a", "http://example.com:8080/a"},
      {"http://example.com:80", "http://example.com/"},
      // Percent-escapes normalised; spaces and non-ASCII escaped.
      {"http://example.com/a%2fb", "http://example.com/a%2Fb"},
      {"http://example.com/caf\xc3\xa9 noir",
       "http://example.com/caf%C3%A9%20noir"},
      {"http://example.com/100%", "http://example.com/100%25"},
      // IPv6 literal hosts keep their brackets.
      {"http://[2001:DB8::1]:8080/x", "http://[2001:db8::1]:8080/x"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in);
    auto got = CanonicalUrl(c.in);
    ASSERT_TRUE(got.ok()) << got.status().message();
    EXPECT_EQ(*got, c.want);
  }
  CanonicalOptions keep_slash;
  keep_slash.strip_trailing_slash = false;
  keep_slash.drop_params = {"ref_*", "CMP"};
  EXPECT_EQ(
      *CanonicalUrl("http://example.com/a/?ref_src=x&cmp=1&q=2", keep_slash),
      "http://example.com/a/?q=2");
}

TEST(UrlTest, OnlyAbsoluteHttpUrlsAreAccepted) {
  struct Case {
    const char* in;
    const char* reason;
  } cases[] = {
      {"", "empty URL"},
      {"/relative/path", "not an absolute URL"},
      {"example.com/a", "not an absolute URL"},
      {"file:///etc/passwd", "unsupported scheme 'file:'"},
      {"ftp://example.com/a", "unsupported scheme 'ftp:'"},
      {"gopher://example.com/", "unsupported scheme 'gopher:'"},
      {"javascript:alert(1)", "unsupported scheme 'javascript:'"},
      {"http:///no-host", "no host"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in);
    auto got = CanonicalUrl(c.in);
    ASSERT_FALSE(got.ok());
    EXPECT_THAT(got.status().message(), HasSubstr(c.reason));
  }
  EXPECT_FALSE(CanonicalUrl(std::string(10000, 'a')).ok());
}

TEST(UrlTest, ResolvesRelativeLinks) {
  const std::string base = "https://example.com/news/2017/story.html?x=1";
  EXPECT_EQ(*ResolveUrl(base, "other.html"),
            "https://example.com/news/2017/other.html");
  EXPECT_EQ(*ResolveUrl(base, "/world"), "https://example.com/world");
  EXPECT_EQ(*ResolveUrl(base, "../archive/"),
            "https://example.com/news/archive/");
  EXPECT_EQ(*ResolveUrl(base, "//cdn.example.net/a"),
            "https://cdn.example.net/a");
  EXPECT_EQ(*ResolveUrl(base, "http://other.org/b"), "http://other.org/b");
  EXPECT_FALSE(ResolveUrl("not a base", "relative").ok());
  EXPECT_EQ(UrlHost("https://News.Example.com:8443/a"), "news.example.com");
  EXPECT_EQ(UrlHost("not a url"), "");
}

TEST(UrlTest, TrackingParameters) {
  for (const char* p :
       {"utm_source", "UTM_Medium", "fbclid", "gclid", "mc_cid", "_ga", "ocid"})
    EXPECT_TRUE(IsTrackingParam(p)) << p;
  for (const char* p : {"id", "page", "p", "article", "utm"})
    EXPECT_FALSE(IsTrackingParam(p)) << p;
}

TEST(UrlTest, ClassifiesAddresses) {
  struct Case {
    const char* ip;
    AddressKind kind;
  } cases[] = {
      {"8.8.8.8", AddressKind::kPublic},
      {"127.0.0.1", AddressKind::kLoopback},
      {"127.8.9.10", AddressKind::kLoopback},
      {"10.1.2.3", AddressKind::kPrivate},
      {"172.16.0.1", AddressKind::kPrivate},
      {"172.32.0.1", AddressKind::kPublic},
      {"192.168.1.1", AddressKind::kPrivate},
      {"100.64.0.1", AddressKind::kPrivate},
      {"169.254.169.254", AddressKind::kLinkLocal},
      {"0.0.0.0", AddressKind::kUnspecified},
      {"224.0.0.1", AddressKind::kMulticast},
      {"240.0.0.1", AddressKind::kReserved},
      {"::1", AddressKind::kLoopback},
      {"[::1]", AddressKind::kLoopback},
      {"::", AddressKind::kUnspecified},
      {"::ffff:127.0.0.1", AddressKind::kLoopback},
      {"::ffff:10.0.0.1", AddressKind::kPrivate},
      // NAT64 and 6to4 addresses reach the IPv4 address inside them.
      {"64:ff9b::7f00:1", AddressKind::kLoopback},
      {"64:ff9b::10.1.2.3", AddressKind::kPrivate},
      {"64:ff9b::8.8.8.8", AddressKind::kPublic},
      {"2002:c0a8:0101::1", AddressKind::kPrivate},
      {"2002:7f00:1::", AddressKind::kLoopback},
      {"2002:0808:0808::1", AddressKind::kPublic},
      {"fd12:3456::1", AddressKind::kPrivate},
      {"fe80::1", AddressKind::kLinkLocal},
      {"ff02::1", AddressKind::kMulticast},
      {"2a00:1450:4009::200e", AddressKind::kPublic},
      {"example.com", AddressKind::kNotAnAddress},
      {"127.1", AddressKind::kNotAnAddress},
  };
  for (const Case& c : cases) EXPECT_EQ(ClassifyAddress(c.ip), c.kind) << c.ip;
}

}  // namespace
}  // namespace stet
