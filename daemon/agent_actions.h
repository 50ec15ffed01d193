#pragma once
// What support staff and customer service do to a ticket (billetctl note/level/resolve). Every
// action is recorded with its author and time; what the client should hear is queued in the
// outbox in the same transaction (and goes through the same loop protection).
#include <string>

#include "common/clock.h"
#include "daemon/client_update.h"
#include "daemon/config.h"
#include "storage/store.h"
#include "triage/calendar.h"

namespace billet::daemon {

struct AgentContext {
  storage::Store& store;
  const Config& config;
  const triage::BusinessCalendar& calendar;
  const UpdateTemplates& templates;
  const Clock& clock;
  std::string author;  // the OS user, or --as NAME
};

// Errors: "ticket.unknown", "usage.*" (bad argument), and database errors. Nothing changes on error.
Status add_progress_note(AgentContext& ctx, int64_t ticket_id, const std::string& text, bool internal);
Status change_level(AgentContext& ctx, int64_t ticket_id, int level, const std::string& why);
Status resolve_ticket(AgentContext& ctx, int64_t ticket_id, const std::string& note);

}  // namespace billet::daemon
