// The HTML pages. Every string from the store passes through Escape(); links
// to publishers' pages only for http(s) URLs.
#include <fmt/format.h>

#include <cmath>

#include "server/handlers.h"
#include "server/html.h"
#include "stet/diff.h"

namespace stet::server::internal {

std::string PageTime(Timestamp t) {
  std::string iso = FormatTime(t);  // 2017-12-22T09:30:00Z
  if (iso.size() < 16) return iso;
  return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
}

std::string TimeTag(Timestamp t) {
  return "<time datetime=\"" + FormatTime(t) + "\">" + PageTime(t) + "</time>";
}

std::string Headline(const std::string& h) {
  return h.empty() ? "(no headline)" : Escape(h);
}

namespace {

std::string OriginalLink(const std::string& url) {
  if (!IsWebUrl(url)) return "<span class=small>" + Escape(url) + "</span>";
  return "<a class=small rel=\"noopener noreferrer nofollow\" href=\"" +
         Escape(url) + "\">" + Escape(url) + "</a>";
}

// One line of a list of changes: time, source, headline linked to the diff,
// and what changed.
std::string ChangeItem(const ChangeEntry& e) {
  const VersionInfo& v = e.version;
  std::string link = v.number > 1
                         ? DiffPath(e.article.id, v.number - 1, v.number)
                         : ArticlePath(e.article.id);
  return "<li>" + TimeTag(v.seen_at) + " · <a class=small href=\"" +
         SourcePath(e.article.source) + "\">" + Escape(e.article.source) +
         "</a><br><a class=headline href=\"" + link + "\">" +
         Headline(v.headline) + "</a><div class=summary>" +
         Escape(SummaryLine(v)) + " · version " + std::to_string(v.number) +
         "</div></li>";
}

std::string ChangeList(const std::vector<ChangeEntry>& changes) {
  if (changes.empty()) return "<p class=small>No changes recorded yet.</p>";
  std::string out = "<ul class=changes>";
  for (const ChangeEntry& e : changes) out += ChangeItem(e);
  return out + "</ul>";
}

std::string Pager(std::string_view path, int64_t page, bool more) {
  return PagerLinks(std::string(path) + "?page=", page, more);
}

}  // namespace

std::string PagerLinks(const std::string& prefix, int64_t page, bool more) {
  std::string out = "<p class=pager>";
  if (page > 1)
    out += "<a rel=prev href=\"" + prefix + std::to_string(page - 1) +
           "\">← newer</a> ";
  if (more)
    out += "<a rel=next href=\"" + prefix + std::to_string(page + 1) +
           "\">older →</a>";
  return out + "</p>";
}

namespace {

// Lists one page of changes (`filter` without limit/offset) at `path`.
Result<std::string> PagedChanges(Ctx& ctx, ChangeFilter filter,
                                 std::string_view path, int64_t page) {
  filter.limit = ctx.options.page_size + 1;
  filter.offset = static_cast<int>((page - 1) * ctx.options.page_size);
  STET_ASSIGN_OR_RETURN(std::vector<ChangeEntry> changes,
                        ctx.store.ListChanges(filter));
  const bool more = static_cast<int>(changes.size()) > ctx.options.page_size;
  if (more) changes.pop_back();
  return ChangeList(changes) + Pager(path, page, more);
}

std::optional<int64_t> PageParam(const Ctx& ctx) {
  return ctx.IntParam("page", 1, 1, 100000);
}

std::string Percent(double share) {
  return fmt::format("{:.0f}%", share * 100);
}

}  // namespace

WebResponse Page(const Ctx& ctx, int status, std::string_view title,
                 std::string_view body, std::string_view feed_path,
                 std::string_view feed_query) {
  const std::string atom =
      Escape(std::string(feed_path) + ".atom" + std::string(feed_query));
  const std::string rss =
      Escape(std::string(feed_path) + ".rss" + std::string(feed_query));
  WebResponse r;
  r.status = status;
  std::string head =
      "<!doctype html><html lang=en><head><meta charset=utf-8>"
      "<meta name=viewport content=\"width=device-width, initial-scale=1\">"
      "<title>" +
      Escape(title) + " · " + Escape(ctx.options.title) +
      "</title><link rel=stylesheet href=\"/static/stet.css\">";
  if (!feed_path.empty())
    head += "<link rel=alternate type=\"application/atom+xml\" href=\"" + atom +
            "\" title=\"" + Escape(title) +
            "\"><link rel=alternate type=\"application/rss+xml\" href=\"" +
            rss + "\" title=\"" + Escape(title) + "\">";
  r.body = head + "</head><body><header class=site><a class=name href=\"/\">" +
           Escape(ctx.options.title) +
           "</a><nav><a href=\"/\">Latest changes</a><a "
           "href=\"/sources\">Sources</a><a href=\"/stories\">Stories</a><a "
           "href=\"/quotes\">Quotations</a><a href=\"/search\">Search</a>"
           "</nav></header><main>" +
           std::string(body) + "</main>";
  if (!feed_path.empty())
    r.body += "<footer><main class=small>Subscribe: <a href=\"" + atom +
              "\">Atom</a> · <a href=\"" + rss + "\">RSS</a></main></footer>";
  r.body += "<script src=\"/static/stet.js\"></script></body></html>";
  return r;
}

WebResponse HomePage(Ctx& ctx) {
  std::optional<int64_t> page = PageParam(ctx);
  if (!page) return Error(ctx, 400, "page must be a number from 1");
  Result<std::string> list = PagedChanges(ctx, {}, "/", *page);
  if (!list.ok()) return Failure(ctx, list.status());
  return Page(ctx, 200, "Latest changes", "<h1>Latest changes</h1>" + *list,
              "/feeds/changes");
}

WebResponse SourcesPage(Ctx& ctx) {
  Result<std::vector<SourceSummary>> sums =
      ctx.summaries.Get(ctx.store, ctx.clock.Now(), "");
  if (!sums.ok()) return Failure(ctx, sums.status());
  std::string body =
      "<h1>Sources</h1><table class=list><tr><th>Source</th><th>Articles</th>"
      "<th>Changed</th><th>Changes</th><th>Last change</th></tr>";
  for (const SourceSummary& s : *sums) {
    body += "<tr><td><a href=\"" + SourcePath(s.source.name) + "\">" +
            Escape(s.source.name) + "</a></td><td>" +
            std::to_string(s.articles) + "</td><td>" +
            std::to_string(s.changed_articles) + "</td><td>" +
            std::to_string(s.changes) + "</td><td>" +
            (s.last_change ? TimeTag(s.last_change) : std::string("—")) +
            "</td></tr>";
  }
  body += "</table>";
  return Page(ctx, 200, "Sources", body);
}

WebResponse SourcePage(Ctx& ctx, const std::string& name) {
  // WebRequest::path is decoded already; decoding again would turn a name
  // such as "a%41" into "aA".
  std::optional<int64_t> page = PageParam(ctx);
  if (!page) return Error(ctx, 400, "page must be a number from 1");
  Result<std::vector<SourceSummary>> sums =
      ctx.summaries.Get(ctx.store, ctx.clock.Now(), name);
  if (!sums.ok()) return Failure(ctx, sums.status());
  const SourceSummary* sum = nullptr;
  for (const SourceSummary& s : *sums)
    if (s.source.name == name) sum = &s;
  if (!sum) return Error(ctx, 404, "no source named '" + name + "'");
  std::string body = "<h1>" + Escape(name) + "</h1><table class=stats>";
  auto row = [&](std::string_view k, const std::string& v) {
    body += "<tr><th>" + std::string(k) + "</th><td>" + v + "</td></tr>";
  };
  row("Articles", std::to_string(sum->articles));
  row("Articles changed after first seen",
      std::to_string(sum->changed_articles) +
          (sum->articles
               ? " (" +
                     Percent(static_cast<double>(sum->changed_articles) /
                             static_cast<double>(sum->articles)) +
                     ")"
               : ""));
  row("Changes recorded", std::to_string(sum->changes));
  if (sum->changes > 0) {
    row("First change, median",
        DescribeGap(sum->median_first_change_after) + " after first seen");
    row("Characters changed per change, mean",
        fmt::format("{:.0f}", sum->mean_chars_changed));
    row("Changes that touched the headline",
        Percent(sum->headline_change_share));
    row("Last change", TimeTag(sum->last_change));
  }
  if (sum->first_seen) row("Watched since", TimeTag(sum->first_seen));
  body += "</table><h2>Changes</h2>";
  ChangeFilter f;
  f.source = name;
  Result<std::string> list = PagedChanges(ctx, f, SourcePath(name), *page);
  if (!list.ok()) return Failure(ctx, list.status());
  body += *list;
  ArticleFilter af;
  af.source = name;
  af.limit = ctx.options.page_size;
  Result<std::vector<Article>> articles = ctx.store.ListArticles(af);
  if (!articles.ok()) return Failure(ctx, articles.status());
  body += "<h2>Recently seen articles</h2><table class=list>";
  for (const Article& a : *articles)
    body += "<tr><td><a href=\"" + ArticlePath(a.id) + "\">" +
            Headline(a.headline) + "</a></td><td>" +
            std::to_string(a.version_count) +
            (a.version_count == 1 ? " version" : " versions") + "</td><td>" +
            TimeTag(a.last_seen) + "</td></tr>";
  body += "</table>";
  return Page(ctx, 200, name, body, "/feeds/source/" + UrlEncode(name));
}

WebResponse ArticlePage(Ctx& ctx, int64_t id) {
  Result<Article> a = ctx.store.FindArticle(std::to_string(id));
  if (!a.ok()) return Failure(ctx, a.status());
  Result<std::vector<VersionInfo>> versions = ctx.store.ListVersions(id);
  if (!versions.ok()) return Failure(ctx, versions.status());
  Result<Version> latest = ctx.store.LoadVersion(id, 0);
  if (!latest.ok()) return Failure(ctx, latest.status());
  std::string body = "<p class=meta><a href=\"" + SourcePath(a->source) +
                     "\">" + Escape(a->source) + "</a> · " +
                     OriginalLink(a->url) + "</p><h1>" + Headline(a->headline) +
                     "</h1>";
  if (!latest->text.byline.empty())
    body += "<p class=meta>" + Escape(latest->text.byline) + "</p>";
  // Its story, when other articles tell it too.
  if (Result<int64_t> story = ctx.store.StoryOf(id); story.ok() && *story) {
    Result<StorySummary> sum = ctx.store.GetStory(*story);
    if (sum.ok() && sum->articles > 1)
      body += "<p class=meta>In a story told by " +
              Coverage(sum->articles, sum->sources) + ": <a href=\"" +
              StoryPath(*story) + "\">how each outlet told it</a></p>";
  } else if (!story.ok()) {
    return Failure(ctx, story.status());
  }
  body += "<h2>Versions</h2><ol class=timeline>";
  for (size_t i = 0; i < versions->size(); ++i) {
    const VersionInfo& v = (*versions)[i];
    body += "<li value=" + std::to_string(v.number) + ">" + TimeTag(v.seen_at);
    if (i > 0)
      body += " <span class=small>(" +
              DescribeGap(v.seen_at - (*versions)[i - 1].seen_at) +
              " later)</span> · <a href=\"" +
              DiffPath(id, v.number - 1, v.number) + "\">" +
              Escape(SummaryLine(v)) + "</a>";
    else
      body += " · first seen";
    body += "</li>";
  }
  body += "</ol>";
  if (versions->size() > 2)
    body += "<p class=small><a href=\"" +
            DiffPath(id, 1, static_cast<int>(versions->size())) +
            "\">Compare the first and the latest version</a></p>";
  body += "<h2>Current text</h2><div class=article-text>";
  for (const std::string& p : latest->text.paragraphs)
    body += "<p>" + Escape(p) + "</p>";
  body += "</div>";
  return Page(ctx, 200, a->headline.empty() ? a->url : a->headline, body,
              "/feeds/article/" + std::to_string(id));
}

namespace {

std::string FieldHtml(std::string_view label, const FieldChange& f) {
  if (!f.changed) return "";
  return "<div class=field><span class=label>" + std::string(label) +
         " changed</span>" + WordsHtml(f.words, 0) + "</div>";
}

std::string SentenceHtml(const ArticleDiff& d, const DiffRow& row, int side) {
  const bool old_side = side < 0;
  const int idx = old_side ? row.old_index : row.new_index;
  if (idx < 0) return "";
  const DiffSentence& s =
      old_side ? d.old_sentences[idx] : d.new_sentences[idx];
  if (!row.words.empty() && (row.label == SentenceLabel::kEdited || !old_side))
    return WordsHtml(row.words, side);
  return Escape(s.text);
}

std::string CellClass(const DiffRow& row, bool old_side) {
  const int idx = old_side ? row.old_index : row.new_index;
  if (idx < 0) return "";
  switch (row.label) {
    case SentenceLabel::kAdded:
      return " class=added";
    case SentenceLabel::kDeleted:
      return " class=deleted";
    case SentenceLabel::kMoved:
      return " class=moved";
    default:
      return "";
  }
}

std::string MovedBadge(const DiffRow& row, bool old_side) {
  // Only on the side that holds the sentence: where it left, where it came.
  if (row.label != SentenceLabel::kMoved ||
      (old_side ? row.old_index : row.new_index) < 0)
    return "";
  return old_side ? "<span class=badge>moved from here</span>"
                  : "<span class=badge>moved here</span>";
}

std::string SideBySide(const ArticleDiff& d, int64_t* changes) {
  std::string out = "<table class=diff><tr><th>Before</th><th>After</th></tr>";
  for (const DiffRow& row : d.rows) {
    const bool chg = row.label != SentenceLabel::kUnchanged;
    std::string cls;
    if (row.paragraph_start_old || row.paragraph_start_new) cls += " para";
    std::string id;
    if (chg) {
      cls += " chg";
      id = "c" + std::to_string(++*changes);
    }
    out += "<tr";
    if (!cls.empty()) out += " class=\"" + cls.substr(1) + "\"";
    if (!id.empty()) out += " id=" + id;
    out += "><td" + CellClass(row, true) + ">" + MovedBadge(row, true) +
           SentenceHtml(d, row, -1) + "</td><td" + CellClass(row, false) + ">" +
           MovedBadge(row, false) + SentenceHtml(d, row, 1);
    if (!id.empty())
      out += " <a class=anchor href=\"#" + id +
             "\" title=\"link to this "
             "change\">¶</a>";
    out += "</td></tr>";
  }
  return out + "</table>";
}

std::string Inline(const ArticleDiff& d, int64_t* changes) {
  std::string out = "<div class=inline><p>";
  bool first = true;
  for (const DiffRow& row : d.rows) {
    if (!first && (row.paragraph_start_new ||
                   (row.new_index < 0 && row.paragraph_start_old)))
      out += "</p><p>";
    first = false;
    std::string piece;
    switch (row.label) {
      case SentenceLabel::kUnchanged:
        piece = Escape(d.new_sentences[row.new_index].text);
        break;
      case SentenceLabel::kEdited:
        piece = WordsHtml(row.words, 0);
        break;
      case SentenceLabel::kAdded:
        piece =
            "<ins>" + Escape(d.new_sentences[row.new_index].text) + "</ins>";
        break;
      case SentenceLabel::kDeleted:
        piece =
            "<del>" + Escape(d.old_sentences[row.old_index].text) + "</del>";
        break;
      case SentenceLabel::kMoved:
        if (row.new_index < 0)
          piece = "<span class=badge>moved from here</span><del>" +
                  Escape(d.old_sentences[row.old_index].text) + "</del>";
        else
          piece =
              "<span class=badge>moved here</span>" +
              (row.words.empty() ? Escape(d.new_sentences[row.new_index].text)
                                 : WordsHtml(row.words, 0));
        break;
    }
    if (row.label == SentenceLabel::kUnchanged) {
      out += piece + " ";
    } else {
      std::string id = "c" + std::to_string(++*changes);
      std::string cls =
          row.label == SentenceLabel::kMoved ? "chg moved" : "chg";
      out += "<span class=\"" + cls + "\" id=" + id + ">" + piece + "</span> ";
    }
  }
  return out + "</p></div>";
}

}  // namespace

WebResponse DiffPage(Ctx& ctx, int64_t id, int from, int to) {
  Result<Article> a = ctx.store.FindArticle(std::to_string(id));
  if (!a.ok()) return Failure(ctx, a.status());
  if (from == to) return Error(ctx, 400, "compare two different versions");
  if (from > to) std::swap(from, to);
  if (to > a->version_count)
    return Error(ctx, 404,
                 "no version " + std::to_string(to) + " (the article has " +
                     std::to_string(a->version_count) + ")");
  Result<Version> old_v = ctx.store.LoadVersion(id, from);
  if (!old_v.ok()) return Failure(ctx, old_v.status());
  Result<Version> new_v = ctx.store.LoadVersion(id, to);
  if (!new_v.ok()) return Failure(ctx, new_v.status());
  const std::string view = ctx.Param("view", "side");
  if (view != "side" && view != "inline")
    return Error(ctx, 400, "view is 'side' or 'inline'");
  const ArticleDiff d = Diff(old_v->text, new_v->text);

  std::string body = "<p class=meta><a href=\"" + SourcePath(a->source) +
                     "\">" + Escape(a->source) + "</a> · <a href=\"" +
                     ArticlePath(id) + "\">all versions</a> · " +
                     OriginalLink(a->url) + "</p><h1>" +
                     Headline(new_v->text.headline) + "</h1>";
  body += "<p class=meta>Version " + std::to_string(from) + " (" +
          TimeTag(old_v->info.seen_at) + ") → version " + std::to_string(to) +
          " (" + TimeTag(new_v->info.seen_at) + ", " +
          DescribeGap(new_v->info.seen_at - old_v->info.seen_at) +
          " later)</p>";
  VersionInfo summary = new_v->info;
  summary.has_change = true;
  summary.change = d.summary;
  if (to != from + 1) summary.kind = VersionKind::kUpdate;
  body += "<p class=summary>" + Escape(SummaryLine(summary)) + "</p>";
  body += FieldHtml("Headline", d.headline) + FieldHtml("Byline", d.byline);
  // Quotations added, dropped or reworded: what readers most often look for
  // in an update.
  body += QuoteChangesHtml(old_v->text, new_v->text);

  const std::string here = DiffPath(id, from, to);
  std::vector<std::string> links;
  if (from > 1)
    links.push_back("<a rel=prev href=\"" + DiffPath(id, from - 1, from) +
                    "\">← previous change</a>");
  if (to < a->version_count)
    links.push_back("<a rel=next href=\"" + DiffPath(id, to, to + 1) +
                    "\">next change →</a>");
  links.push_back(view == "side"
                      ? "<a href=\"" + here + "?view=inline\">inline</a>"
                      : "<a href=\"" + here + "\">side by side</a>");
  std::string nav = "<p class=pager>";
  for (size_t i = 0; i < links.size(); ++i) nav += (i ? " · " : "") + links[i];
  nav += "</p>";
  body += nav;
  int64_t changes = 0;
  body += view == "side" ? SideBySide(d, &changes) : Inline(d, &changes);
  body += "<p class=keys>" + std::to_string(changes) +
          (changes == 1 ? " change" : " changes") +
          " in the text · keys: j or n next change, k or p previous</p>";
  return Page(ctx, 200, "Changes to " + new_v->text.headline, body,
              "/feeds/article/" + std::to_string(id));
}

}  // namespace stet::server::internal
