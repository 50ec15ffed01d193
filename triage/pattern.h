#pragma once
// Keyword patterns over tokens. A pattern is written as words separated by spaces, folded like the
// text (case and accents do not matter). In a pattern:
//   word      matches that word exactly
//   conn*     matches any word starting with "conn"
//   ~word     matches any form of word: the same French or English stem (triage/stem.h), so
//             ~fonctionner is fonctionne, fonctionnent, fonctionnait, fonctionnement and
//             ~fail is fail, fails, failed, failing
//   a|b|c     matches any of the alternatives (each may end with *)
//   *         alone: skips 0 to 4 words (never across a sentence end, a colon or a semicolon)
//   #         matches a level digit 1..4 (markers: "niveau #", "p#" for "P2")
#include <array>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "triage/stem.h"
#include "triage/text_fold.h"

namespace billet::triage {

struct PatternMatch {
  size_t first_token = 0;
  size_t last_token = 0;  // inclusive
  int digit = 0;          // the level digit a '#' matched, 0 when none
};

class Pattern {
 public:
  // Throws std::invalid_argument for an empty pattern or one that starts or ends with a gap.
  explicit Pattern(std::string_view text);

  const std::string& text() const { return text_; }

  // The pattern as read: one entry per word slot, each the list of its alternatives as written
  // after folding ("conn*", "p#", "~fail"), or {"*"} for a gap. For the rules lint.
  std::vector<std::vector<std::string>> slots() const;

  // Every non-overlapping match in `tokens`, left to right.
  std::vector<PatternMatch> find_all(const std::vector<Token>& tokens) const;

  // The match starting at token `start`, if any. `stems`, when given, holds each token's stems
  // (one per token, as stems_of gives them), so "~word" slots compare without a cache lookup.
  std::optional<PatternMatch> match_at(const std::vector<Token>& tokens, size_t start,
                                       const std::vector<Stems>* stems = nullptr) const;

 private:
  struct Alternative {
    std::string word;
    bool prefix = false;  // "word*"
    bool digit = false;   // "#", or "p#" (prefix "p" + digit)
    bool stem = false;    // "~word": word's French and English stems below
    std::string french_stem;
    std::string english_stem;
  };
  struct Element {
    bool gap = false;
    std::vector<Alternative> alternatives;
    // The first two letters of every word the slot can accept, hashed to 256 bits: most tokens
    // tried at a slot are turned away here without a look at its alternatives. `any_start` when
    // an alternative's start cannot be told (a bare "#", a one-letter stem).
    std::array<uint64_t, 4> starts{};
    bool any_start = false;
  };
  static size_t start_bit(const std::string& word) {
    const unsigned char first = word.empty() ? 0 : static_cast<unsigned char>(word[0]);
    const unsigned char second = word.size() < 2 ? 0 : static_cast<unsigned char>(word[1]);
    return (first * 31u + second) & 255u;
  }
  static bool may_start(const Element& e, const std::string& word) {
    const size_t bit = start_bit(word);
    return e.any_start || (e.starts[bit >> 6] >> (bit & 63) & 1);
  }

  bool match_from(const std::vector<Token>& tokens, size_t element, size_t token, PatternMatch& m,
                  const std::vector<Stems>* stems) const;
  static bool matches(const Alternative& a, const std::string& word, const Stems* word_stems, int& digit);

  std::string text_;
  std::vector<Element> elements_;
};

// Many patterns matched in one pass over a text: each token is tried only against the patterns
// whose first word can match it (an exact word, a prefix, a level-digit marker), instead of every
// pattern at every token. Gives exactly what each pattern's find_all gives. The patterns must
// outlive the index. Thread-safe for concurrent find_all once built.
class PatternIndex {
 public:
  explicit PatternIndex(std::vector<const Pattern*> patterns);
  using Matches = std::unordered_map<const Pattern*, std::vector<PatternMatch>>;
  Matches find_all(const std::vector<Token>& tokens) const;

 private:
  std::vector<const Pattern*> patterns_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_word_;
  std::unordered_map<char, std::vector<std::pair<std::string, uint32_t>>> by_prefix_;  // by first letter
  std::unordered_map<std::string, std::vector<uint32_t>> by_french_stem_;   // "~word" first
  std::unordered_map<std::string, std::vector<uint32_t>> by_english_stem_;
  std::vector<uint32_t> any_start_;  // patterns whose first alternative is a bare digit "#"
};

}  // namespace billet::triage
