#include "support/mail_sandbox.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <chrono>

#include "support/test_files.h"

namespace billet::testing {

int run_command(const std::string& command, std::string* output) {
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  std::array<char, 4096> buffer{};
  std::string out;
  while (size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
  const int status = pclose(pipe);
  if (output) *output = out;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int free_loopback_port() {
  std::string out;
  run_command("python3 -c 'import socket; s=socket.socket(); s.bind((\"127.0.0.1\",0)); print(s.getsockname()[1])'", &out);
  return std::stoi(out);
}

MailSandbox::MailSandbox() : script_(std::string(BILLETD_SOURCE_DIR) + "/scripts/mail-sandbox.sh") {
  char pattern[] = "/tmp/bts.XXXXXX";
  const char* made = mkdtemp(pattern);
  if (!made) {
    ADD_FAILURE() << "mkdtemp failed";
    return;
  }
  dir_ = made;
  chmod(dir_.c_str(), 0755);  // Dovecot's unprivileged processes must reach the sandbox
  start();
}

MailSandbox::~MailSandbox() {
  stop();
  if (!dir_.empty()) std::filesystem::remove_all(dir_);
}

void MailSandbox::start() {
  std::string out;
  const int rc = run_command("bash " + script_ + " start " + dir_ + "/mail", &out);
  ASSERT_EQ(rc, 0) << "mail sandbox did not start: " << out;
  std::ifstream env(dir_ + "/mail/env");
  for (std::string line; std::getline(env, line);) {
    if (line.rfind("IMAP_PORT=", 0) == 0) imap_port_ = std::stoi(line.substr(10));
    if (line.rfind("IMAPS_PORT=", 0) == 0) imaps_port_ = std::stoi(line.substr(11));
    if (line.rfind("SMTP_PORT=", 0) == 0) smtp_port_ = std::stoi(line.substr(10));
    if (line.rfind("OAUTH_PORT=", 0) == 0) oauth_port_ = std::stoi(line.substr(11));
  }
  ASSERT_GT(imap_port_, 0);
  ASSERT_GT(imaps_port_, 0);
}

void MailSandbox::stop() {
  if (!dir_.empty()) run_command("bash " + script_ + " stop " + dir_ + "/mail");
}

void MailSandbox::deliver(const std::string& user, const std::string& raw, const std::string& folder) {
  const std::string file = dir_ + "/deliver.eml";
  {
    std::ofstream out(file, std::ios::binary);
    out << raw;
  }
  std::string out;
  const int rc = run_command("bash " + script_ + " deliver " + dir_ + "/mail " + user + " " + folder + " < " + file, &out);
  ASSERT_EQ(rc, 0) << "delivery failed: " << out;
}

void MailSandbox::deliver_many(const std::string& user, const std::vector<std::string>& raws) {
  const std::string home = dir_ + "/mail/mail/" + user;  // the sandbox script's DIR is dir_/mail
  const std::string maildir = home + "/Maildir";
  for (const char* sub : {"/cur", "/new", "/tmp"}) std::filesystem::create_directories(maildir + sub);
  const auto stamp = std::chrono::system_clock::now().time_since_epoch().count();
  for (size_t i = 0; i < raws.size(); ++i) {
    const std::string name = std::to_string(stamp) + ".M" + std::to_string(i) + ".billetd-test";
    std::ofstream out(maildir + "/tmp/" + name, std::ios::binary);
    out << raws[i];
    out.close();
    std::filesystem::rename(maildir + "/tmp/" + name, maildir + "/new/" + name);
  }
  std::string out;
  const int rc = run_command("chown -R --reference=" + home + " " + maildir, &out);
  ASSERT_EQ(rc, 0) << out;
}

void MailSandbox::recreate_folder(const std::string& user, const std::string& folder) {
  std::string out;
  ASSERT_EQ(run_command("bash " + script_ + " recreate " + dir_ + "/mail " + user + " " + folder, &out), 0) << out;
}

int MailSandbox::count(const std::string& user, const std::string& folder) {
  std::string out;
  const int rc = run_command("doveadm -c " + dir_ + "/mail/dovecot.conf search -u " + user + " mailbox " + folder + " ALL", &out);
  if (rc != 0) return out.find("Mailbox doesn't exist") != std::string::npos || out.find("doesn't exist") != std::string::npos ? 0 : -1;
  int lines = 0;
  for (const char c : out)
    if (c == '\n') ++lines;
  return lines;
}

std::string MailSandbox::write_config(const ConfigOptions& o) {
  const std::string path = dir_ + "/billetd.toml";
  std::ofstream out(path);
  const int support_port = o.support_port ? o.support_port : (o.support_over_starttls ? imap_port_ : imaps_port_);
  out << "[service]\n"
      << "database = \"" << database() << "\"\n"
      << "rules = \"" << BILLETD_SOURCE_DIR << "/etc/rules.toml\"\n"
      << "poll_interval_seconds = " << o.poll_interval << "\n"
      << "backoff_initial_seconds = 1\nbackoff_max_seconds = 2\n"
      << "max_attempts = " << o.max_attempts << "\n"
      << "own_addresses = [\"support@somum.com\", \"sac@somum.com\"]\n"
      << o.extra_service << "\n"
      << "[[mailbox]]\nname = \"support\"\n"
      << "url = \"" << (o.support_over_starttls ? "imap" : "imaps") << "://localhost:" << support_port << "/"
      << o.support_folder << "\"\n"
      << "user = \"support\"\n";
  if (!o.oauth)
    out << "password_file = \"" << (o.support_password_file.empty() ? password_file("support") : o.support_password_file)
        << "\"\n";
  out << "address = \"support@somum.com\"\nkind = \"ticket\"\nafter = \"" << o.after << "\"\n"
      << "idle = " << (o.idle ? "true" : "false") << "\n"
      << "ca_file = \"" << ca_file() << "\"\n";
  const std::string token_url = "http://127.0.0.1:" + std::to_string(oauth_port_) + "/token";
  if (o.oauth && o.support_jwt)
    out << "[mailbox.oauth2]\ngrant = \"jwt_bearer\"\ntoken_url = \"" << token_url << "\"\n"
        << "client_id = \"billetd@project.iam.example\"\nprivate_key_file = \""
        << (o.support_private_key.empty() ? dir_ + "/mail/secrets/service-account.key" : o.support_private_key)
        << "\"\nscope = \"https://mail.google.com/\"\n";
  else if (o.oauth)
    out << "[mailbox.oauth2]\ntoken_url = \"" << token_url << "\"\nclient_id = \"support-app\"\n"
        << "client_secret_file = \"" << dir_ << "/mail/secrets/support-app.secret\"\n"
        << "scope = \"https://outlook.office365.com/.default\"\n";
  out << "\n"
      << "[acknowledgements]\ntemplates = \""
      << (o.templates_dir.empty() ? std::string(BILLETD_SOURCE_DIR) + "/etc/templates" : o.templates_dir) << "\"\n"
      << "max_per_recipient_per_hour = " << o.max_per_hour << "\n\n";
  if (o.smtp) {
    out << "[smtp]\nurl = \"smtp://localhost:" << (o.smtp_port ? o.smtp_port : smtp_port_) << "\"\nuser = \"billetd\"\n";
    if (!o.oauth) out << "password_file = \"" << dir_ << "/mail/secrets/smtp.pass\"\n";
    out << "ca_file = \"" << ca_file() << "\"\n"
        << "retry_initial_seconds = 1\nretry_max_seconds = 2\n";
    if (o.oauth)
      out << "[smtp.oauth2]\ntoken_url = \"" << token_url << "\"\nclient_id = \"smtp-app\"\n"
          << "client_secret_file = \"" << dir_ << "/mail/secrets/smtp-app.secret\"\nmechanism = \"oauthbearer\"\n";
    out << "\n";
  }
  out << "[[mailbox]]\nname = \"sac\"\nurl = \"imap://localhost:" << imap_port_ << "/INBOX\"\nuser = \"sac\"\n";
  if (!o.oauth) out << "password_file = \"" << password_file("sac") << "\"\n";
  out << "address = \"sac@somum.com\"\nkind = \"complaint\"\n"
      << "ca_file = \"" << ca_file() << "\"\n";
  if (o.oauth)
    out << "[mailbox.oauth2]\ngrant = \"refresh_token\"\ntoken_url = \"" << token_url << "\"\n"
        << "client_id = \"sac-app\"\nrefresh_token_file = \"" << dir_ << "/mail/secrets/sac.refresh\"\n";
  out << "\n" << o.extra_tables << "\n";
  return path;
}

}  // namespace billet::testing

namespace billet::testing {

std::vector<std::string> MailSandbox::sent_messages() const {
  std::vector<std::string> names;
  const std::string messages = dir_ + "/mail/smtp/messages";
  if (!std::filesystem::exists(messages)) return {};
  for (const auto& e : std::filesystem::directory_iterator(messages))
    if (e.path().extension() == ".eml") names.push_back(e.path().string());
  std::sort(names.begin(), names.end());
  std::vector<std::string> out;
  for (const auto& n : names) out.push_back(read_file(n));
  return out;
}

std::string MailSandbox::sent_envelope(size_t index) const {
  char name[16];
  std::snprintf(name, sizeof name, "%04zu.json", index + 1);
  return read_file(dir_ + "/mail/smtp/messages/" + name);
}

void MailSandbox::smtp_mode(const std::string& mode) { std::ofstream(dir_ + "/mail/smtp/mode") << mode << "\n"; }

void MailSandbox::oauth_token_lifetime(int seconds) { std::ofstream(oauth_dir() + "/ttl") << seconds << "\n"; }

void MailSandbox::oauth_revoke(const std::string& client_id) {
  std::ofstream(oauth_dir() + "/revoked", std::ios::app) << client_id << "\n";
}

void MailSandbox::oauth_down(bool down) {
  if (down) std::ofstream(oauth_dir() + "/down") << "down\n";
  else std::filesystem::remove(oauth_dir() + "/down");
}

int MailSandbox::oauth_requests(const std::string& client_id) const {
  std::ifstream in(oauth_dir() + "/requests.log");
  int n = 0;
  for (std::string line; std::getline(in, line);)
    if (line.rfind(client_id + " ", 0) == 0) ++n;
  return n;
}

}  // namespace billet::testing
