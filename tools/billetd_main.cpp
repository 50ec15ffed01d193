// billetd: the email-to-ticket service. Thin: options, logging, signals; the work is in daemon/.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <csignal>
#include <iostream>

#include "daemon/config.h"
#include "daemon/service.h"
#include "daemon/templates.h"
#include "triage/rules.h"

namespace {

std::atomic<bool> g_stop{false};

extern "C" void on_stop_signal(int) { g_stop.store(true); }

int check_config(const std::string& path) {
  auto config = billet::daemon::load_config(path);
  if (!config) {
    std::cerr << config.error().message << "\n";
    return 1;
  }
  int problems = 0;
  if (auto rules = billet::triage::load_rules_file(config->rules_file); !rules) {
    std::cerr << rules.error().message << "\n";
    ++problems;
  }
  if (config->acks.enabled) {
    if (auto templates = billet::daemon::load_ack_templates(config->acks.templates_dir); !templates) {
      std::cerr << templates.error().message << "\n";
      ++problems;
    }
  }
  if (auto smtp = billet::daemon::read_smtp_password(config->smtp); !smtp) {
    std::cerr << smtp.error().message << "\n";
    ++problems;
  }
  for (const auto& m : config->mailboxes) {
    if (auto p = billet::daemon::read_password(m); !p) {
      std::cerr << path << ":" << m.line << ": " << p.error().message << "\n";
      ++problems;
    }
  }
  if (problems) return 1;
  std::cout << path << ": OK (" << config->mailboxes.size() << " mailbox(es), database " << config->database << ")\n";
  return 0;
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

  auto log = spdlog::stderr_color_mt("billetd");
  log->set_pattern("%Y-%m-%dT%H:%M:%S%z %^%l%$ %v");
  auto config = billet::daemon::load_config(config_path);
  if (!config) {
    log->critical("configuration rejected:\n{}", config.error().message);
    return 2;
  }
  log->set_level(spdlog::level::from_str(config->log_level));

  std::signal(SIGTERM, on_stop_signal);
  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGPIPE, SIG_IGN);
  const billet::SystemClock clock;
  return billet::daemon::run_service(*config, billet::daemon::RunOptions{once}, clock, *log, g_stop);
}
