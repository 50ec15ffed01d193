#pragma once
// Small ASCII string helpers shared by the parsers. Byte-oriented: non-ASCII bytes pass through.
#include <string>
#include <string_view>
#include <vector>

namespace billet::parsers {

std::string_view trim(std::string_view s);
std::string ascii_lower(std::string_view s);
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
bool iends_with(std::string_view s, std::string_view suffix);
size_t ifind(std::string_view haystack, std::string_view needle, size_t from = 0);

// Splits on '\n'; a trailing '\r' on each line is dropped.
std::vector<std::string_view> split_lines(std::string_view text);

// CRLF and lone CR become LF; NUL bytes are removed.
std::string normalize_newlines(std::string_view text);

}  // namespace billet::parsers
