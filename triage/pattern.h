#pragma once
// Keyword patterns over tokens. A pattern is written as words separated by spaces, folded like the
// text (case and accents do not matter). In a pattern:
//   word      matches that word, or, for a word of kMinTypoLetters letters or more, the word
//             with one typo inside it: a letter missing or added, a key's neighbour typed for
//             it, or two letters swapped ("conection", "platforme", "connextion", "fonctoinne",
//             "boradcasts"): mail typed in a hurry
//   conn*     matches any word starting with "conn"
//   ~word     matches any form of word: the same French or English stem (triage/stem.h), so
//             ~fonctionner is fonctionne, fonctionnent, fonctionnait, fonctionnement and
//             ~fail is fail, fails, failed, failing (and word itself with one typo, as above)
//   a|b|c     matches any of the alternatives (each may end with *)
//   *         alone: skips 0 to 4 words (never across a sentence end, a colon or a semicolon); a
//             run of numbers is one word (« 9 300 », "12 480"), 8 tokens at most
//   #         matches a level digit 1..4 (markers: "niveau #", "p#" for "P2")
// Between two word slots, a match passes over up to kMaxTransparent words of a transparent list
// (the rules' [matching] transparent: "still", « toujours ») that the next slot does not accept,
// never across a comma: "lists are empty" matches "lists are STILL empty", "ne fonctionne pas"
// matches « ne fonctionne toujours pas ».
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <string_view>
#include <vector>

#include "triage/stem.h"
#include "triage/text_fold.h"

namespace billet::triage {

// The shortest pattern word a typo is forgiven in: shorter words have too many neighbours that
// are other words ("fail"/"mail", "delete"/"delate").
inline constexpr size_t kMinTypoLetters = 8;

// Words a match passes over between two word slots (folded), and how many in a row at most.
using WordSet = std::unordered_set<std::string>;
inline constexpr int kMaxTransparent = 2;

// Whether `word` is `written` with one typo (not `written` itself): one letter missing or added,
// a letter replaced by its neighbour on a QWERTY or AZERTY keyboard, or two neighbouring letters
// swapped; after the first letter and before the last (an edit at the end is an inflection:
// "collegue" / "collegues"); a letter replaced by a far key makes another word ("exporting" /
// "extorting"). Only for a `written` of kMinTypoLetters letters or more, all of them a-z.
bool one_typo_away(std::string_view word, std::string_view written);

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

  // Every non-overlapping match in `tokens`, left to right; `transparent` (may be null) as above.
  std::vector<PatternMatch> find_all(const std::vector<Token>& tokens, const WordSet* transparent = nullptr) const;

  // The match starting at token `start`, if any.
  std::optional<PatternMatch> match_at(const std::vector<Token>& tokens, size_t start,
                                       const WordSet* transparent = nullptr) const;

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
    // The first two letters of every word the slot can accept, hashed to 256 bits, for
    // PatternIndex: most tokens tried at a slot are turned away there without a look at its
    // alternatives. `any_start` when an alternative's start cannot be told (a bare "#", a
    // one-letter stem).
    std::array<uint64_t, 4> starts{};
    bool any_start = false;
  };
  static size_t start_bit(const std::string& word) {
    const unsigned char first = word.empty() ? 0 : static_cast<unsigned char>(word[0]);
    const unsigned char second = word.size() < 2 ? 0 : static_cast<unsigned char>(word[1]);
    return (first * 31u + second) & 255u;
  }

  bool match_from(const std::vector<Token>& tokens, size_t element, size_t token, PatternMatch& m,
                  const WordSet* transparent, int skipped) const;
  static bool matches(const Alternative& a, const std::string& word, int& digit);

  std::string text_;
  std::vector<Element> elements_;
  friend class PatternIndex;
};

// Many patterns matched in one pass over a text: each token is tried only against the patterns
// whose first word can match it (an exact word, a prefix, a stem, a level-digit marker), instead of
// every pattern at every token. The patterns' words, prefixes and stems are numbered when the index
// is built, and each token is looked up once per text (its word's number, its stems' numbers, the
// prefixes it starts with), so matching compares numbers, not strings. Gives exactly what each
// pattern's find_all gives (Pattern::find_all is the plain reading; tests/triage/pattern_test.cpp
// holds the two to each other over the shipped rules). The patterns must outlive the index.
// Thread-safe for concurrent find_all once built.
class PatternIndex {
 public:
  explicit PatternIndex(std::vector<const Pattern*> patterns, WordSet transparent = {});

  // Every pattern's matches in one text, in flat arrays (a text matches a few dozen of the
  // patterns: no per-pattern allocation). Owns its data; the patterns are named, not owned.
  class Matches {
   public:
    // The patterns with at least one match, in address order (so each rules list, one array,
    // reads as a contiguous run in its own order).
    const std::vector<const Pattern*>& patterns() const { return patterns_; }
    // The matches of `p`, left to right; empty when it has none.
    std::span<const PatternMatch> of(const Pattern* p) const;
    size_t count(const Pattern* p) const { return of(p).empty() ? 0 : 1; }  // as a map's count

   private:
    friend class PatternIndex;
    std::vector<const Pattern*> patterns_;
    std::vector<uint32_t> begins_;  // per entry of patterns_, its first match in matches_; then the end
    std::vector<PatternMatch> matches_;
  };
  Matches find_all(const std::vector<Token>& tokens) const;

 private:
  struct Slot {
    bool gap = false;
    // What the slot accepts, by number, each list sorted: a word (written, or a "~word"'s own),
    // a prefix, a French or English stem; and the level-digit markers ("p" for "p#", "" for "#").
    std::vector<uint32_t> words, prefixes, french, english;
    std::vector<std::string> digit_prefixes;
    std::array<uint64_t, 4> starts{};  // as Pattern::Element's
    bool any_start = false;
  };
  struct Keys {  // one token's numbers (1-based; 0 when no pattern names it); its prefixes are prefix_ids[prefixes_begin, prefixes_end)
    uint32_t word = 0;
    uint32_t french = 0;
    uint32_t english = 0;
    uint32_t prefixes_begin = 0;
    uint32_t prefixes_end = 0;
    uint32_t typos_begin = 0;  // the words it is one typo away from: typo_ids[typos_begin, typos_end)
    uint32_t typos_end = 0;
    uint32_t start_bit = 0;  // Pattern::start_bit of the word
    bool transparent = false;  // a word of transparent_
    bool number = false;       // digits only: a gap counts a run of them as one word
  };
  struct Text {  // what one find_all reads
    const std::vector<Token>& tokens;
    const std::vector<Keys>& keys;
    const std::vector<uint32_t>& prefix_ids;
    const std::vector<uint32_t>& typo_ids;
  };
  struct TrieNode {  // the patterns' prefixes, letter by letter
    std::vector<std::pair<char, uint32_t>> next;
    uint32_t prefix = 0;  // the number of the prefix ending here, 0 when none
  };

  uint32_t number(std::unordered_map<std::string, uint32_t>& names, const std::string& name);
  uint32_t prefix_number(const std::string& prefix);
  // The trie node after `node` by letter `c`, 0 when there is none (the root is never a child).
  uint32_t child(uint32_t node, char c) const;
  // A word's numbers, from this thread's cache of this index's words (at most kStemCacheWords
  // words, cleared when full or when the thread reads with another index). The reference holds
  // until this thread's next call.
  struct WordNumbers {
    uint32_t word = 0;
    uint32_t french = 0;
    uint32_t english = 0;
    std::vector<uint32_t> typos;  // the pattern words it is one typo away from
    bool transparent = false;
  };
  const WordNumbers& numbers_of(const std::string& folded) const;
  std::vector<uint32_t> typo_neighbours(const std::string& folded) const;
  Keys keys_of(const std::string& folded, std::vector<uint32_t>& prefix_ids, std::vector<uint32_t>& typo_ids) const;
  static bool accepts(const Slot& s, const Text& text, size_t token, int& digit);
  // Whether a slot whose words start as `starts` says may take the token of `k` (by its first letters).
  static bool may_start(const std::array<uint64_t, 4>& starts, const Keys& k) {
    return (starts[k.start_bit >> 6] >> (k.start_bit & 63) & 1) != 0;
  }
  bool match_from(const std::vector<Slot>& slots, size_t slot, const Text& text, size_t token, PatternMatch& m,
                  int skipped = 0) const;

  uint64_t generation_;  // tells this index's word cache from another's
  WordSet transparent_;
  std::vector<const Pattern*> patterns_;
  std::vector<std::vector<Slot>> slots_;  // per pattern
  std::unordered_map<std::string, uint32_t> words_;
  std::vector<std::string> word_names_;  // by number - 1
  // Every word of kMinTypoLetters letters or more with one letter deleted, to its numbers: the
  // candidates a token may be one typo away from.
  std::unordered_map<std::string, std::vector<uint32_t>> word_deletions_;
  size_t longest_word_ = 0;  // letters of the longest word in word_deletions_: longer tokens have no neighbours
  std::unordered_map<std::string, uint32_t> french_stems_;
  std::unordered_map<std::string, uint32_t> english_stems_;
  std::vector<TrieNode> trie_{1};
  uint32_t prefixes_ = 0;
  // The patterns one first-slot key (a word, prefix or stem number) starts, listed by what their
  // second slot takes: a token then tries only the patterns its next token can continue, instead
  // of reading every listed pattern's second slot (most tries ended there).
  struct Candidates {
    std::vector<uint32_t> all;      // every pattern listed: for a next token that is transparent or may be a typo
    // those whose second slot the index cannot tell (a gap, a bare digit, a one-letter prefix, or a
    // first slot with a digit the index does not match itself): tried at every token
    std::vector<uint32_t> unknown;
    // (key, pattern), sorted: each word, French or English stem number the others' second slot
    // takes, and the start bit (Pattern::start_bit) of each prefix it takes
    std::vector<std::pair<uint32_t, uint32_t>> by_word, by_french, by_english, by_start;
  };
  std::vector<Candidates> first_word_, first_prefix_, first_french_, first_english_;
  // What a try reads of a pattern before its slots, kept in one place (a try then costs one cache
  // line, not a walk to the pattern's first slot). For a pattern whose second slot is a gap
  // ("fails * everyone"), the start letters of the word slot after the gap, when its words can be
  // told by their start: the pattern is tried only where a token within the gap's reach starts so
  // (about half of all tries were such patterns, and fewer than one in a hundred of them matched).
  struct Shape {
    std::array<uint64_t, 4> after_gap_starts{};
    bool after_gap_known = false;
    bool first_reads_digit = false;  // the first slot takes a level digit ("p#"), which only match_from reads
  };
  std::vector<Shape> shapes_;  // per pattern
  std::vector<uint32_t> any_start_;  // patterns whose first alternative is a bare digit "#"
};

}  // namespace billet::triage
