#include "parsers/address.h"

#include "parsers/rfc2047.h"
#include "parsers/text_util.h"

namespace billet::parsers {
namespace {

// Accumulates one mailbox while scanning.
struct MailboxBuilder {
  std::string phrase;    // text outside <>, quotes removed, encoded words still encoded
  std::string angle;     // content of <...>
  std::string comment;   // last comment, a fallback display name
  bool has_angle = false;

  bool empty() const { return trim(phrase).empty() && angle.empty() && !has_angle; }

  Address finish() const {
    Address a;
    if (has_angle) {
      a.address = std::string(trim(angle));
      a.name = decode_header_text(phrase);
    } else {
      // No angle brackets: the phrase is the address; a comment may carry the name.
      std::string addr;
      for (const char c : phrase)
        if (c != ' ' && c != '\t') addr += c;
      a.address = addr;
      a.name = decode_header_text(comment);
    }
    if (a.address.rfind("mailto:", 0) == 0) a.address.erase(0, 7);
    if (a.name.size() >= 2 && (a.name.front() == '\'' || a.name.front() == '"') && a.name.back() == a.name.front())
      a.name = a.name.substr(1, a.name.size() - 2);
    if (a.name == a.address) a.name.clear();
    return a;
  }
};

}  // namespace

std::vector<Address> parse_address_list(std::string_view raw) {
  std::vector<Address> out;
  MailboxBuilder current;
  auto emit = [&] {
    if (!current.empty()) {
      Address a = current.finish();
      if (!a.address.empty() || !a.name.empty()) out.push_back(std::move(a));
    }
    current = MailboxBuilder{};
  };
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '=' && i + 1 < raw.size() && raw[i + 1] == '?') {
      // An encoded word is one atom: a ':' or ',' inside it is text, not syntax.
      const size_t q1 = raw.find('?', i + 2);
      const size_t q2 = q1 == std::string_view::npos ? q1 : raw.find('?', q1 + 1);
      const size_t end = q2 == std::string_view::npos ? q2 : raw.find("?=", q2 + 1);
      if (end != std::string_view::npos && raw.substr(i, end - i).find_first_of(" \t\r\n") == std::string_view::npos) {
        current.phrase += raw.substr(i, end + 2 - i);
        i = end + 1;
        continue;
      }
    }
    if (c == '"' && raw.find('"', i + 1) == std::string_view::npos) continue;  // unterminated: drop it
    if (c == '"') {
      // Quoted string: copied into the phrase without quotes; backslash escapes honoured.
      std::string quoted;
      for (++i; i < raw.size() && raw[i] != '"'; ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size()) ++i;
        quoted += raw[i];
      }
      current.phrase += quoted;
      continue;
    }
    if (c == '(') {
      int depth = 1;
      std::string comment;
      for (++i; i < raw.size() && depth > 0; ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size()) {
          comment += raw[++i];
          continue;
        }
        if (raw[i] == '(') ++depth;
        if (raw[i] == ')' && --depth == 0) break;
        comment += raw[i];
      }
      current.comment = comment;
      continue;
    }
    if (c == '<') {
      const size_t close = raw.find('>', i);
      const size_t end = close == std::string_view::npos ? raw.size() : close;
      current.angle = std::string(raw.substr(i + 1, end - i - 1));
      current.has_angle = true;
      i = end;
      continue;
    }
    if (c == ':' && !current.has_angle && current.phrase.find('@') == std::string::npos) {
      current = MailboxBuilder{};  // group name: "Group: a@b, c@d;"
      continue;
    }
    if (c == ',' && !current.has_angle && current.phrase.find('@') == std::string::npos &&
        !trim(current.phrase).empty() && raw.find('<', i) != std::string_view::npos &&
        raw.find('<', i) < raw.find(',', i + 1)) {
      current.phrase += c;  // an unquoted "Doe, John <j@x>" display name
      continue;
    }
    if (c == ',' || c == ';') {
      emit();
      continue;
    }
    current.phrase += c;
  }
  emit();
  return out;
}

Address parse_first_address(std::string_view raw) {
  auto list = parse_address_list(raw);
  return list.empty() ? Address{} : list.front();
}

}  // namespace billet::parsers
