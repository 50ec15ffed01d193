#include "daemon/service/service.h"
#include "common/error_codes.h"

#include <spdlog/spdlog.h>

#include <poll.h>

#include <algorithm>
#include <optional>
#include <thread>
#include <vector>

#include "common/backoff.h"
#include "daemon/ingestor.h"
#include "daemon/net/idle_watcher.h"
#include "daemon/net/mail_sender.h"
#include "daemon/net/mail_source.h"
#include "daemon/notifier.h"
#include "daemon/outbox.h"
#include "daemon/scheduler.h"
#include "daemon/service/agent_server.h"
#include "daemon/service/health.h"
#include "daemon/service/idle_coalescer.h"
#include "daemon/service/instance_lock.h"
#include "daemon/service/outbox_worker.h"
#include "daemon/service/runtime.h"
#include "storage/store.h"
#include "triage/classifier.h"

namespace billet::daemon {
namespace {

constexpr std::chrono::milliseconds kIdleCoalesce{300};

struct MailboxRuntime {
  const MailboxConfig* config = nullptr;
  std::string password;  // from the Runtime; read again from its source after an auth failure
  std::unique_ptr<MailSource> source;
  std::unique_ptr<ChangeWatcher> watcher;  // IMAP IDLE, when enabled and working
  ImapSettings settings;
  int failures = 0;
  TimePoint next_poll{};
  IdleCoalescer idle_passes{kIdleCoalesce};  // IDLE-started passes, at most one per kIdleCoalesce
};

constexpr std::chrono::minutes kIdleRefresh{20};  // servers may end IDLE after 30 minutes

void refresh_idle(MailboxRuntime& mb, const ServiceParts& parts, spdlog::logger& log) {
  if (!mb.config->idle || !parts.open_watcher) return;
  if (mb.watcher && mb.watcher->socket() >= 0 && mb.watcher->age() < kIdleRefresh) return;
  if (!mb.watcher) mb.watcher = parts.open_watcher(mb.settings);
  if (auto s = mb.watcher->start(); !s) {
    log.info("mailbox {}: IMAP IDLE unavailable ({}); polling only", mb.config->name, s.error().message);
    mb.watcher.reset();
  }
}

// Waits until `until` or a stop request, waking early when an IDLE connection reports new mail
// (that mailbox is then due at once). Stop and reload requests are seen within kWakeup (SIGTERM
// well inside systemd's stop timeout); half a wakeup a second without mail, never a busy loop.
constexpr std::chrono::milliseconds kWakeup{2000};

void wait(std::vector<MailboxRuntime>& mailboxes, TimePoint until, const Clock& clock, const std::atomic<bool>& stop,
          const std::atomic<bool>* reload, Notifier* notifier, spdlog::logger& log) {
  while (!stop.load() && !(reload && reload->load()) && clock.now() < until) {
    if (notifier) notifier->watchdog();
    std::chrono::milliseconds hold = kWakeup;
    bool due = false;
    const auto steady_now = std::chrono::steady_clock::now();
    for (MailboxRuntime& mb : mailboxes)
      if (mb.idle_passes.due(steady_now, hold)) {
        mb.next_poll = clock.now();
        due = true;
      }
    if (due) return;
    std::vector<pollfd> fds;
    std::vector<MailboxRuntime*> owners;
    for (MailboxRuntime& mb : mailboxes)
      if (mb.watcher && mb.watcher->socket() >= 0) {
        fds.push_back({mb.watcher->socket(), POLLIN, 0});
        owners.push_back(&mb);
      }
    if (fds.empty()) {
      clock.sleep_for(std::min<std::chrono::milliseconds>(
          hold, std::chrono::duration_cast<std::chrono::milliseconds>(until - clock.now()) + std::chrono::milliseconds{1}));
      continue;
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - clock.now());
    const auto timeout = std::clamp(std::min(left, hold), std::chrono::milliseconds{1}, kWakeup);
    if (::poll(fds.data(), fds.size(), static_cast<int>(timeout.count())) <= 0) continue;
    for (size_t i = 0; i < fds.size(); ++i) {
      if (!fds[i].revents) continue;
      MailboxRuntime& mb = *owners[i];
      auto changed = mb.watcher->on_readable();
      if (!changed) {
        log.info("mailbox {}: IDLE connection lost ({}); polling until the next pass", mb.config->name,
                 changed.error().message);
        mb.watcher.reset();
      } else if (*changed) {
        log.debug("mailbox {}: IDLE reports new mail", mb.config->name);
        mb.idle_passes.notified();  // the top of the loop starts the pass once kIdleCoalesce has passed
      }
    }
  }
}

}  // namespace

std::unique_ptr<MailSource> ServiceParts::default_mail_source(const ImapSettings& settings) {
  return make_imap_source(settings);
}

std::unique_ptr<ChangeWatcher> ServiceParts::default_change_watcher(const ImapSettings& settings) {
  return make_idle_watcher(settings);
}

int run_service(const Config& config, const RunOptions& options, const Clock& clock, spdlog::logger& log,
                const std::atomic<bool>& stop) {
  auto runtime = make_runtime(config);
  if (!runtime) {
    log.critical("{}", runtime.error().message);
    return 2;
  }
  return run_service(**runtime, options, clock, log, stop);
}

// The real parts, built in the order their lifetimes need (instance lock, store, sender, health,
// worker, agent socket) and handed to run_loop: one list of wiring, kept in one piece on purpose.
int run_service(const Runtime& runtime, const RunOptions& options, const Clock& clock, spdlog::logger& log,
                const std::atomic<bool>& stop) {
  const Config& config = runtime.config;
  auto lock = InstanceLock::acquire(config.database);
  if (!lock) {
    log.critical("{}", lock.error().message);
    return 2;
  }
  auto store = storage::open_sqlite_store(config.database);
  if (!store) {
    log.critical("{}", store.error().message);
    return 2;
  }
  const triage::BusinessCalendar& calendar = runtime.calendar;
  const std::optional<UpdateTemplates>& update_templates = runtime.update_templates;
  // Raised when run_service returns (stop, reload, error): an email in progress on the worker's
  // thread is abandoned within about a second instead of holding the exit for the SMTP timeout.
  std::atomic<bool> abandon_sending{false};
  std::unique_ptr<MailSender> sender;
  if (!config.smtp.url.empty()) {
    SmtpSettings smtp{config.smtp.url, config.smtp.user, runtime.smtp_password, config.smtp.ca_file};
    smtp.token = runtime.smtp_token;
    if (config.smtp.oauth2) smtp.sasl_mechanism = config.smtp.oauth2->mechanism;
    smtp.abort = options.once ? &stop : &abandon_sending;
    sender = make_smtp_sender(std::move(smtp));
  } else if (config.acks.enabled) {
    log.warn("no [smtp] section: acknowledgements are queued in the outbox but not sent");
  }
  const OutboxPolicy outbox_policy{config.smtp.retry_initial, std::max(config.smtp.retry_max, config.smtp.retry_initial),
                                   config.smtp.max_attempts, std::chrono::hours{config.smtp.give_up_after_hours}};
  HealthState health;
  std::unique_ptr<HealthServer> health_server;
  if (!config.health_listen.empty()) {
    auto started = start_health_server(config.health_listen, config.database, health, clock);
    if (!started) {
      log.critical("{}", started.error().message);
      return 2;
    }
    health_server = std::move(*started);
    log.info("health and metrics on http://{}/healthz and /metrics", config.health_listen);
  }
  // The daemon delivers on the outbox worker's thread (its own database connection); --once drains
  // the outbox itself after the passes.
  std::unique_ptr<OutboxWorker> worker;
  if (sender && !options.once) {
    auto worker_store = storage::open_sqlite_store(config.database);
    if (!worker_store) {
      log.critical("{}", worker_store.error().message);
      return 2;
    }
    worker = std::make_unique<OutboxWorker>(std::move(*worker_store), std::move(sender), outbox_policy, clock, log, &health);
  }
  // Agents act through billetd (identity from the kernel), not by writing the database themselves.
  std::unique_ptr<AgentServer> agent_server;
  if (!config.agents.socket.empty() && update_templates && !options.once) {
    auto started = start_agent_server(AgentServerParts{config, calendar, *update_templates, clock, log,
                                                       [w = worker.get()] {
                                                         if (w) w->wake();
                                                       }});
    if (!started) log.error("agent socket: {} (billetctl note/level/resolve need direct database access)", started.error().message);
    else {
      agent_server = std::move(*started);
      log.info("agent actions on {}", config.agents.socket);
    }
  }
  struct RaiseOnExit {
    std::atomic<bool>& flag;
    ~RaiseOnExit() { flag = true; }  // runs before the worker is joined (declared after it)
  } abandon_on_exit{abandon_sending};
  ServiceParts parts{runtime, **store, sender.get(), worker.get(), health};
  return run_loop(parts, options, clock, log, stop);
}

// One pass over one mailbox: its connection made when needed, the pass, its health, its next
// poll (backoff after a failure; a refused login re-reads the password). False when the pass
// failed or left a message to retry.
static bool poll_mailbox(MailboxRuntime& mb, Ingestor& ingestor, ServiceParts& parts, const RunOptions& options,
                         const Clock& clock, spdlog::logger& log, const std::atomic<bool>& stop) {
  const Config& config = parts.runtime.config;
  HealthState& health = parts.health;
  if (!mb.source) {
    mb.settings = ImapSettings{mb.config->url, mb.config->user, mb.password, mb.config->ca_file,
                               mb.config->allow_plaintext};
    mb.settings.abort = &stop;
    mb.settings.max_message_bytes = static_cast<size_t>(config.max_message_mib) << 20;
    mb.settings.token = parts.runtime.mailbox_tokens.at(static_cast<size_t>(mb.config - config.mailboxes.data()));
    if (mb.config->oauth2) mb.settings.sasl_mechanism = mb.config->oauth2->mechanism;
    mb.source = parts.open_source(mb.settings);
  }
  mb.idle_passes.pass_started(std::chrono::steady_clock::now());
  Result<PassStats> pass = ingestor.poll(*mb.config, *mb.source, &stop);
  if (pass) {
    if (mb.failures > 0) log.info("mailbox {}: working again after {} failure(s)", mb.config->name, mb.failures);
    health.poll_succeeded(mb.config->name, clock.now());
    mb.failures = 0;
    mb.next_poll = clock.now() + config.poll_interval;
    if (pass->stored || pass->duplicates || pass->quarantined || pass->failed)
      log.info("mailbox {}: {} stored, {} duplicate(s), {} quarantined, {} to retry", mb.config->name, pass->stored,
               pass->duplicates, pass->quarantined, pass->failed);
    if (!options.once) refresh_idle(mb, parts, log);
    return pass->failed == 0;
  }
  ++mb.failures;
  health.poll_failed(mb.config->name, pass.error().code);
  const auto delay = backoff_delay(mb.failures, config.backoff_initial, config.backoff_max);
  mb.next_poll = clock.now() + delay;
  log.error("mailbox {}: {} (failure {}; next try in {} s)", mb.config->name, pass.error().message, mb.failures,
            delay.count());
  if (pass.error().code == errc::kImapAuth && !mb.config->oauth2) {
    // A rotated password: take the new one from its source; an unreadable one keeps the old.
    if (auto fresh = read_password(*mb.config); fresh) mb.password = std::move(*fresh);
    mb.source.reset();
  }
  mb.watcher.reset();
  return false;
}

int run_loop(ServiceParts& parts, const RunOptions& options, const Clock& clock, spdlog::logger& log,
             const std::atomic<bool>& stop) {
  const Runtime& runtime = parts.runtime;
  const Config& config = runtime.config;
  const triage::BusinessCalendar& calendar = runtime.calendar;
  const std::optional<UpdateTemplates>& update_templates = runtime.update_templates;
  storage::Store& store = parts.store;
  HealthState& health = parts.health;
  OutboxWorker* worker = parts.worker;
  MailSender* sender = parts.sender;
  const OutboxPolicy outbox_policy{config.smtp.retry_initial, std::max(config.smtp.retry_max, config.smtp.retry_initial),
                                   config.smtp.max_attempts, std::chrono::hours{config.smtp.give_up_after_hours}};
  Ingestor ingestor(store, *runtime.classifier, calendar, config, clock, log);
  if (runtime.ack_templates) ingestor.enable_acknowledgements(&*runtime.ack_templates);
  if (worker) ingestor.on_email_committed([worker] { worker->wake(); });
  std::vector<MailboxRuntime> mailboxes;
  for (size_t i = 0; i < config.mailboxes.size(); ++i)
    mailboxes.push_back({&config.mailboxes[i], runtime.mailbox_passwords.at(i), nullptr, nullptr, {}, 0, clock.now(),
                         IdleCoalescer{kIdleCoalesce}});
  log.info("billetd started: {} mailbox(es), database {}", mailboxes.size(), config.database);

  if (options.notifier) {
    ingestor.on_progress([n = options.notifier] { n->watchdog(); });
    options.notifier->ready(std::to_string(mailboxes.size()) + " mailbox(es); first pass starting");
  }
  bool any_failed = false;
  bool announced = options.notifier != nullptr;
  auto reload_requested = [&] { return options.reload && options.reload->load(); };
  while (!stop.load() && !reload_requested()) {
    if (options.notifier) options.notifier->watchdog();
    for (MailboxRuntime& mb : mailboxes) {
      if (stop.load()) break;
      if (!options.once && clock.now() < mb.next_poll) continue;
      if (!poll_mailbox(mb, ingestor, parts, options, clock, log, stop)) any_failed = true;
    }
    if (update_templates && !stop.load()) {
      auto timers = run_timers(store, config, calendar, *update_templates, clock, log);
      if (!timers) log.error("timers: {}", timers.error().message);
      else if (worker && timers->followups + timers->warnings + timers->breaches > 0) worker->wake();
    }
    if (sender && !stop.load()) {
      const DeliveryStats delivered = drain_outbox(store, *sender, outbox_policy, clock, log, &stop);
      health.smtp_errors(static_cast<uint64_t>(delivered.retried + delivered.failed));
    }
    if (options.notifier) {
      int failing = 0;
      for (const MailboxRuntime& mb : mailboxes) failing += mb.failures > 0;
      const std::string status = std::to_string(mailboxes.size()) + " mailbox(es), " + std::to_string(failing) +
                                 " failing; last pass " + std::to_string(clock.now().time_since_epoch().count());
      if (!announced) options.notifier->ready(status);
      else options.notifier->status(status);
      announced = true;
    }
    if (options.once) break;
    // Sleep until the next mailbox is due, waking often enough to notice a stop request.
    TimePoint next = clock.now() + config.poll_interval;
    for (const MailboxRuntime& mb : mailboxes) next = std::min(next, mb.next_poll);
    wait(mailboxes, next, clock, stop, options.reload, options.notifier, log);
  }
  if (reload_requested()) return kReloadRequested;
  if (options.notifier) options.notifier->stopping();
  log.info("billetd stopping");
  return options.once && any_failed ? 1 : 0;
}

}  // namespace billet::daemon
