#include "daemon/outbox.h"
#include "common/error_codes.h"

#include <thread>

#include <spdlog/spdlog.h>

#include "common/backoff.h"
#include "daemon/failpoint.h"

namespace billet::daemon {

namespace {

// Records `id` as sent, retrying a busy database briefly (the email is already delivered).
Status record_sent(storage::Store& store, int64_t id, int attempts, const Clock& clock) {
  Status s = store.mark_email_sent(id, attempts, clock.now());
  for (int retry = 0; !s && retry < 3; ++retry) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    s = store.mark_email_sent(id, attempts, clock.now());
  }
  return s;
}

}  // namespace

DeliveryStats deliver_due_emails(storage::Store& store, MailSender& sender, const OutboxPolicy& policy, const Clock& clock,
                                 spdlog::logger& log, const std::atomic<bool>* stop, AcceptedUnrecorded* accepted) {
  DeliveryStats stats;
  AcceptedUnrecorded local;
  if (!accepted) accepted = &local;
  for (auto it = accepted->attempts_by_email.begin(); it != accepted->attempts_by_email.end();) {
    if (store.mark_email_sent(it->first, it->second, clock.now())) {
      log.info("outbox: email {} accepted earlier is now recorded as sent", it->first);
      it = accepted->attempts_by_email.erase(it);
    } else {
      ++it;
    }
  }
  auto due = store.due_emails(clock.now(), 100);
  if (!due) {
    log.error("outbox: {}", due.error().message);
    return stats;
  }
  for (const storage::OutboxEmail& email : *due) {
    if (stop && stop->load()) break;
    if (accepted->attempts_by_email.count(email.id)) continue;  // delivered already: only unrecorded
    const int attempts = email.attempts + 1;
    failpoint("before-smtp");
    const Status sent = sender.send(email.envelope_from, email.recipient, email.raw);
    if (sent) {
      failpoint("after-smtp-accept");
      if (auto s = record_sent(store, email.id, attempts, clock); !s) {
        accepted->attempts_by_email[email.id] = attempts;
        log.error("outbox: email {} was accepted by the server but could not be recorded ({}); it will not be sent "
                  "again, recording is retried",
                  email.id, s.error().message);
      }
      log.info("outbox: {} #{} sent to {} ({})", email.kind, email.ticket_id.value_or(0), email.recipient, email.subject);
      ++stats.sent;
      continue;
    }
    const bool too_old = clock.now() - email.created_at >= policy.give_up_after;
    const bool permanent = sent.error().code == errc::kSmtpPermanent || attempts >= policy.max_attempts || too_old;
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
      if (sent.error().code == errc::kSmtpUnreachable) break;  // server down: the rest would fail alike this round
    }
  }
  return stats;
}

}  // namespace billet::daemon
