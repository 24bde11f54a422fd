// Sitemaps (sitemaps.org 0.9) with the Google News extension, and sitemap
// indexes.
#include <string>

#include "feed/formats.h"
#include "feed/text.h"
#include "stet/text.h"

namespace stet::feed {
namespace {

// A sitemap element proper: in the root's namespace or in none. Sitemaps
// are often served with an old or misspelt namespace, so which one the
// root uses is not checked; image:loc and video:title never match.
bool IsSitemap(const xmlNode* n, const xmlNode* root, std::string_view local) {
  if (!n || n->type != XML_ELEMENT_NODE || LocalName(n) != local) return false;
  if (!n->ns) return NsOf(n) == Ns::kNone;
  return root->ns && root->ns->href && n->ns->href &&
         xmlStrEqual(root->ns->href, n->ns->href);
}

const xmlNode* SitemapChild(const xmlNode* n, const xmlNode* root,
                            std::string_view local) {
  for (const xmlNode* c = n->children; c; c = c->next)
    if (IsSitemap(c, root, local)) return c;
  return nullptr;
}

}  // namespace

void ReadSitemap(const XmlDoc& doc, ParsedFeed* out, FeedBuilder* b) {
  const xmlNode* root = doc.root();
  const bool index = text::AsciiLower(LocalName(root)) == "sitemapindex";
  out->format = index ? FeedFormat::kSitemapIndex : FeedFormat::kSitemap;
  const std::string_view entry_name = index ? "sitemap" : "url";
  for (const xmlNode* c = root->children; c; c = c->next) {
    if (!IsSitemap(c, root, entry_name)) continue;
    if (b->Full()) {
      b->Skip();
      continue;
    }
    if (doc.IsCutOff(c)) {
      b->CutOff(Line(c));
      continue;
    }
    const xmlNode* loc = SitemapChild(c, root, "loc");
    const xmlNode* lastmod = SitemapChild(c, root, "lastmod");
    Link link = loc ? LinkAt(doc, loc, Text(loc)) : Link{};
    if (index) {
      b->AddSitemap(link, Text(lastmod), Line(c));
      continue;
    }
    RawEntry e;
    e.line = Line(c);
    e.links.push_back(std::move(link));
    if (lastmod) {
      e.updated = Text(lastmod);
      e.updated_field = "lastmod";
    }
    if (const xmlNode* news = Child(c, "news", Ns::kNews)) {
      e.title = CleanText(Text(Child(news, "title", Ns::kNews)));
      if (const xmlNode* d = Child(news, "publication_date", Ns::kNews)) {
        e.published = Text(d);
        e.published_field = "news:publication_date";
      }
      // The publication's name is the nearest thing to a feed title.
      if (out->title.empty()) {
        out->title = CleanText(Text(
            Child(Child(news, "publication", Ns::kNews), "name", Ns::kNews)));
      }
    }
    b->Add(std::move(e));
  }
}

}  // namespace stet::feed
