#include "feed/builder.h"

#include <utility>

#include "feed/text.h"
#include "stet/text.h"

namespace stet::feed {

FeedBuilder::FeedBuilder(ParsedFeed* out, const FeedOptions& options)
    : out_(out), max_items_(options.max_items) {}

void FeedBuilder::Skip() {
  ++next_entry_;
  ++skipped_over_limit_;
}

void FeedBuilder::Reject(int line, std::string_view why) {
  Problem(next_entry_++, line, std::string(why) + "; skipped");
}

void FeedBuilder::Problem(int64_t entry, int line, std::string message) {
  if (entry >= 0) {
    if (entry_problems_ >= kMaxFeedProblems) {
      ++unlisted_problems_;
      return;
    }
    ++entry_problems_;
  }
  out_->problems.push_back({entry, line, std::move(message)});
}

std::optional<ZonedTime> FeedBuilder::Date(std::string_view text,
                                           std::string_view field,
                                           int64_t entry, int line) {
  const std::string t = CleanText(text);
  if (t.empty()) return std::nullopt;
  Result<ZonedTime> z = ParseLooseTime(t);
  if (z.ok()) return *z;
  Problem(entry, line,
          "unreadable date '" + Clip(t, 60) + "' in <" + std::string(field) +
              ">; the entry is kept without it");
  return std::nullopt;
}

std::string FeedBuilder::FirstUsable(const std::vector<Link>& links,
                                     std::string* why) {
  for (const Link& l : links) {
    if (text::CollapseWhitespace(l.href).empty()) continue;
    Result<std::string> url = ResolveHttpUrl(l.href, l.base);
    if (url.ok()) return std::move(url).value();
    if (why->empty()) *why = url.status().message();
  }
  if (why->empty()) *why = "no link";
  return {};
}

void FeedBuilder::Add(RawEntry e) {
  const int64_t entry = next_entry_++;
  std::string why;
  std::string url = FirstUsable(e.links, &why);
  const std::string title = CleanText(e.title);
  if (url.empty()) {
    Problem(entry, e.line,
            why + (title.empty() ? "" : " (\"" + Clip(title, 60) + "\")") +
                "; skipped");
    return;
  }
  if (!seen_.insert(url).second) return;  // a repeat: the first is kept
  FeedItem item;
  item.url = std::move(url);
  item.id = CleanText(e.id);
  item.title = title;
  item.author = CleanText(e.author);
  item.summary = CleanText(e.summary);
  item.published = Date(e.published, e.published_field, entry, e.line);
  item.updated = Date(e.updated, e.updated_field, entry, e.line);
  out_->items.push_back(std::move(item));
  ++kept_;
}

void FeedBuilder::AddSitemap(const Link& loc, std::string_view lastmod,
                             int line) {
  const int64_t entry = next_entry_++;
  std::string why;
  std::string url = FirstUsable({loc}, &why);
  if (url.empty()) {
    Problem(entry, line, why + "; skipped");
    return;
  }
  if (!seen_.insert(url).second) return;
  out_->child_sitemaps.push_back(
      {std::move(url), Date(lastmod, "lastmod", entry, line)});
  ++kept_;
}

void FeedBuilder::Finish() {
  if (unlisted_problems_ > 0) {
    const bool one = unlisted_problems_ == 1;
    out_->problems.push_back(
        {-1, 0,
         std::to_string(unlisted_problems_) +
             (one ? " more problem with entries was not listed"
                  : " more problems with entries were not listed")});
  }
  if (skipped_over_limit_ > 0) {
    const bool one = skipped_over_limit_ == 1;
    out_->problems.push_back({-1, 0,
                              std::to_string(skipped_over_limit_) +
                                  (one ? " entry beyond the limit of "
                                       : " entries beyond the limit of ") +
                                  std::to_string(max_items_) +
                                  (one ? " was dropped" : " were dropped")});
  }
}

}  // namespace stet::feed
