#pragma once
// Emails after the acknowledgement (policy.md section 5): follow-ups, progress notes, level
// changes and resolution notices to the client; escalations to the team. Loop protection for
// every email to a client lives here too.
#include <string>

#include "daemon/config.h"
#include "daemon/mail/templates.h"
#include "storage/store.h"
#include "triage/calendar.h"

namespace billet::daemon {

enum class UpdateKind { kFollowup, kNote, kLevelChange, kResolved };

struct UpdateTemplates {
  Template client_fr, client_en, escalation;
};
// update_client.{fr,en}.txt and escalation.txt in `dir`.
Result<UpdateTemplates> load_update_templates(const std::string& dir);

// `note`: the agent's text (the latest progress note for a follow-up), may be empty.
storage::OutboxEmail compose_client_update(UpdateKind kind, const storage::TicketRow& ticket, const std::string& note,
                                           TimePoint next_update, const UpdateTemplates& templates, const Config& config,
                                           const triage::BusinessCalendar& calendar, TimePoint now);

// To config.followups.team_address (the caller checks it is set).
storage::OutboxEmail compose_escalation(const storage::TicketRow& ticket, const std::string& reason,
                                        const UpdateTemplates& templates, const Config& config,
                                        const triage::BusinessCalendar& calendar, TimePoint now);

// Why an automatic email to `recipient` must not be sent (own address, robot-like address, rate
// limit), or "" when it may be sent. Errors are database errors.
Result<std::string> suppression_reason(storage::OutboxStore& store, const Config& config, const std::string& recipient,
                                       TimePoint now);

// Queues `email` (suppressed, with its reason, when loop protection says so) and records an
// event `event_kind` on its ticket. Call inside the caller's transaction.
Status queue_client_email(storage::Store& store, const Config& config, storage::OutboxEmail email,
                          const std::string& event_kind, TimePoint now);

}  // namespace billet::daemon
