// billetweb: the web console. Reads billetd's configuration (the database, the calendar, the
// templates of the emails agent actions send) and serves [web] listen until SIGTERM/SIGINT.
// Holds no IMAP or SMTP credential: what it queues, billetd sends.
#include <signal.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>
#include <thread>

#include "daemon/service/runtime.h"
#include "web/console.h"

int main(int argc, char** argv) {
  CLI::App app{"billetd's web console"};
  std::string config_file = "/etc/billetd/billetd.toml";
  app.add_option("-c,--config", config_file, "billetd configuration")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);  // before any thread: only sigwait sees them

  auto runtime = billet::daemon::load_runtime(config_file);
  if (!runtime) {
    std::cerr << "billetweb: " << runtime.error().message << "\n";
    return 2;
  }
  const billet::daemon::Runtime& r = **runtime;
  if (!r.update_templates) {
    std::cerr << "billetweb: [acknowledgements] are disabled, so agent actions have no email templates\n";
    return 2;
  }
  static const billet::SystemClock clock;
  const billet::web::ConsoleParts parts{r.config, r.calendar, *r.update_templates, clock};
  auto console = billet::web::start_console(parts, {r.config.web_listen, r.config.web_secure_cookie, r.config.web_sso_header, r.config.web_sso_proxy,
                                                      r.config.web_tls_cert, r.config.web_tls_key});
  if (!console) {
    std::cerr << "billetweb: " << console.error().message << "\n";
    return 2;
  }
  std::cerr << "billetweb: serving " << (r.config.web_tls_cert.empty() ? "http" : "https") << "://" << r.config.web_listen
            << "/\n";
  int signal_number = 0;
  sigwait(&stop_signals, &signal_number);
  std::cerr << "billetweb: stopping\n";
  return 0;
}
