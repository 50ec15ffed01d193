#pragma once
// IMAP IDLE (RFC 2177) on a connection of its own, so a new message is noticed within seconds
// instead of at the next poll. Polling stays the safety net: a watcher that fails is simply
// restarted after the next pass. Not thread-safe; one per mailbox.
#include <chrono>
#include <memory>

#include "common/result.h"
#include "daemon/net/mail_source.h"

namespace billet::daemon {

class ChangeWatcher {
 public:
  virtual ~ChangeWatcher() = default;
  // Connects, logs in, selects the folder and enters IDLE.
  virtual Status start() = 0;
  // The socket to wait on for readability (-1 when not started).
  virtual int socket() const = 0;
  // Reads what arrived; true when the folder got new messages (EXISTS/RECENT).
  virtual Result<bool> on_readable() = 0;
  // How long the current IDLE has run (servers drop IDLE after 30 minutes: restart before).
  virtual std::chrono::seconds age() const = 0;
  virtual void stop() = 0;
};

std::unique_ptr<ChangeWatcher> make_idle_watcher(const ImapSettings& settings);

}  // namespace billet::daemon
