// Internal to src/quote: the steps of ExtractQuotes, for its parts and
// tests.
//
// Thread-safety: pure functions.
#ifndef STET_QUOTE_INTERNAL_H_
#define STET_QUOTE_INTERNAL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stet::quote {

// A paired quotation: the byte offsets of its marks and of its words.
struct Marked {
  size_t open = 0;            // the opening mark
  size_t close = 0;           // just past the closing mark
  size_t begin = 0, end = 0;  // the quoted words, marks and spaces left out
};

// Titles and roles written before a name ("Foreign Secretary Boris
// Johnson", "CHP Officer Brad Baehr"), folded: left out of names.
bool Title(std::string_view folded);

// The gender a first name (as text::SearchKey gives it) shows: 1 a man's, -1 a
// woman's, 0 one given to both or unknown.
int FirstNameGender(std::string_view folded);

// Pairs the quotation marks of `text` (see stet/quote.h): the outer
// quotations, in order, none overlapping.
std::vector<Marked> PairMarks(std::string_view text);

// For each quotation ExtractQuotes(text) gives, the stage of the reader
// that chose its speaker ("after": a verb of saying after it; "before";
// "carried in paragraph"; "pull quote"; ...), "" where it gives none or
// the quotation is not speech. For study: the benchmark counts speakers
// right and wrong by it, on text no one may read.
std::vector<std::string> SpeakerStages(std::string_view text);

}  // namespace stet::quote

#endif  // STET_QUOTE_INTERNAL_H_
