#pragma once
// ASCII case folding for protocol words (addresses, header names, charset labels): bytes A-Z
// only; UTF-8 passes through unchanged. Shared by every library (no locale involved).
#include <string>
#include <string_view>

namespace billet {

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether `a` and `b` are equal but for the case of A-Z.
inline bool ascii_iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

// Where `needle` first stands in `haystack` from `from` on, the case of A-Z aside; npos when nowhere.
inline size_t ascii_ifind(std::string_view haystack, std::string_view needle, size_t from = 0) {
  if (needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
  for (size_t i = from; i + needle.size() <= haystack.size(); ++i)
    if (ascii_iequals(haystack.substr(i, needle.size()), needle)) return i;
  return std::string_view::npos;
}

}  // namespace billet
