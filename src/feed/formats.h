// The format readers behind ParseFeed(), and the sniffing that picks one.
//
// Each reader fills the feed-level fields of a ParsedFeed and hands every
// entry to a FeedBuilder, which does the checking. Internal to the feed
// module. Thread-safety: reentrant.
#ifndef STET_FEED_FORMATS_H_
#define STET_FEED_FORMATS_H_

#include <string>
#include <string_view>

#include "feed/builder.h"
#include "feed/xml.h"
#include "stet/feed.h"
#include "stet/result.h"

namespace stet::feed {

// What a document is, judged from its first bytes.
enum class Shape {
  kMarkup,  // starts like XML (or is UTF-16): parse to see which
  kJson,    // starts with '{' or '['
  kHtml,    // <!DOCTYPE html> or <html> first
  kEmpty,   // nothing, or only whitespace
  kBinary,  // an image, an archive, compressed or other non-text data
  kText,    // text that is neither markup nor JSON
};
struct Sniffed {
  Shape shape = Shape::kMarkup;
  std::string what;  // for messages: "an HTML page", "a PNG image"...
};
Sniffed Sniff(std::string_view bytes);

// "40.0 MB".
std::string SizeText(size_t bytes);

// XML formats; the root element has been recognised by the caller.
void ReadRss(const XmlDoc& doc, ParsedFeed* out, FeedBuilder* b);
void ReadRdf(const XmlDoc& doc, ParsedFeed* out, FeedBuilder* b);
void ReadAtom(const XmlDoc& doc, ParsedFeed* out, FeedBuilder* b);
// <urlset> and <sitemapindex>.
void ReadSitemap(const XmlDoc& doc, ParsedFeed* out, FeedBuilder* b);

// JSON Feed from UTF-8 text. Fails when the text is not JSON or not a JSON
// Feed.
Status ReadJsonFeed(std::string_view utf8, std::string_view base_url,
                    ParsedFeed* out, FeedBuilder* b);

// A link element's href (or text) with the base that applies to it; the
// base is only looked up when the link is relative.
Link LinkAt(const XmlDoc& doc, const xmlNode* n, std::string href);

}  // namespace stet::feed

#endif  // STET_FEED_FORMATS_H_
