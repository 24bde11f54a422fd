#include "store/codec.h"

#include <gtest/gtest.h>

namespace stet::codec {
namespace {

TEST(CodecTest, RoundTripsPlainAndDelta) {
  std::string base(5000, 'x');
  for (size_t i = 0; i < base.size(); i += 7) base[i] = char('a' + i % 26);
  std::string edited = base;
  edited.replace(2000, 10, "an edit in the middle");
  for (const std::string& prefix : {std::string(), base}) {
    std::string blob = Encode(edited, prefix);
    EXPECT_EQ(NeedsPrefix(blob), !prefix.empty());
    auto back = Decode(blob, prefix);
    ASSERT_TRUE(back.ok()) << back.status().message();
    EXPECT_EQ(*back, edited);
  }
  EXPECT_LT(Encode(edited, base).size(), Encode(edited, "").size());
}

TEST(CodecTest, DamagedBlobsAreErrorsNotCrashes) {
  std::string blob = Encode("some body text that is long enough", "");
  for (std::string bad : {std::string(), std::string("q"), std::string("z"),
                          blob.substr(0, blob.size() / 2)}) {
    auto r = Decode(bad, "");
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), ErrorCode::kCorrupt);
  }
  std::string flipped = blob;
  flipped[flipped.size() - 2] ^= 0x55;
  EXPECT_FALSE(Decode(flipped, "").ok());
  EXPECT_FALSE(Decode(Encode("abc", "prefix"), "").ok());
}

TEST(CodecTest, BodyJoinsAndSplitsParagraphs) {
  std::vector<std::string> p = {"One.", "Two two.", "Three"};
  EXPECT_EQ(SplitBody(JoinBody(p)), p);
  EXPECT_TRUE(SplitBody("").empty());
}

}  // namespace
}  // namespace stet::codec
