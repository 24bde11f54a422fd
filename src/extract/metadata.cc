// Page metadata, each field from the most trusted source that has it:
//
//   headline:  JSON-LD headline/name > og:title > twitter:title > dc.title >
//              <title> (site suffix removed) > first <h1>
//   bylines:   JSON-LD author > author meta tags > rel/itemprop=author >
//              an element whose class or id says byline/author
//   published: JSON-LD datePublished > article:published_time and kin >
//              itemprop=datePublished > <time pubdate> / first <time> >
//              a date in the URL (/2017/12/22/)
//   modified:  JSON-LD dateModified > article:modified_time and kin
//   language:  <html lang> > content-language > og:locale > JSON-LD
//   canonical: <link rel=canonical> > og:url > JSON-LD url, made absolute
//   site name: og:site_name > JSON-LD publisher > application-name
//
// Structured data comes first because publishers write it for machines and
// keep it exact; visible text comes last because it mixes in furniture
// ("By Jane Doe | Updated 3 hours ago").
#include "extract/metadata.h"

#include <libxml/uri.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "stet/text.h"
#include "stet/time.h"

namespace stet::extract {
namespace {

using nlohmann::json;

using text::AsciiLower;

bool StartsWithUrl(std::string_view s) {
  return s.starts_with("http://") || s.starts_with("https://") ||
         s.starts_with("//") || s.starts_with("/");
}

// Entities left in structured data (JSON-LD is raw script text, so
// "&amp;" arrives as written) are decoded; the rest of the page was
// decoded by the parser.
std::string DecodeEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  static const std::unordered_map<std::string_view, std::string_view> kNamed = {
      {"amp", "&"},        {"lt", "<"},         {"gt", ">"},
      {"quot", "\""},      {"apos", "'"},       {"nbsp", " "},
      {"rsquo", "\u2019"}, {"lsquo", "\u2018"}, {"rdquo", "\u201D"},
      {"ldquo", "\u201C"}, {"mdash", "\u2014"}, {"ndash", "\u2013"},
      {"hellip", "\u2026"}};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '&') {
      size_t semi = s.find(';', i + 1);
      if (semi != std::string_view::npos && semi - i <= 10) {
        std::string_view ent = s.substr(i + 1, semi - i - 1);
        uint32_t cp = 0;
        bool ok = false;
        if (ent.size() > 1 && ent[0] == '#') {
          ok = true;
          bool hex = ent[1] == 'x' || ent[1] == 'X';
          for (char c : ent.substr(hex ? 2 : 1)) {
            int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : hex && std::isxdigit(static_cast<unsigned char>(c))
                        ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                        : -1;
            if (d < 0 || cp > 0x10FFFF) {
              ok = false;
              break;
            }
            cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
          }
          ok =
              ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
          if (ok) {
            if (cp < 0x80) {
              out.push_back(static_cast<char>(cp));
            } else if (cp < 0x800) {
              out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
              out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
            } else if (cp < 0x10000) {
              out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
              out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
              out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
            } else {
              out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
              out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
              out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
              out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
            }
          }
        } else if (auto it = kNamed.find(ent); it != kNamed.end()) {
          out.append(it->second);
          ok = true;
        }
        if (ok) {
          i = semi + 1;
          continue;
        }
      }
    }
    out.push_back(s[i++]);
  }
  return out;
}

std::string Clean(std::string_view s) {
  return text::CollapseWhitespace(text::SanitizeUtf8(DecodeEntities(s)));
}

// --- Collecting the page's metadata sources (one walk) ----------------------

struct Sources {
  // meta key (lower-cased property/name/itemprop/http-equiv) -> values in
  // page order.
  std::unordered_map<std::string, std::vector<std::string>> meta;
  std::vector<std::string> json_ld;  // raw script texts
  std::string html_lang;
  std::string title;
  std::string first_h1;
  std::string canonical;
  std::vector<const xmlNode*> times;         // <time> elements
  std::vector<const xmlNode*> author_nodes;  // rel=author / itemprop=author
  std::vector<const xmlNode*> byline_nodes;  // class/id says byline
  std::vector<const xmlNode*>
      date_props;  // itemprop=datePublished/dateModified
};

void AddMeta(Sources* s, std::string_view keys, std::string_view value) {
  // property="og:title dc:title": each key names the same value.
  size_t i = 0;
  while (i < keys.size()) {
    while (i < keys.size() && std::isspace(static_cast<unsigned char>(keys[i])))
      ++i;
    size_t j = i;
    while (j < keys.size() &&
           !std::isspace(static_cast<unsigned char>(keys[j])))
      ++j;
    if (j > i) s->meta[AsciiLower(keys.substr(i, j - i))].emplace_back(value);
    i = j;
  }
}

bool HasWord(std::string_view hay, std::string_view word) {
  std::string h = AsciiLower(hay);
  size_t p = 0;
  while ((p = h.find(word, p)) != std::string::npos) {
    bool left = p == 0 || !std::isalnum(static_cast<unsigned char>(h[p - 1]));
    size_t e = p + word.size();
    bool right =
        e >= h.size() || !std::isalnum(static_cast<unsigned char>(h[e]));
    if (left && right) return true;
    p = e;
  }
  return false;
}

void Walk(const xmlNode* n, Sources* s, int depth) {
  if (depth > 400) return;  // hostile nesting; libxml2 caps it too
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view name = Name(c);
    if (name == "meta") {
      std::string_view content = Attr(c, "content");
      if (content.empty()) content = Attr(c, "value");
      for (const char* key : {"property", "name", "itemprop", "http-equiv"})
        if (std::string_view k = Attr(c, key); !k.empty())
          AddMeta(s, k, content);
      if (std::string_view cs = Attr(c, "charset"); !cs.empty())
        AddMeta(s, "charset", cs);
      continue;
    }
    if (name == "script") {
      if (AsciiLower(Attr(c, "type")) == "application/ld+json") {
        std::string raw;
        for (const xmlNode* t = c->children; t; t = t->next)
          if (t->content) raw += reinterpret_cast<const char*>(t->content);
        s->json_ld.push_back(std::move(raw));
      }
      continue;
    }
    if (name == "style" || name == "noscript" || name == "template" ||
        name == "svg")
      continue;
    if (name == "title" && s->title.empty()) {
      s->title = TextOf(c);
    } else if (name == "h1" && s->first_h1.empty()) {
      s->first_h1 = TextOf(c);
    } else if (name == "link" && s->canonical.empty() &&
               HasWord(Attr(c, "rel"), "canonical")) {
      s->canonical = std::string(Attr(c, "href"));
    } else if (name == "time") {
      s->times.push_back(c);
    }
    std::string_view itemprop = Attr(c, "itemprop");
    if (HasWord(Attr(c, "rel"), "author") || HasWord(itemprop, "author") ||
        HasWord(itemprop, "creator"))
      s->author_nodes.push_back(c);
    if (HasWord(itemprop, "datepublished") || HasWord(itemprop, "datemodified"))
      s->date_props.push_back(c);
    if (name != "html" && name != "body" && name != "head") {
      std::string hints = AsciiLower(Attr(c, "class"));
      hints += ' ';
      hints += AsciiLower(Attr(c, "id"));
      if (hints.find("byline") != std::string::npos ||
          hints.find("author") != std::string::npos ||
          hints.find("writtenby") != std::string::npos)
        s->byline_nodes.push_back(c);
    }
    Walk(c, s, depth + 1);
  }
}

std::string FirstMeta(const Sources& s,
                      std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = s.meta.find(k);
    if (it == s.meta.end()) continue;
    for (const std::string& v : it->second) {
      std::string c = Clean(v);
      if (!c.empty()) return c;
    }
  }
  return {};
}

// --- JSON-LD ----------------------------------------------------------------

bool IsArticleType(const json& type) {
  static constexpr std::string_view kTypes[] = {"article",
                                                "newsarticle",
                                                "reportagenewsarticle",
                                                "analysisnewsarticle",
                                                "opinionnewsarticle",
                                                "reviewnewsarticle",
                                                "backgroundnewsarticle",
                                                "blogposting",
                                                "liveblogposting",
                                                "socialmediaposting",
                                                "scholarlyarticle",
                                                "techarticle",
                                                "report",
                                                "webpage"};
  auto one = [](const json& t) {
    if (!t.is_string()) return false;
    std::string v = AsciiLower(t.get<std::string>());
    if (size_t slash = v.rfind('/'); slash != std::string::npos)
      v = v.substr(slash + 1);
    for (std::string_view k : kTypes)
      if (v == k) return true;
    return false;
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
  return one(type);
}

bool IsWebPageOnly(const json& type) {
  auto lower = [](const json& t) {
    return t.is_string() ? AsciiLower(t.get<std::string>()) : "";
  };
  if (type.is_array()) return type.size() == 1 && lower(type[0]) == "webpage";
  return lower(type) == "webpage";
}

// Every object in a JSON-LD document (arrays and @graph flattened).
void CollectObjects(const json& j, std::vector<const json*>* out, int depth) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const json& e : j) CollectObjects(e, out, depth + 1);
  } else if (j.is_object()) {
    out->push_back(&j);
    if (auto g = j.find("@graph"); g != j.end())
      CollectObjects(*g, out, depth + 1);
  }
}

std::string JsonString(const json& j) {
  if (j.is_string()) return Clean(j.get<std::string>());
  if (j.is_array() && !j.empty()) return JsonString(j[0]);
  if (j.is_object()) {
    for (const char* k : {"name", "@value", "url", "@id"})
      if (auto it = j.find(k); it != j.end() && it->is_string())
        return Clean(it->get<std::string>());
  }
  return {};
}

std::string Field(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() ? std::string() : JsonString(*it);
}

std::vector<std::string> JsonNames(const json& j) {
  std::vector<std::string> out;
  if (j.is_array()) {
    for (const json& e : j) {
      std::vector<std::string> more = JsonNames(e);
      out.insert(out.end(), more.begin(), more.end());
    }
  } else if (j.is_string()) {
    std::string v = Clean(j.get<std::string>());
    if (!v.empty() && !StartsWithUrl(v)) out.push_back(v);
  } else if (j.is_object()) {
    if (auto it = j.find("name"); it != j.end()) {
      std::vector<std::string> more = JsonNames(*it);
      out.insert(out.end(), more.begin(), more.end());
    }
  }
  return out;
}

// The JSON-LD object that describes the article: an article type with a
// headline, else any article type, else (a bare WebPage) nothing.
struct JsonLd {
  std::vector<json> docs;  // parsed documents (owning)
  const json* article = nullptr;
  const json* any = nullptr;  // the first object with a name, for site_name
};

std::string StripCData(std::string raw) {
  for (const char* junk : {"<![CDATA[", "]]>", "<!--", "-->"}) {
    size_t p;
    while ((p = raw.find(junk)) != std::string::npos)
      raw.erase(p, std::strlen(junk));
  }
  // "//" comment lines that wrapped the CDATA markers.
  std::string out;
  size_t i = 0;
  while (i < raw.size()) {
    size_t e = raw.find('\n', i);
    if (e == std::string::npos) e = raw.size();
    std::string_view line(raw.data() + i, e - i);
    size_t f = line.find_first_not_of(" \t\r");
    if (!(f != std::string_view::npos && line.substr(f) == "//"))
      out.append(line);
    out.push_back('\n');
    i = e + 1;
  }
  return out;
}

void ParseJsonLd(const Sources& s, JsonLd* out) {
  out->docs.reserve(s.json_ld.size());
  for (const std::string& raw : s.json_ld) {
    json j = json::parse(StripCData(raw), nullptr, /*allow_exceptions=*/false);
    if (!j.is_discarded()) out->docs.push_back(std::move(j));
  }
  std::vector<const json*> objects;
  for (const json& d : out->docs) CollectObjects(d, &objects, 0);
  int best = 0;
  for (const json* o : objects) {
    auto type = o->find("@type");
    if (type == o->end() || !IsArticleType(*type)) continue;
    int score = IsWebPageOnly(*type) ? 1 : 2;
    if (o->contains("headline")) score += 2;
    if (o->contains("articleBody") || o->contains("datePublished")) score += 1;
    if (score > best) {
      best = score;
      out->article = o;
    }
  }
}

// --- Headline ---------------------------------------------------------------

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// "Story headline | Site" -> "Story headline". Separators must be spaced
// so hyphenated words survive.
std::string StripSiteSuffix(const std::string& title, const std::string& site,
                            const std::string& h1) {
  if (title.empty()) return title;
  if (!h1.empty() && title.starts_with(h1) && h1.size() * 2 >= title.size())
    return h1;
  static constexpr const char* kSeps[] = {" | ",      " - ",      " \u2013 ",
                                          " \u2014 ", " :: ",     " / ",
                                          " \u00BB ", " \u00B7 ", " \u2022 "};
  size_t cut = std::string::npos;
  size_t sep_len = 0;
  for (const char* sep : kSeps) {
    size_t p = title.rfind(sep);
    if (p != std::string::npos && (cut == std::string::npos || p > cut)) {
      cut = p;
      sep_len = std::strlen(sep);
    }
  }
  if (cut == std::string::npos) return title;
  std::string head = title.substr(0, cut);
  std::string tail = title.substr(cut + sep_len);
  std::string lt = AsciiLower(tail);
  std::string ls = AsciiLower(site);
  bool tail_is_site = !ls.empty() && (lt.find(ls) != std::string::npos ||
                                      ls.find(lt) != std::string::npos);
  // Without a known site name, a short tail after the last separator is
  // taken for one, as long as a real headline is left.
  if (tail_is_site || (WordCount(tail) <= 4 && WordCount(head) >= 3))
    return head;
  // "Site | Story headline"
  size_t first = std::string::npos;
  for (const char* sep : kSeps) {
    size_t p = title.find(sep);
    if (p != std::string::npos && p < first) {
      first = p;
      sep_len = std::strlen(sep);
    }
  }
  std::string lead = AsciiLower(title.substr(0, first));
  if (!ls.empty() && (lead.find(ls) != std::string::npos ||
                      ls.find(lead) != std::string::npos))
    return title.substr(first + sep_len);
  return title;
}

// --- Bylines ----------------------------------------------------------------

bool IsRoleWord(std::string_view w) {
  static constexpr std::string_view kRoles[] = {
      "correspondent", "editor",       "reporter",     "writer",
      "staff",         "journalist",   "contributor",  "columnist",
      "producer",      "analyst",      "chief",        "senior",
      "political",     "technologist", "director",     "associate",
      "press",         "news",         "team",         "desk",
      "agency",        "bureau",       "photographer", "updated",
      "published",     "minutes",      "hours",        "ago",
      "read",          "min"};
  std::string l = AsciiLower(w);
  for (std::string_view r : kRoles)
    if (l == r) return true;
  return false;
}

// "By Jane Doe and John Smith, Political Correspondent" -> the two names.
std::vector<std::string> SplitByline(std::string text) {
  std::vector<std::string> out;
  text = Clean(text);
  if (text.empty() || text.size() > 200) return out;
  std::string low = AsciiLower(text);
  for (const char* lead :
       {"written by ", "words by ", "story by ", "posted by ", "by ", "por ",
        "par ", "von ", "door ", "di "}) {
    size_t p = low.find(lead);
    if (p == 0) {
      text = text.substr(std::strlen(lead));
      break;
    }
    // "Photographs: X. By Jane Doe": a "by" after other text starts the names.
    if (p != std::string::npos && p > 0 && low[p - 1] == ' ' &&
        std::strcmp(lead, "by ") == 0 && p < 40) {
      text = text.substr(p + 3);
      break;
    }
  }
  // Separators between names: ",", ";", "|", " and ", " & ", " with ".
  std::vector<std::string> parts;
  std::string cur;
  for (size_t i = 0; i < text.size(); ++i) {
    auto at = [&](std::string_view w) {
      return text.compare(i, w.size(), w) == 0;
    };
    size_t skip = 0;
    if (text[i] == ',' || text[i] == ';' || text[i] == '|' || text[i] == '\n')
      skip = 1;
    // "and" and "&" join two names, not the words of one ("Mac & i").
    else if (at(" and ") && WordCount(text::CollapseWhitespace(cur)) >= 2)
      skip = 5;
    else if (at(" & ") && WordCount(text::CollapseWhitespace(cur)) >= 2)
      skip = 3;
    else if (at(" with "))
      skip = 6;
    if (skip) {
      parts.push_back(cur);
      cur.clear();
      i += skip - 1;
    } else {
      cur.push_back(text[i]);
    }
  }
  parts.push_back(cur);
  for (std::string& p : parts) {
    p = text::CollapseWhitespace(p);
    // Stray separators left at either end ("Jane Doe —", "- Jane").
    static constexpr std::string_view kTrim[] = {"—", "–", "-", "|",
                                                 "·", ":", "/"};
    for (bool again = true; again && !p.empty();) {
      again = false;
      for (std::string_view t : kTrim) {
        if (p.starts_with(t))
          p = text::CollapseWhitespace(p.substr(t.size())), again = true;
        if (p.ends_with(t))
          p = text::CollapseWhitespace(p.substr(0, p.size() - t.size())),
          again = true;
      }
    }
    if (p.empty() || StartsWithUrl(p) || p.find('@') != std::string::npos)
      continue;
    // A part made of role words ("Political Correspondent"), or a date, is
    // not a name.
    size_t words = 0, roles = 0, digits = 0;
    for (size_t i = 0; i < p.size();) {
      size_t j = p.find(' ', i);
      if (j == std::string::npos) j = p.size();
      std::string_view w(p.data() + i, j - i);
      ++words;
      if (IsRoleWord(w)) ++roles;
      // Dates, prices and counts are not names ("22", "$25", "3min").
      if (std::any_of(w.begin(), w.end(), [](char ch) {
            return std::isdigit(static_cast<unsigned char>(ch));
          }))
        ++digits;
      i = j + 1;
    }
    if (roles > 0 || digits > 0 || words > 5) {
      // "Jane Doe Political Correspondent": keep the leading name words.
      if (out.empty() && roles > 0 && words > roles) {
        std::string name;
        size_t i = 0;
        while (i < p.size()) {
          size_t j = p.find(' ', i);
          if (j == std::string::npos) j = p.size();
          std::string_view w(p.data() + i, j - i);
          if (IsRoleWord(w) || std::isdigit(static_cast<unsigned char>(w[0])))
            break;
          if (!name.empty()) name += ' ';
          name += w;
          i = j + 1;
        }
        if (!name.empty() && WordCount(name) >= 2 && WordCount(name) <= 4)
          out.push_back(name);
      }
      continue;
    }
    if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  }
  return out;
}

std::vector<std::string> PageBylines(const Sources& s) {
  for (const auto* nodes : {&s.author_nodes, &s.byline_nodes}) {
    for (const xmlNode* n : *nodes) {
      std::string t;
      // itemprop=author often wraps itemprop=name; take the name if present.
      if (Name(n) == "meta") t = std::string(Attr(n, "content"));
      if (t.empty()) t = TextOf(n);
      if (t.empty() || t.size() > 150) continue;
      std::vector<std::string> names = SplitByline(t);
      if (!names.empty()) return names;
    }
  }
  return {};
}

// --- Times ------------------------------------------------------------------

std::optional<PageTime> Time(std::string_view v) {
  std::string c = Clean(v);
  if (c.empty()) return std::nullopt;
  Result<ZonedTime> t = ParseLooseTime(c);
  if (!t.ok()) return std::nullopt;
  // Placeholder dates (the epoch, year 1 or far future) are not dates.
  if (t->utc < 86400 * 365 || t->utc > Timestamp{4102444800})
    return std::nullopt;
  return *t;
}

std::optional<PageTime> FirstTime(const Sources& s,
                                  std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = s.meta.find(k);
    if (it == s.meta.end()) continue;
    for (const std::string& v : it->second)
      if (auto t = Time(v)) return t;
  }
  return std::nullopt;
}

std::optional<PageTime> NodeTime(const xmlNode* n) {
  for (const char* a : {"datetime", "content"})
    if (auto t = Time(Attr(n, a))) return t;
  return Time(TextOf(n));
}

// /2017/12/22/, /2017-12-22/, /20171222/ in the URL's path: a date, no time.
std::optional<PageTime> UrlDate(std::string_view url) {
  size_t scheme = url.find("://");
  size_t path =
      url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  std::string_view p = url.substr(path);
  if (size_t q = p.find_first_of("?#"); q != std::string_view::npos)
    p = p.substr(0, q);
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 0; i + 8 <= p.size(); ++i) {
    if (p[i] != '/' || !(p[i + 1] == '1' || p[i + 1] == '2')) continue;
    std::string_view r = p.substr(i + 1);
    int y = 0, m = 0, d = 0;
    if (r.size() >= 10 && std::all_of(r.begin(), r.begin() + 4, digit) &&
        (r[4] == '/' || r[4] == '-') && digit(r[5]) && digit(r[6]) &&
        r[7] == r[4] && digit(r[8]) && digit(r[9])) {
      y = std::stoi(std::string(r.substr(0, 4)));
      m = std::stoi(std::string(r.substr(5, 2)));
      d = std::stoi(std::string(r.substr(8, 2)));
    } else if (r.size() >= 8 && std::all_of(r.begin(), r.begin() + 8, digit) &&
               (r.size() == 8 || r[8] == '/' || r[8] == '-')) {
      y = std::stoi(std::string(r.substr(0, 4)));
      m = std::stoi(std::string(r.substr(4, 2)));
      d = std::stoi(std::string(r.substr(6, 2)));
    } else {
      continue;
    }
    if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) continue;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    Result<ZonedTime> t = ParseZonedTime(buf);
    if (t.ok()) return *t;
  }
  return std::nullopt;
}

// --- Language, URLs ---------------------------------------------------------

// "en_GB" -> "en-GB"; anything that is not a plausible tag -> "".
std::string LanguageTag(std::string_view v) {
  std::string t = Clean(v);
  // content-language may list several ("en, de"): the first is taken.
  if (size_t c = t.find_first_of(",;"); c != std::string::npos)
    t = text::CollapseWhitespace(t.substr(0, c));
  std::replace(t.begin(), t.end(), '_', '-');
  if (t.size() < 2 || t.size() > 35) return {};
  for (char c : t)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return {};
  // The primary subtag is two or three letters.
  size_t primary = t.find('-');
  if (primary == std::string::npos) primary = t.size();
  if (primary < 2 || primary > 3) return {};
  for (size_t i = 0; i < primary; ++i)
    if (!std::isalpha(static_cast<unsigned char>(t[i]))) return {};
  return t;
}

std::string Absolute(std::string_view href, std::string_view base) {
  std::string h = Clean(href);
  if (h.empty()) return {};
  if (h.starts_with("javascript:") || h.starts_with("data:")) return {};
  if (base.empty())
    return h.starts_with("http://") || h.starts_with("https://") ? h : "";
  std::string b(base);
  xmlChar* r = xmlBuildURI(reinterpret_cast<const xmlChar*>(h.c_str()),
                           reinterpret_cast<const xmlChar*>(b.c_str()));
  if (!r) return {};
  std::string out(reinterpret_cast<const char*>(r));
  xmlFree(r);
  return out;
}

}  // namespace

PageMetadata ExtractMetadata(const HtmlDoc& doc, std::string_view url) {
  PageMetadata m;
  xmlNodePtr root = doc.root();
  if (!root) {
    m.published = UrlDate(url);
    return m;
  }
  Sources s;
  s.html_lang = std::string(Attr(root, "lang"));
  if (s.html_lang.empty()) s.html_lang = std::string(Attr(root, "xml:lang"));
  Walk(root, &s, 0);
  JsonLd ld;
  ParseJsonLd(s, &ld);
  const json* art = ld.article;

  // Site name first: the headline's suffix is stripped with it.
  m.site_name = FirstMeta(s, {"og:site_name"});
  if (m.site_name.empty() && art) {
    if (auto p = art->find("publisher"); p != art->end())
      m.site_name = JsonString(*p);
  }
  if (m.site_name.empty())
    m.site_name = FirstMeta(s, {"application-name", "al:android:app_name"});

  // Headline.
  std::string title = Clean(s.title);
  std::string h1 = Clean(s.first_h1);
  if (art && !IsWebPageOnly(art->value("@type", json()))) {
    m.headline = Field(*art, "headline");
    // Some sites put a description in "headline" and the title in "name":
    // the one the page's <title> or <h1> carries is the headline.
    std::string name = Field(*art, "name");
    auto shown = [&](const std::string& v) {
      std::string f = AsciiLower(v);
      return !f.empty() && (AsciiLower(title).find(f) != std::string::npos ||
                            AsciiLower(h1).find(f) != std::string::npos);
    };
    if (m.headline.empty() ||
        (!name.empty() && !shown(m.headline) && shown(name)))
      m.headline = name;
  }
  if (m.headline.empty())
    m.headline =
        FirstMeta(s, {"og:title", "twitter:title", "dc.title", "dc:title",
                      "dcterm:title", "dcterms.title", "title", "headline",
                      "sailthru.title", "parsely-title"});
  if (!m.headline.empty()) {
    m.headline = StripSiteSuffix(m.headline, m.site_name, "");
  } else if (!title.empty()) {
    m.headline = StripSiteSuffix(title, m.site_name, h1);
  } else {
    m.headline = h1;
  }

  // Bylines.
  if (art) {
    if (auto a = art->find("author"); a != art->end())
      m.bylines = JsonNames(*a);
    if (m.bylines.empty())
      if (auto a = art->find("creator"); a != art->end())
        m.bylines = JsonNames(*a);
  }
  if (m.bylines.empty()) {
    for (const char* key :
         {"dc:creator", "dc.creator", "dcterm:creator", "dcterms.creator",
          "author", "article:author", "parsely-author", "sailthru.author",
          "byl", "cxenseparse:author"}) {
      auto it = s.meta.find(key);
      if (it == s.meta.end()) continue;
      for (const std::string& v : it->second) {
        std::vector<std::string> names = SplitByline(v);
        for (std::string& n : names)
          if (std::find(m.bylines.begin(), m.bylines.end(), n) ==
              m.bylines.end())
            m.bylines.push_back(std::move(n));
      }
      if (!m.bylines.empty()) break;
    }
  }
  if (m.bylines.empty()) m.bylines = PageBylines(s);
  for (std::string& b : m.bylines) b = text::CollapseWhitespace(b);

  // Times.
  if (art) {
    m.published = Time(Field(*art, "datePublished"));
    if (!m.published) m.published = Time(Field(*art, "dateCreated"));
    m.modified = Time(Field(*art, "dateModified"));
  }
  if (!m.published)
    m.published =
        FirstTime(s, {"article:published_time", "og:article:published_time",
                      "article.published", "published_time", "datepublished",
                      "pubdate", "publishdate", "publish-date", "date",
                      "dc.date", "dc.date.issued", "dc:date", "dcterms.created",
                      "dcterms.date", "sailthru.date", "parsely-pub-date",
                      "og:published_time", "cxenseparse:recs:publishtime"});
  if (!m.modified)
    m.modified = FirstTime(
        s, {"article:modified_time", "og:updated_time",
            "og:article:modified_time", "datemodified", "dcterms.modified",
            "last-modified", "lastmod", "article.updated"});
  for (const xmlNode* n : s.date_props) {
    bool pub = HasWord(Attr(n, "itemprop"), "datepublished");
    std::optional<PageTime>& slot = pub ? m.published : m.modified;
    if (!slot) slot = NodeTime(n);
  }
  if (!m.published) {
    const xmlNode* chosen = nullptr;
    for (const xmlNode* t : s.times)
      if (xmlHasProp(t, BAD_CAST "pubdate") ||
          HasWord(Attr(t, "class"), "published")) {
        chosen = t;
        break;
      }
    if (!chosen && !s.times.empty()) chosen = s.times.front();
    if (chosen) m.published = NodeTime(chosen);
  }
  if (!m.published) m.published = UrlDate(url);
  if (m.published && m.modified && m.modified->utc < m.published->utc)
    m.modified.reset();

  // Language.
  m.language = LanguageTag(s.html_lang);
  if (m.language.empty())
    m.language = LanguageTag(
        FirstMeta(s, {"content-language", "language", "dc.language"}));
  if (m.language.empty()) m.language = LanguageTag(FirstMeta(s, {"og:locale"}));
  if (m.language.empty() && art)
    m.language = LanguageTag(Field(*art, "inLanguage"));

  // Canonical URL.
  m.canonical_url = Absolute(s.canonical, url);
  if (m.canonical_url.empty())
    m.canonical_url = Absolute(FirstMeta(s, {"og:url"}), url);
  if (m.canonical_url.empty() && art) {
    std::string u = Field(*art, "url");
    if (u.empty()) u = Field(*art, "mainEntityOfPage");
    m.canonical_url = Absolute(u, url);
  }

  if (art) {
    if (auto f = art->find("isAccessibleForFree"); f != art->end())
      m.marked_paywalled =
          (f->is_boolean() && !f->get<bool>()) ||
          (f->is_string() && AsciiLower(f->get<std::string>()) == "false");
  }
  m.description =
      FirstMeta(s, {"og:description", "description", "twitter:description",
                    "dc.description", "dc:description"});
  if (m.description.empty() && art) m.description = Field(*art, "description");
  return m;
}

}  // namespace stet::extract
