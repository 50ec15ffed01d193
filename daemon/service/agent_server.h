#pragma once
// The agents' door into billetd: a local socket on which billetctl (and later the web console)
// asks for an action on a ticket. Who asks is what the kernel says of the connecting process
// (SO_PEERCRED), never what the client claims: agents need no write access to the database, and
// cannot act under another name. Roles come from system groups:
//   agents_group            tickets
//   customer_service_group  complaints
//   leads_group             both
// root and billetd's own user may do anything and name another author ("as": scripts, imports).
// One request per connection, one connection at a time; a request is at most 64 KiB and must
// arrive within 5 s.
#include <sys/types.h>

#include <functional>
#include <memory>
#include <string>

#include "common/clock.h"
#include "common/result.h"
#include "daemon/agent_actions.h"
#include "daemon/config.h"
#include "daemon/mail/client_update.h"
#include "triage/calendar.h"

namespace spdlog {
class logger;
}

namespace billet::daemon {

struct AgentIdentity {
  std::string name;  // the system user name
  bool admin = false;
  bool tickets = false;
  bool complaints = false;
};

// The identity of the process with `uid`: error "agent.unknown_user" when the system has no such
// user, "agent.not_allowed" when it is in none of the groups.
Result<AgentIdentity> identify_agent(uid_t uid, const AgentsConfig& agents);

class AgentServer {
 public:
  virtual ~AgentServer() = default;  // stops the thread and removes the socket
};

struct AgentServerParts {
  const Config& config;
  const triage::BusinessCalendar& calendar;
  const UpdateTemplates& templates;
  const Clock& clock;
  spdlog::logger& log;
  std::function<void()> on_committed;  // an action queued an email (wake the outbox); may be empty
};

// Listens on config.agents.socket (an existing socket file there is replaced) with its own
// database connection. Error "agent.socket" when it cannot listen.
Result<std::unique_ptr<AgentServer>> start_agent_server(AgentServerParts parts);

// billetctl's side: sends `request` (as `as`, honoured for admins only) and returns billetd's answer.
struct AgentReply {
  Status done = ok_status();  // the action's error, with its code, when it failed
  std::string author;         // who it was recorded as
  std::string not_sent;       // as AgentOutcome::not_sent
};
// Error "agent.unreachable" when nothing listens at `socket_path`.
Result<AgentReply> ask_agent_server(const std::string& socket_path, const AgentRequest& request, const std::string& as);

}  // namespace billet::daemon
