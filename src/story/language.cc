// Which language an article is in, from its commonest words (see
// GuessLanguage in stet/story.h).
#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stet/story.h"
#include "stet/text.h"

namespace stet {
namespace {

struct Language {
  std::string_view code;
  // Its commonest function words, folded (text::SearchKey): words that
  // carry no content and that every text in the language is full of.
  std::vector<std::string_view> words;
};

const std::vector<Language>& Languages() {
  static const std::vector<Language> kLanguages = {
      {"en", {"the",  "and", "of",   "to",  "is",    "that", "for",
              "with", "was", "it",   "by",  "from",  "his",  "he",
              "have", "has", "this", "are", "which", "were"}},
      {"de", {"der",  "die", "und", "das",  "ist",  "nicht", "mit",
              "den",  "von", "zu",  "sich", "auf",  "fur",   "ein",
              "eine", "dem", "des", "im",   "auch", "wurde"}},
      {"fr",
       {"le",  "les", "et", "des", "est",  "une", "du", "dans", "pour", "que",
        "qui", "sur", "au", "pas", "avec", "il",  "ce", "par",  "ont",  "aux"}},
      {"es", {"el",   "los", "del", "las", "por",  "una",  "con",
              "para", "se",  "es",  "al",  "lo",   "como", "su",
              "que",  "y",   "fue", "sus", "pero", "este"}},
      {"it", {"il",  "di",  "che",   "per", "una",   "del",   "della",
              "non", "con", "sono",  "da",  "si",    "gli",   "alla",
              "nel", "dei", "anche", "ha",  "delle", "questo"}},
      {"nl", {"het",  "een", "en",   "van",  "dat",  "op",   "te",
              "voor", "met", "zijn", "niet", "aan",  "er",   "ook",
              "als",  "bij", "door", "werd", "naar", "heeft"}},
      {"pt", {"do",  "da",  "em", "um",  "para", "com",   "nao",
              "uma", "os",  "no", "na",  "por",  "mais",  "dos",
              "das", "foi", "ao", "ele", "seu",  "tambem"}},
      {"ru", {"и",  "в", "не", "на", "что", "с", "по",  "как", "это", "из",
              "за", "к", "от", "он", "для", "о", "его", "но",  "так", "было"}},
  };
  return kLanguages;
}

}  // namespace

std::string GuessLanguage(const VersionText& text) {
  static const auto* index = [] {
    auto* m = new std::unordered_map<std::string_view, std::vector<size_t>>;
    const auto& langs = Languages();
    for (size_t i = 0; i < langs.size(); ++i)
      for (std::string_view w : langs[i].words) (*m)[w].push_back(i);
    return m;
  }();
  std::vector<int> hits(Languages().size(), 0);
  int words = 0;
  auto count = [&](std::string_view s) {
    for (const text::SearchWord& w : text::SearchWords(s)) {
      ++words;
      auto it = index->find(w.key);
      if (it == index->end()) continue;
      for (size_t i : it->second) ++hits[i];
    }
  };
  count(text.headline);
  for (const std::string& p : text.paragraphs) count(p);
  // The most function words, clearly ahead of the next language and a fair
  // share of the text; otherwise unknown rather than a guess.
  std::vector<size_t> order(hits.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return hits[a] > hits[b]; });
  const int best = hits[order[0]], second = hits[order[1]];
  if (best < 5 || best * 10 < words || best < 2 * second) return "";
  return std::string(Languages()[order[0]].code);
}

}  // namespace stet
