// The feed module's text and link helpers: HTML fragments to plain text,
// links to absolute http(s) URLs, HTML entities in XML.
#include "feed/text.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "feed/xml.h"
#include "stet/text.h"

namespace stet::feed {
namespace {

using ::testing::HasSubstr;

TEST(FeedTextTest, HtmlToText) {
  struct Case {
    const char* html;
    const char* text;
  } cases[] = {
      {"<p>One</p><p>Two</p>", "One Two"},
      {"in<b>line</b> <em>words</em> run on", "inline words run on"},
      {"line<br>break<br/>here", "line break here"},
      {"<ul><li>a</li><li>b</li></ul>", "a b"},
      {"&amp; &lt; &gt; &quot; &apos; &#39; &#x27;", "& < > \" ' ' '"},
      {"&eacute;&Eacute;&hellip;&mdash;&euro;", "éÉ…—€"},
      {"&#0; &#xD800; &#x110000;", "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD"},
      {"&#150; &#153;", "– ™"},  // Windows-1252 numbers
      {"&nosuch; & &amp", "&nosuch; & &amp"},
      {"a < b > c", "a < b > c"},
      {"<SCRIPT type=x>if (a<b) x()</SCRIPT>after", "after"},
      {"<style>p{}</style><!-- c -->x<!-- unterminated", "x"},
      {"<img src=x alt='a > b'>pic", "pic"},
      {"<a href=\"x\" onclick=\"if(a>b)\">t</a>", "t"},
      {"<p class=it's>apostrophe</p>", "apostrophe"},
      {"<![CDATA[raw <b> text]]>", "raw <b> text"},
      {"unterminated <p", "unterminated"},
      {"\xC3\x28 invalid", "\xEF\xBF\xBD( invalid"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.html);
    EXPECT_EQ(HtmlToText(c.html), c.text);
  }
}

TEST(FeedTextTest, DeepNestingIsSafe) {
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  deep += "bottom";
  EXPECT_EQ(HtmlToText(deep), "bottom");
}

TEST(FeedTextTest, CleanText) {
  EXPECT_EQ(CleanText("  a \n\t b  "), "a b");
  EXPECT_EQ(CleanText("\xC2\x92quoted\xC2\x94"), "’quoted”");
  EXPECT_EQ(CleanText("bell\x07 and \x7F del"), "bell and del");
  EXPECT_EQ(CleanText("\xFF"), "\xEF\xBF\xBD");
  EXPECT_EQ(CleanText("non\xC2\xA0"
                      "breaking"),
            "non breaking");
}

TEST(FeedTextTest, ResolveHttpUrl) {
  struct Case {
    const char* href;
    const char* base;
    const char* want;    // nullptr: refused
    const char* reason;  // part of the refusal
  } cases[] = {
      {"https://example.com/a", "", "https://example.com/a", nullptr},
      {"  \n https://example.com/a \t", "", "https://example.com/a", nullptr},
      {"https://example.com/long-\n    link", "",
       "https://example.com/long-link", nullptr},
      {"b/c", "https://example.com/a/feed", "https://example.com/a/b/c",
       nullptr},
      {"/x#a#b", "https://example.com/", "https://example.com/x#a%23b",
       nullptr},
      {"Http://Example.com/", "", "http://Example.com/", nullptr},
      {"https://example.com/100%", "", "https://example.com/100%25", nullptr},
      {"", "https://example.com/", nullptr, "empty link"},
      {"javascript:alert(1)", "https://example.com/", nullptr,
       "is not http or https"},
      {"JavaScript:alert(1)", "", nullptr, "is not http or https"},
      {"file:///etc/passwd", "", nullptr, "is not http or https"},
      {"gopher://example.com/1", "", nullptr, "is not http or https"},
      {"/relative", "", nullptr, "no base URL"},
      {"/relative", "file:///tmp/feed.xml", nullptr, "is not http or https"},
      {"https://", "", nullptr, "has no host"},
      {"http:relative", "", nullptr, "has no host"},
      {"https:/one-slash.example.com/x?u=https://other.example.com/", "",
       nullptr, "has no host"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.href);
    auto r = ResolveHttpUrl(c.href, c.base);
    if (c.want) {
      ASSERT_TRUE(r.ok()) << r.status().message();
      EXPECT_EQ(*r, c.want);
    } else {
      ASSERT_FALSE(r.ok()) << *r;
      EXPECT_THAT(r.status().message(), HasSubstr(c.reason));
    }
  }
  EXPECT_FALSE(
      ResolveHttpUrl("https://example.com/" + std::string(9000, 'a'), "").ok());
}

TEST(FeedTextTest, ReplaceHtmlEntities) {
  std::string out;
  ASSERT_TRUE(
      ReplaceHtmlEntities("caf&eacute; &amp; &lt;b&gt; &nbsp;&rsquo;", &out));
  EXPECT_EQ(out, "café &amp; &lt;b&gt; \xC2\xA0’");
  // Unknown names (declared entities, bombs) are left for the parser,
  // which never expands them.
  out = "untouched";
  EXPECT_FALSE(ReplaceHtmlEntities("&lol9; &xxe; &#233; & ; &amp;", &out));
  EXPECT_EQ(out, "untouched");
  ASSERT_TRUE(ReplaceHtmlEntities("&xxe;&hellip;&amp;&hellip", &out));
  EXPECT_EQ(out, "&xxe;…&amp;&hellip");
}

TEST(FeedTextTest, Clip) {
  EXPECT_EQ(Clip("short"), "short");
  EXPECT_EQ(Clip(std::string(100, 'a'), 10), "aaaaaaaaaa...");
  // Never in the middle of a character.
  const std::string clipped = Clip("ééééé", 5);
  EXPECT_EQ(clipped, "éé...");
  EXPECT_TRUE(text::IsValidUtf8(clipped));
}

}  // namespace
}  // namespace stet::feed
