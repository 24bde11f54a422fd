// XmlDoc: a feed, sitemap or OPML file parsed by libxml2, owned, with what
// went wrong while parsing it.
//
// Internal to the feed module. Parsing is offline, silent and safe against
// hostile documents: the options never include XML_PARSE_NOENT (entity
// substitution), XML_PARSE_DTDLOAD / DTDATTR / DTDVALID (DTD loading) or
// XML_PARSE_HUGE (libxml2's size, depth and entity-amplification limits
// stay on). Entity references are left as reference nodes, which Text()
// skips, so no declared entity ever reaches the output. Recovery mode is on:
// a truncated or malformed document yields what libxml2 could read, and
// XmlDoc records the first error and where the document was cut.
//
// Thread-safety: one XmlDoc per thread; parsing is reentrant.
#ifndef STET_FEED_XML_H_
#define STET_FEED_XML_H_

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

#include "stet/result.h"

namespace stet::feed {

// XML bytes decoded to UTF-8: by byte-order mark, else the encoding the XML
// declaration names, else UTF-8 (the XML default); a declared encoding the
// bytes do not fit is replaced by detection. Always valid UTF-8.
struct DecodedXml {
  std::string utf8;
  // Why the bytes were not read as declared, for ParsedFeed::problems
  // ("the feed says it is utf-8 but is windows-1252; read as
  // windows-1252"), or "".
  std::string note;
};
DecodedXml DecodeXml(std::string_view bytes);

// Replaces references to HTML's named entities, which XML does not define
// (&eacute; &nbsp; &rsquo;, common in feeds written by HTML templates), with
// the characters themselves; XML's own five (&amp; &lt; &gt; &quot; &apos;)
// and any other name are left alone. Without this libxml2 reports an
// undefined entity and, in recovery mode, loses text after it. Returns
// false, leaving *out alone, when there is nothing to replace (the common
// case: no copy of a large document is made).
bool ReplaceHtmlEntities(std::string_view utf8, std::string* out);

class XmlDoc {
 public:
  // `utf8` must be UTF-8 (DecodeXml()); `url` is the document's own URL,
  // the last base for relative links ("" if unknown). Fails only when
  // nothing at all could be read.
  static Result<XmlDoc> Parse(std::string_view utf8, std::string_view url);

  xmlDocPtr doc() const { return doc_.get(); }
  xmlNodePtr root() const { return xmlDocGetRootElement(doc_.get()); }

  // The first well-formedness error, one line ("Premature end of data in
  // tag item line 40"), and its line; "" / 0 for a well-formed document.
  const std::string& error() const { return error_; }
  int error_line() const { return error_line_; }

  // True when `element` was still open where the document ended early
  // (truncated, or parsing stopped at a limit): its content may be cut
  // short, e.g. a link missing its last characters.
  bool IsCutOff(const xmlNode* element) const;

 private:
  struct Free {
    void operator()(xmlDocPtr d) const { xmlFreeDoc(d); }
  };
  std::unique_ptr<xmlDoc, Free> doc_;
  std::string error_;
  int error_line_ = 0;
  const xmlNode* cut_at_ = nullptr;  // innermost element open at the cut
};

// Well-known namespaces, by URI (or, when a document forgot to declare a
// prefix, by the conventional prefix: "dc:creator" with no namespace).
enum class Ns {
  kNone,        // no namespace
  kOther,       // some namespace not listed here
  kAtom,        // Atom 1.0 and 0.3
  kRss,         // RSS 1.0 / 0.90 (RDF) and the rare namespaced RSS 2.0
  kRdf,         // the RDF syntax namespace (rdf:RDF, rdf:about)
  kDc,          // Dublin Core elements (dc:creator, dc:date)
  kDcTerms,     // Dublin Core terms (dcterms:modified)
  kContent,     // content:encoded
  kNews,        // Google News sitemaps (news:publication_date)
  kFeedburner,  // feedburner:origLink, the original of a proxied link
};
Ns NsOf(const xmlNode* n);

// Element name without any prefix ("creator" for "dc:creator"); "" for
// non-elements.
std::string_view LocalName(const xmlNode* n);

// True for an element named `local` in namespace `ns`.
bool Is(const xmlNode* n, std::string_view local, Ns ns);

// The first child element named `local` in namespace `ns`, or null.
const xmlNode* Child(const xmlNode* n, std::string_view local, Ns ns);

// The value of the un-namespaced attribute `name` (ASCII case-insensitive
// when `any_case`), or "" if absent.
std::string Attr(const xmlNode* n, std::string_view name,
                 bool any_case = false);

// All the text below `n` (text and CDATA), as written: not trimmed or
// collapsed. Entity references are skipped, never expanded. With
// `html_spaces`, a space is put where an element that is not inline HTML
// starts or ends (for Atom's xhtml content). Iterative: any depth is safe.
std::string Text(const xmlNode* n, bool html_spaces = false);

// The base URI that applies to `n`: its xml:base and its ancestors',
// resolved against the document URL; "" if there is none.
std::string BaseOf(const XmlDoc& doc, const xmlNode* n);

// Source line of `n`, or 0.
int Line(const xmlNode* n);

// What a document with this root element is, for messages: "an RSS feed",
// "an OPML list", "an HTML page", "an XML document (<svg>)".
std::string DescribeRoot(const xmlNode* root);

}  // namespace stet::feed

#endif  // STET_FEED_XML_H_
