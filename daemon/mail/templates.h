#pragma once
// Email body templates, read from files so a support team edits them without recompiling.
// Syntax: {{name}} is replaced by a value; {{#name}} ... {{/name}} is kept only when the section
// `name` is on. Unknown names and unbalanced sections are errors found when the file is loaded
// (start-up, SIGHUP, --check-config), never at send time.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/result.h"

namespace billet::daemon {

class Template {
 public:
  // `variables` and `sections`: the names this template may use.
  static Result<Template> load(const std::string& path, const std::set<std::string>& variables,
                               const std::set<std::string>& sections);
  static Result<Template> parse(const std::string& text, const std::string& source, const std::set<std::string>& variables,
                                const std::set<std::string>& sections);

  std::string render(const std::map<std::string, std::string>& values, const std::set<std::string>& sections_on) const;

 private:
  struct Piece {
    enum Kind { kText, kVariable, kOpen, kClose } kind;
    std::string text;  // literal text, or the name
  };
  std::vector<Piece> pieces_;
};

// The name to greet a client by, from the display name of their address: comments dropped
// ("(CISSS-HR)"), "Tremblay, Julie" written "Julie Tremblay"; "" (a neutral greeting) when the
// display name does not read as a person's or team's name (an address, digits, symbols, more
// than five words or kMaxGreetingNameBytes bytes, several commas).
inline constexpr size_t kMaxGreetingNameBytes = 80;
std::string greeting_name(const std::string& display_name);

// The acknowledgement templates: ack_ticket.{fr,en}.txt and ack_complaint.{fr,en}.txt in `dir`.
struct AckTemplates {
  Template ticket_fr, ticket_en, complaint_fr, complaint_en;
};
Result<AckTemplates> load_ack_templates(const std::string& dir);

}  // namespace billet::daemon
