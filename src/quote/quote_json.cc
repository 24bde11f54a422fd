#include "quote/quote_json.h"

#include <cmath>

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

nlohmann::json QuoteVariantsToJson(const std::vector<QuoteVariants>& groups) {
  using nlohmann::json;
  json out = json::array();
  for (const QuoteVariants& g : groups) {
    json tellings = json::array();
    for (size_t k = 0; k < g.tellings.size(); ++k) {
      json t = StoredQuoteToJson(*g.tellings[k]);
      t["similarity"] = std::round(g.similarity[k] * 1000) / 1000;
      tellings.push_back(std::move(t));
    }
    out.push_back({{"speaker", g.speaker.empty() ? json() : json(g.speaker)},
                   {"person", g.person.empty() ? json() : json(g.person)},
                   {"outlets", g.outlets},
                   {"tellings", tellings}});
  }
  return out;
}

}  // namespace stet
