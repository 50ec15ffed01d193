#pragma once
// JSON rendering of a ParsedMessage (for `billetctl parse --json` and tests).
#include <string>

#include "parsers/parsed_message.h"

namespace billet::parsers {

// Pretty-printed JSON. Attachments are listed with filename, media type and size, not content.
std::string to_json(const ParsedMessage& message, int indent = 2);

}  // namespace billet::parsers
