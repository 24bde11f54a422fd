// RSS 0.91/0.92/2.0 and RSS 1.0/0.90 (RDF): the same item fields in two
// document shapes.
#include <string>
#include <vector>

#include "feed/formats.h"
#include "feed/text.h"
#include "stet/text.h"

namespace stet::feed {
namespace {

// An RSS element proper: no namespace (RSS 2.0) or an RSS namespace (RSS
// 1.0 and 0.90, and the rare namespaced 2.0). atom:link or media:title
// never match.
bool IsRss(const xmlNode* n, std::string_view local) {
  if (!n || n->type != XML_ELEMENT_NODE || LocalName(n) != local) return false;
  const Ns ns = NsOf(n);
  return ns == Ns::kNone || ns == Ns::kRss;
}

const xmlNode* RssChild(const xmlNode* n, std::string_view local) {
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next)
    if (IsRss(c, local)) return c;
  return nullptr;
}

bool StartsHttp(std::string_view s) {
  const std::string t = text::AsciiLower(
      text::CollapseWhitespace(s.substr(0, std::min<size_t>(s.size(), 64))));
  return t.starts_with("http://") || t.starts_with("https://");
}

// rdf:about (or a bare "about").
std::string About(const xmlNode* n) {
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (!a->name ||
        std::string_view(reinterpret_cast<const char*>(a->name)) != "about")
      continue;
    std::string v;
    for (const xmlNode* c = a->children; c; c = c->next)
      if (c->type == XML_TEXT_NODE && c->content)
        v.append(reinterpret_cast<const char*>(c->content));
    return v;
  }
  return {};
}

void ReadItem(const XmlDoc& doc, const xmlNode* item, bool rdf,
              FeedBuilder* b) {
  const xmlNode *link = nullptr, *guid = nullptr, *orig = nullptr,
                *atom_link = nullptr, *desc = nullptr, *content = nullptr,
                *title = nullptr, *pub = nullptr, *date = nullptr,
                *updated = nullptr, *rss_author = nullptr;
  std::vector<std::string> creators;
  for (const xmlNode* c = item->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string_view local = LocalName(c);
    switch (NsOf(c)) {
      case Ns::kNone:
      case Ns::kRss:
        if (local == "link" && !link) link = c;
        if (local == "guid" && !guid) guid = c;
        if (local == "title" && !title) title = c;
        if (local == "description" && !desc) desc = c;
        if (local == "pubDate" && !pub) pub = c;
        if (local == "author" && !rss_author) rss_author = c;
        break;
      case Ns::kDc:
        if (local == "creator") {
          std::string name = CleanText(Text(c));
          if (!name.empty()) creators.push_back(std::move(name));
        }
        if (local == "date" && !date) date = c;
        break;
      case Ns::kDcTerms:
        if ((local == "issued" || local == "created") && !date) date = c;
        if (local == "modified" && !updated) updated = c;
        break;
      case Ns::kContent:
        if (local == "encoded" && !content) content = c;
        break;
      case Ns::kAtom:
        if (local == "link" && !atom_link) {
          const std::string rel = Attr(c, "rel");
          if (rel.empty() || rel == "alternate") atom_link = c;
        }
        if (local == "updated" && !updated) updated = c;
        if (local == "published" && !date) date = c;
        break;
      case Ns::kFeedburner:
        if (local == "origLink" && !orig) orig = c;
        break;
      default:
        break;
    }
  }
  RawEntry e;
  e.line = Line(item);
  // FeedBurner proxies the link; origLink is the publisher's own.
  if (orig) e.links.push_back(LinkAt(doc, orig, Text(orig)));
  if (link) e.links.push_back(LinkAt(doc, link, Text(link)));
  if (guid) {
    // A guid is a permalink unless it says otherwise, but many feeds put
    // bare ids there without saying so: only one that looks like a URL is
    // taken.
    const std::string g = Text(guid);
    if (Attr(guid, "isPermaLink") != "false" && StartsHttp(g))
      e.links.push_back(LinkAt(doc, guid, g));
    e.id = CleanText(g);
  }
  if (rdf) {
    const std::string about = About(item);
    if (e.id.empty()) e.id = CleanText(about);
    if (StartsHttp(about)) e.links.push_back(LinkAt(doc, item, about));
  }
  if (atom_link)
    e.links.push_back(LinkAt(doc, atom_link, Attr(atom_link, "href")));
  // RSS titles and descriptions are HTML in practice (entity-encoded or in
  // CDATA), whatever the specification hoped.
  if (title) e.title = HtmlToText(Text(title));
  if (desc) e.summary = HtmlToText(Text(desc));
  if (e.summary.empty() && content) e.summary = HtmlToText(Text(content));
  if (!creators.empty()) {
    for (size_t i = 0; i < creators.size(); ++i)
      e.author += (i ? ", " : "") + creators[i];
  } else if (rss_author) {
    e.author = CleanText(Text(rss_author));
  }
  if (pub) {
    e.published = Text(pub);
    e.published_field = "pubDate";
  } else if (date) {
    e.published = Text(date);
    const Ns ns = NsOf(date);
    e.published_field = ns == Ns::kDc     ? "dc:date"
                        : ns == Ns::kAtom ? "atom:published"
                                          : "dcterms:issued";
  }
  if (updated) {
    e.updated = Text(updated);
    e.updated_field =
        NsOf(updated) == Ns::kAtom ? "atom:updated" : "dcterms:modified";
  }
  b->Add(std::move(e));
}

void ReadItems(const XmlDoc& doc, const std::vector<const xmlNode*>& items,
               bool rdf, FeedBuilder* b) {
  for (const xmlNode* item : items) {
    if (b->Full()) {
      b->Skip();
    } else if (doc.IsCutOff(item)) {
      b->CutOff(Line(item));
    } else {
      ReadItem(doc, item, rdf, b);
    }
  }
}

void ReadChannel(const XmlDoc& doc, const xmlNode* channel, ParsedFeed* out) {
  if (!channel) return;
  if (const xmlNode* t = RssChild(channel, "title"))
    out->title = HtmlToText(Text(t));
  if (const xmlNode* l = RssChild(channel, "link")) {
    Link link = LinkAt(doc, l, Text(l));
    if (auto url = ResolveHttpUrl(link.href, link.base); url.ok())
      out->link = *url;
  }
}

}  // namespace

Link LinkAt(const XmlDoc& doc, const xmlNode* n, std::string href) {
  Link l;
  if (!StartsHttp(href)) l.base = BaseOf(doc, n);
  l.href = std::move(href);
  return l;
}

void ReadRss(const XmlDoc& doc, ParsedFeed* out, FeedBuilder* b) {
  const xmlNode* root = doc.root();
  out->format = FeedFormat::kRss;
  out->version = CleanText(Attr(root, "version"));
  const xmlNode* channel = RssChild(root, "channel");
  ReadChannel(doc, channel, out);
  // Items belong in the channel; some feeds put them after it, or have no
  // channel at all.
  std::vector<const xmlNode*> items;
  for (const xmlNode* parent : {channel, root}) {
    if (!parent) continue;
    for (const xmlNode* c = parent->children; c; c = c->next)
      if (IsRss(c, "item")) items.push_back(c);
  }
  ReadItems(doc, items, /*rdf=*/false, b);
}

void ReadRdf(const XmlDoc& doc, ParsedFeed* out, FeedBuilder* b) {
  const xmlNode* root = doc.root();
  out->format = FeedFormat::kRdf;
  const xmlNode* channel = RssChild(root, "channel");
  ReadChannel(doc, channel, out);
  out->version = "1.0";
  if (channel && channel->ns && channel->ns->href &&
      std::string_view(reinterpret_cast<const char*>(channel->ns->href))
              .find("netscape") != std::string_view::npos)
    out->version = "0.90";
  // RSS 1.0 items are siblings of the channel, not inside it.
  std::vector<const xmlNode*> items;
  for (const xmlNode* c = root->children; c; c = c->next)
    if (IsRss(c, "item")) items.push_back(c);
  ReadItems(doc, items, /*rdf=*/true, b);
}

}  // namespace stet::feed
