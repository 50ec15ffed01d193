#include "triage/deadline.h"

#include <algorithm>

#include "common/ascii.h"

namespace billet::triage {

DeadlinePolicy DeadlinePolicy::defaults() {
  using std::chrono::minutes;
  DeadlinePolicy p;
  p.levels = {LevelTarget{"Urgence — Majeure", "Emergency — Major", minutes{30}, true},
              LevelTarget{"Urgence — Important", "Emergency — Important", minutes{60}, true},
              LevelTarget{"Non urgent — Mineure", "Non-urgent — Minor", minutes{3 * 60}, false},
              LevelTarget{"Non urgent — Non prioritaire", "Non-urgent — Low priority", minutes{8 * 60}, false}};
  return p;
}

const Plan& DeadlinePolicy::plan_for(const std::string& client_address) const {
  const std::string address = ascii_lower(client_address);
  const size_t at = address.rfind('@');
  const std::string domain = at == std::string::npos ? std::string() : address.substr(at + 1);
  for (const Plan& plan : plans)
    if (std::find(plan.clients.begin(), plan.clients.end(), address) != plan.clients.end()) return plan;
  if (!domain.empty())
    for (const Plan& plan : plans)
      if (std::find(plan.clients.begin(), plan.clients.end(), domain) != plan.clients.end()) return plan;
  return base;
}

Deadline compute_due(const DeadlinePolicy& policy, const BusinessCalendar& calendar, Kind kind, int level,
                     TimePoint received, const std::string& client_address) {
  const LevelTarget& target = policy.level(level);
  Deadline by_level;
  if (target.round_the_clock) {
    by_level = {received + target.target, "24/7", target.target};
  } else {
    const Plan& plan = policy.plan_for(client_address);
    by_level = {calendar.add_business_time(received, target.target, plan), plan.name, target.target};
  }
  if (kind == Kind::kTicket) return by_level;
  Deadline complaint{calendar.add_business_time(received, policy.complaint_target, policy.base), policy.base.name,
                     policy.complaint_target};
  if (target.round_the_clock && by_level.due < complaint.due) return by_level;
  return complaint;
}

namespace {

std::string duration_words(std::chrono::seconds s, bool fr) {
  const long minutes = static_cast<long>(s.count() / 60);
  if (minutes < 60) return std::to_string(minutes) + " min";
  if (minutes < 48 * 60) return std::to_string(minutes / 60) + " h" + (minutes % 60 ? " " + std::to_string(minutes % 60) : "");
  return std::to_string(minutes / (24 * 60)) + (fr ? " j" : " d");
}

}  // namespace

std::string relative_due(TimePoint due, TimePoint now, const std::string& language) {
  const bool fr = language != "en";
  if (due >= now) return (fr ? "dans " : "in ") + duration_words(due - now, fr);
  return fr ? "en retard de " + duration_words(now - due, fr) : duration_words(now - due, fr) + " late";
}

}  // namespace billet::triage
