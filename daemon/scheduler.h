#pragma once
// Timers kept in the database, driven by the injected Clock (policy.md section 5): level 1
// follow-ups every interval while open, the team warned at escalation_percent of the target and
// again at the deadline, and the ticket marked breached. Each firing is one transaction with its
// email, so a timer survives restarts and never fires twice.
#include "common/clock.h"
#include "daemon/config.h"
#include "daemon/mail/client_update.h"
#include "storage/store.h"
#include "triage/calendar.h"

namespace spdlog {
class logger;
}

namespace billet::daemon {

struct TimerStats {
  int followups = 0, warnings = 0, breaches = 0;
};

Result<TimerStats> run_timers(storage::Store& store, const Config& config, const triage::BusinessCalendar& calendar,
                              const UpdateTemplates& templates, const Clock& clock, spdlog::logger& log);

}  // namespace billet::daemon
