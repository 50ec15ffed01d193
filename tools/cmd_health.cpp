// billetctl health: each mailbox's state as billetd's /healthz reports it ([health] listen), in
// words: "support: failing for 3 passes (oauth.grant), last success 10:42". Exit 0 when every
// mailbox works, 1 when one fails or billetd does not answer.
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <ctime>
#include <iostream>

#include "daemon/config.h"
#include "tools/commands.h"

namespace billet::tools {

int run_health(const HealthOptions& options) {
  auto config = daemon::load_config(options.config_file);
  if (!config) {
    std::cerr << "billetctl health: " << config.error().message << "\n";
    return 1;
  }
  if (config->health_listen.empty()) {
    std::cerr << "billetctl health: no [health] listen in " << options.config_file << "\n";
    return 2;
  }
  const auto address = daemon::parse_listen(config->health_listen);  // checked by load_config
  httplib::Client client(address->host, address->port);
  client.set_connection_timeout(5);
  client.set_read_timeout(5);
  const auto answer = client.Get("/healthz");
  if (!answer) {
    std::cerr << "billetctl health: billetd does not answer on " << config->health_listen << "\n";
    return 1;
  }
  const auto json = nlohmann::json::parse(answer->body, nullptr, false);
  if (!json.is_object() || !json.contains("mailboxes")) {
    std::cerr << "billetctl health: unexpected answer from " << config->health_listen << "\n";
    return 1;
  }
  bool failing = false;
  for (const auto& [name, m] : json["mailboxes"].items()) {
    const int failures = m.value("consecutive_failures", 0);
    const std::time_t last = m.value("last_success", 0LL);
    char when[32] = "never";
    if (last > 0) std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", std::localtime(&last));
    if (failures > 0) {
      failing = true;
      std::cout << name << ": failing for " << failures << " pass(es) (" << m.value("last_error", std::string()) << ")"
                << ", last success " << when << "\n";
    } else {
      std::cout << name << ": ok, last success " << when << "\n";
    }
  }
  return failing ? 1 : 0;
}

}  // namespace billet::tools
