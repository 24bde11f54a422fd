// The data model: sources (outlets), articles, versions and changes.
//
// Plain value types shared by the store, the diff engine and the front ends.
// Times are seconds since the Unix epoch, UTC.
//
// Thread-safety: plain values.
#ifndef STET_MODEL_H_
#define STET_MODEL_H_

#include <cstdint>
#include <string>
#include <vector>

namespace stet {

using Timestamp = int64_t;  // seconds since 1970-01-01T00:00:00Z

// What an article says at one moment: the part of a page stet keeps.
struct VersionText {
  std::string headline;
  std::string byline;
  std::vector<std::string> paragraphs;  // whitespace-collapsed, non-empty

  bool operator==(const VersionText&) const = default;
};

// Per-change counts: what a diff between two versions amounts to. Sentence
// classes follow the NewsEdits taxonomy.
struct ChangeSummary {
  int unchanged = 0;  // sentences identical in both (moved ones excluded)
  int edited = 0;     // sentences changed in place (one old <-> one new)
  int added = 0;      // sentences only in the newer version
  int deleted = 0;    // sentences only in the older version
  int moved = 0;      // sentences that changed position (maybe edited too)
  int64_t chars_added = 0;    // characters (code points) inserted
  int64_t chars_removed = 0;  // characters (code points) removed
  bool headline_changed = false;
  bool byline_changed = false;

  bool operator==(const ChangeSummary&) const = default;
};

struct Source {
  int64_t id = 0;
  std::string name;  // short unique key, e.g. "guardian"
};

enum class ArticleState : uint8_t {
  kActive = 0,    // being watched
  kFinished = 1,  // quiet long enough; no longer re-checked
  kRemoved = 2,   // the page went away (404/410)
};

struct Article {
  int64_t id = 0;
  std::string url;  // canonical URL: the article's identity
  std::string source;
  Timestamp first_seen = 0;
  Timestamp last_seen = 0;
  ArticleState state = ArticleState::kActive;
  int version_count = 0;
  std::string headline;  // of the latest version
};

enum class VersionKind : uint8_t {
  kOriginal = 0,   // the first version
  kUpdate = 1,     // new text, never seen before for this article
  kRevert = 2,     // text equal to an earlier version (stored once)
  kReextract = 3,  // new text only because the extractor changed, not the
                   // article (see kExtractorVersion)
};

// One entry of an article's history. Numbers count from 1 and are dense.
struct VersionInfo {
  int64_t id = 0;
  int64_t article_id = 0;
  int number = 0;
  Timestamp seen_at = 0;    // when this text was first observed
  Timestamp last_seen = 0;  // latest observation of this text, this run
  int observations = 1;     // how many checks saw this text in a row
  VersionKind kind = VersionKind::kOriginal;
  int reverts_to = 0;  // kRevert: the version whose text came back
  uint64_t fingerprint = 0;
  int extractor_version = 0;  // 0: text given directly, not extracted
  std::string headline;
  std::string byline;
  int64_t text_bytes = 0;    // raw UTF-8 size of headline+byline+body
  int64_t stored_bytes = 0;  // bytes this version added to the store
  bool has_change = false;   // false for the first version
  ChangeSummary change;      // diff against the previous version
};

struct Version {
  VersionInfo info;
  VersionText text;
};

}  // namespace stet

#endif  // STET_MODEL_H_
