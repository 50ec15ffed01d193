// The main loop with its parts handed in: fake mail sources, a fake SMTP sender, a real SQLite
// file, in-process and in milliseconds (the same loop against Dovecot is in the integration tests).
#include "daemon/service/service.h"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <fstream>
#include <map>
#include <sstream>

#include "daemon/net/mail_sender.h"
#include "daemon/service/health.h"
#include "daemon/service/runtime.h"
#include "storage/store.h"
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

class RecordingSender : public MailSender {
 public:
  Status send(const std::string&, const std::string& recipient, const std::string&) override {
    sent.push_back(recipient);
    return ok_status();
  }
  std::vector<std::string> sent;
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

  int run_once() {
    ServiceParts parts{*runtime_, *store_, &sender_, nullptr, health_};
    parts.open_source = [this](const ImapSettings& s) -> std::unique_ptr<MailSource> {
      return std::make_unique<Borrowed>(s.url.find("127.0.0.2") != std::string::npos ? sac_ : support_);
    };
    parts.open_watcher = nullptr;
    std::atomic<bool> stop{false};
    return run_loop(parts, RunOptions{true}, clock_, log_, stop);
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
  SystemClock clock_;
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

}  // namespace
}  // namespace billet::daemon
