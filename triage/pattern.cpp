#include "triage/pattern.h"

#include <algorithm>
#include <bit>
#include <atomic>
#include <cstdint>
#include <sstream>
#include <stdexcept>

#include "triage/stem.h"

namespace billet::triage {
namespace {
constexpr size_t kMaxGap = 4;
// A gap counts a run of numbers as one word, up to this many tokens in all: « 9 300 » (a
// thousands separator) or "12 480" is one quantity, so "0 appel composé sur 9 300, 0 SMS" is four
// words between its channels, not five.
constexpr size_t kMaxGapTokens = 8;
bool is_number(const std::string& folded) {
  return !folded.empty() && std::all_of(folded.begin(), folded.end(), [](char c) { return c >= '0' && c <= '9'; });
}
std::atomic<uint64_t> next_generation{0};

// Whether two letters are neighbours on a QWERTY or an AZERTY keyboard (a slip of the finger).
bool neighbour_keys(char a, char b) {
  static const char* const kRows[2][3] = {{"qwertyuiop", "asdfghjkl", "zxcvbnm"}, {"azertyuiop", "qsdfghjklm", "wxcvbn"}};
  for (const auto& rows : kRows)
    for (int r = 0; r < 3; ++r) {
      const std::string_view row = rows[r];
      const size_t at = row.find(a);
      if (at == std::string_view::npos) continue;
      if ((at > 0 && row[at - 1] == b) || (at + 1 < row.size() && row[at + 1] == b)) return true;
      for (const int other : {r - 1, r + 1}) {  // the row above or below: the keys at and after
        if (other < 0 || other > 2) continue;
        const std::string_view next = rows[other];
        for (size_t k = at == 0 ? 0 : at - 1; k <= at + 1 && k < next.size(); ++k)
          if (next[k] == b) return true;
      }
    }
  return false;
}

}  // namespace

bool one_typo_away(std::string_view word, std::string_view written) {
  if (written.size() < kMinTypoLetters || word == written) return false;
  if (!std::all_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  const size_t n = word.size(), m = written.size();
  if (n + 1 < m || m + 1 < n || word[0] != written[0]) return false;  // the first letter kept
  size_t i = 0;
  while (i < n && i < m && word[i] == written[i]) ++i;
  // The typo is inside the word: a last letter added, missing or changed is an inflection
  // ("collegue" / "collegues", "deactivate" / "deactivated"), not a slip.
  if (i + 1 >= std::max(n, m)) return false;
  if (n == m) {
    if (word.substr(i + 1) == written.substr(i + 1)) return neighbour_keys(word[i], written[i]);  // a key beside
    return word[i] == written[i + 1] && word[i + 1] == written[i] && word.substr(i + 2) == written.substr(i + 2);  // swapped
  }
  if (n > m) return word.substr(i + 1) == written.substr(i);  // one added
  return word.substr(i) == written.substr(i + 1);            // one missing
}

Pattern::Pattern(std::string_view text) : text_(text) {
  // Fold, then split on spaces; apostrophes and hyphens split words as they do in the text.
  std::string folded = fold(text);
  for (char& c : folded)
    if (c == '\'' || c == '-' || c == '"' || c == ',' || c == '.') c = ' ';
  std::istringstream words(folded);
  for (std::string w; words >> w;) {
    Element e;
    if (w == "*") {
      e.gap = true;
    } else {
      std::istringstream alts(w);
      for (std::string a; std::getline(alts, a, '|');) {
        if (a.empty()) continue;
        Alternative alt;
        if (a.size() > 1 && a.front() == '~') {
          alt.stem = true;
          a.erase(0, 1);
          const Stems& stems = stems_of(a);
          alt.french_stem = stems.french;
          alt.english_stem = stems.english;
        } else if (a.back() == '#') {
          alt.digit = true;
          a.pop_back();
        } else if (a.size() > 1 && a.back() == '*') {
          alt.prefix = true;
          a.pop_back();
        }
        alt.word = a;
        e.alternatives.push_back(alt);
        // A word, a prefix or a stem's word starts as what it accepts (stems keep a word's first
        // two letters); a shorter start (one letter, "#") turns the filter off for the slot.
        auto mark = [&e](const std::string& start) {
          if (start.size() < 2) {
            e.any_start = true;
            return;
          }
          const size_t bit = start_bit(start);
          e.starts[bit >> 6] |= uint64_t{1} << (bit & 63);
        };
        if (alt.digit) e.any_start = true;
        else if (alt.stem) {
          mark(alt.word);
          if (alt.french_stem.size() < 2 || alt.english_stem.size() < 2) e.any_start = true;
        } else mark(alt.word);
      }
      if (e.alternatives.empty()) continue;
    }
    elements_.push_back(std::move(e));
  }
  if (elements_.empty() || elements_.front().gap || elements_.back().gap)
    throw std::invalid_argument("pattern \"" + std::string(text) + "\" is empty or starts/ends with *");
}

std::vector<std::vector<std::string>> Pattern::slots() const {
  std::vector<std::vector<std::string>> out;
  for (const Element& e : elements_) {
    if (e.gap) {
      out.push_back({"*"});
      continue;
    }
    std::vector<std::string> words;
    for (const Alternative& a : e.alternatives)
      words.push_back((a.stem ? "~" : "") + a.word + (a.prefix ? "*" : a.digit ? "#" : ""));
    out.push_back(std::move(words));
  }
  return out;
}

bool Pattern::matches(const Alternative& a, const std::string& word, int& digit) {
  if (a.digit) {
    if (word.size() != a.word.size() + 1 || word.compare(0, a.word.size(), a.word) != 0) return false;
    const char d = word.back();
    if (d < '1' || d > '4') return false;
    digit = d - '0';
    return true;
  }
  if (a.prefix) return word.size() >= a.word.size() && word.compare(0, a.word.size(), a.word) == 0;
  if (a.stem) {
    if (word == a.word || one_typo_away(word, a.word)) return true;
    const Stems& stems = stems_of(word);
    return stems.french == a.french_stem || stems.english == a.english_stem;
  }
  return word == a.word || one_typo_away(word, a.word);
}

bool Pattern::match_from(const std::vector<Token>& tokens, size_t element, size_t token, PatternMatch& m,
                         const WordSet* transparent, int skipped) const {
  if (element == elements_.size()) return true;
  const Element& e = elements_[element];
  if (e.gap) {
    for (size_t skip = 0, words = 0; words <= kMaxGap && skip <= kMaxGapTokens; ++skip) {
      const size_t t = token + skip;
      if (t >= tokens.size()) return false;
      // A colon or semicolon ends a clause: "we can't edit lists anymore: the icon is gone" holds
      // no "lists * gone".
      if (tokens[t].clause_before) return false;
      if (match_from(tokens, element + 1, t, m, transparent, 0)) return true;
      if (tokens[t].is_break()) return false;
      if (!(skip > 0 && is_number(tokens[t].folded) && is_number(tokens[t - 1].folded))) ++words;
    }
    return false;
  }
  if (token >= tokens.size() || tokens[token].is_break()) return false;
  bool accepted = false;
  for (const Alternative& a : e.alternatives) {
    int digit = 0;
    if (!matches(a, tokens[token].folded, digit)) continue;
    accepted = true;
    if (match_from(tokens, element + 1, token + 1, m, transparent, 0)) {
      if (digit) m.digit = digit;
      m.last_token = std::max(m.last_token, token);
      return true;
    }
  }
  // "lists are STILL empty": a transparent word the slot does not take, after a word slot.
  if (!accepted && transparent && skipped < kMaxTransparent && element > 0 && !elements_[element - 1].gap &&
      !tokens[token].pause_before && transparent->count(tokens[token].folded))
    return match_from(tokens, element, token + 1, m, transparent, skipped + 1);
  return false;
}

std::optional<PatternMatch> Pattern::match_at(const std::vector<Token>& tokens, size_t start,
                                              const WordSet* transparent) const {
  PatternMatch m;
  m.first_token = start;
  m.last_token = start;
  if (!match_from(tokens, 0, start, m, transparent, 0)) return std::nullopt;
  return m;
}

std::vector<PatternMatch> Pattern::find_all(const std::vector<Token>& tokens, const WordSet* transparent) const {
  std::vector<PatternMatch> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (auto m = match_at(tokens, i, transparent)) {
      out.push_back(*m);
      i = m->last_token;
    }
  }
  return out;
}

uint32_t PatternIndex::number(std::unordered_map<std::string, uint32_t>& names, const std::string& name) {
  const auto [at, added] = names.emplace(name, static_cast<uint32_t>(names.size() + 1));
  return at->second;
}

uint32_t PatternIndex::child(uint32_t node, char c) const {
  const auto& next = trie_[node].next;
  const auto found = std::find_if(next.begin(), next.end(), [c](const auto& edge) { return edge.first == c; });
  return found == next.end() ? 0 : found->second;
}

uint32_t PatternIndex::prefix_number(const std::string& prefix) {
  uint32_t node = 0;
  for (const char c : prefix) {
    if (const uint32_t existing = child(node, c)) {
      node = existing;
      continue;
    }
    trie_[node].next.emplace_back(c, static_cast<uint32_t>(trie_.size()));
    node = static_cast<uint32_t>(trie_.size());
    trie_.emplace_back();
  }
  if (trie_[node].prefix == 0) trie_[node].prefix = ++prefixes_;
  return trie_[node].prefix;
}

PatternIndex::PatternIndex(std::vector<const Pattern*> patterns, WordSet transparent)
    : generation_(next_generation.fetch_add(1) + 1), transparent_(std::move(transparent)), patterns_(std::move(patterns)) {
  auto list = [](std::vector<Candidates>& by_number, uint32_t number, uint32_t pattern) {
    if (by_number.size() <= number) by_number.resize(number + 1);
    by_number[number].all.push_back(pattern);
  };
  // How each pattern's second slot picks the tokens it may take, when the index can tell (the
  // first slot is matched by the index itself and the second is a word slot without a bare digit):
  // by their word and stem numbers, and by the start letters of its prefixes.
  struct SecondSlot {
    bool known = false;
    std::vector<uint8_t> prefix_starts;  // start bits of its prefixes
  };
  std::vector<SecondSlot> seconds;  // per pattern
  for (uint32_t i = 0; i < patterns_.size(); ++i) {
    std::vector<Slot> slots;
    for (const Pattern::Element& e : patterns_[i]->elements_) {
      Slot slot;
      slot.gap = e.gap;
      slot.starts = e.starts;
      slot.any_start = e.any_start;
      for (const Pattern::Alternative& a : e.alternatives) {
        if (a.digit) {
          slot.digit_prefixes.push_back(a.word);
          if (slots.empty()) {
            if (a.word.empty()) any_start_.push_back(i);
            else list(first_prefix_, prefix_number(a.word), i);
          }
          continue;
        }
        if (a.prefix) {
          slot.prefixes.push_back(prefix_number(a.word));
          if (slots.empty()) list(first_prefix_, slot.prefixes.back(), i);
          continue;
        }
        slot.words.push_back(number(words_, a.word));
        if (slots.empty()) list(first_word_, slot.words.back(), i);
        if (!a.stem) continue;
        slot.french.push_back(number(french_stems_, a.french_stem));
        slot.english.push_back(number(english_stems_, a.english_stem));
        if (slots.empty()) {
          list(first_french_, slot.french.back(), i);
          list(first_english_, slot.english.back(), i);
        }
      }
      for (auto* numbers : {&slot.words, &slot.prefixes, &slot.french, &slot.english}) {
        std::sort(numbers->begin(), numbers->end());
        numbers->erase(std::unique(numbers->begin(), numbers->end()), numbers->end());
      }
      slots.push_back(std::move(slot));
    }
    Shape shape;
    shape.after_gap_known = slots.size() > 2 && slots[1].gap && !slots[2].gap && !slots[2].any_start;
    if (shape.after_gap_known) shape.after_gap_starts = slots[2].starts;
    shape.first_reads_digit = !slots.front().digit_prefixes.empty();
    shapes_.push_back(shape);
    SecondSlot second;
    second.known = slots.size() > 1 && slots[0].digit_prefixes.empty() && !slots[1].gap && slots[1].digit_prefixes.empty();
    if (second.known)
      for (const Pattern::Alternative& a : patterns_[i]->elements_[1].alternatives) {
        if (!a.prefix) continue;
        if (a.word.size() < 2) second.known = false;  // "a*": its start tells nothing
        second.prefix_starts.push_back(static_cast<uint8_t>(Pattern::start_bit(a.word)));
      }
    seconds.push_back(std::move(second));
    slots_.push_back(std::move(slots));
  }
  for (auto* by_number : {&first_word_, &first_prefix_, &first_french_, &first_english_})
    for (Candidates& c : *by_number) {
      for (const uint32_t p : c.all) {
        if (!seconds[p].known) {
          c.unknown.push_back(p);
          continue;
        }
        const Slot& next = slots_[p][1];
        for (const uint32_t n : next.words) c.by_word.emplace_back(n, p);
        for (const uint32_t n : next.french) c.by_french.emplace_back(n, p);
        for (const uint32_t n : next.english) c.by_english.emplace_back(n, p);
        for (const uint8_t bit : seconds[p].prefix_starts) c.by_start.emplace_back(bit, p);
      }
      for (auto* keyed : {&c.by_word, &c.by_french, &c.by_english, &c.by_start}) {
        std::sort(keyed->begin(), keyed->end());
        keyed->erase(std::unique(keyed->begin(), keyed->end()), keyed->end());
      }
    }
  word_names_.resize(words_.size());
  for (const auto& [word, n] : words_) {
    word_names_[n - 1] = word;
    if (word.size() < kMinTypoLetters) continue;
    longest_word_ = std::max(longest_word_, word.size());
    for (size_t i = 1; i < word.size(); ++i) word_deletions_[word.substr(0, i) + word.substr(i + 1)].push_back(n);
  }
}

std::vector<uint32_t> PatternIndex::typo_neighbours(const std::string& folded) const {
  std::vector<uint32_t> out;
  // A word one letter longer than the longest pattern word at most: a hostile 10 MB "word" costs
  // nothing here (its deletions would cost the square of its length).
  if (folded.size() + 1 < kMinTypoLetters || folded.size() > longest_word_ + 1 || word_deletions_.empty()) return out;
  auto consider = [&](uint32_t n) {
    if (one_typo_away(folded, word_names_[n - 1])) out.push_back(n);
  };
  if (const auto found = word_deletions_.find(folded); found != word_deletions_.end())
    for (const uint32_t n : found->second) consider(n);  // a letter missing
  std::string shorter;
  for (size_t i = 1; i < folded.size(); ++i) {
    shorter.assign(folded, 0, i).append(folded, i + 1);
    if (const auto found = words_.find(shorter); found != words_.end()) consider(found->second);  // one added
    if (const auto found = word_deletions_.find(shorter); found != word_deletions_.end())
      for (const uint32_t n : found->second) consider(n);  // one changed, two swapped
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const PatternIndex::WordNumbers& PatternIndex::numbers_of(const std::string& folded) const {
  // Open addressing over a table of twice the words kept: a hit reads the table and one entry
  // (most words are short enough to sit inside their std::string), no chain of nodes.
  struct Entry {
    std::string word;
    WordNumbers numbers;
    size_t slot;  // where the table names it
  };
  struct Cache {
    uint64_t generation = 0;
    std::vector<Entry> entries;
    std::vector<uint32_t> table;  // entry index + 1, 0 when free; a power of two
  };
  thread_local Cache cache;
  if (cache.table.empty()) cache.table.assign(std::bit_ceil(2 * kStemCacheWords), 0);
  if (cache.generation != generation_ || cache.entries.size() >= kStemCacheWords) {
    for (const Entry& e : cache.entries) cache.table[e.slot] = 0;  // as many writes as words kept
    cache.entries.clear();
    cache.generation = generation_;
  }
  const bool kept = folded.size() <= kMaxCachedWordBytes;  // a longer word is looked up each time
  const size_t mask = cache.table.size() - 1;
  size_t slot = std::hash<std::string>{}(folded) & mask;
  if (kept)
    for (; cache.table[slot] != 0; slot = (slot + 1) & mask)
      if (const Entry& e = cache.entries[cache.table[slot] - 1]; e.word == folded) return e.numbers;
  auto find = [](const std::unordered_map<std::string, uint32_t>& names, const std::string& name) -> uint32_t {
    const auto found = names.find(name);
    return found == names.end() ? 0 : found->second;
  };
  WordNumbers n;
  n.word = find(words_, folded);
  if (!french_stems_.empty()) {
    const Stems& stems = stems_of(folded);
    n.french = find(french_stems_, stems.french);
    n.english = find(english_stems_, stems.english);
  }
  n.typos = typo_neighbours(folded);
  n.transparent = transparent_.count(folded) != 0;
  if (!kept) {
    thread_local WordNumbers uncached;
    uncached = std::move(n);
    return uncached;
  }
  cache.table[slot] = static_cast<uint32_t>(cache.entries.size() + 1);
  cache.entries.push_back({folded, std::move(n), slot});
  return cache.entries.back().numbers;
}

PatternIndex::Keys PatternIndex::keys_of(const std::string& folded, std::vector<uint32_t>& prefix_ids,
                                         std::vector<uint32_t>& typo_ids) const {
  Keys k;
  k.start_bit = static_cast<uint32_t>(Pattern::start_bit(folded));
  k.number = is_number(folded);
  const WordNumbers& n = numbers_of(folded);
  k.word = n.word;
  k.french = n.french;
  k.english = n.english;
  k.transparent = n.transparent;
  k.typos_begin = static_cast<uint32_t>(typo_ids.size());
  typo_ids.insert(typo_ids.end(), n.typos.begin(), n.typos.end());
  k.typos_end = static_cast<uint32_t>(typo_ids.size());
  k.prefixes_begin = static_cast<uint32_t>(prefix_ids.size());
  uint32_t node = 0;
  for (const char c : folded) {
    node = child(node, c);
    if (node == 0) break;
    if (trie_[node].prefix) prefix_ids.push_back(trie_[node].prefix);
  }
  k.prefixes_end = static_cast<uint32_t>(prefix_ids.size());
  return k;
}

bool PatternIndex::accepts(const Slot& s, const Text& text, size_t token, int& digit) {
  const Keys& k = text.keys[token];
  auto has = [](const std::vector<uint32_t>& numbers, uint32_t n) {
    return n != 0 && std::binary_search(numbers.begin(), numbers.end(), n);
  };
  if (has(s.words, k.word) || has(s.french, k.french) || has(s.english, k.english)) return true;
  for (uint32_t i = k.typos_begin; i < k.typos_end; ++i)
    if (has(s.words, text.typo_ids[i])) return true;
  if (!s.prefixes.empty())
    for (uint32_t i = k.prefixes_begin; i < k.prefixes_end; ++i)
      if (has(s.prefixes, text.prefix_ids[i])) return true;
  const std::string& word = text.tokens[token].folded;
  for (const std::string& prefix : s.digit_prefixes) {
    if (word.size() != prefix.size() + 1 || word.compare(0, prefix.size(), prefix) != 0) continue;
    const char d = word.back();
    if (d < '1' || d > '4') continue;
    digit = d - '0';
    return true;
  }
  return false;
}

bool PatternIndex::match_from(const std::vector<Slot>& slots, size_t slot, const Text& text, size_t token,
                              PatternMatch& m, int skipped) const {
  if (slot == slots.size()) return true;
  const Slot& s = slots[slot];
  const std::vector<Token>& tokens = text.tokens;
  if (s.gap) {
    for (size_t skip = 0, words = 0; words <= kMaxGap && skip <= kMaxGapTokens; ++skip) {
      const size_t t = token + skip;
      if (t >= tokens.size() || tokens[t].clause_before) return false;
      if (match_from(slots, slot + 1, text, t, m)) return true;
      if (tokens[t].is_break()) return false;
      if (!(skip > 0 && text.keys[t].number && text.keys[t - 1].number)) ++words;
    }
    return false;
  }
  if (token >= tokens.size() || tokens[token].is_break()) return false;
  const Keys& k = text.keys[token];
  const bool typos = k.typos_begin != k.typos_end;  // a typo may change the second letter
  int digit = 0;
  const bool accepted = (s.any_start || typos || may_start(s.starts, k)) &&
                        accepts(s, text, token, digit);
  // "lists are STILL empty": a transparent word the slot does not take, after a word slot.
  if (!accepted) {
    if (k.transparent && skipped < kMaxTransparent && slot > 0 && !slots[slot - 1].gap && !tokens[token].pause_before)
      return match_from(slots, slot, text, token + 1, m, skipped + 1);
    return false;
  }
  // Every alternative takes one word, so which one accepts it does not change what follows.
  if (!match_from(slots, slot + 1, text, token + 1, m)) return false;
  if (digit) m.digit = digit;
  m.last_token = std::max(m.last_token, token);
  return true;
}

std::span<const PatternMatch> PatternIndex::Matches::of(const Pattern* p) const {
  const auto at = std::lower_bound(patterns_.begin(), patterns_.end(), p, std::less<const Pattern*>());
  if (at == patterns_.end() || *at != p) return {};
  const auto i = static_cast<size_t>(at - patterns_.begin());
  return std::span<const PatternMatch>(matches_).subspan(begins_[i], begins_[i + 1] - begins_[i]);
}

PatternIndex::Matches PatternIndex::find_all(const std::vector<Token>& tokens) const {
  // This thread's buffers: each token's numbers, and per pattern where its next match may start
  // and the token it was last tried at (reset where they were written: a text touches few of the
  // patterns).
  struct Buffers {
    std::vector<Keys> keys;
    std::vector<uint32_t> prefix_ids, typo_ids;
    struct Progress {  // per pattern: the token it was last tried at, and where its next match may start
      size_t tried_at = SIZE_MAX;
      size_t next_start = 0;
    };
    std::vector<Progress> progress;
    std::vector<uint32_t> touched;
    std::vector<std::array<uint64_t, 4>> ahead;
    std::vector<std::pair<uint32_t, PatternMatch>> found;  // (pattern, match) in the order found
  };
  thread_local Buffers buffers;
  // Plain references: the loops below then read no thread-local address per access.
  std::vector<Keys>& keys = buffers.keys;
  std::vector<uint32_t>& prefix_ids = buffers.prefix_ids;
  std::vector<uint32_t>& typo_ids = buffers.typo_ids;
  auto& progress = buffers.progress;
  std::vector<uint32_t>& touched = buffers.touched;
  std::vector<std::array<uint64_t, 4>>& ahead = buffers.ahead;
  auto& found = buffers.found;
  found.clear();
  keys.assign(tokens.size(), Keys{});
  prefix_ids.clear();
  typo_ids.clear();
  for (size_t i = 0; i < tokens.size(); ++i)
    if (!tokens[i].is_break()) keys[i] = keys_of(tokens[i].folded, prefix_ids, typo_ids);
  const Text text{tokens, keys, prefix_ids, typo_ids};
  // ahead[i]: the start bits of the tokens a gap after token i can reach (up to its sentence's
  // end); every bit for a token that may be a typo, whose start tells nothing.
  ahead.assign(tokens.size(), {});
  for (size_t i = 0; i < tokens.size(); ++i)
    for (size_t t = i + 1; t < std::min(tokens.size(), i + 2 + kMaxGapTokens) && !tokens[t].is_break(); ++t) {
      const Keys& k = keys[t];
      if (k.typos_begin != k.typos_end) {
        ahead[i].fill(~uint64_t{0});
        break;
      }
      ahead[i][k.start_bit >> 6] |= uint64_t{1} << (k.start_bit & 63);
    }
  progress.resize(patterns_.size());
  touched.clear();
  auto attempt = [&](uint32_t p, size_t i) {
    auto& [tried_at, next_start] = progress[p];
    if (tried_at == i || i < next_start) return;  // a pattern listed under two alternatives
    const Shape& shape = shapes_[p];
    if (shape.after_gap_known) {
      const auto& g = shape.after_gap_starts;
      if (((g[0] & ahead[i][0]) | (g[1] & ahead[i][1]) | (g[2] & ahead[i][2]) | (g[3] & ahead[i][3])) == 0) return;
    }
    if (tried_at == SIZE_MAX) touched.push_back(p);
    tried_at = i;
    PatternMatch m;
    m.first_token = i;
    m.last_token = i;
    // A pattern is tried where one of its first slot's words, stems or prefixes stands, so that
    // slot accepts token i already; only a digit ("p#") is still to be read.
    const std::vector<Slot>& slots = slots_[p];
    if (shape.first_reads_digit ? match_from(slots, 0, text, i, m) : match_from(slots, 1, text, i + 1, m)) {
      found.emplace_back(p, m);
      next_start = m.last_token + 1;
    }
  };
  // What token i + 1 lets a known second slot take: nothing (a break or the end), anything (a
  // transparent word or a possible typo, which any slot may take) or what its keys name.
  enum class Next { kNothing, kAnything, kKeys };
  auto attempt_keyed = [&](const std::vector<std::pair<uint32_t, uint32_t>>& keyed, uint32_t key, size_t i) {
    auto at = std::lower_bound(keyed.begin(), keyed.end(), std::make_pair(key, uint32_t{0}));
    for (; at != keyed.end() && at->first == key; ++at) attempt(at->second, i);
  };
  auto attempt_all = [&](const std::vector<Candidates>& by_number, uint32_t number, size_t i, Next next) {
    if (number == 0 || number >= by_number.size()) return;
    const Candidates& c = by_number[number];
    if (next == Next::kAnything) {
      for (const uint32_t p : c.all) attempt(p, i);
      return;
    }
    for (const uint32_t p : c.unknown) attempt(p, i);
    if (next == Next::kNothing) return;
    const Keys& after = keys[i + 1];
    if (!c.by_word.empty()) attempt_keyed(c.by_word, after.word, i);
    if (!c.by_french.empty()) attempt_keyed(c.by_french, after.french, i);
    if (!c.by_english.empty()) attempt_keyed(c.by_english, after.english, i);
    if (!c.by_start.empty()) attempt_keyed(c.by_start, after.start_bit, i);
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].is_break()) continue;  // a sentence break starts no match
    const Keys& k = keys[i];
    Next next = Next::kNothing;
    if (i + 1 < tokens.size() && !tokens[i + 1].is_break()) {
      const Keys& after = keys[i + 1];
      next = after.transparent || after.typos_begin != after.typos_end ? Next::kAnything : Next::kKeys;
    }
    attempt_all(first_word_, k.word, i, next);
    for (uint32_t j = k.typos_begin; j < k.typos_end; ++j) attempt_all(first_word_, typo_ids[j], i, next);
    for (uint32_t j = k.prefixes_begin; j < k.prefixes_end; ++j) attempt_all(first_prefix_, prefix_ids[j], i, next);
    for (const uint32_t p : any_start_) attempt(p, i);
    attempt_all(first_french_, k.french, i, next);
    attempt_all(first_english_, k.english, i, next);
  }
  for (const uint32_t p : touched) {
    progress[p] = {};
  }
  // By pattern address, each pattern's matches left to right (a pattern's matches never overlap).
  std::sort(found.begin(), found.end(), [&](const auto& a, const auto& b) {
    const Pattern* pa = patterns_[a.first];
    const Pattern* pb = patterns_[b.first];
    return pa != pb ? std::less<const Pattern*>()(pa, pb) : a.second.first_token < b.second.first_token;
  });
  Matches out;
  out.matches_.reserve(found.size());
  for (const auto& [p, m] : found) {
    if (out.patterns_.empty() || out.patterns_.back() != patterns_[p]) {
      out.patterns_.push_back(patterns_[p]);
      out.begins_.push_back(static_cast<uint32_t>(out.matches_.size()));
    }
    out.matches_.push_back(m);
  }
  out.begins_.push_back(static_cast<uint32_t>(out.matches_.size()));
  return out;
}

}  // namespace billet::triage
