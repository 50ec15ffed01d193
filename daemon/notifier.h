#pragma once
// Telling systemd how billetd is doing (sd_notify): READY=1 once configuration and database are
// open (before the first pass: a backlog must not miss the start timeout), STATUS= lines,
// WATCHDOG=1 from the main loop and between messages while ingesting, when the unit sets
// WatchdogSec=. Without NOTIFY_SOCKET
// (not run by systemd) every call is a no-op.
#include <chrono>
#include <string>

namespace billet::daemon {

class Notifier {
 public:
  virtual ~Notifier() = default;
  virtual void ready(const std::string& status) = 0;
  virtual void status(const std::string& status) = 0;
  virtual void watchdog() = 0;  // rate-limited to half the watchdog interval
  virtual void stopping() = 0;
  virtual void reloading() = 0;
};

Notifier& systemd_notifier();

}  // namespace billet::daemon
