// The SQLite store: the mailbox ledger: positions, attempts, UIDs and the moves still to do.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "common/ascii.h"
#include "storage/sqlite/parts.h"

namespace billet::storage::sqlite {

Result<MailboxState> SqliteLedger::mailbox_state(const std::string& mailbox) {
  return guarded<MailboxState>("mailbox_state", [&]() -> Result<MailboxState> {
    SQLite::Statement q(db_, "SELECT uidvalidity, last_uid, group_open FROM mailbox_state WHERE mailbox = ?");
    bind_text(q, 1, mailbox);
    MailboxState s;
    if (q.executeStep()) {
      s.uidvalidity = static_cast<uint32_t>(q.getColumn(0).getInt64());
      s.last_uid = static_cast<uint32_t>(q.getColumn(1).getInt64());
      s.group_open = q.getColumn(2).getInt() != 0;
    }
    return s;
  });
}

Status SqliteLedger::set_mailbox_state(const std::string& mailbox, const MailboxState& state) {
  return exec_status("set_mailbox_state",
                     "INSERT INTO mailbox_state (mailbox, uidvalidity, last_uid) VALUES (?, ?, ?) ON CONFLICT (mailbox) "
                     "DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid",
                     [&](SQLite::Statement& q) {
                       bind_text(q, 1, mailbox);
                       q.bind(2, static_cast<int64_t>(state.uidvalidity));
                       q.bind(3, static_cast<int64_t>(state.last_uid));
                     });
}

Status SqliteLedger::set_group_open(const std::string& mailbox, bool open) {
  return exec_status("set_group_open",
                     "INSERT INTO mailbox_state (mailbox, uidvalidity, last_uid, group_open) VALUES (?, 0, 0, ?) "
                     "ON CONFLICT (mailbox) DO UPDATE SET group_open = excluded.group_open",
                     [&](SQLite::Statement& q) {
                       bind_text(q, 1, mailbox);
                       q.bind(2, open ? 1 : 0);
                     });
}

Result<int> SqliteLedger::note_attempt(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) {
  return guarded<int>("note_attempt", [&]() -> Result<int> {
    SQLite::Statement q(db_,
                        "INSERT INTO attempts (mailbox, uidvalidity, uid, count) VALUES (?, ?, ?, 1) "
                        "ON CONFLICT (mailbox, uidvalidity, uid) DO UPDATE SET count = count + 1 RETURNING count");
    bind_text(q, 1, mailbox);
    q.bind(2, static_cast<int64_t>(uidvalidity));
    q.bind(3, static_cast<int64_t>(uid));
    q.executeStep();
    return q.getColumn(0).getInt();
  });
}

Status SqliteLedger::forget_attempt(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) {
  return exec_status("forget_attempt",
                     "UPDATE attempts SET count = max(count - 1, 0) WHERE mailbox = ? AND uidvalidity = ? AND uid = ?",
                     [&](SQLite::Statement& q) {
                       bind_text(q, 1, mailbox);
                       q.bind(2, static_cast<int64_t>(uidvalidity));
                       q.bind(3, static_cast<int64_t>(uid));
                     });
}

Result<bool> SqliteLedger::uid_recorded(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) {
  return guarded<bool>("uid_recorded", [&]() -> Result<bool> {
    SQLite::Statement q(db_, "SELECT 1 FROM mailbox_uids WHERE mailbox = ? AND uidvalidity = ? AND uid = ?");
    bind_text(q, 1, mailbox);
    q.bind(2, static_cast<int64_t>(uidvalidity));
    q.bind(3, static_cast<int64_t>(uid));
    return q.executeStep();
  });
}

Status SqliteLedger::record_uid(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid, int64_t message_row,
                  const std::string& action) {
  return exec_status("record_uid",
                     "INSERT INTO mailbox_uids (mailbox, uidvalidity, uid, message_row, action) VALUES (?,?,?,?,?)",
                     [&](SQLite::Statement& q) {
                       bind_text(q, 1, mailbox);
                       q.bind(2, static_cast<int64_t>(uidvalidity));
                       q.bind(3, static_cast<int64_t>(uid));
                       q.bind(4, message_row);
                       bind_text(q, 5, action);
                     });
}

Result<std::vector<PendingMailboxAction>> SqliteLedger::pending_actions(const std::string& mailbox) {
  return guarded<std::vector<PendingMailboxAction>>("pending_actions", [&]() -> Result<std::vector<PendingMailboxAction>> {
    SQLite::Statement q(db_,
                        "SELECT uidvalidity, uid, action FROM mailbox_uids WHERE mailbox = ? AND action_done = 0 "
                        "ORDER BY uidvalidity, uid");
    bind_text(q, 1, mailbox);
    std::vector<PendingMailboxAction> out;
    while (q.executeStep())
      out.push_back({static_cast<uint32_t>(q.getColumn(0).getInt64()), static_cast<uint32_t>(q.getColumn(1).getInt64()),
                     q.getColumn(2).getString()});
    return out;
  });
}

Status SqliteLedger::action_done(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) {
  return exec_status("action_done",
                     "UPDATE mailbox_uids SET action_done = 1 WHERE mailbox = ? AND uidvalidity = ? AND uid = ?",
                     [&](SQLite::Statement& q) {
                       bind_text(q, 1, mailbox);
                       q.bind(2, static_cast<int64_t>(uidvalidity));
                       q.bind(3, static_cast<int64_t>(uid));
                     });
}

}  // namespace billet::storage::sqlite
