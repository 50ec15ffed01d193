#pragma once
// Due times (policy.md section 3): levels 1-2 run 24/7 from reception, levels 3-4 consume the
// client's plan hours, complaints get their own target on the base plan's clock.
#include <array>
#include <chrono>
#include <string>
#include <vector>

#include "triage/kind.h"
#include "triage/calendar.h"

namespace billet::triage {


struct LevelTarget {
  std::string name_fr;  // « Urgence — Majeure »
  std::string name_en;  // "Emergency — Major"
  std::chrono::minutes target{0};
  bool round_the_clock = false;  // 24/7, else plan hours
};

struct DeadlinePolicy {
  std::array<LevelTarget, 4> levels;                 // index: level - 1
  std::chrono::minutes complaint_target{16 * 60};    // on the base plan's clock
  Plan base = Plan::base();
  std::vector<Plan> plans;                           // extended plans, matched by client

  static DeadlinePolicy defaults();  // the numbers of policy.md
  const LevelTarget& level(int level) const { return levels.at(static_cast<size_t>(level - 1)); }
  // The plan covering `client_address` (exact address first, then its domain), else the base plan.
  const Plan& plan_for(const std::string& client_address) const;
};

struct Deadline {
  TimePoint due;
  std::string plan;            // the plan whose hours were used ("24/7" for round-the-clock targets)
  std::chrono::minutes target; // the target that applied
};

// `level` 1..4. A complaint whose level is 1 or 2 (it reports an outage) keeps its level's 24/7
// target when that is sooner than the complaint target: an outage never waits two business days.
Deadline compute_due(const DeadlinePolicy& policy, const BusinessCalendar& calendar, Kind kind, int level,
                     TimePoint received, const std::string& client_address);

// How far a due time is from `now`, for people: « dans 25 min », « en retard de 2 h 10 » (fr) or
// "in 25 min", "2 h 10 late" (en); days past 48 hours ("3 j" / "3 d").
std::string relative_due(TimePoint due, TimePoint now, const std::string& language = "fr");

}  // namespace billet::triage
