#include "daemon/service/runtime.h"

#include "daemon/net/oauth2.h"
#include "triage/rules.h"

namespace billet::daemon {
namespace {

// A token source for `o`, its secrets read now (an unreadable one is a load error).
// `login_user`: the IMAP or SMTP user, the JWT's subject unless oauth2.subject says otherwise.
Result<std::shared_ptr<TokenSource>> token_source_for(const std::string& who, const OAuth2Config& o,
                                                      const std::string& login_user) {
  auto secrets = read_oauth2_secrets(who, o);
  if (!secrets) return secrets.error();
  OAuth2Grant grant;
  grant.kind = o.grant == OAuth2Config::Grant::kRefreshToken ? OAuth2Grant::Kind::kRefreshToken
               : o.grant == OAuth2Config::Grant::kJwtBearer  ? OAuth2Grant::Kind::kJwtBearer
                                                             : OAuth2Grant::Kind::kClientCredentials;
  grant.private_key_pem = std::move(secrets->private_key_pem);
  grant.subject = o.subject.empty() ? login_user : o.subject;
  if (grant.kind == OAuth2Grant::Kind::kJwtBearer) {
    // A key that cannot sign is a configuration error now, not a failing mailbox later.
    if (auto probe = signed_assertion(grant, TimePoint{}); !probe) return Error{probe.error().code, who + ": " + probe.error().message};
  }
  grant.token_url = o.token_url;
  grant.client_id = o.client_id;
  grant.client_secret = std::move(secrets->client_secret);
  grant.refresh_token = std::move(secrets->refresh_token);
  grant.scope = o.scope;
  grant.ca_file = o.ca_file;
  return make_oauth2_source(std::move(grant));
}

}  // namespace

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
  std::vector<std::shared_ptr<TokenSource>> mailbox_tokens;
  for (const MailboxConfig& m : config.mailboxes) {
    auto password = read_password(m);
    if (!password) add(config.source + ":" + std::to_string(m.line) + ": " + password.error().message);
    else mailbox_passwords.push_back(std::move(*password));
    mailbox_tokens.push_back(nullptr);
    if (!m.oauth2) continue;
    auto source = token_source_for("mailbox " + m.name, *m.oauth2, m.user);
    if (!source) add(config.source + ":" + std::to_string(m.oauth2->line) + ": " + source.error().message);
    else mailbox_tokens.back() = std::move(*source);
  }
  std::shared_ptr<TokenSource> smtp_token;
  if (config.smtp.oauth2) {
    auto source = token_source_for("smtp", *config.smtp.oauth2, config.smtp.user);
    if (!source) add(config.source + ":" + std::to_string(config.smtp.oauth2->line) + ": " + source.error().message);
    else smtp_token = std::move(*source);
  }
  if (!problems.empty()) return Error{"config.invalid", problems};
  return std::unique_ptr<const Runtime>(new Runtime{std::move(config),
                                                    std::make_unique<const triage::Classifier>(std::move(*rules)),
                                                    std::move(*calendar),
                                                    std::move(acks),
                                                    std::move(updates),
                                                    std::move(*smtp_password),
                                                    std::move(mailbox_passwords),
                                                    std::move(mailbox_tokens),
                                                    std::move(smtp_token)});
}

Result<std::unique_ptr<const Runtime>> load_runtime(const std::string& config_path) {
  auto config = load_config(config_path);
  if (!config) return Error{"config.invalid", config.error().message};
  return make_runtime(std::move(*config));
}

}  // namespace billet::daemon
