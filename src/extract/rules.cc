// Per-site extraction rules, loaded from JSON (docs/extract-rules.md).
#include <libxml/xpath.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract/body.h"
#include "extract/html.h"
#include "stet/extract.h"
#include "stet/url.h"

namespace stet {
namespace {

// Host of a URL as rules name it: lower case, without "www.".
std::string HostOf(std::string_view url) {
  std::string host = UrlHost(url);
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

}  // namespace

const SiteRule* SiteRules::For(std::string_view url) const {
  std::string host = HostOf(url);
  if (host.empty()) return nullptr;
  const SiteRule* best = nullptr;
  for (const SiteRule& r : rules) {
    bool match =
        host == r.domain || (host.size() > r.domain.size() &&
                             host.compare(host.size() - r.domain.size(),
                                          r.domain.size(), r.domain) == 0 &&
                             host[host.size() - r.domain.size() - 1] == '.');
    // The most specific domain wins.
    if (match && (!best || r.domain.size() > best->domain.size())) best = &r;
  }
  return best;
}

Result<SiteRules> LoadSiteRules(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFound("cannot read rules file " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  nlohmann::json j = nlohmann::json::parse(ss.str(), nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("sites") ||
      !j["sites"].is_array())
    return InvalidArgument(path +
                           ": expected {\"sites\": [{\"domain\": ..., "
                           "\"body\": [...], \"drop\": [...]}]}");
  SiteRules out;
  int n = 0;
  for (const auto& s : j["sites"]) {
    ++n;
    std::string where = path + ": site " + std::to_string(n);
    if (!s.is_object() || !s.contains("domain") || !s["domain"].is_string())
      return InvalidArgument(where + " needs a \"domain\" string");
    SiteRule r;
    r.domain = s["domain"].get<std::string>();
    for (char& c : r.domain)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (r.domain.rfind("www.", 0) == 0) r.domain = r.domain.substr(4);
    for (const char* key : {"body", "drop"}) {
      if (!s.contains(key)) continue;
      if (!s[key].is_array())
        return InvalidArgument(where + ": \"" + key +
                               "\" must be a list of selectors");
      for (const auto& sel : s[key]) {
        if (!sel.is_string() || sel.get<std::string>().empty())
          return InvalidArgument(where +
                                 ": selectors must be non-empty strings");
        // A selector that does not compile would silently match nothing.
        extract::SilenceLibxml();
        std::string xp = extract::SelectorToXPath(sel.get<std::string>());
        xmlXPathCompExprPtr comp = xmlXPathCompile(BAD_CAST xp.c_str());
        if (!comp)
          return InvalidArgument(where + ": cannot read selector '" +
                                 sel.get<std::string>() + "'");
        xmlXPathFreeCompExpr(comp);
        (std::string(key) == "body" ? r.body : r.drop)
            .push_back(sel.get<std::string>());
      }
    }
    out.rules.push_back(std::move(r));
  }
  return out;
}

}  // namespace stet
