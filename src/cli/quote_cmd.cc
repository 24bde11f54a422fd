// stet quotes: who said what, from the command line.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "quote/quote_json.h"
#include "stet/quote.h"
#include "stet/time.h"

namespace stet::cli {
namespace {

Result<int> Quotes(Context& ctx) {
  QuoteFilter f;
  f.person = PersonKey(ctx.args.Get("person"));
  if (ctx.args.Has("person") && f.person.empty())
    return InvalidArgument("--person needs a name: --person Johnson");
  f.source = ctx.args.Get("source");
  STET_ASSIGN_OR_RETURN(int story, ctx.args.GetInt("story", 0));
  f.story_id = story;
  STET_ASSIGN_OR_RETURN(f.since, TimeOption(ctx, "since"));
  STET_ASSIGN_OR_RETURN(f.until, TimeOption(ctx, "until"));
  f.dropped_only = ctx.args.Has("dropped");
  STET_ASSIGN_OR_RETURN(f.limit, ctx.args.GetInt("limit", 20));
  STET_ASSIGN_OR_RETURN(f.offset, ctx.args.GetInt("offset", 0));
  if (f.limit < 1 || f.limit > 1000 || f.offset < 0 || story < 0)
    return InvalidArgument(
        "--limit must be from 1 to 1000, --offset and --story at least 0");
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  // Versions recorded since quotations were last read are read first.
  STET_ASSIGN_OR_RETURN(int64_t read, UpdateQuotes(*store));
  if (read > 0 && !ctx.json)
    std::fprintf(stderr, "stet: read %lld new versions for quotations\n",
                 static_cast<long long>(read));
  STET_ASSIGN_OR_RETURN(std::vector<StoredQuote> quotes, store->ListQuotes(f));
  if (ctx.json) {
    nlohmann::json list = nlohmann::json::array();
    for (const StoredQuote& q : quotes) list.push_back(StoredQuoteToJson(q));
    PrintJson(ctx,
              {{"quotes", list}, {"limit", f.limit}, {"offset", f.offset}});
    return 0;
  }
  if (quotes.empty()) {
    Print(ctx, "no quotations\n");
    return 0;
  }
  std::string out;
  for (const StoredQuote& q : quotes) {
    out += fmt::format("{} {:<10} article {:<5} {}:\n  \u201c{}\u201d\n",
                       FormatTime(q.first_seen), q.source, q.article_id,
                       q.speaker.empty() ? "(speaker unknown)" : q.speaker,
                       q.text);
    if (q.first_version > 1 || q.last_version < q.versions)
      out += fmt::format("  (in versions {} to {} of {}{})\n", q.first_version,
                         q.last_version, q.versions,
                         q.last_version < q.versions ? ": dropped" : "");
  }
  if (static_cast<int>(quotes.size()) == f.limit)
    out += fmt::format("(more with --offset {})\n", f.offset + f.limit);
  Print(ctx, out);
  return 0;
}

}  // namespace

Command QuotesCommand() {
  return {"quotes",
          "",
          "quotations: who said what, in which articles and versions",
          {{"person", "NAME",
            "only this person's (\"Johnson\" finds Boris Johnson; default: "
            "everyone)"},
           {"story", "ID", "only quotations in this story (default: all)"},
           {"source", "NAME", "only this source's (default: all)"},
           {"since", "TIME", "only those first seen at or after TIME"},
           {"until", "TIME", "only those first seen before TIME"},
           {"dropped", "", "only quotations a later version dropped"},
           {"limit", "N", "show at most N (default 20)"},
           {"offset", "N", "skip the first N (default 0)"}},
          Quotes};
}

}  // namespace stet::cli
