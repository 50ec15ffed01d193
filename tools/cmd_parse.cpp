#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "common/file.h"
#include "parsers/message_json.h"
#include "parsers/message_parser.h"
#include "tools/commands.h"

namespace billet::tools {
namespace {

void print_text(const parsers::ParsedMessage& m) {
  auto addr = [](const parsers::Address& a) { return a.name.empty() ? a.address : a.name + " <" + a.address + ">"; };
  std::cout << "Subject:     " << m.subject << "\n"
            << "From:        " << addr(m.from) << "\n";
  for (const auto& a : m.reply_to) std::cout << "Reply-To:    " << addr(a) << "\n";
  std::cout << "Date:        " << m.date_raw << "\n"
            << "Message-ID:  " << m.message_id << "\n";
  if (!m.in_reply_to.empty()) std::cout << "In-Reply-To: " << m.in_reply_to << "\n";
  std::cout << "Type:        " << m.content_type << "\n";
  if (m.robot.is_robot()) {
    std::cout << "Robot:       " << (m.robot.is_bounce ? "bounce" : "yes");
    for (const auto& r : m.robot.reasons) std::cout << "; " << r;
    if (!m.robot.bounced_message_id.empty()) std::cout << "; reports on <" << m.robot.bounced_message_id << ">";
    std::cout << "\n";
  }
  for (const auto& a : m.attachments)
    std::cout << "Attachment:  " << a.filename << " (" << a.media_type << ", " << a.bytes.size() << " bytes)\n";
  for (const auto& d : m.defects) std::cout << "Defect:      " << d << "\n";
  std::cout << "\n--- new text ---\n" << m.new_text << "\n";
  if (m.new_text != m.text) std::cout << "\n--- full text ---\n" << m.text << "\n";
}

}  // namespace

std::string json_string(const std::string& text) { return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

int run_parse(const ParseOptions& options) {
  const auto bytes = read_file(options.file, kMaxMessageFileBytes);
  if (!bytes) {
    std::cerr << "billetctl parse: " << bytes.error().message << "\n";
    return 1;
  }
  const auto parsed = parsers::parse_message(*bytes);
  if (!parsed) {
    std::cerr << "billetctl parse: " << options.file << ": " << parsed.error().message << " (" << parsed.error().code
              << ")\n";
    return 1;
  }
  if (options.json) std::cout << parsers::to_json(*parsed) << "\n";
  else print_text(*parsed);
  return 0;
}

}  // namespace billet::tools
