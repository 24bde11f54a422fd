// Keeping a store's quotations up to date (see UpdateQuotes in
// stet/quote.h).
#include <algorithm>
#include <set>

#include "stet/quote.h"

namespace stet {

namespace {
constexpr int kBatch = 200;  // versions read at once
}  // namespace

std::vector<StoredQuote> QuotesToStore(const VersionText& text) {
  std::vector<StoredQuote> out;
  std::set<std::string> seen;
  for (Quote& q : ExtractQuotes(text)) {
    if (q.kind != QuoteKind::kSpeech || !seen.insert(q.text).second) continue;
    StoredQuote s;
    s.person = PersonKey(q.speaker);
    s.speaker = std::move(q.speaker);
    s.text = std::move(q.text);
    out.push_back(std::move(s));
  }
  return out;
}

Result<StoryQuotes> ListStoryQuotes(Store& store, int64_t story_id, int limit) {
  QuoteFilter f;
  f.story_id = story_id;
  f.limit = limit;
  StoryQuotes out;
  STET_ASSIGN_OR_RETURN(out.quotes, store.ListQuotes(f));
  out.groups = GroupStoryQuotes(out.quotes);
  return out;
}

Result<int64_t> UpdateQuotes(Store& store, int64_t max_versions) {
  STET_ASSIGN_OR_RETURN(int reader, store.QuoteReader());
  if (reader != kQuoteReaderVersion)
    STET_RETURN_IF_ERROR(store.ResetQuotes(kQuoteReaderVersion));
  int64_t read = 0;
  while (read < max_versions) {
    const auto want =
        static_cast<int>(std::min<int64_t>(kBatch, max_versions - read));
    STET_ASSIGN_OR_RETURN(std::vector<QuoteWork> batch,
                          store.VersionsToQuote(want));
    if (batch.empty()) break;
    for (const QuoteWork& w : batch) {
      STET_ASSIGN_OR_RETURN(Version v,
                            store.LoadVersion(w.article_id, w.number));
      STET_RETURN_IF_ERROR(store.SaveQuotes(w, QuotesToStore(v.text)));
      ++read;
    }
  }
  return read;
}

}  // namespace stet
