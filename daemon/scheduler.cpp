#include "daemon/scheduler.h"

#include <spdlog/spdlog.h>

namespace billet::daemon {

Result<TimerStats> run_timers(storage::Store& store, const Config& config, const triage::BusinessCalendar& calendar,
                              const UpdateTemplates& templates, const Clock& clock, spdlog::logger& log) {
  TimerStats stats;
  const TimePoint now = clock.now();
  auto tickets = store.tickets_with_due_timers(now, config.followups.escalation_percent);
  if (!tickets) return tickets.error();
  for (const storage::TicketRow& t : *tickets) {
    auto tx = store.begin();
    if (!tx) return tx.error();
    bool warned = t.warned;
    bool breached = t.breached;
    std::optional<TimePoint> next = t.next_followup_at;
    const bool team = !config.followups.team_address.empty();
    const auto warn_at = t.received_at + (t.due_at - t.received_at) * config.followups.escalation_percent / 100;
    if (!breached && t.due_at <= now) {
      breached = warned = true;
      ++stats.breaches;
      if (auto s = store.add_event(t.id, now, "billetd", "breached", "due " + calendar.iso_local(t.due_at) + " passed"); !s)
        return s.error();
      if (team)
        if (auto s = queue_client_email(store, config, compose_escalation(t, "échéance dépassée", templates, config, calendar, now),
                                        "escalation", now);
            !s)
          return s.error();
      log.warn("ticket #{}: deadline {} passed (level {})", t.id, calendar.iso_local(t.due_at), t.level);
    } else if (!warned && warn_at <= now) {
      warned = true;
      ++stats.warnings;
      const std::string reason = std::to_string(config.followups.escalation_percent) + " % du délai écoulé";
      if (auto s = store.add_event(t.id, now, "billetd", "escalated", reason); !s) return s.error();
      if (team)
        if (auto s = queue_client_email(store, config, compose_escalation(t, reason, templates, config, calendar, now),
                                        "escalation", now);
            !s)
          return s.error();
    }
    if (t.level == 1 && next && *next <= now) {
      ++stats.followups;
      auto notes = store.notes_of_ticket(t.id);
      if (!notes) return notes.error();
      std::string latest;
      for (const auto& n : *notes)
        if (!n.internal) latest = n.text;
      next = now + config.followups.interval;
      if (auto s = queue_client_email(store, config,
                                      compose_client_update(UpdateKind::kFollowup, t, latest, *next, templates, config, calendar, now),
                                      "followup", now);
          !s)
        return s.error();
    }
    if (auto s = store.set_ticket_timers(t.id, next, warned, breached); !s) return s.error();
    if (auto s = (*tx)->commit(); !s) return s.error();
  }
  return stats;
}

}  // namespace billet::daemon
