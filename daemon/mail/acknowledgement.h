#pragma once
// The acknowledgement of a new ticket or complaint (policy.md sections 4 and 6): recipient,
// subject with the ticket tag, headers, and the body from templates in the client's language.
#include <string>

#include "daemon/config.h"
#include "daemon/mail/mime_writer.h"
#include "daemon/mail/templates.h"
#include "parsers/parsed_message.h"
#include "storage/store.h"
#include "triage/calendar.h"

namespace billet::daemon {

struct AckRequest {
  int64_t ticket_id = 0;
  Kind kind = Kind::kTicket;
  int level = 4;
  TimePoint received{};
  TimePoint due{};
  bool outside_hours = false;  // received outside the client's plan hours
  std::string language;        // "fr", "en", or "" for both (French first)
  const parsers::ParsedMessage* message = nullptr;
  const MailboxConfig* mailbox = nullptr;
  uint64_t oversize_bytes = 0;  // the message was over [service] max_message_mib: this many bytes
};

// The address an acknowledgement goes to: Reply-To when usable and in the From domain (or the
// message passed DMARC per `acks.trusted_authserv_id`), else From; "" when neither is usable.
std::string ack_recipient(const parsers::ParsedMessage& message, const AckConfig& acks);

// The domain of `address`, lower-cased; "" when it has no '@'.
std::string domain_of(const std::string& address);

// Whether the topmost Authentication-Results of `authserv_id` says dmarc=pass for the From domain.
bool dmarc_pass(const parsers::ParsedMessage& message, const std::string& authserv_id);

// `text` with every link ("http://…", "www.…") replaced by "[…]": what billetd echoes of a
// sender's subject cannot advertise anything.
std::string without_links(const std::string& text);

// What an acknowledgement may echo of a sender, whatever the sender wrote (the ack goes to an
// address the sender chose): the subject in at most kMaxEchoedSubjectChars characters, the
// thread in at most kMaxEchoedReferences Message-IDs (the first and the latest, as RFC 5322
// section 3.6.4 suggests when trimming). The greeting's name is bounded by greeting_name.
inline constexpr size_t kMaxEchoedSubjectChars = 200;
inline constexpr size_t kMaxEchoedReferences = 20;

// A sender's subject as billetd may echo it: one line, bounded, no links.
std::string echoed_subject(const std::string& subject);

// `out` rendered as an outbox email for ticket `ticket_id`, due now: the envelope sender is
// acks.envelope_sender, else the From address.
storage::OutboxEmail queued_email(const OutgoingMessage& out, int64_t ticket_id, std::string kind, const AckConfig& acks,
                                  TimePoint now);

// "30 minutes", "1 heure", "3 heures", "2 jours ouvrables" (fr) / "1 hour", "2 business days" (en).
std::string target_words(std::chrono::minutes target, bool business_days, const std::string& language);

// Builds the email (status "pending"). The caller decides suppression (loop rules, rate limit).
storage::OutboxEmail compose_ack(const AckRequest& request, const AckTemplates& templates, const Config& config,
                                 const triage::BusinessCalendar& calendar, TimePoint now);

}  // namespace billet::daemon
