#pragma once
// Folding and tokenizing text for keyword rules: case- and accent-insensitive words, with the
// byte span of each word in the original UTF-8 text (so a match can quote what the author wrote).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace billet::triage {

struct Token {
  std::string folded;  // lower-case, accents removed ("accès" -> "acces"); "" for a sentence break
  size_t begin = 0;    // byte offsets in the original text
  size_t end = 0;
  bool pause_before = false;  // a comma, colon, semicolon or closing bracket stands between this word and the one before
  bool hyphen_after = false;  // a hyphen joins this word to the next ("non-répondants", "non-livré")
  bool clause_before = false;  // a colon or semicolon stands before this word: a pattern's gap stops there
  bool item_before = false;    // a list marker ("- ", "* ", "• ", "2) ", "3. ") at a line's or sentence's start opens this word's item
  bool is_break() const { return folded.empty(); }
};

// Lower-cases and removes accents from Latin letters (é->e, Œ->oe, ß->ss); typographic
// apostrophes and quotes become ASCII. Other characters pass through unchanged.
std::string fold(std::string_view utf8);

// Words are runs of letters and digits (after folding); apostrophes and hyphens separate words
// ("d'accéder" -> "d", "acceder"). Sentence ends (. ! ? and blank lines) become break tokens,
// which no pattern crosses; a full stop inside an address or a number, or after a title or an
// initial (« M. Boucher », "J. Tremblay"), ends no sentence. A list marker at a line's start, or
// a numbered one ("2)") at a sentence's start, ends the sentence before it and is no word: the
// item's first word has item_before.
// An English negative contraction written without its apostrophe ("cant", "doesnt") is read as
// written with it: two words, "can" "t".
std::vector<Token> tokenize(std::string_view utf8);

// The length of the word before its "t" when `folded` is an English negative contraction written
// without its apostrophe ("cant" -> 3, "doesnt" -> 5), else 0. Not "dont": a French word too.
size_t contraction_without_apostrophe(std::string_view folded);

}  // namespace billet::triage
