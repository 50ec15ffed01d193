#pragma once
// `billetd --once` in-process: loads `config_path` and runs one pass over every mailbox, its log
// captured into `log_text` when given. Returns run_service's exit code (-1: the config failed).
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <sstream>
#include <string>

#include "daemon/config.h"
#include "daemon/service/service.h"

namespace billet::testing {

inline int run_once(const std::string& config_path, std::string* log_text = nullptr) {
  auto config = daemon::load_config(config_path);
  EXPECT_TRUE(config.ok()) << (config.ok() ? "" : config.error().message);
  if (!config) return -1;
  std::ostringstream captured;
  spdlog::logger log("test", std::make_shared<spdlog::sinks::ostream_sink_mt>(captured));
  std::atomic<bool> stop{false};
  const SystemClock clock;
  const int rc = daemon::run_service(*config, daemon::RunOptions{true}, clock, log, stop);
  if (log_text) *log_text = captured.str();
  return rc;
}

}  // namespace billet::testing
