// libFuzzer target: ISO 8601 parsing and the stored-body decoder.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "stet/time.h"
#include "store/codec.h"

#define CHECK(cond) \
  if (!(cond)) std::abort()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto t = stet::ParseTime(in);
  if (t.ok() && *t > -62135596800 && *t < 253402300800) {
    // Whatever parses formats to something that parses to the same time.
    auto again = stet::ParseTime(stet::FormatTime(*t));
    CHECK(again.ok() && *again == *t);
  }
  // Damaged bodies are errors, never crashes.
  (void)stet::codec::Decode(in, "");
  (void)stet::codec::Decode(in, "some prefix text");
  return 0;
}
