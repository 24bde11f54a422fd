// Extraction: from a news page (HTML bytes) to its article.
//
// Generic first: works on sites it has never seen. The page is decoded to
// UTF-8 (HTTP charset, BOM, <meta charset>, then detection), parsed with
// libxml2 (no JavaScript), its metadata read from JSON-LD, Open Graph, meta
// tags, <time> and the page itself, and its body found by scoring blocks of
// text, leaving out navigation, related links, newsletter boxes, share bars,
// captions, teasers, comments and cookie notices. Optional per-site rules
// (data, not code) fix one site without a rebuild.
//
// Thread-safety: Extract() is reentrant; SiteRules are immutable once
// loaded and may be shared between threads.
#ifndef STET_EXTRACT_H_
#define STET_EXTRACT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stet/model.h"
#include "stet/result.h"
#include "stet/time.h"

namespace stet {

// Bumped whenever extraction output can change for the same page, and stored
// with every version, so an extractor change is never mistaken for an edit.
inline constexpr int kExtractorVersion = 1;

enum class BlockKind : uint8_t { kParagraph, kHeading, kListItem, kQuote };
std::string_view BlockKindName(BlockKind k);

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;  // whitespace-collapsed UTF-8
  bool operator==(const Block&) const = default;
};

// What kind of page this is. Only kArticle pages become versions.
enum class PageKind : uint8_t {
  kArticle,
  kPaywall,    // "subscribe to continue", truncated for non-subscribers
  kConsent,    // a cookie/consent wall instead of the article
  kErrorPage,  // "page not found" and the like, served with any status
  kNoArticle,  // an index, a gallery, a video page: no article body
};
std::string_view PageKindName(PageKind k);

using PageTime = ZonedTime;

struct PageMetadata {
  std::string headline;
  std::vector<std::string> bylines;  // author names, in page order
  std::optional<PageTime> published;
  std::optional<PageTime> modified;
  std::string language;       // BCP 47 tag as given ("en-GB"), or ""
  std::string canonical_url;  // absolute, or "" if none
  std::string site_name;
  std::string description;
  // JSON-LD says isAccessibleForFree: false (the publisher's paywall
  // markup). Many such pages still carry the full text, so this alone does
  // not make a page a paywall.
  bool marked_paywalled = false;
};

struct ExtractedArticle {
  PageKind kind = PageKind::kNoArticle;
  std::string reason;  // why it is not an article (one line), else ""
  PageMetadata meta;
  // The body. For a paywall or consent page, the text that was visible
  // (the teaser), for the reader; only kArticle pages become versions.
  std::vector<Block> blocks;
  std::string charset;  // the encoding the page was decoded from
  int extractor_version = kExtractorVersion;

  // The version stet stores: headline, bylines joined by ", ", one
  // paragraph per block.
  VersionText ToVersionText() const;
};

// Per-site rules: selectors to keep or drop, by domain. Loaded from a JSON
// file (format in docs/extract-rules.md).
struct SiteRule {
  std::string domain;             // "example.com" also matches sub-domains
  std::vector<std::string> body;  // if set, the body is these elements only
  std::vector<std::string> drop;  // elements removed before extraction
};
struct SiteRules {
  std::vector<SiteRule> rules;
  const SiteRule* For(std::string_view url) const;
};
Result<SiteRules> LoadSiteRules(const std::string& path);

struct ExtractOptions {
  std::string url;           // where the page came from; "" if unknown
  std::string content_type;  // the HTTP Content-Type header, if any
  // Pages above this size are refused with kTooLarge. Default 16 MB.
  size_t max_bytes = 16000000;
  const SiteRules* rules = nullptr;  // not owned; may be null
};

// Fails (as a value) only when the input cannot be read as a page at all:
// too large, empty, binary. Pages that are not articles succeed with
// kind != kArticle and a reason.
Result<ExtractedArticle> Extract(std::string_view page,
                                 const ExtractOptions& options = {});

}  // namespace stet

#endif  // STET_EXTRACT_H_
