// libFuzzer target: search queries. The input's first line is a query, the
// rest a passage. Whatever a user types must parse to words or be refused
// as InvalidArgument, never reach SQLite's FTS5 as syntax (an FTS5 error
// would come back as another code), and marks must lie inside the passage,
// in order, without overlapping.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "stet/store.h"
#include "stet/text.h"
#include "store/search.h"

#define CHECK(cond) \
  if (!(cond)) std::abort()

namespace {

stet::Store* IndexedStore() {
  static stet::Store* store = [] {
    auto s = stet::OpenSqliteStore(":memory:");
    CHECK(s.ok());
    stet::Observation o;
    o.url = "https://example.com/a";
    o.source = "example";
    o.seen_at = 1;
    o.text.headline = "Johnson meets Lavrov in Moscow";
    o.text.paragraphs = {"“Not successfully,” Johnson said; 3.5% of 1,000.",
                         "Café Zürich, Straße: don’t near(a b) OR c*"};
    CHECK((*s)->Record(o).ok());
    CHECK((*s)->UpdateSearchIndex().ok());
    return s->release();
  }();
  return store;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string in(reinterpret_cast<const char*>(data), size);
  const size_t nl = in.find('\n');
  const std::string query = stet::text::SanitizeUtf8(in.substr(0, nl));
  const std::string passage = stet::text::SanitizeUtf8(
      nl == std::string::npos ? std::string() : in.substr(nl + 1));

  auto terms = stet::search::ParseQuery(query);
  stet::SearchQuery q;
  q.text = query;
  auto r = IndexedStore()->Search(q);
  CHECK(r.ok() == terms.ok());
  if (!r.ok()) {
    CHECK(r.status().code() == stet::ErrorCode::kInvalidArgument);
    return 0;
  }
  for (const stet::SearchHit& h : r->hits)
    for (const stet::text::Span& m : h.marks) CHECK(m.end <= h.text.size());

  std::vector<stet::text::Span> marks;
  if (stet::search::MatchTerms(stet::text::SearchWords(passage), *terms,
                               &marks)) {
    CHECK(!marks.empty());
    uint32_t at = 0;
    for (const stet::text::Span& m : marks) {
      CHECK(m.begin >= at && m.end > m.begin && m.end <= passage.size());
      at = m.end + 1;  // merged: the next starts after a gap
    }
  }
  return 0;
}
