// Search over every version (see "Searching" in stet/store.h): the query
// language, matching and highlighting, catching the passage index up with
// the versions, and turning the backend's passages into hits.
#include "store/search.h"

#include <xxhash.h>

#include <algorithm>
#include <map>

#include "stet/store.h"

namespace stet {
namespace search {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// Adds the term made of `chunk`'s words, if it has any.
void AddTerm(std::string_view chunk, std::vector<SearchTerm>* terms) {
  SearchTerm term;
  for (auto& w : text::SearchWords(chunk))
    if (!w.key.empty()) term.words.push_back(std::move(w.key));
  if (term.words.empty()) return;
  size_t end = chunk.size();
  while (end > 0 && IsSpace(chunk[end - 1])) --end;
  term.prefix = end > 0 && chunk[end - 1] == '*';
  terms->push_back(std::move(term));
}

}  // namespace

Result<std::vector<SearchTerm>> ParseQuery(std::string_view q) {
  if (q.size() > kMaxQueryBytes)
    return InvalidArgument("the search is longer than " +
                           std::to_string(kMaxQueryBytes) + " bytes");
  std::vector<SearchTerm> terms;
  size_t i = 0;
  while (i < q.size()) {
    if (IsSpace(q[i])) {
      ++i;
      continue;
    }
    size_t end;
    if (q[i] == '"') {
      ++i;  // a phrase runs to the closing quote, or to the end
      end = q.find('"', i);
      if (end == std::string_view::npos) end = q.size();
      size_t after = end < q.size() ? end + 1 : end;
      // "new elect"* is a phrase whose last word is a prefix.
      std::string_view chunk = q.substr(i, end - i);
      std::string with_star;
      if (after < q.size() && q[after] == '*') {
        with_star = std::string(chunk) + "*";
        chunk = with_star;
        ++after;
      }
      AddTerm(chunk, &terms);
      i = after;
      continue;
    }
    end = i;
    while (end < q.size() && !IsSpace(q[end]) && q[end] != '"') ++end;
    AddTerm(q.substr(i, end - i), &terms);
    i = end;
  }
  if (terms.empty())
    return InvalidArgument("the search has no words to look for");
  if (terms.size() > kMaxTerms)
    return InvalidArgument("the search has more than " +
                           std::to_string(kMaxTerms) + " words or phrases");
  return terms;
}

bool MatchTerms(const std::vector<text::SearchWord>& words,
                const std::vector<SearchTerm>& terms,
                std::vector<text::Span>* marks) {
  std::vector<text::Span> found;
  for (const SearchTerm& term : terms) {
    const size_t n = term.words.size();
    bool any = false;
    for (size_t i = 0; n != 0 && i + n <= words.size(); ++i) {
      bool ok = true;
      for (size_t k = 0; k < n && ok; ++k) {
        const std::string& key = words[i + k].key;
        const std::string& want = term.words[k];
        ok = (k + 1 == n && term.prefix) ? key.starts_with(want) : key == want;
      }
      if (!ok) continue;
      any = true;
      if (!marks) break;
      found.push_back({words[i].span.begin, words[i + n - 1].span.end});
    }
    if (!any) return false;
  }
  if (marks) {
    std::sort(found.begin(), found.end(),
              [](const text::Span& a, const text::Span& b) {
                return a.begin < b.begin;
              });
    marks->clear();
    for (const text::Span& s : found) {
      if (!marks->empty() && s.begin <= marks->back().end) {
        marks->back().end = std::max(marks->back().end, s.end);
      } else {
        marks->push_back(s);
      }
    }
  }
  return true;
}

uint64_t PassageHash(std::string_view text, bool headline) {
  return XXH3_64bits_withSeed(text.data(), text.size(), headline ? 1 : 0);
}

}  // namespace search

namespace {

// Versions indexed per transaction: small enough that a watcher waiting to
// record is not held up long, large enough to amortise the commit.
constexpr int kIndexBatch = 500;

// Adds one version's headline and paragraphs to the index.
Status IndexVersion(StoreTxn& t, const VersionRow& v) {
  STET_ASSIGN_OR_RETURN(VersionText text, LoadText(t, v.content_id));
  STET_ASSIGN_OR_RETURN(std::optional<ArticleRow> article,
                        t.ArticleById(v.info.article_id));
  if (!article)
    return Internal("version " + std::to_string(v.info.id) +
                    " belongs to no article");
  PassageRow p;
  p.article_id = v.info.article_id;
  p.source_id = article->source_id;
  p.first_version = p.last_version = v.info.number;
  p.first_seen = p.last_seen = v.info.seen_at;
  auto add = [&](std::string_view s, bool headline) -> Status {
    if (s.empty()) return Status::Ok();
    p.headline = headline;
    p.hash = search::PassageHash(s, headline);
    p.text = std::string(s);
    return t.IndexPassage(p);
  };
  STET_RETURN_IF_ERROR(add(text.headline, true));
  for (const std::string& para : text.paragraphs)
    STET_RETURN_IF_ERROR(add(para, false));
  return t.SetIndexedVersion(v.info.article_id, v.info.number);
}

}  // namespace

Result<int64_t> Store::UpdateSearchIndex(int64_t max_versions) {
  int64_t done = 0;
  while (done < max_versions) {
    STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(true));
    STET_ASSIGN_OR_RETURN(SearchMark mark, t->SearchWatermark());
    if (mark.version_id != 0) {
      // The version the index stopped at must still be the one it read:
      // otherwise the database was replaced and the index is someone
      // else's.
      STET_ASSIGN_OR_RETURN(auto at, t->VersionsAfter(mark.version_id - 1, 1));
      if (at.empty() || at[0].info.id != mark.version_id ||
          at[0].info.fingerprint != mark.fingerprint) {
        STET_RETURN_IF_ERROR(t->ClearSearchIndex());
        mark = SearchMark{};
      }
    }
    const int want =
        static_cast<int>(std::min<int64_t>(kIndexBatch, max_versions - done));
    STET_ASSIGN_OR_RETURN(auto batch, t->VersionsAfter(mark.version_id, want));
    if (batch.empty()) {
      STET_RETURN_IF_ERROR(t->Commit());  // keeps a clearing
      break;
    }
    for (const VersionRow& v : batch) STET_RETURN_IF_ERROR(IndexVersion(*t, v));
    const VersionInfo& last = batch.back().info;
    STET_RETURN_IF_ERROR(
        t->SetSearchWatermark(SearchMark{last.id, last.fingerprint}));
    STET_RETURN_IF_ERROR(t->Commit());
    done += static_cast<int64_t>(batch.size());
  }
  return done;
}

Result<SearchResults> Store::Search(const SearchQuery& query) {
  STET_ASSIGN_OR_RETURN(std::vector<SearchTerm> terms,
                        search::ParseQuery(query.text));
  SearchQuery q = query;
  q.limit = std::clamp(q.limit, 0, 1000);
  q.offset = std::max(q.offset, 0);
  q.max_candidates = std::clamp(q.max_candidates, 1, 100000);
  STET_ASSIGN_OR_RETURN(std::unique_ptr<StoreTxn> t, Begin(false));
  SearchResults out;
  STET_ASSIGN_OR_RETURN(SearchMark mark, t->SearchWatermark());
  STET_ASSIGN_OR_RETURN(out.pending, t->CountVersionsAfter(mark.version_id));
  STET_ASSIGN_OR_RETURN(std::vector<SearchCandidate> found,
                        t->SearchCandidates(terms, q, q.max_candidates + 1));
  if (static_cast<int>(found.size()) > q.max_candidates) {
    out.truncated = true;
    found.resize(static_cast<size_t>(q.max_candidates));
  }
  std::sort(found.begin(), found.end(),
            [&](const SearchCandidate& x, const SearchCandidate& y) {
              if (q.newest_first) {
                if (x.passage.first_seen != y.passage.first_seen)
                  return x.passage.first_seen > y.passage.first_seen;
              } else if (x.score != y.score) {
                return x.score > y.score;
              }
              return x.passage.id > y.passage.id;
            });
  const size_t begin = std::min(found.size(), static_cast<size_t>(q.offset));
  const size_t end =
      std::min(found.size(), begin + static_cast<size_t>(q.limit));
  // Hits often share an article (and a version): read each once.
  std::map<int64_t, std::pair<ArticleRow, std::vector<VersionRow>>> articles;
  std::map<int64_t, VersionText> texts;
  for (size_t i = begin; i < end; ++i) {
    if (found[i].passage.article_id == 0) {
      STET_ASSIGN_OR_RETURN(auto row, t->PassageById(found[i].passage.id));
      if (!row)
        return Internal("passage " + std::to_string(found[i].passage.id) +
                        " is in the search index without its row");
      found[i].passage = std::move(*row);
    }
    if (found[i].indexed < 0) {
      STET_ASSIGN_OR_RETURN(found[i].indexed,
                            t->IndexedVersion(found[i].passage.article_id));
    }
    const PassageRow& p = found[i].passage;
    const int indexed = found[i].indexed;
    auto it = articles.find(p.article_id);
    if (it == articles.end()) {
      STET_ASSIGN_OR_RETURN(auto a, t->ArticleById(p.article_id));
      if (!a)
        return Internal("indexed article " + std::to_string(p.article_id) +
                        " is not in the store");
      STET_ASSIGN_OR_RETURN(auto versions, t->Versions(p.article_id));
      it = articles
               .emplace(p.article_id,
                        std::make_pair(std::move(*a), std::move(versions)))
               .first;
    }
    const auto& versions = it->second.second;
    auto version_at = [&](int number) -> const VersionRow* {
      if (number < 1 || number > static_cast<int>(versions.size()))
        return nullptr;
      return &versions[number - 1];
    };
    const VersionRow* in = version_at(p.last_version);
    if (!in)
      return Internal("indexed passage of article " +
                      std::to_string(p.article_id) + " names version " +
                      std::to_string(p.last_version) + ", which is missing");
    auto tx = texts.find(in->content_id);
    if (tx == texts.end()) {
      STET_ASSIGN_OR_RETURN(VersionText text, LoadText(*t, in->content_id));
      tx = texts.emplace(in->content_id, std::move(text)).first;
    }
    SearchHit hit;
    hit.article = ToArticle(it->second.first);
    hit.headline = p.headline;
    if (p.headline) {
      hit.text = tx->second.headline;
    } else {
      for (const std::string& para : tx->second.paragraphs) {
        if (search::PassageHash(para, false) == p.hash) {
          hit.text = para;
          break;
        }
      }
    }
    search::MatchTerms(text::SearchWords(hit.text), terms, &hit.marks);
    hit.first_version = p.first_version;
    hit.first_seen = p.first_seen;
    hit.last_version = p.last_version;
    if (p.last_version < indexed) {
      hit.removed_in = p.last_version + 1;
      if (const VersionRow* r = version_at(hit.removed_in))
        hit.removed_at = r->info.seen_at;
    }
    out.hits.push_back(std::move(hit));
  }
  return out;
}

}  // namespace stet
