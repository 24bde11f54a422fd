// A source as the watcher follows it: the feeds, sitemaps and single URLs
// it is read through, which article URLs to follow, and how politely.
//
// Stored in the store as JSON (Store::SaveSource), so any worker on any
// machine reads the same configuration; this module owns the format.
//
// Thread-safety: plain values; pure functions.
#ifndef STET_WATCH_SOURCE_H_
#define STET_WATCH_SOURCE_H_

#include <string>
#include <string_view>
#include <vector>

#include "stet/result.h"
#include "stet/store.h"
#include "watch/schedule.h"

namespace stet::watch {

struct SourceSpec {
  std::vector<std::string> feeds;     // RSS, Atom, JSON Feed (canonical URLs)
  std::vector<std::string> sitemaps;  // news sitemaps and sitemap indexes
  std::vector<std::string> urls;      // single articles to follow
  // ECMAScript regular expressions on article URLs: an article is followed
  // if it matches some include (or there are none) and no exclude (e.g.
  // "/live/" for live blogs, "/gallery/"). Default: none.
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  bool robots = true;          // honour robots.txt; default true
  bool allow_private = false;  // loopback/private addresses; default false
  ScheduleConfig schedule;     // defaults in schedule.h
};

// Checks and normalises a spec as given by a user: every URL canonical
// (http/https only), at least one feed, sitemap or URL, patterns that
// compile, hosts that are IP literals of private or loopback networks (or
// "localhost") refused unless allow_private. One-line errors.
Result<SourceSpec> ValidateSourceSpec(SourceSpec spec);

std::string SourceSpecToJson(const SourceSpec& spec);
Result<SourceSpec> SourceSpecFromJson(std::string_view json);

// True if an article URL passes the spec's include/exclude patterns.
bool FollowsUrl(const SourceSpec& spec, std::string_view url);

// Saves the source and schedules its feeds, sitemaps and URLs (due now).
// Adding a source again replaces its configuration; URLs already
// scheduled keep their schedule. Returns the source id.
Result<int64_t> AddSource(Store& store, std::string_view name,
                          const SourceSpec& spec, Timestamp now);

}  // namespace stet::watch

#endif  // STET_WATCH_SOURCE_H_
