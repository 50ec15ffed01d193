#pragma once
// Charset conversion to UTF-8. Every function here returns valid UTF-8, whatever the input.
#include <string>
#include <string_view>

namespace billet::parsers {

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// Converts `bytes` labelled with `charset` (any case, aliases accepted) to UTF-8.
// Rules: valid UTF-8 input labelled us-ascii/utf-8/unknown stays as is; an unknown label, or bytes
// that are invalid in the labelled charset, fall back to windows-1252 (unless they are valid UTF-8).
// `used_fallback` (optional) is set when the label could not be honoured.
std::string to_utf8(std::string_view bytes, std::string_view charset, bool* used_fallback = nullptr);

// Decodes every byte as windows-1252 (the web's reading of iso-8859-1); never fails.
std::string windows1252_to_utf8(std::string_view bytes);

// For unlabelled bytes (raw 8-bit headers): valid UTF-8 as is; text that is mostly UTF-8 (more
// valid multi-byte sequences than stray bytes, e.g. a name cut in mid-character) is repaired;
// anything else is read in `fallback_charset` (windows-1252 when empty).
std::string best_effort_utf8(std::string_view bytes, std::string_view fallback_charset);

// Keeps valid UTF-8 sequences and reads each invalid byte as windows-1252.
std::string repair_utf8(std::string_view bytes);

// Lower-cased, trimmed, unquoted charset label with common aliases resolved for iconv.
std::string normalize_charset(std::string_view label);

}  // namespace billet::parsers
