#include "daemon/config.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "support/test_files.h"

namespace billet::daemon {
namespace {

// The config files a test writes, in a directory of its own removed when the process ends.
std::string write(const std::string& name, const std::string& text) {
  static const billet::testing::ScratchDir dir("billetd-config-test");
  const auto path = dir / (name + ".toml");
  std::ofstream(path) << text;
  return path.string();
}

const char* kMailbox = R"([[mailbox]]
name = "support"
url = "imaps://imap.example/INBOX"
user = "support"
password_env = "BILLETD_TEST_PASSWORD"
kind = "ticket"
)";

TEST(Config, TheShippedExampleIsValid) {
  auto c = load_config(BILLETD_SOURCE_DIR "/etc/billetd.toml");
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->mailboxes.size(), 2u);
  EXPECT_EQ(c->mailboxes[1].kind, billet::Kind::kComplaint);
  EXPECT_EQ(c->deadlines.level(3).target, std::chrono::minutes{180});
  EXPECT_EQ(c->deadlines.base.week[1].size(), 1u);
}

TEST(Config, DefaultsFollowThePolicy) {
  auto c = load_config(write("defaults", kMailbox));
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->poll_interval, std::chrono::seconds{60});
  EXPECT_EQ(c->time_zone, "America/Toronto");
  EXPECT_TRUE(c->deadlines.level(1).round_the_clock);
  EXPECT_FALSE(c->deadlines.level(4).round_the_clock);
  EXPECT_EQ(c->deadlines.complaint_target, std::chrono::minutes{960});
}

TEST(Config, EveryErrorIsReportedWithItsLine) {
  const std::string path = write("errors", std::string("[service]\n"            // 1
                                                       "poll_interval_seconds = -5\n"  // 2
                                                       "max_attempts = 0\n"            // 3
                                                       "colour = \"blue\"\n"           // 4
                                                       "\n") +
                                               kMailbox + "kind_typo = 1\n");  // mailbox at 6, typo at 12
  auto c = load_config(path);
  ASSERT_FALSE(c.ok());
  const std::string& m = c.error().message;
  EXPECT_NE(m.find(path + ":2: service.poll_interval_seconds"), std::string::npos) << m;
  EXPECT_NE(m.find(path + ":3: service.max_attempts"), std::string::npos) << m;
  EXPECT_NE(m.find(path + ":4: unknown key service.colour"), std::string::npos) << m;
  EXPECT_NE(m.find(path + ":12: unknown key mailbox.kind_typo"), std::string::npos) << m;
}

TEST(Config, ASyntaxErrorNamesItsLine) {
  const std::string path = write("syntax", "[service]\ndatabase = \"unterminated\n");
  auto c = load_config(path);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().code, "config.syntax");
  EXPECT_NE(c.error().message.find(path + ":2"), std::string::npos) << c.error().message;
}

TEST(Config, PasswordsNeverGoInTheFile) {
  auto c = load_config(write("password", std::string(kMailbox) + "password = \"hunter2\"\n"));
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().message.find("passwords never go in the config file"), std::string::npos);
  EXPECT_EQ(c.error().message.find("hunter2"), std::string::npos);
}

TEST(Config, MailboxesNeedAUrlAKindAndOneSecret) {
  auto c = load_config(write("mailbox", "[[mailbox]]\nname = \"x\"\nurl = \"http://nope\"\nuser = \"u\"\nkind = \"bug\"\n"));
  ASSERT_FALSE(c.ok());
  const std::string& m = c.error().message;
  EXPECT_NE(m.find("url must start with imaps:// or imap://"), std::string::npos) << m;
  EXPECT_NE(m.find("kind must be"), std::string::npos) << m;
  EXPECT_NE(m.find("exactly one of password_file"), std::string::npos) << m;
  EXPECT_FALSE(load_config(write("none", "[service]\n")).ok()) << "no mailbox at all";
}

TEST(Config, SmtpRetriesHaveTheirOwnDelaysNotTheImapBackoff) {
  auto c = load_config(write("smtp-retry", std::string("[service]\nbackoff_initial_seconds = 7\nbackoff_max_seconds = 70\n") +
                                               "[smtp]\nurl = \"smtps://127.0.0.1:465\"\nretry_initial_seconds = 60\n"
                                               "retry_max_seconds = 3600\n" + kMailbox));
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->backoff_initial, std::chrono::seconds{7});
  EXPECT_EQ(c->smtp.retry_initial, std::chrono::seconds{60});
  EXPECT_EQ(c->smtp.retry_max, std::chrono::seconds{3600});
  auto d = load_config(write("smtp-retry-default", std::string("[service]\nbackoff_initial_seconds = 7\n") + kMailbox));
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->smtp.retry_initial, std::chrono::seconds{5}) << "[service] backoff_* no longer sets SMTP's";
}

TEST(Config, OAuthSectionsAreCheckedWithTheirLines) {
  auto good = load_config(write("oauth-good", R"([[mailbox]]
name = "support"
url = "imaps://outlook.office365.com/INBOX"
user = "support@example.org"
kind = "ticket"
[mailbox.oauth2]
token_url = "https://login.microsoftonline.com/TENANT/oauth2/v2.0/token"
client_id = "app"
client_secret_credential = "support-oauth"
scope = "https://outlook.office365.com/.default"
)"));
  ASSERT_TRUE(good.ok()) << good.error().message;
  ASSERT_TRUE(good->mailboxes[0].oauth2.has_value());
  EXPECT_EQ(good->mailboxes[0].oauth2->mechanism, "XOAUTH2");
  EXPECT_EQ(good->mailboxes[0].oauth2->grant, OAuth2Config::Grant::kClientCredentials);

  auto bad = load_config(write("oauth-bad", R"([[mailbox]]
name = "support"
url = "imaps://imap.example/INBOX"
user = "support"
password_env = "X"
kind = "ticket"
[mailbox.oauth2]
grant = "password"
token_url = "http://idp.example/token"
client_secret = "in the file"
mechanism = "plain"
)"));
  ASSERT_FALSE(bad.ok());
  const std::string& m = bad.error().message;
  EXPECT_NE(m.find(":1: mailbox support: with [mailbox.oauth2], no password_file"), std::string::npos) << m;
  EXPECT_NE(m.find(":8: mailbox support: oauth2.grant must be"), std::string::npos) << m;
  EXPECT_NE(m.find(":9: mailbox support: oauth2.token_url must be https://"), std::string::npos) << m;
  EXPECT_NE(m.find("oauth2.client_id is missing"), std::string::npos) << m;
  EXPECT_NE(m.find(":10: mailbox support: secrets never go in the config file"), std::string::npos) << m;
  EXPECT_NE(m.find(":11: mailbox support: oauth2.mechanism must be"), std::string::npos) << m;
}

TEST(Config, PlansHoursAndExtraHolidays) {
  auto c = load_config(write("plans", std::string(R"([calendar]
extra_holidays = [2026-12-31]
[[plan]]
name = "etendu"
hours = { all = "07:00-23:00", sun = "" }
observes_holidays = false
clients = ["Ville.QC.ca"]
)") + kMailbox));
  ASSERT_TRUE(c.ok()) << c.error().message;
  ASSERT_EQ(c->deadlines.plans.size(), 1u);
  EXPECT_EQ(c->deadlines.plans[0].week[1][0].start_minute, 7 * 60);
  EXPECT_TRUE(c->deadlines.plans[0].week[0].empty());
  EXPECT_EQ(c->deadlines.plan_for("dg@ville.qc.ca").name, "etendu");
  EXPECT_EQ(c->extra_holidays.size(), 1u);
  auto bad = load_config(write("badplan", std::string("[[plan]]\nname = \"p\"\nhours = { mon = \"9h-5h\" }\n") + kMailbox));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find(":3: plan p: hours.mon"), std::string::npos) << bad.error().message;
}

TEST(Config, RelativePathsAreRelativeToTheFile) {
  const std::string file = write("relative", std::string("[service]\ndatabase = \"data/b.db\"\n") + kMailbox);
  auto c = load_config(file);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->database, (std::filesystem::path(file).parent_path() / "data/b.db").string());
}

TEST(Config, PasswordsComeFromTheEnvironmentOrAFile) {
  MailboxConfig m;
  m.name = "support";
  m.password_env = "BILLETD_TEST_PASSWORD_ONCE";
  ::unsetenv("BILLETD_TEST_PASSWORD_ONCE");
  EXPECT_EQ(read_password(m).error().code, "secret.missing");
  ::setenv("BILLETD_TEST_PASSWORD_ONCE", "s3cret", 1);
  EXPECT_EQ(*read_password(m), "s3cret");
  EXPECT_EQ(std::getenv("BILLETD_TEST_PASSWORD_ONCE"), nullptr) << "taken out of the environment";
  EXPECT_EQ(*read_password(m), "s3cret") << "a reload still has it";
  ::setenv("BILLETD_TEST_PASSWORD_ONCE", "rotated", 1);
  EXPECT_EQ(*read_password(m), "rotated");
  MailboxConfig f;
  f.name = "support";
  f.password_file = write("secret", "from-file\n");
  EXPECT_EQ(*read_password(f), "from-file");
}

}  // namespace
}  // namespace billet::daemon

#include "daemon/service/journal_sink.h"

namespace billet::daemon {
namespace {

TEST(JournalFields, MailboxAndTicketAreTakenFromTheMessage) {
  const auto f = journal_fields("mailbox support: UID 2 -> ticket #17 (Client <c@x>: sujet #3)");
  EXPECT_EQ(f.mailbox, "support");
  EXPECT_EQ(f.ticket, "17");
  EXPECT_EQ(journal_fields("ticket #5: deadline passed").ticket, "5");
  EXPECT_EQ(journal_fields("billetd started").mailbox, "");
  EXPECT_EQ(journal_fields("no number # here").ticket, "");
  EXPECT_EQ(journal_fields("mailbox support: UID 3 -> robot (Eve <e@x>: Re: [SOMUM #99])").ticket, "")
      << "a number in the sender's subject names no ticket";
  EXPECT_EQ(journal_fields("outbox: ack #12 sent to c@x (Re: #99)").ticket, "12");
}

}  // namespace
}  // namespace billet::daemon
