// OPML subscription lists (OPML 1.0 and 2.0), as feed readers export them.
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "feed/formats.h"
#include "feed/text.h"
#include "feed/xml.h"
#include "stet/feed.h"
#include "stet/text.h"

namespace stet {

using feed::Attr;
using feed::CleanText;
using feed::LocalName;
using text::AsciiLower;

namespace {

bool IsOutline(const xmlNode* n) {
  return n && n->type == XML_ELEMENT_NODE &&
         AsciiLower(LocalName(n)) == "outline";
}

// "feed://host/x" and "feed:https://host/x" are how some pages link a feed
// for a reader to pick up; the feed itself is plain http(s).
std::string FeedScheme(std::string url) {
  std::string t = AsciiLower(CleanText(url.substr(0, 16)));
  url = CleanText(url);
  if (t.starts_with("feed:http")) return url.substr(5);
  if (t.starts_with("feed://")) return "http://" + url.substr(7);
  return url;
}

std::string TitleOf(const xmlNode* o) {
  std::string t = CleanText(Attr(o, "title"));
  return t.empty() ? CleanText(Attr(o, "text")) : t;
}

}  // namespace

Result<std::vector<OpmlFeed>> ParseOpml(std::string_view bytes,
                                        const FeedOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return Status(ErrorCode::kTooLarge, "the OPML list is " +
                                            feed::SizeText(bytes.size()) +
                                            ", over the limit of " +
                                            feed::SizeText(options.max_bytes));
  }
  const feed::Sniffed s = feed::Sniff(bytes);
  if (s.shape != feed::Shape::kMarkup)
    return InvalidArgument(s.what + ", not an OPML list");
  const feed::DecodedXml decoded = feed::DecodeXml(bytes);
  Result<feed::XmlDoc> doc = feed::XmlDoc::Parse(decoded.utf8, "");
  if (!doc.ok()) {
    return Status(doc.status().code(),
                  doc.status().message() + ", not an OPML list");
  }
  const xmlNode* root = doc->root();
  if (AsciiLower(LocalName(root)) != "opml")
    return InvalidArgument(feed::DescribeRoot(root) + ", not an OPML list");
  const xmlNode* body = nullptr;
  for (const xmlNode* c = root->children; c && !body; c = c->next)
    if (AsciiLower(LocalName(c)) == "body") body = c;
  if (!body) body = root;

  std::vector<OpmlFeed> out;
  std::unordered_set<std::string> seen;
  // Depth first, in document order, without recursion: `path` holds the
  // titles of the outlines above the current one.
  std::vector<std::string> path;
  std::vector<const xmlNode*> parents;
  const xmlNode* cur = body->children;
  while (cur && out.size() < options.max_items) {
    if (IsOutline(cur)) {
      const std::string xml_url = Attr(cur, "xmlUrl", /*any_case=*/true);
      if (!xml_url.empty()) {
        auto url = feed::ResolveHttpUrl(FeedScheme(xml_url), "");
        if (url.ok() && seen.insert(*url).second) {
          OpmlFeed f;
          f.xml_url = std::move(url).value();
          f.title = TitleOf(cur);
          if (auto html = feed::ResolveHttpUrl(
                  Attr(cur, "htmlUrl", /*any_case=*/true), "");
              html.ok())
            f.html_url = std::move(html).value();
          f.categories = path;
          out.push_back(std::move(f));
        }
      }
      if (cur->children) {
        path.push_back(TitleOf(cur));
        parents.push_back(cur);
        cur = cur->children;
        continue;
      }
    }
    while (!cur->next && !parents.empty()) {
      cur = parents.back();
      parents.pop_back();
      path.pop_back();
    }
    cur = cur->next;
  }
  return out;
}

}  // namespace stet
