#pragma once
// billetd's configuration file (TOML): mailboxes, database, rules, calendar, targets and plans.
// See etc/billetd.toml for every key with its default. Relative paths are relative to the
// directory of the config file. Passwords are never in the file: a password file, an
// environment variable, or a systemd credential.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "triage/calendar.h"
#include "triage/deadline.h"

namespace billet::daemon {

// OAuth 2.0 instead of a password, for a mailbox ([mailbox.oauth2]) or the SMTP sender
// ([smtp.oauth2]): where billetd gets its bearer tokens (docs/oauth2-microsoft365.md, -google.md).
struct OAuth2Config {
  // kJwtBearer: RFC 7523, a JWT signed with the private key (Google service account, domain-wide
  // delegation): client_id is the service account's email, subject the mailbox user.
  enum class Grant { kClientCredentials, kRefreshToken, kJwtBearer };
  Grant grant = Grant::kClientCredentials;
  std::string token_url;  // https://...; http:// only to a loopback address
  std::string client_id;
  std::string client_secret_file;        // client credentials: one of these two
  std::string client_secret_credential;  // (a refresh token grant may have neither: public client)
  std::string refresh_token_file;        // refresh token grant: one of these two
  std::string refresh_token_credential;
  std::string private_key_file;          // JWT bearer grant: one of these two (PEM)
  std::string private_key_credential;
  std::string subject;                   // JWT bearer: the user acted for; default: the login user
  std::string scope;
  std::string device_authorization_url;  // for `billetctl oauth login` (RFC 8628); may be empty
  std::string ca_file;                   // extra CA for the token endpoint
  std::string mechanism = "XOAUTH2";     // SASL: XOAUTH2 (Microsoft, Google) or OAUTHBEARER (RFC 7628)
  int line = 0;
};

struct MailboxConfig {
  std::string name;  // short name used in logs and the database ("support", "sac")
  std::string url;   // imaps://host[:port]/FOLDER or imap://host[:port]/FOLDER (STARTTLS)
  std::string user;
  std::string password_file;        // path, or
  std::string password_env;         // environment variable name, or
  std::string password_credential;  // name in $CREDENTIALS_DIRECTORY (systemd LoadCredential=)
  Kind kind = Kind::kTicket;
  std::string address;              // the public address (From of its acknowledgements)
  std::string from_name;            // display name of its emails; empty: [acknowledgements] from_name
  std::string phone;                // its own phone line for clients ({{contact_phone}}); may be empty
  // What is done on the server with a stored message: after = "move" (to processed_folder) or
  // "seen" (flagged \Seen, left in place).
  enum class After { kMove, kMarkSeen };
  After after = After::kMove;
  std::string processed_folder = "Processed";
  std::string quarantine_folder = "Quarantine";
  std::string ca_file;              // extra CA for private servers; verification stays on
  bool allow_plaintext = false;     // imap:// without STARTTLS: only for loopback test servers
  bool idle = true;                 // IMAP IDLE on a second connection: new mail within seconds
  std::optional<OAuth2Config> oauth2;  // set: log in with a bearer token, no password
  int line = 0;                     // where it was defined, for messages
};

struct AckConfig {
  bool enabled = true;
  std::string templates_dir = "/etc/billetd/templates";
  std::string from_name = "Soutien SOMUM";
  std::string message_id_domain = "billetd.somum.com";
  std::string envelope_sender;  // bounce address (a watched mailbox); default: the mailbox's address
  std::string support_phone = "1-888-905-6666";
  std::string support_address = "support@somum.com";
  std::string emergency_phone = "1-888-758-5708";
  std::string hours_fr = "de 8 h 30 à 16 h 30, les jours ouvrables";
  std::string hours_en = "8:30 a.m. to 4:30 p.m., on business days";
  int max_per_recipient_per_hour = 5;
  // The authserv-id of the receiving mail server's Authentication-Results (RFC 8601), which must
  // remove any such header arriving from outside. A DMARC pass there lets an acknowledgement go
  // to any Reply-To; without it, only to a Reply-To of the From domain. Empty: trust none.
  std::string trusted_authserv_id;
};

struct FollowupConfig {
  std::chrono::minutes interval{30};  // level 1: the client hears from us this often while open
  int escalation_percent = 80;        // the team is warned when this much of the target has passed
  std::string team_address;           // escalations go here; empty: breaches are only marked
};

struct SmtpConfig {
  std::string url;  // smtps://host[:port] or smtp://host[:port] (STARTTLS required); empty: no sending
  std::string user;  // empty: no AUTH
  std::string password_file;
  std::string password_env;
  std::string password_credential;
  std::string ca_file;
  // Temporary failures (4xx, network) are retried with backoff until the email is this old: an
  // outage of hours must not throw away every acknowledgement. max_attempts caps the tries too.
  int give_up_after_hours = 48;
  int max_attempts = 1000;
  // The delay before retry n: retry_initial * 2^(n-1), at most retry_max. Its own keys: [service]
  // backoff_* is the IMAP side's.
  std::chrono::seconds retry_initial{5};
  std::chrono::seconds retry_max{300};
  std::optional<OAuth2Config> oauth2;  // set (with user): AUTH with a bearer token, no password
};

// [agents]: the local socket of agent actions and the system groups that give the roles.
struct AgentsConfig {
  std::string socket;  // e.g. /run/billetd/agent.sock (the unit's RuntimeDirectory); empty: none
  std::string agents_group = "billetd-agents";          // tickets
  std::string customer_service_group = "billetd-cs";    // complaints
  std::string leads_group = "billetd-leads";            // both
};

struct Config {
  std::string source;  // the file it came from
  std::string database = "/var/lib/billetd/billetd.db";
  std::string rules_file = "/etc/billetd/rules.toml";
  std::chrono::seconds poll_interval{60};
  std::chrono::seconds backoff_initial{5};
  std::chrono::seconds backoff_max{300};
  int max_attempts = 3;  // a message that failed or crashed this often is quarantined
  // A larger message is not fetched whole: its header and size are recorded, the ticket opens from
  // its header and the acknowledgement explains the limit. At most 64 (the memory bounds and the
  // unit's MemoryMax= are sized for it).
  int max_message_mib = 64;
  std::string ticket_tag = "SOMUM";
  std::vector<std::string> own_addresses;  // lower-case; mail from them is never answered
  std::string log_level = "info";

  std::string time_zone = "America/Toronto";
  std::string holiday_calendar = "quebec";
  std::vector<std::chrono::year_month_day> extra_holidays;
  triage::DeadlinePolicy deadlines = triage::DeadlinePolicy::defaults();

  std::vector<MailboxConfig> mailboxes;
  std::string health_listen;  // [health] listen = "127.0.0.1:9187"; empty: no HTTP listener
  // [web]: the console (billetweb). Loopback only: TLS and the outside world are a reverse
  // proxy's job (docs/web-console.md). secure_cookie = false only for plain-HTTP local use.
  std::string web_listen = "127.0.0.1:8088";
  bool web_secure_cookie = true;
  // Single sign-on: a request from web_sso_proxy (an address, e.g. "127.0.0.1") carrying header
  // web_sso_header (e.g. "X-Remote-User") is signed in as that console account, without a password
  // (the proxy authenticated the person). Empty: off.
  std::string web_sso_header;
  std::string web_sso_proxy;
  // HTTPS served by billetweb itself (PEM); then listen may be any address. Empty: plain HTTP on
  // loopback, behind a TLS reverse proxy.
  std::string web_tls_cert;
  std::string web_tls_key;
  AckConfig acks;
  FollowupConfig followups;
  SmtpConfig smtp;
  AgentsConfig agents;
};

// Reads and validates `path`. On failure the error message lists every problem found, one per
// line, as "FILE:LINE: what is wrong".
// Whether `address` is one of billetd's own, in any spelling: case, a "+tag" in the local part, a
// trailing dot in the domain. Own: [service] own_addresses, every mailbox's address, the team
// address, the envelope sender, the support address and an SMTP login that is an address.
bool is_own_address(const Config& config, const std::string& address);

Result<Config> load_config(const std::string& path);

// The mailbox password, from its file, environment variable or credential (trailing newline cut).
Result<std::string> read_password(const MailboxConfig& mailbox);

// The SMTP password (same sources as a mailbox's).
Result<std::string> read_smtp_password(const SmtpConfig& smtp);

// The OAuth client secret and refresh token `o` names, from their files or credentials:
// {client_secret, refresh_token}, either may be empty when not configured.
struct OAuth2Secrets {
  std::string client_secret;
  std::string refresh_token;
  std::string private_key_pem;
};
Result<OAuth2Secrets> read_oauth2_secrets(const std::string& who, const OAuth2Config& o);

// The business calendar the config describes.
Result<triage::BusinessCalendar> make_calendar(const Config& config);

// Whether `host` is a loopback literal: an IPv4 address 127.x.y.z (four numeric parts), ::1 or
// "localhost" ("127.example.com" is not).
bool is_loopback_host(const std::string& host);

// "HOST:PORT" or "[V6]:PORT" (the listen keys of [health] and [web]): the host without brackets
// and the port (0-65535); nothing when it does not read so.
struct ListenAddress {
  std::string host;
  int port = 0;
};
std::optional<ListenAddress> parse_listen(const std::string& listen);

}  // namespace billet::daemon
