#pragma once
// billetctl subcommands. Each returns the process exit code: 0 ok, 1 operational error,
// 2 usage error (CLI11 reports those itself).
#include <memory>
#include <string>
#include <vector>

#include "common/result.h"
#include "storage/store.h"
#include "triage/calendar.h"
#include "triage/deadline.h"

namespace billet::tools {

// The calendar and deadline policy: from the config file's [calendar], [targets] and [[plan]]
// sections, or policy.md's defaults when `config_file` is empty.
struct TriageSettings {
  triage::BusinessCalendar calendar;
  triage::DeadlinePolicy deadlines;
};
Result<TriageSettings> load_triage_settings(const std::string& config_file);

// `billetctl rules check` (lint the rules file; exit 3 when there are findings),
// `billetctl rules test DIR...` (the rules over labelled folders: matrix, misses, recall),
// `billetctl rules fit --out FILE DIR...` (fit the learned word weights on labelled folders) and
// `billetctl rules cross-validate DIR...` (each folder scored with weights fitted on the others).
struct RulesOptions {
  std::string rules_file;
  std::vector<std::string> dirs;
  bool rules_only = false;  // test: leave the learned weights out
  std::string out;          // fit: the weights file to write
};
int run_rules_check(const RulesOptions& options);
int run_rules_test(const RulesOptions& options);
int run_rules_fit(const RulesOptions& options);
int run_rules_cross_validate(const RulesOptions& options);

struct DeadlineOptions {
  std::string config_file;
  int level = 0;
  std::string received;
  std::string kind = "ticket";
  std::string client;
  bool verbose = false;
};
int run_deadline(const DeadlineOptions& options);

// Where the store is: --db PATH, or the database of --config FILE.
struct StoreOptions {
  std::string config_file = "/etc/billetd/billetd.toml";
  std::string database;
};

// The store of --db, or of the configuration's database.
Result<std::unique_ptr<storage::Store>> open_store(const StoreOptions& options);

// `billetctl rules export-corrections DIR`: every ticket whose level an agent changed, as
// DIR/<ticket>.eml (the client's first message, byte for byte) and a row of DIR/labels.tsv with
// the corrected level, so that `rules test DIR` measures new rules on the installation's history.
struct ExportCorrectionsOptions {
  StoreOptions store;
  std::string dir;
};
int run_export_corrections(const ExportCorrectionsOptions& options);

// `billetctl oauth login MAILBOX`: the device authorization grant for a mailbox on the refresh
// token grant; stores the refresh token in its refresh_token_file (0600).
struct OAuthLoginOptions {
  std::string config_file = "/etc/billetd/billetd.toml";
  std::string mailbox;
};
int run_oauth_login(const OAuthLoginOptions& options);

// `billetctl user add NAME --role R | passwd NAME | disable NAME | enable NAME | list`.
struct UsersOptions {
  StoreOptions store;
  std::string action;
  std::string name;
  std::string role;
};
int run_users(const UsersOptions& options);

// `billetctl health`: each mailbox's state from billetd's /healthz; exit 1 when one fails.
struct HealthOptions {
  std::string config_file = "/etc/billetd/billetd.toml";
};
int run_health(const HealthOptions& options);

// The name of the user running the command (for the history of who did what).
std::string os_user();

// "2026-12-03T15:00:00Z".
std::string iso_utc(TimePoint t);

// `billetctl outbox list [--status S]`, `outbox retry ID`, `outbox cancel ID`: the admin's view
// of automatic emails (after an SMTP outage: what failed, send it again, or drop it).
struct OutboxOptions {
  StoreOptions store;
  std::string action;  // "list", "retry", "cancel"
  std::string status;  // list: "" for any
  int64_t id = 0;
  size_t limit = 100;
};
int run_outbox(const OutboxOptions& options);

struct ListOptions {
  StoreOptions store;
  storage::TicketFilter filter;
  bool json = false;
  bool csv = false;
  bool quarantine = false;
  bool review = false;  // messages kept out of the queue for review (no usable sender, empty)
};
int run_list(const ListOptions& options);

struct ShowOptions {
  StoreOptions store;
  int64_t id = 0;
  bool json = false;
};
int run_show(const ShowOptions& options);

struct AgentOptions {
  StoreOptions store;  // the config file is required: templates, calendar and targets
  std::string action;  // "note", "level", "resolve"
  int64_t id = 0;
  std::string text;    // the note, or --why for a level change
  bool internal = false;
  int level = 0;
  std::string as;      // author; default: the OS user (through billetd: honoured for root and billetd only)
  bool direct = false; // write the database directly even when billetd listens on its agent socket
};
int run_agent_action(const AgentOptions& options);

struct ParseOptions {
  std::string file;
  bool json = false;
};
int run_parse(const ParseOptions& options);

struct ClassifyOptions {
  std::string file;
  std::string rules_file;
  bool complaint = false;
  bool json = false;
};
int run_classify(const ClassifyOptions& options);

// A JSON string literal (quotes included) for `text`.
std::string json_string(const std::string& text);

}  // namespace billet::tools
