#pragma once
// Internal to storage/sqlite/*.cpp: what every part of the SQLite store shares -- SQLite
// exceptions turned into typed errors, binding, time in seconds, and the row readers.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "common/error_codes.h"
#include "storage/store.h"

namespace billet::storage::sqlite {

inline int64_t seconds_of(TimePoint t) { return t.time_since_epoch().count(); }
inline TimePoint time_of(int64_t s) { return TimePoint{std::chrono::seconds{s}}; }

// Runs `fn`, turning SQLite exceptions into errors ("db.busy" when the database is locked).
template <typename T>
Result<T> guarded(const char* what, const std::function<Result<T>()>& fn) {
  try {
    return fn();
  } catch (const SQLite::Exception& e) {
    const bool busy = e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED;
    // No room: a full disk, or a write past a file-size limit (EFBIG is reported as a write error).
    const bool full = e.getErrorCode() == SQLITE_FULL || e.getErrorCode() == SQLITE_TOOBIG ||
                      e.getExtendedErrorCode() == SQLITE_IOERR_WRITE;
    return Error{busy ? "db.busy" : full ? errc::kDbFull : "db.error", std::string(what) + ": " + e.what()};
  } catch (const std::exception& e) {
    return Error{"db.error", std::string(what) + ": " + e.what()};
  }
}

inline void bind_text(SQLite::Statement& q, int index, const std::string& value) { q.bind(index, value); }
inline void bind_blob(SQLite::Statement& q, int index, const std::string& value) {
  q.bind(index, static_cast<const void*>(value.data()), static_cast<int>(value.size()));
}

// The shared connection and the readers of rows that more than one part returns.
class Part {
 protected:
  explicit Part(SQLite::Database& db) : db_(db) {}

  static constexpr const char* kTicketColumns =
      "SELECT t.id, t.kind, t.status, t.mailbox, t.client_address, t.client_name, t.subject, t.level, "
      "t.classification, t.plan, t.received_at, t.due_at, t.updated_at, t.breached, "
      "(SELECT count(*) FROM messages m WHERE m.ticket_id = t.id), t.next_followup_at, t.warned, t.reply_address, "
      "t.language, t.first_message_id FROM tickets t";
  static constexpr const char* kMessageColumns =
      "SELECT id, mailbox, uidvalidity, uid, message_id, disposition, received_at, from_address, from_name, subject, "
      "text, new_text, note, ticket_id FROM messages";

  static constexpr const char* kOutboxColumns =
      "SELECT id, ticket_id, kind, recipient, envelope_from, subject, message_id, raw, status, attempts, "
      "next_attempt_at, last_error, created_at, sent_at FROM outbox";

  Status exec_status(const char* what, const char* sql, const std::function<void(SQLite::Statement&)>& bind) {
    return guarded<std::monostate>(what, [&]() -> Status {
      SQLite::Statement q(db_, sql);
      bind(q);
      q.exec();
      return ok_status();
    });
  }

  static std::vector<OutboxEmail> read_emails(SQLite::Statement& q) {
    std::vector<OutboxEmail> out;
    while (q.executeStep()) {
      OutboxEmail e;
      e.id = q.getColumn(0).getInt64();
      if (!q.getColumn(1).isNull()) e.ticket_id = q.getColumn(1).getInt64();
      e.kind = q.getColumn(2).getString();
      e.recipient = q.getColumn(3).getString();
      e.envelope_from = q.getColumn(4).getString();
      e.subject = q.getColumn(5).getString();
      e.message_id = q.getColumn(6).getString();
      const SQLite::Column raw = q.getColumn(7);
      e.raw.assign(static_cast<const char*>(raw.getBlob()), static_cast<size_t>(raw.getBytes()));
      const std::string status = q.getColumn(8).getString();
      const auto known = outbox_status_from(status);
      if (!known) throw std::runtime_error("email " + std::to_string(e.id) + " has an unknown status '" + status + "'");
      e.status = *known;
      e.attempts = q.getColumn(9).getInt();
      e.next_attempt_at = time_of(q.getColumn(10).getInt64());
      e.last_error = q.getColumn(11).getString();
      e.created_at = time_of(q.getColumn(12).getInt64());
      if (!q.getColumn(13).isNull()) e.sent_at = time_of(q.getColumn(13).getInt64());
      out.push_back(std::move(e));
    }
    return out;
  }

  static TicketRow ticket_from(SQLite::Statement& q) {
    TicketRow t;
    t.id = q.getColumn(0).getInt64();
    const std::string kind = q.getColumn(1).getString();
    const auto known_kind = kind_from(kind);
    if (!known_kind) throw std::runtime_error("ticket " + std::to_string(t.id) + " has an unknown kind '" + kind + "'");
    t.kind = *known_kind;
    const std::string status = q.getColumn(2).getString();
    const auto known = ticket_status_from(status);
    if (!known) throw std::runtime_error("ticket " + std::to_string(t.id) + " has an unknown status '" + status + "'");
    t.status = *known;
    t.mailbox = q.getColumn(3).getString();
    t.client_address = q.getColumn(4).getString();
    t.client_name = q.getColumn(5).getString();
    t.subject = q.getColumn(6).getString();
    t.level = q.getColumn(7).getInt();
    t.classification_json = q.getColumn(8).getString();
    t.plan = q.getColumn(9).getString();
    t.received_at = time_of(q.getColumn(10).getInt64());
    t.due_at = time_of(q.getColumn(11).getInt64());
    t.updated_at = time_of(q.getColumn(12).getInt64());
    t.breached = q.getColumn(13).getInt() != 0;
    t.messages = q.getColumn(14).getInt();
    if (!q.getColumn(15).isNull()) t.next_followup_at = time_of(q.getColumn(15).getInt64());
    t.warned = q.getColumn(16).getInt() != 0;
    t.reply_address = q.getColumn(17).getString();
    t.language = q.getColumn(18).getString();
    t.first_message_id = q.getColumn(19).getString();
    return t;
  }

  std::vector<MessageRow> read_messages(SQLite::Statement& q) {
    std::vector<MessageRow> out;
    while (q.executeStep()) {
      MessageRow m;
      m.id = q.getColumn(0).getInt64();
      m.mailbox = q.getColumn(1).getString();
      m.uidvalidity = static_cast<uint32_t>(q.getColumn(2).getInt64());
      m.uid = static_cast<uint32_t>(q.getColumn(3).getInt64());
      m.message_id = q.getColumn(4).getString();
      const std::string disposition = q.getColumn(5).getString();
      const auto known = disposition_from(disposition);
      if (!known) throw std::runtime_error("message " + std::to_string(m.id) + " has an unknown disposition '" + disposition + "'");
      m.disposition = *known;
      m.received_at = time_of(q.getColumn(6).getInt64());
      m.from_address = q.getColumn(7).getString();
      m.from_name = q.getColumn(8).getString();
      m.subject = q.getColumn(9).getString();
      m.text = q.getColumn(10).getString();
      m.new_text = q.getColumn(11).getString();
      m.note = q.getColumn(12).getString();
      if (!q.getColumn(13).isNull()) m.ticket_id = q.getColumn(13).getInt64();
      out.push_back(std::move(m));
    }
    SQLite::Statement a(db_, "SELECT filename, size FROM attachments WHERE message_row = ? ORDER BY id");
    for (MessageRow& m : out) {
      a.reset();
      a.bind(1, m.id);
      while (a.executeStep()) m.attachments.emplace_back(a.getColumn(0).getString(), a.getColumn(1).getInt64());
    }
    return out;
  }

  SQLite::Database& db_;  // owned by SqliteStore, which outlives its parts
};

}  // namespace billet::storage::sqlite
