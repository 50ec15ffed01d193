// billetctl user add|passwd|disable|enable|list: accounts of the web console. Passwords are read
// from standard input (one line), never from the command line (ps would show them), and stored
// as argon2id hashes. Disabling keeps the account (and its name in the history).
#include <iostream>
#include <string>

#include "tools/commands.h"
#include "web/console.h"
#include "web/password.h"

namespace billet::tools {
namespace {

Result<std::string> password_from_stdin() {
  std::string line;
  if (!std::getline(std::cin, line)) return Error{"usage.password", "give the password on standard input"};
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
  return web::hash_password(line);
}

}  // namespace

int run_users(const UsersOptions& options) {
  const std::string who = "billetctl user " + options.action;
  auto store = open_store(options.store);
  if (!store) {
    std::cerr << who << ": " << store.error().message << "\n";
    return 1;
  }
  auto fail = [&](const Error& e) {
    std::cerr << who << ": " << e.message << "\n";
    return e.kind() == errc::ErrorKind::kUsage ? 2 : 1;
  };
  if (options.action == "list") {
    auto users = (*store)->web_users();
    if (!users) return fail(users.error());
    for (const auto& u : *users) std::cout << u.name << "\t" << u.role << (u.disabled ? "\tdisabled" : "") << "\n";
    return 0;
  }
  if (options.action == "add") {
    if (!web::valid_role(options.role)) return fail(Error{"usage.role", "the role is agent, service, lead or admin"});
    auto hash = password_from_stdin();
    if (!hash) return fail(hash.error());
    const SystemClock clock;
    if (auto added = (*store)->add_web_user({options.name, *hash, options.role, false, clock.now()}); !added)
      return fail(added.error());
    std::cout << "user " << options.name << " (" << options.role << ") added\n";
    return 0;
  }
  Result<bool> changed = false;
  if (options.action == "passwd") {
    auto hash = password_from_stdin();
    if (!hash) return fail(hash.error());
    changed = (*store)->set_web_password(options.name, *hash);
  } else {
    changed = (*store)->set_web_user_disabled(options.name, options.action == "disable");
  }
  if (!changed) return fail(changed.error());
  if (!*changed) return fail(Error{"ticket.unknown", "no user named " + options.name});
  std::cout << "user " << options.name << ": " << options.action << " done (sessions end at the next request)\n";
  return 0;
}

}  // namespace billet::tools
