// ParseFeed(): bytes -> what they look like -> the format's reader ->
// checked items.
#include "stet/feed.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

#include "feed/builder.h"
#include "feed/formats.h"
#include "feed/text.h"
#include "feed/xml.h"
#include "stet/text.h"

namespace stet {

std::string_view FeedFormatName(FeedFormat f) {
  switch (f) {
    case FeedFormat::kRss:
      return "rss";
    case FeedFormat::kRdf:
      return "rdf";
    case FeedFormat::kAtom:
      return "atom";
    case FeedFormat::kJsonFeed:
      return "json_feed";
    case FeedFormat::kSitemap:
      return "sitemap";
    case FeedFormat::kSitemapIndex:
      return "sitemap_index";
  }
  return "unknown";
}

std::string DescribeProblem(const FeedProblem& p) {
  std::string where;
  if (p.entry >= 0) where = "entry " + std::to_string(p.entry + 1);
  if (p.line > 0)
    where += (where.empty() ? "line " : ", line ") + std::to_string(p.line);
  return where.empty() ? p.message : where + ": " + p.message;
}

namespace feed {

std::string SizeText(size_t bytes) {
  if (bytes < 1000000) return std::to_string(bytes) + " bytes";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return buf;
}

Sniffed Sniff(std::string_view b) {
  auto starts = [&](std::string_view m) { return b.substr(0, m.size()) == m; };
  if (b.empty()) return {Shape::kEmpty, "an empty document"};
  static constexpr struct {
    std::string_view magic;
    const char* what;
  } kMagic[] = {
      {"%PDF-", "a PDF document"},
      {"\x89PNG", "a PNG image"},
      {"\xFF\xD8\xFF", "a JPEG image"},
      {"GIF8", "a GIF image"},
      {"\x1F\x8B", "gzip-compressed data (decompress it first)"},
      {"PK\x03\x04", "a zip archive"},
      {"\x7F"
       "ELF",
       "an executable"},
      {"BZh", "bzip2-compressed data"},
      {"\x28\xB5\x2F\xFD", "zstd-compressed data"},
  };
  for (const auto& m : kMagic)
    if (starts(m.magic)) return {Shape::kBinary, m.what};
  // UTF-16 (marked, or "<?" in two-byte units): XML is the only feed text
  // that comes that way.
  if (starts("\xFF\xFE") || starts("\xFE\xFF") ||
      starts(std::string_view("<\0?\0", 4)) ||
      starts(std::string_view("\0<\0?", 4)))
    return {Shape::kMarkup, ""};
  const std::string_view head = b.substr(0, 4096);
  const size_t controls = std::count_if(head.begin(), head.end(), [](char c) {
    const unsigned char u = static_cast<unsigned char>(c);
    return u < 0x09 || (u > 0x0D && u < 0x20);
  });
  if (controls > 16 || controls * 20 > head.size())
    return {Shape::kBinary, "binary data"};
  size_t i = starts("\xEF\xBB\xBF") ? 3 : 0;
  while (i < b.size() && std::strchr(" \t\r\n\f\v", b[i]) && b[i]) ++i;
  if (i == b.size()) return {Shape::kEmpty, "an empty document (only spaces)"};
  if (b[i] == '{' || b[i] == '[') return {Shape::kJson, "JSON"};
  if (b[i] != '<') return {Shape::kText, "plain text"};
  // Skip the XML declaration, comments and processing instructions to the
  // first declaration or element.
  const std::string lower = text::AsciiLower(b.substr(i, 2048));
  size_t p = 0;
  while (p < lower.size()) {
    while (p < lower.size() && std::strchr(" \t\r\n", lower[p]) && lower[p])
      ++p;
    size_t end = std::string::npos;
    if (lower.compare(p, 4, "<!--") == 0) {
      end = lower.find("-->", p);
      if (end != std::string::npos) end += 3;
    } else if (lower.compare(p, 2, "<?") == 0) {
      end = lower.find("?>", p);
      if (end != std::string::npos) end += 2;
    } else {
      break;
    }
    if (end == std::string::npos) break;
    p = end;
  }
  if (lower.compare(p, 14, "<!doctype html") == 0 ||
      (lower.compare(p, 5, "<html") == 0 &&
       (p + 5 >= lower.size() ||
        !std::isalnum(static_cast<unsigned char>(lower[p + 5])))))
    return {Shape::kHtml, "an HTML page"};
  return {Shape::kMarkup, ""};
}

}  // namespace feed

Result<ParsedFeed> ParseFeed(std::string_view bytes, std::string_view base_url,
                             const FeedOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return Status(ErrorCode::kTooLarge, "the feed is " +
                                            feed::SizeText(bytes.size()) +
                                            ", over the limit of " +
                                            feed::SizeText(options.max_bytes));
  }
  const feed::Sniffed s = feed::Sniff(bytes);
  switch (s.shape) {
    case feed::Shape::kEmpty:
    case feed::Shape::kBinary:
    case feed::Shape::kHtml:
    case feed::Shape::kText:
      return InvalidArgument(s.what + ", not a feed");
    case feed::Shape::kJson: {
      std::string_view body = bytes;
      if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
      // JSON Feed is UTF-8 by definition; stray bytes become U+FFFD rather
      // than failing the whole feed.
      const std::string utf8 = text::SanitizeUtf8(body);
      ParsedFeed out;
      out.format = FeedFormat::kJsonFeed;
      feed::FeedBuilder b(&out, options);
      STET_RETURN_IF_ERROR(feed::ReadJsonFeed(utf8, base_url, &out, &b));
      b.Finish();
      return out;
    }
    case feed::Shape::kMarkup:
      break;
  }
  const feed::DecodedXml decoded = feed::DecodeXml(bytes);
  Result<feed::XmlDoc> doc = feed::XmlDoc::Parse(decoded.utf8, base_url);
  if (!doc.ok()) {
    return Status(doc.status().code(), doc.status().message() + ", not a feed");
  }
  const xmlNode* root = doc->root();
  const std::string name = text::AsciiLower(feed::LocalName(root));
  void (*reader)(const feed::XmlDoc&, ParsedFeed*, feed::FeedBuilder*) =
      nullptr;
  if (name == "rss") {
    reader = feed::ReadRss;
  } else if (name == "rdf") {
    reader = feed::ReadRdf;
  } else if (name == "feed") {
    reader = feed::ReadAtom;
  } else if (name == "urlset" || name == "sitemapindex") {
    reader = feed::ReadSitemap;
  } else {
    return InvalidArgument(feed::DescribeRoot(root) + ", not a feed");
  }
  ParsedFeed out;
  feed::FeedBuilder b(&out, options);
  if (!decoded.note.empty()) b.Problem(-1, 0, decoded.note);
  if (!doc->error().empty()) {
    b.Problem(-1, doc->error_line(),
              "the XML is truncated or malformed (" + doc->error() +
                  "); what could be read was kept");
  }
  reader(*doc, &out, &b);
  b.Finish();
  return out;
}

}  // namespace stet
