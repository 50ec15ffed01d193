#pragma once
// Passes started by IMAP IDLE notifications, at most one per `gap`: a server flooding EXISTS costs
// a few passes a second, not a pass (and its IMAP commands) per notification. A technical rate,
// measured on the steady clock (not the injected policy Clock). Not thread-safe.
#include <chrono>

namespace billet::daemon {

class IdleCoalescer {
 public:
  using Time = std::chrono::steady_clock::time_point;
  explicit IdleCoalescer(std::chrono::milliseconds gap) : gap_(gap) {}

  void notified() { pending_ = true; }
  void pass_started(Time now) {
    last_pass_ = now;
    pending_ = false;
  }
  // Whether a notified pass may start at `now`. When one is pending but held back, `hold` is
  // lowered to the time left (so the caller's wait ends then).
  bool due(Time now, std::chrono::milliseconds& hold) const {
    if (!pending_) return false;
    const Time earliest = last_pass_ + gap_;
    if (now >= earliest) return true;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(earliest - now) + std::chrono::milliseconds{1};
    if (left < hold) hold = left;
    return false;
  }
  bool pending() const { return pending_; }

 private:
  std::chrono::milliseconds gap_;
  Time last_pass_{};
  bool pending_ = false;
};

}  // namespace billet::daemon
