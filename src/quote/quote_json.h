// JSON form of stored quotations (schema: docs/api.md, "Quotations").
//
// Internal to the core library: `stet quotes --json` prints these objects
// and the API serves them with links added. Field names are a stable
// interface; add, never rename.
//
// Thread-safety: pure functions.
#ifndef STET_QUOTE_QUOTE_JSON_H_
#define STET_QUOTE_QUOTE_JSON_H_

#include <nlohmann/json.hpp>

#include "stet/quote.h"
#include "stet/store.h"

namespace stet {

nlohmann::json StoredQuoteToJson(const StoredQuote& q);
// [{"speaker", "person", "outlets", "tellings": [StoredQuoteToJson...]}].
nlohmann::json QuoteVariantsToJson(const std::vector<QuoteVariants>& groups);

}  // namespace stet

#endif  // STET_QUOTE_QUOTE_JSON_H_
