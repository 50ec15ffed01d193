#pragma once
// The mailbox ledger: per mailbox how far ingestion got (UIDVALIDITY, last UID, a group being
// written), the attempts per UID, which UID is which stored message, and the moves and flags still
// to do on the server.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "storage/vocabulary.h"

namespace billet::storage {

struct MailboxState {
  uint32_t uidvalidity = 0;  // 0: never seen
  uint32_t last_uid = 0;     // highest UID ingested under this UIDVALIDITY
  bool group_open = false;   // a group of messages was being written (see set_group_open)
};

// A message committed to the store whose IMAP follow-up (move or flag) is still to do.
struct PendingMailboxAction {
  uint32_t uidvalidity = 0;
  uint32_t uid = 0;
  std::string target;  // folder to move to, or "\\Seen"
};

// Errors of every method: "db.busy" (locked: retry), "db.full" (no room: full disk or a file-size
// limit), "db.error" (anything else). Not thread-safe.
class MailboxLedger {
 public:
  virtual ~MailboxLedger() = default;

  virtual Result<MailboxState> mailbox_state(const std::string& mailbox) = 0;
  // Sets uidvalidity and last_uid (group_open is left as it is).
  virtual Status set_mailbox_state(const std::string& mailbox, const MailboxState& state) = 0;
  // Set (and committed) before several messages are written in one transaction, cleared in that
  // transaction: found set, it says a group died uncommitted (a crash, perhaps in a parse).
  virtual Status set_group_open(const std::string& mailbox, bool open) = 0;
  // Counts an attempt to process (mailbox, uidvalidity, uid) and returns how many were made,
  // this one included. Committed at once, before parsing: a crash while parsing still counts.
  virtual Result<int> note_attempt(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) = 0;
  // Takes back one attempt (never below 0): the processing ended without a crash but failed for a
  // reason that is not the message's (the database busy, full or unwritable).
  virtual Status forget_attempt(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) = 0;
  virtual Result<bool> uid_recorded(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) = 0;
  // Records that (uidvalidity, uid) of `mailbox` is `message_row` and that `action` is pending.
  virtual Status record_uid(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid, int64_t message_row,
                            const std::string& action) = 0;
  virtual Result<std::vector<PendingMailboxAction>> pending_actions(const std::string& mailbox) = 0;
  virtual Status action_done(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) = 0;
};

}  // namespace billet::storage
