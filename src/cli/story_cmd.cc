// stet stories / stet story: coverage across outlets, from the command line.
#include <fmt/format.h>

#include <charconv>
#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "quote/quote_json.h"
#include "stet/quote.h"
#include "stet/story.h"
#include "stet/time.h"
#include "story/story_json.h"

namespace stet::cli {
namespace {

using nlohmann::json;

// Articles recorded since the stories were last brought up to date are
// grouped first, so the listing covers everything stored.
Status CatchUp(Context& ctx, Store& store) {
  StoryUpdater updater;
  STET_ASSIGN_OR_RETURN(int64_t grouped, updater.Update(store));
  if (grouped > 0 && !ctx.json)
    std::fprintf(stderr, "stet: grouped %lld new articles into stories\n",
                 static_cast<long long>(grouped));
  return Status::Ok();
}

Result<int> Stories(Context& ctx) {
  StoryFilter f;
  f.source = ctx.args.Get("source");
  STET_ASSIGN_OR_RETURN(f.min_articles, ctx.args.GetInt("min", 1));
  STET_ASSIGN_OR_RETURN(f.limit, ctx.args.GetInt("limit", 20));
  STET_ASSIGN_OR_RETURN(f.offset, ctx.args.GetInt("offset", 0));
  if (f.limit < 1 || f.limit > 1000 || f.offset < 0 || f.min_articles < 1)
    return InvalidArgument(
        "--limit must be from 1 to 1000, --offset at least 0 and --min at "
        "least 1");
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  STET_RETURN_IF_ERROR(CatchUp(ctx, *store));
  STET_ASSIGN_OR_RETURN(std::vector<StorySummary> stories,
                        store->ListStories(f));
  if (ctx.json) {
    json list = json::array();
    for (const StorySummary& s : stories) list.push_back(StorySummaryToJson(s));
    PrintJson(ctx,
              {{"stories", list}, {"limit", f.limit}, {"offset", f.offset}});
    return 0;
  }
  if (stories.empty()) {
    Print(ctx, "no stories\n");
    return 0;
  }
  std::string out;
  for (const StorySummary& s : stories)
    out += fmt::format("story {:<5} {} {:>3} article{} from {} outlet{}  {}\n",
                       s.id, FormatTime(s.first_seen), s.articles,
                       s.articles == 1 ? " " : "s", s.sources,
                       s.sources == 1 ? " " : "s", s.headline);
  if (static_cast<int>(stories.size()) == f.limit)
    out += fmt::format("(more with --offset {})\n", f.offset + f.limit);
  Print(ctx, out);
  return 0;
}

// A word diff as text: [-removed-]{+added+}.
std::string Words(const std::vector<WordSegment>& words) {
  std::string s;
  for (const WordSegment& w : words) {
    if (w.op == WordOp::kEqual) s += w.text;
    if (w.op == WordOp::kDelete) s += "[-" + w.text + "-]";
    if (w.op == WordOp::kInsert) s += "{+" + w.text + "+}";
  }
  return s;
}

Result<int> StoryCmd(Context& ctx) {
  if (ctx.args.positional.size() != 1)
    return InvalidArgument("'stet story' needs a story id: stet story 3");
  const std::string& arg = ctx.args.positional[0];
  int64_t id = 0;
  const auto [end, ec] =
      std::from_chars(arg.data(), arg.data() + arg.size(), id);
  if (ec != std::errc() || end != arg.data() + arg.size() || id < 1) id = 0;
  if (id == 0)
    return InvalidArgument("'" + arg +
                           "' is not a story id (see stet stories)");
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  STET_RETURN_IF_ERROR(CatchUp(ctx, *store));
  STET_ASSIGN_OR_RETURN(StoryComparison c, CompareStory(*store, id));
  // Who was quoted, each utterance once.
  STET_RETURN_IF_ERROR(UpdateQuotes(*store).status());
  STET_ASSIGN_OR_RETURN(StoryQuotes quoted, ListStoryQuotes(*store, id));
  const std::vector<QuoteVariants>& said = quoted.groups;
  if (ctx.json) {
    json j = ComparisonToJson(c);
    j["quotes"] = QuoteVariantsToJson(said);
    PrintJson(ctx, j);
    return 0;
  }
  std::string out = fmt::format(
      "story {}: {}\n{} articles from {} outlets{}, {} to {}\n\nArticles "
      "(first seen, outlet, versions):\n",
      c.story.id, c.story.headline, c.story.articles, c.outlets, CopiesNote(c),
      FormatTime(c.story.first_seen), FormatTime(c.story.last_seen));
  for (const ComparedArticle& a : c.articles) {
    out +=
        fmt::format("  {} {:<10} article {:<5} v{}  {}",
                    FormatTime(a.article.first_seen), a.article.source,
                    a.article.id, a.article.version_count, a.article.headline);
    if (a.copy_of) out += fmt::format("  (a copy of article {})", a.copy_of);
    if (a.first_headline != a.article.headline && !a.first_headline.empty())
      out += fmt::format("\n      first headline: {}", a.first_headline);
    out += "\n";
  }
  const int compared_outlets = c.independent_outlets;
  auto section = [&](std::string_view title, auto keep) {
    std::string s;
    for (const Fact& f : c.facts) {
      if (!keep(f)) continue;
      auto removed = [](const FactTelling& t) {
        return t.removed ? fmt::format(" (removed in v{})", t.last_version + 1)
                         : std::string();
      };
      const FactTelling& first = f.tellings.front();
      s += fmt::format("  [{}] {}{}\n", first.source, first.text,
                       removed(first));
      for (size_t k = 1; k < f.tellings.size(); ++k)
        s += fmt::format("    {}: {}{}\n", f.tellings[k].source,
                         f.tellings[k].words.empty()
                             ? f.tellings[k].text
                             : Words(f.tellings[k].words),
                         removed(f.tellings[k]));
    }
    if (!s.empty()) out += fmt::format("\n{}:\n{}", title, s);
  };
  if (compared_outlets > 1) {
    section("Numbers or names that differ",
            [](const Fact& f) { return f.numbers_differ || f.names_differ; });
    section("Told by most outlets", [&](const Fact& f) {
      return f.outlets > 1 && 2 * f.outlets >= compared_outlets;
    });
    section("Told by some", [&](const Fact& f) {
      return f.outlets > 1 && 2 * f.outlets < compared_outlets;
    });
    section("Only one outlet", [](const Fact& f) { return f.outlets == 1; });
  }
  if (!said.empty()) {
    out += "\nWho was quoted:\n";
    for (const QuoteVariants& g : said) {
      out += fmt::format("  {} ({} outlet{})\n",
                         g.speaker.empty() ? "speaker unknown" : g.speaker,
                         g.outlets, g.outlets == 1 ? "" : "s");
      for (const StoredQuote* q : g.tellings)
        out += fmt::format(
            "    [{}] \u201c{}\u201d{}\n", q->source, q->text,
            q->last_version < q->versions
                ? fmt::format(" (dropped in v{})", q->last_version + 1)
                : "");
    }
  }
  Print(ctx, out);
  return 0;
}

}  // namespace

Command StoriesCommand() {
  return {"stories",
          "",
          "stories: the articles of several outlets that tell one event",
          {{"source", "NAME", "only stories this source told (default: all)"},
           {"min", "N", "only stories of at least N articles (default 1)"},
           {"limit", "N", "show at most N (default 20)"},
           {"offset", "N", "skip the first N (default 0)"}},
          Stories};
}

Command StoryCommand() {
  return {"story",
          "<id>",
          "how the outlets told a story: what all told, what only one did",
          {},
          StoryCmd};
}

}  // namespace stet::cli
