// FeedBuilder: turns the entries a format reader found into checked
// FeedItems, the same way for every format.
//
// A reader only says what an entry's fields are, as written; the builder
// resolves and checks the links (absolute http(s) only), drops repeats of a
// URL, reads the dates, applies FeedOptions::max_items and records a
// problem for every entry it skips, with where the entry was.
//
// Internal to the feed module. Thread-safety: one builder per parse.
#ifndef STET_FEED_BUILDER_H_
#define STET_FEED_BUILDER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "stet/feed.h"
#include "stet/time.h"

namespace stet::feed {

// A link as written, and the base it is relative to ("" if none).
struct Link {
  std::string href;
  std::string base;
};

// One entry as found in the document, before any check.
struct RawEntry {
  int line = 0;  // 0 if unknown
  // Candidates, best first ("link", then a permalink guid...): the first
  // that resolves to an http(s) URL is the item's URL.
  std::vector<Link> links;
  // Already plain text (CleanText() / HtmlToText()).
  std::string id, title, author, summary;
  // Dates as written, and the element they came from, for messages.
  std::string published, updated;
  std::string_view published_field, updated_field;
};

class FeedBuilder {
 public:
  // Fills out->items, out->child_sitemaps and out->problems.
  FeedBuilder(ParsedFeed* out, const FeedOptions& options);

  // True once max_items entries are kept: readers then call Skip() for the
  // rest instead of reading them.
  bool Full() const { return kept_ >= max_items_; }
  // An entry past the limit: counted, reported once by Finish().
  void Skip();
  // An entry the end of the document cut short: skipped and reported, as
  // its link may be missing its last characters.
  void CutOff(int line) { Reject(line, "cut off by the end of the document"); }
  // An entry that cannot be read at all: skipped and reported with `why`.
  void Reject(int line, std::string_view why);
  // Checks and keeps (or reports and skips) one entry.
  void Add(RawEntry entry);
  // A <sitemap> of a sitemap index.
  void AddSitemap(const Link& loc, std::string_view lastmod, int line);

  // A problem with entry `entry` (-1: the whole document). Entry problems
  // past kMaxFeedProblems are only counted.
  void Problem(int64_t entry, int line, std::string message);
  // Adds the lines counting what was dropped or not listed.
  void Finish();

 private:
  std::optional<ZonedTime> Date(std::string_view text, std::string_view field,
                                int64_t entry, int line);
  // The first candidate that resolves, or "" with *why set.
  std::string FirstUsable(const std::vector<Link>& links, std::string* why);

  ParsedFeed* out_;
  size_t max_items_;
  size_t kept_ = 0;
  int64_t next_entry_ = 0;
  int64_t skipped_over_limit_ = 0;
  int64_t unlisted_problems_ = 0;
  size_t entry_problems_ = 0;
  std::unordered_set<std::string> seen_;
};

}  // namespace stet::feed

#endif  // STET_FEED_BUILDER_H_
