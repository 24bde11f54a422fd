// libFuzzer target: the text module on arbitrary bytes. Checks the
// documented invariants, not just the absence of crashes.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "stet/text.h"

#define CHECK(cond) \
  if (!(cond)) std::abort()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  using namespace stet::text;

  std::string clean = SanitizeUtf8(in);
  CHECK(IsValidUtf8(clean));
  CHECK(!IsValidUtf8(in) || clean == in);
  CHECK(IsValidUtf8(Normalize(in)));
  CHECK(IsValidUtf8(Fold(in)));

  // Tokens cover the input exactly, in order.
  uint32_t pos = 0;
  for (const Token& t : Tokenize(clean)) {
    CHECK(t.begin == pos && t.end > t.begin);
    pos = t.end;
  }
  CHECK(pos == clean.size());

  // Sentences are in order, non-empty, inside the paragraph.
  for (const std::string& p : SplitParagraphs(clean)) {
    CHECK(!p.empty());
    uint32_t last = 0;
    for (const Span& s : SplitSentences(p)) {
      CHECK(s.begin >= last && s.end > s.begin && s.end <= p.size());
      last = s.end;
    }
  }
  std::vector<uint64_t> hashes;
  FoldedWordHashes(clean, &hashes);
  CHECK(hashes.size() == FoldedWords(clean).size());
  return 0;
}
