#pragma once
// RFC 2047 encoded words in header text, and raw 8-bit (RFC 6532) header bytes, to UTF-8.
#include <string>
#include <string_view>

namespace billet::parsers {

// Decodes an (unfolded or folded) unstructured header value to UTF-8:
// - `=?charset[*lang]?Q|B?text?=` words, Q and B, any case; whitespace between adjacent encoded
//   words is dropped, and adjacent words in one charset are joined before conversion (a character
//   split across two words survives); malformed base64 padding is tolerated;
// - raw bytes outside encoded words: valid UTF-8 is kept (RFC 6532), other bytes are read in
//   `fallback_charset` (windows-1252 when empty);
// - folding (CRLF + blanks) becomes one space; control characters become spaces.
// The result is valid UTF-8 and holds no CR, LF or NUL.
std::string decode_header_text(std::string_view raw, std::string_view fallback_charset = {});

}  // namespace billet::parsers
