// HTML building blocks for stet's pages and feeds: escaping (article text is
// hostile input: every string that reaches a page goes through Escape),
// URL components, and the wording of times and changes shared by pages,
// feeds and the API.
//
// Thread-safety: pure functions.
#ifndef STET_SERVER_HTML_H_
#define STET_SERVER_HTML_H_

#include <string>
#include <string_view>
#include <vector>

#include "stet/diff.h"
#include "stet/model.h"

namespace stet::server {

// Escapes text for HTML and XML content and quoted attribute values:
// & < > " ' become character references. Invalid UTF-8 is replaced with
// U+FFFD so a page is always well-formed.
std::string Escape(std::string_view s);

// Percent-encodes everything but unreserved characters (RFC 3986), for a
// query value or a path segment.
std::string UrlEncode(std::string_view s);
// Decodes %XX and '+' (as a space); malformed escapes are kept as they are.
std::string UrlDecode(std::string_view s);

// Only http and https links are ever made clickable.
bool IsWebUrl(std::string_view url);

// One line on what a version changed: "2 sentences added, 1 edited; headline
// changed". First versions read "first version"; reverts name the version
// whose text came back.
std::string SummaryLine(const VersionInfo& v);

// Word segments as HTML: deletions in <del>, insertions in <ins>.
// `side` < 0 shows only equal and deleted text (the old side), > 0 only
// equal and inserted (the new side), 0 both (inline).
std::string WordsHtml(const std::vector<WordSegment>& words, int side);

}  // namespace stet::server

#endif  // STET_SERVER_HTML_H_
