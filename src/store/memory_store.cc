// In-memory backend: the fake used by tests, with the same behaviour as the
// SQLite backend (the shared store test suite runs against both). A write
// transaction works on a copy of the state and swaps it in on commit.
#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "store/search.h"
#include "store/txn.h"

namespace stet {
namespace {

struct State {
  std::vector<Source> sources;
  std::vector<ArticleRow> articles;  // id = index + 1
  std::vector<ContentRow> contents;
  std::vector<VersionRow> versions;
  std::map<std::string, int64_t, std::less<>> by_url;
  std::map<int64_t, std::string> source_config;
  struct Sched {
    Scheduled row;
    Timestamp lease_until = 0;
  };
  std::map<std::string, Sched, std::less<>> schedule;
  std::vector<WatchEvent> events;
  // Search index.
  SearchMark search_mark;
  std::vector<PassageRow> passages;  // id = index + 1, text kept
  std::map<std::pair<int64_t, uint64_t>, size_t> passage_by_key;
  std::map<int64_t, int> indexed;  // article id -> latest indexed version
  std::map<int64_t, StoryMember> story_of;  // by article id
  std::vector<StoredQuote> quotes;          // id = index + 1
  int64_t quote_mark = 0;
  int quote_reader = 0;
};

class MemoryTxn final : public StoreTxn {
 public:
  MemoryTxn(std::shared_ptr<State>* live, bool write)
      : live_(live),
        write_(write),
        s_(write ? std::make_shared<State>(**live) : *live) {}

  Status Commit() override {
    if (write_) *live_ = s_;
    return Status::Ok();
  }

  Result<std::optional<ArticleRow>> ArticleByUrl(
      std::string_view url) override {
    auto it = s_->by_url.find(url);
    if (it == s_->by_url.end()) return std::optional<ArticleRow>();
    return std::optional<ArticleRow>(s_->articles[it->second - 1]);
  }
  Result<std::optional<ArticleRow>> ArticleById(int64_t id) override {
    if (id < 1 || id > static_cast<int64_t>(s_->articles.size()))
      return std::optional<ArticleRow>();
    return std::optional<ArticleRow>(s_->articles[id - 1]);
  }
  Result<std::vector<ArticleRow>> Articles(const ArticleFilter& f) override {
    std::vector<ArticleRow> all;
    for (const auto& a : s_->articles)
      if (f.source.empty() || a.source == f.source) all.push_back(a);
    std::stable_sort(all.begin(), all.end(),
                     [](const ArticleRow& x, const ArticleRow& y) {
                       if (x.last_seen != y.last_seen)
                         return x.last_seen > y.last_seen;
                       return x.id > y.id;
                     });
    std::vector<ArticleRow> out;
    for (size_t i = f.offset; i < all.size() && out.size() < size_t(f.limit);
         ++i)
      out.push_back(all[i]);
    return out;
  }
  Result<std::vector<VersionRow>> Versions(int64_t article_id) override {
    std::vector<VersionRow> out;
    for (const auto& v : s_->versions)
      if (v.info.article_id == article_id) out.push_back(Fill(v));
    std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
      return x.info.number < y.info.number;
    });
    return out;
  }
  Result<ContentRow> Content(int64_t id) override {
    if (id < 1 || id > static_cast<int64_t>(s_->contents.size()))
      return NotFound("no content " + std::to_string(id));
    return s_->contents[id - 1];
  }
  Result<std::vector<Source>> Sources() override {
    std::vector<Source> out = s_->sources;
    std::sort(out.begin(), out.end(),
              [](const Source& x, const Source& y) { return x.name < y.name; });
    return out;
  }
  Result<std::vector<std::pair<ArticleRow, VersionRow>>> Changes(
      const ChangeFilter& f) override {
    std::vector<const VersionRow*> hits;
    for (const VersionRow& v : s_->versions) {
      const ArticleRow& a = s_->articles[v.info.article_id - 1];
      if (!f.source.empty() && a.source != f.source) continue;
      if (f.article_id != 0 && a.id != f.article_id) continue;
      if (!f.include_first && v.info.number == 1) continue;
      if (f.since != 0 && v.info.seen_at < f.since) continue;
      if (f.until != 0 && v.info.seen_at >= f.until) continue;
      hits.push_back(&v);
    }
    std::sort(hits.begin(), hits.end(), [](const auto* x, const auto* y) {
      if (x->info.seen_at != y->info.seen_at)
        return x->info.seen_at > y->info.seen_at;
      return x->info.id > y->info.id;
    });
    std::vector<std::pair<ArticleRow, VersionRow>> out;
    for (size_t i = static_cast<size_t>(f.offset);
         i < hits.size() && out.size() < static_cast<size_t>(f.limit); ++i)
      out.emplace_back(s_->articles[hits[i]->info.article_id - 1],
                       Fill(*hits[i]));
    return out;
  }
  Result<std::vector<SourceSummary>> SourceSummaries(
      std::string_view only) override {
    STET_ASSIGN_OR_RETURN(std::vector<Source> sources, Sources());
    std::vector<SourceSummary> out;
    for (const Source& src : sources) {
      if (!only.empty() && src.name != only) continue;
      SourceSummary sum;
      sum.source = src;
      std::vector<int64_t> delays;
      int64_t chars = 0, headline_changes = 0;
      for (const ArticleRow& a : s_->articles) {
        if (a.source_id != src.id) continue;
        ++sum.articles;
        if (sum.first_seen == 0 || a.first_seen < sum.first_seen)
          sum.first_seen = a.first_seen;
        if (a.version_count > 1) ++sum.changed_articles;
      }
      for (const VersionRow& v : s_->versions) {
        const ArticleRow& a = s_->articles[v.info.article_id - 1];
        if (a.source_id != src.id) continue;
        ++sum.versions;
        if (v.info.number == 1) continue;
        ++sum.changes;
        sum.last_change = std::max(sum.last_change, v.info.seen_at);
        chars += v.info.change.chars_added + v.info.change.chars_removed;
        headline_changes += v.info.change.headline_changed ? 1 : 0;
        if (v.info.number == 2) delays.push_back(v.info.seen_at - a.first_seen);
      }
      if (sum.changes > 0) {
        sum.mean_chars_changed = static_cast<double>(chars) / sum.changes;
        sum.headline_change_share =
            static_cast<double>(headline_changes) / sum.changes;
      }
      if (!delays.empty()) {
        std::sort(delays.begin(), delays.end());
        sum.median_first_change_after = delays[(delays.size() - 1) / 2];
      }
      out.push_back(sum);
    }
    return out;
  }
  Result<StoreStats> Stats() override {
    StoreStats st;
    st.sources = static_cast<int64_t>(s_->sources.size());
    st.articles = static_cast<int64_t>(s_->articles.size());
    st.versions = static_cast<int64_t>(s_->versions.size());
    st.contents = static_cast<int64_t>(s_->contents.size());
    for (const auto& c : s_->contents) {
      st.text_bytes += c.raw_bytes;
      st.stored_bytes += static_cast<int64_t>(
          c.body.size() + c.headline.size() + c.byline.size());
    }
    return st;
  }

  Result<int64_t> EnsureSource(std::string_view name, Timestamp) override {
    for (const auto& s : s_->sources)
      if (s.name == name) return s.id;
    Source s;
    s.id = static_cast<int64_t>(s_->sources.size()) + 1;
    s.name = std::string(name);
    s_->sources.push_back(s);
    return s.id;
  }
  Result<int64_t> InsertArticle(const ArticleRow& row) override {
    ArticleRow a = row;
    a.id = static_cast<int64_t>(s_->articles.size()) + 1;
    s_->articles.push_back(a);
    s_->by_url[a.url] = a.id;
    return a.id;
  }
  Status UpdateArticle(const ArticleRow& row) override {
    if (row.id < 1 || row.id > static_cast<int64_t>(s_->articles.size()))
      return NotFound("no article " + std::to_string(row.id));
    ArticleRow& a = s_->articles[row.id - 1];
    a.last_seen = row.last_seen;
    a.state = row.state;
    a.version_count = row.version_count;
    a.headline = row.headline;
    a.pending_fp = row.pending_fp;
    a.pending_count = row.pending_count;
    return Status::Ok();
  }
  Result<int64_t> InsertContent(const ContentRow& row) override {
    ContentRow c = row;
    c.id = static_cast<int64_t>(s_->contents.size()) + 1;
    s_->contents.push_back(std::move(c));
    return static_cast<int64_t>(s_->contents.size());
  }
  Result<int64_t> InsertVersion(const VersionRow& row) override {
    VersionRow v = row;
    v.info.id = static_cast<int64_t>(s_->versions.size()) + 1;
    v.info.observations = 1;
    s_->versions.push_back(v);
    return v.info.id;
  }
  Status UpdateVersionSeen(int64_t id, Timestamp last_seen,
                           int observations) override {
    VersionRow& v = s_->versions.at(id - 1);
    v.info.last_seen = last_seen;
    v.info.observations = observations;
    return Status::Ok();
  }

  Result<int64_t> SaveSource(std::string_view name, std::string_view config,
                             Timestamp now) override {
    STET_ASSIGN_OR_RETURN(int64_t id, EnsureSource(name, now));
    s_->source_config[id] = std::string(config);
    return id;
  }
  Result<std::optional<std::string>> SourceConfig(int64_t id) override {
    if (id < 1 || id > static_cast<int64_t>(s_->sources.size()))
      return std::optional<std::string>();
    auto it = s_->source_config.find(id);
    return std::optional<std::string>(
        it == s_->source_config.end() ? "{}" : it->second);
  }
  Result<bool> InsertScheduled(const Scheduled& row) override {
    return s_->schedule.emplace(row.url, State::Sched{row, 0}).second;
  }
  Result<std::optional<Scheduled>> ScheduledByUrl(
      std::string_view url) override {
    auto it = s_->schedule.find(url);
    if (it == s_->schedule.end()) return std::optional<Scheduled>();
    return std::optional<Scheduled>(it->second.row);
  }
  Result<std::vector<Scheduled>> ClaimDue(Timestamp now, int limit,
                                          Timestamp lease_until) override {
    std::vector<State::Sched*> due;
    for (auto& [url, e] : s_->schedule)
      if (e.row.state != ScheduleState::kFinished && e.row.next_check <= now &&
          e.lease_until <= now)
        due.push_back(&e);
    std::stable_sort(due.begin(), due.end(), [](const auto* a, const auto* b) {
      return a->row.next_check < b->row.next_check;
    });
    if (due.size() > static_cast<size_t>(limit)) due.resize(limit);
    std::vector<Scheduled> out;
    for (State::Sched* e : due) {
      e->lease_until = lease_until;
      out.push_back(e->row);
    }
    return out;
  }
  Status UpdateScheduled(const Scheduled& row) override {
    auto it = s_->schedule.find(row.url);
    if (it == s_->schedule.end())
      return NotFound("'" + row.url + "' is not scheduled");
    it->second = State::Sched{row, 0};
    return Status::Ok();
  }
  Status InsertEvent(const WatchEvent& event) override {
    s_->events.push_back(event);
    return Status::Ok();
  }
  Result<std::vector<WatchEvent>> Events(int limit) override {
    std::vector<WatchEvent> out(s_->events.rbegin(), s_->events.rend());
    std::stable_sort(
        out.begin(), out.end(),
        [](const WatchEvent& a, const WatchEvent& b) { return a.at > b.at; });
    if (out.size() > static_cast<size_t>(std::max(limit, 0)))
      out.resize(std::max(limit, 0));
    return out;
  }
  Result<ScheduleStatus> ScheduleCounts(Timestamp now) override {
    ScheduleStatus st;
    for (const auto& [url, e] : s_->schedule) {
      const Scheduled& r = e.row;
      if (r.state == ScheduleState::kActive) ++st.active;
      if (r.state == ScheduleState::kFinished) ++st.finished;
      if (r.state == ScheduleState::kRemoved) ++st.removed;
      const Timestamp hour_ago = std::max<Timestamp>(now - 3600, 0);
      if (r.last_check > hour_ago && r.last_check <= now)
        ++st.checked_last_hour;
      if (r.last_change > hour_ago && r.last_change <= now)
        ++st.changed_last_hour;
      if (r.state == ScheduleState::kFinished) continue;
      if (e.lease_until > now) {
        ++st.leased;
      } else if (r.next_check <= now) {
        ++st.due;
      }
      if (r.state == ScheduleState::kActive &&
          (st.next_due == 0 || r.next_check < st.next_due))
        st.next_due = r.next_check;
    }
    return st;
  }

  Result<SearchMark> SearchWatermark() override { return s_->search_mark; }
  Status SetSearchWatermark(const SearchMark& mark) override {
    s_->search_mark = mark;
    return Status::Ok();
  }
  Status ClearSearchIndex() override {
    s_->search_mark = SearchMark{};
    s_->passages.clear();
    s_->passage_by_key.clear();
    s_->indexed.clear();
    return Status::Ok();
  }
  Result<std::vector<VersionRow>> VersionsAfter(int64_t after,
                                                int limit) override {
    std::vector<VersionRow> out;
    for (int64_t id = std::max<int64_t>(after, 0) + 1;
         id <= static_cast<int64_t>(s_->versions.size()) &&
         static_cast<int>(out.size()) < limit;
         ++id)
      out.push_back(Fill(s_->versions[id - 1]));
    return out;
  }
  Result<int64_t> CountVersionsAfter(int64_t after) override {
    return std::max<int64_t>(0, static_cast<int64_t>(s_->versions.size()) -
                                    std::max<int64_t>(after, 0));
  }
  Status IndexPassage(const PassageRow& row) override {
    auto key = std::make_pair(row.article_id, row.hash);
    auto it = s_->passage_by_key.find(key);
    if (it == s_->passage_by_key.end()) {
      PassageRow p = row;
      p.id = static_cast<int64_t>(s_->passages.size()) + 1;
      s_->passage_by_key.emplace(key, s_->passages.size());
      s_->passages.push_back(std::move(p));
    } else {
      PassageRow& p = s_->passages[it->second];
      if (row.last_version > p.last_version) {
        p.last_version = row.last_version;
        p.last_seen = row.last_seen;
      }
    }
    return Status::Ok();
  }
  Status SetIndexedVersion(int64_t article_id, int number) override {
    s_->indexed[article_id] = number;
    return Status::Ok();
  }
  Result<std::optional<PassageRow>> PassageById(int64_t id) override {
    if (id < 1 || id > static_cast<int64_t>(s_->passages.size()))
      return std::optional<PassageRow>();
    PassageRow p = s_->passages[id - 1];
    p.text.clear();
    return std::optional<PassageRow>(std::move(p));
  }
  Result<int> IndexedVersion(int64_t article_id) override {
    auto it = s_->indexed.find(article_id);
    return it == s_->indexed.end() ? 0 : it->second;
  }
  // A scan, newest passage first, matching as the highlighter does; the
  // score is the number of places the query's words occur.
  Result<std::vector<SearchCandidate>> SearchCandidates(
      const std::vector<SearchTerm>& terms, const SearchQuery& q,
      int limit) override {
    std::vector<SearchCandidate> out;
    std::vector<text::Span> marks;
    for (auto it = s_->passages.rbegin();
         it != s_->passages.rend() && static_cast<int>(out.size()) < limit;
         ++it) {
      const PassageRow& p = *it;
      const ArticleRow& a = s_->articles[p.article_id - 1];
      auto ix = s_->indexed.find(p.article_id);
      const int indexed = ix == s_->indexed.end() ? 0 : ix->second;
      if (!q.source.empty() && a.source != q.source) continue;
      if (q.since != 0 && p.first_seen < q.since) continue;
      if (q.until != 0 && p.first_seen >= q.until) continue;
      if (q.removed_only && p.last_version >= indexed) continue;
      if (!search::MatchTerms(text::SearchWords(p.text), terms, &marks))
        continue;
      SearchCandidate c{p, indexed, static_cast<double>(marks.size())};
      c.passage.text.clear();
      out.push_back(std::move(c));
    }
    return out;
  }

 private:
  VersionRow Fill(const VersionRow& v) const {
    VersionRow out = v;
    const ContentRow& c = s_->contents[v.content_id - 1];
    out.info.headline = c.headline;
    out.info.byline = c.byline;
    out.info.fingerprint = c.fingerprint;
    out.info.text_bytes = c.raw_bytes;
    out.content_base_id = c.base_id;
    return out;
  }

  Status SetStory(const StoryMember& m) override {
    if (m.article_id < 1 ||
        m.article_id > static_cast<int64_t>(s_->articles.size()))
      return NotFound("no article " + std::to_string(m.article_id));
    s_->story_of[m.article_id] = m;
    return Status::Ok();
  }
  Result<int64_t> StoryOf(int64_t article_id) override {
    auto it = s_->story_of.find(article_id);
    return it == s_->story_of.end() ? 0 : it->second.story_id;
  }
  Result<std::vector<StorySummary>> StorySummaries(const StoryFilter& f,
                                                   int64_t only) override {
    struct Acc {
      StorySummary sum;
      std::set<std::string> sources;
      int64_t first_id = 0;
      bool has_source = false;
    };
    std::map<int64_t, Acc> by_story;
    for (const auto& [article_id, m] : s_->story_of) {
      if (only != 0 && m.story_id != only) continue;
      const ArticleRow& a = s_->articles[static_cast<size_t>(article_id - 1)];
      Acc& acc = by_story[m.story_id];
      StorySummary& sum = acc.sum;
      sum.id = m.story_id;
      ++sum.articles;
      acc.sources.insert(a.source);
      acc.has_source = acc.has_source || a.source == f.source;
      if (acc.first_id == 0 || a.first_seen < sum.first_seen ||
          (a.first_seen == sum.first_seen && a.id < acc.first_id)) {
        sum.first_seen = a.first_seen;
        sum.headline = a.headline;
        acc.first_id = a.id;
      }
      sum.last_seen = std::max(sum.last_seen, a.last_seen);
    }
    std::vector<StorySummary> all;
    for (auto& [id, acc] : by_story) {
      acc.sum.sources = static_cast<int64_t>(acc.sources.size());
      if (acc.sum.articles < f.min_articles) continue;
      if (!f.source.empty() && !acc.has_source) continue;
      all.push_back(acc.sum);
    }
    std::sort(all.begin(), all.end(), [](const auto& x, const auto& y) {
      return x.last_seen != y.last_seen ? x.last_seen > y.last_seen
                                        : x.id > y.id;
    });
    std::vector<StorySummary> out;
    for (size_t i = static_cast<size_t>(std::max(f.offset, 0));
         i < all.size() && out.size() < static_cast<size_t>(f.limit); ++i)
      out.push_back(all[i]);
    return out;
  }
  Result<std::vector<int64_t>> StoryArticleIds(int64_t story_id) override {
    std::vector<const ArticleRow*> rows;
    for (const auto& [article_id, m] : s_->story_of)
      if (m.story_id == story_id)
        rows.push_back(&s_->articles[static_cast<size_t>(article_id - 1)]);
    std::sort(rows.begin(), rows.end(), [](const auto* x, const auto* y) {
      return x->first_seen != y->first_seen ? x->first_seen < y->first_seen
                                            : x->id < y->id;
    });
    std::vector<int64_t> out;
    for (const ArticleRow* r : rows) out.push_back(r->id);
    return out;
  }
  Result<int64_t> QuoteWatermark() override { return s_->quote_mark; }
  Result<int> QuoteReader() override { return s_->quote_reader; }
  Status ResetQuotes(int reader) override {
    s_->quotes.clear();
    s_->quote_mark = 0;
    s_->quote_reader = reader;
    return Status::Ok();
  }
  Status SetQuoteWatermark(int64_t version_id) override {
    s_->quote_mark = version_id;
    return Status::Ok();
  }
  Status AddQuote(const StoredQuote& q) override {
    for (StoredQuote& e : s_->quotes)
      if (e.article_id == q.article_id &&
          e.last_version == q.first_version - 1 && e.text == q.text) {
        e.last_version = q.last_version;
        e.speaker = q.speaker;
        e.person = q.person;
        return Status::Ok();
      }
    StoredQuote row = q;  // what ListQuotes joins in is read afresh there
    row.id = static_cast<int64_t>(s_->quotes.size()) + 1;
    s_->quotes.push_back(std::move(row));
    return Status::Ok();
  }
  Result<std::vector<StoredQuote>> Quotes(
      const QuoteFilter& f, const std::string& person_last) override {
    std::vector<StoredQuote> all;
    for (const StoredQuote& stored : s_->quotes) {
      StoredQuote q = stored;
      const ArticleRow& a = s_->articles[static_cast<size_t>(q.article_id - 1)];
      auto story = s_->story_of.find(q.article_id);
      q.story_id = story == s_->story_of.end() ? 0 : story->second.story_id;
      q.source = a.source;
      q.url = a.url;
      q.headline = a.headline;
      q.versions = a.version_count;
      const bool person = f.person.empty() || q.person == f.person ||
                          q.person.ends_with(" " + f.person) ||
                          (!person_last.empty() && q.person == person_last);
      if (!person || (f.story_id != 0 && q.story_id != f.story_id) ||
          (f.article_id != 0 && q.article_id != f.article_id) ||
          (!f.source.empty() && q.source != f.source) ||
          (f.since != 0 && q.first_seen < f.since) ||
          (f.until != 0 && q.first_seen >= f.until) ||
          (f.dropped_only && q.last_version >= q.versions))
        continue;
      all.push_back(std::move(q));
    }
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
      return a.first_seen > b.first_seen ||
             (a.first_seen == b.first_seen && a.id > b.id);
    });
    std::vector<StoredQuote> out;
    for (size_t i = static_cast<size_t>(std::max(f.offset, 0));
         i < all.size() &&
         out.size() < static_cast<size_t>(std::max(f.limit, 0));
         ++i)
      out.push_back(std::move(all[i]));
    return out;
  }
  Result<int64_t> MaxGroupedArticle() override {
    return s_->story_of.empty() ? 0 : s_->story_of.rbegin()->first;
  }
  Result<std::vector<ArticleRow>> ArticlesAfter(int64_t after_id,
                                                int limit) override {
    std::vector<ArticleRow> out;
    for (size_t i = static_cast<size_t>(std::max<int64_t>(after_id, 0));
         i < s_->articles.size() && out.size() < static_cast<size_t>(limit);
         ++i)
      out.push_back(s_->articles[i]);
    return out;
  }

  std::shared_ptr<State>* live_;
  bool write_;
  std::shared_ptr<State> s_;
};

class MemoryStore final : public Store {
 public:
  std::string Describe() const override { return "memory"; }

 protected:
  Result<std::unique_ptr<StoreTxn>> Begin(bool write) override {
    return std::unique_ptr<StoreTxn>(
        std::make_unique<MemoryTxn>(&state_, write));
  }

 private:
  std::shared_ptr<State> state_ = std::make_shared<State>();
};

}  // namespace

std::unique_ptr<Store> NewMemoryStore() {
  return std::make_unique<MemoryStore>();
}

}  // namespace stet
