// billetctl outbox: list, retry and cancel automatic emails.
#include <iostream>

#include "common/clock.h"
#include "tools/commands.h"

namespace billet::tools {

int run_outbox(const OutboxOptions& options) {
  const std::string who = "billetctl outbox " + options.action;
  auto store = open_store(options.store);
  if (!store) {
    std::cerr << who << ": " << store.error().message << "\n";
    return 1;
  }
  const SystemClock clock;
  if (options.action == "list") {
    auto emails = (*store)->emails_by_status(storage::outbox_status_from(options.status), options.limit);
    if (!emails) {
      std::cerr << who << ": " << emails.error().message << "\n";
      return 1;
    }
    for (const auto& e : *emails)
      std::cout << e.id << "  " << storage::to_string(e.status) << "  " << e.kind << "  #" << e.ticket_id.value_or(0) << "  " << e.recipient
                << "  created " << iso_utc(e.created_at) << "  attempts " << e.attempts
                << (e.last_error.empty() ? "" : "  last error: " + e.last_error) << "\n";
    std::cout << emails->size() << " email(s)\n";
    return 0;
  }
  const std::string by = os_user();
  const bool retry = options.action == "retry";
  auto changed = retry ? (*store)->retry_email(options.id, clock.now())
                       : (*store)->cancel_email(options.id, "cancelled by " + by);
  if (!changed) {
    std::cerr << who << ": " << changed.error().message << "\n";
    return 1;
  }
  if (!*changed) {
    std::cerr << who << ": email " << options.id
              << (retry ? " is not failed, suppressed or pending (a sent email is never sent again)"
                        : " is not pending")
              << "\n";
    return 2;
  }
  std::cout << "email " << options.id << (retry ? ": due again now (the running billetd sends it within seconds)"
                                                : ": cancelled, it will not be sent")
            << "\n";
  return 0;
}

}  // namespace billet::tools
