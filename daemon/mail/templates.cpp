#include "daemon/mail/templates.h"
#include "common/file.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace billet::daemon {

Result<Template> Template::parse(const std::string& text, const std::string& source, const std::set<std::string>& variables,
                                 const std::set<std::string>& sections) {
  Template t;
  std::vector<std::string> open;
  size_t pos = 0;
  auto line_of = [&](size_t at) { return 1 + std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'); };
  while (pos < text.size()) {
    const size_t start = text.find("{{", pos);
    if (start == std::string::npos) {
      t.pieces_.push_back({Piece::kText, text.substr(pos)});
      break;
    }
    if (start > pos) t.pieces_.push_back({Piece::kText, text.substr(pos, start - pos)});
    const size_t end = text.find("}}", start + 2);
    if (end == std::string::npos)
      return Error{"template.syntax", source + ":" + std::to_string(line_of(start)) + ": \"{{\" without \"}}\""};
    std::string name = text.substr(start + 2, end - start - 2);
    const std::string where = source + ":" + std::to_string(line_of(start)) + ": ";
    if (!name.empty() && (name[0] == '#' || name[0] == '/')) {
      const bool opening = name[0] == '#';
      name = name.substr(1);
      if (!sections.count(name)) return Error{"template.unknown", where + "unknown section {{" + std::string(opening ? "#" : "/") + name + "}}"};
      if (opening) {
        open.push_back(name);
        t.pieces_.push_back({Piece::kOpen, name});
      } else {
        if (open.empty() || open.back() != name) return Error{"template.syntax", where + "{{/" + name + "}} closes nothing open"};
        open.pop_back();
        t.pieces_.push_back({Piece::kClose, name});
      }
    } else {
      if (!variables.count(name)) return Error{"template.unknown", where + "unknown placeholder {{" + name + "}}"};
      t.pieces_.push_back({Piece::kVariable, name});
    }
    pos = end + 2;
  }
  if (!open.empty()) return Error{"template.syntax", source + ": section {{#" + open.back() + "}} is never closed"};
  return t;
}

Result<Template> Template::load(const std::string& path, const std::set<std::string>& variables,
                                const std::set<std::string>& sections) {
  auto text = read_file(path, kMaxConfigFileBytes);
  if (!text) return Error{"template.unreadable", "template: " + text.error().message};
  return parse(*text, path, variables, sections);
}

std::string Template::render(const std::map<std::string, std::string>& values, const std::set<std::string>& on) const {
  std::string out;
  int skipping = 0;  // depth of sections being left out
  for (const Piece& p : pieces_) {
    switch (p.kind) {
      case Piece::kOpen:
        if (skipping || !on.count(p.text)) ++skipping;
        break;
      case Piece::kClose:
        if (skipping) --skipping;
        break;
      case Piece::kText:
        if (!skipping) out += p.text;
        break;
      case Piece::kVariable:
        if (!skipping) {
          const auto it = values.find(p.text);
          if (it != values.end()) out += it->second;
        }
        break;
    }
  }
  return out;
}

std::string greeting_name(const std::string& display_name) {
  std::string name;
  int depth = 0;
  for (const char c : display_name) {
    if (c == '(' || c == '[') ++depth;
    else if ((c == ')' || c == ']') && depth > 0) --depth;
    else if (depth == 0) name += (c == '\t' || c == '\r' || c == '\n' || c == '"') ? ' ' : c;
  }
  auto trim = [](std::string s) {
    const size_t first = s.find_first_not_of(' ');
    if (first == std::string::npos) return std::string();
    return s.substr(first, s.find_last_not_of(' ') - first + 1);
  };
  if (depth != 0 || std::count(name.begin(), name.end(), ',') > 1) return "";
  if (const size_t comma = name.find(','); comma != std::string::npos)
    name = trim(name.substr(comma + 1)) + " " + trim(name.substr(0, comma));
  std::string out;
  int words = 0;
  for (const char c : trim(name)) {
    const auto u = static_cast<unsigned char>(c);
    const bool allowed = std::isalpha(u) || u >= 0x80 || c == ' ' || c == '-' || c == '\'' || c == '.';
    if (!allowed) return "";
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    if (c != ' ' && (out.empty() || out.back() == ' ')) ++words;
    out += c;
  }
  return words == 0 || words > 5 || out.size() > kMaxGreetingNameBytes ? std::string() : out;
}

Result<AckTemplates> load_ack_templates(const std::string& dir) {
  const std::set<std::string> variables = {"ticket_id", "level", "level_name", "target", "due", "hours", "support_phone",
                                           "support_address", "emergency_phone", "subject", "client_name", "tag",
                                           "message_size", "size_limit", "contact_address", "contact_phone"};
  const std::set<std::string> sections = {"outside_hours", "urgent", "too_large", "contact_phone"};
  auto ticket_fr = Template::load(dir + "/ack_ticket.fr.txt", variables, sections);
  if (!ticket_fr) return ticket_fr.error();
  auto ticket_en = Template::load(dir + "/ack_ticket.en.txt", variables, sections);
  if (!ticket_en) return ticket_en.error();
  auto complaint_fr = Template::load(dir + "/ack_complaint.fr.txt", variables, sections);
  if (!complaint_fr) return complaint_fr.error();
  auto complaint_en = Template::load(dir + "/ack_complaint.en.txt", variables, sections);
  if (!complaint_en) return complaint_en.error();
  return AckTemplates{std::move(*ticket_fr), std::move(*ticket_en), std::move(*complaint_fr), std::move(*complaint_en)};
}

}  // namespace billet::daemon
