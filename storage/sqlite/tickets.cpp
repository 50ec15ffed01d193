// The SQLite store: tickets and their threads: messages, tickets, notes, events, timers.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "common/ascii.h"
#include "storage/sqlite/parts.h"

namespace billet::storage::sqlite {

Result<std::optional<int64_t>> SqliteTickets::message_by_dedupe_key(const std::string& mailbox, const std::string& key) {
  return guarded<std::optional<int64_t>>("message_by_dedupe_key", [&]() -> Result<std::optional<int64_t>> {
    SQLite::Statement q(db_, "SELECT id FROM messages WHERE mailbox = ? AND dedupe_key = ?");
    bind_text(q, 1, mailbox);
    bind_text(q, 2, key);
    if (q.executeStep()) return std::optional<int64_t>(q.getColumn(0).getInt64());
    return std::optional<int64_t>();
  });
}

Result<std::string> SqliteTickets::message_sender(int64_t message_id) {
  return guarded<std::string>("message_sender", [&]() -> Result<std::string> {
    SQLite::Statement q(db_, "SELECT from_address FROM messages WHERE id = ?");
    q.bind(1, message_id);
    if (q.executeStep()) return q.getColumn(0).getString();
    return std::string();
  });
}

Result<bool> SqliteTickets::ticket_exists(int64_t ticket_id) {
  return guarded<bool>("ticket_exists", [&]() -> Result<bool> {
    SQLite::Statement q(db_, "SELECT 1 FROM tickets WHERE id = ?");
    q.bind(1, ticket_id);
    return q.executeStep();
  });
}

Result<std::optional<int64_t>> SqliteTickets::ticket_for_message_ids(const std::vector<std::string>& ids) {
  return guarded<std::optional<int64_t>>("ticket_for_message_ids", [&]() -> Result<std::optional<int64_t>> {
    SQLite::Statement q(db_,
                        "SELECT ticket_id FROM messages WHERE message_id = :id AND ticket_id IS NOT NULL UNION ALL "
                        "SELECT ticket_id FROM outbox WHERE message_id = :id AND ticket_id IS NOT NULL LIMIT 1");
    // Newest reference first: References lists the thread oldest first.
    for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
      if (it->empty()) continue;
      q.reset();
      q.bind(":id", *it);
      if (q.executeStep()) return std::optional<int64_t>(q.getColumn(0).getInt64());
    }
    return std::optional<int64_t>();
  });
}

Result<int64_t> SqliteTickets::insert_ticket(const NewTicket& t, TimePoint now) {
  return guarded<int64_t>("insert_ticket", [&]() -> Result<int64_t> {
    SQLite::Statement q(db_,
                        "INSERT INTO tickets (kind, mailbox, client_address, client_name, subject, level, classification, "
                        "plan, received_at, due_at, created_at, updated_at, next_followup_at, reply_address, language, "
                        "first_message_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bind_text(q, 1, std::string(to_string(t.kind)));
    bind_text(q, 2, t.mailbox);
    bind_text(q, 3, t.client_address);
    bind_text(q, 4, t.client_name);
    bind_text(q, 5, t.subject);
    q.bind(6, t.level);
    bind_text(q, 7, t.classification_json);
    bind_text(q, 8, t.plan);
    q.bind(9, seconds_of(t.received_at));
    q.bind(10, seconds_of(t.due_at));
    q.bind(11, seconds_of(now));
    q.bind(12, seconds_of(now));
    if (t.next_followup_at) q.bind(13, seconds_of(*t.next_followup_at));
    else q.bind(13);
    bind_text(q, 14, t.reply_address);
    bind_text(q, 15, t.language);
    bind_text(q, 16, t.first_message_id);
    q.exec();
    return db_.getLastInsertRowid();
  });
}

Result<std::vector<TicketRow>> SqliteTickets::tickets_with_due_timers(TimePoint now, int warn_percent) {
  return guarded<std::vector<TicketRow>>("tickets_with_due_timers", [&]() -> Result<std::vector<TicketRow>> {
    // Three indexed lookups (tickets_followup_due, tickets_breach_due, tickets_unwarned): the cost
    // follows the open tickets, never the resolved history.
    SQLite::Statement q(db_, std::string(kTicketColumns) +
                                 " WHERE t.id IN ("
                                 "SELECT id FROM tickets WHERE status = 'open' AND next_followup_at IS NOT NULL"
                                 " AND next_followup_at <= :now"
                                 " UNION SELECT id FROM tickets WHERE status = 'open' AND breached = 0 AND due_at <= :now"
                                 " UNION SELECT id FROM tickets WHERE status = 'open' AND warned = 0"
                                 " AND received_at + (due_at - received_at) * :pct / 100 <= :now)"
                                 " ORDER BY t.due_at, t.id");
    q.bind(":now", seconds_of(now));
    q.bind(":pct", warn_percent);
    std::vector<TicketRow> out;
    while (q.executeStep()) out.push_back(ticket_from(q));
    return out;
  });
}

Status SqliteTickets::set_ticket_timers(int64_t id, std::optional<TimePoint> next_followup, bool warned, bool breached) {
  return exec_status("set_ticket_timers", "UPDATE tickets SET next_followup_at = ?, warned = ?, breached = ? WHERE id = ?",
                     [&](SQLite::Statement& q) {
                       if (next_followup) q.bind(1, seconds_of(*next_followup));
                       else q.bind(1);
                       q.bind(2, warned ? 1 : 0);
                       q.bind(3, breached ? 1 : 0);
                       q.bind(4, id);
                     });
}

Status SqliteTickets::update_ticket_level(int64_t id, int level, const std::string& plan, TimePoint due,
                           std::optional<TimePoint> next_followup, TimePoint now) {
  return exec_status("update_ticket_level",
                     "UPDATE tickets SET level = ?, plan = ?, due_at = ?, next_followup_at = ?, warned = 0, breached = 0, "
                     "updated_at = ? WHERE id = ?",
                     [&](SQLite::Statement& q) {
                       q.bind(1, level);
                       bind_text(q, 2, plan);
                       q.bind(3, seconds_of(due));
                       if (next_followup) q.bind(4, seconds_of(*next_followup));
                       else q.bind(4);
                       q.bind(5, seconds_of(now));
                       q.bind(6, id);
                     });
}

Result<int64_t> SqliteTickets::add_note(int64_t ticket_id, TimePoint at, const std::string& author, const std::string& text,
                         bool internal) {
  return guarded<int64_t>("add_note", [&]() -> Result<int64_t> {
    SQLite::Statement q(db_, "INSERT INTO notes (ticket_id, at, author, text, internal) VALUES (?,?,?,?,?)");
    q.bind(1, ticket_id);
    q.bind(2, seconds_of(at));
    bind_text(q, 3, author);
    bind_text(q, 4, text);
    q.bind(5, internal ? 1 : 0);
    q.exec();
    return db_.getLastInsertRowid();
  });
}

Result<std::vector<NoteRow>> SqliteTickets::notes_of_ticket(int64_t ticket_id) {
  return guarded<std::vector<NoteRow>>("notes_of_ticket", [&]() -> Result<std::vector<NoteRow>> {
    SQLite::Statement q(db_, "SELECT at, author, text, internal FROM notes WHERE ticket_id = ? ORDER BY at, id");
    q.bind(1, ticket_id);
    std::vector<NoteRow> out;
    while (q.executeStep())
      out.push_back({time_of(q.getColumn(0).getInt64()), q.getColumn(1).getString(), q.getColumn(2).getString(),
                     q.getColumn(3).getInt() != 0});
    return out;
  });
}

Result<int64_t> SqliteTickets::insert_message(const NewMessage& m, TimePoint now) {
  return guarded<int64_t>("insert_message", [&]() -> Result<int64_t> {
    SQLite::Statement q(db_,
                        "INSERT INTO messages (mailbox, uidvalidity, uid, dedupe_key, message_id, raw, received_at, "
                        "from_address, from_name, reply_to, subject, text, new_text, in_reply_to, refs, disposition, "
                        "note, language, ticket_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bind_text(q, 1, m.mailbox);
    q.bind(2, static_cast<int64_t>(m.uidvalidity));
    q.bind(3, static_cast<int64_t>(m.uid));
    bind_text(q, 4, m.dedupe_key);
    bind_text(q, 5, m.message_id);
    bind_blob(q, 6, m.raw);
    q.bind(7, seconds_of(m.received_at));
    bind_text(q, 8, m.from_address);
    bind_text(q, 9, m.from_name);
    bind_text(q, 10, m.reply_to);
    bind_text(q, 11, m.subject);
    bind_text(q, 12, m.text);
    bind_text(q, 13, m.new_text);
    bind_text(q, 14, m.in_reply_to);
    bind_text(q, 15, m.references);
    bind_text(q, 16, std::string(to_string(m.disposition)));
    bind_text(q, 17, m.note);
    bind_text(q, 18, m.language);
    if (m.ticket_id) q.bind(19, *m.ticket_id);
    else q.bind(19);
    q.bind(20, seconds_of(now));
    q.exec();
    const int64_t row = db_.getLastInsertRowid();
    SQLite::Statement a(db_, "INSERT INTO attachments (message_row, filename, media_type, size, content) VALUES (?,?,?,?,?)");
    for (const NewAttachment& att : m.attachments) {
      a.reset();
      a.bind(1, row);
      bind_text(a, 2, att.filename);
      bind_text(a, 3, att.media_type);
      a.bind(4, static_cast<int64_t>(att.bytes.size()));
      bind_blob(a, 5, att.bytes);
      a.exec();
    }
    return row;
  });
}

Status SqliteTickets::touch_ticket(int64_t ticket_id, TimePoint now, bool reopen) {
  return exec_status("touch_ticket",
                     reopen ? "UPDATE tickets SET updated_at = ?, status = 'open' WHERE id = ?"
                            : "UPDATE tickets SET updated_at = ? WHERE id = ?",
                     [&](SQLite::Statement& q) {
                       q.bind(1, seconds_of(now));
                       q.bind(2, ticket_id);
                     });
}

Status SqliteTickets::set_ticket_status(int64_t ticket_id, TicketStatus status, TimePoint now) {
  return exec_status("set_ticket_status", "UPDATE tickets SET status = ?, updated_at = ? WHERE id = ?",
                     [&](SQLite::Statement& q) {
                       bind_text(q, 1, std::string(to_string(status)));
                       q.bind(2, seconds_of(now));
                       q.bind(3, ticket_id);
                     });
}

Status SqliteTickets::add_event(int64_t ticket_id, TimePoint at, const std::string& actor, const std::string& kind,
                 const std::string& detail) {
  return exec_status("add_event", "INSERT INTO events (ticket_id, at, actor, kind, detail) VALUES (?,?,?,?,?)",
                     [&](SQLite::Statement& q) {
                       q.bind(1, ticket_id);
                       q.bind(2, seconds_of(at));
                       bind_text(q, 3, actor);
                       bind_text(q, 4, kind);
                       bind_text(q, 5, detail);
                     });
}

}  // namespace billet::storage::sqlite
