// The hot paths (ingest, outbox, timers, the agent's list and show) never scan a table: every
// statement they really run is recorded through the store's statement hook, then EXPLAIN QUERY
// PLAN is asked for each on a second connection to the same SQLite file. A scan would make the
// cost per message grow with the history stored (issue 16: 12 msg/s at 20,000 tickets).
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <spdlog/sinks/null_sink.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <regex>
#include <set>

#include "daemon/ingestor.h"
#include "daemon/mail/client_update.h"
#include "daemon/mail/templates.h"
#include "daemon/outbox.h"
#include "daemon/scheduler.h"
#include "daemon/service/service.h"
#include "support/fake_clock.h"
#include "support/fake_mail_source.h"
#include "support/test_files.h"

namespace billet::daemon {
namespace {

class AcceptingSender final : public MailSender {
 public:
  Status send(const std::string&, const std::string&, const std::string&) override { return ok_status(); }
};

std::string mail(const std::string& id, const std::string& subject, const std::string& headers = "",
                 const std::string& from = "client@ville.qc.ca") {
  return "From: " + from + "\nSubject: " + subject + "\nMessage-ID: <" + id + ">\n" + headers + "\nTexte.\n";
}

// Indexes a plan may walk whole, with why that is bounded by the work at hand, not the history.
const std::set<std::string> kBoundedWalks = {
    "tickets_unwarned",  // open tickets not yet warned: the open queue, not the resolved history
    "tickets_by_due",    // the queue in due order, read up to the list's LIMIT
};

std::vector<std::string> unbounded_scans(SQLite::Database& db, const std::string& sql) {
  std::vector<std::string> found;
  SQLite::Statement plan(db, "EXPLAIN QUERY PLAN " + sql);
  static const std::regex scan(R"(^SCAN (\w+)( USING (COVERING )?INDEX (\w+))?)");
  static const std::regex fts(R"(^SCAN \w+ VIRTUAL TABLE INDEX)");  // a full-text index lookup
  while (plan.executeStep()) {
    const std::string detail = plan.getColumn(3).getString();
    std::smatch m;
    if (!std::regex_search(detail, m, scan) || std::regex_search(detail, fts)) continue;
    if (m[4].matched && kBoundedWalks.count(m[4].str())) continue;
    found.push_back(detail);
  }
  return found;
}

class HotPathQueryPlan : public ::testing::Test {
 protected:
  void SetUp() override {
    storage::SqliteOptions options;
    options.on_statement = [this](const std::string& sql) { statements_.insert(sql); };
    store_ = std::move(*storage::open_sqlite_store((dir_ / "t.db").string(), options));
    auto rules = triage::load_rules_file(BILLETD_SOURCE_DIR "/etc/rules.toml");
    ASSERT_TRUE(rules.ok());
    classifier_ = std::make_unique<triage::Classifier>(std::move(*rules));
    calendar_ = std::make_unique<triage::BusinessCalendar>(*make_calendar(config_));
    config_.own_addresses = {"support@somum.com"};
    config_.followups.team_address = "equipe@somum.com";
    mailbox_.name = "support";
    mailbox_.kind = billet::Kind::kTicket;
    auto acks = load_ack_templates(BILLETD_SOURCE_DIR "/etc/templates");
    ASSERT_TRUE(acks.ok()) << acks.error().message;
    acks_ = std::make_unique<AckTemplates>(std::move(*acks));
    auto updates = load_update_templates(BILLETD_SOURCE_DIR "/etc/templates");
    ASSERT_TRUE(updates.ok()) << updates.error().message;
    updates_ = std::make_unique<UpdateTemplates>(std::move(*updates));
  }

  billet::testing::ScratchDir dir_{"query-plan-test"};
  std::set<std::string> statements_;
  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<triage::Classifier> classifier_;
  std::unique_ptr<triage::BusinessCalendar> calendar_;
  std::unique_ptr<AckTemplates> acks_;
  std::unique_ptr<UpdateTemplates> updates_;
  Config config_;
  MailboxConfig mailbox_;
  billet::testing::FakeClock clock_{TimePoint{std::chrono::seconds{1795000100}}};
  spdlog::logger log_{"t", std::make_shared<spdlog::sinks::null_sink_mt>()};
  billet::testing::FakeMailSource source_;
};

TEST_F(HotPathQueryPlan, NoStatementOfIngestOutboxTimersOrTheAgentsViewsScansATable) {
  Ingestor ingestor(*store_, *classifier_, *calendar_, config_, clock_, log_);
  ingestor.enable_acknowledgements(acks_.get());
  // Every disposition: new tickets (levels 1 and 4), a reply by tag and by In-Reply-To, a robot,
  // a bounce, a duplicate Message-ID, an attachment, a message that cannot be fetched twice.
  source_.add(mail("a@x", "Plus personne ne peut se connecter, la plateforme est en panne"));
  source_.add(mail("b@x", "Question sur les gabarits"));
  source_.add(mail("c@x", "Re: [SOMUM #1] suite"));
  source_.add(mail("d@x", "Re: suite", "In-Reply-To: <b@x>\n"));
  source_.add(mail("e@x", "Absent", "Auto-Submitted: auto-replied\n"));
  source_.add("From: MAILER-DAEMON@mx\nReturn-Path: <>\nMessage-ID: <dsn@mx>\n"
              "Content-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\nContent-Type: text/plain\n\n"
              "failed\n--B\nContent-Type: text/rfc822-headers\n\nMessage-ID: <a@x>\n--B--\n");
  source_.add(mail("a@x", "Plus personne ne peut se connecter, la plateforme est en panne"));
  source_.add("From: c@x\nSubject: fichier\nMessage-ID: <f@x>\nContent-Type: multipart/mixed; boundary=B\n\n--B\n"
              "Content-Type: text/plain\n\nvoir\n--B\nContent-Type: application/pdf; name=a.pdf\n"
              "Content-Transfer-Encoding: base64\n\nJVBERi0=\n--B--\n");
  ASSERT_TRUE(ingestor.poll(mailbox_, source_).ok());
  ASSERT_TRUE(ingestor.poll(mailbox_, source_).ok());  // pending actions, nothing new

  AcceptingSender sender;
  const DeliveryStats sent = deliver_due_emails(*store_, sender, OutboxPolicy{}, clock_, log_, nullptr);
  EXPECT_GT(sent.sent, 0);
  clock_.advance(std::chrono::hours{72});  // follow-ups, warnings, breaches all due
  auto timers = run_timers(*store_, config_, *calendar_, *updates_, clock_, log_);
  ASSERT_TRUE(timers.ok());
  EXPECT_GT(timers->breaches, 0);
  storage::TicketFilter open;
  open.status = "open";
  ASSERT_TRUE(store_->list_tickets({}).ok());
  ASSERT_TRUE(store_->list_tickets(open).ok());
  storage::TicketFilter search;
  search.text = "connecter plateforme";
  ASSERT_TRUE(store_->list_tickets(search).ok());
  ASSERT_TRUE(store_->ticket(1).ok());
  ASSERT_TRUE(store_->messages_of_ticket(1).ok());
  ASSERT_TRUE(store_->events_of_ticket(1).ok());
  ASSERT_TRUE(store_->emails_of_ticket(1).ok());
  ASSERT_TRUE(store_->messages_by_disposition(storage::Disposition::kQuarantined, 20).ok());

  SQLite::Database db((dir_ / "t.db").string(), SQLite::OPEN_READONLY);
  size_t checked = 0;
  bool saw_rate_limit = false, saw_timers = false, saw_pending = false;
  for (const std::string& sql : statements_) {
    if (sql.rfind("SELECT", 0) != 0 && sql.rfind("UPDATE", 0) != 0 && sql.rfind("DELETE", 0) != 0 &&
        sql.rfind("INSERT", 0) != 0)
      continue;  // BEGIN, COMMIT, SAVEPOINT, PRAGMA
    if (sql.find("'messages_fts_config'") != std::string::npos) continue;  // FTS5 reading its few settings
    ++checked;
    saw_rate_limit |= sql.find("lower(recipient)") != std::string::npos;
    saw_timers |= sql.find("next_followup_at <=") != std::string::npos;
    saw_pending |= sql.find("action_done = 0") != std::string::npos;
    for (const std::string& scan : unbounded_scans(db, sql)) ADD_FAILURE() << scan << "\n  in: " << sql;
  }
  EXPECT_GE(checked, 25u) << "the hook must see the hot paths' statements";
  EXPECT_TRUE(saw_rate_limit && saw_timers && saw_pending) << "the three queries that used to scan were run";
}

TEST_F(HotPathQueryPlan, TheCheckFindsATableScanWhenThereIsOne) {
  SQLite::Database db((dir_ / "t.db").string(), SQLite::OPEN_READONLY);
  EXPECT_EQ(unbounded_scans(db, "SELECT count(*) FROM outbox WHERE substr(recipient, 2) = ?").size(), 1u);
  EXPECT_TRUE(unbounded_scans(db, "SELECT id FROM outbox WHERE lower(recipient) = lower(?) AND created_at >= ?").empty());
}

}  // namespace
}  // namespace billet::daemon
