// Decoding a page's bytes to UTF-8.
//
// Order of evidence: a byte-order mark, the HTTP Content-Type charset, a
// <meta charset> or <meta http-equiv=Content-Type> in the first 4 KB, then
// detection (uchardet) when none is given or the declared one does not
// decode. Output is always valid UTF-8 (anything undecodable becomes
// U+FFFD).
//
// Thread-safety: reentrant.
#ifndef STET_EXTRACT_CHARSET_H_
#define STET_EXTRACT_CHARSET_H_

#include <string>
#include <string_view>

namespace stet::extract {

struct Decoded {
  std::string utf8;
  std::string charset;  // what was used, lower-case ("utf-8", "windows-1252")
};

// The charset named in a Content-Type header value ("text/html;
// charset=ISO-8859-1" -> "iso-8859-1"), or "".
std::string CharsetFromContentType(std::string_view content_type);

Decoded DecodeToUtf8(std::string_view bytes, std::string_view content_type);

}  // namespace stet::extract

#endif  // STET_EXTRACT_CHARSET_H_
