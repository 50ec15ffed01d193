#include "daemon/notifier.h"

#include <systemd/sd-daemon.h>

#include <cstdint>

namespace billet::daemon {
namespace {

class SystemdNotifier final : public Notifier {
 public:
  SystemdNotifier() {
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0) watchdog_every_ = std::chrono::microseconds{usec / 2};
  }
  void ready(const std::string& s) override { sd_notifyf(0, "READY=1\nSTATUS=%s", s.c_str()); }
  void status(const std::string& s) override { sd_notifyf(0, "STATUS=%s", s.c_str()); }
  void watchdog() override {
    if (watchdog_every_.count() == 0) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < watchdog_every_) return;
    last_ = now;
    sd_notify(0, "WATCHDOG=1");
  }
  void stopping() override { sd_notify(0, "STOPPING=1"); }
  void reloading() override { sd_notify(0, "RELOADING=1"); }

 private:
  std::chrono::microseconds watchdog_every_{0};
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace

Notifier& systemd_notifier() {
  static SystemdNotifier notifier;
  return notifier;
}

}  // namespace billet::daemon
