// billetctl as people use it: the real binary on a real SQLite file. Each command works, and a
// bad id or a bad argument gives a clear message, a non-zero exit, and changes nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "storage/store.h"
#include "support/mail_sandbox.h"

namespace billet::tools {
namespace {

using billet::testing::run_command;

class Billetctl : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("billetctl-test-" + std::to_string(::getpid()) + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    config_ = (dir_ / "billetd.toml").string();
    std::ofstream(config_) << "[service]\ndatabase = \"" << (dir_ / "b.db").string() << "\"\n"
                           << "[acknowledgements]\ntemplates = \"" << BILLETD_SOURCE_DIR << "/etc/templates\"\n"
                           << "[[mailbox]]\nname = \"support\"\nurl = \"imaps://localhost/INBOX\"\nuser = \"support\"\n"
                           << "address = \"support@somum.com\"\npassword_env = \"UNUSED\"\nkind = \"ticket\"\n";
    auto store = std::move(*storage::open_sqlite_store((dir_ / "b.db").string()));
    for (const char* kind : {"ticket", "complaint", "complaint"}) {
      storage::NewTicket t;
      t.kind = *billet::kind_from(kind);
      t.mailbox = "support";
      t.client_address = "client@ville.qc.ca";
      t.subject = std::string("Sujet ") + kind;
      t.level = 3;
      t.classification_json = "{\"explanation\":\"level 3 (evidence)\"}";
      t.plan = "base";
      t.received_at = TimePoint{std::chrono::seconds{1796054400 + 60 * next_++}};
      t.due_at = t.received_at + std::chrono::hours{3};
      t.reply_address = "client@ville.qc.ca";
      ASSERT_TRUE(store->insert_ticket(t, t.received_at).ok());
    }
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  int ctl(const std::string& args, std::string* out = nullptr) {
    return run_command(std::string(BILLETCTL_BINARY) + " --config " + config_ + " " + args, out);
  }
  storage::TicketRow ticket(int64_t id) {
    auto store = std::move(*storage::open_sqlite_store((dir_ / "b.db").string()));
    return **store->ticket(id);
  }
  size_t events(int64_t id) {
    auto store = std::move(*storage::open_sqlite_store((dir_ / "b.db").string()));
    return store->events_of_ticket(id)->size();
  }

  std::filesystem::path dir_;
  std::string config_;
  int next_ = 0;
};

TEST_F(Billetctl, ListShowsATableJsonAndCsv) {
  std::string out;
  ASSERT_EQ(ctl("list", &out), 0);
  EXPECT_NE(out.find("Sujet ticket"), std::string::npos) << out;
  EXPECT_NE(out.find("en retard de"), std::string::npos) << "due times read as people say them: " << out;
  ASSERT_EQ(ctl("list --kind complaint --json", &out), 0);
  EXPECT_EQ(out.find("Sujet ticket"), std::string::npos);
  EXPECT_NE(out.find("\"kind\": \"complaint\""), std::string::npos);
  ASSERT_EQ(ctl("list --csv", &out), 0);
  EXPECT_EQ(out.rfind("id,kind,status,level,due_at,client,subject,mailbox,breached\n", 0), 0u) << out;
  EXPECT_NE(ctl("list --kind bogus", &out), 0);
}

TEST_F(Billetctl, CsvCellsASpreadsheetWouldRunAsFormulasAreText) {
  {
    auto store = std::move(*storage::open_sqlite_store((dir_ / "b.db").string()));
    storage::NewTicket t;
    t.kind = billet::Kind::kTicket;
    t.mailbox = "support";
    t.client_address = "@evil.example";
    t.subject = "=cmd|' /C calc'!A0";
    t.level = 4;
    t.classification_json = "{}";
    t.plan = "base";
    t.received_at = TimePoint{std::chrono::seconds{1796054400}};
    t.due_at = t.received_at;
    ASSERT_TRUE(store->insert_ticket(t, t.received_at).ok());
  }
  std::string out;
  ASSERT_EQ(ctl("list --csv", &out), 0) << out;
  EXPECT_NE(out.find(",\"'=cmd|' /C calc'!A0\","), std::string::npos) << out;
  EXPECT_NE(out.find(",\"'@evil.example\","), std::string::npos) << out;
  EXPECT_EQ(out.find(",\"=cmd"), std::string::npos) << out;
}

TEST_F(Billetctl, ADatabaseThatDoesNotExistIsAnErrorNotANewEmptyOne) {
  const auto typo = dir_ / "tpyo.db";
  std::string out;
  EXPECT_EQ(run_command(std::string(BILLETCTL_BINARY) + " --db " + typo.string() + " list", &out), 1) << out;
  EXPECT_NE(out.find("no database at " + typo.string()), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(typo));
}

TEST_F(Billetctl, ADatabaseBilletdCreatesIsNotWorldReadable) {
  const auto fresh = dir_ / "fresh.db";
  ASSERT_TRUE(storage::open_sqlite_store(fresh.string()).ok());
  EXPECT_EQ(std::filesystem::status(fresh).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write | std::filesystem::perms::group_read);
}

TEST_F(Billetctl, ShowPrintsTheTicketAndRefusesAnUnknownId) {
  std::string out;
  ASSERT_EQ(ctl("show 1", &out), 0);
  EXPECT_NE(out.find("Billet #1"), std::string::npos) << out;
  EXPECT_NE(out.find("level 3 (evidence)"), std::string::npos);
  EXPECT_EQ(ctl("show 99", &out), 1);
  EXPECT_NE(out.find("no ticket #99"), std::string::npos);
}

// Messages stored before the parser removed control characters (or written by another tool) must
// not reach the agent's terminal as escape sequences or bidi overrides.
TEST_F(Billetctl, ShowAndListNeverPrintTerminalEscapesFromStoredText) {
  {
    auto store = std::move(*storage::open_sqlite_store((dir_ / "b.db").string()));
    storage::NewMessage m;
    m.mailbox = "support";
    m.uid = 7;
    m.dedupe_key = "old";
    m.from_address = "client@ville.qc.ca";
    m.subject = "Old";
    m.new_text = "before\x1b]0;owned\x07" "after \xe2\x80\xae" "fdp.exe";
    m.received_at = TimePoint{std::chrono::seconds{1796054400}};
    m.disposition = storage::Disposition::kReply;
    m.ticket_id = 1;
    ASSERT_TRUE(store->insert_message(m, m.received_at).ok());
  }
  std::string out;
  ASSERT_EQ(ctl("show 1", &out), 0);
  EXPECT_NE(out.find("before]0;ownedafter"), std::string::npos) << out;
  EXPECT_EQ(out.find('\x1b'), std::string::npos);
  EXPECT_EQ(out.find('\x07'), std::string::npos);
  EXPECT_EQ(out.find("\xe2\x80\xae"), std::string::npos);
}

TEST_F(Billetctl, ReviewListsTheMessagesKeptOutOfTheQueue) {
  std::string out;
  ASSERT_EQ(ctl("list --review", &out), 0);
  EXPECT_NE(out.find("(no message kept for review)"), std::string::npos) << out;
  {
    auto store = std::move(*storage::open_sqlite_store((dir_ / "b.db").string()));
    storage::NewMessage m;
    m.mailbox = "support";
    m.uid = 8;
    m.dedupe_key = "review";
    m.received_at = TimePoint{std::chrono::seconds{1796054400}};
    m.disposition = storage::Disposition::kReview;
    m.note = "no usable sender address";
    ASSERT_TRUE(store->insert_message(m, m.received_at).ok());
  }
  ASSERT_EQ(ctl("list --review", &out), 0);
  EXPECT_NE(out.find("UID 8"), std::string::npos) << out;
  EXPECT_NE(out.find("no usable sender address"), std::string::npos);
}

TEST_F(Billetctl, NoteRecordsTheAuthorAndQueuesTheEmailUnlessInternal) {
  std::string out;
  ASSERT_EQ(ctl("note 1 'Nous regardons.' --as marie", &out), 0) << out;
  ASSERT_EQ(ctl("note 1 'interne' --internal --as marie", &out), 0) << out;
  ASSERT_EQ(ctl("show 1 --json", &out), 0);
  EXPECT_NE(out.find("\"actor\": \"marie\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"kind\": \"note\""), std::string::npos);
  EXPECT_NE(out.find("\"kind\": \"internal-note\""), std::string::npos);
  EXPECT_NE(out.find("\"status\": \"pending\""), std::string::npos) << "one email to the client";
  const size_t before = events(1);
  EXPECT_EQ(ctl("note 99 'x'", &out), 1);
  EXPECT_NE(out.find("no ticket #99"), std::string::npos);
  EXPECT_EQ(ctl("note 1 '   '", &out), 2);
  EXPECT_EQ(events(1), before);
}

TEST_F(Billetctl, LevelChangesTheLevelAndDueTimeWithAReason) {
  std::string out;
  ASSERT_EQ(ctl("level 1 2 --why 'le filtre ne fonctionne plus' --as luc", &out), 0) << out;
  const auto t = ticket(1);
  EXPECT_EQ(t.level, 2);
  EXPECT_EQ(t.due_at, t.received_at + std::chrono::hours{1});
  EXPECT_NE(ctl("level 1 7 --why x", &out), 0);
  EXPECT_NE(ctl("level 1 2", &out), 0) << "--why is required";
  EXPECT_EQ(ctl("level 99 2 --why x", &out), 1);
  EXPECT_EQ(ticket(1).level, 2);
}

TEST_F(Billetctl, LevelCorrectionsExportAsLabelledMailThatRulesTestReads) {
  const std::string raw = "From: client@ville.qc.ca\r\nSubject: Sujet ticket\r\nMessage-ID: <c1@x>\r\n\r\n"
                          "Plus personne ne peut se connecter.\r\n";
  {
    auto store = std::move(*storage::open_sqlite_store((dir_ / "b.db").string()));
    storage::NewMessage m;
    m.mailbox = "support";
    m.uid = 1;
    m.dedupe_key = "mid:c1@x";
    m.raw = raw;
    m.subject = "Sujet ticket";
    m.disposition = storage::Disposition::kTicket;
    m.ticket_id = 1;
    ASSERT_TRUE(store->insert_message(m, TimePoint{std::chrono::seconds{1796054400}}).ok());
  }
  std::string out;
  ASSERT_EQ(ctl("level 1 2 --why 'first guess' --as luc", &out), 0) << out;
  ASSERT_EQ(ctl("level 1 1 --why 'personne ne peut entrer' --as luc", &out), 0) << out;
  const auto exported = dir_ / "corrections";
  ASSERT_EQ(ctl("rules export-corrections " + exported.string(), &out), 0) << out;
  EXPECT_NE(out.find("1 corrected ticket(s)"), std::string::npos) << out;
  std::ifstream eml(exported / "1.eml", std::ios::binary);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(eml), {}), raw) << "the client's message, byte for byte";
  std::ifstream labels(exported / "labels.tsv");
  const std::string tsv((std::istreambuf_iterator<char>(labels)), {});
  EXPECT_NE(tsv.find("1.eml\tsupport\tticket\t1\t"), std::string::npos) << tsv;
  EXPECT_NE(tsv.find("personne ne peut entrer"), std::string::npos) << "the last change's reason: " << tsv;
  ASSERT_EQ(ctl("rules test " + exported.string(), &out), 0) << out;
  EXPECT_NE(out.find("levels right 1/1"), std::string::npos) << out;
}

TEST_F(Billetctl, AResolutionNoticeTheRateLimitHoldsBackIsReportedNotHidden) {
  std::string out;
  for (int i = 0; i < 5; ++i) ASSERT_EQ(ctl("note 1 'Point " + std::to_string(i) + "' --as luc", &out), 0) << out;
  EXPECT_EQ(ctl("resolve 1 --note 'Réglé.' --as luc", &out), 3) << out;
  EXPECT_NE(out.find("was NOT sent: rate limit"), std::string::npos) << out;
  EXPECT_EQ(ticket(1).status, storage::TicketStatus::kResolved) << "the resolution itself stands";
}

TEST_F(Billetctl, OutboxListsRetriesAndCancelsAutomaticEmails) {
  {
    auto store = std::move(*storage::open_sqlite_store((dir_ / "b.db").string()));
    const TimePoint t{std::chrono::seconds{1796054400}};
    for (const char* status : {"failed", "pending", "sent"}) {
      storage::OutboxEmail e;
      e.ticket_id = 1;
      e.kind = "ack";
      e.recipient = std::string(status) + "@ville.qc.ca";
      e.raw = "x";
      e.status = *storage::outbox_status_from(status);
      e.last_error = std::string(status) == "failed" ? "451 outage" : "";
      e.next_attempt_at = t;
      ASSERT_TRUE(store->enqueue_email(e, t).ok());
    }
  }
  std::string out;
  ASSERT_EQ(ctl("outbox list --status failed", &out), 0) << out;
  EXPECT_NE(out.find("1  failed  ack  #1  failed@ville.qc.ca"), std::string::npos) << out;
  EXPECT_NE(out.find("last error: 451 outage"), std::string::npos) << out;
  EXPECT_EQ(out.find("sent@"), std::string::npos) << out;
  ASSERT_EQ(ctl("outbox retry 1", &out), 0) << out;
  ASSERT_EQ(ctl("outbox cancel 2", &out), 0) << out;
  EXPECT_EQ(ctl("outbox retry 3", &out), 2) << "a sent email is never sent again: " << out;
  EXPECT_EQ(ctl("outbox cancel 2", &out), 2) << "no longer pending: " << out;
  ASSERT_EQ(ctl("outbox list", &out), 0) << out;
  EXPECT_NE(out.find("1  pending  ack"), std::string::npos) << out;
  EXPECT_NE(out.find("2  failed  ack  #1  pending@ville.qc.ca"), std::string::npos) << out;
  EXPECT_NE(out.find("cancelled by"), std::string::npos) << out;
  ASSERT_EQ(ctl("show 1 --json", &out), 0) << out;
  EXPECT_NE(out.find("\"status\": \"failed\""), std::string::npos) << "stored words, not enum numbers: " << out;
  EXPECT_NE(out.find("\"status\": \"open\""), std::string::npos) << out;
}

TEST_F(Billetctl, ResolveClosesOnceAndComplaintsListsOpenComplaintsOldestFirst) {
  std::string out;
  ASSERT_EQ(ctl("resolve 2 --note 'Rappel fait au client.' --as sac", &out), 0) << out;
  EXPECT_EQ(ticket(2).status, storage::TicketStatus::kResolved);
  EXPECT_EQ(ctl("resolve 2", &out), 2);
  EXPECT_NE(out.find("already resolved"), std::string::npos);
  EXPECT_EQ(ctl("resolve 99", &out), 1);
  ASSERT_EQ(ctl("complaints --json", &out), 0);
  EXPECT_EQ(out.find("\"id\": 2"), std::string::npos) << "resolved: not listed";
  EXPECT_NE(out.find("\"id\": 3"), std::string::npos) << out;
}

}  // namespace
}  // namespace billet::tools

namespace billet::tools {
namespace {

// `billetctl rules test` on the labelled dev set and `rules check` on the shipped rules and on a
// file with an author's mistake (the binary, as the people who own the rules run it).
TEST_F(Billetctl, UserAccountsOfTheWebConsoleTakeTheirPasswordFromStandardInput) {
  std::string out;
  EXPECT_EQ(run_command("echo 'une phrase de passe' | " + std::string(BILLETCTL_BINARY) + " --config " + config_ +
                            " user add julie --role agent",
                        &out),
            0)
      << out;
  EXPECT_EQ(run_command("echo 'une phrase de passe' | " + std::string(BILLETCTL_BINARY) + " --config " + config_ +
                            " user add julie --role agent",
                        &out),
            1)
      << "the name is taken: " << out;
  EXPECT_EQ(run_command("echo 'court' | " + std::string(BILLETCTL_BINARY) + " --config " + config_ +
                            " user add marc --role service",
                        &out),
            2)
      << out;
  EXPECT_EQ(ctl("user add lea --role king < /dev/null", &out), 2) << out;
  EXPECT_EQ(ctl("user disable julie", &out), 0) << out;
  EXPECT_EQ(ctl("user list", &out), 0);
  EXPECT_NE(out.find("julie\tagent\tdisabled"), std::string::npos) << out;
  EXPECT_EQ(out.find("marc"), std::string::npos);
  auto store = std::move(*storage::open_sqlite_store((dir_ / "b.db").string()));
  const auto julie = **store->web_user("julie");
  EXPECT_EQ(julie.password_hash.rfind("$argon2id$", 0), 0u) << "never the password itself";
}

TEST(BilletctlRules, TestPrintsTheConfusionMatrixAndEveryMiss) {
  std::string out;
  const int rc = run_command(std::string(BILLETCTL_BINARY) + " rules --rules " BILLETD_SOURCE_DIR "/etc/rules.toml test " +
                                 BILLETD_TEST_DATA_DIR "/triage/dev",
                             &out);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("confusion matrix"), std::string::npos) << out;
  EXPECT_NE(out.find("levels right 50/50"), std::string::npos) << out;
  EXPECT_NE(out.find("robots and bounces 10/10"), std::string::npos) << out;
  EXPECT_NE(run_command(std::string(BILLETCTL_BINARY) + " rules test /nonexistent", &out), 0);
  EXPECT_NE(out.find("labels.tsv"), std::string::npos) << out;
}

// `rules fit` writes weights that a rules file names and `rules test` then uses; `cross-validate`
// scores each folder with weights fitted on the others; `--rules-only` leaves them out.
TEST(BilletctlRules, FitWritesWeightsTheRulesThenUseAndCrossValidateScoresEachSetOnTheOthers) {
  const auto dir = std::filesystem::temp_directory_path() / ("billetctl-fit-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string ctl = BILLETCTL_BINARY;
  const std::string data = BILLETD_TEST_DATA_DIR "/triage/";
  std::string out;
  ASSERT_EQ(run_command(ctl + " rules --rules " BILLETD_SOURCE_DIR "/etc/rules.toml fit --out " + (dir / "w.tsv").string() +
                            " " + data + "dev " + data + "heldout",
                        &out),
            0)
      << out;
  // dev's and heldout's 74 tickets, less the two labelled 2 beside an urgency word (a 3 raised or
  // a 2: the words cannot tell, no example).
  EXPECT_NE(out.find("fitted on 72 tickets"), std::string::npos) << out;
  std::ifstream weights(dir / "w.tsv");
  std::string first_line;
  std::getline(weights, first_line);
  EXPECT_NE(first_line.find("fitted on 72 tickets of " + data + "dev, " + data + "heldout"), std::string::npos) << first_line;
  std::ifstream shipped(BILLETD_SOURCE_DIR "/etc/rules.toml");
  std::string rules((std::istreambuf_iterator<char>(shipped)), {});
  auto set = [&rules](const std::string& line, const std::string& now) {
    ASSERT_NE(rules.find(line), std::string::npos) << line;
    rules.replace(rules.find(line), line.size(), now);
  };
  set("weights = \"word-weights.tsv\"", "weights = \"w.tsv\"");
  set("min_probability = 0.7", "min_probability = 0.3");
  std::ofstream(dir / "rules.toml") << rules;
  // heldout8 still has decisions the rules leave open (the misses name the weights that moved them).
  ASSERT_EQ(run_command(ctl + " rules --rules " + (dir / "rules.toml").string() + " test " + data + "heldout8", &out), 0) << out;
  EXPECT_NE(out.find("learned ["), std::string::npos) << "a decision the new weights made: " << out;
  ASSERT_EQ(run_command(ctl + " rules --rules " + (dir / "rules.toml").string() + " test --rules-only " + data + "heldout8", &out), 0) << out;
  EXPECT_EQ(out.find("learned"), std::string::npos) << out;
  ASSERT_EQ(run_command(ctl + " rules cross-validate " + data + "dev " + data + "heldout " + data + "heldout2", &out), 0) << out;
  EXPECT_NE(out.find("weights fitted on " + data + "heldout, " + data + "heldout2 (68 tickets)"), std::string::npos) << out;
  EXPECT_NE(out.find(data + "dev: levels right"), std::string::npos) << out;
  EXPECT_NE(out.find(data + "heldout2: levels right"), std::string::npos) << out;
  EXPECT_EQ(run_command(ctl + " rules cross-validate " + data + "dev", &out), 2) << out;
  const auto partial = dir / "partial";
  std::filesystem::create_directories(partial);
  std::filesystem::copy_file(data + "dev/001.eml", partial / "001.eml");
  std::ofstream(partial / "labels.tsv") << "file\tmailbox\tkind\tlevel\n001.eml\tsupport\tticket\t1\nmissing.eml\tsupport\tticket\t2\n";
  ASSERT_EQ(run_command(ctl + " rules fit --out " + (dir / "p.tsv").string() + " " + partial.string() + " 2>&1", &out), 0) << out;
  EXPECT_NE(out.find("left out " + partial.string() + "/missing.eml: cannot read"), std::string::npos) << "a file the fit could not read is named: " << out;
  EXPECT_NE(out.find("fitted on 1 tickets"), std::string::npos) << out;
  EXPECT_NE(run_command(ctl + " rules fit --out " + (dir / "x.tsv").string() + " /nonexistent", &out), 0);
  EXPECT_NE(out.find("labels.tsv"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir / "x.tsv"));
  std::filesystem::remove_all(dir);
}

TEST(BilletctlRules, CheckPassesTheShippedRulesAndNamesAMistake) {
  std::string out;
  EXPECT_EQ(run_command(std::string(BILLETCTL_BINARY) + " rules --rules " BILLETD_SOURCE_DIR "/etc/rules.toml check", &out), 0)
      << out;
  const auto bad = std::filesystem::temp_directory_path() / ("billetctl-rules-" + std::to_string(::getpid()) + ".toml");
  std::ofstream(bad) << "[[rule]]\nid = \"x.broken\"\nlevel = 2\nphrases = [\"can t|cannot log\"]\n";
  EXPECT_EQ(run_command(std::string(BILLETCTL_BINARY) + " rules --rules " + bad.string() + " check", &out), 3) << out;
  EXPECT_NE(out.find("rule x.broken: \"can t|cannot log\": a one-letter alternative"), std::string::npos) << out;
  std::filesystem::remove(bad);
}

}  // namespace
}  // namespace billet::tools
