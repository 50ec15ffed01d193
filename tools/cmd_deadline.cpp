#include <iostream>

#include "tools/commands.h"
#include "triage/deadline.h"

namespace billet::tools {

int run_deadline(const DeadlineOptions& options) {
  const auto settings = load_triage_settings(options.config_file);
  if (!settings) {
    std::cerr << "billetctl deadline: " << settings.error().message << "\n";
    return 1;
  }
  if (options.level < 1 || options.level > 4) {
    std::cerr << "billetctl deadline: --level must be 1, 2, 3 or 4\n";
    return 2;
  }
  const auto received = triage::parse_iso8601(options.received, settings->calendar);
  if (!received) {
    std::cerr << "billetctl deadline: --received: " << received.error().message << "\n";
    return 2;
  }
  const auto kind = options.kind == "complaint" ? triage::Kind::kComplaint : triage::Kind::kTicket;
  const auto d = triage::compute_due(settings->deadlines, settings->calendar, kind, options.level, *received, options.client);
  std::cout << settings->calendar.iso_local(d.due) << "\n";
  if (options.verbose)
    std::cerr << "plan: " << d.plan << ", target: " << d.target.count() << " min, due "
              << settings->calendar.french_local(d.due) << "\n";
  return 0;
}

}  // namespace billet::tools
