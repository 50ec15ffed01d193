#include <CLI/CLI.hpp>

#include "tools/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"billetctl: read and work billetd's tickets and complaints"};
  app.require_subcommand(1);

  billet::tools::ParseOptions parse;
  auto* parse_cmd = app.add_subcommand("parse", "Parse a message file (.eml) and print what billetd reads in it");
  parse_cmd->add_option("FILE", parse.file, "the raw message (RFC 5322)")->required();
  parse_cmd->add_flag("--json", parse.json, "print JSON instead of text");

  billet::tools::ClassifyOptions classify;
  classify.rules_file = BILLETD_DEFAULT_RULES;
  auto* classify_cmd = app.add_subcommand("classify", "Classify a message file: robot/bounce/message, level, and why");
  classify_cmd->add_option("FILE", classify.file, "the raw message (RFC 5322)")->required();
  classify_cmd->add_option("--rules", classify.rules_file, "the keyword rules file")->capture_default_str();
  classify_cmd->add_flag("--json", classify.json, "print JSON instead of text");
  classify_cmd->add_flag("--complaint", classify.complaint, "classify as a complaint (SAC@), not a ticket");

  billet::tools::RulesOptions rules;
  rules.rules_file = BILLETD_DEFAULT_RULES;
  auto* rules_cmd = app.add_subcommand("rules", "Check the keyword rules file, or test it on labelled mail");
  rules_cmd->require_subcommand(1);
  rules_cmd->add_option("--rules", rules.rules_file, "the keyword rules file")->capture_default_str();
  auto* rules_check_cmd = rules_cmd->add_subcommand("check", "Lint the rules: patterns that cannot mean what they say, duplicates, shadowed patterns, cues that never count");
  auto* rules_test_cmd = rules_cmd->add_subcommand("test", "Run the rules over folders of .eml with a labels.tsv: confusion matrix and every miss");
  rules_test_cmd->add_option("DIR", rules.dirs, "folders holding labels.tsv and the .eml files")->required();
  rules_test_cmd->add_flag("--rules-only", rules.rules_only, "leave the learned word weights ([learned]) out");
  auto* rules_fit_cmd = rules_cmd->add_subcommand(
      "fit", "Fit the learned word weights on labelled folders (for instance export-corrections' output) and write them");
  rules_fit_cmd->add_option("DIR", rules.dirs, "folders holding labels.tsv and the .eml files")->required();
  rules_fit_cmd->add_option("--out", rules.out, "the weights file to write (name it in the rules' [learned] weights)")->required();
  auto* rules_cv_cmd = rules_cmd->add_subcommand(
      "cross-validate", "Score each labelled folder with word weights fitted on the other folders only");
  rules_cv_cmd->add_option("DIR", rules.dirs, "two or more folders holding labels.tsv and the .eml files")->required();
  billet::tools::ExportCorrectionsOptions corrections;
  auto* export_cmd = rules_cmd->add_subcommand(
      "export-corrections", "Write every ticket whose level an agent changed as labelled mail (DIR/labels.tsv + .eml)");
  export_cmd->add_option("DIR", corrections.dir, "the folder to write")->required();

  billet::tools::DeadlineOptions deadline;
  auto* deadline_cmd = app.add_subcommand("deadline", "Print the due time of a ticket or complaint (ISO 8601, local offset)");
  deadline_cmd->add_option("--level", deadline.level, "urgency level")->required()->check(CLI::Range(1, 4));
  deadline_cmd->add_option("--received", deadline.received, "reception time, ISO 8601 (2026-11-27T15:00:00-05:00)")
      ->required();
  deadline_cmd->add_option("--kind", deadline.kind, "ticket or complaint")
      ->check(CLI::IsMember({"ticket", "complaint"}))
      ->capture_default_str();
  deadline_cmd->add_option("--client", deadline.client, "the client's address (selects the plan)");
  deadline_cmd->add_option("--config", deadline.config_file, "billetd config file (default: policy.md's defaults)");
  deadline_cmd->add_flag("-v,--verbose", deadline.verbose, "also say which plan and target applied");

  billet::tools::StoreOptions store;
  app.add_option("-c,--config", store.config_file, "billetd configuration (gives the database)")->capture_default_str();
  app.add_option("--db", store.database, "the SQLite database, instead of --config");

  billet::tools::OutboxOptions outbox;
  auto* outbox_cmd = app.add_subcommand("outbox", "Automatic emails: list, send again, cancel (admins)");
  outbox_cmd->require_subcommand(1);
  auto* outbox_list_cmd = outbox_cmd->add_subcommand("list", "Emails, newest first");
  outbox_list_cmd->add_option("--status", outbox.status, "pending, sent, failed or suppressed")
      ->check(CLI::IsMember({"pending", "sending", "sent", "failed", "suppressed"}));
  outbox_list_cmd->add_option("--limit", outbox.limit, "at most this many")->capture_default_str();
  auto* outbox_retry_cmd = outbox_cmd->add_subcommand("retry", "Send a failed or suppressed email again, now");
  outbox_retry_cmd->add_option("ID", outbox.id, "the email's number (outbox list)")->required();
  auto* outbox_cancel_cmd = outbox_cmd->add_subcommand("cancel", "Give up a pending email");
  outbox_cancel_cmd->add_option("ID", outbox.id, "the email's number (outbox list)")->required();

  billet::tools::ListOptions list;
  auto* list_cmd = app.add_subcommand("list", "List tickets and complaints, soonest due first");
  std::string list_kind;
  list_cmd->add_option("--kind", list_kind, "ticket or complaint")->check(CLI::IsMember({"ticket", "complaint"}));
  list_cmd->add_option("--status", list.filter.status, "open or resolved")->check(CLI::IsMember({"open", "resolved"}));
  list_cmd->add_option("--level", list.filter.level, "urgency level")->check(CLI::Range(1, 4));
  list_cmd->add_option("--mailbox", list.filter.mailbox, "mailbox name");
  list_cmd->add_option("--client", list.filter.client, "part of the client's address");
  list_cmd->add_option("--search", list.filter.text, "words of the subject or a message (by prefix, case and accents ignored)");
  list_cmd->add_flag("--breached", list.filter.breached_only, "only tickets past their due time");
  list_cmd->add_option("--limit", list.filter.limit, "at most this many rows")->capture_default_str();
  list_cmd->add_flag("--quarantine", list.quarantine, "list quarantined messages instead");
  list_cmd->add_flag("--review", list.review, "list messages kept for review instead (no usable sender, empty)");
  auto* json_flag = list_cmd->add_flag("--json", list.json, "print JSON");
  list_cmd->add_flag("--csv", list.csv, "print CSV (for spreadsheets)")->excludes(json_flag);

  billet::tools::ShowOptions show;
  auto* show_cmd = app.add_subcommand("show", "Show a ticket or complaint: thread, classification, history");
  show_cmd->add_option("ID", show.id, "ticket number")->required()->check(CLI::PositiveNumber);
  show_cmd->add_flag("--json", show.json, "print JSON");

  billet::tools::AgentOptions note;
  note.action = "note";
  auto* note_cmd = app.add_subcommand("note", "Add a progress note (emailed to the client unless --internal)");
  note_cmd->add_option("ID", note.id, "ticket number")->required()->check(CLI::PositiveNumber);
  note_cmd->add_option("TEXT", note.text, "the note")->required();
  note_cmd->add_flag("--internal", note.internal, "keep it for the team (not emailed)");
  note_cmd->add_option("--as", note.as, "author (default: your user name; through billetd only root and billetd may name another)");
  note_cmd->add_flag("--direct", note.direct, "write the database directly, not through billetd's agent socket (admins)");

  billet::tools::AgentOptions level;
  level.action = "level";
  auto* level_cmd = app.add_subcommand("level", "Change a ticket's level (due time recomputed, client told)");
  level_cmd->add_option("ID", level.id, "ticket number")->required()->check(CLI::PositiveNumber);
  level_cmd->add_option("LEVEL", level.level, "new level")->required()->check(CLI::Range(1, 4));
  level_cmd->add_option("--why", level.text, "why the level changes")->required();
  level_cmd->add_option("--as", level.as, "author (default: your user name; through billetd only root and billetd may name another)");
  level_cmd->add_flag("--direct", level.direct, "write the database directly, not through billetd's agent socket (admins)");

  billet::tools::AgentOptions resolve;
  resolve.action = "resolve";
  auto* resolve_cmd = app.add_subcommand("resolve", "Resolve a ticket and email the resolution notice");
  resolve_cmd->add_option("ID", resolve.id, "ticket number")->required()->check(CLI::PositiveNumber);
  resolve_cmd->add_option("--note", resolve.text, "what was done (in the notice)");
  resolve_cmd->add_option("--as", resolve.as, "author (default: your user name; through billetd only root and billetd may name another)");
  resolve_cmd->add_flag("--direct", resolve.direct, "write the database directly, not through billetd's agent socket (admins)");

  billet::tools::ListOptions complaints;
  auto* complaints_cmd = app.add_subcommand("complaints", "Open complaints, oldest first (customer service)");
  complaints_cmd->add_flag("--json", complaints.json, "print JSON");

  billet::tools::OAuthLoginOptions oauth_login;
  auto* oauth_cmd = app.add_subcommand("oauth", "OAuth 2.0 for mailboxes (Microsoft 365, Google Workspace)");
  oauth_cmd->require_subcommand(1);
  auto* oauth_login_cmd = oauth_cmd->add_subcommand(
      "login", "Device authorization: print a code to enter as the mailbox's user, then store the refresh token");
  oauth_login_cmd->add_option("MAILBOX", oauth_login.mailbox, "the [[mailbox]] name")->required();

  billet::tools::UsersOptions users;
  auto* user_cmd = app.add_subcommand("user", "Accounts of the web console (password on standard input)");
  user_cmd->require_subcommand(1);
  auto* user_add_cmd = user_cmd->add_subcommand("add", "Add an account");
  user_add_cmd->add_option("NAME", users.name, "the login name")->required();
  user_add_cmd->add_option("--role", users.role, "agent, service (customer service), lead or admin")->required();
  auto* user_passwd_cmd = user_cmd->add_subcommand("passwd", "Set a new password");
  user_passwd_cmd->add_option("NAME", users.name, "the login name")->required();
  auto* user_disable_cmd = user_cmd->add_subcommand("disable", "Disable an account (it can no longer sign in)");
  user_disable_cmd->add_option("NAME", users.name, "the login name")->required();
  auto* user_enable_cmd = user_cmd->add_subcommand("enable", "Enable an account again");
  user_enable_cmd->add_option("NAME", users.name, "the login name")->required();
  auto* user_list_cmd = user_cmd->add_subcommand("list", "List the accounts");

  auto* health_cmd = app.add_subcommand("health", "Each mailbox's state as billetd reports it (needs [health] listen)");

  CLI11_PARSE(app, argc, argv);
  for (auto [cmd, action] : {std::pair{user_add_cmd, "add"}, std::pair{user_passwd_cmd, "passwd"},
                             std::pair{user_disable_cmd, "disable"}, std::pair{user_enable_cmd, "enable"},
                             std::pair{user_list_cmd, "list"}})
    if (cmd->parsed()) {
      users.store = store;
      users.action = action;
      return billet::tools::run_users(users);
    }
  if (health_cmd->parsed()) return billet::tools::run_health(billet::tools::HealthOptions{store.config_file});
  if (oauth_login_cmd->parsed()) {
    oauth_login.config_file = store.config_file;
    return billet::tools::run_oauth_login(oauth_login);
  }
  for (auto* action : {&note, &level, &resolve}) action->store = store;
  if (note_cmd->parsed()) return billet::tools::run_agent_action(note);
  if (level_cmd->parsed()) return billet::tools::run_agent_action(level);
  if (resolve_cmd->parsed()) return billet::tools::run_agent_action(resolve);
  if (complaints_cmd->parsed()) {
    complaints.store = store;
    complaints.filter.kind = billet::Kind::kComplaint;
    complaints.filter.status = "open";
    complaints.filter.oldest_first = true;
    return billet::tools::run_list(complaints);
  }
  list.store = store;
  if (!list_kind.empty()) list.filter.kind = billet::kind_from(list_kind);
  show.store = store;
  for (auto [cmd, action] : {std::pair{outbox_list_cmd, "list"}, std::pair{outbox_retry_cmd, "retry"},
                             std::pair{outbox_cancel_cmd, "cancel"}})
    if (cmd->parsed()) {
      outbox.store = store;
      outbox.action = action;
      return billet::tools::run_outbox(outbox);
    }
  if (list_cmd->parsed()) return billet::tools::run_list(list);
  if (show_cmd->parsed()) return billet::tools::run_show(show);
  if (deadline_cmd->parsed()) return billet::tools::run_deadline(deadline);
  if (parse_cmd->parsed()) return billet::tools::run_parse(parse);
  if (classify_cmd->parsed()) return billet::tools::run_classify(classify);
  if (rules_check_cmd->parsed()) return billet::tools::run_rules_check(rules);
  if (rules_test_cmd->parsed()) return billet::tools::run_rules_test(rules);
  if (rules_fit_cmd->parsed()) return billet::tools::run_rules_fit(rules);
  if (rules_cv_cmd->parsed()) return billet::tools::run_rules_cross_validate(rules);
  if (export_cmd->parsed()) {
    corrections.store = store;
    return billet::tools::run_export_corrections(corrections);
  }
  return 2;
}
