#pragma once
// Small ASCII string helpers shared by the parsers. Byte-oriented: non-ASCII bytes pass through.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/ascii.h"  // ascii_lower

namespace billet::parsers {

std::string_view trim(std::string_view s);
// Removes what must never reach an agent's terminal or a ticket: C0 controls (except \t, and \n
// when `keep_newlines`), DEL, C1 controls (U+0080-U+009F) and bidirectional overrides
// (U+202A-U+202E, U+2066-U+2069: "exe.pdf" tricks). UTF-8 in, UTF-8 out. Returns how many
// characters were removed.
size_t remove_controls(std::string& utf8, bool keep_newlines);

bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
bool iends_with(std::string_view s, std::string_view suffix);
size_t ifind(std::string_view haystack, std::string_view needle, size_t from = 0);

// The lines of a text split on '\n', a trailing '\r' on each dropped; a final '\n' ends the last
// line rather than starting an empty one. Holds 4 bytes per line (start offsets, counted and
// reserved exactly), not 16: a text of 1-byte lines must not cost 8 times its size. `text` must
// outlive it and be under 4 GiB.
class Lines {
 public:
  explicit Lines(std::string_view text);
  size_t size() const { return starts_.size(); }
  std::string_view operator[](size_t i) const;

  class iterator {
   public:
    iterator(const Lines* lines, size_t i) : lines_(lines), i_(i) {}
    std::string_view operator*() const { return (*lines_)[i_]; }
    iterator& operator++() { ++i_; return *this; }
    bool operator!=(const iterator& other) const { return i_ != other.i_; }
   private:
    const Lines* lines_;
    size_t i_;
  };
  iterator begin() const { return {this, 0}; }
  iterator end() const { return {this, size()}; }

 private:
  std::string_view text_;
  std::vector<uint32_t> starts_;
};

inline Lines split_lines(std::string_view text) { return Lines(text); }

// CRLF and lone CR become LF; NUL bytes are removed.
std::string normalize_newlines(std::string_view text);
void normalize_newlines_in_place(std::string& text);  // the same without a second copy

}  // namespace billet::parsers
