// libFuzzer target: stories. The input is up to a dozen articles separated
// by form feeds (a first line the headline, the rest the body, a leading
// "@N " its time), as hostile as text gets. Grouping must place every
// article in exactly one story, agree with what it reported, and comparing
// the stories in a store must not fail on any of them.
#include <cstdint>
#include <cstdlib>
#include <map>
#include <set>
#include <string>

#include "stet/story.h"
#include "stet/text.h"

#define CHECK(cond) \
  if (!(cond)) std::abort()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string in = stet::text::SanitizeUtf8(
      std::string_view(reinterpret_cast<const char*>(data), size));
  std::vector<stet::StoryArticle> articles;
  size_t at = 0;
  while (at <= in.size() && articles.size() < 12) {
    size_t end = in.find('\f', at);
    if (end == std::string::npos) end = in.size();
    std::string part = in.substr(at, end - at);
    stet::StoryArticle a;
    a.id = static_cast<int64_t>(articles.size()) + 1;
    if (part.size() > 1 && part[0] == '@') {
      a.published = std::strtoll(part.c_str() + 1, nullptr, 10) % 4000000000;
      if (a.published < 0) a.published = -a.published;
      const size_t sp = part.find(' ');
      part = sp == std::string::npos ? "" : part.substr(sp + 1);
    }
    const size_t nl = part.find('\n');
    a.text.headline = part.substr(0, nl);
    if (nl != std::string::npos)
      a.text.paragraphs = stet::text::SplitParagraphs(part.substr(nl + 1));
    a.language = stet::GuessLanguage(a.text);
    articles.push_back(std::move(a));
    at = end + 1;
  }
  stet::StoryGrouper g;
  std::map<int64_t, int64_t> story;  // as the assignments tell it
  for (const stet::StoryArticle& a : articles) {
    const stet::StoryAssignment r = g.Add(a);
    CHECK(r.story > 0);
    story[a.id] = r.story;
    for (const auto& [id, s] : r.moved) story[id] = s;
    CHECK(g.Add(a).story == g.StoryOf(a.id));  // adding again changes nothing
  }
  std::set<int64_t> alive;
  for (const auto& [id, s] : story) {
    CHECK(g.StoryOf(id) == s);
    alive.insert(s);
  }
  CHECK(static_cast<int64_t>(alive.size()) == g.story_count());
  size_t members = 0;
  for (int64_t s : alive) members += g.Members(s).size();
  CHECK(members == articles.size());

  // The same articles through a store, compared.
  auto store = stet::NewMemoryStore();
  for (const stet::StoryArticle& a : articles) {
    stet::Observation o;
    o.url = "https://example.com/" + std::to_string(a.id);
    o.source = "s" + std::to_string(a.id % 3);
    o.seen_at = a.published + 1;
    o.text = a.text;
    (void)store->Record(o);  // an article with no text is refused; fine
  }
  stet::StoryUpdater updater;
  CHECK(updater.Update(*store).ok());
  auto list = store->ListStories();
  CHECK(list.ok());
  for (const stet::StorySummary& s : *list) {
    auto c = stet::CompareStory(*store, s.id);
    CHECK(c.ok());
    CHECK(static_cast<int64_t>(c->articles.size()) == s.articles);
  }
  return 0;
}
