// billetd: the email-to-ticket service. Thin: options, logging, signals; the work is in daemon/.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <csignal>
#include <iostream>

#include "daemon/config.h"
#include "daemon/notifier.h"
#include "daemon/service/journal_sink.h"
#include "daemon/service/runtime.h"
#include "daemon/service/service.h"

namespace {

std::atomic<bool> g_stop{false};
std::atomic<bool> g_reload{false};

extern "C" void on_stop_signal(int) { g_stop.store(true); }
extern "C" void on_reload_signal(int) { g_reload.store(true); }

int check_config(const std::string& path) {
  auto runtime = billet::daemon::load_runtime(path);
  if (!runtime) {
    std::cerr << runtime.error().message << "\n";
    return 1;
  }
  const billet::daemon::Config& config = (*runtime)->config;
  std::cout << path << ": OK (" << config.mailboxes.size() << " mailbox(es), database " << config.database << ")\n";
  return 0;
}

// To the journal when systemd gave us one (JOURNAL_STREAM), else to stderr.
std::shared_ptr<spdlog::logger> make_logger() {
  if (std::getenv("JOURNAL_STREAM"))
    return std::make_shared<spdlog::logger>("billetd", std::make_shared<billet::daemon::JournalSink>());
  auto log = spdlog::stderr_color_mt("billetd");
  log->set_pattern("%Y-%m-%dT%H:%M:%S%z %^%l%$ %v");
  return log;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"billetd: turns support email into tickets (IMAP -> parse -> classify -> store)"};
  std::string config_path = "/etc/billetd/billetd.toml";
  std::string check_path;
  bool once = false;
  app.add_option("-c,--config", config_path, "configuration file")->capture_default_str();
  app.add_option("--check-config", check_path, "validate a configuration file and exit (errors with their line)");
  app.add_flag("--once", once, "one pass over every mailbox, then exit (cron, tests, demo)");
  app.set_version_flag("--version", std::string("billetd ") + BILLETD_VERSION);
  CLI11_PARSE(app, argc, argv);

  if (!check_path.empty()) return check_config(check_path);

  // Before the configuration and rules load (a second or more under a sanitizer): a stop asked
  // meanwhile ends the service cleanly (exit 0) as soon as it starts, instead of killing it.
  std::signal(SIGTERM, on_stop_signal);
  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGHUP, on_reload_signal);
  std::signal(SIGPIPE, SIG_IGN);
  // Past a file-size limit (ulimit -f, LimitFSIZE=) a write fails with EFBIG instead of killing
  // billetd: the store reports "db.full" and the message that did not fit is kept header-only.
  std::signal(SIGXFSZ, SIG_IGN);
  auto log = make_logger();
  auto loaded = billet::daemon::load_runtime(config_path);
  if (!loaded) {
    log->critical("configuration rejected:\n{}", loaded.error().message);
    return 2;
  }
  log->set_level(spdlog::level::from_str((*loaded)->config.log_level));

  const billet::SystemClock clock;
  billet::daemon::Notifier& notifier = billet::daemon::systemd_notifier();
  // The running Runtime is replaced only by one that loaded whole: a reload with a broken file
  // keeps every part of the current one (rules, templates, calendar and secrets included).
  std::unique_ptr<const billet::daemon::Runtime> current = std::move(*loaded);
  while (true) {
    const int rc = billet::daemon::run_service(*current, billet::daemon::RunOptions{once, &g_reload, &notifier}, clock, *log, g_stop);
    if (rc != billet::daemon::kReloadRequested) return rc;
    g_reload.store(false);
    notifier.reloading();
    auto fresh = billet::daemon::load_runtime(config_path);
    if (!fresh) {
      log->error("reload rejected; the running configuration stays in force:\n{}", fresh.error().message);
      continue;
    }
    current = std::move(*fresh);
    log->set_level(spdlog::level::from_str(current->config.log_level));
    log->info("configuration, rules and templates reloaded from {}", config_path);
  }
}
