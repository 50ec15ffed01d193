#pragma once
// RFC 5322 Date header parsing (with obsolete zones and two-digit years).
#include <cstdint>
#include <optional>
#include <string_view>

namespace billet::parsers {

// Seconds since the Unix epoch (UTC), or nullopt when the value is not a date.
std::optional<int64_t> parse_rfc5322_date(std::string_view value);

}  // namespace billet::parsers
