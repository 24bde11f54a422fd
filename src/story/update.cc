// Keeping a store's stories up to date (see StoryUpdater in stet/story.h).
#include <algorithm>
#include <map>

#include "stet/story.h"

namespace stet {

namespace {
constexpr int kBatch = 500;  // articles read, and placements written, at once
}  // namespace

StoryUpdater::StoryUpdater(StoryOptions options) : grouper_(options) {}

Result<int64_t> StoryUpdater::Update(Store& store, int64_t max_articles) {
  // Articles up to `warm` were grouped by an earlier updater: read again,
  // not counted.
  STET_ASSIGN_OR_RETURN(int64_t warm, store.LastGroupedArticle());
  if (last_article_ == 0) {
    // A new updater reads them only when something is waiting after them.
    STET_ASSIGN_OR_RETURN(std::vector<Article> waiting,
                          store.ArticlesAfter(warm, 1));
    if (waiting.empty()) return int64_t{0};
  }
  int64_t grouped = 0;
  while (grouped < max_articles) {
    const int64_t want = std::min<int64_t>(kBatch, max_articles - grouped);
    STET_ASSIGN_OR_RETURN(
        std::vector<Article> batch,
        store.ArticlesAfter(last_article_, static_cast<int>(want)));
    if (batch.empty()) break;
    // Where each article is now; later placements replace earlier ones.
    std::map<int64_t, StoryMember> placed;
    for (const Article& a : batch) {
      STET_ASSIGN_OR_RETURN(Version first, store.LoadVersion(a.id, 1));
      StoryArticle in;
      in.id = a.id;
      in.text = std::move(first.text);
      in.published = a.first_seen;
      in.language = GuessLanguage(in.text);
      const StoryAssignment r = grouper_.Add(in);
      placed[a.id] = {a.id, r.story, r.similarity};
      for (const auto& [id, story] : r.moved) {
        auto it = placed.find(id);
        if (it != placed.end()) {
          it->second.story_id = story;
        } else {
          placed[id] = {id, story, 0};
        }
      }
      last_article_ = a.id;
      if (a.id > warm) ++grouped;
    }
    std::vector<StoryMember> rows;
    rows.reserve(placed.size());
    for (const auto& [id, m] : placed) rows.push_back(m);
    STET_RETURN_IF_ERROR(store.SetStories(rows));
  }
  return grouped;
}

}  // namespace stet
