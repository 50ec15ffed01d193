// billetctl note / level / resolve: agent actions, recorded with their author.
#include <pwd.h>
#include <unistd.h>

#include <iostream>

#include "daemon/agent_actions.h"
#include "tools/commands.h"

namespace billet::tools {

std::string os_user() {
  if (const passwd* pw = getpwuid(geteuid())) return pw->pw_name;
  return "uid " + std::to_string(geteuid());
}

int run_agent_action(const AgentOptions& options) {
  const std::string who = "billetctl " + options.action;
  auto config = daemon::load_config(options.store.config_file);
  if (!config) {
    std::cerr << who << ": " << config.error().message << "\n";
    return 1;
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
  auto before = (*store)->emails_of_ticket(options.id);
  const size_t emails_before = before ? before->size() : 0;
  daemon::AgentContext ctx{**store, *config, *calendar, *templates, clock, options.as.empty() ? os_user() : options.as};
  Status done = Error{"usage.action", "unknown action"};
  if (options.action == "note") done = daemon::add_progress_note(ctx, options.id, options.text, options.internal);
  else if (options.action == "level") done = daemon::change_level(ctx, options.id, options.level, options.text);
  else if (options.action == "resolve") done = daemon::resolve_ticket(ctx, options.id, options.text);
  if (!done) {
    std::cerr << who << ": " << done.error().message << "\n";
    return done.error().code.rfind("usage.", 0) == 0 ? 2 : 1;
  }
  std::cout << "ticket #" << options.id << ": " << options.action << " recorded (by " << ctx.author << ")\n";
  // The action stands, but say so when the email it caused will not leave (rate limit, robot
  // or own address): exit 3, so that scripts and people notice the client was not told.
  auto after = (*store)->emails_of_ticket(options.id);
  if (after)
    for (size_t i = emails_before; i < after->size(); ++i)
      if ((*after)[i].status == "suppressed") {
        std::cerr << who << ": the " << (*after)[i].kind << " email to " << (*after)[i].recipient
                  << " was NOT sent: " << (*after)[i].last_error << "\n";
        return 3;
      }
  return 0;
}

}  // namespace billet::tools
