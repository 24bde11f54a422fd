// Atom 1.0 (RFC 4287), and the 0.3 draft still served by a few old sites.
#include <string>
#include <vector>

#include "feed/formats.h"
#include "feed/text.h"
#include "stet/text.h"

namespace stet::feed {
namespace {

struct AtomReader {
  const XmlDoc& doc;
  bool bare;  // the root has no namespace: accept un-namespaced elements

  bool IsAtom(const xmlNode* n, std::string_view local) const {
    if (!n || n->type != XML_ELEMENT_NODE || LocalName(n) != local)
      return false;
    const Ns ns = NsOf(n);
    return ns == Ns::kAtom || (bare && ns == Ns::kNone);
  }

  const xmlNode* Child(const xmlNode* n, std::string_view local) const {
    for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next)
      if (IsAtom(c, local)) return c;
    return nullptr;
  }

  // A text construct: type "text" (the default), "html" (escaped markup) or
  // "xhtml" (markup inline). Atom 0.3 said mode="escaped" and MIME types.
  static std::string TextConstruct(const xmlNode* n) {
    if (!n) return {};
    const std::string type = text::AsciiLower(Attr(n, "type"));
    const std::string mode = text::AsciiLower(Attr(n, "mode"));
    if (mode == "base64") return {};  // 0.3 binary content: not text
    if (type == "xhtml" || type == "application/xhtml+xml")
      return CleanText(Text(n, /*html_spaces=*/true));
    if (type == "html" || type == "text/html" || mode == "escaped")
      return HtmlToText(Text(n));
    return CleanText(Text(n));
  }

  // The alternate links of `n`, HTML ones first. rel="self", "edit",
  // "enclosure", "related" and "replies" are not the article.
  std::vector<Link> Alternates(const xmlNode* n) const {
    std::vector<Link> html, other;
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (!IsAtom(c, "link")) continue;
      const std::string rel = Attr(c, "rel");
      if (!rel.empty() && rel != "alternate" &&
          rel != "http://www.iana.org/assignments/relation/alternate")
        continue;
      const std::string type = text::AsciiLower(Attr(c, "type"));
      Link l = LinkAt(doc, c, Attr(c, "href"));
      (type.empty() || type == "text/html" || type == "application/xhtml+xml"
           ? html
           : other)
          .push_back(std::move(l));
    }
    html.insert(html.end(), other.begin(), other.end());
    return html;
  }

  void ReadEntry(const xmlNode* entry, FeedBuilder* b) const {
    RawEntry e;
    e.line = Line(entry);
    e.links = Alternates(entry);
    const xmlNode* id = Child(entry, "id");
    e.id = CleanText(Text(id));
    // Some feeds give no link, only a permalink as the id.
    if (e.id.starts_with("http://") || e.id.starts_with("https://"))
      e.links.push_back(LinkAt(doc, id, e.id));
    e.title = TextConstruct(Child(entry, "title"));
    e.summary = TextConstruct(Child(entry, "summary"));
    if (e.summary.empty()) e.summary = TextConstruct(Child(entry, "content"));
    for (const xmlNode* c = entry->children; c; c = c->next) {
      if (!IsAtom(c, "author")) continue;
      std::string name = CleanText(Text(Child(c, "name")));
      if (name.empty()) continue;
      e.author += (e.author.empty() ? "" : ", ") + name;
    }
    for (std::string_view f : {"published", "issued", "created"}) {
      if (const xmlNode* d = Child(entry, f)) {
        e.published = Text(d);
        e.published_field = f;
        break;
      }
    }
    for (std::string_view f : {"updated", "modified"}) {
      if (const xmlNode* d = Child(entry, f)) {
        e.updated = Text(d);
        e.updated_field = f;
        break;
      }
    }
    b->Add(std::move(e));
  }
};

}  // namespace

void ReadAtom(const XmlDoc& doc, ParsedFeed* out, FeedBuilder* b) {
  const xmlNode* root = doc.root();
  const AtomReader r{doc, NsOf(root) == Ns::kNone};
  out->format = FeedFormat::kAtom;
  const bool draft =
      root->ns && root->ns->href &&
      std::string_view(reinterpret_cast<const char*>(root->ns->href))
              .find("purl.org/atom") != std::string_view::npos;
  out->version = draft ? "0.3" : "1.0";
  out->title = AtomReader::TextConstruct(r.Child(root, "title"));
  for (const Link& l : r.Alternates(root)) {
    if (auto url = ResolveHttpUrl(l.href, l.base); url.ok()) {
      out->link = *url;
      break;
    }
  }
  for (const xmlNode* c = root->children; c; c = c->next) {
    if (!r.IsAtom(c, "entry")) continue;
    if (b->Full()) {
      b->Skip();
    } else if (doc.IsCutOff(c)) {
      b->CutOff(Line(c));
    } else {
      r.ReadEntry(c, b);
    }
  }
}

}  // namespace stet::feed
