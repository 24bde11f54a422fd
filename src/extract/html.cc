#include "extract/html.h"

#include <libxml/xmlerror.h>

#include <cstring>

#include "stet/text.h"

namespace stet::extract {

namespace {
void Ignore(void*, const char*, ...) {}
void IgnoreStructured(void*, xmlErrorPtr) {}
}  // namespace

void SilenceLibxml() {
  thread_local bool done = false;
  if (done) return;
  xmlSetGenericErrorFunc(nullptr, Ignore);
  xmlSetStructuredErrorFunc(nullptr, IgnoreStructured);
  done = true;
}

Result<HtmlDoc> HtmlDoc::Parse(std::string_view utf8, std::string_view url) {
  SilenceLibxml();
  if (utf8.size() > static_cast<size_t>(INT32_MAX))
    return Status(ErrorCode::kTooLarge, "page too large to parse");
  // Offline and quiet: no network, no error output; HUGE lifts libxml2's
  // depth and size limits, which our own size limit replaces.
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                      HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT;
  std::string u(url);
  htmlDocPtr d =
      htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()),
                     u.empty() ? nullptr : u.c_str(), "UTF-8", options);
  if (!d) return InvalidArgument("the page could not be parsed as HTML");
  HtmlDoc out;
  out.doc_.reset(d);
  return out;
}

xmlNodePtr HtmlDoc::root() const { return xmlDocGetRootElement(doc_.get()); }

std::string_view Name(const xmlNode* n) {
  if (!n || n->type != XML_ELEMENT_NODE || !n->name) return {};
  return reinterpret_cast<const char*>(n->name);
}

std::string_view Attr(const xmlNode* n, const char* name) {
  if (!n || n->type != XML_ELEMENT_NODE) return {};
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (a->name &&
        strcasecmp(reinterpret_cast<const char*>(a->name), name) == 0) {
      if (a->children && a->children->type == XML_TEXT_NODE &&
          a->children->content)
        return reinterpret_cast<const char*>(a->children->content);
      return {};
    }
  }
  return {};
}

void AppendRawText(const xmlNode* n, std::string* out) {
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) out->append(reinterpret_cast<const char*>(c->content));
    } else if (c->type == XML_ELEMENT_NODE) {
      std::string_view name = Name(c);
      if (name == "script" || name == "style" || name == "noscript" ||
          name == "template")
        continue;
      if (name == "br") {
        out->push_back(' ');
        continue;
      }
      AppendRawText(c, out);
    }
  }
}

std::string TextOf(const xmlNode* n) {
  if (!n) return {};
  std::string raw;
  if (n->type == XML_TEXT_NODE) {
    if (n->content) raw = reinterpret_cast<const char*>(n->content);
  } else {
    AppendRawText(n, &raw);
  }
  return text::CollapseWhitespace(raw);
}

}  // namespace stet::extract
