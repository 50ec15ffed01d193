#include "parsers/robot.h"

#include <cctype>

#include "parsers/text_util.h"

namespace billet::parsers {
namespace {

bool has_token(std::string_view value, std::string_view token) {
  const std::string v = ascii_lower(value);
  const std::string t = ascii_lower(token);
  size_t pos = 0;
  while ((pos = v.find(t, pos)) != std::string::npos) {
    const bool left_ok = pos == 0 || !std::isalnum(static_cast<unsigned char>(v[pos - 1]));
    const size_t end = pos + t.size();
    const bool right_ok = end >= v.size() || !std::isalnum(static_cast<unsigned char>(v[end]));
    if (left_ok && right_ok) return true;
    pos = end;
  }
  return false;
}

}  // namespace

bool is_robot_sender(std::string_view address) {
  const size_t at = address.find('@');
  const std::string local = ascii_lower(trim(address.substr(0, at)));
  if (local == "mailer-daemon" || local == "postmaster" || local == "mailerdaemon") return true;
  for (const char* prefix : {"noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply"})
    if (local.rfind(prefix, 0) == 0) return true;
  return false;
}

void detect_robot_headers(ParsedMessage& m) {
  auto& reasons = m.robot.reasons;
  for (const HeaderField& h : m.headers) {
    const std::string name = ascii_lower(h.name);
    const std::string value(trim(h.value));
    if (name == "auto-submitted") {
      if (!iequals(value, "no") && !istarts_with(value, "no ") && !istarts_with(value, "no;"))
        reasons.push_back("Auto-Submitted: " + value);
    } else if (name == "x-autoreply" || name == "x-autorespond" || name == "x-autoresponder") {
      reasons.push_back(h.name + ": " + value);
    } else if (name == "x-auto-response-suppress") {
      if (has_token(value, "all") || has_token(value, "autoreply") || has_token(value, "oof"))
        reasons.push_back("X-Auto-Response-Suppress: " + value);
    } else if (name == "precedence") {
      for (const char* p : {"bulk", "junk", "list", "auto_reply"})
        if (iequals(value, p)) reasons.push_back("Precedence: " + value);
    } else if (name == "list-id" || name == "list-unsubscribe") {
      reasons.push_back(h.name + " present");
    }
  }
  if (m.return_path && trim(*m.return_path).empty()) reasons.push_back("Return-Path: <> (null sender)");
  if (is_robot_sender(m.from.address)) reasons.push_back("sender: " + m.from.address);
}

}  // namespace billet::parsers
