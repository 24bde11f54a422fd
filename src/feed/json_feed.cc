// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
#include <nlohmann/json.hpp>
#include <string>

#include "feed/formats.h"
#include "feed/text.h"
#include "stet/text.h"

namespace stet::feed {
namespace {

using nlohmann::json;

// Only finds where the text stops being JSON: the DOM parser used for the
// feed itself does not say.
struct ErrorFinder : nlohmann::json_sax<json> {
  explicit ErrorFinder(size_t text_size) : size(text_size) {}
  size_t size;
  size_t position = 0;
  bool at_end = false;  // the text stopped where more was needed
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t pos, const std::string&,
                   const nlohmann::detail::exception& e) override {
    position = pos;
    const std::string_view what = e.what();
    // Cut between tokens, or inside a string running to the end.
    at_end = what.find("unexpected end of input") != std::string_view::npos ||
             (pos >= size &&
              what.find("missing closing quote") != std::string_view::npos);
    return false;
  }
};

// The string at o[key], or "" when absent or not a string. Never throws.
std::string Get(const json& o, const char* key) {
  if (!o.is_object()) return {};
  auto it = o.find(key);
  if (it == o.end() || !it->is_string()) return {};
  return it->get_ref<const std::string&>();
}

// Author names: 1.1's "authors" array, else 1.0's "author" object.
std::string Authors(const json& item) {
  std::string out;
  auto add = [&](const json& a) {
    std::string name = CleanText(Get(a, "name"));
    if (!name.empty()) out += (out.empty() ? "" : ", ") + name;
  };
  if (auto it = item.find("authors"); it != item.end() && it->is_array()) {
    for (const json& a : *it) add(a);
  } else if (auto one = item.find("author"); one != item.end()) {
    add(*one);
  }
  return out;
}

}  // namespace

Status ReadJsonFeed(std::string_view utf8, std::string_view base_url,
                    ParsedFeed* out, FeedBuilder* b) {
  json j = json::parse(utf8.begin(), utf8.end(), nullptr,
                       /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    ErrorFinder finder(utf8.size());
    json::sax_parse(utf8.begin(), utf8.end(), &finder);
    return InvalidArgument(
        finder.at_end
            ? "truncated JSON (it ends before the document does), not a feed"
            : "malformed JSON at byte " + std::to_string(finder.position) +
                  ", not a feed");
  }
  const std::string version = Get(j, "version");
  const size_t v = version.find("jsonfeed.org/version/");
  if (!j.is_object() || v == std::string::npos)
    return InvalidArgument(
        "JSON, but not a JSON Feed (no jsonfeed.org version)");
  out->format = FeedFormat::kJsonFeed;
  out->version = CleanText(version.substr(v + 21));
  if (out->version == "1") out->version = "1.0";
  out->title = CleanText(Get(j, "title"));
  // Relative URLs: against where the feed was fetched, else where it says
  // it lives.
  std::string base(base_url);
  if (base.empty()) {
    if (auto self = ResolveHttpUrl(Get(j, "feed_url"), ""); self.ok())
      base = *self;
  }
  if (auto home = ResolveHttpUrl(Get(j, "home_page_url"), base); home.ok())
    out->link = *home;
  auto items = j.find("items");
  if (items == j.end() || !items->is_array()) {
    b->Problem(-1, 0, "the feed has no \"items\" list");
    return Status::Ok();
  }
  for (const json& item : *items) {
    if (b->Full()) {
      b->Skip();
      continue;
    }
    if (!item.is_object()) {
      b->Reject(0, "not a JSON object");
      continue;
    }
    RawEntry e;
    e.links.push_back({Get(item, "url"), base});
    // A link blog's item points elsewhere; that is the article.
    e.links.push_back({Get(item, "external_url"), base});
    if (auto id = item.find("id"); id != item.end()) {
      if (id->is_string()) {
        e.id = id->get_ref<const std::string&>();
      } else if (id->is_number()) {  // 1.0 feeds sometimes used numbers
        e.id = id->dump();
      }
    }
    e.title = CleanText(Get(item, "title"));
    e.summary = CleanText(Get(item, "summary"));
    if (e.summary.empty()) e.summary = CleanText(Get(item, "content_text"));
    if (e.summary.empty()) e.summary = HtmlToText(Get(item, "content_html"));
    e.author = Authors(item);
    e.published = Get(item, "date_published");
    e.published_field = "date_published";
    e.updated = Get(item, "date_modified");
    e.updated_field = "date_modified";
    b->Add(std::move(e));
  }
  return Status::Ok();
}

}  // namespace stet::feed
