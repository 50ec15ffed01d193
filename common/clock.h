#pragma once
// The source of "now", injected wherever time matters (deadlines, retries, follow-ups) so that
// logic is tested with a fake clock instead of sleeping. Implementations are thread-safe.
#include <chrono>

namespace billet {

using TimePoint = std::chrono::sys_seconds;  // UTC, whole seconds

class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint now() const override {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  }
};

}  // namespace billet
