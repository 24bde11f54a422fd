// stet_metadata_bench: stet's page metadata against Mozilla Readability's on
// the Readability test pages (shared/data/readability-pages).
//
// Usage:
//   stet_metadata_bench --pages DIR [--disagreements out.json]
//
// Every DIR/<slug>/source.html that has a DIR/<slug>/expected-metadata.json
// is run through stet::Extract (no URL known: opts.url = ""), and five
// fields are compared with the expected ones (what Readability extracts, a
// reference rather than a human gold):
//
//   field      stet                          expected
//   title      meta.headline                 title
//   byline     meta.bylines joined by ", "   byline
//   published  meta.published                publishedTime
//   language   meta.language                 lang
//   site_name  meta.site_name                siteName
//
// The metadata is read whatever the page kind (a page stet does not take
// for an article still has its metadata compared).
//
// Agreement rules:
//  - title, byline, site_name: equal after stet::text::Fold (Unicode
//    clean-up: NFC, curly/low/angle quotes to ' and ", dashes and minus
//    signs to '-', whitespace runs to one space, ends trimmed; then case
//    folding). Among the differing ones, those where one folded value
//    contains the other are counted too ("differ, one contains the other").
//  - published: the expected string is parsed with stet::ParseZonedTime
//    (stet::ParseLooseTime as a fallback). Agrees when: the expected time
//    has a zone and both are the same instant (to the second); or it has no
//    zone and stet's time read in its own offset (its wall clock) is the
//    same date and time to the second; or it is a date alone (YYYY-MM-DD)
//    and stet's wall-clock date is that date. An expected time that does
//    not parse counts as differing.
//  - language: the primary subtags (before '-' or '_'), lower-cased, match.
// Each field of each page is one of: agree (both present and agreeing),
// both-empty (neither has a value: also agreement), stet-only,
// expected-only, differ. Agreement = (agree + both-empty) / pages.
//
// Prints one JSON object to stdout. --disagreements writes, per page with at
// least one field not agreeing, the page kind and every such field with
// both values and its status.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "stet/extract.h"
#include "stet/text.h"
#include "stet/time.h"

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

constexpr const char* kFields[] = {"title", "byline", "published", "language",
                                   "site_name"};
constexpr const char* kStatuses[] = {"agree", "both_empty", "stet_only",
                                     "expected_only", "differ"};

[[noreturn]] void Usage(const std::string& msg) {
  if (!msg.empty()) std::cerr << "stet_metadata_bench: " << msg << "\n";
  std::cerr << "usage: stet_metadata_bench --pages DIR [--disagreements "
               "out.json]\n";
  std::exit(2);
}

bool ReadFile(const fs::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = std::move(ss).str();
  return true;
}

std::string Str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

std::string Trim(const std::string& s) { return stet::text::Normalize(s); }

struct Verdict {
  Verdict() = default;
  Verdict(const char* s) : status(s) {}  // NOLINT: implicit by design
  std::string status;                    // one of kStatuses
  bool contains = false;   // differ, but one value contains the other
  bool same_date = false;  // published differ, but same wall-clock date
  std::string note;
};

Verdict CompareText(const std::string& stet_v, const std::string& exp_v) {
  const std::string a = stet::text::Fold(stet_v), b = stet::text::Fold(exp_v);
  if (a.empty() && b.empty()) return {"both_empty"};
  if (b.empty()) return {"stet_only"};
  if (a.empty()) return {"expected_only"};
  if (a == b) return {"agree"};
  Verdict v{"differ"};
  v.contains = a.find(b) != std::string::npos || b.find(a) != std::string::npos;
  return v;
}

std::string PrimarySubtag(const std::string& tag) {
  std::string out;
  for (char c : Trim(tag)) {
    if (c == '-' || c == '_') break;
    out.push_back(
        static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

Verdict CompareLanguage(const std::string& stet_v, const std::string& exp_v) {
  const std::string a = PrimarySubtag(stet_v), b = PrimarySubtag(exp_v);
  if (a.empty() && b.empty()) return {"both_empty"};
  if (b.empty()) return {"stet_only"};
  if (a.empty()) return {"expected_only"};
  return {a == b ? "agree" : "differ"};
}

// Seconds since the epoch of the time as written (its wall clock).
int64_t WallClock(const stet::ZonedTime& t) {
  return static_cast<int64_t>(t.utc) +
         (t.has_offset ? int64_t{t.offset_minutes} * 60 : 0);
}

int64_t DayOf(int64_t seconds) {
  return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

Verdict ComparePublished(const std::optional<stet::PageTime>& stet_v,
                         const std::string& exp_raw) {
  const std::string exp_s = Trim(exp_raw);
  if (!stet_v && exp_s.empty()) return {"both_empty"};
  if (exp_s.empty()) return {"stet_only"};
  if (!stet_v) return {"expected_only"};
  auto parsed = stet::ParseZonedTime(exp_s);
  if (!parsed.ok()) parsed = stet::ParseLooseTime(exp_s);
  if (!parsed.ok()) {
    Verdict v{"differ"};
    v.note = "expected time does not parse";
    return v;
  }
  const stet::ZonedTime& e = *parsed;
  const bool date_only =
      exp_s.size() == 10 && exp_s[4] == '-' && exp_s[7] == '-';
  const int64_t stet_wall = WallClock(*stet_v);
  bool agree;
  std::string rule;
  if (date_only) {
    agree = DayOf(stet_wall) == DayOf(static_cast<int64_t>(e.utc));
    rule = "date only: same wall-clock date";
  } else if (e.has_offset) {
    agree = stet_v->utc == e.utc;
    rule = "same instant";
  } else {
    agree = stet_wall == static_cast<int64_t>(e.utc);
    rule = "no zone: same wall-clock time";
  }
  Verdict v{agree ? "agree" : "differ"};
  v.note = rule;
  if (!agree) {
    const int64_t exp_wall =
        e.has_offset ? WallClock(e) : static_cast<int64_t>(e.utc);
    v.same_date = DayOf(stet_wall) == DayOf(exp_wall) ||
                  DayOf(static_cast<int64_t>(stet_v->utc)) ==
                      DayOf(static_cast<int64_t>(e.utc));
  }
  return v;
}

std::string Join(const std::vector<std::string>& xs, const char* sep) {
  std::string out;
  for (size_t i = 0; i < xs.size(); ++i) {
    if (i) out += sep;
    out += xs[i];
  }
  return out;
}

struct Counts {
  std::map<std::string, int> by_status;
  int contains = 0;
  int same_date = 0;
};

}  // namespace

int main(int argc, char** argv) {
  std::string dir, disagreements_path;
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    auto val = [&]() -> std::string {
      if (i + 1 >= argc) Usage(k + " needs a value");
      return argv[++i];
    };
    if (k == "--pages") {
      dir = val();
    } else if (k == "--disagreements") {
      disagreements_path = val();
    } else {
      Usage("unknown argument " + k);
    }
  }
  if (dir.empty()) Usage("--pages is required");
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) Usage(dir + " is not a directory");

  std::vector<fs::path> slugs;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_directory() && fs::exists(e.path() / "source.html") &&
        fs::exists(e.path() / "expected-metadata.json"))
      slugs.push_back(e.path());
  }
  std::sort(slugs.begin(), slugs.end());

  std::map<std::string, Counts> counts;
  std::map<std::string, int> kinds;
  Json errors = Json::array();
  Json disagreements = Json::array();
  for (const fs::path& slug : slugs) {
    std::string html, meta_text;
    if (!ReadFile(slug / "source.html", &html) ||
        !ReadFile(slug / "expected-metadata.json", &meta_text))
      Usage("cannot read " + slug.string());
    const nlohmann::json expected = nlohmann::json::parse(meta_text);
    stet::ExtractOptions opts;  // url "" (not known)
    auto r = stet::Extract(html, opts);
    stet::PageMetadata meta;
    std::string kind = "error";
    if (r.ok()) {
      meta = r->meta;
      kind = std::string(stet::PageKindName(r->kind));
    } else {
      errors.push_back({{"page", slug.filename().string()},
                        {"error", r.status().message()}});
    }
    kinds[kind]++;

    const std::string byline = Join(meta.bylines, ", ");
    std::map<std::string, Verdict> v;
    std::map<std::string, std::pair<std::string, std::string>> shown;
    v["title"] = CompareText(meta.headline, Str(expected, "title"));
    shown["title"] = {meta.headline, Str(expected, "title")};
    v["byline"] = CompareText(byline, Str(expected, "byline"));
    shown["byline"] = {byline, Str(expected, "byline")};
    v["published"] =
        ComparePublished(meta.published, Str(expected, "publishedTime"));
    shown["published"] = {
        meta.published
            ? stet::FormatZonedTime(*meta.published) +
                  (meta.published->has_offset ? "" : " (no zone given)")
            : "",
        Str(expected, "publishedTime")};
    v["language"] = CompareLanguage(meta.language, Str(expected, "lang"));
    shown["language"] = {meta.language, Str(expected, "lang")};
    v["site_name"] = CompareText(meta.site_name, Str(expected, "siteName"));
    shown["site_name"] = {meta.site_name, Str(expected, "siteName")};

    Json page_fields = Json::object();
    for (const char* f : kFields) {
      const Verdict& vd = v[f];
      Counts& c = counts[f];
      c.by_status[vd.status]++;
      c.contains += vd.contains;
      c.same_date += vd.same_date;
      if (vd.status == "agree" || vd.status == "both_empty") continue;
      Json entry = {{"status", vd.status},
                    {"stet", shown[f].first},
                    {"expected", shown[f].second}};
      if (vd.contains) entry["one_contains_the_other"] = true;
      if (vd.same_date) entry["same_date"] = true;
      if (!vd.note.empty()) entry["rule"] = vd.note;
      page_fields[f] = entry;
    }
    if (!page_fields.empty())
      disagreements.push_back(
          {{"page", slug.filename().string()},
           {"kind", kind},
           {"reason", r.ok() ? r->reason : r.status().message()},
           {"fields", page_fields}});
  }

  const int n = static_cast<int>(slugs.size());
  Json out;
  out["pages"] = n;
  out["kinds"] = kinds;
  out["errors"] = errors.size();
  out["error_pages"] = errors;
  Json fields = Json::object();
  for (const char* f : kFields) {
    Counts& c = counts[f];
    Json j = Json::object();
    for (const char* s : kStatuses) j[s] = c.by_status[s];
    const int agree = c.by_status["agree"], both = c.by_status["both_empty"];
    const int exp_present =
        agree + c.by_status["expected_only"] + c.by_status["differ"];
    j["agreement"] = n ? static_cast<double>(agree + both) / n : 0.0;
    j["expected_present"] = exp_present;
    j["agreement_when_expected"] =
        exp_present ? static_cast<double>(agree) / exp_present : 0.0;
    if (std::string(f) == "published")
      j["differ_same_date"] = c.same_date;
    else if (std::string(f) != "language")
      j["differ_one_contains_the_other"] = c.contains;
    fields[f] = j;
  }
  out["fields"] = fields;
  out["rules"] = {
      {"title, byline, site_name",
       "equal after stet::text::Fold (NFC, quotes and dashes unified, "
       "whitespace collapsed, case folded); bylines joined by \", \""},
      {"published",
       "expected parsed with stet::ParseZonedTime: with a zone, the same "
       "instant; without a zone, the same wall-clock date and time as stet's "
       "in its own offset; a date alone, the same wall-clock date"},
      {"language", "the same primary subtag, case-insensitive"},
      {"both empty", "counts as agreement"}};
  if (!disagreements_path.empty()) {
    std::ofstream d(disagreements_path);
    if (!d) Usage("cannot write " + disagreements_path);
    d << disagreements.dump(1, ' ', false,
                            nlohmann::json::error_handler_t::replace)
      << "\n";
    out["disagreements_file"] = disagreements_path;
  }
  out["pages_with_disagreements"] = disagreements.size();
  std::cout << out.dump(-1, ' ', false,
                        nlohmann::json::error_handler_t::replace)
            << "\n";
  return 0;
}
