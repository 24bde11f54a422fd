// Body encoding: paragraphs joined by '\n', zstd-compressed, optionally with
// an earlier text of the same article as the compression prefix, so a new
// version that repeats most of an old one costs little more than its edits.
//
// Thread-safety: functions use thread-local compression contexts.
#ifndef STET_STORE_CODEC_H_
#define STET_STORE_CODEC_H_

#include <string>
#include <string_view>
#include <vector>

#include "stet/result.h"

namespace stet::codec {

std::string JoinBody(const std::vector<std::string>& paragraphs);
std::vector<std::string> SplitBody(std::string_view raw);

// Encodes `raw`; with a non-empty `prefix`, as a delta against it.
std::string Encode(std::string_view raw, std::string_view prefix);
// Decodes a blob made by Encode() with the same prefix.
Result<std::string> Decode(std::string_view blob, std::string_view prefix);
// True when the blob needs a prefix to decode.
bool NeedsPrefix(std::string_view blob);

}  // namespace stet::codec

#endif  // STET_STORE_CODEC_H_
