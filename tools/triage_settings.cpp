#include "tools/commands.h"

namespace billet::tools {

Result<TriageSettings> load_triage_settings(const std::string& config_file) {
  if (!config_file.empty()) return Error{"config.todo", "--config is read once the daemon configuration exists"};
  auto holidays = triage::HolidayCalendar::named("quebec");
  if (!holidays) return holidays.error();
  auto calendar = triage::BusinessCalendar::create("America/Toronto", std::move(*holidays));
  if (!calendar) return calendar.error();
  return TriageSettings{std::move(*calendar), triage::DeadlinePolicy::defaults()};
}

}  // namespace billet::tools
