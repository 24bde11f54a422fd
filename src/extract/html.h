// HtmlDoc: a page parsed by libxml2's HTML parser, owned.
//
// Internal to the extract module. Parsing is lenient (libxml2 recovers from
// any markup), offline (no network, no entities loaded) and silent (errors
// are not printed). Input must already be UTF-8 (see charset.h).
//
// Thread-safety: one HtmlDoc per thread; parsing is reentrant.
#ifndef STET_EXTRACT_HTML_H_
#define STET_EXTRACT_HTML_H_

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

#include "stet/result.h"

namespace stet::extract {

class HtmlDoc {
 public:
  static Result<HtmlDoc> Parse(std::string_view utf8, std::string_view url);

  xmlDocPtr doc() const { return doc_.get(); }
  xmlNodePtr root() const;  // <html>, or null for an empty document

 private:
  struct Free {
    void operator()(xmlDocPtr d) const { xmlFreeDoc(d); }
  };
  std::unique_ptr<xmlDoc, Free> doc_;
};

// libxml2 prints parse and XPath errors to stderr by default; stet reports
// its own one-line errors instead. Per thread (libxml2 keeps the handlers
// per thread); cheap to call again.
void SilenceLibxml();

// Helpers for walking libxml2 trees.
// Lower-case element name ("div"), or "" for non-elements.
std::string_view Name(const xmlNode* n);
// Attribute value, or "" if absent.
std::string_view Attr(const xmlNode* n, const char* name);
// All descendant text, whitespace-collapsed.
std::string TextOf(const xmlNode* n);
// Appends descendant text as is (script/style skipped, <br> as a space).
void AppendRawText(const xmlNode* n, std::string* out);

}  // namespace stet::extract

#endif  // STET_EXTRACT_HTML_H_
