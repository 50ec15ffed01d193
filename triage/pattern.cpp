#include "triage/pattern.h"

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <stdexcept>

#include "triage/stem.h"

namespace billet::triage {
namespace {
constexpr size_t kMaxGap = 4;
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

bool Pattern::matches(const Alternative& a, const std::string& word, const Stems* word_stems, int& digit) {
  if (a.digit) {
    if (word.size() != a.word.size() + 1 || word.compare(0, a.word.size(), a.word) != 0) return false;
    const char d = word.back();
    if (d < '1' || d > '4') return false;
    digit = d - '0';
    return true;
  }
  if (a.prefix) return word.size() >= a.word.size() && word.compare(0, a.word.size(), a.word) == 0;
  if (a.stem) {
    if (word == a.word) return true;
    const Stems& stems = word_stems ? *word_stems : stems_of(word);
    return stems.french == a.french_stem || stems.english == a.english_stem;
  }
  return word == a.word;
}

bool Pattern::match_from(const std::vector<Token>& tokens, size_t element, size_t token, PatternMatch& m,
                         const std::vector<Stems>* stems) const {
  if (element == elements_.size()) return true;
  const Element& e = elements_[element];
  if (e.gap) {
    for (size_t skip = 0; skip <= kMaxGap; ++skip) {
      const size_t t = token + skip;
      if (t >= tokens.size()) return false;
      // A colon or semicolon ends a clause: "we can't edit lists anymore: the icon is gone" holds
      // no "lists * gone".
      if (tokens[t].clause_before) return false;
      if (match_from(tokens, element + 1, t, m, stems)) return true;
      if (tokens[t].is_break()) return false;
    }
    return false;
  }
  if (token >= tokens.size() || tokens[token].is_break()) return false;
  if (!may_start(e, tokens[token].folded)) return false;
  for (const Alternative& a : e.alternatives) {
    int digit = 0;
    if (!matches(a, tokens[token].folded, stems ? &(*stems)[token] : nullptr, digit)) continue;
    if (match_from(tokens, element + 1, token + 1, m, stems)) {
      if (digit) m.digit = digit;
      m.last_token = std::max(m.last_token, token);
      return true;
    }
  }
  return false;
}

std::optional<PatternMatch> Pattern::match_at(const std::vector<Token>& tokens, size_t start,
                                              const std::vector<Stems>* stems) const {
  PatternMatch m;
  m.first_token = start;
  m.last_token = start;
  if (!match_from(tokens, 0, start, m, stems)) return std::nullopt;
  return m;
}

std::vector<PatternMatch> Pattern::find_all(const std::vector<Token>& tokens) const {
  std::vector<PatternMatch> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (auto m = match_at(tokens, i)) {
      out.push_back(*m);
      i = m->last_token;
    }
  }
  return out;
}

PatternIndex::PatternIndex(std::vector<const Pattern*> patterns) : patterns_(std::move(patterns)) {
  for (uint32_t i = 0; i < patterns_.size(); ++i) {
    const auto slots = patterns_[i]->slots();
    for (const std::string& alt : slots.front()) {
      const char last = alt.back();
      if (alt.front() == '~') {
        const Stems& stems = stems_of(alt.substr(1));
        by_french_stem_[stems.french].push_back(i);
        by_english_stem_[stems.english].push_back(i);
      } else if (last == '*' || last == '#') {
        const std::string prefix = alt.substr(0, alt.size() - 1);
        if (prefix.empty()) any_start_.push_back(i);
        else by_prefix_[prefix[0]].emplace_back(prefix, i);
      } else {
        by_word_[alt].push_back(i);
      }
    }
  }
}

PatternIndex::Matches PatternIndex::find_all(const std::vector<Token>& tokens) const {
  Matches out;
  // Each token's stems, looked up once (a copy: the cache may be cleared while reading a text).
  std::vector<Stems> stems(tokens.size());
  if (!by_french_stem_.empty())
    for (size_t i = 0; i < tokens.size(); ++i)
      if (!tokens[i].folded.empty()) stems[i] = stems_of(tokens[i].folded);
  // Per pattern: where its next match may start, and the token it was last tried at. This
  // thread's buffers, reset where they were written (a text touches few of the patterns).
  thread_local std::vector<size_t> next_start;
  thread_local std::vector<size_t> tried_at;
  thread_local std::vector<uint32_t> touched;
  next_start.resize(patterns_.size(), 0);
  tried_at.resize(patterns_.size(), SIZE_MAX);
  touched.clear();
  auto attempt = [&](uint32_t p, size_t i) {
    if (tried_at[p] == i || i < next_start[p]) return;  // a pattern listed under two alternatives
    if (tried_at[p] == SIZE_MAX) touched.push_back(p);
    tried_at[p] = i;
    if (auto m = patterns_[p]->match_at(tokens, i, &stems)) {
      out[patterns_[p]].push_back(*m);
      next_start[p] = m->last_token + 1;
    }
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& word = tokens[i].folded;
    if (word.empty()) continue;  // a sentence break starts no match
    if (const auto found = by_word_.find(word); found != by_word_.end())
      for (const uint32_t p : found->second) attempt(p, i);
    if (const auto bucket = by_prefix_.find(word[0]); bucket != by_prefix_.end())
      for (const auto& [prefix, p] : bucket->second)
        if (word.compare(0, prefix.size(), prefix) == 0) attempt(p, i);
    for (const uint32_t p : any_start_) attempt(p, i);
    if (!by_french_stem_.empty()) {
      if (const auto found = by_french_stem_.find(stems[i].french); found != by_french_stem_.end())
        for (const uint32_t p : found->second) attempt(p, i);
      if (const auto found = by_english_stem_.find(stems[i].english); found != by_english_stem_.end())
        for (const uint32_t p : found->second) attempt(p, i);
    }
  }
  for (const uint32_t p : touched) {
    next_start[p] = 0;
    tried_at[p] = SIZE_MAX;
  }
  return out;
}

}  // namespace billet::triage
