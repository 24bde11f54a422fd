#include "quote/quote_json.h"

#include "stet/time.h"

namespace stet {

nlohmann::json StoredQuoteToJson(const StoredQuote& q) {
  using nlohmann::json;
  return {{"id", q.id},
          {"text", q.text},
          {"speaker", q.speaker.empty() ? json() : json(q.speaker)},
          {"person", q.person.empty() ? json() : json(q.person)},
          {"article", q.article_id},
          {"source", q.source},
          {"url", q.url},
          {"headline", q.headline},
          {"story", q.story_id ? json(q.story_id) : json()},
          {"first_seen", FormatTime(q.first_seen)},
          {"first_version", q.first_version},
          {"last_version", q.last_version},
          {"dropped", q.last_version < q.versions}};
}

}  // namespace stet
