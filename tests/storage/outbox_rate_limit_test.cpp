// The per-recipient rate limit counts one mailbox whatever its spelling: case and "+tags" (an
// attacker's victim+1@, victim+2@ ... are one victim). A real SQLite file.
#include <gtest/gtest.h>

#include "storage/store.h"
#include "support/test_files.h"

namespace billet::storage {
namespace {

TEST(OutboxRateLimit, EveryTagOfOneMailboxCountsAsThatMailbox) {
  testing::ScratchDir dir("outbox-rate");
  auto store = std::move(*open_sqlite_store((dir / "t.db").string()));
  const TimePoint now{std::chrono::seconds{1795000000}};
  auto queue = [&](const std::string& recipient) {
    OutboxEmail e;
    e.kind = "ack";
    e.recipient = recipient;
    e.envelope_from = "support@somum.com";
    e.subject = "s";
    e.message_id = recipient + "@billetd";
    e.raw = "x";
    e.next_attempt_at = now;
    ASSERT_TRUE(store->enqueue_email(e, now).ok());
  };
  for (int i = 1; i <= 4; ++i) queue("victim+" + std::to_string(i) + "@example.org");
  queue("Victim@Example.org");
  queue("victimize@example.org");          // another mailbox that starts alike
  queue("victim+1@example.org.evil.test");  // another domain that starts alike
  const TimePoint hour_ago = now - std::chrono::hours{1};
  EXPECT_EQ(*store->emails_to_since("victim@example.org", hour_ago), 5);
  EXPECT_EQ(*store->emails_to_since("VICTIM+99@example.org", hour_ago), 5);
  EXPECT_EQ(*store->emails_to_since("victimize@example.org", hour_ago), 1);
  EXPECT_EQ(*store->emails_to_since("victim@example.org.evil.test", hour_ago), 1);
  EXPECT_EQ(*store->emails_to_since("victim@example.org", now + std::chrono::seconds{1}), 0) << "only the last hour";
}

}  // namespace
}  // namespace billet::storage
