#include "daemon/service/runtime.h"

#include "triage/rules.h"

namespace billet::daemon {

Result<std::unique_ptr<const Runtime>> make_runtime(Config config) {
  std::string problems;
  auto add = [&](const std::string& p) { problems += (problems.empty() ? "" : "\n") + p; };
  auto rules = triage::load_rules_file(config.rules_file);
  if (!rules) add(rules.error().message);
  auto calendar = make_calendar(config);
  if (!calendar) add(calendar.error().message);
  std::optional<AckTemplates> acks;
  std::optional<UpdateTemplates> updates;
  if (config.acks.enabled) {
    if (auto t = load_ack_templates(config.acks.templates_dir); t) acks = std::move(*t);
    else add(t.error().message);
    if (auto t = load_update_templates(config.acks.templates_dir); t) updates = std::move(*t);
    else add(t.error().message);
  }
  auto smtp_password = read_smtp_password(config.smtp);
  if (!smtp_password) add(smtp_password.error().message);
  std::vector<std::string> mailbox_passwords;
  for (const MailboxConfig& m : config.mailboxes) {
    auto password = read_password(m);
    if (!password) add(config.source + ":" + std::to_string(m.line) + ": " + password.error().message);
    else mailbox_passwords.push_back(std::move(*password));
  }
  if (!problems.empty()) return Error{"config.invalid", problems};
  return std::unique_ptr<const Runtime>(new Runtime{std::move(config),
                                                    std::make_unique<const triage::Classifier>(std::move(*rules)),
                                                    std::move(*calendar),
                                                    std::move(acks),
                                                    std::move(updates),
                                                    std::move(*smtp_password),
                                                    std::move(mailbox_passwords)});
}

Result<std::unique_ptr<const Runtime>> load_runtime(const std::string& config_path) {
  auto config = load_config(config_path);
  if (!config) return Error{"config.invalid", config.error().message};
  return make_runtime(std::move(*config));
}

}  // namespace billet::daemon
