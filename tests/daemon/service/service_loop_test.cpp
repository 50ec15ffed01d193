// The main loop with its parts handed in: fake mail sources, a fake SMTP sender, a real SQLite
// file, in-process and in milliseconds (the same loop against Dovecot is in the integration tests).
#include "daemon/service/service.h"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "common/error_codes.h"
#include "daemon/net/mail_sender.h"
#include "daemon/service/health.h"
#include "daemon/service/runtime.h"
#include "storage/store.h"
#include "support/fake_clock.h"
#include "support/fake_mail_source.h"
#include "support/test_files.h"

namespace billet::daemon {
namespace {

// Hands the loop a MailSource it may own while the test keeps the fake (and its state).
class Borrowed : public MailSource {
 public:
  explicit Borrowed(MailSource& target) : target_(target) {}
  Result<FolderStatus> status() override { return target_.status(); }
  Result<std::vector<uint32_t>> uids_from(uint32_t first) override { return target_.uids_from(first); }
  Result<bool> has_uid(uint32_t uid) override { return target_.has_uid(uid); }
  Result<FetchedMessage> fetch(uint32_t v, uint32_t uid) override { return target_.fetch(v, uid); }
  Result<FetchedMessage> fetch_header(uint32_t v, uint32_t uid) override { return target_.fetch_header(v, uid); }
  Status move(const std::vector<uint32_t>& uids, const std::string& f) override { return target_.move(uids, f); }
  Status mark_seen(const std::vector<uint32_t>& uids) override { return target_.mark_seen(uids); }
  std::string describe() const override { return target_.describe(); }

 private:
  MailSource& target_;
};

// The first `refuse` sends fail as an unreachable server would; the others are recorded.
class RecordingSender : public MailSender {
 public:
  Status send(const std::string&, const std::string& recipient, const std::string&) override {
    if (refuse > 0) {
      --refuse;
      return Error{errc::kSmtpUnreachable, "connection refused"};
    }
    sent.push_back(recipient);
    return ok_status();
  }
  std::vector<std::string> sent;
  int refuse = 0;
};

// A clock for the loop on another thread: its idle waits move time on (whole seconds, rounded
// up) instead of sleeping, so backoffs pass in microseconds and can be read off its timeline.
class TickingClock : public Clock {
 public:
  explicit TickingClock(TimePoint start) : seconds_(start.time_since_epoch().count()) {}
  TimePoint now() const override { return TimePoint{std::chrono::seconds{seconds_.load()}}; }
  void sleep_for(std::chrono::milliseconds d) const override {
    seconds_ += std::max<int64_t>(1, (d.count() + 999) / 1000);
    std::this_thread::yield();
  }

 private:
  mutable std::atomic<int64_t> seconds_;
};

// Down for the first `failures` status() calls; records when (on the loop's clock) each call came.
class FlakySource : public Borrowed {
 public:
  FlakySource(MailSource& target, const Clock& clock, int failures, std::vector<TimePoint>& calls)
      : Borrowed(target), clock_(clock), failures_(failures), calls_(calls) {}
  Result<FolderStatus> status() override {
    calls_.push_back(clock_.now());
    if (static_cast<int>(calls_.size()) <= failures_) return Error{"imap.network", "down"};
    return Borrowed::status();
  }

 private:
  const Clock& clock_;
  int failures_;
  std::vector<TimePoint>& calls_;
};

class ServiceLoop : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ofstream(dir_ / "billetd.toml")
        << "[service]\ndatabase = \"" << (dir_ / "b.db").string() << "\"\nrules = \"" << BILLETD_SOURCE_DIR
        << "/etc/rules.toml\"\n[acknowledgements]\ntemplates = \"" << BILLETD_SOURCE_DIR << "/etc/templates\"\n"
        << "[[mailbox]]\nname = \"support\"\nurl = \"imaps://127.0.0.1/INBOX\"\nuser = \"support\"\n"
        << "address = \"support@somum.com\"\npassword_env = \"BILLETD_LOOP_TEST\"\nkind = \"ticket\"\n"
        << "[[mailbox]]\nname = \"sac\"\nurl = \"imaps://127.0.0.2/INBOX\"\nuser = \"sac\"\n"
        << "address = \"sac@somum.com\"\npassword_env = \"BILLETD_LOOP_TEST\"\nkind = \"complaint\"\n";
    ::setenv("BILLETD_LOOP_TEST", "x", 1);
    auto runtime = load_runtime((dir_ / "billetd.toml").string());
    ASSERT_TRUE(runtime.ok()) << runtime.error().message;
    runtime_ = std::move(*runtime);
    store_ = std::move(*storage::open_sqlite_store(runtime_->config.database));
  }

  int run_once(const std::atomic<bool>* reload = nullptr) {
    ServiceParts parts{*runtime_, *store_, &sender_, nullptr, health_};
    parts.open_source = [this](const ImapSettings& s) -> std::unique_ptr<MailSource> {
      return std::make_unique<Borrowed>(s.url.find("127.0.0.2") != std::string::npos ? sac_ : support_);
    };
    parts.open_watcher = nullptr;
    return run_loop(parts, RunOptions{true, reload, nullptr}, clock_, log_, stop_);
  }

  static std::string mail(const std::string& id, const std::string& subject, const std::string& body) {
    return "From: Client <client@ville.qc.ca>\nSubject: " + subject + "\nMessage-ID: <" + id + ">\n\n" + body + "\n";
  }

  testing::ScratchDir dir_{"service-loop"};
  std::unique_ptr<const Runtime> runtime_;
  std::unique_ptr<storage::Store> store_;
  billet::testing::FakeMailSource support_, sac_;
  RecordingSender sender_;
  HealthState health_;
  billet::testing::FakeClock clock_{SystemClock().now()};
  std::atomic<bool> stop_{false};
  std::ostringstream log_text_;
  spdlog::logger log_{"t", std::make_shared<spdlog::sinks::ostream_sink_mt>(log_text_)};
};

TEST_F(ServiceLoop, OnePassStoresEveryMailboxAndDrainsTheAcknowledgements) {
  support_.add(mail("a@x", "Plus personne ne peut se connecter", "Tout le monde est bloqué."));
  sac_.add(mail("b@x", "Plainte", "Votre technicien a été impoli."));
  EXPECT_EQ(run_once(), 0) << log_text_.str();
  EXPECT_EQ(store_->list_tickets({})->size(), 2u);
  EXPECT_EQ(sender_.sent.size(), 2u) << "--once sends what the pass queued";
  EXPECT_EQ(support_.moved.size(), 1u);
  EXPECT_EQ(health_.mailboxes().at("support").consecutive_failures, 0);
}

TEST_F(ServiceLoop, AMailboxWhoseServerIsDownDoesNotStopTheOthers) {
  support_.down = true;
  sac_.add(mail("c@x", "Plainte", "Personne ne répond."));
  EXPECT_EQ(run_once(), 1) << "--once reports the failing mailbox";
  EXPECT_EQ(store_->list_tickets({})->size(), 1u) << "the complaint mailbox was polled";
  EXPECT_EQ(health_.mailboxes().at("support").consecutive_failures, 1);
  EXPECT_EQ(health_.mailboxes().at("support").last_error, "imap.network");
  EXPECT_NE(log_text_.str().find("mailbox support: down"), std::string::npos) << log_text_.str();
  support_.down = false;
  support_.add(mail("d@x", "Question", "Comment faire?"));
  EXPECT_EQ(run_once(), 0);
  EXPECT_EQ(store_->list_tickets({})->size(), 2u);
}

// The daemon (not --once) on its own thread: a mailbox whose server is down is retried after 5,
// 10, 20 s (backoff_initial doubling) while the other is polled every poll_interval; when the
// server is back its mail is ingested and the failures are forgotten.
TEST_F(ServiceLoop, AFailingMailboxIsRetriedWithGrowingBackoffWhileTheOtherIsPolledOnTime) {
  support_.add(mail("late@x", "Question", "Comment exporter?"));
  TickingClock clock{TimePoint{std::chrono::seconds{1'800'000'000}}};
  std::vector<TimePoint> support_calls, sac_calls;
  ServiceParts parts{*runtime_, *store_, nullptr, nullptr, health_};
  parts.open_source = [&](const ImapSettings& s) -> std::unique_ptr<MailSource> {
    if (s.url.find("127.0.0.2") != std::string::npos) return std::make_unique<FlakySource>(sac_, clock, 0, sac_calls);
    return std::make_unique<FlakySource>(support_, clock, 3, support_calls);
  };
  parts.open_watcher = nullptr;
  std::thread loop([&] { run_loop(parts, RunOptions{}, clock, log_, stop_); });
  for (int i = 0; i < 5000 && health_.mailboxes()["support"].last_success == TimePoint{}; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds{1});
  stop_ = true;
  loop.join();

  ASSERT_GE(support_calls.size(), 4u) << log_text_.str();
  auto gap = [&](size_t i) { return (support_calls[i] - support_calls[i - 1]).count(); };
  EXPECT_GE(gap(1), 5);
  EXPECT_LT(gap(1), 10);
  EXPECT_GE(gap(2), 10);
  EXPECT_LT(gap(2), 20);
  EXPECT_GE(gap(3), 20);
  EXPECT_LT(gap(3), 40);
  ASSERT_GE(sac_calls.size(), 1u);
  for (size_t i = 1; i < sac_calls.size(); ++i)
    EXPECT_GE((sac_calls[i] - sac_calls[i - 1]).count(), 60) << "the healthy mailbox keeps its interval";
  EXPECT_EQ(health_.mailboxes()["support"].consecutive_failures, 0);
  EXPECT_EQ(store_->list_tickets({})->size(), 1u) << "ingested once the server answered";
}

// An SMTP server that cannot be reached costs nothing but time: the ticket is stored, its
// acknowledgement waits in the outbox and leaves on a later pass, once.
TEST_F(ServiceLoop, AnAckTheSmtpServerCannotTakeWaitsInTheOutboxAndLeavesOnceLater) {
  support_.add(mail("e@x", "Le module SMS ne fonctionne plus", "Aucun SMS ne part."));
  sender_.refuse = 1;
  EXPECT_EQ(run_once(), 0) << "a mail server problem is not a mailbox failure";
  EXPECT_EQ(store_->list_tickets({})->size(), 1u);
  EXPECT_TRUE(sender_.sent.empty());
  auto waiting = store_->emails_by_status(storage::OutboxStatus::kPending, 10);
  ASSERT_TRUE(waiting.ok());
  ASSERT_EQ(waiting->size(), 1u);
  EXPECT_EQ(waiting->front().attempts, 1);
  EXPECT_EQ(run_once(), 0);
  EXPECT_TRUE(sender_.sent.empty()) << "not before its retry time";
  clock_.advance(runtime_->config.smtp.retry_initial + std::chrono::seconds{1});
  EXPECT_EQ(run_once(), 0);
  EXPECT_EQ(sender_.sent, std::vector<std::string>{"client@ville.qc.ca"});
  EXPECT_EQ(run_once(), 0);
  EXPECT_EQ(sender_.sent.size(), 1u) << "never sent twice";
}

// Stop raised in the middle of a pass (SIGTERM): the message in hand is finished, the rest stay
// in the folder and the next run takes them, each exactly once.
TEST_F(ServiceLoop, AStopInTheMiddleOfAPassLosesAndDoublesNothing) {
  for (int i = 0; i < 10; ++i)
    support_.add("From: c" + std::to_string(i) + "@ville.qc.ca\nSubject: Question " + std::to_string(i) +
                 "\nMessage-ID: <m" + std::to_string(i) + "@x>\n\nComment?\n");
  struct StopAfterFirst : Borrowed {
    StopAfterFirst(MailSource& t, std::atomic<bool>& stop) : Borrowed(t), stop_(stop) {}
    Result<FetchedMessage> fetch(uint32_t v, uint32_t uid) override {
      stop_ = true;
      return Borrowed::fetch(v, uid);
    }
    std::atomic<bool>& stop_;
  };
  ServiceParts parts{*runtime_, *store_, &sender_, nullptr, health_};
  parts.open_source = [&](const ImapSettings& s) -> std::unique_ptr<MailSource> {
    if (s.url.find("127.0.0.2") != std::string::npos) return std::make_unique<Borrowed>(sac_);
    return std::make_unique<StopAfterFirst>(support_, stop_);
  };
  parts.open_watcher = nullptr;
  run_loop(parts, RunOptions{true}, clock_, log_, stop_);
  const size_t first_run = store_->list_tickets({})->size();
  EXPECT_GE(first_run, 1u);
  EXPECT_LT(first_run, 10u) << "the stop was obeyed within the pass";
  stop_ = false;
  EXPECT_EQ(run_once(), 0);
  EXPECT_EQ(store_->list_tickets({})->size(), 10u);
  EXPECT_EQ(support_.moved.size(), 10u);
  EXPECT_EQ(sender_.sent.size(), 10u) << "one acknowledgement each";
}

TEST_F(ServiceLoop, AReloadRequestEndsTheLoopForTheCallerToLoadTheNewRuntime) {
  support_.add(mail("r@x", "Question", "Comment?"));
  const std::atomic<bool> reload{true};
  EXPECT_EQ(run_once(&reload), kReloadRequested);
  EXPECT_TRUE(store_->list_tickets({})->empty()) << "the old runtime starts no new pass";
}

}  // namespace
}  // namespace billet::daemon
