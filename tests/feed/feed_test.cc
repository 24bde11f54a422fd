// Feeds: every format from a realistic sample, and the broken and hostile
// documents a watcher meets (bad entries, truncation, pages that are not
// feeds, entity bombs, oversized input).
#include "stet/feed.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "stet/text.h"
#include "stet/time.h"

namespace stet {
namespace {

using ::testing::AllOf;
using ::testing::AnyOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

std::string ReadTestdata(const std::string& name) {
  const auto path =
      std::filesystem::path(__FILE__).parent_path() / "testdata" / name;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Shown(const std::optional<ZonedTime>& t) {
  return t ? FormatZonedTime(*t) : "none";
}

std::vector<std::string> Urls(const ParsedFeed& f) {
  std::vector<std::string> out;
  for (const FeedItem& i : f.items) out.push_back(i.url);
  return out;
}

std::vector<std::string> Described(const ParsedFeed& f) {
  std::vector<std::string> out;
  for (const FeedProblem& p : f.problems) out.push_back(DescribeProblem(p));
  return out;
}

// An RSS 2.0 document around the given <item> elements.
std::string Rss(const std::string& items) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<rss version=\"2.0\"><channel><title>Test</title>"
         "<link>https://example.com/</link>\n" +
         items + "</channel></rss>\n";
}

std::string Item(const std::string& link, const std::string& title = "T",
                 const std::string& extra = "") {
  return "<item><title>" + title + "</title><link>" + link + "</link>" + extra +
         "</item>\n";
}

// --- Every format --------------------------------------------------------

TEST(FeedTest, DetectsEveryFormatFromItsContent) {
  struct Case {
    const char* file;
    FeedFormat format;
    const char* name;
    const char* version;
    const char* title;
    const char* link;
    size_t items;
  } cases[] = {
      {"guardian_rss.xml", FeedFormat::kRss, "rss", "2.0",
       "Politics | The Guardian", "https://www.theguardian.com/politics", 3},
      {"rss091.xml", FeedFormat::kRss, "rss", "0.91", "Le Monde à la une",
       "https://www.lemonde.example/", 2},
      {"rdf.xml", FeedFormat::kRdf, "rdf", "1.0",
       "Tech Example: News for nerds", "https://tech.example.net/", 2},
      {"atom_xmlbase.xml", FeedFormat::kAtom, "atom", "1.0", "Example Newsroom",
       "https://news.example.org/", 3},
      {"feed.json", FeedFormat::kJsonFeed, "json_feed", "1.1",
       "The Example Times", "https://times.example.com/", 3},
      {"news_sitemap.xml", FeedFormat::kSitemap, "sitemap", "", "Example News",
       "", 3},
      {"sitemap_index.xml", FeedFormat::kSitemapIndex, "sitemap_index", "", "",
       "", 0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.file);
    auto f = ParseFeed(ReadTestdata(c.file), "https://feeds.example/f.xml");
    ASSERT_TRUE(f.ok()) << f.status().message();
    EXPECT_EQ(f->format, c.format);
    EXPECT_EQ(FeedFormatName(f->format), c.name);
    EXPECT_EQ(f->version, c.version);
    EXPECT_EQ(f->title, c.title);
    EXPECT_EQ(f->link, c.link);
    EXPECT_EQ(f->items.size(), c.items);
    EXPECT_THAT(Described(*f), IsEmpty());
  }
}

TEST(FeedTest, GuardianStyleRss) {
  auto f = ParseFeed(ReadTestdata("guardian_rss.xml"),
                     "https://www.theguardian.com/politics/rss");
  ASSERT_TRUE(f.ok()) << f.status().message();
  ASSERT_EQ(f->items.size(), 3u);

  const FeedItem& a = f->items[0];
  EXPECT_EQ(a.url,
            "https://www.theguardian.com/politics/2017/dec/22/"
            "boris-johnson-sergei-lavrov-russia-meddling");
  EXPECT_EQ(a.id, a.url);
  // media:content and media:credit are not the title or the link.
  EXPECT_EQ(a.title,
            "Boris Johnson and Sergei Lavrov spar over Russian meddling");
  EXPECT_EQ(a.author, "Andrew Roth in Moscow");
  // pubDate wins over dc:date; both say the same here.
  EXPECT_EQ(Shown(a.published), "2017-12-22T09:30:00Z");
  EXPECT_FALSE(a.updated);
  // Entity-encoded HTML: tags gone, words kept apart where blocks were.
  EXPECT_EQ(a.summary,
            "Foreign secretary’s visit to Moscow, the first in five years, "
            "exposes the deep discord between the two countries Continue "
            "reading...");

  const FeedItem& b = f->items[1];
  EXPECT_EQ(b.url,
            "https://www.theguardian.com/politics/2017/dec/22/"
            "may-tory-rebellion-meaningful-vote");
  // isPermaLink="false": an id, not a link.
  EXPECT_EQ(b.id, "gu-2017-12-22-may-rebellion");
  // Double-escaped character references in a title are decoded once more;
  // media:title does not replace the item's title.
  EXPECT_EQ(b.title,
            "May faces Tory rebellion over ‘meaningful vote’ on Brexit");
  EXPECT_EQ(b.author, "Heather Stewart, Anushka Asthana");
  EXPECT_EQ(Shown(b.published), "2017-12-22T08:05:00+01:00");
  EXPECT_EQ(FormatTime(b.published->utc), "2017-12-22T07:05:00Z");
  // CDATA HTML: &nbsp; and &ldquo; decoded, list items apart, script gone.
  EXPECT_EQ(b.summary,
            "Eleven Conservative MPs voted with Labour to give parliament a "
            "say on the final deal. Amendment 7 passed by 309 to 305 "
            "Ministers “disappointed”");

  const FeedItem& c = f->items[2];
  // The link element's surrounding line breaks are not part of the URL.
  EXPECT_EQ(c.url,
            "https://www.theguardian.com/politics/live/2017/dec/22/"
            "politics-live-brexit");
  EXPECT_EQ(Shown(c.published), "2017-12-21T18:45:00-05:00");
  EXPECT_EQ(FormatTime(c.published->utc), "2017-12-21T23:45:00Z");
  EXPECT_EQ(c.summary,
            "Rolling coverage of the day’s political developments as they "
            "happen");
}

TEST(FeedTest, AtomWithXmlBaseAndRelativeLinks) {
  auto f = ParseFeed(ReadTestdata("atom_xmlbase.xml"),
                     "https://feeds.example.org/newsroom.atom");
  ASSERT_TRUE(f.ok()) << f.status().message();
  // rel="self" is the feed, rel="alternate" the site.
  EXPECT_EQ(f->link, "https://news.example.org/");
  // Relative to the feed's xml:base, to the entry's own xml:base, and with
  // ../ that cannot climb above the root; rel="edit" and "replies" and a
  // non-HTML alternate are passed over.
  EXPECT_THAT(
      Urls(*f),
      ElementsAre("https://news.example.org/2017/12/22/ministers-reject-report",
                  "https://news.example.org/world/russia/lavrov-no-evidence",
                  "https://news.example.org/live/reaction?page=1&sort=new"));
  const FeedItem& a = f->items[0];
  EXPECT_EQ(a.id, "tag:news.example.org,2017-12-22:/101");
  EXPECT_EQ(a.title, "Ministers reject Brexit report");  // type="html"
  EXPECT_EQ(a.author, "Jessica Elgot, Rowena Mason");
  EXPECT_EQ(Shown(a.published), "2017-12-22T09:30:00+01:00");
  EXPECT_EQ(Shown(a.updated), "2017-12-22T11:05:12+01:00");
  EXPECT_EQ(a.summary,
            "The government says the committee’s findings are “premature”. "
            "More to follow.");
  const FeedItem& b = f->items[1];
  EXPECT_EQ(b.title, "Lavrov: “no evidence” of meddling");
  EXPECT_FALSE(b.published);  // Atom often states only `updated`
  EXPECT_EQ(Shown(b.updated), "2017-12-22T08:00:00Z");
  // xhtml content: its markup is structure, not text.
  EXPECT_EQ(b.summary,
            "Russia’s foreign minister denied any interference. He spoke in "
            "Moscow.");
  const FeedItem& c = f->items[2];
  EXPECT_EQ(Shown(c.updated), "2017-12-22T12:00:00-05:00");
  // type="text" (the default): what looks like a tag is text.
  EXPECT_EQ(c.summary, "Plain text, where <b> is not a tag");
}

TEST(FeedTest, RdfInLatin1) {
  auto f = ParseFeed(ReadTestdata("rdf.xml"), "");
  ASSERT_TRUE(f.ok()) << f.status().message();
  ASSERT_EQ(f->items.size(), 2u);
  const FeedItem& a = f->items[0];
  // Not canonicalised here: that is CanonicalUrl()'s job.
  EXPECT_EQ(a.url,
            "https://tech.example.net/story/17/12/22/0930/"
            "ai-writes-cafe-reviews?utm_source=rss1.0mainlinkanon&utm_medium="
            "feed");
  EXPECT_EQ(a.id,
            "https://tech.example.net/story/17/12/22/0930/"
            "ai-writes-cafe-reviews");  // rdf:about
  EXPECT_EQ(a.title, "AI Writes Café Reviews Nobody Asked For");
  EXPECT_EQ(a.author, "msmash");
  EXPECT_EQ(Shown(a.published), "2017-12-22T09:30:00Z");  // dc:date
  EXPECT_EQ(a.summary,
            "An anonymous reader writes: a chain of cafés let a model write "
            "its reviews. Read more of this story at Tech Example.");
  EXPECT_EQ(Shown(f->items[1].published), "2017-12-22T03:15:00-05:00");
}

TEST(FeedTest, Rss091WithHtmlEntitiesAndARelativeLink) {
  auto f = ParseFeed(ReadTestdata("rss091.xml"),
                     "https://www.lemonde.example/rss/une.xml");
  ASSERT_TRUE(f.ok()) << f.status().message();
  // &eacute; and friends are HTML's, undefined in XML without the DTD
  // (which is never loaded): they are still read.
  EXPECT_EQ(f->title, "Le Monde à la une");
  ASSERT_EQ(f->items.size(), 2u);
  EXPECT_EQ(f->items[0].url,
            "https://www.lemonde.example/economie/article/2017/12/22/"
            "l-economie-ralentit.html");
  EXPECT_EQ(f->items[0].title, "L’économie française ralentit");
  EXPECT_EQ(f->items[0].summary, "Selon l’Insee, la croissance atteint 0,5 %.");
}

TEST(FeedTest, JsonFeed11) {
  auto f = ParseFeed(ReadTestdata("feed.json"), "");
  ASSERT_TRUE(f.ok()) << f.status().message();
  // No base given: relative URLs resolve against the feed's own feed_url.
  EXPECT_THAT(Urls(*f),
              ElementsAre("https://times.example.com/2017/12/22/lavrov",
                          "https://times.example.com/2017/12/22/budget-leak",
                          "https://other.example.net/story/ports"));
  const FeedItem& a = f->items[0];
  EXPECT_EQ(a.title, "Lavrov denies meddling as Johnson visits Moscow");
  EXPECT_EQ(a.author, "Andrew Roth, Patrick Wintour");
  EXPECT_EQ(Shown(a.published), "2017-12-22T09:30:00+03:00");
  EXPECT_EQ(Shown(a.updated), "2017-12-22T11:00:00+03:00");
  // "summary" is preferred to the content.
  EXPECT_EQ(a.summary,
            "Russia’s foreign minister says there is “no evidence” of "
            "interference.");
  EXPECT_EQ(f->items[1].id, "2017-12-22-budget");
  EXPECT_EQ(f->items[1].summary,
            "Treasury officials are investigating. More soon.");
  const FeedItem& c = f->items[2];
  EXPECT_EQ(c.id, "1513926000");  // a JSON Feed 1.0 numeric id
  EXPECT_EQ(c.author, "Link Desk");
  EXPECT_EQ(c.summary, "A long read on ports & customs.");

  // Given where the feed was fetched from, that is the base.
  auto g =
      ParseFeed(ReadTestdata("feed.json"), "https://mirror.example/x.json");
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->items[1].url, "https://mirror.example/2017/12/22/budget-leak");
}

TEST(FeedTest, GoogleNewsSitemap) {
  auto f = ParseFeed(ReadTestdata("news_sitemap.xml"), "");
  ASSERT_TRUE(f.ok()) << f.status().message();
  // image:loc is an image, not an article.
  EXPECT_THAT(
      Urls(*f),
      ElementsAre(
          "https://www.example-news.co.uk/politics/2017/12/22/"
          "johnson-lavrov-moscow",
          "https://www.example-news.co.uk/business/2017/12/22/pound-rises",
          "https://www.example-news.co.uk/sport/2017/12/21/cricket-ashes"));
  const FeedItem& a = f->items[0];
  EXPECT_EQ(a.title, "Johnson and Lavrov spar over Brexit meddling");
  EXPECT_EQ(Shown(a.published), "2017-12-22T09:30:00Z");
  EXPECT_EQ(Shown(a.updated), "2017-12-22T10:15:00Z");  // lastmod
  EXPECT_EQ(f->items[1].title, "Pound rises after Brexit deal & rate hint");
  EXPECT_EQ(Shown(f->items[1].published), "2017-12-22T08:00:00+01:00");
  EXPECT_FALSE(f->items[1].updated);
  // A plain sitemap entry: only a URL and its lastmod.
  EXPECT_EQ(f->items[2].title, "");
  EXPECT_FALSE(f->items[2].published);
  EXPECT_EQ(Shown(f->items[2].updated), "2017-12-21T00:00:00Z");
}

TEST(FeedTest, SitemapIndexListsChildSitemapsNotItems) {
  auto f = ParseFeed(ReadTestdata("sitemap_index.xml"),
                     "https://www.example-news.co.uk/sitemap.xml");
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_THAT(f->items, IsEmpty());
  ASSERT_EQ(f->child_sitemaps.size(), 3u);
  EXPECT_EQ(f->child_sitemaps[0].url,
            "https://www.example-news.co.uk/sitemaps/news.xml");
  EXPECT_EQ(Shown(f->child_sitemaps[0].lastmod), "2017-12-22T10:15:00Z");
  EXPECT_EQ(f->child_sitemaps[1].url,
            "https://www.example-news.co.uk/sitemaps/2017-12.xml");
  EXPECT_EQ(f->child_sitemaps[2].url,
            "https://www.example-news.co.uk/sitemaps/2017-11.xml");
  EXPECT_FALSE(f->child_sitemaps[2].lastmod);
}

TEST(FeedTest, OpmlNestedOutlinesFlattenedWithTheirCategories) {
  auto o = ParseOpml(ReadTestdata("subscriptions.opml"));
  ASSERT_TRUE(o.ok()) << o.status().message();
  using V = std::vector<std::string>;
  // A repeat of a feed, a file: URL and an outline without xmlUrl are left
  // out; feed:// is read as http://; xmlurl in any case.
  const std::vector<OpmlFeed> want = {
      {"https://feeds.bbci.co.uk/news/uk/rss.xml", "BBC News - UK",
       "https://www.bbc.co.uk/news/uk", V{"News", "UK"}},
      {"https://www.theguardian.com/uk-news/rss", "UK news | The Guardian",
       "https://www.theguardian.com/uk-news", V{"News", "UK"}},
      {"http://feeds.example-wire.com/world", "World", "", V{"News"}},
      {"https://feeds.arstechnica.com/arstechnica/index", "Ars Technica",
       "https://arstechnica.com", V{}},
  };
  EXPECT_EQ(*o, want);
}

TEST(FeedTest, OpmlRefusesWhatIsNotOpml) {
  auto rss = ParseOpml(ReadTestdata("guardian_rss.xml"));
  ASSERT_FALSE(rss.ok());
  EXPECT_EQ(rss.status().message(), "an RSS feed, not an OPML list");
  auto html = ParseOpml("<!DOCTYPE html><html><body>Hi</body></html>");
  ASSERT_FALSE(html.ok());
  EXPECT_EQ(html.status().message(), "an HTML page, not an OPML list");
  EXPECT_FALSE(ParseOpml("").ok());
  auto json = ParseOpml(ReadTestdata("feed.json"));
  ASSERT_FALSE(json.ok());
  EXPECT_EQ(json.status().message(), "JSON, not an OPML list");
  // And ParseFeed() says what an OPML list is.
  auto f = ParseFeed(ReadTestdata("subscriptions.opml"), "");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().message(), "an OPML list, not a feed");
}

// --- Dates, text and links ------------------------------------------------

TEST(FeedTest, DatesAsFeedsWriteThem) {
  struct Case {
    const char* written;
    const char* shown;  // FormatZonedTime, or nullptr: unreadable
    const char* utc;
  } cases[] = {
      {"Fri, 22 Dec 2017 09:30:00 GMT", "2017-12-22T09:30:00Z",
       "2017-12-22T09:30:00Z"},
      {"Fri, 22 Dec 2017 09:30:00 +0100", "2017-12-22T09:30:00+01:00",
       "2017-12-22T08:30:00Z"},
      {"Fri, 22 Dec 2017 09:30:00 -0500", "2017-12-22T09:30:00-05:00",
       "2017-12-22T14:30:00Z"},
      {"22 Dec 2017 09:30 EST", "2017-12-22T09:30:00-05:00",
       "2017-12-22T14:30:00Z"},
      {"Fri, 22 Dec 2017 09:30:00 BST", "2017-12-22T09:30:00+01:00",
       "2017-12-22T08:30:00Z"},
      {"\n   Fri, 22 Dec 2017 09:30:00 UT\n  ", "2017-12-22T09:30:00Z",
       "2017-12-22T09:30:00Z"},
      {"2017-12-22T09:30:00+05:30", "2017-12-22T09:30:00+05:30",
       "2017-12-22T04:00:00Z"},
      {"2017-12-22T09:30:00.123Z", "2017-12-22T09:30:00Z",
       "2017-12-22T09:30:00Z"},
      {"2017-12-22", "2017-12-22T00:00:00Z", "2017-12-22T00:00:00Z"},
      {"yesterday", nullptr, nullptr},
      {"Fri, 32 Dec 2017 09:30:00 GMT", nullptr, nullptr},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.written);
    auto f = ParseFeed(
        Rss(Item("https://example.com/a", "A",
                 std::string("<pubDate>") + c.written + "</pubDate>")),
        "");
    ASSERT_TRUE(f.ok()) << f.status().message();
    // An unreadable date never costs the item.
    ASSERT_EQ(f->items.size(), 1u);
    if (!c.shown) {
      EXPECT_FALSE(f->items[0].published);
      EXPECT_THAT(
          Described(*f),
          ElementsAre(
              AllOf(HasSubstr("entry 1, line 3"), HasSubstr("unreadable date"),
                    HasSubstr("<pubDate>"), HasSubstr("kept without it"))));
      continue;
    }
    ASSERT_TRUE(f->items[0].published);
    EXPECT_EQ(FormatZonedTime(*f->items[0].published), c.shown);
    EXPECT_EQ(FormatTime(f->items[0].published->utc), c.utc);
    EXPECT_THAT(f->problems, IsEmpty());
  }
}

TEST(FeedTest, DescriptionsBecomePlainText) {
  struct Case {
    const char* description;  // as it appears inside <description>
    const char* summary;
  } cases[] = {
      {"<![CDATA[<p>One</p><p>Two <b>bold</b> words</p>]]>",
       "One Two bold words"},
      {"&lt;p&gt;Entity &amp;amp; encoded&lt;/p&gt;&lt;br/&gt;next",
       "Entity & encoded next"},
      {"<![CDATA[caf&eacute; &#233; &#xE9; &nbsp;x&nbsp;y]]>", "café é é x y"},
      {"<![CDATA[<style>p{color:red}</style><script>alert('x')</script>"
       "Visible<!-- hidden -->text]]>",
       "Visible text"},
      {"<![CDATA[<a href=\"https://e.com/?a=1&b=2\" title='x > y'>link</a> "
       "after]]>",
       "link after"},
      {"&#146;Quoted&#148; in Windows-1252 style",
       "’Quoted” in Windows-1252 style"},
      {"  lots\n\n  of \t space  ", "lots of space"},
      {"3 &lt; 4 and 5 > 4", "3 < 4 and 5 > 4"},
      {"<![CDATA[unknown &madeup; entity & lone ampersand]]>",
       "unknown &madeup; entity & lone ampersand"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.description);
    auto f = ParseFeed(Rss(Item("https://example.com/a", "A",
                                std::string("<description>") + c.description +
                                    "</description>")),
                       "");
    ASSERT_TRUE(f.ok()) << f.status().message();
    ASSERT_EQ(f->items.size(), 1u);
    EXPECT_EQ(f->items[0].summary, c.summary);
  }
}

TEST(FeedTest, RelativeLinksResolveAgainstTheFeedUrl) {
  struct Case {
    const char* link;
    const char* base;
    const char* url;  // nullptr: skipped
  } cases[] = {
      {"/news/1", "https://example.com/feeds/rss.xml",
       "https://example.com/news/1"},
      {"news/1", "https://example.com/feeds/rss.xml",
       "https://example.com/feeds/news/1"},
      {"../news/1?x=1#top", "https://example.com/feeds/rss.xml",
       "https://example.com/news/1?x=1#top"},
      {"//cdn.example.net/a", "https://example.com/rss",
       "https://cdn.example.net/a"},
      {"?p=42", "http://blog.example.com/feed/",
       "http://blog.example.com/feed/?p=42"},
      {"HTTPS://Example.com/A", "", "https://Example.com/A"},
      {"https://example.com/a b|c", "", "https://example.com/a%20b%7Cc"},
      {"https://example.com/café", "", "https://example.com/caf%C3%A9"},
      {"/news/1", "", nullptr},  // nothing to resolve against
      {"https:///nohost", "", nullptr},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.link);
    auto f = ParseFeed(Rss(Item(c.link)), c.base);
    ASSERT_TRUE(f.ok()) << f.status().message();
    if (!c.url) {
      EXPECT_THAT(f->items, IsEmpty());
      EXPECT_EQ(f->problems.size(), 1u);
      continue;
    }
    EXPECT_THAT(Urls(*f), ElementsAre(c.url));
  }
}

// --- Bad entries are reported and skipped, good ones kept -----------------

TEST(FeedTest, BadItemsAreReportedAndGoodOnesKept) {
  const std::string doc = Rss(                          // line 2
      Item("https://example.com/good-1", "Good one") +  // line 3
      "<item><title>No link at all</title></item>\n" +  // line 4
      Item("javascript:alert(document.cookie)", "Script") +
      Item("file:///etc/passwd", "Local file") +
      Item("ftp://files.example.com/story.txt", "FTP") +
      Item("data:text/html,hello", "Data") +
      Item("mailto:desk@example.com", "Mail") +
      Item("https://example.com/good-2", "Good two",
           "<pubDate>not a date</pubDate>") +
      Item("https://example.com/good-1", "Repeat of good one"));
  auto f = ParseFeed(doc, "https://example.com/rss");
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_THAT(Urls(*f), ElementsAre("https://example.com/good-1",
                                    "https://example.com/good-2"));
  EXPECT_EQ(f->items[0].title, "Good one");  // the first of a repeated URL
  EXPECT_THAT(
      Described(*f),
      ElementsAre(
          "entry 2, line 4: no link (\"No link at all\"); skipped",
          "entry 3, line 5: link 'javascript:alert(document.cookie)' is not "
          "http or https (\"Script\"); skipped",
          "entry 4, line 6: link 'file:///etc/passwd' is not http or https "
          "(\"Local file\"); skipped",
          "entry 5, line 7: link 'ftp://files.example.com/story.txt' is not "
          "http or https (\"FTP\"); skipped",
          "entry 6, line 8: link 'data:text/html,hello' is not http or "
          "https (\"Data\"); skipped",
          "entry 7, line 9: link 'mailto:desk@example.com' is not http or "
          "https (\"Mail\"); skipped",
          "entry 8, line 10: unreadable date 'not a date' in <pubDate>; the "
          "entry is kept without it"));
  EXPECT_EQ(f->problems[0].entry, 1);
  EXPECT_EQ(f->problems[0].line, 4);
}

TEST(FeedTest, RefusedSchemesInEveryFormat) {
  const std::string atom =
      "<feed xmlns='http://www.w3.org/2005/Atom'><title>A</title>"
      "<entry><id>1</id><link href='javascript:void(0)'/></entry>"
      "<entry><id>2</id><link href='file:///etc/shadow'/></entry>"
      "<entry><id>3</id><link href='https://example.com/ok'/></entry></feed>";
  const std::string json =
      R"json({"version":"https://jsonfeed.org/version/1.1","title":"J","items":[
      {"id":"1","url":"javascript:alert(1)"},{"id":"2","url":"file:///etc/passwd"},
      {"id":"3","url":"https://example.com/ok"},"not an object"]})json";
  const std::string sitemap =
      "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
      "<url><loc>javascript:alert(1)</loc></url><url><loc>file:///x</loc></url>"
      "<url><loc>https://example.com/ok</loc></url></urlset>";
  for (const std::string& doc : {atom, json, sitemap}) {
    SCOPED_TRACE(doc);
    auto f = ParseFeed(doc, "https://example.com/feed");
    ASSERT_TRUE(f.ok()) << f.status().message();
    EXPECT_THAT(Urls(*f), ElementsAre("https://example.com/ok"));
    ASSERT_GE(f->problems.size(), 2u);
    EXPECT_THAT(f->problems[0].message,
                AnyOf(HasSubstr("'javascript:void(0)' is not http or https"),
                      HasSubstr("'javascript:alert(1)' is not http or https")));
    EXPECT_THAT(f->problems[1].message, HasSubstr("is not http or https"));
  }
}

TEST(FeedTest, LinkFallbacks) {
  const std::string doc = Rss(
      // FeedBurner's proxy link loses to the original.
      "<item xmlns:feedburner='http://rssnamespace.org/feedburner/ext/1.0'>"
      "<link>https://feedproxy.example.com/~r/x/~3/abc/</link>"
      "<feedburner:origLink>https://example.com/original</feedburner:origLink>"
      "</item>\n"
      // No <link>: a guid that is a permalink is the link.
      "<item><guid>https://example.com/from-guid</guid></item>\n"
      // A bare id in the guid is not a link, even without isPermaLink.
      "<item><guid>12345</guid><title>Id only</title></item>\n"
      // isPermaLink="false": the guid is not a link even if it looks one.
      "<item><guid isPermaLink='false'>https://example.com/not-a-link</guid>"
      "</item>\n"
      // An undeclared prefix still names Dublin Core.
      "<item><link>https://example.com/dc</link><dc:creator>Jo Bloggs"
      "</dc:creator><dc:date>2017-12-22T09:30:00Z</dc:date></item>\n");
  auto f = ParseFeed(doc, "https://example.com/rss");
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_THAT(Urls(*f), ElementsAre("https://example.com/original",
                                    "https://example.com/from-guid",
                                    "https://example.com/dc"));
  EXPECT_EQ(f->items[1].id, "https://example.com/from-guid");
  EXPECT_EQ(f->items[2].author, "Jo Bloggs");
  EXPECT_EQ(Shown(f->items[2].published), "2017-12-22T09:30:00Z");
  EXPECT_EQ(f->problems.size(), 2u);
}

TEST(FeedTest, ProblemsAreCappedButCounted) {
  std::string items;
  for (int i = 0; i < 150; ++i)
    items += Item("javascript:void(" + std::to_string(i) + ")");
  items += Item("https://example.com/the-good-one");
  auto f = ParseFeed(Rss(items), "");
  ASSERT_TRUE(f.ok());
  EXPECT_THAT(Urls(*f), ElementsAre("https://example.com/the-good-one"));
  ASSERT_EQ(f->problems.size(), kMaxFeedProblems + 1);
  EXPECT_EQ(f->problems.back().entry, -1);
  EXPECT_EQ(f->problems.back().message,
            "50 more problems with entries were not listed");
}

// --- Truncated and malformed documents ------------------------------------

TEST(FeedTest, TruncatedFeedKeepsTheEntriesBeforeTheCut) {
  const std::string full = ReadTestdata("guardian_rss.xml");
  // Cut in the middle of the second item's link.
  const size_t cut = full.find("may-tory-rebellion");
  ASSERT_NE(cut, std::string::npos);
  auto f = ParseFeed(full.substr(0, cut), "");
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_THAT(Urls(*f), ElementsAre("https://www.theguardian.com/politics/2017/"
                                    "dec/22/boris-johnson-sergei-lavrov-"
                                    "russia-meddling"));
  // The half-read link is not taken for a URL.
  EXPECT_THAT(Described(*f),
              ElementsAre(AllOf(HasSubstr("the XML is truncated or malformed"),
                                HasSubstr("Premature end of data")),
                          AllOf(HasSubstr("entry 2, line 36"),
                                HasSubstr("cut off by the end of the "
                                          "document; skipped"))));
}

TEST(FeedTest, TruncatedAnywhereGivesOnlyWholeEntries) {
  // Wherever a download stops, what comes out is a prefix of the whole
  // feed's entries, each exactly as in the whole feed.
  for (const char* file : {"guardian_rss.xml", "atom_xmlbase.xml", "rdf.xml",
                           "news_sitemap.xml"}) {
    SCOPED_TRACE(file);
    const std::string full = ReadTestdata(file);
    auto whole = ParseFeed(full, "https://feeds.example/f");
    ASSERT_TRUE(whole.ok());
    const size_t root_open = full.find('>', full.find("?>") + 2) + 1;
    for (size_t cut = root_open; cut < full.size(); cut += 3) {
      SCOPED_TRACE(cut);
      auto f = ParseFeed(full.substr(0, cut), "https://feeds.example/f");
      ASSERT_TRUE(f.ok()) << f.status().message();
      ASSERT_LE(f->items.size(), whole->items.size());
      for (size_t i = 0; i < f->items.size(); ++i)
        ASSERT_EQ(f->items[i], whole->items[i]) << f->items[i].url;
      if (f->items.size() < whole->items.size()) {
        ASSERT_FALSE(f->problems.empty());
        EXPECT_EQ(f->problems[0].entry, -1);
      }
    }
  }
}

TEST(FeedTest, MalformedButCompleteKeepsItsEntries) {
  // Bad markup that libxml2 recovers from costs no entry: a start tag
  // missing its '>', a mismatched end tag, junk after the root.
  const std::string doc =
      "<rss><channel>\n"
      "<item><link>https://e.com/a</link><b>bold</i></item>\n"
      "<item><link>https://e.com/b</link>"
      "<enclosure url=\"https://e.com/x.mp3\" </item>\n"
      "</channel></rss>\n<junk/>";
  auto f = ParseFeed(doc, "");
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_THAT(Urls(*f), ElementsAre("https://e.com/a", "https://e.com/b"));
  ASSERT_EQ(f->problems.size(), 1u);
  EXPECT_EQ(f->problems[0].entry, -1);
  EXPECT_EQ(f->problems[0].line, 2);
  EXPECT_THAT(f->problems[0].message,
              HasSubstr("the XML is truncated or malformed (Opening and "
                        "ending tag mismatch"));
}

TEST(FeedTest, MisdeclaredEncodingIsReadAnyway) {
  // Says UTF-8, is Latin-1: libxml2 alone would stop at the first é.
  std::string doc = Rss(Item("https://example.com/a", "Caf\xE9 cr\xE8me") +
                        Item("https://example.com/b", "Second"));
  auto f = ParseFeed(doc, "");
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_THAT(Urls(*f),
              ElementsAre("https://example.com/a", "https://example.com/b"));
  EXPECT_EQ(f->items[0].title, "Café crème");
  EXPECT_THAT(Described(*f),
              ElementsAre("the document says its encoding is 'utf-8' but it "
                          "is not; read as windows-1252"));
  // Mostly UTF-8 with one stray byte: read as UTF-8, the byte replaced.
  auto m = ParseFeed(Rss(Item("https://example.com/a",
                              "Caf\xC3\xA9 cr\xC3\xA8me br\xFBl\xC3\xA9"
                              "e "
                              "and a long enough title in UTF-8 to outweigh "
                              "one stray byte by far")),
                     "");
  ASSERT_TRUE(m.ok());
  EXPECT_THAT(m->items[0].title, HasSubstr("Café crème br\xEF\xBF\xBDlée and"));
  EXPECT_THAT(Described(*m),
              ElementsAre("the document is not valid UTF-8; bad bytes were "
                          "replaced"));

  // Windows-1252, declared: curly quotes come through.
  auto w =
      ParseFeed("<?xml version='1.0' encoding='windows-1252'?><rss><channel>" +
                    Item("https://example.com/a", "\x93Quoted\x94 \x80 5") +
                    "</channel></rss>",
                "");
  ASSERT_TRUE(w.ok()) << w.status().message();
  ASSERT_EQ(w->items.size(), 1u);
  EXPECT_EQ(w->items[0].title, "“Quoted” € 5");
  EXPECT_THAT(w->problems, IsEmpty());

  // UTF-16 with a byte-order mark.
  std::string u16 = "\xFF\xFE";
  const std::u16string units =
      u"<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><item>"
      u"<title>Grüße</title><link>https://example.com/u16</link></item>"
      u"</channel></rss>";
  for (char16_t u : units) {
    u16.push_back(static_cast<char>(u & 0xFF));
    u16.push_back(static_cast<char>(u >> 8));
  }
  auto g = ParseFeed(u16, "");
  ASSERT_TRUE(g.ok()) << g.status().message();
  ASSERT_EQ(g->items.size(), 1u);
  EXPECT_EQ(g->items[0].title, "Grüße");
  EXPECT_EQ(g->items[0].url, "https://example.com/u16");
}

// --- Documents that are not feeds -----------------------------------------

TEST(FeedTest, WhatIsNotAFeedIsAnErrorSayingWhatItIs) {
  struct Case {
    std::string doc;
    const char* message;
  } cases[] = {
      {"", "an empty document, not a feed"},
      {" \n\t\r\n", "an empty document (only spaces), not a feed"},
      {"<!DOCTYPE html>\n<html lang=\"en\"><head><title>News</title>"
       "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\">"
       "</head><body><h1>Latest</h1></body></html>",
       "an HTML page, not a feed"},
      {"<!-- served by nginx -->\n<HTML><BODY>Moved</BODY></HTML>",
       "an HTML page, not a feed"},
      {"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
       "<head><title>x</title></head><body/></html>",
       "an HTML page, not a feed"},
      {std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16),
       "a PNG image, not a feed"},
      {std::string("\x1F\x8B\x08\0\0\0\0\0", 8),
       "gzip-compressed data (decompress it first), not a feed"},
      {"%PDF-1.7\n", "a PDF document, not a feed"},
      {std::string(64, '\0') + "junk", "binary data, not a feed"},
      {"Just some words, not markup.", "plain text, not a feed"},
      {"{\"name\": \"not a feed\"}",
       "JSON, but not a JSON Feed (no jsonfeed.org version)"},
      {"<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>",
       "an SVG image, not a feed"},
      {"<?xml version=\"1.0\"?><catalog><book/></catalog>",
       "an XML document (<catalog>), not a feed"},
      {"<<<< not markup at all",
       "not readable as XML (StartTag: invalid "
       "element name), not a feed"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.message);
    auto f = ParseFeed(c.doc, "https://example.com/feed");
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.status().code(), ErrorCode::kInvalidArgument);
    EXPECT_EQ(f.status().message(), c.message);
  }
}

TEST(FeedTest, BrokenJsonFeedIsAnError) {
  const std::string full = ReadTestdata("feed.json");
  auto cut = ParseFeed(full.substr(0, full.size() / 2), "");
  ASSERT_FALSE(cut.ok());
  EXPECT_THAT(cut.status().message(), HasSubstr("truncated JSON"));
  auto bad =
      ParseFeed("{\"version\": \"https://jsonfeed.org/version/1.1\", ]", "");
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(bad.status().message(), HasSubstr("malformed JSON at byte"));
}

TEST(FeedTest, RandomBytesNeverCrashAndNeverLeakInvalidUtf8) {
  uint64_t state = 0x9E3779B97F4A7C15u;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  const std::string seed = ReadTestdata("guardian_rss.xml");
  for (int round = 0; round < 200; ++round) {
    std::string doc = seed;
    for (int k = 0; k < 20; ++k)
      doc[next() % doc.size()] = static_cast<char>(next() & 0xFF);
    auto f = ParseFeed(doc, "https://example.com/");
    if (!f.ok()) continue;
    for (const FeedItem& i : f->items) {
      EXPECT_TRUE(i.url.starts_with("http://") ||
                  i.url.starts_with("https://"));
      EXPECT_TRUE(text::IsValidUtf8(i.title) && text::IsValidUtf8(i.summary) &&
                  text::IsValidUtf8(i.id) && text::IsValidUtf8(i.author));
    }
  }
}

// --- Size, limits and hostile documents -----------------------------------

TEST(FeedTest, FiveThousandItems) {
  std::string items;
  for (int i = 0; i < 5000; ++i) {
    char date[64];
    std::snprintf(date, sizeof date, "Fri, 22 Dec 2017 %02d:%02d:00 GMT",
                  (i / 60) % 24, i % 60);
    items += Item("https://example.com/story/" + std::to_string(i),
                  "Story " + std::to_string(i),
                  std::string("<pubDate>") + date +
                      "</pubDate><description>"
                      "&lt;p&gt;Summary " +
                      std::to_string(i) + "&lt;/p&gt;</description>");
  }
  auto f = ParseFeed(Rss(items), "");
  ASSERT_TRUE(f.ok()) << f.status().message();
  ASSERT_EQ(f->items.size(), 5000u);
  EXPECT_THAT(f->problems, IsEmpty());
  std::set<std::string> urls;
  for (const FeedItem& i : f->items) {
    urls.insert(i.url);
    ASSERT_TRUE(i.published);
  }
  EXPECT_EQ(urls.size(), 5000u);
  EXPECT_EQ(f->items[0].url, "https://example.com/story/0");
  EXPECT_EQ(f->items[4999].url, "https://example.com/story/4999");
  EXPECT_EQ(f->items[4999].title, "Story 4999");
  EXPECT_EQ(f->items[4999].summary, "Summary 4999");
  EXPECT_EQ(Shown(f->items[4999].published), "2017-12-22T11:19:00Z");
}

TEST(FeedTest, ItemsBeyondTheLimitAreDroppedAndCounted) {
  std::string items;
  for (int i = 0; i < 120; ++i)
    items += Item("https://example.com/" + std::to_string(i));
  FeedOptions opt;
  opt.max_items = 100;
  auto f = ParseFeed(Rss(items), "", opt);
  ASSERT_TRUE(f.ok());
  ASSERT_EQ(f->items.size(), 100u);
  EXPECT_EQ(f->items.back().url, "https://example.com/99");
  EXPECT_THAT(Described(*f),
              ElementsAre("20 entries beyond the limit of 100 were dropped"));
}

TEST(FeedTest, TooLargeIsRefusedBeforeParsing) {
  std::string huge = Rss("");
  huge.resize(40'000'000, ' ');
  auto f = ParseFeed(huge, "");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().code(), ErrorCode::kTooLarge);
  EXPECT_EQ(f.status().message(),
            "the feed is 40.0 MB, over the limit of 32.0 MB");
  FeedOptions small;
  small.max_bytes = 1000;
  auto g = ParseFeed(ReadTestdata("guardian_rss.xml"), "", small);
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), ErrorCode::kTooLarge);
  auto o = ParseOpml(huge);
  ASSERT_FALSE(o.ok());
  EXPECT_EQ(o.status().code(), ErrorCode::kTooLarge);
}

// Every string a parse produced, for checking that nothing leaked into any.
std::string AllText(const ParsedFeed& f) {
  std::string s = f.title + "\n" + f.link + "\n";
  for (const FeedItem& i : f.items)
    s += i.url + "\n" + i.id + "\n" + i.title + "\n" + i.author + "\n" +
         i.summary + "\n";
  for (const FeedProblem& p : f.problems) s += p.message + "\n";
  return s;
}

TEST(FeedTest, ExternalEntitiesAreNeverRead) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto secret = dir / ("stet_feed_xxe_" + std::to_string(::getpid()));
  const auto dtd =
      dir / ("stet_feed_xxe_" + std::to_string(::getpid()) + ".dtd");
  std::ofstream(secret) << "XXE-SECRET-7f3a";
  std::ofstream(dtd) << "<!ENTITY leak \"XXE-SECRET-DTD\">";
  const std::string doc =
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE rss [\n"
      "  <!ENTITY xxe SYSTEM \"file://" +
      secret.string() +
      "\">\n"
      "  <!ENTITY % ext SYSTEM \"file://" +
      dtd.string() +
      "\">\n"
      "  %ext;\n"
      "]>\n"
      "<rss version=\"2.0\"><channel><title>&xxe;</title>\n" +
      Item("https://example.com/a", "before &xxe; after",
           "<description>&leak;</description>") +
      "</channel></rss>";
  auto f = ParseFeed(doc, "");
  // And a document whose external DTD would define the entities.
  const std::string doc2 =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"file://" + dtd.string() +
      "\">\n<rss><channel>" + Item("https://example.com/b", "x &leak; y") +
      "</channel></rss>";
  auto g = ParseFeed(doc2, "");
  std::filesystem::remove(secret);
  std::filesystem::remove(dtd);
  ASSERT_TRUE(f.ok()) << f.status().message();
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_THAT(Urls(*f), ElementsAre("https://example.com/a"));
  EXPECT_EQ(f->items[0].title, "before after");
  EXPECT_THAT(AllText(*f), Not(HasSubstr("XXE-SECRET")));
  EXPECT_THAT(Urls(*g), ElementsAre("https://example.com/b"));
  EXPECT_THAT(AllText(*g), Not(HasSubstr("XXE-SECRET")));
}

TEST(FeedTest, EntityBombsCostNothing) {
  // Billion laughs: ten levels of tenfold references.
  std::string decl = "<!ENTITY lol0 \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    decl += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) decl += "&lol" + std::to_string(i - 1) + ";";
    decl += "\">\n";
  }
  const std::string laughs =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n" + decl + "]>\n" +
      "<rss version=\"2.0\"><channel><title>Bomb</title>\n" +
      Item("https://example.com/before", "Before") +
      Item("https://example.com/bomb", "&lol9;") +
      Item("https://example.com/after", "After") + "</channel></rss>";
  // Quadratic blow-up: one 50 KB entity referenced 20,000 times (1 GB if
  // expanded).
  std::string refs;
  for (int i = 0; i < 20000; ++i) refs += "&big;";
  const std::string quadratic =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY big \"" +
      std::string(50000, 'x') + "\">]>\n<rss><channel>" +
      Item("https://example.com/q", "Q",
           "<description>" + refs + "</description>") +
      "</channel></rss>";
  for (const std::string* doc : {&laughs, &quadratic}) {
    const auto start = std::chrono::steady_clock::now();
    auto f = ParseFeed(*doc, "");
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    EXPECT_LT(secs, 5.0);
    ASSERT_TRUE(f.ok()) << f.status().message();
    ASSERT_FALSE(f->items.empty());
    EXPECT_LT(AllText(*f).size(), 10000u);
    EXPECT_THAT(AllText(*f), Not(HasSubstr("lollol")));
    EXPECT_THAT(AllText(*f), Not(HasSubstr("xxxxxxxxxx")));
  }
  auto f = ParseFeed(laughs, "");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->items[0].url, "https://example.com/before");
  EXPECT_EQ(f->items[0].title, "Before");
}

TEST(FeedTest, DescribeProblem) {
  EXPECT_EQ(DescribeProblem({3, 57, "no link; skipped"}),
            "entry 4, line 57: no link; skipped");
  EXPECT_EQ(DescribeProblem({3, 0, "no link; skipped"}),
            "entry 4: no link; skipped");
  EXPECT_EQ(DescribeProblem({-1, 12, "truncated"}), "line 12: truncated");
  EXPECT_EQ(DescribeProblem({-1, 0, "truncated"}), "truncated");
}

}  // namespace
}  // namespace stet
