// Metadata from the page's structured data and text, in order of trust.
#include <gtest/gtest.h>

#include "stet/extract.h"

namespace stet {
namespace {

const char* kBody =
    "<article><p>Boris Johnson and his Russian counterpart Sergei Lavrov have "
    "sparred over "
    "the issue of alleged Russian meddling in the Brexit referendum during the "
    "first visit "
    "by a British foreign secretary to Moscow for five years.</p><p>Lavrov "
    "made the latest "
    "in a series of blanket Russian denials over interference in western "
    "votes.</p></article>";

PageMetadata Meta(const std::string& head, const std::string& body_extra = "",
                  const std::string& url = "",
                  const std::string& html_attrs = "") {
  std::string page = "<!doctype html><html" + html_attrs + "><head>" + head +
                     "</head><body>" + body_extra + kBody + "</body></html>";
  ExtractOptions opt;
  opt.url = url;
  auto a = Extract(page, opt);
  EXPECT_TRUE(a.ok());
  return a.ok() ? a->meta : PageMetadata{};
}

std::string Shown(const std::optional<PageTime>& t) {
  return t ? FormatZonedTime(*t) : "none";
}

TEST(MetadataTest, JsonLdIsTrustedFirst) {
  PageMetadata m = Meta(R"(<title>Spar | Example</title>
<meta property="og:title" content="OG title">
<meta property="article:published_time" content="2017-12-22T10:00:00Z">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Example Site"},
 {"@type":["NewsArticle"],"headline":"Johnson &amp; Lavrov spar over Brexit",
  "author":[{"@type":"Person","name":"Andrew Roth"},{"@type":"Person","name":"Jane Doe"}],
  "datePublished":"2017-12-22T09:30:00+01:00","dateModified":"2017-12-22T11:00:00+01:00",
  "publisher":{"@type":"Organization","name":"The Example"},"inLanguage":"en-GB"}]}
</script>)");
  EXPECT_EQ(m.headline, "Johnson & Lavrov spar over Brexit");
  EXPECT_EQ(m.bylines, (std::vector<std::string>{"Andrew Roth", "Jane Doe"}));
  EXPECT_EQ(Shown(m.published), "2017-12-22T09:30:00+01:00");
  EXPECT_EQ(Shown(m.modified), "2017-12-22T11:00:00+01:00");
  EXPECT_EQ(m.language, "en-GB");
  EXPECT_EQ(m.site_name, "The Example");
}

TEST(MetadataTest, JsonLdNameWinsWhenTheHeadlineIsADescription) {
  PageMetadata m = Meta(R"(<title>New Zealand - Wikipedia</title>
<script type="application/ld+json">{"@type":"Article","name":"New Zealand",
"headline":"constitutional monarchy in Oceania"}</script>)");
  EXPECT_EQ(m.headline, "New Zealand");
}

TEST(MetadataTest, BrokenJsonLdFallsBackToMetaTags) {
  PageMetadata m = Meta(
      R"(<script type="application/ld+json">{"@type":"NewsArticle", "headline": </script>
<meta property="og:title" content="Johnson and Lavrov spar">
<meta property="og:site_name" content="The Example">
<meta name="author" content="By Andrew Roth and Jane Doe">
<meta property="article:published_time" content="2017-12-22T09:30:00+01:00">
<meta property="og:locale" content="en_GB">
<link rel="canonical" href="/politics/2017/dec/22/spar">)",
      "", "https://www.example.com/x?utm_source=a");
  EXPECT_EQ(m.headline, "Johnson and Lavrov spar");
  EXPECT_EQ(m.bylines, (std::vector<std::string>{"Andrew Roth", "Jane Doe"}));
  EXPECT_EQ(Shown(m.published), "2017-12-22T09:30:00+01:00");
  EXPECT_EQ(m.language, "en-GB");
  EXPECT_EQ(m.site_name, "The Example");
  EXPECT_EQ(m.canonical_url,
            "https://www.example.com/politics/2017/dec/22/spar");
}

TEST(MetadataTest, TitleLosesItsSiteSuffix) {
  struct Case {
    const char* head;
    const char* want;
  } cases[] = {
      {"<title>Johnson and Lavrov spar over Brexit | The Example</title>",
       "Johnson and Lavrov spar over Brexit"},
      {"<title>Johnson and Lavrov spar over Brexit - Example News</title>",
       "Johnson and Lavrov spar over Brexit"},
      {"<meta property=\"og:site_name\" content=\"The Example\"><title>The "
       "Example | Johnson "
       "and Lavrov spar over Brexit</title>",
       "Johnson and Lavrov spar over Brexit"},
      // A hyphenated word is not a separator.
      {"<title>Anglo-Russian relations at a low</title>",
       "Anglo-Russian relations at a low"},
      // No site name known and a long tail: the title is kept whole.
      {"<title>Spar - Johnson and Lavrov clash in Moscow over claims of "
       "meddling</title>",
       "Spar - Johnson and Lavrov clash in Moscow over claims of meddling"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.head);
    EXPECT_EQ(Meta(c.head).headline, c.want);
  }
}

TEST(MetadataTest, BylinesFromThePage) {
  struct Case {
    const char* markup;
    std::vector<std::string> want;
  } cases[] = {
      {"<div class=\"byline\">By Andrew Roth in Moscow</div>",
       {"Andrew Roth in Moscow"}},
      {"<p class=\"article-author\">By <a rel=\"author\" href=\"/roth\">Andrew "
       "Roth</a></p>",
       {"Andrew Roth"}},
      {"<span class=\"byline\">Andrew Roth, Moscow correspondent</span>",
       {"Andrew Roth"}},
      {"<span class=\"byline\">Andrew Roth and Jane Doe</span>",
       {"Andrew Roth", "Jane Doe"}},
      {"<span itemprop=\"author\">Andrew Roth</span>", {"Andrew Roth"}},
      {"<span class=\"author\">Andrew Roth —</span>", {"Andrew Roth"}},
      {"<span class=\"author\">por César Salza</span>", {"César Salza"}},
      {"<span class=\"author\">Mac &amp; i</span>", {"Mac & i"}},
      {"<span class=\"byline\">$25</span>", {}},
      {"", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.markup);
    EXPECT_EQ(Meta("<title>T</title>", c.markup).bylines, c.want);
  }
}

TEST(MetadataTest, DatesFromTimeElementsAndTheUrl) {
  EXPECT_EQ(
      Shown(
          Meta("", "<time datetime=\"2017-12-22T09:30:00+01:00\">Friday</time>")
              .published),
      "2017-12-22T09:30:00+01:00");
  EXPECT_EQ(Shown(Meta("",
                       "<span itemprop=\"datePublished\" "
                       "content=\"2017-12-22\">22 Dec</span>")
                      .published),
            "2017-12-22T00:00:00Z");
  EXPECT_EQ(
      Shown(
          Meta("<meta name=\"date\" content=\"Fri, 22 Dec 2017 09:30:00 GMT\">")
              .published),
      "2017-12-22T09:30:00Z");
  EXPECT_EQ(
      Shown(
          Meta("", "", "https://example.com/world/2017/12/22/spar").published),
      "2017-12-22T00:00:00Z");
  EXPECT_EQ(
      Shown(Meta("", "", "https://example.com/a/20171222-spar").published),
      "2017-12-22T00:00:00Z");
  // Nothing to go on.
  EXPECT_EQ(Shown(Meta("", "", "https://example.com/a/spar-12345").published),
            "none");
  // A placeholder date is not a date.
  EXPECT_EQ(Shown(Meta("<meta property=\"article:published_time\" "
                       "content=\"1970-01-01T00:00:00Z\">")
                      .published),
            "none");
}

TEST(MetadataTest, LanguageFromTheHtmlElement) {
  EXPECT_EQ(Meta("", "", "", " lang=\"ru\"").language, "ru");
  EXPECT_EQ(
      Meta("<meta http-equiv=\"content-language\" content=\"de-DE\">").language,
      "de-DE");
  EXPECT_EQ(Meta("", "", "", " lang=\"not a tag!\"").language, "");
}

TEST(MetadataTest, PaywallMarkupIsRead) {
  EXPECT_TRUE(
      Meta(
          R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
"isAccessibleForFree":false}</script>)")
          .marked_paywalled);
  EXPECT_FALSE(Meta("<title>T</title>").marked_paywalled);
}

}  // namespace
}  // namespace stet
