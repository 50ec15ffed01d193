// Ingestion logic with a fake mail source and a real SQLite file in a temporary directory.
#include "daemon/ingestor.h"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "common/backoff.h"
#include "daemon/service/service.h"
#include "support/fake_mail_source.h"

namespace billet::daemon {
namespace {

class FixedClock : public Clock {
 public:
  TimePoint now() const override { return TimePoint{std::chrono::seconds{1795000100}}; }
};

std::string mail(const std::string& id, const std::string& subject, const std::string& body,
                 const std::string& headers = "", const std::string& from = "client@ville.qc.ca") {
  return "From: " + from + "\nSubject: " + subject + "\nMessage-ID: <" + id + ">\n" + headers + "\n" + body + "\n";
}

class IngestorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("ingestor-test-" + std::to_string(::getpid()) + "-" +
                                                    ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    store_ = std::move(*storage::open_sqlite_store((dir_ / "t.db").string()));
    auto rules = triage::load_rules_file(BILLETD_SOURCE_DIR "/etc/rules.toml");
    ASSERT_TRUE(rules.ok());
    classifier_ = std::make_unique<triage::Classifier>(std::move(*rules));
    calendar_ = std::make_unique<triage::BusinessCalendar>(*make_calendar(config_));
    config_.own_addresses = {"support@somum.com"};
    mailbox_.name = "support";
    mailbox_.kind = billet::Kind::kTicket;
    log_ = std::make_unique<spdlog::logger>("t", std::make_shared<spdlog::sinks::ostream_sink_mt>(log_text_));
    ingestor_ = std::make_unique<Ingestor>(*store_, *classifier_, *calendar_, config_, clock_, *log_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  PassStats poll() {
    auto r = ingestor_->poll(mailbox_, source_);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return r.ok() ? *r : PassStats{};
  }
  std::vector<storage::TicketRow> tickets() { return *store_->list_tickets({}); }

  std::filesystem::path dir_;
  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<triage::Classifier> classifier_;
  std::unique_ptr<triage::BusinessCalendar> calendar_;
  Config config_;
  MailboxConfig mailbox_;
  FixedClock clock_;
  std::ostringstream log_text_;
  std::unique_ptr<spdlog::logger> log_;
  std::unique_ptr<Ingestor> ingestor_;
  billet::testing::FakeMailSource source_;
};

TEST_F(IngestorTest, ANewMessageOpensATicketWithLevelAndDueTime) {
  source_.add(mail("a@x", "Impossible de créer un filtre", "Depuis ce matin."));
  EXPECT_EQ(poll().stored, 1);
  const auto t = tickets();
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].level, 2);
  EXPECT_EQ(t[0].due_at, TimePoint{std::chrono::seconds{1795000000 + 3600}}) << "level 2: 1 h after INTERNALDATE";
  EXPECT_NE(t[0].classification_json.find("fr.feature_broken"), std::string::npos);
  EXPECT_EQ(source_.moved.at(1), "Processed");
}

TEST_F(IngestorTest, TheTicketTagInTheSubjectThreadsAReply) {
  source_.add(mail("a@x", "Question", "Comment faire?"));
  poll();
  source_.add(mail("b@x", "Re: [SOMUM #1] Question", "Merci, et aussi..."));
  source_.add(mail("c@x", "Re: [SOMUM #999] Inconnu", "Un billet qui n'existe pas."));
  poll();
  const auto t = tickets();
  ASSERT_EQ(t.size(), 2u) << "an unknown ticket number opens a new ticket";
  EXPECT_EQ((*store_->messages_of_ticket(1)).size(), 2u);
}

TEST_F(IngestorTest, ARobotNamingATicketIsAttachedAndOpensNothing) {
  source_.add(mail("a@x", "Question", "Comment faire?"));
  poll();
  source_.add(mail("r@x", "Réponse automatique : [SOMUM #1] Question", "Absent.", "Auto-Submitted: auto-replied\n"));
  source_.add(mail("own@x", "Boucle", "Texte.", "", "Support@Somum.com"));
  poll();
  EXPECT_EQ(tickets().size(), 1u);
  const auto robots = *store_->messages_by_disposition(storage::Disposition::kRobot, 10);
  ASSERT_EQ(robots.size(), 2u);
  EXPECT_TRUE(robots[1].ticket_id.has_value());
  EXPECT_NE(robots[0].note.find("own address"), std::string::npos);
}

TEST_F(IngestorTest, ABounceIsAttachedToTheTicketOfTheMessageItReports) {
  source_.add(mail("orig@x", "Question", "Comment faire?"));
  poll();
  source_.add("From: MAILER-DAEMON@mx\nReturn-Path: <>\nMessage-ID: <dsn@mx>\n"
              "Content-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\nContent-Type: text/plain\n\n"
              "failed\n--B\nContent-Type: text/rfc822-headers\n\nMessage-ID: <orig@x>\n--B--\n");
  poll();
  const auto bounces = *store_->messages_by_disposition(storage::Disposition::kBounce, 10);
  ASSERT_EQ(bounces.size(), 1u);
  EXPECT_EQ(bounces[0].ticket_id, 1);
  EXPECT_EQ(tickets().size(), 1u);
}

TEST_F(IngestorTest, ABounceOfBilletdsOwnEmailMarksThatEmailReturnedOnItsTicket) {
  source_.add(mail("orig@x", "Question", "Comment faire?"));
  poll();
  storage::OutboxEmail ack;
  ack.ticket_id = 1;
  ack.kind = "ack";
  ack.recipient = "client@ville.qc.ca";
  ack.envelope_from = "support@somum.com";
  ack.subject = "[SOMUM #1] Question";
  ack.message_id = "ack-1@billetd.somum.com";
  ack.raw = "x";
  ack.next_attempt_at = clock_.now();
  const int64_t id = *store_->enqueue_email(ack, clock_.now());
  ASSERT_TRUE(store_->mark_email_sent(id, 1, clock_.now()).ok());
  // The DSN names only billetd's ack (no tag in its subject): found by the returned headers.
  source_.add("From: MAILER-DAEMON@mx\nReturn-Path: <>\nSubject: Undelivered Mail\nMessage-ID: <dsn2@mx>\n"
              "Content-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\nContent-Type: text/plain\n\n"
              "550 no such user\n--B\nContent-Type: text/rfc822-headers\n\nMessage-ID: <ack-1@billetd.somum.com>\n--B--\n");
  poll();
  const auto emails = *store_->emails_of_ticket(1);
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_EQ(emails[0].status, storage::OutboxStatus::kFailed);
  EXPECT_NE(emails[0].last_error.find("returned as undeliverable"), std::string::npos);
  const auto events = *store_->events_of_ticket(1);
  EXPECT_TRUE(std::any_of(events.begin(), events.end(), [](const auto& e) { return e.kind == "email-returned"; }));
  EXPECT_EQ((*store_->messages_by_disposition(storage::Disposition::kBounce, 10))[0].ticket_id, 1);
}

TEST_F(IngestorTest, AReplyReopensAResolvedTicketAndIsInTheTimeline) {
  source_.add(mail("a@x", "Question", "Comment faire?"));
  poll();
  ASSERT_TRUE(store_->set_ticket_status(1, storage::TicketStatus::kResolved, clock_.now()).ok());
  ASSERT_EQ(tickets()[0].status, storage::TicketStatus::kResolved);
  source_.add(mail("b@x", "Re: Question", "Suite", "In-Reply-To: <a@x>\n"));
  poll();
  const auto events = *store_->events_of_ticket(1);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].kind, "client-reply");
  EXPECT_EQ(tickets()[0].status, storage::TicketStatus::kOpen);
}

TEST_F(IngestorTest, AReplyToAResolvedLevelOneTicketBringsItsFollowUpsBack) {
  source_.add(mail("a@x", "Impossible d'accéder", "Plus personne ne peut se connecter."));
  poll();
  ASSERT_EQ(tickets()[0].level, 1);
  ASSERT_TRUE(store_->set_ticket_status(1, storage::TicketStatus::kResolved, clock_.now()).ok());
  ASSERT_TRUE(store_->set_ticket_timers(1, std::nullopt, false, false).ok());
  source_.add(mail("b@x", "Re: [SOMUM #1] Impossible d'accéder", "Ça recommence."));
  poll();
  const auto t = tickets()[0];
  EXPECT_EQ(t.status, storage::TicketStatus::kOpen);
  ASSERT_TRUE(t.next_followup_at.has_value());
  EXPECT_EQ(*t.next_followup_at, clock_.now() + std::chrono::minutes{30});
}

TEST_F(IngestorTest, AnOutsidersTaggedReplyIsShownButReopensAndRearmsNothing) {
  source_.add(mail("a@x", "Impossible d'accéder", "Plus personne ne peut se connecter."));
  poll();
  ASSERT_TRUE(store_->set_ticket_status(1, storage::TicketStatus::kResolved, clock_.now()).ok());
  ASSERT_TRUE(store_->set_ticket_timers(1, std::nullopt, false, false).ok());
  source_.add(mail("o@x", "Re: [SOMUM #1] Impossible d'accéder", "Cliquez ici.", "", "intrus@ailleurs.example"));
  source_.add(mail("g@x", "Re: [SOMUM #1] Impossible d'accéder", "Moi aussi.", "", "someone@gmail.com"));
  poll();
  const auto t = tickets()[0];
  EXPECT_EQ(t.status, storage::TicketStatus::kResolved);
  EXPECT_FALSE(t.next_followup_at.has_value()) << "no follow-ups re-armed to the real client";
  const auto third = *store_->messages_by_disposition(storage::Disposition::kThirdParty, 10);
  ASSERT_EQ(third.size(), 2u);
  EXPECT_EQ(third[0].ticket_id, std::optional<int64_t>(1)) << "attached, for the agents to see";
  bool event = false;
  for (const auto& e : *store_->events_of_ticket(1)) event = event || e.kind == "third-party";
  EXPECT_TRUE(event);
}

TEST_F(IngestorTest, AColleagueOfTheClientIsAParticipant) {
  source_.add(mail("a@x", "Question", "Comment faire?"));
  poll();
  ASSERT_TRUE(store_->set_ticket_status(1, storage::TicketStatus::kResolved, clock_.now()).ok());
  source_.add(mail("c@x", "Re: [SOMUM #1] Question", "Toujours pas réglé.", "", "collegue@ville.qc.ca"));
  poll();
  EXPECT_EQ(tickets()[0].status, storage::TicketStatus::kOpen) << "same domain as client@ville.qc.ca";
}

TEST_F(IngestorTest, AFailedMoveIsRetriedOnTheNextPassWithoutReingesting) {
  source_.refuse_moves = true;
  source_.add(mail("a@x", "Question", "Comment faire?"));
  EXPECT_EQ(poll().stored, 1);
  EXPECT_TRUE(source_.moved.empty());
  source_.refuse_moves = false;
  const PassStats second = poll();
  EXPECT_EQ(second.stored, 0);
  EXPECT_EQ(second.actions_done, 1);
  EXPECT_EQ(source_.moved.at(1), "Processed");
  EXPECT_EQ(*store_->count_messages(), 1);
}

TEST_F(IngestorTest, StoredMessagesAreMovedInBatchesOfAtMostFiveHundredUids) {
  for (int i = 0; i < 1150; ++i) source_.add(mail("m" + std::to_string(i) + "@x", "Question " + std::to_string(i), "?"));
  source_.add("\r\n\r\n");  // quarantined: its own folder, its own command
  const PassStats s = poll();
  EXPECT_EQ(s.stored, 1150);
  EXPECT_EQ(s.quarantined, 1);
  EXPECT_EQ(s.actions_done, 1151);
  EXPECT_EQ(source_.moved.size(), 1151u);
  EXPECT_EQ(source_.moved.at(1151), "Quarantine");
  EXPECT_EQ(source_.move_commands, 4) << "500 + 500 + 150 to Processed, 1 to Quarantine";
  EXPECT_TRUE(source_.inbox.empty());
}

TEST_F(IngestorTest, TheSameMessageIdUnderANewUidIsADuplicate) {
  mailbox_.after = MailboxConfig::After::kMarkSeen;
  source_.add(mail("same@x", "Question", "Comment faire?"));
  poll();
  source_.add(mail("same@x", "Question", "Comment faire?"));
  const PassStats s = poll();
  EXPECT_EQ(s.duplicates, 1);
  EXPECT_EQ(*store_->count_messages(), 1);
}

TEST_F(IngestorTest, AnotherSendersMessageReusingAMessageIdIsStoredNotDropped) {
  source_.add(mail("reused@x", "Question", "Comment faire?"));
  poll();
  source_.add(mail("reused@x", "Plus personne ne peut se connecter", "Urgent.", "", "autre@ville.qc.ca"));
  source_.add(mail("reused@x", "Plus personne ne peut se connecter", "Urgent.", "", "autre@ville.qc.ca"));  // redelivered
  const PassStats s = poll();
  EXPECT_EQ(s.stored, 1) << "the second sender's message is a message of its own";
  EXPECT_EQ(s.duplicates, 1) << "its own re-delivery is a duplicate";
  EXPECT_EQ(*store_->count_messages(), 2);
  EXPECT_EQ(tickets().size(), 2u);
  EXPECT_NE(log_text_.str().find("reuses Message-ID reused@x"), std::string::npos) << log_text_.str();
}

TEST_F(IngestorTest, AServerFailureEndsThePassAsAnErrorForBackoff) {
  source_.down = true;
  auto r = ingestor_->poll(mailbox_, source_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "imap.network");
}

TEST(Backoff, DoublesFromTheInitialDelayUpToTheCap) {
  using std::chrono::seconds;
  EXPECT_EQ(backoff_delay(1, seconds{5}, seconds{300}), seconds{5});
  EXPECT_EQ(backoff_delay(2, seconds{5}, seconds{300}), seconds{10});
  EXPECT_EQ(backoff_delay(4, seconds{5}, seconds{300}), seconds{40});
  EXPECT_EQ(backoff_delay(10, seconds{5}, seconds{300}), seconds{300});
  EXPECT_EQ(backoff_delay(1000, seconds{5}, seconds{300}), seconds{300});
}

TEST(TicketTag, IsFoundInSubjectsWhateverTheCase) {
  EXPECT_EQ(ticket_number_in_subject("Re: [SOMUM #123] Question", "SOMUM"), 123);
  EXPECT_EQ(ticket_number_in_subject("TR: [somum #7]", "SOMUM"), 7);
  EXPECT_EQ(ticket_number_in_subject("[SOMUM#8] x", "SOMUM"), 8);
  EXPECT_EQ(ticket_number_in_subject("[SOMUM #] x", "SOMUM"), 0);
  EXPECT_EQ(ticket_number_in_subject("[OTHER #5] x", "SOMUM"), 0);
}

TEST(InternalDate, ParsesTheImapForm) {
  EXPECT_EQ(parse_internaldate("30-Nov-2026 18:47:26 +0000"), TimePoint{std::chrono::seconds{1796064446}});
  EXPECT_EQ(parse_internaldate(" 1-Dec-2026 00:00:00 -0500"), TimePoint{std::chrono::seconds{1796101200}});
  EXPECT_FALSE(parse_internaldate("yesterday").has_value());
}

TEST_F(IngestorTest, ABacklogListedInPagesIsIngestedWholeInOnePass) {
  source_.page_size = 7;
  for (int i = 0; i < 50; ++i) source_.add(mail("m" + std::to_string(i) + "@x", "Question " + std::to_string(i), "Texte."));
  EXPECT_EQ(poll().stored, 50);
  EXPECT_EQ(tickets().size(), 50u);
  EXPECT_EQ(store_->mailbox_state("support")->last_uid, 50u);
}

TEST_F(IngestorTest, ADroppedConnectionMidFetchNeverQuarantinesAValidMessage) {
  config_.max_attempts = 3;
  source_.add(mail("a@x", "Question", "Comment faire?"));
  source_.fetch_failures = 5;
  for (int pass = 0; pass < 5; ++pass) EXPECT_FALSE(ingestor_->poll(mailbox_, source_).ok()) << "pass " << pass;
  EXPECT_EQ(poll().stored, 1) << "the sixth pass fetches it";
  EXPECT_EQ(tickets().size(), 1u);
  EXPECT_TRUE(store_->messages_by_disposition(storage::Disposition::kQuarantined, 10)->empty());
}

TEST_F(IngestorTest, AMessageOverTheSizeLimitIsATicketFromItsHeaderNeverAQuarantine) {
  source_.max_message_bytes = 4096;
  source_.add(mail("big@x", "Tout est en panne", "Plus personne ne peut se connecter." + std::string(8000, 'x')));
  EXPECT_EQ(poll().stored, 1);
  const auto t = tickets();
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].subject, "Tout est en panne");
  EXPECT_TRUE(store_->messages_by_disposition(storage::Disposition::kQuarantined, 10)->empty());
  const auto thread = *store_->messages_of_ticket(t[0].id);
  ASSERT_EQ(thread.size(), 1u);
  EXPECT_NE(thread[0].note.find("over the 64 MiB limit"), std::string::npos) << thread[0].note;
  EXPECT_NE(thread[0].text.find("Message of "), std::string::npos) << thread[0].text;
  EXPECT_EQ(source_.moved.at(1), "Processed") << "the whole message stays on the server";
}

TEST_F(IngestorTest, AMessageWhoseHeaderAloneIsOverTheLimitIsQuarantinedAndThePassGoesOn) {
  source_.max_message_bytes = 4096;
  source_.add("From: a@x\nSubject: S\nX-Junk: " + std::string(2u << 20, 'j') + "\n\nbody\n");
  source_.add(mail("b@x", "Question", "Comment faire?"));
  // The fake's header is bounded only by the message; the real source caps it at 1 MiB.
  source_.max_header_bytes = 1u << 20;
  const PassStats stats = poll();
  EXPECT_EQ(stats.quarantined, 1);
  EXPECT_EQ(stats.stored, 1);
  EXPECT_EQ(source_.moved.at(1), "Quarantine");
}

TEST_F(IngestorTest, AMessageWithNoOneToAnswerOrNothingInItIsKeptForReviewNotQueued) {
  source_.add("Subject: Sans expediteur\nMessage-ID: <n1@x>\n\nBonjour.\n");
  source_.add("From: \"=?utf-8?q?x?=\" <not an address>\nSubject: Hostile\nMessage-ID: <n2@x>\n\nBonjour.\n");
  source_.add("From: client@ville.qc.ca\nMessage-ID: <n3@x>\n\n \n");
  source_.add(mail("n4@x", "Question", "Comment faire?"));
  EXPECT_EQ(poll().stored, 4);
  EXPECT_EQ(tickets().size(), 1u) << "only the real request reaches the queue";
  const auto review = *store_->messages_by_disposition(storage::Disposition::kReview, 10);
  ASSERT_EQ(review.size(), 3u);
  EXPECT_NE(review[2].note.find("no usable sender address"), std::string::npos) << review[2].note;
  EXPECT_NE(review[0].note.find("empty message"), std::string::npos) << review[0].note << " (newest first)";
  for (const auto& m : review) EXPECT_FALSE(m.ticket_id.has_value());
}

TEST_F(IngestorTest, AListedUidThatCannotBeFetchedIsRetriedNeverSkipped) {
  source_.add(mail("a@x", "Un", "Texte."));
  const uint32_t stuck = source_.add(mail("b@x", "Deux", "Texte."));
  source_.add(mail("c@x", "Trois", "Texte."));
  source_.unfetchable = {stuck};
  EXPECT_FALSE(ingestor_->poll(mailbox_, source_).ok()) << "the pass ends on it, for backoff";
  EXPECT_EQ(store_->mailbox_state("support")->last_uid, 1u) << "the watermark stays below the stuck UID";
  source_.unfetchable.clear();
  EXPECT_EQ(poll().stored, 2);
  EXPECT_EQ(tickets().size(), 3u);
}

TEST_F(IngestorTest, AUidThatVanishedIsPassedOnlyAfterTheServerStopsListingIt) {
  source_.add(mail("a@x", "Un", "Texte."));
  source_.ghost_uids = {2};
  source_.next_uid = 3;
  source_.add(mail("c@x", "Trois", "Texte."));
  EXPECT_EQ(poll().stored, 2);
  EXPECT_EQ(store_->mailbox_state("support")->last_uid, 3u);
  EXPECT_NE(log_text_.str().find("UID 2 disappeared"), std::string::npos);
}

TEST_F(IngestorTest, ADatabaseThatRefusesWritesNeverQuarantinesAValidMessage) {
  config_.max_attempts = 3;
  source_.add(mail("a@x", "Question", "Comment faire?"));
  const std::string db = (dir_ / "t.db").string();
  const auto sql = [&](const std::string& statement) {
    return std::system(("sqlite3 " + db + " \"" + statement + "\"").c_str());
  };
  ASSERT_EQ(sql("CREATE TRIGGER full BEFORE INSERT ON messages BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END;"), 0);
  for (int pass = 0; pass < 5; ++pass) EXPECT_FALSE(ingestor_->poll(mailbox_, source_).ok()) << "pass " << pass;
  ASSERT_EQ(sql("DROP TRIGGER full;"), 0);
  EXPECT_EQ(poll().stored, 1) << "once the database takes writes again the message is a ticket";
  EXPECT_EQ(tickets().size(), 1u);
  EXPECT_TRUE(store_->messages_by_disposition(storage::Disposition::kQuarantined, 10)->empty());
}

}  // namespace
}  // namespace billet::daemon
