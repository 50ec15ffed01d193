#include <fstream>
#include <iostream>
#include <sstream>

#include "common/file.h"
#include "parsers/message_parser.h"
#include "tools/commands.h"
#include "triage/classifier.h"

namespace billet::tools {

int run_classify(const ClassifyOptions& options) {
  auto rules = triage::load_rules_file(options.rules_file);
  if (!rules) {
    std::cerr << "billetctl classify: " << rules.error().message << "\n";
    return 1;
  }
  const auto bytes = read_file(options.file, kMaxMessageFileBytes);
  if (!bytes) {
    std::cerr << "billetctl classify: " << bytes.error().message << "\n";
    return 1;
  }
  const auto parsed = parsers::parse_message(*bytes);
  if (!parsed) {
    std::cerr << "billetctl classify: " << options.file << ": " << parsed.error().message << "\n";
    return 1;
  }
  const std::string kind = parsed->robot.is_bounce ? "bounce" : parsed->robot.is_robot() ? "robot" : "message";
  if (kind != "message") {
    std::string reasons;
    for (const auto& r : parsed->robot.reasons) reasons += (reasons.empty() ? "" : "; ") + r;
    if (options.json) {
      std::cout << "{\"kind\":\"" << kind << "\",\"level\":null,\"explanation\":" << json_string(reasons) << "}\n";
    } else {
      std::cout << "kind:  " << kind << "\nwhy:   " << reasons << "\n";
    }
    return 0;
  }
  const triage::Classifier classifier(std::move(*rules));
  const auto c = classifier.classify(parsed->subject, parsed->new_text,
                                     options.complaint ? triage::Kind::kComplaint : triage::Kind::kTicket);
  if (options.json) {
    std::cout << "{\"kind\":\"message\",\"level\":" << c.level << ",\"classification\":" << c.to_json() << "}\n";
  } else {
    std::cout << "kind:  message\nlevel: " << c.level << "\nwhy:   " << c.explanation() << "\n";
  }
  return 0;
}

}  // namespace billet::tools
