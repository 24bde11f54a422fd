// libFuzzer target: URL canonicalisation and resolution. A canonical URL
// is a fixed point: canonicalising it again changes nothing.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "stet/text.h"
#include "stet/url.h"

#define CHECK(cond) \
  if (!(cond)) std::abort()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto c = stet::CanonicalUrl(in);
  if (c.ok()) {
    CHECK(c->starts_with("http://") || c->starts_with("https://"));
    CHECK(stet::text::IsValidUtf8(*c));
    auto again = stet::CanonicalUrl(*c);
    CHECK(again.ok() && *again == *c);
  } else {
    CHECK(!c.status().message().empty());
  }
  size_t half = size / 2;
  (void)stet::ResolveUrl(in.substr(0, half), in.substr(half));
  (void)stet::ResolveUrl("https://example.com/a/b?c=d", in);
  (void)stet::ClassifyAddress(in);
  (void)stet::UrlHost(in);
  return 0;
}
