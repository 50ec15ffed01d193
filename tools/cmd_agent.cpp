// billetctl note / level / resolve: agent actions, recorded with their author.
#include <pwd.h>
#include <unistd.h>

#include <iostream>

#include "common/error_codes.h"
#include "daemon/agent_actions.h"
#include "daemon/service/agent_server.h"
#include "tools/commands.h"

namespace billet::tools {

std::string os_user() {
  if (const passwd* pw = getpwuid(geteuid())) return pw->pw_name;
  return "uid " + std::to_string(geteuid());
}

namespace {

// The exit code of an action that was recorded: 3 when an email it caused will not leave.
int report_recorded(const AgentOptions& options, const std::string& author, const std::string& not_sent) {
  std::cout << "ticket #" << options.id << ": " << options.action << " recorded (by " << author << ")\n";
  if (not_sent.empty()) return 0;
  // The action stands, but scripts and people must notice that the client was not told.
  std::cerr << "billetctl " << options.action << ": " << not_sent << "\n";
  return 3;
}

int report_error(const AgentOptions& options, const Error& e) {
  std::cerr << "billetctl " << options.action << ": " << e.message << "\n";
  switch (e.kind()) {
    case errc::ErrorKind::kUsage: return 2;
    case errc::ErrorKind::kNotAllowed: return 4;
    default: return 1;
  }
}

}  // namespace

int run_agent_action(const AgentOptions& options) {
  const std::string who = "billetctl " + options.action;
  auto config = daemon::load_config(options.store.config_file);
  if (!config) {
    std::cerr << who << ": " << config.error().message << "\n";
    return 1;
  }
  const daemon::AgentRequest request{options.action, options.id, options.text, options.internal, options.level};
  // Through billetd when it listens: who acts is what the kernel says of this process.
  if (!config->agents.socket.empty() && !options.direct) {
    auto reply = daemon::ask_agent_server(config->agents.socket, request, options.as);
    if (reply) {
      if (!reply->done) return report_error(options, reply->done.error());
      return report_recorded(options, reply->author, reply->not_sent);
    }
    if (reply.error().code != errc::kAgentUnreachable) return report_error(options, reply.error());
    std::cerr << who << ": " << reply.error().message << "; writing the database directly\n";
  }
  if (!options.store.database.empty()) config->database = options.store.database;
  storage::SqliteOptions existing_only;
  existing_only.create = false;
  auto store = storage::open_sqlite_store(config->database, existing_only);
  auto calendar = daemon::make_calendar(*config);
  auto templates = daemon::load_update_templates(config->acks.templates_dir);
  for (const Error* e : {store ? nullptr : &store.error(), calendar ? nullptr : &calendar.error(),
                         templates ? nullptr : &templates.error()})
    if (e) {
      std::cerr << who << ": " << e->message << "\n";
      return 1;
    }
  const SystemClock clock;
  daemon::AgentContext ctx{**store, *config, *calendar, *templates, clock, options.as.empty() ? os_user() : options.as};
  const daemon::AgentOutcome outcome = daemon::perform_agent_action(ctx, request);
  if (!outcome.done) return report_error(options, outcome.done.error());
  return report_recorded(options, ctx.author, outcome.not_sent);
}

}  // namespace billet::tools
