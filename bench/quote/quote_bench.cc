// Quotation extraction, attribution and variant matching against the gold
// set marked by hand (bench/quote/gold, README there), stet beside a plain
// baseline (text between double quotation marks; speaker: the capitalised
// words next to "said"), in one run. Then speed: articles per second on one
// core over the 181 AEB bodies. Prints one JSON object.
//
// usage: stet_quote_bench --gold bench/quote/gold --aeb PATH/ground-truth.json
//          --ecb PATH/docs.jsonl --examples examples [--repeat 20]
//          [--heldout bench/quote/heldout] [--patterns bench/quote/patterns]
//          [--second-reader bench/quote/second-reader]  (the held-out set
//          marked again by other readers: their agreement with its gold)
//        stet_quote_bench ... --show DOC  (one document's quotations, gold
//          and found, for study)
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "quote/internal.h"
#include "stet/quote.h"
#include "stet/text.h"

namespace {

using nlohmann::json;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Byte offset of code point `cp` in UTF-8 `s`.
size_t ByteOffset(const std::string& s, size_t cp) {
  size_t i = 0, n = 0;
  while (i < s.size() && n < cp) {
    const auto c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++n;
  }
  return i;
}

struct GoldQuote {
  size_t begin, end;
  bool speech;
  std::string speaker, variant;
};

struct Doc {
  std::string name, part, text;
  std::vector<GoldQuote> gold;
};

// A speaker as compared: case, punctuation, tokenisation and a leading
// article left out; "unknown" is empty.
std::string Norm(const std::string& s) {
  std::string out;
  for (const std::string& w : stet::text::FoldedWords(s)) {
    if (out.empty() && (w == "the" || w == "a" || w == "an")) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out == "unknown" ? "" : out;
}

// Why a speech quotation's speaker is wrong (`found` false when stet did
// not find it as speech): not found, stet gave no speaker, the gold set
// gives none, another form of the same person, shorter ("Johnson" for
// "Boris Johnson") or longer ("Mr Johnson" for "Johnson"), or someone else,
// told apart by whether each is a name or a description (which opens
// lower-case: "a police spokesman", "the company").
std::string ErrorKind(bool found, const std::string& want,
                      const std::string& got) {
  const std::string a = Norm(want), b = Norm(got);
  if (!found) return "not_found";
  if (b.empty()) return "unknown_given";
  if (a.empty()) return "none_expected";
  // (Shorter or longer than the gold set's: a full name missed, or a
  // title or another word kept.)
  if (stet::SamePerson(stet::PersonKey(a), stet::PersonKey(b)))
    return b.size() < a.size() ? "other_form_shorter" : "other_form_longer";
  const auto form = [](const std::string& s) {
    return std::islower(static_cast<unsigned char>(s[0])) ? "description"
                                                          : "name";
  };
  return std::string(form(want)) + "_for_" + form(got);
}

struct Found {
  size_t begin, end;
  bool speech;
  std::string speaker, text;
  std::string mention;  // how the text refers to the speaker (stet only)
  std::string stage;    // the stage that chose the speaker (stet only)
};

// How a found speaker was reached, from stet's mention: "name" (the text
// names them there), "pronoun", "description" ("the company"), "carried"
// (no reference at the quotation: the speaker before, or the one the text
// is about) and "none" (no speaker given).
std::string Reference(const Found& f) {
  if (f.speaker.empty()) return "none";
  if (f.mention.empty()) return "carried";
  static const std::set<std::string> kPronouns = {
      "he", "she", "they", "i", "we", "it", "him", "her", "them"};
  const std::vector<std::string> words = stet::text::FoldedWords(f.mention);
  if (words.size() == 1 && kPronouns.count(words[0])) return "pronoun";
  for (char c : f.mention)
    if (std::isupper(static_cast<unsigned char>(c))) return "name";
  return "description";
}

// The baseline: text between double marks (straight toggling, curly by
// direction, `` ''), every one speech; speaker: "said X" or "X said" right
// after the quotation (capitalised words), else none.
std::vector<Found> Baseline(const std::string& t) {
  std::vector<Found> out;
  size_t i = 0;
  auto is_open = [&](size_t k, size_t* n) {
    if (t.compare(k, 3, "\xE2\x80\x9C") == 0) return *n = 3, true;
    if (t.compare(k, 2, "``") == 0) return *n = 2, true;
    if (t[k] == '"') return *n = 1, true;
    return false;
  };
  auto is_close = [&](size_t k, size_t* n) {
    if (t.compare(k, 3, "\xE2\x80\x9D") == 0) return *n = 3, true;
    if (t.compare(k, 2, "''") == 0) return *n = 2, true;
    if (t[k] == '"') return *n = 1, true;
    return false;
  };
  while (i < t.size()) {
    size_t n = 0;
    if (!is_open(i, &n)) {
      ++i;
      continue;
    }
    size_t b = i + n, j = b, m = 0;
    while (j < t.size() && !is_close(j, &m)) ++j;
    if (j >= t.size()) break;
    Found f{b, j, true, "", t.substr(b, j - b), ""};
    while (f.begin < f.end && t[f.begin] == ' ') ++f.begin;
    while (f.end > f.begin && t[f.end - 1] == ' ') --f.end;
    // Speaker: the words after the closing mark.
    std::vector<std::string> after;
    std::string rest = t.substr(j + m, 80);
    std::string word;
    for (char c : rest) {
      if (std::isalpha(static_cast<unsigned char>(c)) || c == '.') {
        word += c;
      } else {
        if (!word.empty()) after.push_back(word);
        word.clear();
        if (c == '\n') break;
      }
    }
    for (size_t k = 0; k + 1 < after.size() && k < 3; ++k) {
      if (after[k] == "said" &&
          std::isupper(static_cast<unsigned char>(after[k + 1][0]))) {
        f.speaker = after[k + 1];
        if (k + 2 < after.size() &&
            std::isupper(static_cast<unsigned char>(after[k + 2][0])))
          f.speaker += " " + after[k + 2];
        break;
      }
      if (after[k + 1] == "said" &&
          std::isupper(static_cast<unsigned char>(after[k][0]))) {
        f.speaker = after[k];
        break;
      }
    }
    out.push_back(std::move(f));
    i = j + m;
  }
  return out;
}

std::vector<Found> Stet(const std::string& t) {
  std::vector<Found> out;
  const std::vector<std::string> stages = stet::quote::SpeakerStages(t);
  for (const stet::Quote& q : stet::ExtractQuotes(t)) {
    const size_t i = out.size();
    out.push_back({q.begin, q.end, q.kind == stet::QuoteKind::kSpeech,
                   q.speaker, q.text, q.mention,
                   i < stages.size() ? stages[i] : ""});
  }
  return out;
}

double F(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

struct Counts {
  int64_t tp = 0, found = 0, gold = 0;
  json Json() const {
    const double p = found ? static_cast<double>(tp) / found : 0;
    const double r = gold ? static_cast<double>(tp) / gold : 0;
    return {{"precision", p}, {"recall", r},    {"f1", F(p, r)},
            {"tp", tp},       {"found", found}, {"gold", gold}};
  }
};

// Matches found quotations to gold ones one to one: exactly (same span) or
// by overlap (largest overlap first). Returns, per gold quote, the found
// index or -1.
std::vector<int> Match(const std::vector<GoldQuote>& gold,
                       const std::vector<Found>& found, bool exact,
                       const std::vector<bool>& gold_on,
                       const std::vector<bool>& found_on) {
  std::vector<int> out(gold.size(), -1);
  std::vector<bool> used(found.size(), false);
  std::vector<std::tuple<size_t, size_t, size_t>> pairs;  // overlap, g, f
  for (size_t g = 0; g < gold.size(); ++g) {
    if (!gold_on[g]) continue;
    for (size_t f = 0; f < found.size(); ++f) {
      if (!found_on[f]) continue;
      if (exact) {
        if (gold[g].begin == found[f].begin && gold[g].end == found[f].end)
          pairs.push_back({1, g, f});
        continue;
      }
      const size_t b = std::max(gold[g].begin, found[f].begin);
      const size_t e = std::min(gold[g].end, found[f].end);
      if (b < e) pairs.push_back({e - b, g, f});
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
    return std::get<0>(a) > std::get<0>(b);
  });
  for (const auto& [o, g, f] : pairs) {
    if (out[g] != -1 || used[f]) continue;
    out[g] = static_cast<int>(f);
    used[f] = true;
  }
  return out;
}

struct Scores {
  Counts exact_all, overlap_all, exact_speech, overlap_speech;
  int64_t speaker_total = 0, speaker_right = 0, speaker_lenient = 0;
  int64_t speaker_known_total = 0, speaker_known_right = 0;
  // Reference() -> (speech quotations found, speaker right).
  std::map<std::string, std::pair<int64_t, int64_t>> by_reference;
  // The stage that chose the speaker (SpeakerStages; "none" for none) ->
  // (speech quotations found, speaker right): counts, so that where the
  // held-out set's errors come from can be known without reading it.
  std::map<std::string, std::pair<int64_t, int64_t>> by_stage;
  // The wrong speech quotations by kind of error (ErrorKind; a quotation
  // not found as speech is "not_found"): counts only, like by_stage.
  std::map<std::string, int64_t> errors;
  Counts variants;
  int64_t FoundQuotes() const {
    int64_t n = 0;
    for (const auto& [kind, r] : by_reference) n += r.first;
    return n;
  }
  int64_t FoundRight() const {
    int64_t n = 0;
    for (const auto& [kind, r] : by_reference) n += r.second;
    return n;
  }
  static json Rates(
      const std::map<std::string, std::pair<int64_t, int64_t>>& counts) {
    json out = json::object();
    for (const auto& [kind, n] : counts)
      out[kind] = {{"quotes", n.first},
                   {"accuracy", n.first ? static_cast<double>(n.second) /
                                              static_cast<double>(n.first)
                                        : 0}};
    return out;
  }
  json Json() const {
    return {
        {"spans_all_marks",
         {{"exact", exact_all.Json()}, {"overlap", overlap_all.Json()}}},
        {"spans_speech",
         {{"exact", exact_speech.Json()}, {"overlap", overlap_speech.Json()}}},
        {"speaker",
         {{"quotes", speaker_total},
          {"accuracy", speaker_total
                           ? static_cast<double>(speaker_right) / speaker_total
                           : 0},
          {"accuracy_same_person",
           speaker_total ? static_cast<double>(speaker_lenient) / speaker_total
                         : 0},
          {"named_quotes", speaker_known_total},
          {"named_accuracy",
           speaker_known_total
               ? static_cast<double>(speaker_known_right) / speaker_known_total
               : 0},
          // Over the speech quotations found as speech only: how well the
          // speaker is named once a quotation is found, the way published
          // attributors report it.
          {"found_quotes", FoundQuotes()},
          {"found_accuracy",
           FoundQuotes() ? static_cast<double>(FoundRight()) / FoundQuotes()
                         : 0},
          {"by_reference", Rates(by_reference)},
          {"by_stage", Rates(by_stage)},
          {"errors", errors}}},
        {"variants", variants.Json()}};
  }
};

// A second reader's marks of the same documents (gold format), scored
// like a system: how far two people agree bounds what any system can
// score against one of them.
using Reader = std::map<std::string, std::vector<Found>>;

void Score(const std::vector<Doc>& docs, bool baseline, Scores& s, bool show,
           const std::string& show_doc, const Reader* reader = nullptr) {
  // Variant pairs are judged within each part (one event, or one outlet's
  // sample): predicted quotations matched to gold ones.
  std::map<std::string, std::vector<std::pair<const GoldQuote*, stet::Quote>>>
      by_part;
  for (const Doc& d : docs) {
    std::vector<Found> found;
    if (reader) {
      if (auto it = reader->find(d.name); it != reader->end())
        found = it->second;
    } else {
      found = baseline ? Baseline(d.text) : Stet(d.text);
    }
    // No study dumps of a second reader's documents (the held-out set's).
    const bool study = !baseline && !reader;
    std::vector<bool> all_g(d.gold.size(), true), all_f(found.size(), true);
    std::vector<bool> sp_g(d.gold.size()), sp_f(found.size());
    for (size_t g = 0; g < d.gold.size(); ++g) sp_g[g] = d.gold[g].speech;
    for (size_t f = 0; f < found.size(); ++f) sp_f[f] = found[f].speech;
    auto count = [&](Counts& c, bool exact, const std::vector<bool>& gon,
                     const std::vector<bool>& fon) {
      const std::vector<int> m = Match(d.gold, found, exact, gon, fon);
      for (size_t g = 0; g < m.size(); ++g) c.tp += m[g] >= 0;
      c.gold += std::count(gon.begin(), gon.end(), true);
      c.found += std::count(fon.begin(), fon.end(), true);
      return m;
    };
    const std::vector<int> m_all = count(s.exact_all, true, all_g, all_f);
    if (study && std::getenv("QUOTE_KINDS")) {
      // Span found exactly, kind told wrong; or not found at all.
      for (size_t g = 0; g < d.gold.size(); ++g) {
        const GoldQuote& gq = d.gold[g];
        const std::string what =
            d.text.substr(gq.begin, std::min<size_t>(gq.end - gq.begin, 60));
        if (m_all[g] < 0) {
          std::cerr << "MISSED " << (gq.speech ? "S" : "O") << "\t"
                    << d.name.substr(0, 16) << "\t" << what << "\n";
        } else if (found[static_cast<size_t>(m_all[g])].speech != gq.speech) {
          const size_t from = gq.begin > 80 ? gq.begin - 80 : 0;
          std::string ctx = d.text.substr(from, gq.end + 60 - from);
          for (char& c : ctx)
            if (c == '\n') c = '|';
          std::cerr << "KIND gold=" << (gq.speech ? "S" : "O") << "\t"
                    << stet::text::FoldedWords(
                           d.text.substr(gq.begin, gq.end - gq.begin))
                           .size()
                    << " words\t" << d.name.substr(0, 16) << "\t" << ctx
                    << "\n";
        }
      }
      std::vector<bool> used(found.size(), false);
      for (int f : m_all)
        if (f >= 0) used[static_cast<size_t>(f)] = true;
      for (size_t f = 0; f < found.size(); ++f)
        if (!used[f])
          std::cerr << "EXTRA " << (found[f].speech ? "S" : "O") << "\t"
                    << d.name.substr(0, 16) << "\t"
                    << found[f].text.substr(0, 60) << "\n";
    }
    count(s.overlap_all, false, all_g, all_f);
    count(s.exact_speech, true, sp_g, sp_f);
    const std::vector<int> m = count(s.overlap_speech, false, sp_g, sp_f);
    for (size_t g = 0; g < d.gold.size(); ++g) {
      if (!d.gold[g].speech) continue;
      ++s.speaker_total;
      const bool named = !Norm(d.gold[g].speaker).empty();
      s.speaker_known_total += named;
      if (m[g] < 0) {
        ++s.errors["not_found"];
        continue;
      }
      const Found& f = found[static_cast<size_t>(m[g])];
      const std::string a = Norm(f.speaker), b = Norm(d.gold[g].speaker);
      const bool right = a == b;
      if (!right) ++s.errors[ErrorKind(true, d.gold[g].speaker, f.speaker)];
      if (!right && study && std::getenv("QUOTE_DUMP"))
        std::cerr << d.name.substr(0, 16) << "\t[" << d.gold[g].speaker
                  << "]\t[" << f.speaker << "]\t" << f.text.substr(0, 60)
                  << "\t{" << Reference(f) << ": " << f.mention << "}\n";
      if (!right && study && std::getenv("QUOTE_CONTEXT")) {
        const size_t from = f.begin > 160 ? f.begin - 160 : 0;
        std::string ctx = d.text.substr(from, f.end + 100 - from);
        for (char& c : ctx)
          if (c == '\n') c = '|';
        std::cerr << "    " << ctx << "\n";
      }
      s.speaker_right += right;
      if (!baseline) {
        auto& r = s.by_reference[Reference(f)];
        ++r.first;
        r.second += right;
        auto& st = s.by_stage[f.stage.empty() ? "none" : f.stage];
        ++st.first;
        st.second += right;
      }
      s.speaker_known_right += right && named;
      s.speaker_lenient +=
          right || stet::SamePerson(stet::PersonKey(a), stet::PersonKey(b));
      stet::Quote q;
      q.text = f.text;
      q.speaker = f.speaker;
      by_part[d.part].push_back({&d.gold[g], q});
    }
    if (show && study && d.name == show_doc) {
      for (const GoldQuote& g : d.gold)
        std::cerr << "gold  " << (g.speech ? "S " : "O ") << g.begin << "-"
                  << g.end << " [" << g.speaker << "] "
                  << d.text.substr(g.begin,
                                   std::min<size_t>(g.end - g.begin, 70))
                  << "\n";
      for (const Found& f : found)
        std::cerr << "found " << (f.speech ? "S " : "O ") << f.begin << "-"
                  << f.end << " [" << f.speaker << "] " << f.text.substr(0, 70)
                  << "\n";
    }
  }
  for (const auto& [part, list] : by_part) {
    if (const char* only = std::getenv("QUOTE_VARIANT_PART");
        only && part != only)
      continue;
    std::vector<const stet::Quote*> qs;
    for (const auto& [g, q] : list) qs.push_back(&q);
    const char* vt = std::getenv("QUOTE_VARIANT_THRESHOLD");
    const std::vector<size_t> group = stet::GroupQuoteVariants(
        qs, vt ? std::atof(vt) : stet::kQuoteVariantThreshold);
    for (size_t i = 0; i < list.size(); ++i)
      for (size_t j = i + 1; j < list.size(); ++j) {
        const bool gold = !list[i].first->variant.empty() &&
                          list[i].first->variant == list[j].first->variant;
        const bool found = group[i] == group[j];
        s.variants.gold += gold;
        s.variants.found += found;
        s.variants.tp += gold && found;
      }
  }
}

// Reads every *.jsonl of `dir` (see bench/quote/gold/README.md).
bool LoadGold(const std::string& dir,
              const std::map<std::string, std::string>& texts,
              std::vector<Doc>* docs, int64_t* quotes, int64_t* speech) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".jsonl") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    std::ifstream in(f);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      const json j = json::parse(line);
      Doc d;
      d.name = j["doc"];
      d.part = std::filesystem::path(f).stem().string();
      // A document may carry its own text (pages extracted once and kept
      // with their marks, so a change to the extractor cannot move them).
      if (j.contains("text")) {
        d.text = j["text"].get<std::string>();
      } else {
        auto it = texts.find(d.name);
        if (it == texts.end()) {
          std::cerr << "stet_quote_bench: no text for " << d.name << "\n";
          return false;
        }
        d.text = it->second;
      }
      for (const json& q : j["quotes"]) {
        GoldQuote g;
        g.begin = ByteOffset(d.text, q["start"].get<size_t>());
        g.end = ByteOffset(d.text, q["end"].get<size_t>());
        if (g.end < g.begin || g.end > d.text.size() ||
            d.text.compare(g.begin, g.end - g.begin,
                           q["text"].get<std::string>()) != 0) {
          std::cerr << "stet_quote_bench: " << f << ": " << d.name
                    << ": the text at " << q["start"] << ".." << q["end"]
                    << " is not the quotation marked\n";
          return false;
        }
        g.speech = q["kind"] == "speech";
        // (A missing field reads as null: operator[] of a const object
        // must not be asked for a key it lacks.)
        const auto field = [&q](const char* key) {
          const auto it = q.find(key);
          return it != q.end() && it->is_string() ? it->get<std::string>()
                                                  : std::string();
        };
        g.speaker = field("speaker");
        g.variant = field("variant");
        ++*quotes;
        *speech += g.speech;
        d.gold.push_back(std::move(g));
      }
      docs->push_back(std::move(d));
    }
  }
  return true;
}

}  // namespace

// The made-up pattern sets (bench/quote/patterns, README there): each line
// a text and its quotations by their words, with the speaker (null: not
// speech). Per set: speech quotations, speaker accuracy (a quotation not
// found as speech counts as wrong), and other marks taken for speech.
// Half the lines (the 2nd, 4th, ...: "read") were read while rules were
// written, the others ("never_read") never: both halves are reported.
json ScorePatterns(const std::string& dir) {
  json out = json::object();
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".jsonl") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    std::string line;
    int64_t n = 0;
    struct Half {
      int64_t speech = 0, right = 0, other_as_speech = 0, baseline_right = 0;
      // The wrong ones by kind of error (ErrorKind), counts only.
      std::map<std::string, int64_t> errors;
    } halves[2];
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      Half& h = halves[n++ % 2];
      const json j = json::parse(line);
      const std::string text = j["text"].get<std::string>();
      const std::vector<stet::Quote> found = stet::ExtractQuotes(text);
      const std::vector<Found> plain = Baseline(text);
      size_t from = 0;
      for (const json& q : j["quotes"]) {
        const std::string words = q["quote"].get<std::string>();
        size_t at = text.find(words, from);
        if (at == std::string::npos) at = text.find(words);
        if (at == std::string::npos) continue;
        from = at + 1;
        const stet::Quote* f = nullptr;
        for (const stet::Quote& x : found)
          if (x.begin < at + words.size() && x.end > at) {
            f = &x;
            break;
          }
        const bool speech = q["speaker"].is_string();
        if (!speech) {
          h.other_as_speech += f && f->kind == stet::QuoteKind::kSpeech;
          continue;
        }
        ++h.speech;
        const std::string want = Norm(q["speaker"].get<std::string>());
        const bool right = f && f->kind == stet::QuoteKind::kSpeech &&
                           Norm(f->speaker) == want;
        h.right += right;
        if (!right)
          ++h.errors[ErrorKind(f && f->kind == stet::QuoteKind::kSpeech,
                               q["speaker"].get<std::string>(),
                               f ? f->speaker : "")];
        // QUOTE_PATTERN_DUMP=1: the read half's misses, to write rules
        // from (never the other half's).
        if (!right && (n - 1) % 2 == 1 && std::getenv("QUOTE_PATTERN_DUMP"))
          std::cerr << path.stem().string() << ":" << n << "\t["
                    << q["speaker"].get<std::string>() << "]\t["
                    << (f ? (f->kind == stet::QuoteKind::kSpeech
                                 ? f->speaker
                                 : std::string("(other)"))
                          : std::string("(not found)"))
                    << "]\t" << words.substr(0, 60) << "\t{"
                    << (f ? f->mention : "") << "}\n";
        for (const Found& x : plain)
          if (x.begin < at + words.size() && x.end > at) {
            h.baseline_right += Norm(x.speaker) == want;
            break;
          }
      }
    }
    json parts = json::object();
    for (int k = 0; k < 2; ++k)
      parts[k == 0 ? "never_read" : "read"] = {
          {"speech", halves[k].speech},
          {"speaker_accuracy", halves[k].speech
                                   ? static_cast<double>(halves[k].right) /
                                         static_cast<double>(halves[k].speech)
                                   : 0},
          {"other_as_speech", halves[k].other_as_speech},
          {"errors", halves[k].errors},
          {"baseline_speaker_accuracy",
           halves[k].speech ? static_cast<double>(halves[k].baseline_right) /
                                  static_cast<double>(halves[k].speech)
                            : 0}};
    out[path.stem().string()] = {{"texts", n}, {"halves", parts}};
  }
  return out;
}

int main(int argc, char** argv) {
  std::string gold_dir, heldout_dir, aeb, ecb, examples, show_doc, patterns_dir,
      second_dir;
  int repeat = 20;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--gold" && i + 1 < argc) gold_dir = argv[++i];
    if (a == "--heldout" && i + 1 < argc) heldout_dir = argv[++i];
    if (a == "--aeb" && i + 1 < argc) aeb = argv[++i];
    if (a == "--ecb" && i + 1 < argc) ecb = argv[++i];
    if (a == "--examples" && i + 1 < argc) examples = argv[++i];
    if (a == "--repeat" && i + 1 < argc) repeat = std::stoi(argv[++i]);
    if (a == "--show" && i + 1 < argc) show_doc = argv[++i];
    if (a == "--patterns" && i + 1 < argc) patterns_dir = argv[++i];
    if (a == "--second-reader" && i + 1 < argc) second_dir = argv[++i];
  }
  if (gold_dir.empty() || aeb.empty() || ecb.empty() || examples.empty()) {
    std::cerr << "usage: stet_quote_bench --gold DIR --aeb FILE --ecb FILE "
                 "--examples DIR [--repeat N] [--show DOC]\n";
    return 2;
  }
  // The texts.
  std::map<std::string, std::string> texts;
  const json aeb_json = json::parse(ReadFile(aeb));
  for (const auto& [id, v] : aeb_json.items())
    texts["aeb:" + id] = v["articleBody"].get<std::string>();
  {
    std::ifstream in(ecb);
    std::string line;
    while (std::getline(in, line)) {
      const json j = json::parse(line);
      texts["ecb:" + j["id"].get<std::string>()] = j["text"].get<std::string>();
    }
  }
  {
    std::ifstream in(examples + "/seeds.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      const json j = json::parse(line);
      texts["seed:" + j["source"].get<std::string>()] =
          j["text"].get<std::string>();
    }
    texts["seed:guardian-v0"] = ReadFile(examples + "/guardian/v0.txt");
    texts["seed:guardian-v1"] = ReadFile(examples + "/guardian/v1.txt");
  }
  // The gold set, and the held-out set (marked the same way, never looked
  // at while stet's rules were written).
  int64_t quotes = 0, speech = 0;
  std::vector<Doc> docs, heldout;
  if (!LoadGold(gold_dir, texts, &docs, &quotes, &speech)) return 1;
  int64_t held_quotes = 0, held_speech = 0;
  if (!heldout_dir.empty() &&
      !LoadGold(heldout_dir, texts, &heldout, &held_quotes, &held_speech))
    return 1;
  Scores ours, base;
  Score(docs, false, ours, !show_doc.empty(), show_doc);
  Score(docs, true, base, false, "");
  // By kind of text: news and magazine pages (AEB, and the readability
  // set's), tokenised wire text (ECB+), the seeds.
  // Scores of the documents of `set` whose part starts with each of
  // `prefixes` (a whole part name names that part only).
  auto by_prefix = [&](const std::vector<Doc>& set,
                       const std::vector<std::string>& prefixes) {
    json by = json::object();
    for (const std::string& prefix : prefixes) {
      std::vector<Doc> subset;
      for (const Doc& d : set)
        if (d.part.starts_with(prefix)) subset.push_back(d);
      if (subset.empty()) continue;
      Scores s, b;
      Score(subset, false, s, false, "");
      Score(subset, true, b, false, "");
      by[prefix] = {{"documents", subset.size()},
                    {"stet", s.Json()},
                    {"baseline", b.Json()}};
    }
    return by;
  };
  auto by_kind_of = [&](const std::vector<Doc>& set) {
    return by_prefix(set, {"aeb", "rp", "ecb", "seeds"});
  };
  const json by_kind = by_kind_of(docs);

  // Speed: every AEB body, `repeat` times, stet and the baseline
  // interleaved; the median pass.
  std::vector<std::string> bodies;
  size_t bytes = 0;
  for (const auto& [id, v] : aeb_json.items()) {
    bodies.push_back(v["articleBody"].get<std::string>());
    bytes += bodies.back().size();
  }
  std::vector<double> t_ours, t_base;
  size_t sink = 0;
  for (int r = 0; r < repeat; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    for (const std::string& b : bodies) sink += stet::ExtractQuotes(b).size();
    auto t1 = std::chrono::steady_clock::now();
    for (const std::string& b : bodies) sink += Baseline(b).size();
    auto t2 = std::chrono::steady_clock::now();
    t_ours.push_back(std::chrono::duration<double>(t1 - t0).count());
    t_base.push_back(std::chrono::duration<double>(t2 - t1).count());
  }
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  const double mo = median(t_ours), mb = median(t_base);
  json held;  // null without a held-out set
  if (!heldout.empty()) {
    Scores s, b;
    Score(heldout, false, s, false, "");
    Score(heldout, true, b, false, "");
    held = {{"documents", heldout.size()}, {"quotes", held_quotes},
            {"speech", held_speech},       {"stet", s.Json()},
            {"baseline", b.Json()},        {"by_kind", by_kind_of(heldout)}};
    // Each part alone: the parts marked at different times.
    std::vector<std::string> parts;
    for (const Doc& d : heldout)
      if (std::find(parts.begin(), parts.end(), d.part) == parts.end())
        parts.push_back(d.part);
    held["by_part"] = by_prefix(heldout, parts);
    // The held-out set marked again by readers who saw neither the gold
    // marks nor stet: their agreement with the gold set.
    if (!second_dir.empty()) {
      std::vector<Doc> second;
      int64_t n = 0, sp = 0;
      if (!LoadGold(second_dir, texts, &second, &n, &sp)) return 1;
      Reader reader;
      for (const Doc& d : second)
        for (const GoldQuote& g : d.gold)
          reader[d.name].push_back({g.begin, g.end, g.speech, g.speaker,
                                    d.text.substr(g.begin, g.end - g.begin),
                                    ""});
      json agree = json::object();
      Scores all;
      Score(heldout, false, all, false, "", &reader);
      agree["all"] = all.Json();
      for (const std::string& part : parts) {
        std::vector<Doc> subset;
        for (const Doc& d : heldout)
          if (d.part == part) subset.push_back(d);
        Scores s2;
        Score(subset, false, s2, false, "", &reader);
        agree[part] = s2.Json();
      }
      held["second_reader"] = agree;
    }
  }
  json out = {{"documents", docs.size()},
              {"quotes", quotes},
              {"speech", speech},
              {"stet", ours.Json()},
              {"heldout", held},
              {"by_kind", by_kind},
              {"baseline", base.Json()},
              {"speed",
               {{"articles", bodies.size()},
                {"bytes", bytes},
                {"repeat", repeat},
                {"stet_articles_per_s", bodies.size() / mo},
                {"stet_mb_per_s", bytes / mo / 1e6},
                {"baseline_articles_per_s", bodies.size() / mb},
                {"found", sink}}}};
  if (!patterns_dir.empty()) out["patterns"] = ScorePatterns(patterns_dir);
  std::cout << out.dump(2) << "\n";
  return 0;
}
