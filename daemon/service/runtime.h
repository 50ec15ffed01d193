#pragma once
// Everything billetd runs with, loaded and checked as one whole: the configuration, the rules, the
// business calendar, the email templates and the secrets. Nothing under it reads a file again:
// a reload builds a new Runtime and the service switches to it only when every part loaded, so a
// broken rules file or template is rejected and the running Runtime stays in force, whole.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "daemon/config.h"
#include "daemon/mail/client_update.h"
#include "daemon/mail/templates.h"
#include "daemon/net/token_source.h"
#include "triage/calendar.h"
#include "triage/classifier.h"

namespace billet::daemon {

struct Runtime {
  Config config;
  std::unique_ptr<const triage::Classifier> classifier;  // never null
  triage::BusinessCalendar calendar;
  std::optional<AckTemplates> ack_templates;        // set when [acknowledgements] are enabled
  std::optional<UpdateTemplates> update_templates;  // idem (follow-ups, escalations)
  std::string smtp_password;                        // empty: no SMTP AUTH
  std::vector<std::string> mailbox_passwords;       // one per config.mailboxes, same order ("" with oauth2)
  // OAuth 2.0 token sources, made (not yet asked) at load: one per config.mailboxes (null: a
  // password), and the SMTP sender's (null: a password or no AUTH). Shared by the loop, the IDLE
  // connections and the outbox thread; thread-safe.
  std::vector<std::shared_ptr<TokenSource>> mailbox_tokens;
  std::shared_ptr<TokenSource> smtp_token;
};

// Loads the configuration at `config_path` and everything it names. On failure the error
// ("config.invalid") lists every problem, one per line, with its file and line where known.
Result<std::unique_ptr<const Runtime>> load_runtime(const std::string& config_path);

// Everything `config` names (rules, calendar, templates, secrets), as load_runtime.
Result<std::unique_ptr<const Runtime>> make_runtime(Config config);

}  // namespace billet::daemon
