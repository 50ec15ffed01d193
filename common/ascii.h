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

}  // namespace billet
