#pragma once
// Structured MIME header values: `type/subtype; name=value; ...` (RFC 2045) with RFC 2231
// extended parameters (charset'lang'%XX, name*0/name*1 continuations) and, leniently,
// RFC 2047 encoded words inside plain parameter values (as Outlook writes filenames).
#include <map>
#include <string>
#include <string_view>

namespace billet::parsers {

struct MimeHeaderValue {
  std::string value;                          // lower-cased ("text/plain", "attachment"), trimmed
  std::map<std::string, std::string> params;  // lower-cased names; values decoded to UTF-8

  std::string param(const std::string& name) const {
    const auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
  }
};

MimeHeaderValue parse_mime_header_value(std::string_view raw);

}  // namespace billet::parsers
