#include "extract/body.h"

#include <libxml/xpath.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "stet/text.h"
#include "stet/time.h"

namespace stet::extract {
namespace {

// --- Class and id hints -----------------------------------------------------

bool ContainsAny(std::string_view hay,
                 std::initializer_list<const char*> needles) {
  for (const char* n : needles)
    if (hay.find(n) != std::string_view::npos) return true;
  return false;
}

using text::AsciiLower;

// "class id" of an element, lower-cased.
std::string Hints(const xmlNode* n) {
  std::string h = AsciiLower(Attr(n, "class"));
  h += ' ';
  h += AsciiLower(Attr(n, "id"));
  return h;
}

// Names that mark page furniture rather than the story.
bool NegativeHint(std::string_view h) {
  // clang-format off
  return ContainsAny(h, {
      "comment", "share", "sharing", "social", "newsletter", "subscribe", "signup", "sign-up",
      "related", "recommend", "promo", "advert", "sponsor", "cookie", "consent", "gdpr",
      "breadcrumb", "footer", "masthead", "navbar", "menu", "sidebar", "widget", "popup",
      "modal", "outbrain", "taboola", "caption", "credit", "byline", "author-info",
      "more-stories", "read-more", "readmore", "most-popular", "mostpopular", "trending",
      "tags", "toolbar", "print", "login", "paywall", "teaser", "video-player",
      "disclaimer-box", "jump-link", "skip-link", "hidden", "visually-hidden", "sr-only",
      "screen-reader", "next-prev", "prev-next", "post-nav", "slideshow", "rollover",
      "tooltip", "popover", "hovercard"});
  // clang-format on
}

// Names that mean furniture even beside an article-ish name
// ("related-stories", "comments-content").
bool StrongNegativeHint(std::string_view h) {
  return ContainsAny(
      h, {"related", "comment", "newsletter", "most-popular", "mostpopular",
          "trending", "outbrain", "taboola", "recommend", "more-stories",
          "read-more", "readmore", "sidebar", "social", "promo"});
}

bool PositiveHint(std::string_view h) {
  // Not "news": sites put it in every class ("theme-news", "newsCaption").
  return ContainsAny(h, {"article", "body", "content", "entry", "main", "post",
                         "story", "text", "blog"});
}

// --- Per-element text statistics (one post-order pass)
// ------------------------

struct Stats {
  int64_t chars = 0;       // text characters (code points, collapsed roughly)
  int64_t link_chars = 0;  // of which inside <a>
  int commas = 0;
  int paragraphs = 0;      // <p> descendants with real text
  int64_t para_chars = 0;  // text in prose paragraphs, outside links
};

bool IsSkipped(std::string_view name) {
  return name == "script" || name == "style" || name == "noscript" ||
         name == "template" || name == "svg" || name == "math";
}

int64_t CountText(const xmlChar* s, int* commas) {
  int64_t n = 0;
  bool space = true;
  for (const unsigned char* p = s; *p; ++p) {
    if ((*p & 0xC0) == 0x80) continue;
    bool sp = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
    if (sp && space) continue;
    space = sp;
    ++n;
    if (*p == ',') ++*commas;
  }
  return n;
}

bool IsBlockish(std::string_view name) {
  static const std::unordered_set<std::string_view> kBlocks = {
      "p",          "div",   "section", "article", "main",    "ul",
      "ol",         "li",    "table",   "tr",      "td",      "th",
      "blockquote", "pre",   "h1",      "h2",      "h3",      "h4",
      "h5",         "h6",    "header",  "footer",  "form",    "dl",
      "dt",         "dd",    "figure",  "hr",      "address", "center",
      "fieldset",   "tbody", "thead",   "details"};
  return kBlocks.count(name) != 0;
}

// A <div> holding only inline content is a paragraph in disguise.
bool DivIsParagraph(const xmlNode* n) {
  for (const xmlNode* c = n->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && IsBlockish(Name(c))) return false;
  return true;
}

class Analysis {
 public:
  const Stats& Of(const xmlNode* n) const {
    static const Stats kEmpty;
    auto it = stats_.find(n);
    return it == stats_.end() ? kEmpty : it->second;
  }
  Stats Compute(const xmlNode* n, bool in_link) {
    Stats s;
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE && c->content) {
        int64_t chars = CountText(c->content, &s.commas);
        s.chars += chars;
        if (in_link) s.link_chars += chars;
      } else if (c->type == XML_ELEMENT_NODE) {
        std::string_view name = Name(c);
        if (IsSkipped(name)) continue;
        Stats cs = Compute(c, in_link || name == "a");
        s.chars += cs.chars;
        s.link_chars += cs.link_chars;
        s.commas += cs.commas;
        // Old markup writes paragraphs as <div>s of inline text.
        const bool para = name == "p" || (name == "div" && DivIsParagraph(c));
        s.paragraphs += cs.paragraphs + (para && cs.chars >= 25);
        // Prose: a paragraph of some length, mostly not links (a teaser's
        // one-line summary does not count).
        const bool prose = para && cs.chars - cs.link_chars >= 80 &&
                           cs.link_chars * 3 < cs.chars;
        s.para_chars += cs.para_chars + (prose ? cs.chars - cs.link_chars : 0);
      }
    }
    stats_[n] = s;
    return s;
  }

 private:
  std::unordered_map<const xmlNode*, Stats> stats_;
};

double LinkDensity(const Stats& s) {
  return s.chars ? static_cast<double>(s.link_chars) / s.chars : 0.0;
}

// --- Cleaning
// -----------------------------------------------------------------

void Remove(std::vector<xmlNodePtr>& nodes) {
  for (xmlNodePtr n : nodes) {
    xmlUnlinkNode(n);
    xmlFreeNode(n);
  }
  nodes.clear();
}

bool HiddenByStyle(const xmlNode* n) {
  std::string style = AsciiLower(Attr(n, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

// Elements that are never article text, whatever they contain.
bool AlwaysFurniture(const xmlNode* n, std::string_view name) {
  if (IsSkipped(name) || name == "iframe" || name == "object" ||
      name == "embed" || name == "button" || name == "input" ||
      name == "select" || name == "textarea" || name == "nav" ||
      name == "figcaption" || name == "figure" || name == "picture" ||
      name == "video" || name == "audio" || name == "canvas" ||
      name == "aside" || name == "dialog")
    return true;
  std::string_view role = Attr(n, "role");
  if (role == "navigation" || role == "complementary" || role == "banner" ||
      role == "contentinfo" || role == "dialog" || role == "alert" ||
      role == "menu" || role == "search")
    return true;
  if (xmlHasProp(n, BAD_CAST "hidden") || Attr(n, "aria-hidden") == "true" ||
      HiddenByStyle(n))
    return true;
  return false;
}

void CollectFurniture(xmlNodePtr n, std::vector<xmlNodePtr>* out) {
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (c->type == XML_COMMENT_NODE) {
      out->push_back(c);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view name = Name(c);
    if (AlwaysFurniture(c, name) || ((name == "header" || name == "footer") &&
                                     c->parent && Name(c->parent) == "body")) {
      out->push_back(c);
      continue;
    }
    CollectFurniture(c, out);
  }
}

// Elements named like furniture are removed unless they hold a good share
// (a third, and at least three) of the page's paragraphs (some sites call their
// article container "story-body
// ... share-enabled").
void CollectNegatives(xmlNodePtr n, const Analysis& a, int page_paragraphs,
                      std::vector<xmlNodePtr>* out) {
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view name = Name(c);
    if (name != "body" && name != "article" && name != "main") {
      std::string h = Hints(c);
      // A post embedded in the story (a tweet it quotes) is content, though
      // its box is named "social".
      const bool embed =
          ContainsAny(h, {"social-media-embed", "social-embed", "embed-social",
                          "twitter-tweet", "tweet-embed", "embedded-tweet",
                          "instagram-media", "tiktok-embed"});
      if (!embed && NegativeHint(h) &&
          (StrongNegativeHint(h) || !PositiveHint(h))) {
        const Stats& s = a.Of(c);
        const bool holds_article =
            s.paragraphs >= 3 && s.paragraphs * 3 >= page_paragraphs;
        if (!holds_article || LinkDensity(s) > 0.5) {
          out->push_back(c);
          continue;
        }
      }
    }
    CollectNegatives(c, a, page_paragraphs, out);
  }
}

// --- Site rules
// -----------------------------------------------------------------

// A selector from a rules file as XPath: raw XPath (starts with '/' or '('),
// or a simple CSS form: tag, .class, #id, tag.class, tag#id, [attr=value],
// with descendant steps separated by spaces.
}  // namespace

std::string SelectorToXPath(std::string_view sel) {
  if (!sel.empty() && (sel[0] == '/' || sel[0] == '(')) return std::string(sel);
  std::string xp;
  size_t i = 0;
  while (i < sel.size()) {
    while (i < sel.size() && sel[i] == ' ') ++i;
    if (i >= sel.size()) break;
    size_t j = sel.find(' ', i);
    if (j == std::string_view::npos) j = sel.size();
    std::string_view step = sel.substr(i, j - i);
    i = j;
    std::string tag = "*";
    std::string preds;
    size_t k = 0;
    while (
        k < step.size() &&
        (std::isalnum(static_cast<unsigned char>(step[k])) || step[k] == '-'))
      ++k;
    if (k > 0) tag = AsciiLower(step.substr(0, k));
    while (k < step.size()) {
      char kind = step[k++];
      size_t e = k;
      if (kind == '[') {
        e = step.find(']', k);
        if (e == std::string_view::npos) e = step.size();
        std::string_view body = step.substr(k, e - k);
        size_t eq = body.find('=');
        if (eq == std::string_view::npos) {
          preds += "[@" + std::string(body) + "]";
        } else {
          std::string v(body.substr(eq + 1));
          v.erase(std::remove(v.begin(), v.end(), '"'), v.end());
          v.erase(std::remove(v.begin(), v.end(), '\''), v.end());
          preds += "[@" + std::string(body.substr(0, eq)) + "='" + v + "']";
        }
        k = e + 1;
        continue;
      }
      while (e < step.size() && step[e] != '.' && step[e] != '#' &&
             step[e] != '[')
        ++e;
      std::string v(step.substr(k, e - k));
      if (kind == '.')
        preds += "[contains(concat(' ', normalize-space(@class), ' '), ' " + v +
                 " ')]";
      else if (kind == '#')
        preds += "[@id='" + v + "']";
      k = e;
    }
    xp += "//" + tag + preds;
  }
  return xp;
}

namespace {

std::vector<xmlNodePtr> Select(xmlDocPtr doc,
                               const std::vector<std::string>& selectors) {
  std::vector<xmlNodePtr> out;
  xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
  if (!ctx) return out;
  for (const std::string& sel : selectors) {
    std::string xp = SelectorToXPath(sel);
    xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST xp.c_str(), ctx);
    if (r && r->nodesetval) {
      for (int i = 0; i < r->nodesetval->nodeNr; ++i) {
        xmlNodePtr n = r->nodesetval->nodeTab[i];
        if (n && n->type == XML_ELEMENT_NODE) out.push_back(n);
      }
    }
    xmlXPathFreeObject(r);
  }
  xmlXPathFreeContext(ctx);
  return out;
}

// --- Candidates
// -------------------------------------------------------------------

double ClassWeight(const xmlNode* n) {
  std::string h = Hints(n);
  double w = 0;
  if (PositiveHint(h)) w += 25;
  if (NegativeHint(h)) w -= 25;
  return w;
}

double TagWeight(std::string_view name) {
  if (name == "article") return 30;
  if (name == "main") return 15;
  if (name == "div" || name == "section") return 5;
  if (name == "pre" || name == "td" || name == "blockquote") return 3;
  if (name == "ul" || name == "ol" || name == "form" || name == "dl") return -3;
  if (name == "th" || name == "li") return -5;
  if (name == "header" || name == "footer") return -10;
  return 0;
}

xmlNodePtr PickTopCandidate(xmlNodePtr body, const Analysis& a) {
  std::unordered_map<xmlNodePtr, double> score;
  std::vector<xmlNodePtr> order;
  auto add = [&](xmlNodePtr n, double s) {
    if (!n || n->type != XML_ELEMENT_NODE) return;
    auto [it, fresh] = score.emplace(n, 0.0);
    if (fresh) {
      it->second = TagWeight(Name(n)) + ClassWeight(n);
      order.push_back(n);
    }
    it->second += s;
  };
  // Paragraph-like elements vote.
  std::vector<xmlNodePtr> stack = {body};
  while (!stack.empty()) {
    xmlNodePtr n = stack.back();
    stack.pop_back();
    for (xmlNodePtr c = n->children; c; c = c->next)
      if (c->type == XML_ELEMENT_NODE) stack.push_back(c);
    std::string_view name = Name(n);
    bool para = name == "p" || name == "pre" || name == "td" ||
                (name == "div" && DivIsParagraph(n));
    int64_t chars = 0;
    int commas = 0;
    xmlNodePtr p = n->parent;
    if (para) {
      const Stats& s = a.Of(n);
      chars = s.chars;
      commas = s.commas;
    } else if (name == "div" || name == "section" || name == "article" ||
               name == "main") {
      // Text written straight into a container, beside block children, is
      // a paragraph without its <p>: it votes for the container.
      for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
          chars += CountText(c->content, &commas);
        } else if (c->type == XML_ELEMENT_NODE && !IsBlockish(Name(c))) {
          chars += a.Of(c).chars - a.Of(c).link_chars;
          commas += a.Of(c).commas;
        }
      }
      p = n;
    }
    if (chars < 25) continue;
    double vote = 1 + commas + std::min(3.0, chars / 100.0);
    for (int level = 0; p && level < 3; ++level, p = p->parent) {
      if (p->type != XML_ELEMENT_NODE) break;
      add(p, level == 0 ? vote : level == 1 ? vote / 2 : vote / 6);
    }
  }
  xmlNodePtr best = nullptr;
  double best_score = 0;
  for (xmlNodePtr n : order) {
    double s = score[n] * (1 - LinkDensity(a.Of(n)));
    if (!best || s > best_score) {
      best = n;
      best_score = s;
    }
  }
  if (!best) return body;
  // A parent that holds the candidate plus more article text (articles
  // split over several containers) is the better choice.
  for (xmlNodePtr p = best->parent;
       p && p != body && p->type == XML_ELEMENT_NODE; p = p->parent) {
    auto it = score.find(p);
    if (it == score.end()) break;
    double s = it->second * (1 - LinkDensity(a.Of(p)));
    if (s < best_score * 0.75) break;
    best = p;
    best_score = std::max(best_score, s);
  }
  // An article split into sections (figures and pull quotes between them)
  // sits deeper than three levels below the container that holds all of
  // it: climb while an ancestor holds clearly more paragraph text and is
  // still prose, not a page of links.
  xmlNodePtr cur = best;
  for (int up = 0; up < 5 && cur->parent && cur->parent != body &&
                   cur->parent->type == XML_ELEMENT_NODE;
       ++up) {
    cur = cur->parent;
    const Stats& ps = a.Of(cur);
    const Stats& bs = a.Of(best);
    if (ps.para_chars >=
            bs.para_chars + std::max<int64_t>(200, bs.para_chars / 4) &&
        LinkDensity(ps) < 0.25) {
      best = cur;
    } else if (ps.para_chars > bs.para_chars) {
      break;  // more text, but not enough to be the rest of the article
    }
    // Same text: a wrapper; look past it.
  }
  return best;
}

// --- Emitting blocks
// ---------------------------------------------------------------

struct Emitter {
  const Analysis& a;
  std::vector<Block>* out;
  std::string pending;  // inline text waiting for its block to end

  void FlushInline() {
    std::string t = text::CollapseWhitespace(pending);
    pending.clear();
    if (!t.empty()) out->push_back({BlockKind::kParagraph, std::move(t)});
  }

  static BlockKind KindOf(std::string_view name) {
    if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')
      return BlockKind::kHeading;
    if (name == "li" || name == "dd" || name == "dt")
      return BlockKind::kListItem;
    if (name == "blockquote") return BlockKind::kQuote;
    return BlockKind::kParagraph;
  }

  // Link-heavy or furniture-named blocks inside the body are dropped.
  bool Unwanted(const xmlNode* n, std::string_view name) const {
    const Stats& s = a.Of(n);
    if (s.chars == 0) return true;
    double ld = LinkDensity(s);
    if (name == "ul" || name == "ol") return ld > 0.5;
    if (name == "li") return ld > 0.6;
    if (ld > 0.65 && s.chars < 400) return true;
    if (name == "table") return s.paragraphs == 0 && ld > 0.3;
    return false;
  }

  void Walk(const xmlNode* n) {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content)
          pending.append(reinterpret_cast<const char*>(c->content));
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      std::string_view name = Name(c);
      if (IsSkipped(name)) continue;
      if (name == "br") {
        // Two breaks in a row separate paragraphs in old-style markup.
        if (c->next && Name(c->next) == "br") FlushInline();
        pending.push_back(' ');
        continue;
      }
      if (!IsBlockish(name)) {
        AppendRawText(c, &pending);
        continue;
      }
      FlushInline();
      if (Unwanted(c, name)) continue;
      bool leaf = name == "p" || (name.size() == 2 && name[0] == 'h') ||
                  name == "pre" || name == "dt" || name == "dd" ||
                  ((name == "li" || name == "blockquote" || name == "div") &&
                   DivIsParagraph(c));
      if (name == "tr") {
        // A table row reads as one line, its cells separated by spaces.
        std::string row;
        for (const xmlNode* cell = c->children; cell; cell = cell->next) {
          std::string t = TextOf(cell);
          if (t.empty()) continue;
          if (!row.empty()) row += ' ';
          row += t;
        }
        if (!row.empty())
          out->push_back({BlockKind::kParagraph, std::move(row)});
        continue;
      }
      if (leaf) {
        std::string t = TextOf(c);
        if (!t.empty()) out->push_back({KindOf(name), std::move(t)});
        continue;
      }
      Walk(c);
      FlushInline();
    }
  }
};

bool IsDateWord(std::string_view w) {
  // clang-format off
  static constexpr std::string_view kWords[] = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
      "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "am", "pm", "a.m.", "p.m.", "at", "on", "gmt", "utc", "bst", "est", "edt",
      "cst", "cdt", "pst", "pdt", "cet", "cest", "ist", "et", "pt", "of", "the", "updated",
      "published", "original", "posted", "modified", "last"};
  // clang-format on
  while (!w.empty() && (w.back() == '.' || w.back() == ':' || w.back() == ';'))
    w.remove_suffix(1);
  for (std::string_view k : kWords)
    if (w == k) return true;
  // "22nd", "1st"
  return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0]));
}

// "Published: 10:48, Tue, Nov 19, 2019 | Updated: 11:05" and the like: a
// line that is only dates, with their labels, is furniture.
bool LooksLikeDateLine(const std::string& lower) {
  static constexpr std::string_view kLabels[] = {
      "published",     "updated",  "last updated",    "posted", "posted on",
      "last modified", "modified", "first published", "on",     "at",
      "date"};
  bool any = false;
  size_t i = 0;
  while (i <= lower.size()) {
    size_t e = lower.find('|', i);
    if (e == std::string::npos) e = lower.size();
    std::string part = text::CollapseWhitespace(lower.substr(i, e - i));
    i = e + 1;
    for (std::string_view label : kLabels) {
      if (part.starts_with(label) &&
          (part.size() == label.size() || part[label.size()] == ':' ||
           part[label.size()] == ' ')) {
        part = text::CollapseWhitespace(part.substr(label.size()));
        if (!part.empty() && part[0] == ':')
          part = text::CollapseWhitespace(part.substr(1));
        break;
      }
    }
    if (part.empty()) continue;
    // A bare number ("1" in a table cell) is not a date, whatever
    // ParseLooseTime makes of it as epoch seconds.
    if (part.find_first_not_of("0123456789") == std::string::npos) return false;
    // Only date words: "Tweet text (@user) October 9, 2018" is not a date
    // line, though a lenient parse finds a date in it.
    size_t other_words = 0;
    for (size_t w = 0; w < part.size();) {
      size_t e2 = part.find_first_of(" ,", w);
      if (e2 == std::string::npos) e2 = part.size();
      std::string_view word(part.data() + w, e2 - w);
      w = e2 + 1;
      bool alpha =
          !word.empty() && std::isalpha(static_cast<unsigned char>(word[0]));
      if (alpha && !IsDateWord(word)) ++other_words;
    }
    if (other_words > 0) return false;
    if (!ParseLooseTime(part).ok()) return false;
    any = true;
  }
  return any;
}

// Lines that are page furniture whatever their markup.
bool BoilerplateLine(const std::string& t) {
  std::string l = AsciiLower(t);
  if (l.size() < 120 && LooksLikeDateLine(l)) return true;
  // Contact lines: "Have a tip? Jane Doe may be reached at jd@example.com."
  if (l.size() < 300 && l.find('@') != std::string::npos &&
      l.find('.') != std::string::npos) {
    for (std::string_view cue :
         {"reached at", "write to", "contact ", "have a tip", "email "})
      if (l.find(cue) != std::string::npos) return true;
  }
  // Tag lists: "Tags: stock car 2018, stock car brasil, ...".
  for (std::string_view lead : {"tags:", "tags ", "tagged:", "tagged with:",
                                "filed under:", "タグ:", "タグ："})
    if (l.starts_with(lead) && l.size() < 400 &&
        (l.find(',') != std::string::npos || l.size() < 60))
      return true;
  // clang-format off
  static const char* kExact[] = {
      "advertisement", "advertisment", "ad", "advert", "share", "share this article",
      "share this", "read more", "continue reading", "related", "related articles",
      "related news", "comments", "follow us", "sponsored", "loading", "loading...",
      "skip to content", "image", "video", "watch", "listen", "print", "email", "close",
      "don't miss", "don’t miss", "most read", "key points", "read next", "recommended",
      "more on this story", "top stories", "related content", "click to enlarge",
      "enlarge this image", "toggle caption", "hide caption", "show caption",
      "view comments", "sign up", "subscribe", "newsletter", "image source",
      "this slideshow requires javascript.", "tell us what you think...", "like this:",
      "like loading...", "スポンサードリンク", "filed under:",
      "tags", "tags:"};
  // clang-format on
  for (const char* e : kExact)
    if (l == e) return true;
  return false;
}

}  // namespace

std::vector<Block> ExtractBody(HtmlDoc& doc, const PageMetadata& meta,
                               const SiteRule* rule) {
  std::vector<Block> blocks;
  xmlNodePtr root = doc.root();
  if (!root) return blocks;
  xmlNodePtr body = root;
  for (xmlNodePtr c = root->children; c; c = c->next)
    if (Name(c) == "body") body = c;

  if (rule && !rule->drop.empty()) {
    std::vector<xmlNodePtr> drop = Select(doc.doc(), rule->drop);
    // Drop outermost first; nested matches go with their ancestors.
    std::unordered_set<xmlNodePtr> set(drop.begin(), drop.end());
    // (Each once: two selectors can match one node, ".promo" and "//aside"
    // an <aside class=promo>.)
    std::unordered_set<xmlNodePtr> taken;
    std::vector<xmlNodePtr> outer;
    for (xmlNodePtr n : drop) {
      bool nested = false;
      for (xmlNodePtr p = n->parent; p && !nested; p = p->parent)
        nested = set.count(p);
      // A rule cannot drop the body itself or what holds it (a selector
      // such as "body" or "html"): the page would be freed under us.
      bool holds_body = false;
      for (xmlNodePtr p = body; p && !holds_body; p = p->parent)
        holds_body = p == n;
      if (!nested && !holds_body && taken.insert(n).second) outer.push_back(n);
    }
    Remove(outer);
  }

  std::vector<xmlNodePtr> remove;
  CollectFurniture(body, &remove);
  Remove(remove);
  Analysis a;
  Stats page = a.Compute(body, false);
  CollectNegatives(body, a, page.paragraphs, &remove);
  Remove(remove);
  a = Analysis();
  a.Compute(body, false);

  std::vector<const xmlNode*> parts;
  if (rule && !rule->body.empty()) {
    for (xmlNodePtr n : Select(doc.doc(), rule->body)) parts.push_back(n);
  }
  if (parts.empty()) {
    xmlNodePtr top = PickTopCandidate(body, a);
    // Siblings that look like more of the article join it.
    const double top_chars = static_cast<double>(a.Of(top).chars);
    if (top->parent && top != body) {
      for (xmlNodePtr s = top->parent->children; s; s = s->next) {
        if (s->type != XML_ELEMENT_NODE) continue;
        if (s == top) {
          parts.push_back(s);
          continue;
        }
        const Stats& st = a.Of(s);
        std::string_view name = Name(s);
        bool join =
            (name == "p" || PositiveHint(Hints(s)) || st.paragraphs > 0) &&
            LinkDensity(st) < 0.25 && st.chars > 80 &&
            st.chars > top_chars * 0.05;
        if (join) parts.push_back(s);
      }
    } else {
      parts.push_back(top);
    }
  }

  for (const xmlNode* p : parts) {
    Emitter e{a, &blocks, {}};
    std::string_view name = Name(p);
    if (name == "p" || (name == "div" && DivIsParagraph(p))) {
      std::string t = TextOf(p);
      if (!t.empty()) blocks.push_back({BlockKind::kParagraph, std::move(t)});
      continue;
    }
    e.Walk(p);
    e.FlushInline();
  }

  // Final pass: the headline, bylines, bare dates and furniture lines that
  // sit inside the article container are not body text.
  std::string headline = AsciiLower(meta.headline);
  std::vector<Block> out;
  out.reserve(blocks.size());
  for (Block& b : blocks) {
    if (BoilerplateLine(b.text)) continue;
    if (!headline.empty() && AsciiLower(b.text) == headline && out.empty())
      continue;
    bool is_byline = false;
    const std::string l = AsciiLower(b.text);
    for (const std::string& by : meta.bylines) {
      const bool names = l.find(AsciiLower(by)) != std::string::npos;
      // "Andrew Roth", "By Andrew Roth in Moscow", and "By Andrew Roth on
      // Monday, November 18th, 2019 at 11:08 a.m."
      if (names && ((l.size() < by.size() + 20 && b.text.size() < 80) ||
                    (l.starts_with("by ") && l.size() < 160)))
        is_byline = true;
    }
    if (is_byline) continue;
    if (!out.empty() && out.back().text == b.text) continue;
    out.push_back(std::move(b));
  }
  return out;
}

}  // namespace stet::extract
