// Feeds of changes: Atom 1.0 (RFC 4287) and RSS 2.0, each entry a version
// with what it changed and a link to its diff.
#include <algorithm>
#include <ctime>

#include "server/handlers.h"
#include "server/html.h"

namespace stet::server::internal {
namespace {

// RFC 822 dates for RSS: "Fri, 22 Dec 2017 09:30:00 GMT".
std::string Rfc822(Timestamp t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed",
                                "Thu", "Fri", "Sat"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT",
                kDays[tm.tm_wday], tm.tm_mday, kMonths[tm.tm_mon],
                tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

}  // namespace

WebResponse RenderFeed(const Ctx& ctx, std::string_view title,
                       const std::string& self, const std::string& alternate,
                       const std::vector<FeedEntry>& entries, bool atom) {
  const std::string feed_title = ctx.options.title + ": " + std::string(title);
  WebResponse r;
  if (atom) {
    r.content_type = "application/atom+xml; charset=utf-8";
    Timestamp updated = 0;
    for (const FeedEntry& e : entries) updated = std::max(updated, e.updated);
    std::string x =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed "
        "xmlns=\"http://www.w3.org/2005/Atom\"><title>" +
        Escape(feed_title) + "</title><id>" + Escape(self) + "</id><updated>" +
        FormatTime(updated) + "</updated><link rel=\"self\" href=\"" +
        Escape(self) +
        "\"/><link rel=\"alternate\" type=\"text/html\" href=\"" +
        Escape(alternate) + "\"/><author><name>" + Escape(ctx.options.title) +
        "</name></author>";
    for (const FeedEntry& e : entries) {
      x += "<entry><title>" + Escape(e.title) + "</title><id>" + Escape(e.id) +
           "</id><updated>" + FormatTime(e.updated) +
           "</updated><link href=\"" + Escape(e.link) + "\"/><author><name>" +
           Escape(e.author) + "</name></author><summary>" + Escape(e.summary) +
           "</summary></entry>";
    }
    r.body = x + "</feed>\n";
  } else {
    r.content_type = "application/rss+xml; charset=utf-8";
    std::string x =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" "
        "xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>" +
        Escape(feed_title) + "</title><link>" + Escape(alternate) +
        "</link><description>" + Escape(feed_title) +
        "</description><atom:link rel=\"self\" type=\"application/rss+xml\" "
        "href=\"" +
        Escape(self) + "\"/>";
    for (const FeedEntry& e : entries) {
      x += "<item><title>" + Escape(e.title) + "</title><link>" +
           Escape(e.link) + "</link><guid isPermaLink=\"false\">" +
           Escape(e.id) + "</guid><pubDate>" + Rfc822(e.updated) +
           "</pubDate><description>" + Escape(e.summary) +
           "</description></item>";
    }
    r.body = x + "</channel></rss>\n";
  }
  return r;
}

WebResponse ChangesFeed(Ctx& ctx, const ChangeFilter& filter,
                        std::string_view title, std::string_view html_path,
                        bool atom) {
  Result<std::vector<ChangeEntry>> changes = ctx.store.ListChanges(filter);
  if (!changes.ok()) return Failure(ctx, changes.status());
  std::vector<FeedEntry> entries;
  for (const ChangeEntry& e : *changes) {
    const VersionInfo& v = e.version;
    entries.push_back(
        {.title = v.headline.empty() ? e.article.url : v.headline,
         .id = ctx.base + ArticlePath(e.article.id) + "/version/" +
               std::to_string(v.number),
         .link = ctx.base +
                 (v.number > 1 ? DiffPath(e.article.id, v.number - 1, v.number)
                               : ArticlePath(e.article.id)),
         .author = e.article.source,
         .updated = v.seen_at,
         .summary = SummaryLine(v)});
  }
  return RenderFeed(ctx, title, ctx.base + ctx.request.path,
                    ctx.base + std::string(html_path), entries, atom);
}

}  // namespace stet::server::internal
