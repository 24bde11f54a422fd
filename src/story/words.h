// Words the story module leaves out: they carry no event.
//
// Thread-safety: read-only after first use.
#ifndef STET_STORY_WORDS_H_
#define STET_STORY_WORDS_H_

#include <string_view>
#include <unordered_set>

#include "stet/text.h"

namespace stet {

// Whether the word starts with an upper-case letter.
bool Capitalised(std::string_view w);

// Whether the next word after this punctuation opens a sentence (or a
// quote), so that its capital says nothing about it being a name.
bool OpensSentence(std::string_view punct);

// Calls f(word, name) for each word of `s` in order; `name` when it is
// capitalised and does not open a sentence (a name, in text that keeps
// case).
template <typename F>
void ForEachWord(std::string_view s, F&& f) {
  bool opening = true;
  for (const text::Token& tok : text::Tokenize(s)) {
    const std::string_view w = s.substr(tok.begin, tok.end - tok.begin);
    if (tok.kind == text::TokenKind::kSpace) continue;
    if (tok.kind == text::TokenKind::kPunct) {
      if (OpensSentence(w)) opening = true;
      continue;
    }
    const bool name = !opening && Capitalised(w);
    opening = false;
    f(w, name);
  }
}

// English function words, the reporting verbs every story uses and what is
// left of a web address that leaked into the text, as folded keys
// (text::SearchKey). Other languages rely on document frequency alone.
const std::unordered_set<std::string_view>& Stopwords();

}  // namespace stet

#endif  // STET_STORY_WORDS_H_
