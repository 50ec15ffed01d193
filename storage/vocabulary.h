#pragma once
// The words the store keeps as text, as types: what a stored message turned out to be and where
// a ticket stands. The text forms are the stored ones (and what billetctl and /metrics print).
#include <optional>
#include <string>
#include <string_view>

namespace billet::storage {

enum class Disposition {
  kTicket,       // opened a ticket
  kComplaint,    // opened a complaint
  kReply,        // from a participant, on an existing ticket
  kThirdParty,   // on an existing ticket, from someone who is not a participant
  kRobot,        // an automatic message (out of office, notification): recorded, opens nothing
  kBounce,       // a delivery failure report
  kReview,       // kept for people: no usable sender, or nothing in it
  kQuarantined,  // could not be processed: raw bytes kept, nothing else
};

inline std::string_view to_string(Disposition d) {
  switch (d) {
    case Disposition::kTicket: return "ticket";
    case Disposition::kComplaint: return "complaint";
    case Disposition::kReply: return "reply";
    case Disposition::kThirdParty: return "third-party";
    case Disposition::kRobot: return "robot";
    case Disposition::kBounce: return "bounce";
    case Disposition::kReview: return "review";
    case Disposition::kQuarantined: return "quarantined";
  }
  return "";
}

inline std::optional<Disposition> disposition_from(std::string_view text) {
  for (const Disposition d : {Disposition::kTicket, Disposition::kComplaint, Disposition::kReply, Disposition::kThirdParty,
                              Disposition::kRobot, Disposition::kBounce, Disposition::kReview, Disposition::kQuarantined})
    if (to_string(d) == text) return d;
  return std::nullopt;
}

enum class TicketStatus { kOpen, kResolved };

inline std::string_view to_string(TicketStatus s) { return s == TicketStatus::kOpen ? "open" : "resolved"; }

inline std::optional<TicketStatus> ticket_status_from(std::string_view text) {
  if (text == "open") return TicketStatus::kOpen;
  if (text == "resolved") return TicketStatus::kResolved;
  return std::nullopt;
}

// An automatic email's delivery state.
enum class OutboxStatus {
  kPending,     // to send (again) at next_attempt_at
  kSending,     // handed to SMTP by a billetd that may have stopped before the answer
  kSent,        // accepted by the SMTP server
  kFailed,      // refused for good, given up, cancelled or returned as undeliverable
  kSuppressed,  // never sent: loop protection or rate limit (last_error says why)
};

inline std::string_view to_string(OutboxStatus s) {
  switch (s) {
    case OutboxStatus::kPending: return "pending";
    case OutboxStatus::kSending: return "sending";
    case OutboxStatus::kSent: return "sent";
    case OutboxStatus::kFailed: return "failed";
    case OutboxStatus::kSuppressed: return "suppressed";
  }
  return "";
}

inline std::optional<OutboxStatus> outbox_status_from(std::string_view text) {
  for (const OutboxStatus s : {OutboxStatus::kPending, OutboxStatus::kSending, OutboxStatus::kSent, OutboxStatus::kFailed,
                               OutboxStatus::kSuppressed})
    if (to_string(s) == text) return s;
  return std::nullopt;
}

}  // namespace billet::storage
