#pragma once
// billetd's main loop: polls every mailbox on its interval, backs off (capped, exponential) from
// a mailbox whose server fails while the others keep working, and stops between messages when
// asked. Single-threaded.
#include <atomic>
#include <functional>
#include <memory>

#include "common/clock.h"
#include "daemon/config.h"
#include "daemon/net/idle_watcher.h"
#include "daemon/net/mail_source.h"

namespace spdlog {
class logger;
}
namespace billet::storage {
class Store;
}

namespace billet::daemon {

class Notifier;

struct RunOptions {
  bool once = false;                           // one pass over every mailbox, then return
  const std::atomic<bool>* reload = nullptr;   // when it becomes true: return kReloadRequested
  Notifier* notifier = nullptr;                // systemd READY/STATUS/WATCHDOG; null: none
};

// run_service's return when `reload` was raised (SIGHUP): the caller validates the new
// configuration and runs again, with the old one if the new one is invalid.
constexpr int kReloadRequested = 3;

struct Runtime;
class HealthState;
class MailSender;
class OutboxWorker;

// What the main loop works with, handed to it: run_service builds the real ones (SQLite, IMAP,
// SMTP, the outbox thread); tests hand in fakes and run the loop in-process.
struct ServiceParts {
  const Runtime& runtime;
  storage::Store& store;
  MailSender* sender;    // --once drains the outbox with it after the passes; null: no sending here
  OutboxWorker* worker;  // the daemon's sending thread, woken when emails are queued; may be null
  HealthState& health;
  // A mailbox's mail source and IDLE watcher (null function: no IDLE).
  std::function<std::unique_ptr<MailSource>(const ImapSettings&)> open_source = default_mail_source;
  std::function<std::unique_ptr<ChangeWatcher>(const ImapSettings&)> open_watcher = default_change_watcher;

  static std::unique_ptr<MailSource> default_mail_source(const ImapSettings& settings);
  static std::unique_ptr<ChangeWatcher> default_change_watcher(const ImapSettings& settings);
};

// The loop alone: polls every mailbox (backoff per failing one), runs the timers, drains or wakes
// the outbox, talks to systemd; returns as run_service does.
int run_loop(ServiceParts& parts, const RunOptions& options, const Clock& clock, spdlog::logger& log,
             const std::atomic<bool>& stop);

// Returns the process exit code: 0, or 1 when `once` and a mailbox failed, or 2 when the store
// cannot be opened or locked, or kReloadRequested. Reads no configuration file: everything comes
// from `runtime`, which must outlive the call.
int run_service(const Runtime& runtime, const RunOptions& options, const Clock& clock, spdlog::logger& log,
                const std::atomic<bool>& stop);

// Loads what `config` names (make_runtime) and runs it; 2 when that fails. For tests and tools.
int run_service(const Config& config, const RunOptions& options, const Clock& clock, spdlog::logger& log,
                const std::atomic<bool>& stop);


}  // namespace billet::daemon
