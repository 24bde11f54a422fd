// Page metadata: headline, bylines, dates, language, canonical URL, site
// name, from JSON-LD, Open Graph, meta tags, <time>, bylines in the page and
// the URL, in a fixed order of trust (see metadata.cc).
//
// Thread-safety: pure function of the document.
#ifndef STET_EXTRACT_METADATA_H_
#define STET_EXTRACT_METADATA_H_

#include <string_view>

#include "extract/html.h"
#include "stet/extract.h"

namespace stet::extract {

PageMetadata ExtractMetadata(const HtmlDoc& doc, std::string_view url);

}  // namespace stet::extract

#endif  // STET_EXTRACT_METADATA_H_
