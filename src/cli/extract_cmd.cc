// `stet extract`: a page in, its article out.
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/cli.h"
#include "stet/extract.h"
#include "stet/time.h"

namespace stet::cli {
namespace {

using nlohmann::json;

std::string TimeText(const std::optional<PageTime>& t) {
  return t ? FormatZonedTime(*t) : "";
}

Result<int> ExtractCmd(Context& ctx) {
  if (ctx.args.positional.size() != 1)
    return InvalidArgument(
        "'stet extract' needs one HTML file, or '-' for standard input");
  const std::string& path = ctx.args.positional[0];
  STET_ASSIGN_OR_RETURN(std::string page, ReadInput(path));
  ExtractOptions opt;
  opt.url = ctx.args.Get("url");
  opt.content_type = ctx.args.Get("content-type");
  STET_ASSIGN_OR_RETURN(int mb, ctx.args.GetInt("max-mb", 16));
  if (mb < 1) return InvalidArgument("--max-mb must be at least 1");
  opt.max_bytes = static_cast<size_t>(mb) * 1000 * 1000;
  SiteRules rules;
  if (ctx.args.Has("rules")) {
    STET_ASSIGN_OR_RETURN(rules, LoadSiteRules(ctx.args.Get("rules")));
    opt.rules = &rules;
  }
  STET_ASSIGN_OR_RETURN(ExtractedArticle a, Extract(page, opt));
  const PageMetadata& m = a.meta;
  if (ctx.json) {
    json blocks = json::array();
    for (const Block& b : a.blocks)
      blocks.push_back({{"kind", BlockKindName(b.kind)}, {"text", b.text}});
    json j = {{"kind", PageKindName(a.kind)},
              {"reason", a.reason},
              {"headline", m.headline},
              {"bylines", m.bylines},
              {"published", TimeText(m.published)},
              {"modified", TimeText(m.modified)},
              {"language", m.language},
              {"canonical_url", m.canonical_url},
              {"site_name", m.site_name},
              {"description", m.description},
              {"charset", a.charset},
              {"extractor_version", a.extractor_version},
              {"blocks", blocks}};
    Print(ctx, j.dump(2) + "\n");
  } else {
    std::string out = m.headline + "\n";
    auto line = [&](const char* k, const std::string& v) {
      if (!v.empty()) out += fmt::format("{:<10} {}\n", k, v);
    };
    std::string bylines;
    for (size_t i = 0; i < m.bylines.size(); ++i)
      bylines += (i ? ", " : "") + m.bylines[i];
    line("byline", bylines);
    line("published", TimeText(m.published));
    line("modified", TimeText(m.modified));
    line("language", m.language);
    line("site", m.site_name);
    line("url", m.canonical_url);
    for (const Block& b : a.blocks) {
      out += "\n";
      if (b.kind == BlockKind::kHeading) out += "## ";
      if (b.kind == BlockKind::kListItem) out += "- ";
      if (b.kind == BlockKind::kQuote) out += "> ";
      out += b.text + "\n";
    }
    Print(ctx, out);
  }
  if (a.kind != PageKind::kArticle)
    return Status(ErrorCode::kNotFound, "not an article: " + a.reason);
  return 0;
}

}  // namespace

Result<std::string> ReadInput(const std::string& path) {
  std::stringstream ss;
  if (path == "-") {
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(path + ": no such file or not readable");
  ss << in.rdbuf();
  return ss.str();
}

Command ExtractCommand() {
  return {"extract",
          "<file|->",
          "print the article in an HTML page (text or --json)",
          {{"url", "URL",
            "the page's address, for relative links and site rules (default: "
            "none)"},
           {"content-type", "VALUE",
            "the HTTP Content-Type, for its charset (default: none)"},
           {"rules", "FILE",
            "per-site rules, JSON (default: none; see docs/extract-rules.md)"},
           {"max-mb", "N", "largest page accepted, in MB (default 16)"}},
          ExtractCmd};
}

}  // namespace stet::cli
