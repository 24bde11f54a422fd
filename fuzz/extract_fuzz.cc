// libFuzzer target: the extractor on arbitrary bytes. Checks what
// Extract() promises: no crash, UTF-8 out, a reason for every non-article.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "stet/extract.h"
#include "stet/text.h"

#define CHECK(cond) \
  if (!(cond)) std::abort()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  stet::SiteRules rules;
  rules.rules.push_back({"example.com", {"article .text"}, {".promo", "//aside"}});
  stet::ExtractOptions opt;
  opt.url = size % 2 ? "https://www.example.com/2017/12/22/a" : "";
  opt.rules = &rules;
  opt.max_bytes = 1 << 20;
  auto a = stet::Extract(in, opt);
  if (!a.ok()) {
    CHECK(!a.status().message().empty());
    return 0;
  }
  using stet::text::IsValidUtf8;
  CHECK(a->kind == stet::PageKind::kArticle || !a->reason.empty());
  for (const stet::Block& b : a->blocks) CHECK(IsValidUtf8(b.text) && !b.text.empty());
  const stet::PageMetadata& m = a->meta;
  CHECK(IsValidUtf8(m.headline) && IsValidUtf8(m.site_name) && IsValidUtf8(m.language) &&
        IsValidUtf8(m.canonical_url) && IsValidUtf8(m.description));
  for (const std::string& b : m.bylines) CHECK(IsValidUtf8(b) && !b.empty());
  return 0;
}
