#pragma once
// Health and metrics over HTTP on a loopback address (off unless [health] listen is set):
// GET /healthz (per mailbox: last successful poll, failures; 503 when a mailbox is failing) and
// GET /metrics (Prometheus text format). The server runs on its own thread and reads the store
// through its own connection; HealthState is the only thing shared, under a mutex.
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "common/clock.h"
#include "common/result.h"

namespace billet::storage {
class TicketQueries;
}

namespace billet::daemon {

class HealthState {
 public:
  struct Mailbox {
    TimePoint last_success{};
    int consecutive_failures = 0;
    std::string last_error;  // the error's code ("imap.network"): /healthz is unauthenticated, the
                             // message (server URL, login) goes to the journal only
    uint64_t imap_errors = 0;
  };
  void poll_succeeded(const std::string& mailbox, TimePoint at);
  void poll_failed(const std::string& mailbox, const std::string& error_code);
  void smtp_errors(uint64_t count);
  std::map<std::string, Mailbox> mailboxes() const;
  uint64_t smtp_errors() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, Mailbox> mailboxes_;
  uint64_t smtp_errors_ = 0;
};

class HealthServer {
 public:
  virtual ~HealthServer() = default;
};

// `listen`: "127.0.0.1:PORT" or "[::1]:PORT". Error "health.listen" for another address or a
// port that cannot be bound.
Result<std::unique_ptr<HealthServer>> start_health_server(const std::string& listen, const std::string& database,
                                                          const HealthState& state, const Clock& clock);

// The Prometheus text for `state` and the store at `database` (exposed for tests).
// From the server's own store connection; null: no database part.
std::string render_metrics(storage::TicketQueries* store, const HealthState& state);

}  // namespace billet::daemon
