// Extract(): bytes -> UTF-8 -> DOM -> metadata -> page kind -> body.
#include "stet/extract.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "extract/body.h"
#include "extract/charset.h"
#include "extract/html.h"
#include "extract/metadata.h"
#include "stet/text.h"

namespace stet {
namespace {

using text::AsciiLower;

bool HasAny(const std::string& hay,
            std::initializer_list<const char*> needles) {
  for (const char* n : needles)
    if (hay.find(n) != std::string::npos) return true;
  return false;
}

// Binary formats that arrive where HTML was expected.
const char* BinaryKind(std::string_view b) {
  auto starts = [&](std::string_view m) { return b.substr(0, m.size()) == m; };
  if (starts("%PDF-")) return "a PDF document";
  if (starts("\x89PNG")) return "a PNG image";
  if (starts("\xFF\xD8\xFF")) return "a JPEG image";
  if (starts("GIF8")) return "a GIF image";
  if (starts("\x1F\x8B")) return "gzip-compressed data";
  if (starts("PK\x03\x04")) return "a zip archive";
  if (starts("\x7F"
             "ELF"))
    return "an executable";
  size_t nul =
      std::count(b.begin(), b.begin() + std::min<size_t>(b.size(), 4096), '\0');
  // UTF-16 text has many NULs too; a BOM says so and is handled later.
  bool utf16_bom = starts("\xFF\xFE") || starts("\xFE\xFF");
  if (nul > 16 && !utf16_bom) return "binary data";
  return nullptr;
}

std::string SizeText(size_t bytes) {
  if (bytes < 1000000) return std::to_string(bytes) + " bytes";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return buf;
}

int64_t BodyChars(const std::vector<Block>& blocks) {
  int64_t n = 0;
  for (const Block& b : blocks) n += static_cast<int64_t>(b.text.size());
  return n;
}

// Decides what kind of page this is from its metadata, its whole text and
// the body found. Only pages with a real body pass as articles. A wall
// (paywall, consent) is a page whose prompt replaced the story: the body
// left is short, and either the prompt's words are what the body says, or
// the page says them and almost no body is left. A short article that
// merely has a cookie banner or a "subscribe" box stays an article.
void Classify(ExtractedArticle* a, const std::string& page_text,
              const std::string& title, bool trusted_body) {
  const int64_t chars = BodyChars(a->blocks);
  const std::string t = AsciiLower(title);
  const std::string lower = AsciiLower(page_text.substr(0, 20000));
  std::string body;
  for (const Block& b : a->blocks) body += AsciiLower(b.text) + "\n";
  // "404" only as a number of its own: "No. 1404" in a headline is not one.
  bool says_404 = false;
  for (size_t p = t.find("404"); p != std::string::npos;
       p = t.find("404", p + 1))
    says_404 |=
        (p == 0 || !std::isdigit(static_cast<unsigned char>(t[p - 1]))) &&
        (p + 3 >= t.size() ||
         !std::isdigit(static_cast<unsigned char>(t[p + 3])));
  if ((says_404 ||
       HasAny(t, {"page not found", "not found", "page unavailable",
                  "error 500", "server error", "seite nicht gefunden",
                  "page introuvable", "no encontrada"})) &&
      chars < 1500) {
    a->kind = PageKind::kErrorPage;
    a->reason = "error page: \"" + title + "\"";
    return;
  }
  auto wall = [&](std::initializer_list<const char*> phrases,
                  int64_t short_body) {
    return chars < short_body &&
           (HasAny(body, phrases) || (chars < 400 && HasAny(lower, phrases)));
  };
  const auto kPaywall = {"subscribe to continue",
                         "subscribe to read",
                         "subscribers only",
                         "to continue reading",
                         "this article is for subscribers",
                         "create a free account to continue",
                         "unlock this article",
                         "log in to continue reading",
                         "become a subscriber",
                         "subscribe now to read",
                         "exclusive to subscribers"};
  const bool asks = wall(kPaywall, 1200);
  if (asks || (a->meta.marked_paywalled && chars < 1200)) {
    a->kind = PageKind::kPaywall;
    a->reason = std::string(asks ? "paywall: the page asks to subscribe"
                                 : "paywall: the page is marked as not free") +
                " and shows only " + std::to_string(chars) +
                " characters of text";
    return;
  }
  if (wall({"we use cookies", "cookie settings", "accept all cookies",
            "manage consent", "your privacy choices", "consent to the use",
            "before you continue", "manage cookies"},
           800)) {
    a->kind = PageKind::kConsent;
    a->reason =
        "consent wall: the page asks for cookie consent and shows only " +
        std::to_string(chars) + " characters of text";
    return;
  }
  // Two sentences make the shortest news brief; less is a teaser or a
  // fragment of an index page. A site rule's selection is trusted as is.
  if (a->blocks.empty() || (!trusted_body && chars < 200)) {
    a->kind = PageKind::kNoArticle;
    a->reason =
        "no article text found (" + std::to_string(chars) + " characters)";
    return;
  }
  a->kind = PageKind::kArticle;
}

}  // namespace

std::string_view BlockKindName(BlockKind k) {
  switch (k) {
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kListItem:
      return "list_item";
    case BlockKind::kQuote:
      return "quote";
  }
  return "paragraph";
}

std::string_view PageKindName(PageKind k) {
  switch (k) {
    case PageKind::kArticle:
      return "article";
    case PageKind::kPaywall:
      return "paywall";
    case PageKind::kConsent:
      return "consent";
    case PageKind::kErrorPage:
      return "error_page";
    case PageKind::kNoArticle:
      return "no_article";
  }
  return "no_article";
}

VersionText ExtractedArticle::ToVersionText() const {
  VersionText v;
  v.headline = meta.headline;
  for (size_t i = 0; i < meta.bylines.size(); ++i) {
    if (i) v.byline += ", ";
    v.byline += meta.bylines[i];
  }
  v.paragraphs.reserve(blocks.size());
  for (const Block& b : blocks) v.paragraphs.push_back(b.text);
  return v;
}

Result<ExtractedArticle> Extract(std::string_view page,
                                 const ExtractOptions& options) {
  if (page.size() > options.max_bytes)
    return Status(ErrorCode::kTooLarge, "page is " + SizeText(page.size()) +
                                            ", above the limit of " +
                                            SizeText(options.max_bytes));
  size_t first = page.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return InvalidArgument("empty page");
  if (const char* kind = BinaryKind(page))
    return InvalidArgument(std::string("not an HTML page: ") + kind);

  ExtractedArticle a;
  extract::Decoded decoded = extract::DecodeToUtf8(page, options.content_type);
  a.charset = decoded.charset;
  STET_ASSIGN_OR_RETURN(extract::HtmlDoc doc,
                        extract::HtmlDoc::Parse(decoded.utf8, options.url));
  decoded.utf8.clear();
  a.meta = extract::ExtractMetadata(doc, options.url);
  std::string title;
  std::string page_text;
  if (xmlNodePtr root = doc.root()) {
    for (xmlNodePtr c = root->children; c; c = c->next) {
      if (extract::Name(c) == "head") {
        for (xmlNodePtr h = c->children; h; h = h->next)
          if (extract::Name(h) == "title") title = extract::TextOf(h);
      }
    }
    page_text = extract::TextOf(root);
  }
  const SiteRule* rule =
      options.rules ? options.rules->For(options.url) : nullptr;
  a.blocks = extract::ExtractBody(doc, a.meta, rule);
  Classify(&a, page_text, title.empty() ? a.meta.headline : title,
           rule && !rule->body.empty());
  // Blocks of a wall page (the teaser that was visible) are kept for the
  // reader; only kArticle pages become versions.
  return a;
}

}  // namespace stet
