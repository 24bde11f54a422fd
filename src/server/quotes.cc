// Quotation pages: who said what (/quotes, filtered), one person's words
// across stories (/person/<name>), their feeds, the quotations of a story
// grouped by utterance, and the quotations a new version added or dropped.
#include <fmt/format.h>

#include <map>
#include <vector>

#include "server/handlers.h"
#include "server/html.h"
#include "stet/quote.h"
#include "stet/time.h"

namespace stet::server::internal {
namespace {

// The query string of a filter, for links to more of the same.
std::string FilterQuery(const Ctx& ctx) {
  std::string q;
  for (const char* name :
       {"person", "story", "source", "since", "until", "dropped"}) {
    const std::string v = ctx.Param(name);
    if (v.empty()) continue;
    q += (q.empty() ? "" : "&") + std::string(name) + "=" + UrlEncode(v);
  }
  return q;
}

std::string SpeakerLink(const std::string& speaker) {
  if (speaker.empty()) return "<span class=small>speaker unknown</span>";
  return "<a class=speaker href=\"" + PersonPath(speaker) + "\">" +
         Escape(speaker) + "</a>";
}

// Where a quotation was, and whether a later version dropped it.
std::string Whereabouts(const StoredQuote& q) {
  std::string out = "<a class=outlet href=\"" + ArticlePath(q.article_id) +
                    "\">" + Escape(q.source) + "</a> " + TimeTag(q.first_seen);
  if (q.first_version > 1)
    out += " · added in <a href=\"" +
           DiffPath(q.article_id, q.first_version - 1, q.first_version) +
           "\">v" + std::to_string(q.first_version) + "</a>";
  if (q.last_version < q.versions)
    out += " · <a class=removed href=\"" +
           DiffPath(q.article_id, q.last_version, q.last_version + 1) +
           "\">dropped in v" + std::to_string(q.last_version + 1) + "</a>";
  return out;
}

std::string QuoteItem(const StoredQuote& q) {
  return "<li><blockquote>" + Escape(q.text) + "</blockquote><p class=small>" +
         SpeakerLink(q.speaker) + " · " + Whereabouts(q) + " · " +
         Headline(q.headline) + "</p></li>";
}

}  // namespace

std::optional<QuoteFilter> ReadQuoteFilter(const Ctx& ctx, std::string* error) {
  QuoteFilter f;
  f.person = PersonKey(ctx.Param("person"));
  f.source = ctx.Param("source");
  std::optional<int64_t> story = ctx.IntParam("story", 0, 0, INT64_MAX);
  if (!story) {
    *error = "story must be a story's number";
    return std::nullopt;
  }
  f.story_id = *story;
  if (!ctx.TimeParam("since", &f.since, error) ||
      !ctx.TimeParam("until", &f.until, error))
    return std::nullopt;
  f.dropped_only = !ctx.Param("dropped").empty();
  return f;
}

std::string PersonPath(std::string_view speaker) {
  return "/person/" + UrlEncode(PersonKey(speaker));
}

WebResponse QuotesPage(Ctx& ctx, std::string_view person) {
  std::string error;
  std::optional<QuoteFilter> f = ReadQuoteFilter(ctx, &error);
  if (!f) return Error(ctx, 400, error);
  if (!person.empty()) f->person = PersonKey(UrlDecode(person));
  std::optional<int64_t> page = ctx.IntParam("page", 1, 1, 100000);
  if (!page) return Error(ctx, 400, "page must be a number from 1");
  f->limit = ctx.options.page_size + 1;
  f->offset = static_cast<int>((*page - 1) * ctx.options.page_size);
  Result<std::vector<StoredQuote>> quotes = ctx.store.ListQuotes(*f);
  if (!quotes.ok()) return Failure(ctx, quotes.status());
  const bool more = static_cast<int>(quotes->size()) > ctx.options.page_size;
  if (more) quotes->pop_back();

  // A person's page is titled with the fullest form of their name found.
  std::string name;
  for (const StoredQuote& q : *quotes)
    if (q.speaker.size() > name.size()) name = q.speaker;
  if (name.empty()) name = f->person;
  const std::string title =
      person.empty() ? "Quotations" : "Quotations of " + name;
  std::string body = "<h1>" + Escape(title) + "</h1><p class=small>";
  body += person.empty()
              ? "Who said what, newest first, as the articles quote them."
              : "Everything " + Escape(name) +
                    " was quoted as saying, under any form of the name, "
                    "newest first; each links to its article, and to the "
                    "change that added or dropped it.";
  body += "</p>";
  if (quotes->empty()) body += "<p class=small>No quotations.</p>";
  if (person.empty()) {
    body += "<ul class=quotes>";
    for (const StoredQuote& q : *quotes) body += QuoteItem(q);
    body += "</ul>";
  } else {
    // On a person's page, grouped by story under its headline, the story
    // quoted most recently first.
    std::vector<int64_t> order;
    std::map<int64_t, std::vector<const StoredQuote*>> by_story;
    for (const StoredQuote& q : *quotes) {
      auto& list = by_story[q.story_id];
      if (list.empty()) order.push_back(q.story_id);
      list.push_back(&q);
    }
    for (int64_t story : order) {
      std::string heading = "Not in a story";
      if (story) {
        Result<StorySummary> s = ctx.store.GetStory(story);
        const std::string headline = s.ok() && !s->headline.empty()
                                         ? s->headline
                                         : "Story " + std::to_string(story);
        heading = "<a href=\"" + StoryPath(story) + "\">" + Escape(headline) +
                  "</a> <span class=small>story " + std::to_string(story) +
                  "</span>";
      }
      body += "<h2>" + heading + "</h2><ul class=quotes>";
      for (const StoredQuote* q : by_story[story]) body += QuoteItem(*q);
      body += "</ul>";
    }
  }
  const std::string query = FilterQuery(ctx);
  body += PagerLinks(std::string(ctx.request.path) + "?" + Escape(query) +
                         (query.empty() ? "" : "&amp;") + "page=",
                     *page, more);
  std::string feed_query = query;
  if (!person.empty())
    feed_query =
        "person=" + UrlEncode(f->person) + (query.empty() ? "" : "&" + query);
  return Page(ctx, 200, title, body, "/feeds/quotes",
              feed_query.empty() ? "" : "?" + feed_query);
}

WebResponse QuotesFeed(Ctx& ctx, bool atom) {
  std::string error;
  std::optional<QuoteFilter> f = ReadQuoteFilter(ctx, &error);
  if (!f) return Error(ctx, 400, error);
  f->limit = ctx.options.page_size;
  Result<std::vector<StoredQuote>> quotes = ctx.store.ListQuotes(*f);
  if (!quotes.ok()) return Failure(ctx, quotes.status());
  std::vector<FeedEntry> entries;
  for (const StoredQuote& q : *quotes)
    entries.push_back(
        {.title = (q.speaker.empty() ? std::string("Someone") : q.speaker) +
                  ": \u201c" + q.text + "\u201d",
         .id = ctx.base + ArticlePath(q.article_id) + "/quote/" +
               std::to_string(q.id),
         .link = ctx.base + (q.first_version > 1
                                 ? DiffPath(q.article_id, q.first_version - 1,
                                            q.first_version)
                                 : ArticlePath(q.article_id)),
         .author = q.source,
         .updated = q.first_seen,
         .summary = "In " + q.source + ", " +
                    (q.headline.empty() ? q.url : q.headline) +
                    (q.last_version < q.versions
                         ? " (dropped in version " +
                               std::to_string(q.last_version + 1) + ")"
                         : "")});
  const std::string query = FilterQuery(ctx);
  const std::string title =
      f->person.empty() ? "Quotations" : "Quotations of " + f->person;
  return RenderFeed(
      ctx, title,
      ctx.base + ctx.request.path + (query.empty() ? "" : "?") + query,
      ctx.base + "/quotes" + (query.empty() ? "" : "?") + query, entries, atom);
}

std::string StoryQuotesHtml(Ctx& ctx, int64_t story) {
  Result<StoryQuotes> quoted = ListStoryQuotes(ctx.store, story);
  if (!quoted.ok() || quoted->quotes.empty()) return "";
  const std::vector<QuoteVariants>& groups = quoted->groups;
  std::string out =
      "<h2>Who was quoted</h2><p class=small>Each utterance once, with the "
      "outlets that carried it and their words.</p>";
  int shown = 0;
  for (const QuoteVariants& g : groups) {
    if (++shown > 100) {
      out += "<p class=small>" + std::to_string(groups.size() - 100) +
             " more, in <a href=\"/quotes?story=" + std::to_string(story) +
             "\">all the story's quotations</a>.</p>";
      break;
    }
    out += "<div class=fact><p>" + SpeakerLink(g.speaker) +
           fmt::format(" <span class=small>{} outlet{}</span></p>", g.outlets,
                       g.outlets == 1 ? "" : "s");
    const StoredQuote& first = *g.tellings.front();
    for (size_t k = 0; k < g.tellings.size(); ++k) {
      const StoredQuote& q = *g.tellings[k];
      out += "<p>";
      out += k == 0 || q.text == first.text
                 ? "<q>" + Escape(q.text) + "</q>"
                 : "<q>" + WordsHtml(WordDiff(first.text, q.text), 0) + "</q>";
      out += " <span class=small>" + Whereabouts(q);
      if (k > 0 && q.text != first.text)
        out += fmt::format(" · {:.0f}% alike", 100 * g.similarity[k]);
      out += "</span></p>";
    }
    out += "</div>";
  }
  return out;
}

std::string QuoteChangesHtml(const VersionText& before,
                             const VersionText& after) {
  const std::vector<QuoteChange> changes = CompareQuotes(before, after);
  if (changes.empty()) return "";
  std::string out = "<div class=quotes-changed><h2>Quotations</h2><ul>";
  for (const QuoteChange& c : changes) {
    const Quote& q = c.kind == QuoteChange::Kind::kRemoved ? c.before : c.after;
    const char* what = c.kind == QuoteChange::Kind::kAdded     ? "added"
                       : c.kind == QuoteChange::Kind::kRemoved ? "removed"
                                                               : "reworded";
    out += "<li class=" + std::string(what) + "><b>" + what + "</b> ";
    out += c.kind == QuoteChange::Kind::kReworded
               ? "<q>" + WordsHtml(WordDiff(c.before.text, c.after.text), 0) +
                     "</q>"
               : "<q>" + Escape(q.text) + "</q>";
    out += " " + SpeakerLink(q.speaker) + "</li>";
  }
  return out + "</ul></div>";
}

}  // namespace stet::server::internal
