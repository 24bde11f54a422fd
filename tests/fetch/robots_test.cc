// robots.txt: RFC 9309's examples, Google's documented matching cases, and
// the files found in the wild (typos, HTML, junk, huge).
#include "stet/robots.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace stet {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

struct Case {
  const char* agent;
  const char* path;
  bool allowed;
};

void ExpectAll(const RobotsTxt& robots, std::initializer_list<Case> cases) {
  for (const Case& c : cases)
    EXPECT_EQ(robots.Allowed(c.path, c.agent), c.allowed)
        << c.agent << " " << c.path;
}

// RFC 9309 section 5.1.
TEST(RobotsTest, Rfc9309SimpleExample) {
  RobotsTxt robots = RobotsTxt::Parse(R"(User-Agent: *
Disallow: *.gif$
Disallow: /example/
Allow: /publications/

User-Agent: foobot
Disallow:/
Allow:/example/page.html
Allow:/example/allowed.gif

User-Agent: barbot
User-Agent: bazbot
Disallow: /example/page.html

User-Agent: quxbot

EOF
)");
  ExpectAll(robots, {
                        // foobot: only the two allowed pages.
                        {"foobot", "/example/page.html", true},
                        {"foobot", "/example/allowed.gif", true},
                        {"foobot", "/example/other.html", false},
                        {"foobot", "/", false},
                        {"foobot", "/publications/", false},
                        // barbot and bazbot share a group.
                        {"barbot", "/example/page.html", false},
                        {"bazbot", "/example/page.html", false},
                        {"barbot", "/example/", true},
                        {"bazbot", "/picture.gif", true},
                        // quxbot has a group with no rules: all allowed.
                        {"quxbot", "/example/page.html", true},
                        {"quxbot", "/picture.gif", true},
                        // Everyone else gets the "*" group.
                        {"otherbot", "/picture.gif", false},
                        {"otherbot", "/dir/picture.gif", false},
                        {"otherbot", "/picture.gif?x", true},  // "$" anchors
                        {"otherbot", "/example/page.html", false},
                        {"otherbot", "/publications/2024", true},
                        {"otherbot", "/", true},
                    });
}

// RFC 9309 section 5.2: the longest match wins.
TEST(RobotsTest, Rfc9309LongestMatch) {
  RobotsTxt robots = RobotsTxt::Parse(
      "User-Agent: foobot\n"
      "Allow: /example/page/\n"
      "Disallow: /example/page/disallowed.gif\n");
  ExpectAll(robots, {
                        {"foobot", "/example/page/", true},
                        {"foobot", "/example/page/allowed.gif", true},
                        {"foobot", "/example/page/disallowed.gif", false},
                    });
}

// RFC 9309 section 2.2.2: special characters and percent-encoding. (Its
// table's "/foo/bar?baz=https://foo.bar" row, which escapes ":" and "/" in
// a rule but not elsewhere, is not followed: no crawler does.)
TEST(RobotsTest, Rfc9309SpecialCharactersAndEncoding) {
  RobotsTxt robots = RobotsTxt::Parse(
      "user-agent: *\n"
      "disallow: / # comment in line\n"
      "# comment on its own line\n"
      "allow: /this/path/exactly$\n"
      "allow: /this/*/exactly\n"
      "allow: /path/file-with-a-%2A.html\n"
      "allow: /path/foo-%24\n"
      "allow: /foo/bar?baz=quz\n"
      "allow: /foo/bar/\xE3\x83\x84\n"
      "allow: /foo/bar/%62%61%7A\n");
  ExpectAll(robots, {
                        {"bot", "/", false},
                        {"bot", "/this/path/exactly", true},
                        {"bot", "/this/exactly", false},
                        {"bot", "/this/any/exactly", true},
                        {"bot", "/this/a/b/c/exactly", true},
                        {"bot", "/path/file-with-a-%2A.html", true},
                        {"bot", "/path/file-with-a-%2a.html", true},
                        {"bot", "/path/file-with-a-*.html", false},
                        {"bot", "/path/foo-%24", true},
                        {"bot", "/foo/bar?baz=quz", true},
                        {"bot", "/foo/bar?baz=other", false},
                        // Raw UTF-8 in the file matches its escapes in
                        // the URL, in either letter case.
                        {"bot", "/foo/bar/%E3%83%84", true},
                        {"bot", "/foo/bar/%e3%83%84", true},
                        // Escaped unreserved characters are the
                        // characters themselves, on either side.
                        {"bot", "/foo/bar/baz", true},
                        {"bot", "/foo/bar/%62az", true},
                        {"bot", "/foo/bar/qux", false},
                    });
}

// Google's documented examples of path matching.
TEST(RobotsTest, PathMatching) {
  struct Table {
    const char* rule;
    std::vector<const char*> match, no_match;
  } tables[] = {
      {"/fish",
       {"/fish", "/fish.html", "/fish/salmon.html", "/fishheads",
        "/fishheads/yummy.html", "/fish.php?id=anything"},
       {"/Fish.asp", "/catfish", "/?id=fish", "/desert/fish"}},
      {"/fish*",
       {"/fish", "/fish.html", "/fish/salmon.html", "/fishheads",
        "/fish.php?id=anything"},
       {"/Fish.asp", "/catfish", "/?id=fish"}},
      {"/fish/",
       {"/fish/", "/fish/?id=anything", "/fish/salmon.htm"},
       {"/fish", "/fish.html", "/animals/fish/", "/Fish/Salmon.asp"}},
      {"/*.php",
       {"/index.php", "/filename.php", "/folder/filename.php",
        "/folder/filename.php?parameters", "/folder/any.php.file.html",
        "/filename.php/"},
       {"/", "/windows.PHP"}},
      {"/*.php$",
       {"/filename.php", "/folder/filename.php"},
       {"/filename.php?parameters", "/filename.php/", "/filename.php5",
        "/windows.PHP"}},
      {"/fish*.php",
       {"/fish.php", "/fishheads/catfish.php?parameters"},
       {"/Fish.PHP"}},
      {"/a*b*c$", {"/abc", "/aXbYc", "/abcbc", "/a/b/c"}, {"/ab", "/abcd"}},
      {"/a**b", {"/ab", "/aXXb"}, {"/a"}},
      {"/$", {"/"}, {"/a"}},
      {"/a$b", {"/a$b", "/a$bc"}, {"/ab"}},  // "$" inside is literal
      {"*", {"/", "/anything"}, {}},
      {"fish", {"/fish"}, {"/catfish"}},  // a missing leading "/" is added
  };
  for (const Table& t : tables) {
    RobotsTxt robots =
        RobotsTxt::Parse("User-agent: *\nDisallow: " + std::string(t.rule));
    for (const char* p : t.match)
      EXPECT_FALSE(robots.Allowed(p, "stet"))
          << t.rule << " should match " << p;
    for (const char* p : t.no_match)
      EXPECT_TRUE(robots.Allowed(p, "stet"))
          << t.rule << " should not match " << p;
  }
}

TEST(RobotsTest, PrecedenceLongestThenAllow) {
  struct Prec {
    const char* file;
    const char* path;
    bool allowed;
  } cases[] = {
      {"allow: /p\ndisallow: /", "/page", true},
      {"allow: /folder\ndisallow: /folder", "/folder/page", true},  // tie
      {"disallow: /folder\nallow: /folder", "/folder/page", true},  // order
      {"allow: /page\ndisallow: /*.htm", "/page.htm", false},
      {"allow: /$\ndisallow: /", "/", true},
      {"allow: /$\ndisallow: /", "/page.htm", false},
      {"disallow:\n", "/anything", true},  // empty: nothing disallowed
      {"allow: /\ndisallow: /private", "/private/x", false},
  };
  for (const Prec& c : cases) {
    RobotsTxt robots =
        RobotsTxt::Parse("user-agent: *\n" + std::string(c.file));
    EXPECT_EQ(robots.Allowed(c.path, "stet"), c.allowed)
        << c.file << " / " << c.path;
  }
}

TEST(RobotsTest, ChoosingTheGroup) {
  RobotsTxt robots = RobotsTxt::Parse(
      "Disallow: /before-any-group\n"  // belongs to no group: ignored
      "User-agent: *\n"
      "Disallow: /all\n"
      "\n"
      "USER-AGENT: Stet/1.0 (+https://example.org)\n"
      "Disallow: /one\n"
      "\n"
      "user-agent: googlebot\n"
      "disallow: /google\n"
      "\n"
      "User-agent: STET\n"  // a second group for stet: merged
      "Disallow: /two\n");
  ExpectAll(robots, {
                        {"stet", "/one", false},
                        {"stet", "/two", false},
                        {"Stet", "/one", false},
                        {"stet/0.1", "/one", false},  // token taken from it
                        {"stet", "/all", true},       // its own group, not "*"
                        {"stet", "/before-any-group", true},
                        {"stet-news", "/all", false},  // another token
                        {"other", "/all", false},
                        {"other", "/one", true},
                        {"Googlebot", "/google", false},
                    });
  // No "*" group and no group naming us: all allowed.
  RobotsTxt only_google =
      RobotsTxt::Parse("User-agent: googlebot\nDisallow: /\n");
  EXPECT_TRUE(only_google.Allowed("/a", "stet"));
  EXPECT_FALSE(only_google.Allowed("/a", "googlebot"));
}

TEST(RobotsTest, ForgivingAboutHowFilesAreWritten) {
  // CR line ends, a BOM, tabs, spaces around the colon, misspelt keys, no
  // final newline, a line without a colon, prose.
  RobotsTxt robots = RobotsTxt::Parse(
      "\xEF\xBB\xBFuser-agent : *\r"
      "\tDisalow:/typo\r\n"
      "dissallow /nocolon\r\n"
      "Allow:\t/typo/ok   \n"
      "this line is prose and means nothing\n"
      "Disallow: /last");
  ExpectAll(robots, {
                        {"stet", "/typo/x", false},
                        {"stet", "/typo/ok/x", true},
                        {"stet", "/nocolon", false},
                        {"stet", "/last", false},
                        {"stet", "/this", true},
                    });
}

TEST(RobotsTest, GarbageAllowsEverything) {
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 7919) & 0xff);
  for (const std::string& body :
       {std::string(""), std::string("<html><body>Not found</body></html>"),
        binary, std::string("User-agent: *\0Disallow: /\n", 26),
        std::string(100000, ':'), std::string(100000, '\n'),
        std::string(100000, '*')}) {
    RobotsTxt robots = RobotsTxt::Parse(body);
    EXPECT_TRUE(robots.Allowed("/article", "stet"));
    EXPECT_FALSE(robots.CrawlDelay("stet").has_value());
  }
}

TEST(RobotsTest, RobotsTxtItselfIsAlwaysAllowed) {
  RobotsTxt robots = RobotsTxt::Parse("User-agent: *\nDisallow: /\n");
  EXPECT_TRUE(robots.Allowed("/robots.txt", "stet"));
  EXPECT_FALSE(robots.Allowed("/robots.txt.bak", "stet"));
  EXPECT_TRUE(RobotsTxt::DisallowAll().Allowed("/robots.txt", "stet"));
  EXPECT_FALSE(RobotsTxt::DisallowAll().Allowed("/", "stet"));
  EXPECT_TRUE(RobotsTxt::AllowAll().Allowed("/", "stet"));
}

TEST(RobotsTest, FullUrlsAndOddPaths) {
  RobotsTxt robots = RobotsTxt::Parse("User-agent: *\nDisallow: /private\n");
  ExpectAll(robots, {
                        {"stet", "https://example.com/private/a", false},
                        {"stet", "HTTP://example.com/private", false},
                        {"stet", "https://example.com", true},
                        {"stet", "https://example.com?private", true},
                        {"stet", "/public#/private", true},
                        {"stet", "", true},
                        {"stet", "private", false},  // taken as /private
                    });
}

TEST(RobotsTest, CrawlDelay) {
  RobotsTxt robots = RobotsTxt::Parse(
      "User-agent: *\n"
      "Crawl-delay: 10\n"
      "\n"
      "User-agent: stet\n"
      "Crawl-delay: 0.5\n"
      "Disallow: /x\n"
      "\n"
      "User-agent: slow\n"
      "Crawl-delay: 2\n"
      "Crawl-delay: 5\n"  // the larger wins
      "\n"
      "User-agent: bad\n"
      "Crawl-delay: soon\n"
      "Crawl-delay: -3\n"
      "Crawl-delay: inf\n"
      "Crawl-delay: nan\n");
  EXPECT_EQ(robots.CrawlDelay("stet"), 0.5);
  EXPECT_EQ(robots.CrawlDelay("other"), 10);
  EXPECT_EQ(robots.CrawlDelay("slow"), 5);
  EXPECT_FALSE(robots.CrawlDelay("bad").has_value());
  EXPECT_FALSE(RobotsTxt::Parse("").CrawlDelay("stet").has_value());
}

TEST(RobotsTest, Sitemaps) {
  RobotsTxt robots = RobotsTxt::Parse(
      "Sitemap: https://example.com/sitemap.xml\n"
      "User-agent: *\n"
      "sitemap: https://example.com/news-sitemap.xml # news\n"
      "Disallow: /x\n"
      "SITEMAP:https://example.com/sitemap.xml\n"
      "Sitemap:\n");
  EXPECT_THAT(robots.Sitemaps(),
              ElementsAre("https://example.com/sitemap.xml",
                          "https://example.com/news-sitemap.xml"));
  EXPECT_FALSE(robots.Allowed("/x", "stet"));
  EXPECT_THAT(RobotsTxt::Parse("User-agent: *\n").Sitemaps(), IsEmpty());
}

TEST(RobotsTest, OnlyTheFirstMegabyteIsRead) {
  std::string body = "User-agent: *\nDisallow: /early\n";
  while (body.size() < RobotsTxt::kMaxBytes - 10) body += "# padding\n";
  body += "Disallow: /cut-in-two\n";  // straddles the limit: dropped
  body += "Disallow: /late\n";
  RobotsTxt robots = RobotsTxt::Parse(body);
  EXPECT_FALSE(robots.Allowed("/early", "stet"));
  EXPECT_TRUE(robots.Allowed("/cut-in-two", "stet"));
  EXPECT_TRUE(robots.Allowed("/cut", "stet"));
  EXPECT_TRUE(robots.Allowed("/late", "stet"));
}

TEST(RobotsTest, HostilePatternsStayCheap) {
  // A megabyte of rules built to make backtracking matchers crawl, against
  // a long path that almost matches each of them.
  std::string body = "User-agent: *\n";
  while (body.size() < RobotsTxt::kMaxBytes)
    body += "Disallow: /*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*aaaaaaaaaaaaab\n";
  RobotsTxt robots = RobotsTxt::Parse(body);
  std::string path = "/" + std::string(2000, 'a');
  auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(robots.Allowed(path, "stet"));
  EXPECT_FALSE(robots.Allowed(path + "b", "stet"));
  EXPECT_LT(
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count(),
      2.0);
}

TEST(RobotsTest, WhatAFetchMeans) {
  auto response = [](int http, std::string body = "") {
    HttpResponse r;
    r.http_status = http;
    r.body = std::move(body);
    return r;
  };
  const std::string file = "User-agent: *\nDisallow: /x\n";
  EXPECT_FALSE(RobotsTxt::FromResponse(response(200, file)).Allowed("/x", "a"));
  EXPECT_TRUE(RobotsTxt::FromResponse(response(200, file)).Allowed("/y", "a"));
  // "Unavailable": anything goes.
  for (int code : {401, 403, 404, 410})
    EXPECT_TRUE(RobotsTxt::FromResponse(response(code)).Allowed("/x", "a"))
        << code;
  // "Unreachable": nothing, for now.
  for (int code : {429, 500, 503, 304})
    EXPECT_FALSE(RobotsTxt::FromResponse(response(code)).Allowed("/x", "a"))
        << code;
  HttpResponse failed;
  failed.status = Status(ErrorCode::kNetwork, "Connection timed out");
  EXPECT_FALSE(RobotsTxt::FromResponse(failed).Allowed("/x", "a"));
  failed.status = Status(ErrorCode::kTooLarge, "body above 1 MB");
  EXPECT_FALSE(RobotsTxt::FromResponse(failed).Allowed("/x", "a"));
  failed.status = InvalidArgument("too many redirects (5)");
  EXPECT_TRUE(RobotsTxt::FromResponse(failed).Allowed("/x", "a"));
}

}  // namespace
}  // namespace stet
