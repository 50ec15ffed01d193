#include "parsers/parsed_message.h"

#include "parsers/text_util.h"

namespace billet::parsers {

const HeaderField* ParsedMessage::header(std::string_view name) const {
  for (const HeaderField& h : headers)
    if (iequals(h.name, name)) return &h;
  return nullptr;
}

}  // namespace billet::parsers
