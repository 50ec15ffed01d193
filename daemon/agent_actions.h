#pragma once
// What support staff and customer service do to a ticket (billetctl note/level/resolve). Every
// action is recorded with its author and time; what the client should hear is queued in the
// outbox in the same transaction (and goes through the same loop protection).
#include <string>

#include "common/clock.h"
#include "daemon/config.h"
#include "daemon/mail/client_update.h"
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

// One action as billetctl and the agent socket name it.
struct AgentRequest {
  std::string action;  // "note", "level", "resolve"
  int64_t ticket_id = 0;
  std::string text;    // the note, the reason of a level change, or the resolution note
  bool internal = false;
  int level = 0;
};

struct AgentOutcome {
  Status done = ok_status();
  // The action stands but an email it caused will not leave (rate limit, robot, own address):
  // what and why, for the agent to see; "" when every email was queued.
  std::string not_sent;
};

// Performs `request` as ctx.author.
AgentOutcome perform_agent_action(AgentContext& ctx, const AgentRequest& request);

}  // namespace billet::daemon
