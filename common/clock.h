#pragma once
// The source of "now", injected wherever time matters (deadlines, retries, follow-ups) so that
// logic is tested with a fake clock instead of sleeping. Implementations are thread-safe.
#include <chrono>
#include <thread>

namespace billet {

using TimePoint = std::chrono::sys_seconds;  // UTC, whole seconds

class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint now() const = 0;
  // An idle wait of about `d` (the main loop between passes). A test clock may move its time on
  // instead of sleeping, so that backoffs and intervals are tested in microseconds.
  virtual void sleep_for(std::chrono::milliseconds d) const { std::this_thread::sleep_for(d); }
};

class SystemClock final : public Clock {
 public:
  TimePoint now() const override {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  }
};

}  // namespace billet
