// Building texts and observations in tests of anything that records them
// (the store suite, the web site).
//
// Thread-safety: pure functions.
#ifndef STET_TESTS_STORE_OBSERVATIONS_H_
#define STET_TESTS_STORE_OBSERVATIONS_H_

#include <string>
#include <vector>

#include "stet/store.h"

namespace stet::testdata {

inline VersionText Text(std::string headline, std::vector<std::string> paras,
                        std::string byline = "") {
  VersionText t;
  t.headline = std::move(headline);
  t.byline = std::move(byline);
  t.paragraphs = std::move(paras);
  return t;
}

inline Observation Obs(std::string url, Timestamp t, VersionText text,
                       std::string source = "guardian") {
  Observation o;
  o.url = std::move(url);
  o.source = std::move(source);
  o.seen_at = t;
  o.text = std::move(text);
  return o;
}

}  // namespace stet::testdata

#endif  // STET_TESTS_STORE_OBSERVATIONS_H_
