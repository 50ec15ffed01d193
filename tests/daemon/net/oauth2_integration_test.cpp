// OAuth 2.0 end to end: a real Dovecot whose oauth2 passdb asks a real OAuth server (RFC 7662
// introspection, scripts/oauth-server.py) and an SMTP sink that does the same; billetd gets its
// tokens from that server's token endpoint (client credentials, refresh token).
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>

#include "daemon/config.h"
#include "daemon/service/runtime.h"
#include "daemon/service/service.h"
#include "storage/store.h"
#include "support/background_service.h"
#include "support/mail_sandbox.h"
#include "support/run_once.h"

namespace billet::daemon {
namespace {

using billet::testing::MailSandbox;

std::string message(const std::string& id, const std::string& subject) {
  return "From: Client <client-" + id + "@ville.qc.ca>\r\nSubject: " + subject + "\r\nMessage-ID: <" + id +
         "@ville.qc.ca>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour, une question.\r\n";
}

using billet::testing::run_once;

size_t tickets(const std::string& database) {
  auto store = storage::open_sqlite_store(database);
  return store.ok() ? (*store)->list_tickets({})->size() : 0;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class OAuth2Mailboxes : public ::testing::Test {
 protected:
  std::string write_config() {
    MailSandbox::ConfigOptions options;
    options.oauth = true;
    return mail.write_config(options);
  }
  MailSandbox mail;
};

TEST_F(OAuth2Mailboxes, BothGrantsIngestAndTheAcknowledgementsLeaveWithABearerToken) {
  mail.deliver("support", message("a1", "Question"));
  mail.deliver("sac", message("b1", "Plainte"));
  std::string log;
  ASSERT_EQ(run_once(write_config(), &log), 0) << log;
  EXPECT_EQ(tickets(mail.database()), 2u);
  EXPECT_EQ(mail.sent_messages().size(), 2u);
  EXPECT_EQ(read_text(mail.dir() + "/mail/smtp/auth.log"), "OAUTHBEARER ok\n") << "one login, kept for both emails";
  EXPECT_EQ(mail.oauth_requests("support-app"), 1);
  EXPECT_GE(mail.oauth_requests("sac-app"), 1) << "the refresh token grant";
  EXPECT_EQ(mail.oauth_requests("smtp-app"), 1);
  const std::string dovecot = read_text(mail.dir() + "/mail/log/dovecot.log");
  EXPECT_NE(dovecot.find("user=<support>, method=XOAUTH2"), std::string::npos) << "no password was used";
  EXPECT_EQ(dovecot.find("method=PLAIN"), std::string::npos);
  EXPECT_EQ(log.find(read_text(mail.dir() + "/mail/secrets/support-app.secret")), std::string::npos)
      << "no secret in a log line";
}

// Tokens that live 3 seconds. A token is only shown at login, so the servers are restarted
// mid-run (every connection drops, and the OAuth server forgets the tokens it issued): billetd
// logs in again with a renewed token, or is refused, asks for a fresh one and retries; no
// message is lost or doubled.
TEST_F(OAuth2Mailboxes, TokensThatExpireOrAreForgottenAreRenewedWithoutALostOrDoubledMessage) {
  mail.oauth_token_lifetime(3);
  auto config = load_config(write_config());
  ASSERT_TRUE(config.ok()) << config.error().message;
  {
    billet::testing::BackgroundService service(*config);
    for (int round = 0; round < 2; ++round) {
      for (int i = 0; i < 5; ++i) mail.deliver("support", message("t" + std::to_string(round * 5 + i), "Question"));
      for (int i = 0; i < 100 && tickets(mail.database()) < size_t(5 * (round + 1)); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds{100});
      EXPECT_EQ(tickets(mail.database()), size_t(5 * (round + 1))) << service.log();
      if (round == 0) {
        mail.stop();
        std::this_thread::sleep_for(std::chrono::seconds{4});  // every token issued has expired
        mail.start();
      }
    }
    service.stop();
  }
  EXPECT_EQ(mail.count("support", "Processed"), 10);
  EXPECT_GE(mail.oauth_requests("support-app"), 2) << "renewed after the restart";
  EXPECT_LE(mail.oauth_requests("support-app"), 12) << "not one per command";
}

TEST_F(OAuth2Mailboxes, ARevokedGrantStopsThatMailboxWithAClearErrorWhileTheOtherWorks) {
  mail.oauth_revoke("support-app");
  mail.deliver("support", message("r1", "Question"));
  mail.deliver("sac", message("r2", "Plainte"));
  std::string log;
  EXPECT_EQ(run_once(write_config(), &log), 1) << "--once reports the failing mailbox";
  EXPECT_NE(log.find("mailbox support:"), std::string::npos) << log;
  EXPECT_NE(log.find("refused the grant: invalid_grant"), std::string::npos) << log;
  EXPECT_EQ(tickets(mail.database()), 1u) << "sac was polled";
  EXPECT_EQ(mail.count("support", "INBOX"), 1) << "support's message waits on the server";

  // The daemon says so in /healthz and billetctl health, and asks the identity provider again
  // only after its backoff (a minute for a refused grant).
  const int port = billet::testing::free_loopback_port();
  MailSandbox::ConfigOptions options;
  options.oauth = true;
  options.extra_tables = "[health]\nlisten = \"127.0.0.1:" + std::to_string(port) + "\"\n";
  const std::string path = mail.write_config(options);
  const int requests_before = mail.oauth_requests("support-app");
  billet::testing::BackgroundService service(*load_config(path));
  std::string health;
  // Until both mailboxes have reported (under the sanitizers on a loaded machine, sac's first pass
  // may end after support's first failure).
  auto both_reported = [&health] {
    return health.find("oauth.grant") != std::string::npos && health.find("sac: ok") != std::string::npos;
  };
  for (int i = 0; i < 200 && !both_reported(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    billet::testing::run_command(std::string(BILLETCTL_BINARY) + " --config " + path + " health", &health);
  }
  std::this_thread::sleep_for(std::chrono::seconds{3});  // several passes of the mailbox (1 s backoff)
  service.stop();
  EXPECT_NE(health.find("support: failing for"), std::string::npos) << health;
  EXPECT_NE(health.find("(oauth.grant)"), std::string::npos) << health;
  EXPECT_NE(health.find("sac: ok"), std::string::npos) << health;
  EXPECT_EQ(mail.oauth_requests("support-app") - requests_before, 1) << "one request, then the grant's backoff";
}

// The token endpoint down while the daemon runs 8 s: one request, then the backoff (5 s, 10 s):
// never a tight loop against the identity provider.
TEST_F(OAuth2Mailboxes, ATokenEndpointThatIsDownIsNotHammered) {
  mail.oauth_down(true);
  mail.deliver("sac", message("d1", "Plainte"));
  auto config = load_config(write_config());
  ASSERT_TRUE(config.ok());
  billet::testing::BackgroundService service(*config);
  std::this_thread::sleep_for(std::chrono::seconds{8});
  service.stop();
  EXPECT_GE(mail.oauth_requests("support-app"), 1);
  EXPECT_LE(mail.oauth_requests("support-app"), 3) << service.log();
  EXPECT_NE(service.log().find("answered 503"), std::string::npos) << service.log();
  EXPECT_EQ(tickets(mail.database()), 0u) << "sac's refresh token grant is down too";
  mail.oauth_down(false);
}

// Google Workspace's domain-wide delegation: a service account's signed assertion (RFC 7523)
// acting for the mailbox user; an assertion signed with a key the server does not know is refused.
TEST_F(OAuth2Mailboxes, AServiceAccountsSignedAssertionOpensTheMailboxAndAForeignKeyIsRefused) {
  mail.deliver("support", message("j1", "Question"));
  MailSandbox::ConfigOptions options;
  options.oauth = true;
  options.support_jwt = true;
  std::string log;
  ASSERT_EQ(run_once(mail.write_config(options), &log), 0) << log;
  EXPECT_EQ(tickets(mail.database()), 1u);
  EXPECT_NE(read_text(mail.dir() + "/mail/log/dovecot.log").find("user=<support>, method=XOAUTH2"), std::string::npos);

  const std::string foreign = mail.dir() + "/foreign.key";
  ASSERT_EQ(billet::testing::run_command("openssl genrsa -out " + foreign + " 2048"), 0);
  options.support_private_key = foreign;
  mail.deliver("support", message("j2", "Question"));
  EXPECT_EQ(run_once(mail.write_config(options), &log), 1);
  EXPECT_NE(log.find("invalid_grant: the assertion is not valid"), std::string::npos) << log;
  EXPECT_EQ(tickets(mail.database()), 1u);

  options.support_private_key = mail.dir() + "/mail/secrets/support.pass";  // not a key at all
  auto config = load_config(mail.write_config(options));
  ASSERT_TRUE(config.ok());
  auto runtime = make_runtime(*config);
  ASSERT_FALSE(runtime.ok()) << "a key that cannot sign is a configuration error at load";
  EXPECT_NE(runtime.error().message.find("not a PEM private key"), std::string::npos) << runtime.error().message;
}

// billetctl oauth login: the device authorization grant (RFC 8628) stores a refresh token that
// billetd then uses. The "user" says yes by writing the code to the OAuth server's approved file.
TEST_F(OAuth2Mailboxes, AnAdminLogsAMailboxInWithADeviceCodeAndBilletdUsesTheRefreshTokenItStores) {
  const std::string path = write_config();
  std::string text = read_text(path);
  const std::string old_refresh = mail.dir() + "/mail/secrets/sac.refresh";
  const std::string new_refresh = mail.dir() + "/sac-device.refresh";
  text.replace(text.find(old_refresh), old_refresh.size(), new_refresh);
  const std::string device_url = "http://127.0.0.1:" + read_text(mail.oauth_dir() + "/ready").substr(
                                                           read_text(mail.oauth_dir() + "/ready").find(' ') + 1) + "/device";
  text += "\n";
  text.insert(text.find("client_id = \"sac-app\""), "device_authorization_url = \"" + device_url + "\"\n");
  std::ofstream(path) << text;

  FILE* login = ::popen((std::string(BILLETCTL_BINARY) + " --config " + path + " oauth login sac 2>&1").c_str(), "r");
  ASSERT_NE(login, nullptr);
  std::string printed, code;
  char line[512];
  while (code.empty() && std::fgets(line, sizeof line, login)) {
    printed += line;
    std::string l(line);
    if (printed.find("enter the code") != std::string::npos && l.find("enter the code") == std::string::npos)
      code = l.substr(l.find_first_not_of(' '), l.find_last_not_of(" \n") - l.find_first_not_of(' ') + 1);
  }
  ASSERT_FALSE(code.empty()) << printed;
  EXPECT_NE(printed.find("/device/verify"), std::string::npos) << printed;
  std::ofstream(mail.oauth_dir() + "/approved") << code << "\n";
  while (std::fgets(line, sizeof line, login)) printed += line;
  EXPECT_EQ(::pclose(login), 0) << printed;
  EXPECT_NE(printed.find("Refresh token stored in " + new_refresh), std::string::npos) << printed;

  struct stat st {};
  ASSERT_EQ(::stat(new_refresh.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  mail.deliver("sac", message("dev1", "Plainte"));
  std::string log;
  EXPECT_EQ(run_once(path, &log), 0) << log;
  EXPECT_EQ(tickets(mail.database()), 1u) << "sac logged in with a token from the stored refresh token";
}

}  // namespace
}  // namespace billet::daemon
