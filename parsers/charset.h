#pragma once
// Charset conversion to UTF-8. Every function here returns valid UTF-8, whatever the input.
#include <string>
#include <string_view>

namespace billet::parsers {

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// What to_utf8 had to do besides converting.
struct Conversion {
  size_t replaced = 0;               // characters the charset cannot map, each written U+FFFD
  bool read_as_windows1252 = false;  // the label was unknown or mostly wrong (or bad UTF-8 repaired)
  std::string read_as;               // the charset the bytes were really in, when the label lied
};

// Converts `bytes` labelled with `charset` (any case, aliases accepted) to UTF-8.
// Rules: valid UTF-8 input labelled us-ascii/utf-8/unknown stays as is; a few characters the
// labelled charset cannot map are replaced with U+FFFD one by one, the text around them kept in
// step (ISO-2022 double-byte runs included); an unknown label, or bytes mostly invalid in the
// labelled charset, fall back to windows-1252 (unless they are valid UTF-8).
// `used_fallback` (optional) is set when the label could not be honoured; `how` says what was done.
std::string to_utf8(std::string_view bytes, std::string_view charset, bool* used_fallback = nullptr,
                    Conversion* how = nullptr);

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
