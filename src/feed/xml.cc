#include "feed/xml.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstring>
#include <mutex>
#include <vector>

#include "extract/charset.h"
#include "extract/html.h"
#include "feed/text.h"
#include "stet/text.h"

namespace stet::feed {
namespace {

using text::AsciiLower;

// Recovery on; everything that would make libxml2 fetch, load or expand
// anything stays off (see xml.h). IGNORE_ENC: the input is already UTF-8,
// whatever its declaration says. BIG_LINES: true line numbers past 65535.
constexpr int kOptions = XML_PARSE_RECOVER | XML_PARSE_NONET |
                         XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                         XML_PARSE_NOCDATA | XML_PARSE_COMPACT |
                         XML_PARSE_BIG_LINES | XML_PARSE_IGNORE_ENC;
static_assert((kOptions &
               (XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_DTDATTR |
                XML_PARSE_DTDVALID | XML_PARSE_HUGE | XML_PARSE_XINCLUDE)) == 0,
              "entity expansion and DTD loading must stay off");

// What the parser reported, collected through the context's own error
// callback (so concurrent parses do not mix their errors).
struct ErrorLog {
  std::string first;  // first fatal (well-formedness) error
  int first_line = 0;
  // An element open where the data ended: "Premature end of data in tag X
  // line N" names the innermost one.
  bool unfinished = false;
  std::string unfinished_tag;
  int unfinished_line = 0;  // where the element starts
  int end_line = 0;         // where the data ended
  // "Couldn't find end of Start Tag X line N": libxml2 still creates X, but
  // with what it had of its attributes (a link cut in half).
  std::string broken_tag;
  int broken_line = 0;
  int broken_at = 0;  // where the parser was when it gave up on the tag
};

void OnError(void* ctx, xmlErrorPtr e) {
  if (!ctx || !e) return;
  auto* log =
      static_cast<ErrorLog*>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
  if (!log) return;
  if (e->level == XML_ERR_FATAL && log->first.empty()) {
    std::string_view m = e->message ? e->message : "unknown error";
    m = m.substr(0, m.find('\n'));
    log->first = Clip(m, 200);
    log->first_line = e->line;
  }
  if (e->code == XML_ERR_TAG_NOT_FINISHED) {
    log->unfinished = true;
    log->unfinished_tag = e->str1 ? e->str1 : "";
    log->unfinished_line = e->int1;
    log->end_line = e->line;
  } else if (e->code == XML_ERR_GT_REQUIRED && e->str1) {
    log->broken_tag = e->str1;
    log->broken_line = e->int1;
    log->broken_at = e->line;
  }
}

struct FreeCtxt {
  void operator()(xmlParserCtxtPtr c) const { xmlFreeParserCtxt(c); }
};

std::string_view Str(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s))
           : std::string_view();
}

// The encoding="..." of an XML declaration at the start, or "".
std::string DeclaredEncoding(std::string_view b) {
  if (b.substr(0, 5) != "<?xml") return {};
  std::string_view decl = b.substr(0, std::min<size_t>(b.find("?>"), 300));
  size_t p = decl.find("encoding");
  if (p == std::string_view::npos) return {};
  p = decl.find_first_of("\"'", p);
  if (p == std::string_view::npos) return {};
  size_t e = decl.find(decl[p], p + 1);
  if (e == std::string_view::npos) return {};
  return AsciiLower(decl.substr(p + 1, e - p - 1));
}

// Labels that name the same decoding (as extract/charset.cc reads them).
std::string CanonicalCharset(std::string name) {
  if (name == "utf8") return "utf-8";
  if (name == "latin1" || name == "iso-8859-1" || name == "iso8859-1" ||
      name == "us-ascii" || name == "ascii" || name == "l1" || name == "cp1252")
    return "windows-1252";
  return name;
}

std::string_view Prefix(const xmlNode* n) {
  std::string_view name = Str(n->name);
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? std::string_view()
                                         : name.substr(0, colon);
}

}  // namespace

DecodedXml DecodeXml(std::string_view b) {
  DecodedXml out;
  auto starts = [&](std::string_view m) { return b.substr(0, m.size()) == m; };
  std::string label;
  if (starts("\xEF\xBB\xBF") || starts("\xFF\xFE") || starts("\xFE\xFF")) {
    label = "";  // the byte-order mark decides
  } else if (starts(std::string_view("<\0?\0", 4))) {
    label = "utf-16le";  // UTF-16 without a mark: "<?" in two-byte units
  } else if (starts(std::string_view("\0<\0?", 4))) {
    label = "utf-16be";
  } else {
    std::string declared = DeclaredEncoding(b);
    label = declared.empty() ? "utf-8" : declared;
    extract::Decoded d = extract::DecodeToUtf8(b, "text/xml; charset=" + label);
    if (CanonicalCharset(label) != d.charset) {
      out.note =
          (declared.empty() ? "the document names no encoding and is not UTF-8"
                            : "the document says its encoding is '" +
                                  Clip(declared, 40) + "' but it is not") +
          "; read as " + d.charset;
    } else if (d.charset == "utf-8" && !text::IsValidUtf8(b)) {
      out.note = "the document is not valid UTF-8; bad bytes were replaced";
    }
    out.utf8 = std::move(d.utf8);
    return out;
  }
  extract::Decoded d = extract::DecodeToUtf8(
      b, label.empty() ? "" : "text/xml; charset=" + label);
  out.utf8 = std::move(d.utf8);
  return out;
}

bool ReplaceHtmlEntities(std::string_view s, std::string* out) {
  bool changed = false;
  size_t copied = 0;  // s[0, copied) is in *out once changed
  size_t amp = 0;
  while ((amp = s.find('&', amp)) != std::string_view::npos) {
    size_t k = amp + 1;
    while (k < s.size() && k - amp <= 33 &&
           std::isalnum(static_cast<unsigned char>(s[k])))
      ++k;
    const std::string_view name = s.substr(amp + 1, k - amp - 1);
    if (k >= s.size() || s[k] != ';' || name.empty() || name == "amp" ||
        name == "lt" || name == "gt" || name == "quot" || name == "apos") {
      amp = k;
      continue;
    }
    std::string decoded;
    if (!AppendNamedEntity(name, &decoded)) {
      amp = k;
      continue;
    }
    if (!changed) {
      out->clear();
      out->reserve(s.size());
      changed = true;
    }
    out->append(s.substr(copied, amp - copied));
    out->append(decoded);
    copied = amp = k + 1;
  }
  if (changed) out->append(s.substr(copied));
  return changed;
}

Result<XmlDoc> XmlDoc::Parse(std::string_view utf8, std::string_view url) {
  // libxml2 wants its global state set up once before threads use it.
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  extract::SilenceLibxml();
  std::string replaced;
  const std::string_view text =
      ReplaceHtmlEntities(utf8, &replaced) ? replaced : utf8;
  if (text.size() > static_cast<size_t>(INT_MAX))
    return Status(ErrorCode::kTooLarge, "document too large to parse");
  std::unique_ptr<xmlParserCtxt, FreeCtxt> ctxt(xmlNewParserCtxt());
  if (!ctxt || !ctxt->sax) return Internal("libxml2 could not start a parse");
  ErrorLog log;
  ctxt->_private = &log;
  ctxt->sax->serror = OnError;
  const std::string u(url);
  xmlDocPtr d =
      xmlCtxtReadMemory(ctxt.get(), text.data(), static_cast<int>(text.size()),
                        u.empty() ? nullptr : u.c_str(), "UTF-8", kOptions);
  // Parsing stopped before the end (a limit, an entity loop): whatever is
  // open on the last path of the tree was cut there.
  const bool halted = ctxt->disableSAX != 0;
  const bool well_formed = ctxt->wellFormed != 0;
  if (!d) {
    return InvalidArgument(
        "not readable as XML" +
        (log.first.empty() ? std::string() : " (" + log.first + ")"));
  }
  XmlDoc out;
  out.doc_.reset(d);
  xmlNodePtr root = xmlDocGetRootElement(d);
  if (!root) {
    return InvalidArgument(
        "not readable as XML" +
        (log.first.empty() ? std::string() : " (" + log.first + ")"));
  }
  if (!well_formed) {
    out.error_ = log.first.empty() ? "malformed XML" : log.first;
    out.error_line_ = log.first_line;
  }
  // The elements open where the data ended are the last child of the last
  // child... (a trailing text node means its parent was still open, reading
  // text), down to the one the error names.
  std::vector<const xmlNode*> path{root};
  for (const xmlNode* x = root; x->last && x->last->type == XML_ELEMENT_NODE;
       x = x->last)
    path.push_back(x->last);
  // Index on the path of the element the error names, or -1.
  auto find_on_path = [&](const std::string& tag, int line) -> int {
    for (int i = static_cast<int>(path.size()) - 1; i >= 0; --i) {
      if ((LocalName(path[i]) == tag || Str(path[i]->name) == tag) &&
          (line <= 0 || Line(path[i]) == line))
        return i;
    }
    return -1;
  };
  // Everything from the root down to the deepest cut element is cut.
  int cut = -1;
  if (halted) cut = static_cast<int>(path.size()) - 1;
  if (log.unfinished) {
    const int i = find_on_path(log.unfinished_tag, log.unfinished_line);
    cut = std::max(cut, i >= 0 ? i : static_cast<int>(path.size()) - 1);
  }
  // A start tag cut inside its attributes where the data ended: the element
  // exists, with part of them. (A start tag broken elsewhere is only bad
  // markup; its element is complete.)
  if (log.unfinished && !log.broken_tag.empty() &&
      log.broken_at == log.end_line)
    cut = std::max(cut, find_on_path(log.broken_tag, log.broken_line));
  if (cut >= 0) out.cut_at_ = path[cut];
  if (out.cut_at_ && out.error_.empty()) out.error_ = "the document ends early";
  return out;
}

bool XmlDoc::IsCutOff(const xmlNode* element) const {
  for (const xmlNode* x = cut_at_; x; x = x->parent)
    if (x == element) return true;
  return false;
}

Ns NsOf(const xmlNode* n) {
  if (!n || n->type != XML_ELEMENT_NODE) return Ns::kNone;
  struct Known {
    std::string_view uri;  // without scheme and trailing '/' or '#'
    Ns ns;
    std::string_view prefix;  // the conventional one
  };
  static constexpr Known kKnown[] = {
      {"www.w3.org/2005/atom", Ns::kAtom, "atom"},
      {"purl.org/atom/ns", Ns::kAtom, ""},
      {"purl.org/rss/1.0", Ns::kRss, ""},
      {"my.netscape.com/rdf/simple/0.9", Ns::kRss, ""},
      {"backend.userland.com/rss2", Ns::kRss, ""},
      {"blogs.law.harvard.edu/tech/rss", Ns::kRss, ""},
      {"www.w3.org/1999/02/22-rdf-syntax-ns", Ns::kRdf, "rdf"},
      {"purl.org/dc/elements/1.1", Ns::kDc, "dc"},
      {"purl.org/dc/terms", Ns::kDcTerms, "dcterms"},
      {"purl.org/rss/1.0/modules/content", Ns::kContent, "content"},
      {"www.google.com/schemas/sitemap-news/0.9", Ns::kNews, "news"},
      {"rssnamespace.org/feedburner/ext/1.0", Ns::kFeedburner, "feedburner"},
  };
  if (n->ns && n->ns->href) {
    std::string uri = AsciiLower(Str(n->ns->href));
    for (std::string_view scheme : {"http://", "https://"})
      if (uri.starts_with(scheme)) uri.erase(0, scheme.size());
    while (!uri.empty() && (uri.back() == '/' || uri.back() == '#'))
      uri.pop_back();
    for (const Known& k : kKnown)
      if (uri == k.uri) return k.ns;
    return Ns::kOther;
  }
  // An undeclared prefix: libxml2 keeps "dc:creator" as the whole name.
  std::string_view prefix = Prefix(n);
  if (prefix.empty()) return Ns::kNone;
  for (const Known& k : kKnown)
    if (!k.prefix.empty() && prefix == k.prefix) return k.ns;
  return Ns::kOther;
}

std::string_view LocalName(const xmlNode* n) {
  if (!n || n->type != XML_ELEMENT_NODE) return {};
  std::string_view name = Str(n->name);
  if (!n->ns) {
    size_t colon = name.find(':');
    if (colon != std::string_view::npos) name.remove_prefix(colon + 1);
  }
  return name;
}

bool Is(const xmlNode* n, std::string_view local, Ns ns) {
  return n && n->type == XML_ELEMENT_NODE && LocalName(n) == local &&
         NsOf(n) == ns;
}

const xmlNode* Child(const xmlNode* n, std::string_view local, Ns ns) {
  if (!n) return nullptr;
  for (const xmlNode* c = n->children; c; c = c->next)
    if (Is(c, local, ns)) return c;
  return nullptr;
}

std::string Attr(const xmlNode* n, std::string_view name, bool any_case) {
  if (!n || n->type != XML_ELEMENT_NODE) return {};
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (a->ns) continue;
    std::string_view an = Str(a->name);
    if (any_case ? AsciiLower(an) != AsciiLower(name) : an != name) continue;
    std::string v;
    for (const xmlNode* c = a->children; c; c = c->next)
      if (c->type == XML_TEXT_NODE) v.append(Str(c->content));
    return v;
  }
  return {};
}

std::string Text(const xmlNode* n, bool html_spaces) {
  std::string out;
  if (!n) return out;
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
    return std::string(Str(n->content));
  auto space_for = [&](const xmlNode* e) {
    if (html_spaces && !IsInlineHtml(AsciiLower(LocalName(e))))
      out.push_back(' ');
  };
  const xmlNode* cur = n->children;
  while (cur) {
    if (cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) {
      out.append(Str(cur->content));
    } else if (cur->type == XML_ELEMENT_NODE) {
      space_for(cur);
      if (cur->children) {
        cur = cur->children;
        continue;
      }
    }
    // Entity references, comments and processing instructions are never
    // entered. Climb until there is a next sibling.
    while (cur != n && !cur->next) {
      cur = cur->parent;
      if (cur != n) space_for(cur);
    }
    cur = cur == n ? nullptr : cur->next;
  }
  return out;
}

std::string BaseOf(const XmlDoc& doc, const xmlNode* n) {
  xmlChar* b = xmlNodeGetBase(doc.doc(), n);
  if (!b) return doc.doc()->URL ? std::string(Str(doc.doc()->URL)) : "";
  std::string out(Str(b));
  xmlFree(b);
  return out;
}

int Line(const xmlNode* n) {
  if (!n) return 0;
  long l = xmlGetLineNo(n);
  return l > 0 && l < INT_MAX ? static_cast<int>(l) : 0;
}

std::string DescribeRoot(const xmlNode* root) {
  const std::string name = AsciiLower(LocalName(root));
  if (name == "rss") return "an RSS feed";
  if (name == "rdf") return "an RSS 1.0 (RDF) feed";
  if (name == "feed") return "an Atom feed";
  if (name == "urlset") return "a sitemap";
  if (name == "sitemapindex") return "a sitemap index";
  if (name == "opml") return "an OPML list";
  if (name == "svg") return "an SVG image";
  for (std::string_view h : {"html", "head", "body", "div", "p", "table",
                             "span", "ul", "script", "a", "meta", "link"})
    if (name == h) return "an HTML page";
  return "an XML document (<" + Clip(Str(root ? root->name : nullptr), 40) +
         ">)";
}

}  // namespace stet::feed
