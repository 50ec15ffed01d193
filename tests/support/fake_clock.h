#pragma once
// A clock tests move by hand: timers are tested without sleeping.
#include "common/clock.h"

namespace billet::testing {

class FakeClock : public Clock {
 public:
  explicit FakeClock(TimePoint start) : now_(start) {}
  TimePoint now() const override { return now_; }
  void set(TimePoint t) { now_ = t; }
  void advance(std::chrono::seconds d) { now_ += d; }

 private:
  TimePoint now_;
};

}  // namespace billet::testing
