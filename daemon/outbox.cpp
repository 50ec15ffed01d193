#include "daemon/outbox.h"

#include <spdlog/spdlog.h>

#include "daemon/failpoint.h"
#include "daemon/service.h"

namespace billet::daemon {

DeliveryStats deliver_due_emails(storage::Store& store, MailSender& sender, const OutboxPolicy& policy, const Clock& clock,
                                 spdlog::logger& log, const std::atomic<bool>* stop) {
  DeliveryStats stats;
  auto due = store.due_emails(clock.now(), 100);
  if (!due) {
    log.error("outbox: {}", due.error().message);
    return stats;
  }
  for (const storage::OutboxEmail& email : *due) {
    if (stop && stop->load()) break;
    const int attempts = email.attempts + 1;
    failpoint("before-smtp");
    const Status sent = sender.send(email.envelope_from, email.recipient, email.raw);
    if (sent) {
      failpoint("after-smtp-accept");
      if (auto s = store.mark_email_sent(email.id, attempts, clock.now()); !s)
        log.error("outbox: email {} was sent but could not be marked: {}", email.id, s.error().message);
      log.info("outbox: {} #{} sent to {} ({})", email.kind, email.ticket_id.value_or(0), email.recipient, email.subject);
      ++stats.sent;
      continue;
    }
    const bool permanent = sent.error().code == "smtp.permanent" || attempts >= policy.max_attempts;
    if (permanent) {
      (void)store.mark_email_failed(email.id, attempts, sent.error().message);
      if (email.ticket_id)
        (void)store.add_event(*email.ticket_id, clock.now(), "billetd", "email-failed",
                              email.kind + " to " + email.recipient + ": " + sent.error().message);
      log.error("outbox: {} to {} failed for good after {} attempt(s): {}", email.kind, email.recipient, attempts,
                sent.error().message);
      ++stats.failed;
    } else {
      const auto delay = backoff_delay(attempts, policy.backoff_initial, policy.backoff_max);
      (void)store.mark_email_retry(email.id, attempts, clock.now() + delay, sent.error().message);
      log.warn("outbox: {} to {} not sent ({}); retry {} in {} s", email.kind, email.recipient, sent.error().message,
               attempts, delay.count());
      ++stats.retried;
      if (sent.error().message.find("Couldn't connect") != std::string::npos) break;  // server down: stop this round
    }
  }
  return stats;
}

}  // namespace billet::daemon
