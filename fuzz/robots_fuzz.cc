// libFuzzer target: robots.txt parsing and matching. Any bytes parse; the
// answers obey the invariants every robots.txt has, whatever it says.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "stet/robots.h"

#define CHECK(cond) \
  if (!(cond)) std::abort()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  // The first line, if short, is also a path to ask about.
  size_t nl = in.find('\n');
  std::string_view path =
      nl != std::string_view::npos && nl < 256 ? in.substr(0, nl) : "/a";

  stet::RobotsTxt robots = stet::RobotsTxt::Parse(in);
  for (std::string_view agent : {"stet", "Googlebot", "*", "", "foobot/1.0"}) {
    CHECK(robots.Allowed("/robots.txt", agent));
    (void)robots.Allowed(path, agent);
    (void)robots.Allowed("/", agent);
    (void)robots.Allowed("https://example.com/a/b?c=d", agent);
    auto delay = robots.CrawlDelay(agent);
    CHECK(!delay || *delay >= 0);
  }
  for (const std::string& s : robots.Sitemaps()) CHECK(!s.empty());

  // Parsing is a function of the text: the same bytes, the same answers.
  stet::RobotsTxt again = stet::RobotsTxt::Parse(in);
  CHECK(again.Allowed(path, "stet") == robots.Allowed(path, "stet"));
  CHECK(again.Sitemaps() == robots.Sitemaps());
  return 0;
}
