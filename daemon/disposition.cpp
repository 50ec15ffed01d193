#include "daemon/disposition.h"

#include <vector>

#include "daemon/mail/acknowledgement.h"

namespace billet::daemon {
namespace {

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : separator) + i;
  return out;
}

// Why a new message that is neither a robot nor a reply must not open a ticket, or "": no address
// an acknowledgement could go to (missing, invalid or hostile From and Reply-To), or nothing in
// it (no subject, no text, no attachment).
std::string review_reason(const parsers::ParsedMessage& m, const AckConfig& acks) {
  if (ack_recipient(m, acks).empty())
    return "no usable sender address (From \"" + m.from.address + "\"): kept for review, no ticket, no acknowledgement";
  auto blank = [](const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; };
  if (blank(m.subject) && blank(m.text) && m.attachments.empty())
    return "empty message (no subject, no text, no attachment): kept for review, no ticket";
  return "";
}

}  // namespace

Disposed dispose(const parsers::ParsedMessage& m, const MessageFacts& facts, Kind mailbox_kind, const AckConfig& acks) {
  using storage::Disposition;
  Disposed d;
  std::vector<std::string> robot_reasons = m.robot.reasons;
  // A website's form writes from a no-reply address for a person named in Reply-To: the person's.
  const std::string form_writer = facts.from_own_address ? std::string() : m.robot.written_for;
  if (!form_writer.empty()) robot_reasons.clear();
  if (facts.from_own_address) robot_reasons.push_back("sender is billetd's own address " + m.from.address);
  if (m.robot.is_bounce || !robot_reasons.empty()) {
    d.disposition = m.robot.is_bounce ? Disposition::kBounce : Disposition::kRobot;
    d.ticket_id = facts.referenced;
    d.note = joined(robot_reasons, "; ");
  } else if (facts.referenced) {
    d.disposition = facts.sender_takes_part ? Disposition::kReply : Disposition::kThirdParty;
    d.ticket_id = facts.referenced;
    if (!facts.sender_takes_part)
      d.note = "from " + m.from.address + ", not a participant of the ticket: no reopen, no follow-up";
  } else if (std::string why = review_reason(m, acks); !why.empty()) {
    d.disposition = Disposition::kReview;  // kept, out of the agents' queue
    d.note = std::move(why);
  } else {
    d.disposition = mailbox_kind == Kind::kComplaint ? Disposition::kComplaint : Disposition::kTicket;
  }
  if (!form_writer.empty())
    d.note += std::string(d.note.empty() ? "" : "; ") + "written through a form for " + form_writer + " (From " +
              m.from.address + "): no automatic email to a no-reply sender";
  if (!m.defects.empty()) d.note += (d.note.empty() ? "" : "; ") + std::string("defects: ") + joined(m.defects, "; ");
  return d;
}

}  // namespace billet::daemon
