#pragma once
// Writing RFC 5322 messages: encoded headers, quoted-printable bodies, CRLF, lines under 998
// octets. Text from clients can never put a CR or LF into a header: every header value passes
// through one_line().
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"

namespace billet::daemon {

// CR, LF, NUL and other control characters become spaces; runs of spaces collapse.
std::string one_line(std::string_view text);

// A header value as RFC 2047 UTF-8 encoded words when it is not plain printable ASCII, folded so
// that no line exceeds 78 characters. `header_name_length` is the length of "Name: ".
std::string encode_header_text(std::string_view utf8, size_t header_name_length);

// "Name <addr>" with the name encoded as needed; the address must be a plain addr-spec.
std::string format_address(std::string_view display_name, std::string_view address);

// True for a plain addr-spec billetd will write in a header or envelope: local@domain, no spaces,
// no control characters, no <>, (), commas or quotes.
bool is_safe_address(std::string_view address);

// Quoted-printable (RFC 2045) of UTF-8 text; output lines end in CRLF and stay under 77 chars.
std::string encode_quoted_printable(std::string_view text);

// "Mon, 30 Nov 2026 20:00:00 +0000"
std::string rfc5322_date(TimePoint t);

// A fresh globally unique Message-ID (without <>) on `domain`.
std::string new_message_id(std::string_view domain);

struct OutgoingMessage {
  std::string from_name;
  std::string from_address;
  std::string to_name;
  std::string to_address;
  std::string subject;               // UTF-8, any content: it is cleaned and encoded
  std::string message_id;            // without <>
  std::string in_reply_to;           // without <>; may be empty
  std::vector<std::string> references;
  std::vector<std::pair<std::string, std::string>> extra_headers;  // ASCII names and values
  std::string body;                  // UTF-8 text, LF or CRLF
};

// The whole message, CRLF line ends, UTF-8 text/plain quoted-printable body.
std::string render_message(const OutgoingMessage& message, TimePoint date);

}  // namespace billet::daemon
