// Who automatic emails may go to (policy.md section 6), on a real SQLite file: billetd's own
// addresses in any spelling get nothing; the team's escalations are never rate-limited, while a
// client's are.
#include "daemon/mail/client_update.h"

#include <gtest/gtest.h>

#include "support/test_files.h"

#include <filesystem>

namespace billet::daemon {
namespace {

class Suppression : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = std::move(*storage::open_sqlite_store((dir_ / "t.db").string()));
    config_.own_addresses = {"support@somum.com"};
    MailboxConfig sac;
    sac.name = "sac";
    sac.address = "SAC@somum.com";
    config_.mailboxes.push_back(sac);
    config_.followups.team_address = "equipe@somum.com";
    config_.smtp.user = "billetd@relay.somum.com";
  }
  std::string reason(const std::string& to) { return *suppression_reason(*store_, config_, to, now_); }
  void queue_to(const std::string& to, int n) {
    for (int i = 0; i < n; ++i) {
      storage::OutboxEmail e;
      e.kind = "escalation";
      e.recipient = to;
      e.raw = "x";
      e.next_attempt_at = now_;
      ASSERT_TRUE(queue_client_email(*store_, config_, e, "escalation", now_).ok());
    }
  }

  billet::testing::ScratchDir dir_{"suppression-test"};
  std::unique_ptr<storage::Store> store_;
  Config config_;
  const TimePoint now_{std::chrono::seconds{1795000000}};
};

TEST_F(Suppression, OwnAddressesInAnySpellingGetNothing) {
  for (const char* own : {"support@somum.com", "Support+urgent@SOMUM.com", "support@somum.com.", "sac+x@somum.com",
                          "billetd@relay.somum.com"})
    EXPECT_NE(reason(own).find("own address"), std::string::npos) << own;
  EXPECT_EQ(reason("client@ville.qc.ca"), "");
  EXPECT_TRUE(is_own_address(config_, "EQUIPE@somum.com."));
  EXPECT_FALSE(is_own_address(config_, "support@somum.com.evil.example"));
}

TEST_F(Suppression, TheTeamIsNeverRateLimitedAClientIs) {
  queue_to("equipe@somum.com", config_.acks.max_per_recipient_per_hour + 3);
  queue_to("client@ville.qc.ca", config_.acks.max_per_recipient_per_hour + 3);
  EXPECT_EQ(reason("equipe@somum.com"), "") << "breach alerts must get through a flood";
  EXPECT_NE(reason("client@ville.qc.ca").find("rate limit"), std::string::npos);
  EXPECT_EQ(*store_->count_emails(storage::OutboxStatus::kSuppressed), 3);
}

}  // namespace
}  // namespace billet::daemon
