// Feeds of changes: Atom 1.0 (RFC 4287) and RSS 2.0, each entry a version
// with what it changed and a link to its diff.
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

std::string EntryLink(const Ctx& ctx, const ChangeEntry& e) {
  return ctx.base +
         (e.version.number > 1
              ? DiffPath(e.article.id, e.version.number - 1, e.version.number)
              : ArticlePath(e.article.id));
}

std::string EntryId(const Ctx& ctx, const ChangeEntry& e) {
  return ctx.base + ArticlePath(e.article.id) + "/version/" +
         std::to_string(e.version.number);
}

}  // namespace

WebResponse ChangesFeed(Ctx& ctx, const ChangeFilter& filter,
                        std::string_view title, std::string_view html_path,
                        bool atom) {
  Result<std::vector<ChangeEntry>> changes = ctx.store.ListChanges(filter);
  if (!changes.ok()) return Failure(ctx, changes.status());
  const std::string self = ctx.base + ctx.request.path;
  const std::string alternate = ctx.base + std::string(html_path);
  const std::string feed_title = ctx.options.title + ": " + std::string(title);
  WebResponse r;
  if (atom) {
    r.content_type = "application/atom+xml; charset=utf-8";
    Timestamp updated = changes->empty() ? 0 : changes->front().version.seen_at;
    std::string x =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed "
        "xmlns=\"http://www.w3.org/2005/Atom\"><title>" +
        Escape(feed_title) + "</title><id>" + Escape(self) + "</id><updated>" +
        FormatTime(updated) + "</updated><link rel=\"self\" href=\"" +
        Escape(self) +
        "\"/><link rel=\"alternate\" type=\"text/html\" href=\"" +
        Escape(alternate) + "\"/><author><name>" + Escape(ctx.options.title) +
        "</name></author>";
    for (const ChangeEntry& e : *changes) {
      x += "<entry><title>" +
           Escape(e.version.headline.empty() ? e.article.url
                                             : e.version.headline) +
           "</title><id>" + Escape(EntryId(ctx, e)) + "</id><updated>" +
           FormatTime(e.version.seen_at) + "</updated><link href=\"" +
           Escape(EntryLink(ctx, e)) + "\"/><author><name>" +
           Escape(e.article.source) + "</name></author><summary>" +
           Escape(SummaryLine(e.version)) + "</summary></entry>";
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
    for (const ChangeEntry& e : *changes) {
      x += "<item><title>" +
           Escape(e.version.headline.empty() ? e.article.url
                                             : e.version.headline) +
           "</title><link>" + Escape(EntryLink(ctx, e)) +
           "</link><guid isPermaLink=\"false\">" + Escape(EntryId(ctx, e)) +
           "</guid><pubDate>" + Rfc822(e.version.seen_at) +
           "</pubDate><description>" + Escape(SummaryLine(e.version)) +
           "</description></item>";
    }
    r.body = x + "</channel></rss>\n";
  }
  return r;
}

}  // namespace stet::server::internal
