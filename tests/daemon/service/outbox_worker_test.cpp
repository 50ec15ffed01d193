// The outbox on its own thread, with a real SQLite file and senders that accept, refuse or stall:
// acknowledgements leave when woken, a stalled SMTP server holds up no database writer, and
// --once's drain empties the outbox past one round of 100 but stops when the server is in trouble.
#include "daemon/service/outbox_worker.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include "support/test_files.h"
#include <spdlog/sinks/null_sink.h>
#include <spdlog/spdlog.h>

#include <filesystem>

#include "support/fake_clock.h"
#include <thread>

namespace billet::daemon {
namespace {

// Records what it is asked to send; can be told to refuse (4xx) or to stall until released.
class ScriptedSender final : public MailSender {
 public:
  Status send(const std::string&, const std::string& recipient, const std::string&) override {
    std::unique_lock<std::mutex> lock(mutex_);
    ++calls_;
    changed_.notify_all();
    changed_.wait(lock, [this] { return !stalled_; });
    if (refuse_) return Error{"smtp.temporary", "451 try later"};
    sent_.push_back(recipient);
    changed_.notify_all();
    return ok_status();
  }
  void stall(bool on) {
    std::lock_guard<std::mutex> lock(mutex_);
    stalled_ = on;
    changed_.notify_all();
  }
  void refuse() { refuse_ = true; }
  // Waits (at most 10 s: a hang must fail the test, not block it) until `n` emails were sent.
  bool wait_sent(size_t n) {
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_for(lock, std::chrono::seconds{10}, [&] { return sent_.size() >= n; });
  }
  bool wait_calls(int n) {
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_for(lock, std::chrono::seconds{10}, [&] { return calls_ >= n; });
  }
  size_t sent() {
    std::lock_guard<std::mutex> lock(mutex_);
    return sent_.size();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::string> sent_;
  int calls_ = 0;
  bool stalled_ = false;
  std::atomic<bool> refuse_{false};
};

class FixedClock : public Clock {
 public:
  TimePoint now() const override { return TimePoint{std::chrono::seconds{1795000000}}; }
};

class OutboxWorkerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = open();
  }

  std::unique_ptr<storage::Store> open() { return std::move(*storage::open_sqlite_store((dir_ / "t.db").string())); }
  void queue(int n) {
    for (int i = 0; i < n; ++i) {
      storage::OutboxEmail e;
      e.kind = "ack";
      e.recipient = "client" + std::to_string(i) + "@example.com";
      e.envelope_from = "support@somum.com";
      e.message_id = "m" + std::to_string(i) + "@billetd";
      e.raw = "Subject: x\r\n\r\nbody\r\n";
      e.next_attempt_at = clock_.now();
      ASSERT_TRUE(store_->enqueue_email(e, clock_.now()).ok());
    }
  }

  // The worker marks an email sent just after send() returns: wait (bounded) for the mark.
  bool marked_sent(int64_t n) {
    for (int i = 0; i < 200; ++i) {
      if (*store_->count_emails(storage::OutboxStatus::kSent) >= n) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }

  billet::testing::ScratchDir dir_{"outbox-worker-test"};
  std::unique_ptr<storage::Store> store_;
  FixedClock clock_;
  spdlog::logger log_{"t", std::make_shared<spdlog::sinks::null_sink_mt>()};
};

TEST_F(OutboxWorkerTest, AnEmailQueuedAndWokenForLeavesWithoutWaitingForTheNextCheck) {
  auto sender = std::make_unique<ScriptedSender>();
  ScriptedSender& s = *sender;
  OutboxWorker worker(open(), std::move(sender), OutboxPolicy{}, clock_, log_, nullptr);
  queue(3);
  worker.wake();
  EXPECT_TRUE(s.wait_sent(3));
  EXPECT_TRUE(marked_sent(3)) << "and marked sent in the database";
}

TEST_F(OutboxWorkerTest, AStalledSmtpServerHoldsUpNoDatabaseWriter) {
  auto sender = std::make_unique<ScriptedSender>();
  ScriptedSender& s = *sender;
  s.stall(true);
  OutboxWorker worker(open(), std::move(sender), OutboxPolicy{}, clock_, log_, nullptr);
  queue(1);
  worker.wake();
  ASSERT_TRUE(s.wait_calls(1)) << "the worker is inside send()";
  // Meanwhile ingestion keeps writing: a transaction on the main connection commits at once.
  auto tx = store_->begin();
  ASSERT_TRUE(tx.ok());
  ASSERT_TRUE(store_->set_mailbox_state("support", {7, 42}).ok());
  ASSERT_TRUE((*tx)->commit().ok());
  queue(2);
  EXPECT_EQ(s.sent(), 0u);
  s.stall(false);
  worker.wake();
  EXPECT_TRUE(s.wait_sent(3));
  EXPECT_TRUE(marked_sent(3));
}

TEST_F(OutboxWorkerTest, TheOnceDrainSendsEveryDueEmailPastOneRoundOf100) {
  queue(250);
  ScriptedSender s;
  const DeliveryStats d = drain_outbox(*store_, s, OutboxPolicy{}, clock_, log_, nullptr);
  EXPECT_EQ(d.sent, 250);
  EXPECT_EQ(*store_->count_emails(storage::OutboxStatus::kPending), 0);
}

TEST_F(OutboxWorkerTest, TheDrainStopsAtTheFirstRoundThatHadToPostponeAnEmail) {
  queue(250);
  ScriptedSender s;
  s.refuse();
  const DeliveryStats d = drain_outbox(*store_, s, OutboxPolicy{}, clock_, log_, nullptr);
  EXPECT_EQ(d.sent, 0);
  EXPECT_GE(d.retried, 1);
  EXPECT_LE(d.retried, 100) << "one round at most: the rest waits for the backoff, no hammering";
}

TEST_F(OutboxWorkerTest, AnEmailAcceptedButNotRecordedIsNeverSentAgain) {
  queue(1);
  {
    // The database refuses to record "sent" (as a lock held across the server's 250 would).
    SQLite::Database db((dir_ / "t.db").string(), SQLite::OPEN_READWRITE);
    db.exec("CREATE TABLE refuse_marks (x); INSERT INTO refuse_marks VALUES (1);"
            "CREATE TRIGGER refuse_sent BEFORE UPDATE OF status ON outbox WHEN new.status = 'sent' AND "
            "EXISTS (SELECT 1 FROM refuse_marks) BEGIN SELECT RAISE(ABORT, 'database is locked (test)'); END;");
  }
  ScriptedSender s;
  AcceptedUnrecorded accepted;
  EXPECT_EQ(deliver_due_emails(*store_, s, OutboxPolicy{}, clock_, log_, nullptr, &accepted).sent, 1);
  EXPECT_EQ(*store_->count_emails(storage::OutboxStatus::kPending), 1) << "not recorded";
  EXPECT_EQ(deliver_due_emails(*store_, s, OutboxPolicy{}, clock_, log_, nullptr, &accepted).sent, 0);
  EXPECT_EQ(s.sent(), 1u) << "still pending in the database, but not handed to SMTP again";
  {
    SQLite::Database db((dir_ / "t.db").string(), SQLite::OPEN_READWRITE);
    db.exec("DELETE FROM refuse_marks");
  }
  deliver_due_emails(*store_, s, OutboxPolicy{}, clock_, log_, nullptr, &accepted);
  EXPECT_EQ(*store_->count_emails(storage::OutboxStatus::kSent), 1) << "recorded once the database lets it";
  EXPECT_EQ(s.sent(), 1u);
  EXPECT_TRUE(accepted.attempts_by_email.empty());
}

TEST_F(OutboxWorkerTest, AnSmtpOutageOfHoursIsWaitedOutUntilTheEmailIsTooOldToMatter) {
  queue(1);
  ScriptedSender s;
  s.refuse();  // 4xx / network, again and again
  billet::testing::FakeClock clock(clock_.now());
  OutboxPolicy policy;  // backoff up to 15 min, give up after 48 h
  for (int hour = 0; hour < 47; ++hour) {
    clock.advance(std::chrono::hours{1});
    deliver_due_emails(*store_, s, policy, clock, log_);
  }
  EXPECT_EQ(*store_->count_emails(storage::OutboxStatus::kPending), 1) << "still retried after 47 h (it was failed after ~70 min)";
  clock.advance(std::chrono::hours{2});
  deliver_due_emails(*store_, s, policy, clock, log_);
  EXPECT_EQ(*store_->count_emails(storage::OutboxStatus::kFailed), 1) << "given up once older than give_up_after";
}

}  // namespace
}  // namespace billet::daemon
