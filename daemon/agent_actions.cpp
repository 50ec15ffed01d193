#include "daemon/agent_actions.h"

#include "triage/deadline.h"

namespace billet::daemon {
namespace {

Result<storage::TicketRow> existing(AgentContext& ctx, int64_t id) {
  auto t = ctx.store.ticket(id);
  if (!t) return t.error();
  if (!*t) return Error{"ticket.unknown", "no ticket #" + std::to_string(id)};
  return **t;
}

}  // namespace

Status add_progress_note(AgentContext& ctx, int64_t id, const std::string& text, bool internal) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return Error{"usage.note", "the note is empty"};
  auto t = existing(ctx, id);
  if (!t) return t.error();
  const TimePoint now = ctx.clock.now();
  auto tx = ctx.store.begin();
  if (!tx) return tx.error();
  if (auto n = ctx.store.add_note(id, now, ctx.author, text, internal); !n) return n.error();
  if (auto s = ctx.store.add_event(id, now, ctx.author, internal ? "internal-note" : "note", text); !s) return s;
  if (!internal) {
    auto email = compose_client_update(UpdateKind::kNote, *t, text, now, ctx.templates, ctx.config, ctx.calendar, now);
    if (auto s = queue_client_email(ctx.store, ctx.config, std::move(email), "note", now); !s) return s;
  }
  if (auto s = ctx.store.touch_ticket(id, now, false); !s) return s;
  return (*tx)->commit();
}

Status change_level(AgentContext& ctx, int64_t id, int level, const std::string& why) {
  if (level < 1 || level > 4) return Error{"usage.level", "the level must be 1, 2, 3 or 4"};
  if (why.find_first_not_of(" \t\r\n") == std::string::npos) return Error{"usage.why", "say why the level changes (--why)"};
  auto t = existing(ctx, id);
  if (!t) return t.error();
  const TimePoint now = ctx.clock.now();
  const Kind kind = t->kind;
  // The target counts from the reception of the client's message, as it did at first.
  const auto due = triage::compute_due(ctx.config.deadlines, ctx.calendar, kind, level, t->received_at, t->client_address);
  const std::optional<TimePoint> next_followup =
      level == 1 && t->status == storage::TicketStatus::kOpen ? std::optional<TimePoint>(now + ctx.config.followups.interval) : std::nullopt;
  auto tx = ctx.store.begin();
  if (!tx) return tx.error();
  if (auto s = ctx.store.update_ticket_level(id, level, due.plan, due.due, next_followup, now); !s) return s;
  if (auto s = ctx.store.add_event(id, now, ctx.author, "level",
                                   std::to_string(t->level) + " -> " + std::to_string(level) + ", due " +
                                       ctx.calendar.iso_local(due.due) + ": " + why);
      !s)
    return s;
  storage::TicketRow changed = *t;
  changed.level = level;
  changed.due_at = due.due;
  auto email = compose_client_update(UpdateKind::kLevelChange, changed, "", now, ctx.templates, ctx.config, ctx.calendar, now);
  if (auto s = queue_client_email(ctx.store, ctx.config, std::move(email), "level-change", now); !s) return s;
  return (*tx)->commit();
}

Status resolve_ticket(AgentContext& ctx, int64_t id, const std::string& note) {
  auto t = existing(ctx, id);
  if (!t) return t.error();
  if (t->status == storage::TicketStatus::kResolved) return Error{"usage.resolved", "ticket #" + std::to_string(id) + " is already resolved"};
  const TimePoint now = ctx.clock.now();
  auto tx = ctx.store.begin();
  if (!tx) return tx.error();
  if (!note.empty())
    if (auto n = ctx.store.add_note(id, now, ctx.author, note, false); !n) return n.error();
  if (auto s = ctx.store.set_ticket_status(id, storage::TicketStatus::kResolved, now); !s) return s;
  if (auto s = ctx.store.set_ticket_timers(id, std::nullopt, t->warned, t->breached); !s) return s;
  if (auto s = ctx.store.add_event(id, now, ctx.author, "resolved", note); !s) return s;
  auto email = compose_client_update(UpdateKind::kResolved, *t, note, now, ctx.templates, ctx.config, ctx.calendar, now);
  if (auto s = queue_client_email(ctx.store, ctx.config, std::move(email), "resolved", now); !s) return s;
  return (*tx)->commit();
}

AgentOutcome perform_agent_action(AgentContext& ctx, const AgentRequest& r) {
  AgentOutcome outcome;
  auto before = ctx.store.emails_of_ticket(r.ticket_id);
  const size_t emails_before = before ? before->size() : 0;
  if (r.action == "note") outcome.done = add_progress_note(ctx, r.ticket_id, r.text, r.internal);
  else if (r.action == "level") outcome.done = change_level(ctx, r.ticket_id, r.level, r.text);
  else if (r.action == "resolve") outcome.done = resolve_ticket(ctx, r.ticket_id, r.text);
  else outcome.done = Error{"usage.action", "unknown action \"" + r.action + "\" (note, level, resolve)"};
  if (!outcome.done) return outcome;
  auto after = ctx.store.emails_of_ticket(r.ticket_id);
  if (after)
    for (size_t i = emails_before; i < after->size(); ++i)
      if ((*after)[i].status == storage::OutboxStatus::kSuppressed)
        outcome.not_sent = "the " + (*after)[i].kind + " email to " + (*after)[i].recipient +
                           " was NOT sent: " + (*after)[i].last_error;
  return outcome;
}

}  // namespace billet::daemon
