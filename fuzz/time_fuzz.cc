// libFuzzer target: ISO 8601 and loose date parsing and the stored-body decoder.
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
  // Loose (page and feed) dates: the zone kept round-trips.
  auto z = stet::ParseLooseTime(in);
  if (z.ok() && z->utc > -62135596800 && z->utc < 253402300800) {
    auto again = stet::ParseZonedTime(stet::FormatZonedTime(*z));
    CHECK(again.ok() && again->utc == z->utc);
  }
  // Damaged bodies are errors, never crashes.
  (void)stet::codec::Decode(in, "");
  (void)stet::codec::Decode(in, "some prefix text");
  return 0;
}
