// Finding the article body in a parsed page.
//
// Readability-style: paragraphs vote for their containers, the best
// container (scored by text, commas and class/id hints, discounted by link
// density) and its qualifying siblings form the body, and inside it only
// blocks that read like article text are kept. Boilerplate (navigation,
// share bars, newsletter boxes, related links, captions, comments, cookie
// notices) is removed before scoring and again block by block.
//
// Thread-safety: works on one document; reentrant.
#ifndef STET_EXTRACT_BODY_H_
#define STET_EXTRACT_BODY_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/html.h"
#include "stet/extract.h"

namespace stet::extract {

// Modifies the document (removes boilerplate) and returns the body blocks.
// `rule` may be null.
std::vector<Block> ExtractBody(HtmlDoc& doc, const PageMetadata& meta,
                               const SiteRule* rule);

// A selector from a rules file as XPath: raw XPath (starts with '/' or
// '('), or a simple CSS form: tag, .class, #id, tag.class, tag#id,
// [attr=value], with descendant steps separated by spaces.
std::string SelectorToXPath(std::string_view selector);

}  // namespace stet::extract

#endif  // STET_EXTRACT_BODY_H_
