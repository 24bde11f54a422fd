// Text and links as feeds write them: HTML fragments to plain text, and
// links resolved to absolute http(s) URLs.
//
// Internal to the feed module. Thread-safety: pure functions, reentrant.
#ifndef STET_FEED_TEXT_H_
#define STET_FEED_TEXT_H_

#include <string>
#include <string_view>

#include "stet/result.h"

namespace stet::feed {

// Plain text for a field that is already text: C1 control characters that
// stand for Windows-1252 punctuation (U+0092 -> U+2019, as old feeds write
// &#146;) are mapped, other control characters dropped, whitespace
// collapsed and invalid UTF-8 replaced.
std::string CleanText(std::string_view s);

// Plain text of an HTML fragment (an RSS description, an Atom summary of
// type "html"): tags removed (block-level ones leave a space), comments,
// scripts and styles dropped, character references and HTML named entities
// decoded, then CleanText(). A lone '<' that starts no tag is kept as text.
// Linear time; never recurses, so any nesting depth is safe.
std::string HtmlToText(std::string_view html);

// True for HTML elements that do not break a line of text ("a", "em",
// "span"...): their neighbours' words run on. Other tags leave a space, so
// "<p>a</p><p>b</p>" reads "a b".
bool IsInlineHtml(std::string_view lower_case_name);

// Appends the UTF-8 for the HTML named entity `name` ("eacute", no '&' or
// ';') and returns true, or returns false if there is no such entity.
bool AppendNamedEntity(std::string_view name, std::string* out);

// `s` cut to at most `max_bytes` on a character boundary, with "..." when
// cut: for quoting input in one-line messages.
std::string Clip(std::string_view s, size_t max_bytes = 80);

// Longest link accepted; longer ones are junk or an attack on whatever
// stores them.
inline constexpr size_t kMaxUrlBytes = 8192;

// Resolves `href` against `base` (either may be relative or empty; with
// stet::ResolveUrl, so links resolve as everywhere else in stet) and
// returns it if the result is an absolute http:// or https:// URL with a
// host. Line breaks and tabs inside are dropped (feeds wrap long links),
// the ends trimmed, spaces, non-ASCII and other bytes not allowed in URLs
// percent-encoded, the scheme lower-cased; not canonicalised otherwise
// (that is CanonicalUrl()'s job, with the caller's options). Fails with a
// one-line reason ("link 'javascript:void(0)' is not http or https").
Result<std::string> ResolveHttpUrl(std::string_view href,
                                   std::string_view base);

}  // namespace stet::feed

#endif  // STET_FEED_TEXT_H_
