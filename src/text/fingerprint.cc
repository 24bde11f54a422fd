// ContentFingerprint().
#include <xxhash.h>

#include <string>
#include <string_view>
#include <vector>

#include "stet/text.h"

namespace stet::text {
namespace {

// Separators cannot occur inside a word: Normalize() removes control
// characters and words hold only letters, digits, marks and digit
// separators.
constexpr char kWordEnd = '\x1f';
constexpr char kFieldEnd = '\x1e';

void AppendWords(std::string_view s, std::string* buf) {
  const std::string n = Normalize(s);
  for (const Token& t : Tokenize(n)) {
    if (t.kind != TokenKind::kWord) continue;
    buf->append(n, t.begin, t.end - t.begin);
    buf->push_back(kWordEnd);
  }
}

}  // namespace

uint64_t ContentFingerprint(std::string_view headline, std::string_view byline,
                            const std::vector<std::string>& paragraphs) {
  std::string buf;
  size_t total = headline.size() + byline.size();
  for (const std::string& p : paragraphs) total += p.size();
  buf.reserve(total + 16);
  // Field ends keep a word moving between headline, byline and body a
  // change; the body is one word sequence so paragraph breaks are not.
  AppendWords(headline, &buf);
  buf.push_back(kFieldEnd);
  AppendWords(byline, &buf);
  buf.push_back(kFieldEnd);
  for (const std::string& p : paragraphs) AppendWords(p, &buf);
  return XXH3_64bits(buf.data(), buf.size());
}

}  // namespace stet::text
