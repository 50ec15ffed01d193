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

  // Usually one mailbox; several when a sender wrote addresses without commas between them.
  std::vector<Address> finish() const {
    std::vector<Address> out;
    if (has_angle) {
      out.push_back({decode_header_text(phrase), without_comments(angle)});
    } else {
      // No angle brackets. Words with an '@' inside are addresses ("tim@x concierge@x": two;
      // "Big Bug bb@bug.com": the words before the first one are its name); else the phrase is
      // one address written with spaces ("john . doe @ example.com").
      std::vector<std::string> words, addresses;
      std::string name;
      for (const char c : phrase + " ") {
        if (c != ' ' && c != '\t') {
          if (words.empty() || words.back().empty()) words.emplace_back();
          words.back() += c;
        } else if (!words.empty() && !words.back().empty()) {
          words.emplace_back();
        }
      }
      for (const std::string& w : words) {
        const size_t at = w.find('@');
        if (at != std::string::npos && at > 0 && at + 1 < w.size()) addresses.push_back(w);
        else if (addresses.empty() && !w.empty()) name += (name.empty() ? "" : " ") + w;
      }
      if (addresses.empty()) {
        std::string joined;
        for (const std::string& w : words) joined += w;
        addresses.push_back(joined);
        name.clear();
      }
      for (size_t i = 0; i < addresses.size(); ++i)
        out.push_back({i == 0 ? decode_header_text(comment.empty() ? name : comment) : std::string(), addresses[i]});
    }
    for (Address& a : out) {
      if (a.address.rfind("mailto:", 0) == 0) a.address.erase(0, 7);
      if (a.name.size() >= 2 && (a.name.front() == '\'' || a.name.front() == '"') && a.name.back() == a.name.front())
        a.name = a.name.substr(1, a.name.size() - 2);
      if (a.name == a.address) a.name.clear();
    }
    return out;
  }

  // "pete(his account)@silly.test(his host)" -> "pete@silly.test": comments and blanks go.
  static std::string without_comments(std::string_view text) {
    std::string out;
    int depth = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '\\' && depth > 0) {
        ++i;
        continue;
      }
      if (c == '(') ++depth;
      else if (c == ')' && depth > 0) --depth;
      else if (depth == 0 && c != ' ' && c != '\t' && c != '\r' && c != '\n') out += c;
    }
    return out;
  }
};

}  // namespace

std::vector<Address> parse_address_list(std::string_view raw) {
  std::vector<Address> out;
  MailboxBuilder current;
  auto emit = [&] {
    if (!current.empty())
      for (Address& a : current.finish())
        if (!a.address.empty() || !a.name.empty()) out.push_back(std::move(a));
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
