#pragma once
// One billetd per database: two (a cron `--once` beside the service, a second unit) would both
// ingest and both send every email. The lock is an flock(2) on DATABASE.lock, held for the life
// of the InstanceLock and released by the kernel when the process dies (no stale lock to clean).
#include <string>

#include "common/result.h"

namespace billet::daemon {

class InstanceLock {
 public:
  InstanceLock(InstanceLock&& other) noexcept;
  InstanceLock& operator=(InstanceLock&&) = delete;
  InstanceLock(const InstanceLock&) = delete;
  ~InstanceLock();

  // Error "instance.running" naming the database (and the holder's pid when known) when another
  // billetd holds it; "instance.lock" when the lock file cannot be opened.
  static Result<InstanceLock> acquire(const std::string& database);

 private:
  explicit InstanceLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace billet::daemon
