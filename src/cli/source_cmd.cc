// `stet source add` and `stet sources`: what the watcher follows.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "stet/feed.h"
#include "watch/source.h"

namespace stet::cli {
namespace {

using nlohmann::json;

Result<int> SourceAdd(Context& ctx) {
  if (!ctx.args.positional.empty() && ctx.args.positional[0] != "add") {
    std::string near = Nearest(ctx.args.positional[0], {"add"});
    return InvalidArgument(
        "unknown action 'source " + ctx.args.positional[0] + "'" +
        (near.empty() ? "" : " (did you mean 'source " + near + "'?)"));
  }
  if (ctx.args.positional.size() != 2)
    return InvalidArgument(
        "usage: stet source add <name> --feed URL [--sitemap URL] [--url URL]");
  const std::string& name = ctx.args.positional[1];
  watch::SourceSpec spec;
  spec.feeds = ctx.args.GetAll("feed");
  // A feed reader's subscription list: every feed in it joins this source.
  for (const std::string& path : ctx.args.GetAll("opml")) {
    STET_ASSIGN_OR_RETURN(std::string bytes, ReadInput(path));
    Result<std::vector<OpmlFeed>> feeds = ParseOpml(bytes);
    if (!feeds.ok())
      return InvalidArgument(path + ": " + feeds.status().message());
    if (feeds->empty())
      return InvalidArgument(path + ": no feeds in this OPML file");
    for (const OpmlFeed& f : *feeds) spec.feeds.push_back(f.xml_url);
  }
  spec.sitemaps = ctx.args.GetAll("sitemap");
  spec.urls = ctx.args.GetAll("url");
  spec.include = ctx.args.GetAll("include");
  spec.exclude = ctx.args.GetAll("exclude");
  spec.robots = !ctx.args.Has("no-robots");
  spec.allow_private = ctx.args.Has("allow-private");
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  STET_ASSIGN_OR_RETURN(int64_t id,
                        watch::AddSource(*store, name, spec, ctx.clock->Now()));
  STET_ASSIGN_OR_RETURN(std::string config, store->SourceConfig(id));
  STET_ASSIGN_OR_RETURN(watch::SourceSpec saved,
                        watch::SourceSpecFromJson(config));
  if (ctx.json) {
    Print(ctx, json{{"id", id}, {"name", name}, {"config", json::parse(config)}}
                       .dump(2) +
                   "\n");
    return 0;
  }
  Print(ctx, fmt::format("source {} ({}): {} feeds, {} sitemaps, {} URLs; "
                         "'stet watch' follows "
                         "them\n",
                         name, id, saved.feeds.size(), saved.sitemaps.size(),
                         saved.urls.size()));
  return 0;
}

Result<int> Sources(Context& ctx) {
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  STET_ASSIGN_OR_RETURN(std::vector<Source> sources, store->ListSources());
  json list = json::array();
  std::string out;
  for (const Source& s : sources) {
    STET_ASSIGN_OR_RETURN(std::string config, store->SourceConfig(s.id));
    STET_ASSIGN_OR_RETURN(watch::SourceSpec spec,
                          watch::SourceSpecFromJson(config));
    list.push_back(
        {{"id", s.id}, {"name", s.name}, {"config", json::parse(config)}});
    out +=
        fmt::format("{:>4}  {:<16}  {} feeds, {} sitemaps, {} URLs{}{}\n", s.id,
                    s.name, spec.feeds.size(), spec.sitemaps.size(),
                    spec.urls.size(), spec.robots ? "" : ", robots.txt ignored",
                    spec.allow_private ? ", private addresses allowed" : "");
    for (const auto* l : {&spec.feeds, &spec.sitemaps, &spec.urls})
      for (const std::string& u : *l) out += "        " + u + "\n";
  }
  if (ctx.json) {
    Print(ctx, json{{"sources", list}}.dump(2) + "\n");
  } else if (sources.empty()) {
    Print(ctx,
          "no sources yet; add one with 'stet source add <name> --feed URL'\n");
  } else {
    Print(ctx, out);
  }
  return 0;
}

}  // namespace

Command SourceCommand() {
  return {
      "source",
      "add <name>",
      "follow an outlet through its feeds, sitemaps or single URLs",
      {{"feed", "URL",
        "an RSS, Atom or JSON feed; repeat for more (default: none)"},
       {"opml", "FILE",
        "add every feed of an OPML subscription list; repeatable (default: "
        "none)"},
       {"sitemap", "URL",
        "a news sitemap or sitemap index; repeatable (default: none)"},
       {"url", "URL", "a single article to follow; repeatable (default: none)"},
       {"include", "REGEX",
        "follow only article URLs matching; repeatable (default: all)"},
       {"exclude", "REGEX",
        "skip article URLs matching, e.g. /live/; repeatable (default: none)"},
       {"no-robots", "",
        "ignore robots.txt for this source (default: honour it)"},
       {"allow-private", "",
        "allow loopback and private addresses (default: refuse)"}},
      SourceAdd};
}

Command SourcesCommand() {
  return {"sources",
          "",
          "list the sources and what they are followed through",
          {},
          Sources};
}

}  // namespace stet::cli
