// libFuzzer entry: any bytes must parse (or fail cleanly) without a crash, hang or invalid UTF-8.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "parsers/charset.h"
#include "parsers/message_json.h"
#include "parsers/message_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  auto result = billet::parsers::parse_message(raw);
  if (!result.ok()) return 0;
  const auto& m = *result;
  if (!billet::parsers::is_valid_utf8(m.subject) || !billet::parsers::is_valid_utf8(m.text) ||
      !billet::parsers::is_valid_utf8(m.new_text) || !billet::parsers::is_valid_utf8(m.from.name))
    std::abort();
  (void)billet::parsers::to_json(m);
  return 0;
}
