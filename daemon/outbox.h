#pragma once
// The sender loop: delivers due outbox emails once each. An email is marked sent right after the
// server accepts it; a crash in between (milliseconds) is the only window in which it could be
// sent twice on restart -- SMTP has no way to ask a server whether it already has a message.
// 4xx and network errors are retried with capped exponential backoff; 5xx is final.
#include <atomic>
#include <map>

#include "common/clock.h"
#include "daemon/net/mail_sender.h"
#include "storage/store.h"

namespace spdlog {
class logger;
}

namespace billet::daemon {

struct OutboxPolicy {
  std::chrono::seconds backoff_initial{30};
  std::chrono::seconds backoff_max{900};
  int max_attempts = 1000;
  std::chrono::hours give_up_after{48};  // a temporary failure is final once the email is this old
};

struct DeliveryStats {
  int sent = 0, retried = 0, failed = 0;
};

// Emails the SMTP server accepted but that could not be recorded as sent (the database locked or
// down right after the 250): never handed to SMTP again by this process; recording is retried at
// every round. Owned by the caller across rounds (the outbox worker keeps one for its life).
struct AcceptedUnrecorded {
  std::map<int64_t, int> attempts_by_email;
};

DeliveryStats deliver_due_emails(storage::Store& store, MailSender& sender, const OutboxPolicy& policy, const Clock& clock,
                                 spdlog::logger& log, const std::atomic<bool>* stop = nullptr,
                                 AcceptedUnrecorded* accepted = nullptr);

}  // namespace billet::daemon
