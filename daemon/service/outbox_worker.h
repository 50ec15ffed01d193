#pragma once
// The outbox delivered on its own thread: a slow or stalled SMTP server never holds up ingestion,
// and acknowledgements leave while a backlog is still being ingested (issue 16: ack latency).
// The worker owns its own Store (its own SQLite connection) and MailSender. wake() and the
// destructor may be called from any thread; everything else runs on the worker's thread.
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "common/clock.h"
#include "daemon/net/mail_sender.h"
#include "daemon/outbox.h"
#include "storage/store.h"

namespace spdlog {
class logger;
}

namespace billet::daemon {

class HealthState;

class OutboxWorker {
 public:
  // Starts the thread. `clock`, `log` and `health` (may be null) must outlive the worker.
  OutboxWorker(std::unique_ptr<storage::Store> store, std::unique_ptr<MailSender> sender, OutboxPolicy policy,
               const Clock& clock, spdlog::logger& log, HealthState* health);
  // Stops after the email being sent, if any (bounded by the SMTP timeouts), and joins.
  ~OutboxWorker();
  OutboxWorker(const OutboxWorker&) = delete;
  OutboxWorker& operator=(const OutboxWorker&) = delete;

  // An email was committed to the outbox: deliver now rather than at the next check.
  void wake();

  // How often the worker looks at the outbox without being woken: emails queued by another
  // process (billetctl) and retries that come due. One query per period, never a busy loop.
  static constexpr std::chrono::milliseconds kIdleCheck{5000};
  static constexpr std::chrono::milliseconds kRetryCheck{1000};

 private:
  void run();

  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<MailSender> sender_;
  const OutboxPolicy policy_;
  const Clock& clock_;
  spdlog::logger& log_;
  HealthState* health_;
  std::mutex mutex_;
  std::condition_variable cv_;
  bool woken_ = false;
  std::atomic<bool> stop_{false};
  AcceptedUnrecorded accepted_;  // worker thread only
  std::thread thread_;
};

// Delivers rounds of due emails until none is due, a round had to postpone one (the server is in
// trouble: the rest waits for its backoff), or `stop`. Returns the totals.
DeliveryStats drain_outbox(storage::Store& store, MailSender& sender, const OutboxPolicy& policy, const Clock& clock,
                           spdlog::logger& log, const std::atomic<bool>* stop, AcceptedUnrecorded* accepted = nullptr);

}  // namespace billet::daemon
