// libFuzzer target: quotations. Any bytes, valid UTF-8 or not: every
// quotation found lies inside the text, in order and apart from the next,
// is the text it says it is, and has a speaker only when it is speech;
// comparing and grouping quotations stays in range.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "stet/quote.h"

#define CHECK(cond) \
  if (!(cond)) std::abort()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string in(reinterpret_cast<const char*>(data), size);
  const std::vector<stet::Quote> quotes = stet::ExtractQuotes(in);
  size_t last_end = 0;
  for (const stet::Quote& q : quotes) {
    CHECK(q.begin < q.end && q.end <= in.size());
    CHECK(q.begin >= last_end);
    last_end = q.end;
    CHECK(q.text == in.substr(q.begin, q.end - q.begin));
    if (q.kind == stet::QuoteKind::kOther) CHECK(q.speaker.empty());
  }
  std::vector<const stet::Quote*> ptrs;
  for (const stet::Quote& q : quotes) ptrs.push_back(&q);
  const std::vector<size_t> groups = stet::GroupQuoteVariants(ptrs);
  CHECK(groups.size() == quotes.size());
  for (size_t i = 0; i < groups.size(); ++i) CHECK(groups[i] <= i);
  if (quotes.size() >= 2) {
    const double s = stet::QuoteSimilarity(quotes[0].text, quotes[1].text);
    CHECK(s >= 0 && s <= 1);
  }
  // The text split in two as two versions of an article.
  stet::VersionText a, b;
  a.paragraphs = {in.substr(0, in.size() / 2)};
  b.paragraphs = {in.substr(in.size() / 2)};
  for (const stet::QuoteChange& c : stet::CompareQuotes(a, b))
    CHECK(c.kind != stet::QuoteChange::Kind::kReworded ||
          c.before.text != c.after.text);
  return 0;
}
