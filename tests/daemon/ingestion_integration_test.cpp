// Ingestion against a real Dovecot on 127.0.0.1 (started by the test), a real SQLite file and,
// for the crash tests, the real billetd binary killed with SIGKILL at chosen points.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "daemon/config.h"
#include "daemon/net/mail_source.h"
#include "daemon/notifier.h"
#include "daemon/service/service.h"
#include "storage/store.h"
#include "support/background_service.h"
#include "support/mail_sandbox.h"

namespace billet::daemon {
namespace {

using billet::testing::MailSandbox;
using billet::testing::run_command;

std::string message(const std::string& id, const std::string& subject, const std::string& body,
                    const std::string& extra_headers = "", const std::string& from = "Client <client@ville.qc.ca>") {
  return "From: " + from + "\r\nTo: support@somum.com\r\nSubject: " + subject +
         "\r\nDate: Mon, 30 Nov 2026 10:00:00 -0500\r\nMessage-ID: <" + id + ">\r\n" + extra_headers +
         "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
}

struct RunResult {
  int rc = -1;
  std::string log;
};

RunResult run_once(const std::string& config_path) {
  auto config = load_config(config_path);
  EXPECT_TRUE(config.ok()) << (config.ok() ? "" : config.error().message);
  if (!config) return {};
  std::ostringstream captured;
  spdlog::logger log("test", std::make_shared<spdlog::sinks::ostream_sink_mt>(captured));
  std::atomic<bool> stop{false};
  const SystemClock clock;
  const int rc = run_service(*config, RunOptions{true}, clock, log, stop);
  return {rc, captured.str()};
}

// Runs the real billetd binary once; returns its exit status (137 when killed by SIGKILL).
int run_binary_once(const std::string& config_path, const std::string& failpoint, std::string* output = nullptr) {
  const std::string env = failpoint.empty() ? "" : "BILLETD_FAILPOINT=" + failpoint + " ";
  return run_command(env + BILLETD_BINARY + " --config " + config_path + " --once", output);
}

struct Counts {
  size_t tickets = 0, complaints = 0, messages = 0, quarantined = 0;
};

Counts counts(const std::string& database) {
  Counts c;
  auto store = storage::open_sqlite_store(database);
  EXPECT_TRUE(store.ok()) << store.error().message;
  if (!store) return c;
  c.tickets = (*store)->list_tickets({billet::Kind::kTicket, "", {}, "", "", "", false, false, 100000})->size();
  c.complaints = (*store)->list_tickets({billet::Kind::kComplaint, "", {}, "", "", "", false, false, 100000})->size();
  c.messages = static_cast<size_t>(*(*store)->count_messages());
  c.quarantined = (*store)->messages_by_disposition(storage::Disposition::kQuarantined, 1000)->size();
  return c;
}

class IngestionIntegration : public ::testing::Test {
 protected:
  MailSandbox mail;
};

TEST_F(IngestionIntegration, MessagesOverImapsBecomeTheRightRecordsAndLandInProcessed) {
  mail.deliver("support", message("m1@ville.qc.ca", "Impossible d'accéder à SOMUM", "Plus personne ne peut se connecter."));
  mail.deliver("support", message("m2@ville.qc.ca", "Re: Impossible d'accéder", "Toujours en panne?",
                                   "In-Reply-To: <m1@ville.qc.ca>\r\nReferences: <m1@ville.qc.ca>\r\n"));
  mail.deliver("support", message("m3@ville.qc.ca", "Absence du bureau", "Je suis absente.",
                                   "Auto-Submitted: auto-replied\r\n"));
  mail.deliver("sac", message("m4@ville.qc.ca", "Plainte", "Votre technicien a été impoli."));

  const RunResult run = run_once(mail.write_config());
  ASSERT_EQ(run.rc, 0) << run.log;

  auto opened = storage::open_sqlite_store(mail.database());
  ASSERT_TRUE(opened.ok());
  auto& store = *opened;
  auto tickets = *store->list_tickets({billet::Kind::kTicket, "", {}, "", "", "", false, false, 100});
  ASSERT_EQ(tickets.size(), 1u);
  EXPECT_EQ(tickets[0].level, 1);
  EXPECT_EQ(tickets[0].client_address, "client@ville.qc.ca");
  EXPECT_EQ(tickets[0].messages, 2) << "the reply threads on its ticket";
  auto thread = *store->messages_of_ticket(tickets[0].id);
  ASSERT_EQ(thread.size(), 2u);
  EXPECT_EQ(thread[1].disposition, storage::Disposition::kReply);
  EXPECT_EQ((*store->list_tickets({billet::Kind::kComplaint, "", {}, "", "", "", false, false, 100})).size(), 1u);
  const auto robots = *store->messages_by_disposition(storage::Disposition::kRobot, 10);
  ASSERT_EQ(robots.size(), 1u) << "the out-of-office is recorded";
  EXPECT_FALSE(robots[0].ticket_id.has_value()) << "and opens nothing";
  EXPECT_EQ(*store->count_messages(), 4);

  EXPECT_EQ(mail.count("support", "INBOX"), 0);
  EXPECT_EQ(mail.count("support", "Processed"), 3);
  EXPECT_EQ(mail.count("sac", "Processed"), 1);
  std::string unseen;
  run_command("doveadm -c " + mail.dir() + "/mail/dovecot.conf search -u support mailbox Processed UNSEEN", &unseen);
  EXPECT_EQ(unseen, "") << "stored messages are moved as read (they are fetched with BODY.PEEK[])";
}

TEST_F(IngestionIntegration, ASecondRunAddsNothing) {
  mail.deliver("support", message("a@x.ca", "Question", "Comment ajouter un contact?"));
  const std::string config = mail.write_config();
  ASSERT_EQ(run_once(config).rc, 0);
  const Counts first = counts(mail.database());
  ASSERT_EQ(first.messages, 1u);
  const RunResult again = run_once(config);
  ASSERT_EQ(again.rc, 0) << again.log;
  EXPECT_EQ(counts(mail.database()).messages, 1u);
  EXPECT_EQ(counts(mail.database()).tickets, 1u);
}

TEST_F(IngestionIntegration, StarttlsWithTheTestCaWorksToo) {
  mail.deliver("support", message("s@x.ca", "Question", "Comment ajouter un contact?"));
  MailSandbox::ConfigOptions options;
  options.support_over_starttls = true;
  const RunResult run = run_once(mail.write_config(options));
  ASSERT_EQ(run.rc, 0) << run.log;
  EXPECT_EQ(counts(mail.database()).tickets, 1u);
}

TEST_F(IngestionIntegration, FlagSeenModeLeavesMessagesInPlace) {
  mail.deliver("support", message("seen@x.ca", "Question", "Comment faire?"));
  MailSandbox::ConfigOptions options;
  options.after = "seen";
  ASSERT_EQ(run_once(mail.write_config(options)).rc, 0);
  EXPECT_EQ(mail.count("support", "INBOX"), 1);
  std::string out;
  run_command("doveadm -c " + mail.dir() + "/mail/dovecot.conf search -u support mailbox INBOX SEEN", &out);
  EXPECT_FALSE(out.empty()) << "the message is flagged \\Seen";
  EXPECT_EQ(counts(mail.database()).tickets, 1u);
}

TEST_F(IngestionIntegration, APoisonMessageIsQuarantinedAndTheNextIsIngested) {
  mail.deliver("support", " \r\n\r\n");
  mail.deliver("support", message("good@x.ca", "Question", "Comment faire?"));
  const RunResult run = run_once(mail.write_config());
  ASSERT_EQ(run.rc, 0) << run.log;
  const Counts c = counts(mail.database());
  EXPECT_EQ(c.quarantined, 1u);
  EXPECT_EQ(c.tickets, 1u);
  EXPECT_EQ(mail.count("support", "Quarantine"), 1);
  EXPECT_EQ(mail.count("support", "Processed"), 1);
  EXPECT_NE(run.log.find("quarantined"), std::string::npos) << "and it is reported";
}

TEST_F(IngestionIntegration, WrongPasswordIsAClearErrorWhileOtherMailboxesWork) {
  const std::string bad = mail.dir() + "/wrong.pass";
  run_command("printf 'not-the-password' > " + bad);
  mail.deliver("sac", message("c@x.ca", "Plainte", "Trop lent à répondre."));
  MailSandbox::ConfigOptions options;
  options.support_password_file = bad;
  const RunResult run = run_once(mail.write_config(options));
  EXPECT_EQ(run.rc, 1);
  EXPECT_NE(run.log.find("mailbox support"), std::string::npos) << run.log;
  EXPECT_NE(run.log.find("Login denied"), std::string::npos) << run.log;
  EXPECT_NE(run.log.find("next try in"), std::string::npos) << run.log;
  EXPECT_EQ(run.log.find("not-the-password"), std::string::npos) << "passwords are never logged";
  EXPECT_EQ(counts(mail.database()).complaints, 1u);
}

TEST_F(IngestionIntegration, UnreachableServerIsAClearErrorNotACrash) {
  MailSandbox::ConfigOptions options;
  options.support_port = 1;  // nothing listens there
  mail.deliver("sac", message("c2@x.ca", "Plainte", "Rien."));
  const RunResult run = run_once(mail.write_config(options));
  EXPECT_EQ(run.rc, 1);
  EXPECT_NE(run.log.find("Couldn't connect"), std::string::npos) << run.log;
  EXPECT_EQ(counts(mail.database()).complaints, 1u);
}

TEST_F(IngestionIntegration, UidvalidityResetIsHandledWithoutDuplicates) {
  mail.recreate_folder("support", "Support");
  MailSandbox::ConfigOptions options;
  options.support_folder = "Support";
  options.after = "seen";
  const std::string config = mail.write_config(options);
  mail.deliver("support", message("u1@x.ca", "Un", "Comment faire un?"), "Support");
  mail.deliver("support", message("u2@x.ca", "Deux", "Comment faire deux?"), "Support");
  ASSERT_EQ(run_once(config).rc, 0);
  ASSERT_EQ(counts(mail.database()).tickets, 2u);

  mail.recreate_folder("support", "Support");  // new UIDVALIDITY, UIDs start again at 1
  mail.deliver("support", message("u1@x.ca", "Un", "Comment faire un?"), "Support");
  mail.deliver("support", message("u2@x.ca", "Deux", "Comment faire deux?"), "Support");
  mail.deliver("support", message("u3@x.ca", "Trois", "Comment faire trois?"), "Support");
  const RunResult run = run_once(config);
  ASSERT_EQ(run.rc, 0) << run.log;
  EXPECT_NE(run.log.find("UIDVALIDITY changed"), std::string::npos) << run.log;
  const Counts c = counts(mail.database());
  EXPECT_EQ(c.tickets, 3u);
  EXPECT_EQ(c.messages, 3u);
}

TEST_F(IngestionIntegration, KilledAfterCommitBeforeMoveResumesWithoutDuplicates) {
  mail.deliver("support", message("k1@x.ca", "Un", "Comment faire un?"));
  mail.deliver("support", message("k2@x.ca", "Deux", "Comment faire deux?"));
  const std::string config = mail.write_config();
  EXPECT_EQ(run_binary_once(config, "after-commit"), 137);
  EXPECT_EQ(counts(mail.database()).messages, 2u) << "both messages were committed (fetched together, one group)";
  EXPECT_EQ(mail.count("support", "INBOX"), 2) << "but not moved";
  std::string output;
  ASSERT_EQ(run_binary_once(config, "", &output), 0) << output;
  const Counts c = counts(mail.database());
  EXPECT_EQ(c.messages, 2u);
  EXPECT_EQ(c.tickets, 2u);
  EXPECT_EQ(mail.count("support", "INBOX"), 0);
  EXPECT_EQ(mail.count("support", "Processed"), 2);
}

TEST_F(IngestionIntegration, KilledAfterFetchBeforeCommitLosesNothing) {
  mail.deliver("support", message("f1@x.ca", "Un", "Comment faire un?"));
  const std::string config = mail.write_config();
  EXPECT_EQ(run_binary_once(config, "after-fetch"), 137);
  EXPECT_EQ(counts(mail.database()).messages, 0u);
  EXPECT_EQ(mail.count("support", "INBOX"), 1);
  ASSERT_EQ(run_binary_once(config, ""), 0);
  EXPECT_EQ(counts(mail.database()).tickets, 1u);
  EXPECT_EQ(mail.count("support", "Processed"), 1);
}

TEST_F(IngestionIntegration, AMessageThatCrashesBilletdIsQuarantinedAfterMaxAttempts) {
  mail.deliver("support", message("p1@x.ca", "Poison", "boom", "X-Billetd-Test-Crash: yes\r\n"));
  mail.deliver("support", message("p2@x.ca", "Question", "Comment faire?"));
  MailSandbox::ConfigOptions options;
  options.max_attempts = 2;
  const std::string config = mail.write_config(options);
  // The first crash takes down a group (both messages fetched together): nothing is counted, but
  // the group's mark makes the next runs write one message a commit, its attempt counted first.
  EXPECT_EQ(run_binary_once(config, "in-parse"), 137);
  EXPECT_EQ(counts(mail.database()).messages, 0u);
  EXPECT_EQ(run_binary_once(config, "in-parse"), 137);
  EXPECT_EQ(run_binary_once(config, "in-parse"), 137);
  std::string output;
  EXPECT_EQ(run_binary_once(config, "in-parse", &output), 0) << output;
  EXPECT_NE(output.find("one message a commit this pass"), std::string::npos) << output;
  const Counts c = counts(mail.database());
  EXPECT_EQ(c.quarantined, 1u);
  EXPECT_EQ(c.tickets, 1u) << "the message after the poison one is ingested";
  EXPECT_EQ(mail.count("support", "Quarantine"), 1);
}

// A file-size limit (ulimit -f, LimitFSIZE=) the database cannot write a large message past: it
// used to kill billetd (SIGXFSZ) or block the mailbox on that message for good. Now the message is
// kept header-only (the whole stays on the server) and the ones after it are ingested.
TEST_F(IngestionIntegration, AMessageTheDatabaseCannotHoldIsKeptHeaderOnlyAndThePassGoesOn) {
  const std::string config = mail.write_config();
  std::string output;
  // The database is made first, so that only the large write meets the limit (1.5 MB a file).
  mail.deliver("support", message("first@x.ca", "Bonjour", "Test."));
  ASSERT_EQ(run_command(std::string(BILLETD_BINARY) + " --config " + config + " --once", &output), 0) << output;
  std::string attachment;
  while (attachment.size() < (3u << 20)) attachment += std::string(76, 'Q') + "\r\n";
  mail.deliver("support",
               "From: Client <client@ville.qc.ca>\r\nTo: support@somum.com\r\nSubject: Journal de la panne\r\n"
               "Message-ID: <big-fsize@x.ca>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
               "--B\r\nContent-Type: text/plain\r\n\r\nVoici le journal.\r\n--B\r\nContent-Type: application/octet-stream\r\n"
               "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=journal.bin\r\n\r\n" +
                   attachment + "--B--\r\n");
  mail.deliver("support", message("after-fsize@x.ca", "Question", "Comment faire?"));
  const int rc = run_command("bash -c 'ulimit -f 1500; exec " + std::string(BILLETD_BINARY) + " --config " + config + " --once'",
                             &output);
  EXPECT_EQ(rc, 0) << output;
  auto store = std::move(*storage::open_sqlite_store(mail.database()));
  const auto tickets = *store->list_tickets({billet::Kind::kTicket, "", {}, "", "", "", false, false, 100});
  ASSERT_EQ(tickets.size(), 3u) << output;
  bool header_only = false;
  for (const auto& t : tickets) {
    if (t.subject != "Journal de la panne") continue;
    const auto thread = *store->messages_of_ticket(t.id);
    ASSERT_EQ(thread.size(), 1u);
    EXPECT_LT(store->message_raw(thread[0].id)->size(), 4096u);
    EXPECT_NE(thread[0].note.find("could not hold"), std::string::npos) << thread[0].note;
    header_only = true;
  }
  EXPECT_TRUE(header_only) << output;
  EXPECT_EQ(mail.count("support", "INBOX"), 0) << "every message left the INBOX";
}

TEST_F(IngestionIntegration, DovecotStoppedAndRestartedMidRunLosesAndDoublesNothing) {
  MailSandbox::ConfigOptions options;
  options.poll_interval = 1;
  auto config = *load_config(mail.write_config(options));
  billet::testing::BackgroundService service(config);
  auto wait_for_tickets = [&](size_t n) {
    for (int i = 0; i < 200 && counts(mail.database()).tickets < n; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return counts(mail.database()).tickets;
  };
  mail.deliver("support", message("r1@x.ca", "Un", "Comment faire un?"));
  EXPECT_EQ(wait_for_tickets(1), 1u);
  mail.stop();
  std::this_thread::sleep_for(std::chrono::seconds(3));  // billetd fails, backs off, keeps running
  mail.start();
  mail.deliver("support", message("r2@x.ca", "Deux", "Comment faire deux?"));
  EXPECT_EQ(wait_for_tickets(2), 2u);
  EXPECT_EQ(service.stop(), 0);
  EXPECT_EQ(counts(mail.database()).messages, 2u);
  const std::string text = service.log();
  EXPECT_NE(text.find("next try in"), std::string::npos) << text;
  EXPECT_NE(text.find("working again"), std::string::npos) << text;
}

TEST_F(IngestionIntegration, PollingAloneSeesMailThatArrivesWhileConnected) {
  MailSandbox::ConfigOptions options;
  options.poll_interval = 1;
  options.idle = false;
  auto config = *load_config(mail.write_config(options));
  billet::testing::BackgroundService service(config);
  auto wait_for_tickets = [&](size_t n) {
    for (int i = 0; i < 100 && counts(mail.database()).tickets < n; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return counts(mail.database()).tickets;
  };
  mail.deliver("support", message("p1@x.ca", "Un", "Comment faire un?"));
  EXPECT_EQ(wait_for_tickets(1), 1u);
  mail.deliver("support", message("p2@x.ca", "Deux", "Comment faire deux?"));  // same IMAP connection
  EXPECT_EQ(wait_for_tickets(2), 2u) << service.log();
  service.stop();
}

TEST_F(IngestionIntegration, ImapIdleIngestsANewMessageWithinSecondsLongBeforeThePoll) {
  MailSandbox::ConfigOptions options;
  options.poll_interval = 600;  // polling alone would take ten minutes
  auto config = *load_config(mail.write_config(options));
  billet::testing::BackgroundService service(config);
  std::this_thread::sleep_for(std::chrono::seconds(2));  // first pass done, IDLE started
  mail.deliver("support", message("idle@x.ca", "Impossible d'accéder", "Plus personne ne peut se connecter."));
  size_t tickets = 0;
  for (int i = 0; i < 150 && tickets == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    tickets = counts(mail.database()).tickets;
  }
  const int rc = service.stop();
  EXPECT_EQ(tickets, 1u) << service.log();
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(service.log().find("IDLE unavailable"), std::string::npos) << service.log();
}

// Issue 11: from about 1,900 waiting messages on, part of a backlog was skipped for good (a weekend
// with billetd stopped: 5,000 waiting, 383 ingested).
TEST_F(IngestionIntegration, ABacklogOfFiveThousandWaitingMessagesIsIngestedExactlyOnce) {
  std::vector<std::string> backlog;
  for (int i = 0; i < 5000; ++i)
    backlog.push_back(message("backlog-" + std::to_string(i) + "@ville.qc.ca", "Question " + std::to_string(i),
                              "Comment faire " + std::to_string(i) + "?"));
  mail.deliver_many("support", backlog);
  MailSandbox::ConfigOptions options;
  options.smtp = false;
  options.idle = false;
  const std::string config = mail.write_config(options);
  const RunResult first = run_once(config);
  EXPECT_EQ(first.rc, 0) << first.log.substr(0, 2000);
  EXPECT_EQ(first.log.find("disappeared"), std::string::npos);
  EXPECT_EQ(counts(mail.database()).messages, 5000u);
  EXPECT_EQ(counts(mail.database()).tickets, 5000u);
  EXPECT_EQ(mail.count("support", "INBOX"), 0);
  EXPECT_EQ(mail.count("support", "Processed"), 5000);
  EXPECT_EQ(run_once(config).rc, 0);
  EXPECT_EQ(counts(mail.database()).messages, 5000u) << "a second pass adds nothing";
}

// Records what the service tells systemd, with the tickets stored at that moment.
class RecordingNotifier final : public Notifier {
 public:
  explicit RecordingNotifier(std::string database) : database_(std::move(database)) {}
  void ready(const std::string&) override { tickets_at_ready = tickets_now(); }
  void status(const std::string&) override {}
  void watchdog() override {
    const size_t n = tickets_now();
    if (n > 0 && n < 300) ++pings_mid_pass;
  }
  void stopping() override {}
  void reloading() override {}
  std::atomic<long> tickets_at_ready{-1};
  std::atomic<int> pings_mid_pass{0};

 private:
  // A reader never blocks the writer (WAL), but may itself meet a lock for a moment (another
  // connection opening the store, a checkpoint): wait and retry like billetd's own connections.
  size_t tickets_now() {
    for (int attempt = 1;; ++attempt) {
      try {
        SQLite::Database db(database_, SQLite::OPEN_READONLY, /*aBusyTimeoutMs=*/5000);
        return static_cast<size_t>(db.execAndGet("SELECT count(*) FROM tickets").getInt64());
      } catch (const SQLite::Exception& e) {
        const bool busy = e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED;
        if (!busy || attempt >= 50) throw;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    }
  }
  std::string database_;
};

// Issue 11: READY=1 came only after the first full pass (a backlog missed the start timeout) and
// no watchdog ping was sent while a pass worked.
TEST_F(IngestionIntegration, ReadyComesBeforeTheBacklogAndTheWatchdogIsPingedWhileItIsIngested) {
  std::vector<std::string> backlog;
  for (int i = 0; i < 300; ++i)
    backlog.push_back(message("ready-" + std::to_string(i) + "@ville.qc.ca", "Question " + std::to_string(i), "Comment?"));
  mail.deliver_many("support", backlog);
  MailSandbox::ConfigOptions options;
  options.smtp = false;
  auto config = *load_config(mail.write_config(options));
  ASSERT_TRUE(storage::open_sqlite_store(config.database).ok());  // so that the notifier can read it
  RecordingNotifier notifier(config.database);
  billet::testing::BackgroundService service(config, &notifier);
  for (int i = 0; i < 300 && counts(mail.database()).tickets < 300; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  service.stop();
  EXPECT_EQ(counts(mail.database()).tickets, 300u);
  EXPECT_EQ(notifier.tickets_at_ready.load(), 0) << "READY before the first message is ingested";
  EXPECT_GT(notifier.pings_mid_pass.load(), 0) << "watchdog pings while the backlog is being ingested";
}

// Issue 16: a range of messages comes in two round trips; each UID still gets its own outcome.
TEST_F(IngestionIntegration, ARangeIsFetchedAtOnceWithAnOutcomeForEveryUid) {
  mail.deliver("support", message("one@ville.qc.ca", "Un", "Premier."));
  mail.deliver("support", message("two@ville.qc.ca", "Deux", "Second " + std::string(8000, 'x')));
  mail.deliver("support", message("three@ville.qc.ca", "Trois", "Troisième."));
  ImapSettings settings;
  settings.url = "imaps://127.0.0.1:" + std::to_string(mail.imaps_port()) + "/INBOX";
  settings.user = "support";
  settings.ca_file = mail.ca_file();
  settings.max_message_bytes = 4000;
  std::ifstream secret(mail.password_file("support"));
  std::getline(secret, settings.password);
  auto source = make_imap_source(settings);
  auto status = source->status();
  ASSERT_TRUE(status.ok()) << status.error().message;
  auto got = source->fetch_many(status->uidvalidity, {1, 2, 3, 40});
  ASSERT_TRUE(got.ok()) << got.error().message;
  ASSERT_EQ(got->size(), 4u);
  ASSERT_TRUE((*got)[0].message.ok());
  EXPECT_NE((*got)[0].message->raw.find("Premier."), std::string::npos);
  EXPECT_TRUE((*got)[0].message->internal_date.has_value());
  ASSERT_FALSE((*got)[1].message.ok());
  EXPECT_EQ((*got)[1].message.error().code, "imap.too_large");
  ASSERT_TRUE((*got)[2].message.ok());
  EXPECT_NE((*got)[2].message->raw.find("Troisi"), std::string::npos);
  ASSERT_FALSE((*got)[3].message.ok());
  EXPECT_EQ((*got)[3].message.error().code, "imap.missing");
  auto header = source->fetch_header(status->uidvalidity, 2);
  ASSERT_TRUE(header.ok()) << header.error().message;
  EXPECT_GT(header->oversize_bytes, 8000u);
  EXPECT_EQ(header->raw.find("xxxx"), std::string::npos) << "the header only";
  auto other_generation = source->fetch_many(status->uidvalidity + 1, {1});
  ASSERT_TRUE(other_generation.ok());
  EXPECT_EQ(other_generation->front().message.error().code, "imap.missing");
  EXPECT_EQ(mail.count("support", "INBOX"), 3) << "fetching moves nothing";
}

// 60,000 messages in a folder: one UID SEARCH answer was over libcurl's limits on every pass.
TEST_F(IngestionIntegration, SixtyThousandUidsAreListedInPagesEveryOneInOrder) {
  std::vector<std::string> many(60000, message("same@ville.qc.ca", "Même", "Texte."));
  mail.deliver_many("support", many);
  ImapSettings settings;
  settings.url = "imaps://127.0.0.1:" + std::to_string(mail.imaps_port()) + "/INBOX";
  settings.user = "support";
  settings.ca_file = mail.ca_file();
  std::ifstream secret(mail.password_file("support"));
  std::getline(secret, settings.password);
  auto source = make_imap_source(settings);
  auto status = source->status();
  ASSERT_TRUE(status.ok()) << status.error().message;
  std::vector<uint32_t> all;
  for (uint32_t next = 1;;) {
    auto page = source->uids_from(next);
    ASSERT_TRUE(page.ok()) << page.error().message;
    if (page->empty()) break;
    EXPECT_LE(page->size(), 500u);
    all.insert(all.end(), page->begin(), page->end());
    next = page->back() + 1;
  }
  ASSERT_EQ(all.size(), 60000u);
  for (size_t i = 1; i < all.size(); ++i) ASSERT_LT(all[i - 1], all[i]);
  EXPECT_EQ(all.back() + 1, status->uidnext);
  auto beyond = source->uids_from(all.back() + 1000);
  ASSERT_TRUE(beyond.ok());
  EXPECT_TRUE(beyond->empty()) << "past the last UID nothing is listed (not the highest UID again)";
}

}  // namespace
}  // namespace billet::daemon
