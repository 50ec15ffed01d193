#include "daemon/config.h"

#include "common/file.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

namespace billet::daemon {
namespace {

namespace fs = std::filesystem;

class Reader {
 public:
  Reader(std::string source, fs::path base) : source_(std::move(source)), base_(std::move(base)) {}

  void error(const toml::node* node, const std::string& what) {
    const int line = node ? static_cast<int>(node->source().begin.line) : 0;
    errors_.push_back(source_ + ":" + std::to_string(line) + ": " + what);
  }
  void error_at(int line, const std::string& what) { errors_.push_back(source_ + ":" + std::to_string(line) + ": " + what); }
  const std::vector<std::string>& errors() const { return errors_; }

  // Reads an optional value of type T at table[key]; a wrong type is an error.
  template <typename T>
  void read(const toml::table& table, const char* key, T& out, const std::string& where) {
    const toml::node* node = table.get(key);
    if (!node) return;
    if (auto v = node->value<T>()) out = *v;
    else error(node, where + key + " has the wrong type");
  }

  // An optional whole number in [min, max]; out of range is an error naming the range.
  template <typename Int>
  void read_int(const toml::table& table, const char* key, Int& out, int64_t min, int64_t max, const std::string& where) {
    const toml::node* node = table.get(key);
    if (!node) return;
    const auto v = node->value<int64_t>();
    if (!v || *v < min || *v > max)
      error(node, where + key + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    else out = static_cast<Int>(*v);
  }

  void read_path(const toml::table& table, const char* key, std::string& out, const std::string& where) {
    std::string value;
    read(table, key, value, where);
    if (!value.empty()) out = resolve(value);
  }

  void read_seconds(const toml::table& table, const char* key, std::chrono::seconds& out, const std::string& where) {
    const toml::node* node = table.get(key);
    if (!node) return;
    const auto v = node->value<int64_t>();
    if (!v || *v <= 0) error(node, where + key + " must be a positive number of seconds");
    else out = std::chrono::seconds{*v};
  }

  std::string resolve(const std::string& path) const {
    if (path.empty() || fs::path(path).is_absolute()) return path;
    return (base_ / path).lexically_normal().string();
  }

  // Warns about keys this version does not know (typos would otherwise be silent).
  void unknown_keys(const toml::table& table, std::initializer_list<const char*> known, const std::string& where) {
    for (const auto& [key, node] : table) {
      if (std::find_if(known.begin(), known.end(), [&](const char* k) { return key.str() == k; }) == known.end())
        error(&node, "unknown key " + where + std::string(key.str()));
    }
  }

 private:
  std::string source_;
  fs::path base_;
  std::vector<std::string> errors_;
};

// "08:30-16:30" or "08:30-12:00,13:00-17:00" or "" (closed).
bool parse_hours(const std::string& text, std::vector<triage::DailyHours>& out) {
  out.clear();
  std::istringstream ranges(text);
  for (std::string range; std::getline(ranges, range, ',');) {
    range.erase(std::remove(range.begin(), range.end(), ' '), range.end());
    if (range.empty()) continue;
    int h1 = 0, m1 = 0, h2 = 0, m2 = 0;
    if (std::sscanf(range.c_str(), "%d:%d-%d:%d", &h1, &m1, &h2, &m2) != 4) return false;
    const int start = h1 * 60 + m1, end = h2 * 60 + m2;
    if (h1 < 0 || m1 < 0 || m1 > 59 || m2 < 0 || m2 > 59 || start >= end || end > 24 * 60) return false;
    out.push_back({start, end});
  }
  return true;
}

void read_service(Reader& r, const toml::table& root, Config& c) {
  const toml::table* t = root["service"].as_table();
  if (!t) return;
  r.unknown_keys(*t, {"database", "rules", "poll_interval_seconds", "backoff_initial_seconds", "backoff_max_seconds",
                      "max_attempts", "max_message_mib", "ticket_tag", "own_addresses", "log_level"},
                 "service.");
  r.read_path(*t, "database", c.database, "service.");
  r.read_path(*t, "rules", c.rules_file, "service.");
  r.read_seconds(*t, "poll_interval_seconds", c.poll_interval, "service.");
  r.read_seconds(*t, "backoff_initial_seconds", c.backoff_initial, "service.");
  r.read_seconds(*t, "backoff_max_seconds", c.backoff_max, "service.");
  r.read_int(*t, "max_attempts", c.max_attempts, 1, 100, "service.");
  r.read_int(*t, "max_message_mib", c.max_message_mib, 1, 64, "service.");
  r.read(*t, "ticket_tag", c.ticket_tag, "service.");
  if (c.ticket_tag.empty() || c.ticket_tag.find_first_of("[]#\r\n") != std::string::npos)
    r.error(t->get("ticket_tag"), "service.ticket_tag must be a non-empty word without [ ] #");
  r.read(*t, "log_level", c.log_level, "service.");
  static const char* const kLevels[] = {"trace", "debug", "info", "warn", "error", "critical", "off"};
  if (std::find(std::begin(kLevels), std::end(kLevels), c.log_level) == std::end(kLevels))
    r.error(t->get("log_level"), "service.log_level must be trace, debug, info, warn, error, critical or off");
  if (const toml::node* own = t->get("own_addresses")) {
    const toml::array* a = own->as_array();
    if (!a) r.error(own, "service.own_addresses must be an array of addresses");
    else
      for (const toml::node& item : *a) {
        auto v = item.value<std::string>();
        if (!v || v->find('@') == std::string::npos) r.error(&item, "service.own_addresses: not an address");
        else {
          std::string lower = *v;
          std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
          c.own_addresses.push_back(lower);
        }
      }
  }
}

void read_calendar(Reader& r, const toml::table& root, Config& c) {
  const toml::table* t = root["calendar"].as_table();
  if (!t) return;
  r.unknown_keys(*t, {"time_zone", "holidays", "extra_holidays"}, "calendar.");
  r.read(*t, "time_zone", c.time_zone, "calendar.");
  r.read(*t, "holidays", c.holiday_calendar, "calendar.");
  if (const toml::node* extra = t->get("extra_holidays")) {
    const toml::array* a = extra->as_array();
    if (!a) {
      r.error(extra, "calendar.extra_holidays must be an array of dates (2026-12-31)");
      return;
    }
    for (const toml::node& item : *a) {
      if (auto d = item.value<toml::date>()) {
        const std::chrono::year_month_day ymd{std::chrono::year{d->year}, std::chrono::month{d->month}, std::chrono::day{d->day}};
        c.extra_holidays.push_back(ymd);
      } else {
        r.error(&item, "calendar.extra_holidays: not a date (write 2026-12-31 without quotes)");
      }
    }
  }
}

void read_targets(Reader& r, const toml::table& root, Config& c) {
  const toml::table* t = root["targets"].as_table();
  if (!t) return;
  r.unknown_keys(*t, {"level1_minutes", "level2_minutes", "level3_minutes", "level4_minutes", "complaint_minutes",
                      "round_the_clock_levels", "level1_name_fr", "level2_name_fr", "level3_name_fr", "level4_name_fr",
                      "level1_name_en", "level2_name_en", "level3_name_en", "level4_name_en"},
                 "targets.");
  for (int level = 1; level <= 4; ++level) {
    auto& target = c.deadlines.levels[static_cast<size_t>(level - 1)];
    const std::string key = "level" + std::to_string(level) + "_minutes";
    if (const toml::node* n = t->get(key)) {
      const auto v = n->value<int64_t>();
      if (!v || *v <= 0) r.error(n, "targets." + key + " must be a positive number of minutes");
      else target.target = std::chrono::minutes{*v};
    }
    r.read(*t, ("level" + std::to_string(level) + "_name_fr").c_str(), target.name_fr, "targets.");
    r.read(*t, ("level" + std::to_string(level) + "_name_en").c_str(), target.name_en, "targets.");
  }
  if (const toml::node* n = t->get("complaint_minutes")) {
    const auto v = n->value<int64_t>();
    if (!v || *v <= 0) r.error(n, "targets.complaint_minutes must be a positive number of minutes");
    else c.deadlines.complaint_target = std::chrono::minutes{*v};
  }
  if (const toml::node* n = t->get("round_the_clock_levels")) {
    const toml::array* a = n->as_array();
    if (!a) {
      r.error(n, "targets.round_the_clock_levels must be an array of levels");
      return;
    }
    for (auto& level : c.deadlines.levels) level.round_the_clock = false;
    for (const toml::node& item : *a) {
      const auto v = item.value<int64_t>();
      if (!v || *v < 1 || *v > 4) r.error(&item, "targets.round_the_clock_levels: levels are 1 to 4");
      else c.deadlines.levels[static_cast<size_t>(*v - 1)].round_the_clock = true;
    }
  }
}

triage::Plan read_plan_hours(Reader& r, const toml::table& t, triage::Plan plan, const std::string& where) {
  static const char* const kDays[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
  const toml::table* hours = t["hours"].as_table();
  if (!hours) {
    if (t.get("hours")) r.error(t.get("hours"), where + "hours must be a table: { mon = \"08:30-16:30\", ... }");
    return plan;
  }
  r.unknown_keys(*hours, {"sun", "mon", "tue", "wed", "thu", "fri", "sat", "weekdays", "all"}, where + "hours.");
  auto apply = [&](const char* key, std::initializer_list<int> days) {
    const toml::node* n = hours->get(key);
    if (!n) return;
    std::vector<triage::DailyHours> parsed;
    const auto text = n->value<std::string>();
    if (!text || !parse_hours(*text, parsed)) {
      r.error(n, where + "hours." + key + " must look like \"08:30-16:30\" (or \"\" for closed)");
      return;
    }
    for (int d : days) plan.week[static_cast<size_t>(d)] = parsed;
  };
  apply("all", {0, 1, 2, 3, 4, 5, 6});
  apply("weekdays", {1, 2, 3, 4, 5});
  for (int d = 0; d < 7; ++d) apply(kDays[d], {d});
  return plan;
}

void read_plans(Reader& r, const toml::table& root, Config& c) {
  if (const toml::table* base = root["base_plan"].as_table()) {
    r.unknown_keys(*base, {"hours", "observes_holidays"}, "base_plan.");
    triage::Plan empty;
    empty.name = "base";
    c.deadlines.base = read_plan_hours(r, *base, base->get("hours") ? empty : triage::Plan::base(), "base_plan.");
    r.read(*base, "observes_holidays", c.deadlines.base.observes_holidays, "base_plan.");
    if (!c.deadlines.base.has_hours()) r.error(base, "base_plan has no opening hours");
  }
  const toml::node* list = root.get("plan");
  if (!list) return;
  const toml::array* plans = list->as_array();
  if (!plans) {
    r.error(list, "plan must be written as [[plan]] tables");
    return;
  }
  for (const toml::node& item : *plans) {
    const toml::table* t = item.as_table();
    if (!t) continue;
    r.unknown_keys(*t, {"name", "hours", "observes_holidays", "clients"}, "plan.");
    triage::Plan plan;
    r.read(*t, "name", plan.name, "plan.");
    if (plan.name.empty()) r.error(t, "a [[plan]] needs a name");
    plan = read_plan_hours(r, *t, plan, "plan " + plan.name + ": ");
    r.read(*t, "observes_holidays", plan.observes_holidays, "plan.");
    if (!plan.has_hours()) r.error(t, "plan " + plan.name + " has no opening hours");
    if (const toml::node* clients = t->get("clients")) {
      const toml::array* a = clients->as_array();
      if (!a) r.error(clients, "plan.clients must be an array of addresses or domains");
      else
        for (const toml::node& client : *a) {
          auto v = client.value<std::string>();
          if (!v || v->empty()) {
            r.error(&client, "plan.clients: not an address or domain");
            continue;
          }
          std::string lower = *v;
          std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
          plan.clients.push_back(lower);
        }
    }
    c.deadlines.plans.push_back(std::move(plan));
  }
}

void read_acks(Reader& r, const toml::table& root, Config& c) {
  const toml::table* t = root["acknowledgements"].as_table();
  if (!t) return;
  r.unknown_keys(*t, {"enabled", "templates", "from_name", "message_id_domain", "envelope_sender", "support_phone",
                      "support_address", "emergency_phone", "hours_fr", "hours_en", "max_per_recipient_per_hour",
                      "trusted_authserv_id"},
                 "acknowledgements.");
  AckConfig& a = c.acks;
  r.read(*t, "enabled", a.enabled, "acknowledgements.");
  r.read_path(*t, "templates", a.templates_dir, "acknowledgements.");
  r.read(*t, "from_name", a.from_name, "acknowledgements.");
  r.read(*t, "message_id_domain", a.message_id_domain, "acknowledgements.");
  r.read(*t, "envelope_sender", a.envelope_sender, "acknowledgements.");
  r.read(*t, "support_phone", a.support_phone, "acknowledgements.");
  r.read(*t, "support_address", a.support_address, "acknowledgements.");
  r.read(*t, "emergency_phone", a.emergency_phone, "acknowledgements.");
  r.read(*t, "hours_fr", a.hours_fr, "acknowledgements.");
  r.read(*t, "hours_en", a.hours_en, "acknowledgements.");
  r.read_int(*t, "max_per_recipient_per_hour", a.max_per_recipient_per_hour, 1, 1000, "acknowledgements.");
  r.read(*t, "trusted_authserv_id", a.trusted_authserv_id, "acknowledgements.");
  if (a.message_id_domain.empty() || a.message_id_domain.find_first_of(" <>@\r\n") != std::string::npos)
    r.error(t->get("message_id_domain"), "acknowledgements.message_id_domain must be a domain name");
}

void read_followups(Reader& r, const toml::table& root, Config& c) {
  const toml::table* t = root["followups"].as_table();
  if (!t) return;
  r.unknown_keys(*t, {"interval_minutes", "escalation_percent", "team_address"}, "followups.");
  int64_t interval = c.followups.interval.count();
  r.read_int(*t, "interval_minutes", interval, 1, 24 * 60, "followups.");
  c.followups.interval = std::chrono::minutes{interval};
  r.read_int(*t, "escalation_percent", c.followups.escalation_percent, 1, 99, "followups.");
  r.read(*t, "team_address", c.followups.team_address, "followups.");
  if (!c.followups.team_address.empty() && c.followups.team_address.find('@') == std::string::npos)
    r.error(t->get("team_address"), "followups.team_address must be an address");
}

// [mailbox.oauth2] or [smtp.oauth2]; `prefix` is "mailbox.oauth2." or "smtp.oauth2.".
std::optional<OAuth2Config> read_oauth2(Reader& r, const toml::table& parent, const std::string& prefix,
                                        const std::string& who) {
  const toml::node* node = parent.get("oauth2");
  if (!node) return std::nullopt;
  const toml::table* t = node->as_table();
  if (!t) {
    r.error(node, who + "oauth2 must be a table ([" + prefix.substr(0, prefix.size() - 1) + "])");
    return std::nullopt;
  }
  r.unknown_keys(*t, {"grant", "token_url", "client_id", "client_secret_file", "client_secret_credential",
                      "refresh_token_file", "refresh_token_credential", "scope", "ca_file", "mechanism",
                      "device_authorization_url", "private_key_file", "private_key_credential", "subject"},
                 prefix);
  OAuth2Config o;
  o.line = static_cast<int>(t->source().begin.line);
  std::string grant = "client_credentials";
  r.read(*t, "grant", grant, prefix);
  r.read(*t, "token_url", o.token_url, prefix);
  r.read(*t, "client_id", o.client_id, prefix);
  r.read_path(*t, "client_secret_file", o.client_secret_file, prefix);
  r.read(*t, "client_secret_credential", o.client_secret_credential, prefix);
  r.read_path(*t, "refresh_token_file", o.refresh_token_file, prefix);
  r.read(*t, "refresh_token_credential", o.refresh_token_credential, prefix);
  r.read(*t, "scope", o.scope, prefix);
  r.read(*t, "device_authorization_url", o.device_authorization_url, prefix);
  r.read_path(*t, "private_key_file", o.private_key_file, prefix);
  r.read(*t, "private_key_credential", o.private_key_credential, prefix);
  r.read(*t, "subject", o.subject, prefix);
  r.read_path(*t, "ca_file", o.ca_file, prefix);
  r.read(*t, "mechanism", o.mechanism, prefix);
  for (char& ch : o.mechanism) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  const toml::node* at = t;
  if (grant == "refresh_token") o.grant = OAuth2Config::Grant::kRefreshToken;
  else if (grant == "jwt_bearer") o.grant = OAuth2Config::Grant::kJwtBearer;
  else if (grant != "client_credentials")
    r.error(t->get("grant"), who + "oauth2.grant must be \"client_credentials\", \"refresh_token\" or \"jwt_bearer\"");
  const bool https = o.token_url.rfind("https://", 0) == 0;
  bool loopback_http = false;
  if (o.token_url.rfind("http://", 0) == 0) {
    std::string host = o.token_url.substr(7, o.token_url.find_first_of(":/", 7) - 7);
    loopback_http = is_loopback_host(host);
  }
  if (!https && !loopback_http)
    r.error(t->get("token_url") ? t->get("token_url") : at, who + "oauth2.token_url must be https:// (http:// only to a loopback address)");
  if (o.client_id.empty()) r.error(at, who + "oauth2.client_id is missing");
  const int secrets = !o.client_secret_file.empty() + !o.client_secret_credential.empty();
  const int refresh = !o.refresh_token_file.empty() + !o.refresh_token_credential.empty();
  if (secrets > 1) r.error(at, who + "give at most one of oauth2.client_secret_file, oauth2.client_secret_credential");
  if (o.grant == OAuth2Config::Grant::kClientCredentials && secrets != 1)
    r.error(at, who + "the client_credentials grant needs oauth2.client_secret_file or oauth2.client_secret_credential");
  const int keys = !o.private_key_file.empty() + !o.private_key_credential.empty();
  if (o.grant == OAuth2Config::Grant::kJwtBearer && keys != 1)
    r.error(at, who + "the jwt_bearer grant needs one of oauth2.private_key_file, oauth2.private_key_credential");
  if (o.grant == OAuth2Config::Grant::kRefreshToken && refresh != 1)
    r.error(at, who + "the refresh_token grant needs one of oauth2.refresh_token_file, oauth2.refresh_token_credential");
  for (const char* secret : {"client_secret", "refresh_token", "private_key"})
    if (t->get(secret)) r.error(t->get(secret), who + "secrets never go in the config file");
  if (o.mechanism != "XOAUTH2" && o.mechanism != "OAUTHBEARER")
    r.error(t->get("mechanism"), who + "oauth2.mechanism must be \"xoauth2\" or \"oauthbearer\"");
  return o;
}

void read_smtp(Reader& r, const toml::table& root, Config& c) {
  const toml::table* t = root["smtp"].as_table();
  if (!t) return;
  r.unknown_keys(*t, {"url", "user", "oauth2", "password_file", "password_env", "password_credential", "ca_file", "max_attempts",
                       "give_up_after_hours", "retry_initial_seconds", "retry_max_seconds"}, "smtp.");
  SmtpConfig& s = c.smtp;
  r.read(*t, "url", s.url, "smtp.");
  r.read(*t, "user", s.user, "smtp.");
  r.read_path(*t, "password_file", s.password_file, "smtp.");
  r.read(*t, "password_env", s.password_env, "smtp.");
  r.read(*t, "password_credential", s.password_credential, "smtp.");
  r.read_path(*t, "ca_file", s.ca_file, "smtp.");
  r.read_int(*t, "max_attempts", s.max_attempts, 1, 100000, "smtp.");
  r.read_int(*t, "give_up_after_hours", s.give_up_after_hours, 1, 24 * 30, "smtp.");
  r.read_seconds(*t, "retry_initial_seconds", s.retry_initial, "smtp.");
  r.read_seconds(*t, "retry_max_seconds", s.retry_max, "smtp.");
  if (s.url.rfind("smtp://", 0) != 0 && s.url.rfind("smtps://", 0) != 0)
    r.error(t->get("url") ? t->get("url") : t, "smtp.url must start with smtps:// or smtp:// (STARTTLS)");
  s.oauth2 = read_oauth2(r, *t, "smtp.oauth2.", "smtp: ");
  const int secrets = !s.password_file.empty() + !s.password_env.empty() + !s.password_credential.empty();
  if (s.oauth2 && (secrets != 0 || s.user.empty()))
    r.error(t, "smtp: with [smtp.oauth2], a user and no password_file, password_env or password_credential");
  if (!s.oauth2 && !s.user.empty() && secrets != 1)
    r.error(t, "smtp: with a user, give exactly one of password_file, password_env, password_credential");
  if (t->get("password")) r.error(t->get("password"), "smtp: passwords never go in the config file");
}

void read_mailboxes(Reader& r, const toml::table& root, Config& c) {
  const toml::node* list = root.get("mailbox");
  const toml::array* boxes = list ? list->as_array() : nullptr;
  if (!boxes || boxes->empty()) {
    r.error(list, "no [[mailbox]] is configured");
    return;
  }
  for (const toml::node& item : *boxes) {
    const toml::table* t = item.as_table();
    if (!t) continue;
    r.unknown_keys(*t, {"name", "url", "user", "password_file", "password_env", "password_credential", "kind", "after",
                        "processed_folder", "quarantine_folder", "ca_file", "allow_plaintext", "idle", "address", "from_name",
                        "phone", "oauth2"},
                   "mailbox.");
    MailboxConfig m;
    m.line = static_cast<int>(t->source().begin.line);
    r.read(*t, "name", m.name, "mailbox.");
    r.read(*t, "url", m.url, "mailbox.");
    r.read(*t, "user", m.user, "mailbox.");
    r.read_path(*t, "password_file", m.password_file, "mailbox.");
    r.read(*t, "password_env", m.password_env, "mailbox.");
    r.read(*t, "password_credential", m.password_credential, "mailbox.");
    std::string kind;  // required
    r.read(*t, "kind", kind, "mailbox.");
    std::string after = "move";
    r.read(*t, "after", after, "mailbox.");
    r.read(*t, "processed_folder", m.processed_folder, "mailbox.");
    r.read(*t, "quarantine_folder", m.quarantine_folder, "mailbox.");
    r.read_path(*t, "ca_file", m.ca_file, "mailbox.");
    r.read(*t, "allow_plaintext", m.allow_plaintext, "mailbox.");
    r.read(*t, "idle", m.idle, "mailbox.");
    r.read(*t, "address", m.address, "mailbox.");
    r.read(*t, "from_name", m.from_name, "mailbox.");
    r.read(*t, "phone", m.phone, "mailbox.");
    if (m.address.empty()) m.address = m.user.find('@') != std::string::npos ? m.user : m.user + "@localhost";
    const std::string who = "mailbox " + (m.name.empty() ? std::string("?") : m.name) + ": ";
    if (m.name.empty() || m.name.find_first_of(" /\"") != std::string::npos) r.error_at(m.line, who + "name must be a word");
    if (m.url.rfind("imaps://", 0) != 0 && m.url.rfind("imap://", 0) != 0)
      r.error(t->get("url") ? t->get("url") : t, who + "url must start with imaps:// or imap://");
    if (m.user.empty()) r.error_at(m.line, who + "user is missing");
    m.oauth2 = read_oauth2(r, *t, "mailbox.oauth2.", who);
    const int secrets = !m.password_file.empty() + !m.password_env.empty() + !m.password_credential.empty();
    if (m.oauth2 && secrets != 0) r.error_at(m.line, who + "with [mailbox.oauth2], no password_file, password_env or password_credential");
    if (!m.oauth2 && secrets != 1) r.error_at(m.line, who + "give exactly one of password_file, password_env, password_credential (or an [mailbox.oauth2] table)");
    if (t->get("password")) r.error(t->get("password"), who + "passwords never go in the config file");
    if (const auto known = kind_from(kind)) m.kind = *known;
    else r.error_at(m.line, who + "kind must be \"ticket\" or \"complaint\"");
    if (after == "seen") m.after = MailboxConfig::After::kMarkSeen;
    else if (after != "move") r.error_at(m.line, who + "after must be \"move\" or \"seen\"");
    for (const MailboxConfig& other : c.mailboxes)
      if (other.name == m.name) r.error_at(m.line, who + "the name is already used on line " + std::to_string(other.line));
    c.mailboxes.push_back(std::move(m));
  }
}

}  // namespace

Result<Config> load_config(const std::string& path) {
  auto text = read_file(path, kMaxConfigFileBytes);
  if (!text) return Error{"config.unreadable", "config file: " + text.error().message};
  Config c;
  c.source = path;
  toml::table root;
  try {
    root = toml::parse(*text, path);
  } catch (const toml::parse_error& e) {
    return Error{"config.syntax", path + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description())};
  }
  Reader r(path, fs::absolute(path).parent_path());
  r.unknown_keys(root, {"service", "calendar", "targets", "base_plan", "plan", "mailbox", "acknowledgements", "followups", "smtp", "health", "agents", "web"}, "");
  if (const toml::table* web = root["web"].as_table()) {
    r.unknown_keys(*web, {"listen", "secure_cookie", "sso_header", "sso_proxy", "tls_cert", "tls_key"}, "web.");
    r.read_path(*web, "tls_cert", c.web_tls_cert, "web.");
    r.read_path(*web, "tls_key", c.web_tls_key, "web.");
    if (c.web_tls_cert.empty() != c.web_tls_key.empty()) r.error(web, "web.tls_cert and web.tls_key go together");
    r.read(*web, "listen", c.web_listen, "web.");
    r.read(*web, "secure_cookie", c.web_secure_cookie, "web.");
    r.read(*web, "sso_header", c.web_sso_header, "web.");
    r.read(*web, "sso_proxy", c.web_sso_proxy, "web.");
    if (c.web_sso_header.empty() != c.web_sso_proxy.empty())
      r.error(web, "web.sso_header and web.sso_proxy go together (the header is trusted from that address only)");
    const auto address = parse_listen(c.web_listen);
    if (!address || (!is_loopback_host(address->host) && c.web_tls_cert.empty()))
      r.error(web->get("listen"), "web.listen must be a loopback address unless billetweb has tls_cert and tls_key "
                                  "(else put a TLS reverse proxy in front)");
    if (!c.web_tls_cert.empty()) c.web_secure_cookie = true;
  }
  if (const toml::table* health = root["health"].as_table()) {
    r.unknown_keys(*health, {"listen"}, "health.");
    r.read(*health, "listen", c.health_listen, "health.");
    const auto address = parse_listen(c.health_listen);
    if (!c.health_listen.empty() && (!address || !is_loopback_host(address->host)))
      r.error(health->get("listen"), "health.listen must be a loopback address: 127.0.0.1:PORT or [::1]:PORT");
  }
  read_service(r, root, c);
  read_calendar(r, root, c);
  read_targets(r, root, c);
  read_plans(r, root, c);
  read_mailboxes(r, root, c);
  read_acks(r, root, c);
  read_followups(r, root, c);
  read_smtp(r, root, c);
  if (const toml::table* agents = root["agents"].as_table()) {
    r.unknown_keys(*agents, {"socket", "agents_group", "customer_service_group", "leads_group"}, "agents.");
    r.read_path(*agents, "socket", c.agents.socket, "agents.");
    if (const auto* s = agents->get_as<std::string>("socket"); s && s->get().empty()) c.agents.socket.clear();
    r.read(*agents, "agents_group", c.agents.agents_group, "agents.");
    r.read(*agents, "customer_service_group", c.agents.customer_service_group, "agents.");
    r.read(*agents, "leads_group", c.agents.leads_group, "agents.");
    if (c.agents.socket.size() > 100) r.error(agents->get("socket"), "agents.socket must be a path of at most 100 bytes");
  }
  if (auto cal = make_calendar(c); !cal) r.error_at(0, cal.error().message);
  if (!r.errors().empty()) {
    std::string all;
    for (const auto& e : r.errors()) all += (all.empty() ? "" : "\n") + e;
    return Error{"config.invalid", all};
  }
  return c;
}

namespace {

// A secret from the environment is taken once: kept in this process's memory, then wiped from
// its environment, bytes included (the initial environment block is what /proc/PID/environ
// shows to every process of the same user), so children and `ps e` never see it. Later reads
// (a reload) get the kept copy; a new value in the environment replaces it. Thread-safe.
Result<std::string> take_environment_secret(const std::string& who, const std::string& name) {
  static std::mutex mutex;
  static std::map<std::string, std::string> taken;
  const std::lock_guard lock(mutex);
  if (char* value = std::getenv(name.c_str()); value && *value) {
    std::string secret(value);
    std::memset(value, 0, secret.size());
    ::unsetenv(name.c_str());
    taken[name] = secret;
    return secret;
  }
  if (auto it = taken.find(name); it != taken.end()) return it->second;
  return Error{"secret.missing", who + ": environment variable " + name + " is not set"};
}

Result<std::string> read_secret(const std::string& who, const std::string& file, const std::string& env,
                                const std::string& credential) {
  std::string path = file;
  if (!env.empty()) return take_environment_secret(who, env);
  if (!credential.empty()) {
    const char* dir = std::getenv("CREDENTIALS_DIRECTORY");
    if (!dir) return Error{"secret.missing", who + ": CREDENTIALS_DIRECTORY is not set (LoadCredential=)"};
    path = std::string(dir) + "/" + credential;
  }
  auto read = read_file(path, 64 * 1024);
  if (!read) return Error{"secret.unreadable", who + ": password file: " + read.error().message};
  std::string secret = std::move(*read);
  while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r')) secret.pop_back();
  if (secret.empty()) return Error{"secret.missing", who + ": password file " + path + " is empty"};
  return secret;
}

}  // namespace

Result<std::string> read_password(const MailboxConfig& m) {
  if (m.oauth2) return std::string();
  return read_secret("mailbox " + m.name, m.password_file, m.password_env, m.password_credential);
}

Result<OAuth2Secrets> read_oauth2_secrets(const std::string& who, const OAuth2Config& o) {
  OAuth2Secrets out;
  if (!o.client_secret_file.empty() || !o.client_secret_credential.empty()) {
    auto secret = read_secret(who + " oauth2 client secret", o.client_secret_file, "", o.client_secret_credential);
    if (!secret) return secret.error();
    out.client_secret = std::move(*secret);
  }
  if (!o.private_key_file.empty() || !o.private_key_credential.empty()) {
    auto key = read_secret(who + " oauth2 private key", o.private_key_file, "", o.private_key_credential);
    if (!key) return key.error();
    out.private_key_pem = std::move(*key);
  }
  if (!o.refresh_token_file.empty() || !o.refresh_token_credential.empty()) {
    auto token = read_secret(who + " oauth2 refresh token", o.refresh_token_file, "", o.refresh_token_credential);
    if (!token) return token.error();
    out.refresh_token = std::move(*token);
  }
  return out;
}

Result<std::string> read_smtp_password(const SmtpConfig& s) {
  if (s.user.empty() || s.oauth2) return std::string();
  return read_secret("smtp", s.password_file, s.password_env, s.password_credential);
}

Result<triage::BusinessCalendar> make_calendar(const Config& config) {
  auto holidays = triage::HolidayCalendar::named(config.holiday_calendar);
  if (!holidays) return holidays.error();
  for (const auto& d : config.extra_holidays) holidays->add_extra(d);
  return triage::BusinessCalendar::create(config.time_zone, std::move(*holidays));
}

namespace {

// The comparable form of an address: lower-case, no "+tag", no trailing dot in the domain.
std::string canonical_address(const std::string& address) {
  std::string a;
  for (const char c : address) a += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const size_t at = a.rfind('@');
  if (at == std::string::npos) return a;
  std::string local = a.substr(0, at), domain = a.substr(at + 1);
  if (const size_t plus = local.find('+'); plus != std::string::npos && plus > 0) local.resize(plus);
  while (!domain.empty() && domain.back() == '.') domain.pop_back();
  return local + "@" + domain;
}

}  // namespace

bool is_own_address(const Config& config, const std::string& address) {
  const std::string a = canonical_address(address);
  if (a.find('@') == std::string::npos) return false;
  auto same = [&](const std::string& own) { return !own.empty() && canonical_address(own) == a; };
  for (const std::string& own : config.own_addresses)
    if (same(own)) return true;
  for (const MailboxConfig& m : config.mailboxes)
    if (same(m.address)) return true;
  return same(config.followups.team_address) || same(config.acks.envelope_sender) ||
         same(config.acks.support_address) || (config.smtp.user.find('@') != std::string::npos && same(config.smtp.user));
}

bool is_loopback_host(const std::string& host) {
  if (host == "::1" || host == "localhost") return true;
  int parts = 0;
  size_t digits = 0;
  for (const char c : host + ".") {
    if (c == '.') {
      if (digits == 0 || digits > 3) return false;
      ++parts;
      digits = 0;
    } else if (c >= '0' && c <= '9') {
      ++digits;
    } else {
      return false;
    }
  }
  return parts == 4 && host.rfind("127.", 0) == 0;
}

std::optional<ListenAddress> parse_listen(const std::string& listen) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos || colon + 1 == listen.size() || listen.size() - colon > 6) return std::nullopt;
  ListenAddress out;
  for (size_t i = colon + 1; i < listen.size(); ++i) {
    if (listen[i] < '0' || listen[i] > '9') return std::nullopt;
    out.port = out.port * 10 + (listen[i] - '0');
  }
  if (out.port > 65535) return std::nullopt;
  out.host = listen.substr(0, colon);
  if (out.host.size() > 2 && out.host.front() == '[' && out.host.back() == ']') out.host = out.host.substr(1, out.host.size() - 2);
  return out;
}

}  // namespace billet::daemon
