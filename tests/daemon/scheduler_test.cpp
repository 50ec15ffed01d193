// Follow-ups, escalations and level changes with a fake clock and a real SQLite file.
#include "daemon/scheduler.h"

#include <gtest/gtest.h>
#include <spdlog/sinks/null_sink.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>

#include "daemon/agent_actions.h"
#include "support/fake_clock.h"

namespace billet::daemon {
namespace {

using std::chrono::minutes;
const TimePoint kT0{std::chrono::seconds{1796054400}};  // Monday 30 November 2026 10:00 EST

class SchedulerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("scheduler-test-" + std::to_string(::getpid()) + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    db_path_ = (dir_ / "t.db").string();
    store_ = std::move(*storage::open_sqlite_store(db_path_));
    config_.followups.team_address = "equipe@somum.com";
    MailboxConfig support;
    support.name = "support";
    support.address = "support@somum.com";
    config_.mailboxes.push_back(support);
    templates_ = std::make_unique<UpdateTemplates>(*load_update_templates(BILLETD_SOURCE_DIR "/etc/templates"));
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  int64_t ticket(int level, TimePoint received, TimePoint due) {
    storage::NewTicket t;
    t.kind = billet::Kind::kTicket;
    t.mailbox = "support";
    t.client_address = "client@ville.qc.ca";
    t.client_name = "Client";
    t.subject = "Panne";
    t.level = level;
    t.classification_json = "{}";
    t.plan = "24/7";
    t.received_at = received;
    t.due_at = due;
    if (level == 1) t.next_followup_at = received + minutes{30};
    t.reply_address = "client@ville.qc.ca";
    t.language = "fr";
    t.first_message_id = "m1@ville.qc.ca";
    return *store_->insert_ticket(t, received);
  }
  TimerStats run_at(TimePoint t) {
    clock_.set(t);
    auto r = run_timers(*store_, config_, calendar_, *templates_, clock_, log_);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return r.ok() ? *r : TimerStats{};
  }
  std::vector<storage::OutboxEmail> emails(int64_t id, const std::string& kind) {
    std::vector<storage::OutboxEmail> out;
    for (auto& e : *store_->emails_of_ticket(id))
      if (e.kind == kind) out.push_back(e);
    return out;
  }
  AgentContext agent() { return AgentContext{*store_, config_, calendar_, *templates_, clock_, "marie"}; }

  std::filesystem::path dir_;
  std::string db_path_;
  std::unique_ptr<storage::Store> store_;
  Config config_;
  triage::BusinessCalendar calendar_ = *make_calendar(Config{});
  std::unique_ptr<UpdateTemplates> templates_;
  billet::testing::FakeClock clock_{kT0};
  spdlog::logger log_{"t", std::make_shared<spdlog::sinks::null_sink_mt>()};
};

TEST_F(SchedulerTest, LevelOneFollowUpsComeEveryThirtyMinutesWithTheLatestPublicNote) {
  const int64_t id = ticket(1, kT0, kT0 + minutes{30});
  EXPECT_EQ(run_at(kT0 + minutes{29}).followups, 0);
  EXPECT_EQ(run_at(kT0 + minutes{30}).followups, 1);
  clock_.set(kT0 + minutes{40});
  auto ctx = agent();
  ASSERT_TRUE(add_progress_note(ctx, id, "Nous redémarrons les serveurs.", false).ok());
  ASSERT_TRUE(add_progress_note(ctx, id, "Cause: disque plein (interne)", true).ok());
  EXPECT_EQ(run_at(kT0 + minutes{59}).followups, 0);
  EXPECT_EQ(run_at(kT0 + minutes{60}).followups, 1);
  const auto followups = emails(id, "followup");
  ASSERT_EQ(followups.size(), 2u);
  EXPECT_NE(followups[1].raw.find("red=C3=A9marrons les serveurs"), std::string::npos) << followups[1].raw;
  EXPECT_EQ(followups[1].raw.find("disque plein"), std::string::npos) << "internal notes stay internal";
  EXPECT_EQ(followups[1].recipient, "client@ville.qc.ca");
  EXPECT_EQ(emails(id, "note").size(), 1u) << "the public note itself was emailed";
}

TEST_F(SchedulerTest, TheTeamIsWarnedAtEightyPercentAndAtTheDeadlineWhichMarksTheBreach) {
  const int64_t id = ticket(2, kT0, kT0 + minutes{60});
  EXPECT_EQ(run_at(kT0 + minutes{47}).warnings, 0);
  EXPECT_EQ(run_at(kT0 + minutes{48}).warnings, 1);
  EXPECT_FALSE((*store_->ticket(id))->breached);
  const TimerStats at_deadline = run_at(kT0 + minutes{60});
  EXPECT_EQ(at_deadline.breaches, 1);
  EXPECT_TRUE((*store_->ticket(id))->breached);
  EXPECT_EQ(run_at(kT0 + minutes{90}).breaches, 0) << "once";
  const auto escalations = emails(id, "escalation");
  ASSERT_EQ(escalations.size(), 2u);
  EXPECT_EQ(escalations[0].recipient, "equipe@somum.com");
  EXPECT_NE(escalations[0].subject.find("80 %"), std::string::npos);
  EXPECT_NE(escalations[1].subject.find("échéance dépassée"), std::string::npos);
}

TEST_F(SchedulerTest, TimersSurviveARestartAndNeverFireTwice) {
  const int64_t id = ticket(1, kT0, kT0 + minutes{30});
  run_at(kT0 + minutes{30});
  store_ = std::move(*storage::open_sqlite_store(db_path_));  // "restart": a new connection
  const TimerStats again = run_at(kT0 + minutes{30});
  EXPECT_EQ(again.followups + again.warnings + again.breaches, 0);
  EXPECT_EQ(emails(id, "followup").size(), 1u);
  EXPECT_EQ(emails(id, "escalation").size(), 1u) << "the deadline one (the 80 % one was skipped: both were due)";
}

TEST_F(SchedulerTest, ALevelChangeRecomputesTheDueTimeFromReception) {
  // Level 4 received Friday 27 November 15:00 EST: due Monday 15:00 (plan hours).
  const TimePoint friday = TimePoint{std::chrono::seconds{1795809600}};
  const int64_t id = ticket(4, friday, friday + minutes{3 * 24 * 60});
  clock_.set(friday + minutes{10});
  auto ctx = agent();
  ASSERT_TRUE(change_level(ctx, id, 1, "en fait, personne ne peut se connecter").ok());
  auto changed = **store_->ticket(id);
  EXPECT_EQ(changed.level, 1);
  EXPECT_EQ(changed.due_at, friday + minutes{30});
  ASSERT_TRUE(changed.next_followup_at.has_value());
  EXPECT_EQ(emails(id, "level-change").size(), 1u);
  ASSERT_TRUE(change_level(ctx, id, 3, "finalement un affichage").ok());
  changed = **store_->ticket(id);
  EXPECT_EQ(calendar_.iso_local(changed.due_at), "2026-11-30T10:00:00-05:00");
  EXPECT_FALSE(changed.next_followup_at.has_value());
  const auto events = *store_->events_of_ticket(id);
  const auto last_level = std::find_if(events.rbegin(), events.rend(), [](const auto& e) { return e.kind == "level"; });
  ASSERT_NE(last_level, events.rend());
  EXPECT_EQ(last_level->actor, "marie");
  EXPECT_NE(last_level->detail.find("finalement un affichage"), std::string::npos);
}

TEST_F(SchedulerTest, AResolvedTicketGetsItsNoticeAndNoMoreFollowUps) {
  const int64_t id = ticket(1, kT0, kT0 + minutes{30});
  run_at(kT0 + minutes{30});
  clock_.set(kT0 + minutes{35});
  auto ctx = agent();
  ASSERT_TRUE(resolve_ticket(ctx, id, "Les serveurs sont revenus.").ok());
  EXPECT_EQ(run_at(kT0 + minutes{120}).followups, 0);
  EXPECT_EQ(emails(id, "followup").size(), 1u);
  EXPECT_EQ(emails(id, "resolved").size(), 1u);
  EXPECT_EQ((*store_->ticket(id))->status, storage::TicketStatus::kResolved);
  EXPECT_EQ(resolve_ticket(ctx, id, "").error().code, "usage.resolved");
}

TEST_F(SchedulerTest, AgentActionsOnAnUnknownTicketOrWithBadArgumentsChangeNothing) {
  auto ctx = agent();
  EXPECT_EQ(add_progress_note(ctx, 99, "x", false).error().code, "ticket.unknown");
  const int64_t id = ticket(3, kT0, kT0 + minutes{180});
  EXPECT_EQ(add_progress_note(ctx, id, "  ", false).error().code, "usage.note");
  EXPECT_EQ(change_level(ctx, id, 5, "x").error().code, "usage.level");
  EXPECT_EQ(change_level(ctx, id, 2, "").error().code, "usage.why");
  EXPECT_EQ((*store_->ticket(id))->level, 3);
  EXPECT_TRUE(store_->events_of_ticket(id)->empty());
}

}  // namespace
}  // namespace billet::daemon
