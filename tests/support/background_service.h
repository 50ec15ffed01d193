#pragma once
// billetd's daemon loop (run_service, not --once) on a thread of the test, with its log captured.
// stop() (or the destructor) asks it to stop and joins it.
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <sstream>
#include <string>
#include <thread>

#include "common/clock.h"
#include "daemon/config.h"
#include "daemon/notifier.h"
#include "daemon/service/service.h"

namespace billet::testing {

class BackgroundService {
 public:
  explicit BackgroundService(daemon::Config config, daemon::Notifier* notifier = nullptr)
      : config_(std::move(config)), notifier_(notifier) {
    thread_ = std::thread(
        [this] { rc_ = daemon::run_service(config_, daemon::RunOptions{false, nullptr, notifier_}, clock_, log_, stop_); });
  }
  ~BackgroundService() { stop(); }
  BackgroundService(const BackgroundService&) = delete;
  BackgroundService& operator=(const BackgroundService&) = delete;

  // run_service's exit code.
  int stop() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    return rc_;
  }
  // What it logged so far (whole after stop()).
  std::string log() const { return captured_.str(); }

 private:
  daemon::Config config_;
  daemon::Notifier* notifier_;
  std::ostringstream captured_;
  spdlog::logger log_{"test", std::make_shared<spdlog::sinks::ostream_sink_mt>(captured_)};
  std::atomic<bool> stop_{false};
  const SystemClock clock_;
  int rc_ = -1;
  std::thread thread_;
};

}  // namespace billet::testing
