#include "stet/extract.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "extract/charset.h"
#include "stet/text.h"

namespace stet {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// One article, five paragraphs, used in every template below.
const char* kParas[] = {
    "Boris Johnson and his Russian counterpart Sergei Lavrov have sparred over "
    "the issue of alleged Russian meddling in the Brexit referendum during the "
    "first visit by a British foreign secretary to Moscow for five years.",
    "Lavrov made the latest in a series of blanket Russian denials over "
    "interference in western votes, and said Johnson himself had said there "
    "was no evidence of Russian interference.",
    "“We haven’t seen any evidence except that for four kopecks someone put an "
    "advert on social media,” Lavrov said.",
    "Johnson then corrected the Russian minister, saying: “‘Not successfully’ "
    "is what I said.” The exchange, only half joking, was symptomatic of the "
    "deep discord in the relationship.",
    "Johnson conceded that things are not easy between us at the moment, "
    "noting that Britain had issues with Russia’s actions in Ukraine, the "
    "western Balkans and cyberspace.",
};

std::string Paragraphs(const char* open = "<p>", const char* close = "</p>") {
  std::string s;
  for (const char* p : kParas) s += std::string(open) + p + close + "\n";
  return s;
}

// A news-site template with every kind of furniture around the story.
std::string TemplateA() {
  return R"(<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Johnson and Lavrov spar | The Daily Example</title>
<meta property="og:title" content="Johnson and Lavrov spar over Brexit meddling">
</head><body>
<header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<main><article class="story">
<h1>Johnson and Lavrov spar over Brexit meddling</h1>
<div class="byline">By Andrew Roth</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<figure><img src="a.jpg"><figcaption>Boris Johnson with Sergei Lavrov in Moscow. Photo: Reuters</figcaption></figure>
<div class="article-body">)" +
         Paragraphs() + R"(
<aside class="newsletter"><p>Sign up to our politics newsletter for the best of the day's news, sent every morning.</p></aside>
</div>
<div class="related-links"><h3>Related</h3><ul><li><a href="/a">Putin says relations are poor and will stay that way</a></li><li><a href="/b">Lavrov visits London next month for talks</a></li></ul></div>
</article></main>
<footer><p>© The Daily Example 2017. All rights reserved. Contact us. Terms and conditions.</p></footer>
</body></html>)";
}

// The same story in a different, older, table-and-div template.
std::string TemplateB() {
  return R"(<html><head><title>Johnson and Lavrov spar over Brexit meddling - Example News</title></head>
<body><div id="wrapper"><div id="top-menu"><ul><li><a href="/">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></div>
<div id="content-main"><div class="headline"><h2>Johnson and Lavrov spar over Brexit meddling</h2></div>
<div class="text">)" +
         Paragraphs("<div>", "</div>") + R"(</div>
<div class="video-teaser"><a href="/v">WATCH: Johnson lays roses on Nemtsov bridge</a></div>
<div id="comments"><h4>Comments (12)</h4><p>Great article, thanks for sharing this with us all.</p></div>
</div><div id="sidebar"><h3>Most popular</h3><ol><li><a href="/1">Story one that is popular</a></li><li><a href="/2">Story two that is popular</a></li></ol></div></div></body></html>)";
}

std::vector<std::string> Texts(const ExtractedArticle& a) {
  std::vector<std::string> out;
  for (const Block& b : a.blocks) out.push_back(b.text);
  return out;
}

TEST(ExtractTest, FindsTheStoryAndLeavesTheFurniture) {
  auto a = Extract(TemplateA(), {.url = "https://example.com/politics/1"});
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->kind, PageKind::kArticle) << a->reason;
  std::vector<std::string> want(std::begin(kParas), std::end(kParas));
  EXPECT_EQ(Texts(*a), want);
}

TEST(ExtractTest, SameArticleInTwoTemplatesGivesTheSameText) {
  auto a = Extract(TemplateA());
  auto b = Extract(TemplateB());
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(Texts(*a), Texts(*b));
  // ...and so the same fingerprint: no false version.
  VersionText va = a->ToVersionText(), vb = b->ToVersionText();
  EXPECT_EQ(text::ContentFingerprint("", "", va.paragraphs),
            text::ContentFingerprint("", "", vb.paragraphs));
}

struct KindCase {
  const char* name;
  std::string html;
  PageKind kind;
};

std::string Page(const std::string& title, const std::string& body) {
  return "<html><head><title>" + title + "</title></head><body>" + body +
         "</body></html>";
}

TEST(ExtractTest, RecognisesPagesThatAreNotArticles) {
  const KindCase cases[] = {
      {"paywall",
       Page("Johnson in Moscow",
            "<article><p>Boris Johnson has begun talks in Moscow with the "
            "Russian foreign minister.</p><div class='paywall'><p>Subscribe to "
            "continue reading. Already a subscriber? Log "
            "in.</p></div></article>"),
       PageKind::kPaywall},
      {"consent",
       Page("Before you continue",
            "<div><p>We use cookies and data to deliver and maintain our "
            "services. Accept all cookies or manage consent.</p></div>"),
       PageKind::kConsent},
      {"error",
       Page("404 - Page not found",
            "<h1>Sorry, we can't find that page</h1><p>Try the home page.</p>"),
       PageKind::kErrorPage},
      {"index",
       Page("World news",
            "<ul><li><a href='/1'>Story one</a></li><li><a href='/2'>Story "
            "two</a></li></ul>"),
       PageKind::kNoArticle},
  };
  for (const KindCase& c : cases) {
    auto a = Extract(c.html);
    ASSERT_TRUE(a.ok()) << c.name;
    EXPECT_EQ(a->kind, c.kind) << c.name << ": " << a->reason;
    EXPECT_FALSE(a->reason.empty()) << c.name;
  }
  // Regression: a number containing 404 in a short article's title is not
  // an error page.
  auto numbered =
      Extract(Page("Astronauts in new photos (No. 1404)",
                   std::string("<article><p>") + kParas[0] + "</p></article>"));
  ASSERT_TRUE(numbered.ok());
  EXPECT_EQ(numbered->kind, PageKind::kArticle) << numbered->reason;
  // A paywall's visible teaser is kept for the reader (never stored).
  auto p = Extract(cases[0].html);
  ASSERT_EQ(p->blocks.size(), 1u);
  EXPECT_THAT(p->blocks[0].text, HasSubstr("has begun talks in Moscow"));
}

TEST(ExtractTest, KeepsStructureThatMattersForReading) {
  std::string html = Page(
      "T", "<article><p>" + std::string(kParas[0]) +
               "</p><h2>What was said</h2><p>" + kParas[1] +
               "</p><blockquote>" + kParas[2] + "</blockquote><ul><li>" +
               kParas[3] + "</li><li>" + kParas[4] + "</li></ul></article>");
  auto a = Extract(html);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->blocks.size(), 6u);
  EXPECT_EQ(a->blocks[1].kind, BlockKind::kHeading);
  EXPECT_EQ(a->blocks[1].text, "What was said");
  EXPECT_EQ(a->blocks[3].kind, BlockKind::kQuote);
  EXPECT_EQ(a->blocks[4].kind, BlockKind::kListItem);
}

// Layouts seen on real news sites, each once mishandled (one case per fix).
TEST(ExtractTest, RealWorldLayouts) {
  const std::string p0 = std::string("<p>") + kParas[0] + "</p>";
  const std::string p1 = std::string("<p>") + kParas[1] + "</p>";
  const std::string p3 = std::string("<p>") + kParas[3] + "</p>";
  const std::string p4 = std::string("<p>") + kParas[4] + "</p>";
  struct Case {
    const char* name;
    std::string body;
    std::vector<std::string> want_in;   // each must be a block
    std::vector<std::string> want_out;  // none may appear in any block
  } cases[] = {
      {"table rows read as lines, numbers kept",
       "<article>" + p0 +
           "<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>"
           "<tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table>" +
           p1 + "</article>",
       {"Pos. Driver Points", "1 Kyle Busch 5040"},
       {}},
      {"a tweet's attribution is not a date line",
       "<article>" + p0 +
           "<blockquote><p>Adjourned.</p>\u2014 The Senate (@NGRSenate) "
           "October 9, 2018</blockquote>" +
           p1 + "</article>",
       {},
       {}},
      {"a date line is furniture",
       "<article><p>Published: 10:48, Tue, Nov 19, 2019 | Updated: 11:05, Tue, "
       "Nov 19, 2019</p>" +
           p0 + p1 + "</article>",
       {},
       {"Published"}},
      {"text written straight into a container",
       std::string("<div class='col-md-9'><h2>Johnson in Moscow</h2>") +
           kParas[0] + " " + kParas[1] +
           "<div class='share'><a href='#'>Share</a></div></div>",
       {},
       {"Share"}},
      {"an article in sections, figures between them",
       "<div class='post'><div class='wrap'><section><div><div>" + p0 + p1 +
           "</div></div></section></div><figure><img "
           "src='a.jpg'></figure><section><div><div>" +
           p3 + p4 + "</div></div></section></div>",
       {kParas[0], kParas[4]},
       {}},
      {"related stories are furniture whatever else their class says",
       "<article>" + p0 + p1 + p3 +
           "<section class='module related-stories'><div class='item'>"
           "<p class='dek'>The Athlon 3000G has a lot going for it, especially "
           "the price, say "
           "reviewers who tried it.</p></div></section></article>",
       {},
       {"Athlon"}},
      {"an embedded tweet is part of the story",
       "<article>" + p0 +
           "<div class='social-media-embed'><blockquote class='twitter-tweet'>"
           "<p>Yes this is real and yes the state spent nearly half a million "
           "dollars on it</p>"
           "</blockquote></div>" +
           p1 + "</article>",
       {"Yes this is real and yes the state spent nearly half a million "
        "dollars on it"},
       {}},
      {"contact and tag lines are furniture",
       "<article>" + p0 + p1 +
           "<p>Have a tip? Andrew Roth may be reached at "
           "aroth@example.com.</p><p>Tags: Russia, Brexit, Boris "
           "Johnson</p></article>",
       {},
       {"Have a tip", "Tags:"}},
      {"hover cards inside a paragraph",
       "<article><p>Lavrov said <span class='rollover-people'><a "
       "href='/p'>Boris Johnson</a>"
       "<span class='rollover-people-block'><a href='/x'>Johnson meets Putin "
       "aides</a></span>"
       "</span> had said there was no evidence of interference in any western "
       "vote.</p>" +
           p0 + "</article>",
       {},
       {"Putin aides"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    auto a = Extract(Page("T", c.body));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->kind, PageKind::kArticle) << a->reason;
    std::vector<std::string> texts = Texts(*a);
    for (const std::string& w : c.want_in)
      EXPECT_THAT(texts, ::testing::Contains(w));
    for (const std::string& w : c.want_out)
      for (const std::string& t : texts) EXPECT_THAT(t, Not(HasSubstr(w)));
    if (std::string(c.name).starts_with("a tweet")) {
      bool found = false;
      for (const std::string& t : texts)
        found |= t.find("(@NGRSenate) October 9, 2018") != std::string::npos;
      EXPECT_TRUE(found);
    }
    if (std::string(c.name).starts_with("text written")) {
      bool found = false;
      for (const std::string& t : texts)
        found |= t.find(kParas[1]) != std::string::npos;
      EXPECT_TRUE(found);
    }
  }
}

TEST(ExtractTest, BadInputIsAnErrorOrNoArticleNeverACrash) {
  EXPECT_EQ(Extract("").status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Extract("   \n ").status().code(), ErrorCode::kInvalidArgument);
  EXPECT_THAT(Extract("%PDF-1.4 binary").status().message(), HasSubstr("PDF"));
  EXPECT_THAT(Extract(std::string("\x7f"
                                  "ELF\0\0\0",
                                  7))
                  .status()
                  .message(),
              HasSubstr("executable"));
  ExtractOptions small;
  small.max_bytes = 1000;
  auto big = Extract(std::string(5000, 'x'), small);
  EXPECT_EQ(big.status().code(), ErrorCode::kTooLarge);
  EXPECT_THAT(big.status().message(), HasSubstr("limit"));
  // Truncated in the middle of a tag and of a paragraph.
  std::string t = TemplateA();
  for (size_t cut : {t.size() / 3, t.size() / 2, t.size() - 40}) {
    auto a = Extract(t.substr(0, cut));
    ASSERT_TRUE(a.ok());
    for (const Block& b : a->blocks) EXPECT_TRUE(text::IsValidUtf8(b.text));
  }
  // Deeply nested markup.
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "<div>";
  deep += "<p>" + std::string(kParas[0]) + "</p>";
  auto d = Extract(deep);
  EXPECT_TRUE(d.ok());
  // Not HTML at all.
  auto plain = Extract("just some words, not a page");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->kind, PageKind::kNoArticle);
}

TEST(ExtractTest, OutputIsUtf8WhateverTheDeclaredCharset) {
  // windows-1252 bytes declared in <meta>.
  std::string latin =
      "<html><head><meta charset=\"windows-1252\"></head><body><article><p>" +
      std::string(kParas[0]) +
      " Caf\xe9 na\xefve \x93quoted\x94.</p></article></body></html>";
  auto a = Extract(latin);
  ASSERT_TRUE(a.ok());
  ASSERT_FALSE(a->blocks.empty()) << a->reason;
  EXPECT_THAT(a->blocks[0].text, HasSubstr("Café naïve “quoted”."));
  EXPECT_EQ(a->charset, "windows-1252");
  // The HTTP header wins over <meta>.
  std::string page = "<html><head><meta charset=\"utf-8\"></head><body><p>" +
                     std::string(kParas[0]) + " \xe9t\xe9</p></body></html>";
  auto b = Extract(page, {.content_type = "text/html; charset=ISO-8859-1"});
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->charset, "windows-1252");
  // Declared UTF-8 but really Latin-1 throughout: detected, not mangled.
  std::string lying = "<html><head><meta charset=\"utf-8\"></head><body><p>" +
                      std::string(kParas[0]) +
                      " Caf\xe9 \xe0 la cr\xe8me br\xfbl\xe9\x65 d\xe9j\xe0 "
                      "vu.</p></body></html>";
  auto c = Extract(lying);
  ASSERT_TRUE(c.ok());
  for (const Block& bl : c->blocks) EXPECT_TRUE(text::IsValidUtf8(bl.text));
}

TEST(CharsetTest, ReadsContentTypeAndBom) {
  EXPECT_EQ(extract::CharsetFromContentType("text/html; charset=ISO-8859-1"),
            "iso-8859-1");
  EXPECT_EQ(extract::CharsetFromContentType("text/html;charset=\"UTF-8\""),
            "utf-8");
  EXPECT_EQ(extract::CharsetFromContentType("text/html"), "");
  auto d = extract::DecodeToUtf8("\xEF\xBB\xBFhello",
                                 "text/html; charset=iso-8859-1");
  EXPECT_EQ(d.utf8, "hello");
  EXPECT_EQ(d.charset, "utf-8");
  auto u16 = extract::DecodeToUtf8(std::string("\xFF\xFEh\0i\0", 6), "");
  EXPECT_EQ(u16.utf8, "hi");
}

TEST(SiteRulesTest, RulesKeepAndDropBySelector) {
  std::string html =
      Page("T", "<div class='story'><p>" + std::string(kParas[0]) +
                    "</p><p class='promo'>" + kParas[1] +
                    "</p></div><div id='other'><p>" + kParas[2] + "</p><p>" +
                    kParas[3] + "</p><p>" + kParas[4] + "</p></div>");
  SiteRules rules;
  rules.rules.push_back({"example.com", {"div.story"}, {".promo"}});
  ExtractOptions opt;
  opt.url = "https://www.example.com/x";
  opt.rules = &rules;
  auto a = Extract(html, opt);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(Texts(*a), std::vector<std::string>{kParas[0]});
  // Another site is not affected.
  opt.url = "https://other.org/x";
  auto b = Extract(html, opt);
  EXPECT_GT(b->blocks.size(), 1u);
}

// Regression (found by the extract fuzzer): two drop selectors matching one
// node freed it twice.
TEST(SiteRulesTest, TwoDropSelectorsMatchingOneNodeDropItOnce) {
  const std::string html =
      std::string("<html><head><title>T</title></head><body><article><p>") +
      kParas[0] + "</p><p>" + kParas[1] + "</p><aside class=promo><p>" +
      kParas[2] + "</p></aside></article></body></html>";
  SiteRules rules;
  rules.rules.push_back({"example.com", {}, {".promo", "//aside"}});
  ExtractOptions opt;
  opt.url = "https://example.com/x";
  opt.rules = &rules;
  auto a = Extract(html, opt);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(Texts(*a), (std::vector<std::string>{kParas[0], kParas[1]}));
}

// Regression (found by the extract fuzzer): a drop rule matching <html> or
// <body> freed the page the extractor was still reading.
TEST(SiteRulesTest, ADropRuleCannotRemoveThePageItself) {
  for (std::string tag : {"html", "body"}) {
    std::string html =
        "<html" + std::string(tag == "html" ? " class=promo" : "") +
        "><head><title>T</title></head><body" +
        (tag == "body" ? " class=promo" : "") + "><article><p>" + kParas[0] +
        "</p><p>" + kParas[1] + "</p><p class=promo>" + kParas[2] +
        "</p></article></body></html>";
    SiteRules rules;
    rules.rules.push_back({"example.com", {}, {".promo"}});
    ExtractOptions opt;
    opt.url = "https://example.com/x";
    opt.rules = &rules;
    auto a = Extract(html, opt);
    ASSERT_TRUE(a.ok()) << tag;
    EXPECT_EQ(Texts(*a), (std::vector<std::string>{kParas[0], kParas[1]}))
        << tag;
  }
}

TEST(SiteRulesTest, LoadsFromJsonAndReportsMistakes) {
  std::string path = ::testing::TempDir() + "/rules.json";
  std::ofstream(path)
      << R"({"sites": [{"domain": "www.Example.com", "body": ["article .text"], "drop": ["#share"]}]})";
  auto r = LoadSiteRules(path);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_NE(r->For("https://news.example.com/a"), nullptr);
  EXPECT_EQ(r->For("https://news.example.com/a")->drop[0], "#share");
  EXPECT_EQ(r->For("https://notexample.com/a"), nullptr);
  // Ports, case and user names do not hide the host; nor does a bracketed
  // IPv6 address make one up.
  EXPECT_NE(r->For("https://WWW.Example.COM:8443/a"), nullptr);
  EXPECT_NE(r->For("https://user@example.com/a"), nullptr);
  EXPECT_EQ(r->For("http://[::1]:8080/example.com"), nullptr);
  EXPECT_EQ(r->For("not a url"), nullptr);
  std::ofstream(path) << R"({"sites": [{"body": ["x"]}]})";
  auto bad = LoadSiteRules(path);
  EXPECT_FALSE(bad.ok());
  EXPECT_THAT(bad.status().message(), HasSubstr("domain"));
  std::ofstream(path)
      << R"({"sites": [{"domain": "example.com", "drop": ["//div[@class="]}]})";
  auto bad_selector = LoadSiteRules(path);
  ASSERT_FALSE(bad_selector.ok());
  EXPECT_THAT(bad_selector.status().message(), HasSubstr("selector"));
}

}  // namespace
}  // namespace stet
