// IDLE-started passes are coalesced: a flood of EXISTS notifications (one every 10 ms for a
// second, as a misbehaving server sends them) starts at most one pass per gap, and a single
// notification after a quiet spell starts a pass at once. Times are synthetic (no sleeping).
#include "daemon/service/idle_coalescer.h"

#include <gtest/gtest.h>

namespace billet::daemon {
namespace {

using std::chrono::milliseconds;

TEST(IdleCoalescer, AFloodOfNotificationsStartsAtMostOnePassPerGap) {
  IdleCoalescer c(milliseconds{300});
  IdleCoalescer::Time now{};
  c.pass_started(now);
  int passes = 0;
  for (int i = 0; i < 100; ++i) {
    now += milliseconds{10};
    c.notified();
    milliseconds hold{2000};
    if (c.due(now, hold)) {
      c.pass_started(now);
      ++passes;
    } else {
      EXPECT_LE(hold, milliseconds{301}) << "the wait ends when the held pass may start";
    }
  }
  EXPECT_LE(passes, 4) << "1 s of notifications, a 300 ms gap";
  EXPECT_GE(passes, 3) << "but mail keeps being picked up";
  EXPECT_TRUE(c.pending()) << "the last notifications still get their pass";
}

TEST(IdleCoalescer, ANotificationAfterAQuietSpellStartsAPassAtOnce) {
  IdleCoalescer c(milliseconds{300});
  IdleCoalescer::Time now{};
  c.pass_started(now);
  now += milliseconds{5000};
  milliseconds hold{2000};
  EXPECT_FALSE(c.due(now, hold)) << "nothing notified";
  c.notified();
  EXPECT_TRUE(c.due(now, hold));
}

}  // namespace
}  // namespace billet::daemon
