#pragma once
// The web console (billetweb): customer service and support agents read and work their queue in
// a browser. Same database and same agent actions as billetctl (daemon/agent_actions.h), acting
// under the name the console vouches for (its own accounts, storage/web_accounts.h). Roles:
// agent (tickets), service (complaints), lead (both), admin (accounts only, via billetctl user).
// Loopback by default; behind a TLS reverse proxy in production (docs/web-console.md).
#include <memory>
#include <string>

#include "common/clock.h"
#include "common/result.h"
#include "daemon/config.h"
#include "daemon/mail/client_update.h"
#include "triage/calendar.h"

namespace billet::web {

struct ConsoleParts {
  const daemon::Config& config;  // the database, the ticket tag, the mailboxes
  const triage::BusinessCalendar& calendar;
  const daemon::UpdateTemplates& templates;  // the emails agent actions send
  const Clock& clock;
};

struct ConsoleSettings {
  std::string listen = "127.0.0.1:8088";  // loopback unless told otherwise
  bool secure_cookie = true;              // Secure on the session cookie (false only for plain-HTTP tests)
  std::string sso_header = "";            // with sso_proxy: the header naming the account a proxy signed in
  std::string sso_proxy = "";             // the only address whose sso_header is believed
  std::string tls_cert = "";              // PEM files: billetweb speaks HTTPS itself (else a proxy does)
  std::string tls_key = "";
};

class Console {
 public:
  virtual ~Console() = default;  // stops serving
  virtual int port() const = 0;
};

// Errors: "web.listen" (the address cannot be bound), "web.tls" (unusable certificate), database errors.
Result<std::unique_ptr<Console>> start_console(const ConsoleParts& parts, const ConsoleSettings& settings);

// Whether `role` may see and work items of kind `kind`.
bool role_may_work(const std::string& role, Kind kind);
bool valid_role(const std::string& role);

}  // namespace billet::web
