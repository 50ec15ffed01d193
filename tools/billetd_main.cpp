// billetd: the email-to-ticket service. Thin: options, logging, signals; the work is in daemon/.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <csignal>
#include <iostream>

#include "daemon/config.h"
#include "daemon/journal_sink.h"
#include "daemon/notifier.h"
#include "daemon/service.h"
#include "daemon/client_update.h"
#include "daemon/templates.h"
#include "triage/rules.h"

namespace {

std::atomic<bool> g_stop{false};
std::atomic<bool> g_reload{false};

extern "C" void on_stop_signal(int) { g_stop.store(true); }
extern "C" void on_reload_signal(int) { g_reload.store(true); }

// Everything billetd needs to start: the config, the rules, the templates, the secrets. Every
// problem is listed, one per line.
billet::Result<billet::daemon::Config> load_and_check(const std::string& path) {
  auto config = billet::daemon::load_config(path);
  if (!config) return config.error();
  std::string problems;
  auto add = [&](const std::string& p) { problems += (problems.empty() ? "" : "\n") + p; };
  if (auto rules = billet::triage::load_rules_file(config->rules_file); !rules) add(rules.error().message);
  if (config->acks.enabled) {
    if (auto t = billet::daemon::load_ack_templates(config->acks.templates_dir); !t) add(t.error().message);
    if (auto t = billet::daemon::load_update_templates(config->acks.templates_dir); !t) add(t.error().message);
  }
  if (auto smtp = billet::daemon::read_smtp_password(config->smtp); !smtp) add(smtp.error().message);
  for (const auto& m : config->mailboxes)
    if (auto p = billet::daemon::read_password(m); !p) add(path + ":" + std::to_string(m.line) + ": " + p.error().message);
  if (!problems.empty()) return billet::Error{"config.invalid", problems};
  return config;
}

int check_config(const std::string& path) {
  auto config = load_and_check(path);
  if (!config) {
    std::cerr << config.error().message << "\n";
    return 1;
  }
  std::cout << path << ": OK (" << config->mailboxes.size() << " mailbox(es), database " << config->database << ")\n";
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

  auto log = make_logger();
  auto config = load_and_check(config_path);
  if (!config) {
    log->critical("configuration rejected:\n{}", config.error().message);
    return 2;
  }
  log->set_level(spdlog::level::from_str(config->log_level));

  std::signal(SIGTERM, on_stop_signal);
  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGHUP, on_reload_signal);
  std::signal(SIGPIPE, SIG_IGN);
  const billet::SystemClock clock;
  billet::daemon::Notifier& notifier = billet::daemon::systemd_notifier();
  billet::daemon::Config current = std::move(*config);
  while (true) {
    const int rc = billet::daemon::run_service(current, billet::daemon::RunOptions{once, &g_reload, &notifier}, clock, *log, g_stop);
    if (rc != billet::daemon::kReloadRequested) return rc;
    g_reload.store(false);
    notifier.reloading();
    auto fresh = load_and_check(config_path);
    if (!fresh) {
      log->error("reload rejected; the running configuration stays in force:\n{}", fresh.error().message);
      continue;
    }
    current = std::move(*fresh);
    log->set_level(spdlog::level::from_str(current.log_level));
    log->info("configuration, rules and templates reloaded from {}", config_path);
  }
}
