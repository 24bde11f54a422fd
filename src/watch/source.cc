#include "watch/source.h"

#include <nlohmann/json.hpp>
#include <regex>

#include "stet/text.h"
#include "stet/url.h"

namespace stet::watch {
namespace {

using nlohmann::json;

// An address a shared instance must not be pointed at without an explicit
// option. Host names are checked again after DNS, when fetching.
bool PrivateHost(std::string_view url) {
  std::string host = UrlHost(url);
  if (host == "localhost" || host.ends_with(".localhost")) return true;
  AddressKind k = ClassifyAddress(host);
  return k != AddressKind::kPublic && k != AddressKind::kNotAnAddress;
}

Status CanonicalList(std::vector<std::string>* urls, bool allow_private,
                     const char* what) {
  for (std::string& u : *urls) {
    Result<std::string> c = CanonicalUrl(u);
    if (!c.ok())
      return InvalidArgument(std::string(what) + ": " + c.status().message());
    if (!allow_private && PrivateHost(*c))
      return Status(
          ErrorCode::kDenied,
          std::string(what) + " '" + *c +
              "' is on a private or loopback address; " +
              "add the source with --allow-private if that is intended");
    u = *std::move(c);
  }
  std::sort(urls->begin(), urls->end());
  urls->erase(std::unique(urls->begin(), urls->end()), urls->end());
  return Status::Ok();
}

bool Matches(const std::string& pattern, std::string_view url) {
  try {
    return std::regex_search(url.begin(), url.end(), std::regex(pattern));
  } catch (const std::regex_error&) {
    return false;  // validated at load; a bad pattern matches nothing
  }
}

}  // namespace

Result<SourceSpec> ValidateSourceSpec(SourceSpec spec) {
  STET_RETURN_IF_ERROR(CanonicalList(&spec.feeds, spec.allow_private, "feed"));
  STET_RETURN_IF_ERROR(
      CanonicalList(&spec.sitemaps, spec.allow_private, "sitemap"));
  STET_RETURN_IF_ERROR(CanonicalList(&spec.urls, spec.allow_private, "URL"));
  if (spec.feeds.empty() && spec.sitemaps.empty() && spec.urls.empty())
    return InvalidArgument(
        "a source needs at least one --feed, --sitemap or --url");
  for (const auto* list : {&spec.include, &spec.exclude}) {
    for (const std::string& p : *list) {
      try {
        std::regex re(p);
      } catch (const std::regex_error& e) {
        return InvalidArgument("pattern '" + p +
                               "' is not a valid regular expression");
      }
    }
  }
  const ScheduleConfig& s = spec.schedule;
  if (s.after_change < 60 || s.feed_interval < 60)
    return InvalidArgument("check intervals below one minute are not polite");
  if (s.backoff < 1.0 || s.backoff > 10.0)
    return InvalidArgument("the back-off factor must be between 1 and 10");
  if (s.max_interval < s.after_change)
    return InvalidArgument(
        "the interval limit must be at least the interval after a change");
  return spec;
}

std::string SourceSpecToJson(const SourceSpec& spec) {
  const ScheduleConfig& s = spec.schedule;
  json j = {{"feeds", spec.feeds},
            {"sitemaps", spec.sitemaps},
            {"urls", spec.urls},
            {"include", spec.include},
            {"exclude", spec.exclude},
            {"robots", spec.robots},
            {"allow_private", spec.allow_private},
            {"schedule",
             {{"after_change", s.after_change},
              {"backoff", s.backoff},
              {"max_interval", s.max_interval},
              {"feed_interval", s.feed_interval},
              {"removed_interval", s.removed_interval}}}};
  return j.dump();
}

Result<SourceSpec> SourceSpecFromJson(std::string_view text) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object())
    return Corrupt("a source's configuration is not a JSON object");
  SourceSpec spec;
  auto strings = [&](const char* key, std::vector<std::string>* out) -> Status {
    if (!j.contains(key)) return Status::Ok();
    const json& v = j[key];
    if (!v.is_array())
      return Corrupt(std::string("source configuration: '") + key +
                     "' is not a list");
    for (const json& e : v) {
      if (!e.is_string())
        return Corrupt(std::string("source configuration: '") + key +
                       "' has a non-string");
      out->push_back(e.get<std::string>());
    }
    return Status::Ok();
  };
  STET_RETURN_IF_ERROR(strings("feeds", &spec.feeds));
  STET_RETURN_IF_ERROR(strings("sitemaps", &spec.sitemaps));
  STET_RETURN_IF_ERROR(strings("urls", &spec.urls));
  STET_RETURN_IF_ERROR(strings("include", &spec.include));
  STET_RETURN_IF_ERROR(strings("exclude", &spec.exclude));
  if (j.contains("robots") && j["robots"].is_boolean())
    spec.robots = j["robots"].get<bool>();
  if (j.contains("allow_private") && j["allow_private"].is_boolean())
    spec.allow_private = j["allow_private"].get<bool>();
  if (j.contains("schedule") && j["schedule"].is_object()) {
    const json& s = j["schedule"];
    auto num = [&](const char* key, auto* out) {
      if (s.contains(key) && s[key].is_number())
        *out = s[key].get<std::decay_t<decltype(*out)>>();
    };
    num("after_change", &spec.schedule.after_change);
    num("backoff", &spec.schedule.backoff);
    num("max_interval", &spec.schedule.max_interval);
    num("feed_interval", &spec.schedule.feed_interval);
    num("removed_interval", &spec.schedule.removed_interval);
  }
  return spec;
}

bool FollowsUrl(const SourceSpec& spec, std::string_view url) {
  if (!spec.include.empty()) {
    bool any = false;
    for (const std::string& p : spec.include) any = any || Matches(p, url);
    if (!any) return false;
  }
  for (const std::string& p : spec.exclude)
    if (Matches(p, url)) return false;
  return true;
}

Result<int64_t> AddSource(Store& store, std::string_view name,
                          const SourceSpec& given, Timestamp now) {
  if (name.empty() || name.size() > 64 ||
      name.find_first_of(" \t\n/\\\"'") != std::string_view::npos)
    return InvalidArgument(
        "a source name is a short word without spaces or slashes ('guardian')");
  STET_ASSIGN_OR_RETURN(SourceSpec spec, ValidateSourceSpec(given));
  STET_ASSIGN_OR_RETURN(int64_t id,
                        store.SaveSource(name, SourceSpecToJson(spec), now));
  std::vector<Scheduled> rows;
  for (const std::string& u : spec.feeds)
    rows.push_back(
        FirstSchedule(u, id, ScheduleKind::kFeed, now, spec.schedule));
  for (const std::string& u : spec.sitemaps)
    rows.push_back(
        FirstSchedule(u, id, ScheduleKind::kSitemap, now, spec.schedule));
  for (const std::string& u : spec.urls)
    rows.push_back(
        FirstSchedule(u, id, ScheduleKind::kArticle, now, spec.schedule));
  STET_RETURN_IF_ERROR(store.Schedule(rows).status());
  return id;
}

}  // namespace stet::watch
