#pragma once
// Raw RFC 5322 / MIME bytes to a ParsedMessage, with bounded work on hostile input.
#include <cstddef>
#include <string_view>

#include "common/result.h"
#include "parsers/parsed_message.h"

namespace billet::parsers {

// Bounds applied before and during parsing. Input beyond them is cut (and said in `defects`),
// never fatal; only an empty or oversized message is an error.
struct ParseLimits {
  size_t max_message_bytes = 64u << 20;      // larger messages are refused (kept raw by the caller)
  size_t max_header_line_bytes = 64u << 10;  // longer lines in a header block are truncated
  size_t max_header_block_bytes = 1u << 20;  // header lines past this are dropped
  size_t max_containers = 100;               // multipart + message/rfc822 declarations
  size_t max_boundary_lines = 5000;          // lines starting with "--": bounds the part count
  size_t max_parts = 2000;
  int max_depth = 40;           // MIME nesting actually walked
  int max_embedded_depth = 3;   // message/rfc822 inside message/rfc822 ...
};

// Error codes: "parse.empty", "parse.too_large", "parse.failed" (the MIME library gave up).
Result<ParsedMessage> parse_message(std::string_view raw, const ParseLimits& limits = {});

}  // namespace billet::parsers
