// libFuzzer target: feeds and OPML lists from arbitrary bytes. Checks what
// ParseFeed() and ParseOpml() promise: no crash, a message for every
// failure, UTF-8 everywhere, and only absolute http(s) links out.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "stet/feed.h"
#include "stet/text.h"

#define CHECK(cond) \
  if (!(cond)) std::abort()

namespace {

using stet::text::IsValidUtf8;

bool IsHttp(const std::string& url) {
  return (url.starts_with("http://") && url.size() > 7) ||
         (url.starts_with("https://") && url.size() > 8);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  stet::FeedOptions opt;
  opt.max_bytes = 1 << 20;
  opt.max_items = 50;  // small, so the limit's path is exercised too
  const char* base = size % 2 ? "https://www.example.com/news/feed.xml" : "";
  auto f = stet::ParseFeed(in, base, opt);
  if (!f.ok()) {
    CHECK(!f.status().message().empty());
    CHECK(IsValidUtf8(f.status().message()));
  } else {
    CHECK(IsValidUtf8(f->title) && IsValidUtf8(f->version));
    CHECK(f->link.empty() || IsHttp(f->link));
    CHECK(f->items.size() <= opt.max_items);
    CHECK(f->child_sitemaps.size() <= opt.max_items);
    CHECK(f->problems.size() <= stet::kMaxFeedProblems + 8);
    for (const stet::FeedItem& i : f->items) {
      CHECK(IsHttp(i.url) && IsValidUtf8(i.url));
      CHECK(IsValidUtf8(i.id) && IsValidUtf8(i.title) &&
            IsValidUtf8(i.author) && IsValidUtf8(i.summary));
    }
    for (const stet::ChildSitemap& s : f->child_sitemaps)
      CHECK(IsHttp(s.url) && IsValidUtf8(s.url));
    for (const stet::FeedProblem& p : f->problems) {
      CHECK(!p.message.empty() && IsValidUtf8(p.message));
      CHECK(IsValidUtf8(stet::DescribeProblem(p)));
    }
  }
  auto o = stet::ParseOpml(in, opt);
  if (!o.ok()) {
    CHECK(!o.status().message().empty());
    CHECK(IsValidUtf8(o.status().message()));
  } else {
    for (const stet::OpmlFeed& feed : *o) {
      CHECK(IsHttp(feed.xml_url) && IsValidUtf8(feed.xml_url));
      CHECK(feed.html_url.empty() || IsHttp(feed.html_url));
      CHECK(IsValidUtf8(feed.title));
      for (const std::string& c : feed.categories) CHECK(IsValidUtf8(c));
    }
  }
  return 0;
}
