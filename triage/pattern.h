#pragma once
// Keyword patterns over tokens. A pattern is written as words separated by spaces, folded like the
// text (case and accents do not matter). In a pattern:
//   word      matches that word exactly
//   conn*     matches any word starting with "conn"
//   a|b|c     matches any of the alternatives (each may end with *)
//   *         alone: skips 0 to 4 words (never across a sentence end)
//   #         matches a level digit 1..4 (markers: "niveau #", "p#" for "P2")
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  // after folding ("conn*", "p#"), or {"*"} for a gap. For the rules lint.
  std::vector<std::vector<std::string>> slots() const;

  // Every non-overlapping match in `tokens`, left to right.
  std::vector<PatternMatch> find_all(const std::vector<Token>& tokens) const;

 private:
  struct Alternative {
    std::string word;
    bool prefix = false;  // "word*"
    bool digit = false;   // "#", or "p#" (prefix "p" + digit)
  };
  struct Element {
    bool gap = false;
    std::vector<Alternative> alternatives;
  };

  std::optional<PatternMatch> match_at(const std::vector<Token>& tokens, size_t start) const;
  bool match_from(const std::vector<Token>& tokens, size_t element, size_t token, PatternMatch& m) const;
  static bool matches(const Alternative& a, const std::string& word, int& digit);

  std::string text_;
  std::vector<Element> elements_;
};

}  // namespace billet::triage
