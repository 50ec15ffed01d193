#pragma once
// A fixed list of folded words, asked about once per token by the classifier's passes over a text
// (words of sending, of having, of time...). Most tokens are none of its words: a 256-bit filter on
// a word's length, first and last letters turns them away without a string compare, so a lookup
// costs about as much as reading the token. Immutable once built; thread-safe for lookups.
#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace billet::triage {

class WordList {
 public:
  WordList(std::initializer_list<std::string_view> words) : words_(words.begin(), words.end()) {
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
    for (const std::string& w : words_) {
      const unsigned bit = filter_bit(w);
      filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
    }
  }

  bool contains(std::string_view word) const {
    const unsigned bit = filter_bit(word);
    if ((filter_[bit >> 6] >> (bit & 63) & 1) == 0) return false;
    return std::binary_search(words_.begin(), words_.end(), word, std::less<>{});
  }
  // As std::set's count, so a list reads like the set it replaces: 1 when `word` is one of them.
  size_t count(std::string_view word) const { return contains(word) ? 1 : 0; }

 private:
  static unsigned filter_bit(std::string_view w) {
    if (w.empty()) return 0;
    const auto first = static_cast<unsigned char>(w.front()), last = static_cast<unsigned char>(w.back());
    return (first * 7u + last * 13u + static_cast<unsigned>(w.size()) * 31u) & 255u;
  }

  std::vector<std::string> words_;  // sorted, unique
  std::array<uint64_t, 4> filter_{};
};

}  // namespace billet::triage
