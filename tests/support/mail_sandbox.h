#pragma once
// A real Dovecot on 127.0.0.1 for integration tests (scripts/mail-sandbox.sh), in a temporary
// directory removed at the end. Also writes billetd configs that point at it.
#include <string>
#include <vector>

namespace billet::testing {

// Runs a shell command; returns its exit status and fills `output` with stdout+stderr.
int run_command(const std::string& command, std::string* output = nullptr);

// A TCP port free on 127.0.0.1 now (the OS picks it), for a server a test starts.
int free_loopback_port();

class MailSandbox {
 public:
  MailSandbox();  // starts the server; fails the test when it cannot
  ~MailSandbox();
  MailSandbox(const MailSandbox&) = delete;
  MailSandbox& operator=(const MailSandbox&) = delete;

  void start();
  void stop();
  void deliver(const std::string& user, const std::string& raw, const std::string& folder = "INBOX");
  // Many messages into INBOX at once, written straight into the Maildir (as a delivery agent
  // does; doveadm per message would take minutes for a backlog). They stay unseen.
  void deliver_many(const std::string& user, const std::vector<std::string>& raws);
  void recreate_folder(const std::string& user, const std::string& folder);
  // Messages in `folder` of `user` (via doveadm, independent of billetd's IMAP client).
  int count(const std::string& user, const std::string& folder);

  const std::string& dir() const { return dir_; }
  int imap_port() const { return imap_port_; }
  int imaps_port() const { return imaps_port_; }
  std::string ca_file() const { return dir_ + "/mail/cert.pem"; }
  std::string password_file(const std::string& user) const { return dir_ + "/mail/secrets/" + user + ".pass"; }

  struct ConfigOptions {
    bool support_over_starttls = false;  // support@ over imap:// + STARTTLS instead of imaps://
    std::string support_folder = "INBOX";
    std::string after = "move";
    std::string support_password_file;  // default: the real one
    int support_port = 0;               // default: the sandbox's
    int max_attempts = 3;
    int poll_interval = 1;
    bool idle = true;
    bool smtp = true;  // an [smtp] section pointing at the sink
    int max_per_hour = 5;
    int smtp_port = 0;  // default: the sink's
    std::string templates_dir;  // default: etc/templates
    std::string extra_tables;   // appended at the end (e.g. "[followups]\nteam_address = ...")
    std::string extra_service;          // more lines for [service]
    // Mailboxes and SMTP log in with OAuth 2.0 tokens from the sandbox's OAuth server: support
    // with client credentials (support-app), sac with a refresh token, SMTP with client
    // credentials (smtp-app, OAUTHBEARER). No passwords.
    bool oauth = false;
    // With oauth: support's grant is the JWT bearer (a service account acting for "support",
    // signed with `support_private_key`, default the sandbox's service account key).
    bool support_jwt = false;
    std::string support_private_key;
  };
  // Writes a billetd config for mailboxes "support" (tickets) and "sac" (complaints); returns its path.
  std::string write_config(const ConfigOptions& options);
  std::string write_config() { return write_config(ConfigOptions{}); }
  std::string database() const { return dir_ + "/billetd.db"; }

  // Every message the SMTP sink accepted, in order, byte for byte.
  std::vector<std::string> sent_messages() const;
  // Envelope recipients of sent message `index` (0-based), as the sink recorded them (JSON).
  std::string sent_envelope(size_t index) const;
  // "451 2": refuse the next two messages with 451; "550": refuse all; "": accept.
  void smtp_mode(const std::string& mode);
  int smtp_port() const { return smtp_port_; }

  // The sandbox's OAuth server (scripts/oauth-server.py): its state directory, the lifetime of
  // the tokens it issues from now on, grants revoked (client ids), the token endpoint down, and
  // how many /token requests each client made.
  std::string oauth_dir() const { return dir_ + "/mail/oauth"; }
  void oauth_token_lifetime(int seconds);
  void oauth_revoke(const std::string& client_id);
  void oauth_down(bool down);
  int oauth_requests(const std::string& client_id) const;

 private:
  std::string script_;
  std::string dir_;
  int imap_port_ = 0;
  int imaps_port_ = 0;
  int smtp_port_ = 0;
  int oauth_port_ = 0;
};

}  // namespace billet::testing
