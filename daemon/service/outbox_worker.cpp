#include "daemon/service/outbox_worker.h"

#include <spdlog/spdlog.h>

#include "daemon/service/health.h"

namespace billet::daemon {

DeliveryStats drain_outbox(storage::Store& store, MailSender& sender, const OutboxPolicy& policy, const Clock& clock,
                           spdlog::logger& log, const std::atomic<bool>* stop, AcceptedUnrecorded* accepted) {
  DeliveryStats total;
  AcceptedUnrecorded local;
  if (!accepted) accepted = &local;
  while (!(stop && stop->load())) {
    const DeliveryStats round = deliver_due_emails(store, sender, policy, clock, log, stop, accepted);
    total.sent += round.sent;
    total.retried += round.retried;
    total.failed += round.failed;
    if (round.sent + round.failed == 0 || round.retried > 0) break;
  }
  return total;
}

OutboxWorker::OutboxWorker(std::unique_ptr<storage::Store> store, std::unique_ptr<MailSender> sender, OutboxPolicy policy,
                           const Clock& clock, spdlog::logger& log, HealthState* health)
    : store_(std::move(store)), sender_(std::move(sender)), policy_(policy), clock_(clock), log_(log), health_(health) {
  thread_ = std::thread([this] { run(); });
}

OutboxWorker::~OutboxWorker() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_.store(true);
  }
  cv_.notify_all();
  thread_.join();
}

void OutboxWorker::wake() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    woken_ = true;
  }
  cv_.notify_all();
}

void OutboxWorker::run() {
  while (!stop_.load()) {
    const DeliveryStats delivered = drain_outbox(*store_, *sender_, policy_, clock_, log_, &stop_, &accepted_);
    if (health_ && delivered.retried + delivered.failed > 0)
      health_->smtp_errors(static_cast<uint64_t>(delivered.retried + delivered.failed));
    auto pending = store_->count_emails(storage::OutboxStatus::kPending);
    const auto period = pending && *pending == 0 ? kIdleCheck : kRetryCheck;
    std::unique_lock<std::mutex> lock(mutex_);
    cv_.wait_for(lock, period, [this] { return woken_ || stop_.load(); });
    woken_ = false;
  }
}

}  // namespace billet::daemon
