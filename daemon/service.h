#pragma once
// billetd's main loop: polls every mailbox on its interval, backs off (capped, exponential) from
// a mailbox whose server fails while the others keep working, and stops between messages when
// asked. Single-threaded.
#include <atomic>
#include <memory>

#include "common/clock.h"
#include "daemon/config.h"

namespace spdlog {
class logger;
}

namespace billet::daemon {

struct RunOptions {
  bool once = false;  // one pass over every mailbox, then return
};

// Returns the process exit code: 0, or 1 when `once` and a mailbox failed, or 2 when the store,
// rules or calendar cannot be opened.
int run_service(const Config& config, const RunOptions& options, const Clock& clock, spdlog::logger& log,
                const std::atomic<bool>& stop);

// The delay before retry number `failures` (1-based): initial * 2^(failures-1), at most `max`.
std::chrono::seconds backoff_delay(int failures, std::chrono::seconds initial, std::chrono::seconds max);

}  // namespace billet::daemon
