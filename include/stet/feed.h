// Feeds: reading the lists that say which articles a source has published.
//
// ParseFeed() takes the bytes of a feed as fetched (no network here) and
// returns its entries: RSS 0.91/0.92/2.0, RSS 1.0 (RDF), Atom 1.0 (and 0.3),
// JSON Feed 1.0/1.1, sitemaps (with the Google News extension) and sitemap
// indexes. The format is found from the document itself, never from a file
// name or a Content-Type. ParseOpml() reads an OPML list of feeds, the way
// feed readers export subscriptions.
//
// Feeds in the wild are often broken, so parsing is forgiving: an entry that
// cannot be used (no link, a link that is not http or https) is skipped and
// reported in ParsedFeed::problems, the good entries are kept, and a
// truncated document yields what came before the cut. Only a document that
// is not a feed at all (an HTML page, an image, nothing) is an error, and its
// message says what it looks like instead.
//
// XML is parsed offline and without entity expansion: no DTD is loaded, no
// external entity is read, and internal entities are never substituted, so
// "billion laughs" and XXE documents cost nothing and reveal nothing.
//
// Thread-safety: ParseFeed() and ParseOpml() are reentrant and may run
// concurrently; results are plain values.
#ifndef STET_FEED_H_
#define STET_FEED_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stet/result.h"
#include "stet/time.h"

namespace stet {

enum class FeedFormat : uint8_t {
  kRss,           // RSS 0.91, 0.92, 2.0 (<rss>)
  kRdf,           // RSS 1.0 and 0.90 (<rdf:RDF>)
  kAtom,          // Atom 1.0 (and the older 0.3)
  kJsonFeed,      // JSON Feed 1.0 and 1.1
  kSitemap,       // <urlset>, with or without the Google News extension
  kSitemapIndex,  // <sitemapindex>: a list of other sitemaps, no articles
};
// Short stable name ("rss", "rdf", "atom", "json_feed", "sitemap",
// "sitemap_index"), used in JSON output.
std::string_view FeedFormatName(FeedFormat f);

// One entry of a feed: an article the source published. Every string is
// valid UTF-8 with whitespace collapsed.
struct FeedItem {
  // Absolute http:// or https:// URL, resolved against xml:base and the feed
  // URL (for JSON Feed: the feed URL, else the feed's own feed_url). Not
  // canonicalised (see CanonicalUrl()). Never empty: entries without a
  // usable link are skipped.
  std::string url;
  std::string id;      // guid / id / rdf:about as written, or ""
  std::string title;   // plain text (news:title in a sitemap), or ""
  std::string author;  // names as written (several joined by ", "), or ""
  // The times the feed states, in the zone it wrote them: published from
  // pubDate / dc:date / Atom published / date_published / news:
  // publication_date, updated from Atom updated / dcterms:modified /
  // date_modified / a sitemap's lastmod. Atom entries often carry only
  // `updated`; no fallback is applied, the caller decides.
  std::optional<ZonedTime> published;
  std::optional<ZonedTime> updated;
  // Plain text: markup stripped, entities decoded, whitespace collapsed.
  // From the description or summary, else the content; "" if none.
  std::string summary;
  bool operator==(const FeedItem&) const = default;
};

// A sitemap listed by a sitemap index.
struct ChildSitemap {
  std::string url;  // absolute http(s)
  std::optional<ZonedTime> lastmod;
  bool operator==(const ChildSitemap&) const = default;
};

// Something wrong with the document that did not stop it being read: an
// entry skipped, a date that could not be read, a truncated document.
struct FeedProblem {
  // 0-based position of the entry among all the document's entries
  // (counting skipped ones), or -1 when the problem is the whole document's.
  int64_t entry = -1;
  int line = 0;         // line in the XML source, or 0 if unknown (JSON)
  std::string message;  // one line, e.g. "link 'javascript:void(0)' is ..."
  bool operator==(const FeedProblem&) const = default;
};
// "entry 4, line 57: <message>" (entry numbers counted from 1 for people).
std::string DescribeProblem(const FeedProblem& p);

struct ParsedFeed {
  FeedFormat format = FeedFormat::kRss;
  // As the document states it: "2.0", "0.91", "1.0" (RDF), "1.0"/"0.3"
  // (Atom), "1.1" (JSON Feed); "" when it does not say (sitemaps).
  std::string version;
  // The feed's own title, plain text (a news sitemap's publication name),
  // or "".
  std::string title;
  std::string link;  // the site's home page (absolute http(s)), or ""
  // In document order, at most one per URL string (the first is kept;
  // later repeats are dropped silently, as feeds often list a story twice).
  std::vector<FeedItem> items;
  std::vector<ChildSitemap> child_sitemaps;  // kSitemapIndex only
  // Whole-document problems first (encoding, truncation), then one per
  // skipped entry or unreadable date, in document order, at most
  // kMaxFeedProblems of those; then a line counting the entry problems not
  // listed, and one counting the entries dropped beyond max_items.
  std::vector<FeedProblem> problems;
};

// Entry problems listed per document: enough to diagnose a broken feed, few
// enough that a feed of 100,000 broken entries costs little to report.
inline constexpr size_t kMaxFeedProblems = 100;

struct FeedOptions {
  // Documents larger than this are refused with kTooLarge before any
  // parsing. Default 32 MB, well above the largest real feeds and sitemaps
  // (sitemaps are capped at 50 MB uncompressed by the protocol, news
  // sitemaps at 1,000 URLs).
  size_t max_bytes = 32000000;
  // Entries kept per document (items, or child sitemaps of an index);
  // those beyond it are dropped and one problem says how many. Default
  // 100,000.
  size_t max_items = 100000;
};

// Detects the format and reads the feed. `base_url` is where the feed was
// fetched from: relative links are resolved against it (after any
// xml:base); "" if unknown, in which case relative links are skipped.
// Fails with kTooLarge above max_bytes, and with kInvalidArgument when the
// document is not a feed ("an HTML page, not a feed") or is JSON that does
// not parse (JSON has no recovery: a truncated JSON Feed is an error).
Result<ParsedFeed> ParseFeed(std::string_view bytes, std::string_view base_url,
                             const FeedOptions& options = {});

// One feed from an OPML list.
struct OpmlFeed {
  std::string xml_url;   // the feed, absolute http(s) ("feed://" is read as
                         // "http://")
  std::string title;     // the outline's title, else its text, or ""
  std::string html_url;  // the site, absolute http(s), or ""
  // Titles of the enclosing outlines, outermost first ({"News", "UK"}).
  std::vector<std::string> categories;
  bool operator==(const OpmlFeed&) const = default;
};

// Reads every outline with an xmlUrl, nested outlines flattened in document
// order, at most options.max_items of them. Outlines whose xmlUrl is not an
// absolute http(s) URL, and repeats of a feed already listed, are left out
// (an OPML list is written by a person's reader, not a publisher: there is
// nothing to report back to). Fails when the document is not
// OPML (or is larger than options.max_bytes); a truncated list yields the
// feeds before the cut.
Result<std::vector<OpmlFeed>> ParseOpml(std::string_view bytes,
                                        const FeedOptions& options = {});

}  // namespace stet

#endif  // STET_FEED_H_
