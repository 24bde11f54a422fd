// Inside the site: what each group of routes needs (site.cc routes, pages.cc
// renders HTML, feeds.cc Atom and RSS, api.cc JSON).
//
// Thread-safety: a Ctx lives for one request on one thread.
#ifndef STET_SERVER_HANDLERS_H_
#define STET_SERVER_HANDLERS_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "server/site.h"

namespace stet::server::internal {

// Source statistics cost a scan of each source's articles, so pages and the
// API share them for a while (SiteOptions::stats_ttl_seconds).
class SummaryCache {
 public:
  explicit SummaryCache(int64_t ttl_seconds) : ttl_(ttl_seconds) {}
  // Every source's summary (`only` empty) or one source's.
  Result<std::vector<SourceSummary>> Get(Store& store, Timestamp now,
                                         std::string_view only);

 private:
  struct Entry {
    Timestamp at = 0;
    std::vector<SourceSummary> summaries;
  };
  const int64_t ttl_;
  std::mutex mu_;          // guards entries_
  std::mutex compute_mu_;  // held while a summary is computed
  std::map<std::string, Entry, std::less<>> entries_;
};

struct Ctx {
  Store& store;
  const Clock& clock;
  const SiteOptions& options;
  const WebRequest& request;
  std::string base;  // absolute origin for feed links: "http://host:port"
  SummaryCache& summaries;

  // The query parameter's first value, or `fallback`.
  std::string Param(std::string_view name, std::string fallback = "") const;
  // An integer parameter in [lo, hi]; nullopt (and `*bad` set) when it is
  // present but not such a number.
  std::optional<int64_t> IntParam(std::string_view name, int64_t fallback,
                                  int64_t lo, int64_t hi) const;
  // A time parameter (a date, an RFC 3339 time or seconds since 1970) into
  // *out, left alone when absent; false with *error set when it is not one.
  bool TimeParam(std::string_view name, Timestamp* out,
                 std::string* error) const;
};

// JSON with <, > and & escaped inside strings (\u003c...), so a response
// that some client mistakes for HTML still carries no markup.
WebResponse JsonResponse(const nlohmann::json& j, int status);

// An error as the client asked for it: JSON under /api/, HTML otherwise.
WebResponse Error(const Ctx& ctx, int status, std::string_view message);
// The HTTP status for a failed Status (404 for kNotFound, 400 for bad
// arguments, 503 when the store is busy, else 500).
int HttpStatusFor(const Status& s);
WebResponse Failure(const Ctx& ctx, const Status& s);

// Pages.
WebResponse HomePage(Ctx& ctx);
WebResponse SourcesPage(Ctx& ctx);
WebResponse SourcePage(Ctx& ctx, const std::string& name);
WebResponse ArticlePage(Ctx& ctx, int64_t id);
WebResponse DiffPage(Ctx& ctx, int64_t id, int from, int to);
// The full page around `body`: header, navigation, footer, feed links.
// `feed_query` ("?q=...") follows the feed's extension in its links.
WebResponse Page(const Ctx& ctx, int status, std::string_view title,
                 std::string_view body, std::string_view feed_path = "",
                 std::string_view feed_query = "");

// One entry of a feed.
struct FeedEntry {
  std::string title;
  std::string id;    // absolute and stable: readers use it to spot repeats
  std::string link;  // absolute
  std::string author;
  Timestamp updated = 0;
  std::string summary;  // plain text
};
// A feed of `entries`, Atom when `atom`, else RSS 2.0; `self` is the feed's
// own absolute address and `alternate` the page it follows.
WebResponse RenderFeed(const Ctx& ctx, std::string_view title,
                       const std::string& self, const std::string& alternate,
                       const std::vector<FeedEntry>& entries, bool atom);

// Feeds of changes: `atom` or RSS 2.0.
WebResponse ChangesFeed(Ctx& ctx, const ChangeFilter& filter,
                        std::string_view title, std::string_view html_path,
                        bool atom);

// JSON API; `rest` is the path after "/api/v1".
WebResponse Api(Ctx& ctx, std::string_view rest);
// POST /api/v1/sources (the caller has checked the token): adds or replaces
// a source from a JSON body and schedules its feeds, sitemaps and URLs.
WebResponse AddSourceApi(Ctx& ctx);

// Stories (stories.cc): the list (?min=N articles, default 2; ?page=) and
// one story compared across outlets.
WebResponse StoriesPage(Ctx& ctx);
WebResponse StoryPage(Ctx& ctx, int64_t id);
// "4 articles from 3 outlets".
std::string Coverage(int64_t articles, int64_t outlets);

// Quotations (quotes.cc): the list (?person, story, source, since, until,
// dropped, page), a person's page (`person` from the path, else empty),
// their feed, a story's quotations grouped by utterance and the quotations
// a version added, dropped or reworded (HTML sections; "" when none).
WebResponse QuotesPage(Ctx& ctx, std::string_view person);
// The filter a request asks for (person, story, source, since, until,
// dropped), or nullopt with *error set.
std::optional<QuoteFilter> ReadQuoteFilter(const Ctx& ctx, std::string* error);
WebResponse QuotesFeed(Ctx& ctx, bool atom);
std::string StoryQuotesHtml(Ctx& ctx, int64_t story);
std::string QuoteChangesHtml(const VersionText& before,
                             const VersionText& after);
std::string PersonPath(std::string_view speaker);

// "← newer" and "older →" links to pages prefix + (page ∓ 1), as needed.
std::string PagerLinks(const std::string& prefix, int64_t page, bool more);

// Links, relative to the site root.
std::string StoryPath(int64_t id);
std::string ArticlePath(int64_t id);
std::string DiffPath(int64_t id, int from, int to);
std::string SourcePath(std::string_view name);

// The site's only assets (assets.cc).
extern const char kCss[];
extern const char kJs[];

// "2017-12-22 09:30 UTC" for pages.
std::string PageTime(Timestamp t);
// PageTime in a <time> element.
std::string TimeTag(Timestamp t);
// A headline, escaped, or "(no headline)".
std::string Headline(const std::string& h);

// Search (search.cc): the query a request asks for (q, source, since, until,
// removed, sort), or nullopt with `*error` set when a parameter is not
// valid. An empty q is not an error here; Store::Search refuses it.
std::optional<SearchQuery> ReadSearchQuery(const Ctx& ctx, std::string* error);
WebResponse SearchPage(Ctx& ctx);
WebResponse SearchFeed(Ctx& ctx, bool atom);

}  // namespace stet::server::internal

#endif  // STET_SERVER_HANDLERS_H_
