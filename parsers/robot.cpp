#include "parsers/robot.h"

#include <algorithm>
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

// The first Reply-To address that names a person other than the sender: a local part, a domain,
// no space or bracket, not a robot's; "" when there is none.
std::string person_in_reply_to(const ParsedMessage& m) {
  for (const Address& r : m.reply_to) {
    const std::string_view address = trim(r.address);
    const size_t at = address.find('@');
    const bool well_formed = at != 0 && at != std::string_view::npos && at + 1 < address.size() &&
                             address.find_first_of(" \t\r\n<>") == std::string_view::npos;
    if (well_formed && !is_robot_sender(address) && !iequals(address, trim(m.from.address))) return std::string(address);
  }
  return "";
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
  if (!is_robot_sender(m.from.address)) return;
  // A contact form: the no-reply sender is the only evidence, and Reply-To names the person.
  if (reasons.empty() && !m.robot.is_bounce) m.robot.written_for = person_in_reply_to(m);
  reasons.push_back("sender: " + m.from.address);
}

void detect_plain_text_bounce(ParsedMessage& m) {
  if (m.robot.is_bounce) return;
  const bool null_sender = m.return_path && trim(*m.return_path).empty();
  if (!null_sender && !is_robot_sender(m.from.address)) return;
  static const char* const kFailureWords[] = {
      "failure notice", "undeliver", "delivery status notification", "mail delivery failed", "delivery failure",
      "returned mail", "delivery has failed", "could not be delivered", "wasn't able to deliver",
      "was not able to deliver", "permanent error", "non remis", "non distribuable", "echec de la remise",
      "\xc3\xa9" "chec de la remise", "n'a pas pu \xc3\xaa" "tre remis", "impossible de remettre"};
  const std::string subject = ascii_lower(m.subject);
  const std::string opening = ascii_lower(std::string_view(m.text).substr(0, 4096));
  bool failure = false;
  for (const char* w : kFailureWords) failure = failure || subject.find(w) != std::string::npos || opening.find(w) != std::string::npos;
  if (!failure) return;
  m.robot.is_bounce = true;
  m.robot.written_for.clear();
  m.robot.reasons.push_back("plain-text delivery failure report (bounce)");
  if (!m.robot.bounced_message_id.empty()) return;
  size_t at = 0;
  while (at < m.text.size()) {
    const size_t end = std::min(m.text.find('\n', at), m.text.size());
    const std::string_view line = trim(std::string_view(m.text).substr(at, end - at));
    if (istarts_with(line, "Message-ID:")) {
      std::string id(trim(line.substr(11)));
      if (id.size() > 2 && id.front() == '<' && id.back() == '>') id = id.substr(1, id.size() - 2);
      m.robot.bounced_message_id = id;
      return;
    }
    at = end + 1;
  }
}

}  // namespace billet::parsers
