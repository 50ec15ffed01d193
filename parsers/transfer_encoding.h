#pragma once
// Content-Transfer-Encoding decoders (RFC 2045). Lenient: garbage is skipped or kept, never fatal.
#include <string>
#include <string_view>

namespace billet::parsers {

// Skips characters outside the base64 alphabet; stops at the first '=' padding of a quantum;
// a final partial quantum yields the bytes it fully encodes.
std::string decode_base64(std::string_view encoded);

// Quoted-printable: "=XX" (either case), soft line breaks ("=" + optional trailing blanks + EOL).
// A malformed "=" sequence is kept literally. Line endings are kept as they are.
// With `q_encoding` (RFC 2047 "Q"), '_' decodes to a space.
std::string decode_quoted_printable(std::string_view encoded, bool q_encoding = false);

// x-uuencode: the lines between "begin NNN name" and "end" (or every line when there is no begin).
std::string decode_uuencode(std::string_view encoded);

// Decodes by the (case-insensitive) Content-Transfer-Encoding name; unknown names pass through.
std::string decode_transfer_encoding(std::string_view body, std::string_view encoding);
// True when decode_transfer_encoding would return the body unchanged (7bit, 8bit, binary, unknown).
bool is_identity_transfer_encoding(std::string_view encoding);

}  // namespace billet::parsers
