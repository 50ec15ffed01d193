#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <exception>
#include <functional>
#include <thread>

#include "common/ascii.h"
#include "storage/store.h"

namespace billet::storage {
namespace {

// Schema migrations: entry i brings the database from user_version i to i + 1.
const char* const kMigrations[] = {
    R"sql(
    CREATE TABLE mailbox_state (
      mailbox TEXT PRIMARY KEY,
      uidvalidity INTEGER NOT NULL,
      last_uid INTEGER NOT NULL
    );
    CREATE TABLE attempts (
      mailbox TEXT NOT NULL, uidvalidity INTEGER NOT NULL, uid INTEGER NOT NULL,
      count INTEGER NOT NULL,
      PRIMARY KEY (mailbox, uidvalidity, uid)
    );
    CREATE TABLE tickets (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('ticket', 'complaint')),
      status TEXT NOT NULL DEFAULT 'open',
      mailbox TEXT NOT NULL,
      client_address TEXT NOT NULL,
      client_name TEXT NOT NULL,
      subject TEXT NOT NULL,
      level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
      classification TEXT NOT NULL,
      plan TEXT NOT NULL,
      received_at INTEGER NOT NULL,
      due_at INTEGER NOT NULL,
      breached INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE TABLE messages (
      id INTEGER PRIMARY KEY,
      mailbox TEXT NOT NULL,
      uidvalidity INTEGER NOT NULL,
      uid INTEGER NOT NULL,
      dedupe_key TEXT NOT NULL,
      message_id TEXT NOT NULL,
      raw BLOB NOT NULL,
      received_at INTEGER NOT NULL,
      from_address TEXT NOT NULL,
      from_name TEXT NOT NULL,
      reply_to TEXT NOT NULL,
      subject TEXT NOT NULL,
      text TEXT NOT NULL,
      new_text TEXT NOT NULL,
      in_reply_to TEXT NOT NULL,
      refs TEXT NOT NULL,
      disposition TEXT NOT NULL,
      note TEXT NOT NULL,
      language TEXT NOT NULL,
      ticket_id INTEGER REFERENCES tickets(id),
      created_at INTEGER NOT NULL,
      UNIQUE (mailbox, dedupe_key)
    );
    CREATE INDEX messages_by_message_id ON messages(message_id);
    CREATE INDEX messages_by_ticket ON messages(ticket_id);
    CREATE TABLE attachments (
      id INTEGER PRIMARY KEY,
      message_row INTEGER NOT NULL REFERENCES messages(id),
      filename TEXT NOT NULL,
      media_type TEXT NOT NULL,
      size INTEGER NOT NULL,
      content BLOB NOT NULL
    );
    CREATE TABLE mailbox_uids (
      mailbox TEXT NOT NULL, uidvalidity INTEGER NOT NULL, uid INTEGER NOT NULL,
      message_row INTEGER NOT NULL REFERENCES messages(id),
      action TEXT NOT NULL,
      action_done INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (mailbox, uidvalidity, uid)
    );
    CREATE TABLE events (
      id INTEGER PRIMARY KEY,
      ticket_id INTEGER NOT NULL REFERENCES tickets(id),
      at INTEGER NOT NULL,
      actor TEXT NOT NULL,
      kind TEXT NOT NULL,
      detail TEXT NOT NULL
    );
    CREATE INDEX events_by_ticket ON events(ticket_id);
    )sql",
    R"sql(
    CREATE TABLE outbox (
      id INTEGER PRIMARY KEY,
      ticket_id INTEGER REFERENCES tickets(id),
      kind TEXT NOT NULL,
      recipient TEXT NOT NULL,
      envelope_from TEXT NOT NULL,
      subject TEXT NOT NULL,
      message_id TEXT NOT NULL,
      raw BLOB NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'suppressed')),
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at INTEGER NOT NULL,
      last_error TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL,
      sent_at INTEGER
    );
    CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
    CREATE INDEX outbox_by_recipient ON outbox(recipient, created_at);
    CREATE INDEX outbox_by_message_id ON outbox(message_id);
    )sql",
    R"sql(
    ALTER TABLE tickets ADD COLUMN next_followup_at INTEGER;
    ALTER TABLE tickets ADD COLUMN warned INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE tickets ADD COLUMN reply_address TEXT NOT NULL DEFAULT '';
    ALTER TABLE tickets ADD COLUMN language TEXT NOT NULL DEFAULT '';
    ALTER TABLE tickets ADD COLUMN first_message_id TEXT NOT NULL DEFAULT '';
    CREATE TABLE notes (
      id INTEGER PRIMARY KEY,
      ticket_id INTEGER NOT NULL REFERENCES tickets(id),
      at INTEGER NOT NULL,
      author TEXT NOT NULL,
      text TEXT NOT NULL,
      internal INTEGER NOT NULL
    );
    CREATE INDEX notes_by_ticket ON notes(ticket_id);
    )sql",
    // v4: an index for every lookup on the ingest, outbox and timer paths, so that their cost
    // follows the work at hand (open tickets, pending actions), never the history stored.
    R"sql(
    DROP INDEX outbox_by_recipient;
    CREATE INDEX outbox_by_recipient ON outbox(lower(recipient), created_at);
    CREATE INDEX mailbox_uids_pending ON mailbox_uids(mailbox) WHERE action_done = 0;
    CREATE INDEX attachments_by_message ON attachments(message_row);
    CREATE INDEX outbox_by_ticket ON outbox(ticket_id);
    CREATE INDEX messages_by_disposition ON messages(disposition, id);
    CREATE INDEX tickets_by_due ON tickets(due_at, id);
    CREATE INDEX tickets_followup_due ON tickets(next_followup_at) WHERE status = 'open' AND next_followup_at IS NOT NULL;
    CREATE INDEX tickets_breach_due ON tickets(due_at) WHERE status = 'open' AND breached = 0;
    CREATE INDEX tickets_unwarned ON tickets(due_at, received_at) WHERE status = 'open' AND warned = 0;
    )sql",
    // v5: full-text search over the messages' subject and text (words, case and accents folded),
    // so `list --search` reads an index instead of every message (raw bodies included).
    R"sql(
    CREATE VIRTUAL TABLE messages_fts USING fts5(subject, text, content='messages', content_rowid='id',
                                                 tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
      INSERT INTO messages_fts(rowid, subject, text) VALUES (new.id, new.subject, new.text);
    END;
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
      INSERT INTO messages_fts(messages_fts, rowid, subject, text) VALUES ('delete', old.id, old.subject, old.text);
    END;
    CREATE TRIGGER messages_fts_update AFTER UPDATE OF subject, text ON messages BEGIN
      INSERT INTO messages_fts(messages_fts, rowid, subject, text) VALUES ('delete', old.id, old.subject, old.text);
      INSERT INTO messages_fts(rowid, subject, text) VALUES (new.id, new.subject, new.text);
    END;
    INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');
    )sql",
    // v6: a mailbox whose messages are being written as one group (one commit for many): a crash
    // leaves it set, and the next pass takes those messages one commit each (attempts counted).
    R"sql(
    ALTER TABLE mailbox_state ADD COLUMN group_open INTEGER NOT NULL DEFAULT 0;
    )sql",
};

// The words of a search as an FTS5 query: each word a quoted prefix ("expor" finds "export",
// "exportation"), all required. Empty when the text has no letter or digit.
std::string fts_query(const std::string& text) {
  std::string query, word;
  auto flush = [&] {
    if (word.empty()) return;
    query += (query.empty() ? "\"" : " AND \"") + word + "\"*";
    word.clear();
  };
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) word += c;  // UTF-8 bytes stay in the word; the tokenizer folds
    else flush();
  }
  flush();
  return query;
}

int64_t seconds_of(TimePoint t) { return t.time_since_epoch().count(); }
TimePoint time_of(int64_t s) { return TimePoint{std::chrono::seconds{s}}; }

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
    return Error{busy ? "db.busy" : full ? "db.full" : "db.error", std::string(what) + ": " + e.what()};
  } catch (const std::exception& e) {
    return Error{"db.error", std::string(what) + ": " + e.what()};
  }
}

// The outermost transaction is BEGIN IMMEDIATE ... COMMIT; one begun inside it is a savepoint,
// whose commit keeps its writes for the outer commit and whose rollback undoes only them.
class SqliteTransaction final : public Store::Transaction {
 public:
  SqliteTransaction(SQLite::Database& db, int& depth) : db_(db), depth_(depth), level_(depth + 1) {
    db_.exec(level_ == 1 ? std::string("BEGIN IMMEDIATE") : "SAVEPOINT " + name());
    depth_ = level_;
  }
  ~SqliteTransaction() override {
    if (done_) return;
    try {
      if (level_ == 1) db_.exec("ROLLBACK");
      else db_.exec("ROLLBACK TO " + name() + "; RELEASE " + name());
    } catch (...) {
    }
    depth_ = level_ - 1;
  }
  Status commit() override {
    if (depth_ != level_) return Error{"db.error", "commit of a transaction that is not the innermost one"};
    return guarded<std::monostate>("commit", [&]() -> Status {
      db_.exec(level_ == 1 ? std::string("COMMIT") : "RELEASE " + name());
      done_ = true;
      depth_ = level_ - 1;
      return ok_status();
    });
  }

  bool alive() const override { return !done_ && sqlite3_get_autocommit(db_.getHandle()) == 0; }

 private:
  std::string name() const { return "billetd_" + std::to_string(level_); }
  SQLite::Database& db_;
  int& depth_;
  int level_;
  bool done_ = false;
};

void bind_text(SQLite::Statement& q, int index, const std::string& value) { q.bind(index, value); }
void bind_blob(SQLite::Statement& q, int index, const std::string& value) {
  q.bind(index, static_cast<const void*>(value.data()), static_cast<int>(value.size()));
}

class SqliteStore final : public Store {
 public:
  SqliteStore(const std::string& path, SqliteOptions options)
      : db_(path, SQLite::OPEN_READWRITE | (options.create ? SQLite::OPEN_CREATE : 0) | SQLite::OPEN_FULLMUTEX),
        options_(std::move(options)) {
    db_.setBusyTimeout(5000);
    // Switching a new file to WAL and migrating it take locks that SQLite refuses at once (no
    // busy wait) when another connection is doing the same: retry for up to ~5 s.
    for (int attempt = 1;; ++attempt) {
      try {
        db_.exec("PRAGMA journal_mode = WAL");
        migrate();
        break;
      } catch (const SQLite::Exception& e) {
        const bool busy = e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED;
        if (!busy || attempt >= 50) throw;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
    }
    db_.exec("PRAGMA synchronous = FULL");
    db_.exec("PRAGMA foreign_keys = ON");
    if (options_.on_statement) sqlite3_trace_v2(db_.getHandle(), SQLITE_TRACE_STMT, &SqliteStore::trace, this);
  }

  Result<std::unique_ptr<Transaction>> begin() override {
    return guarded<std::unique_ptr<Transaction>>("begin", [&]() -> Result<std::unique_ptr<Transaction>> {
      return std::unique_ptr<Transaction>(std::make_unique<SqliteTransaction>(db_, transaction_depth_));
    });
  }

  Result<MailboxState> mailbox_state(const std::string& mailbox) override {
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

  Status set_mailbox_state(const std::string& mailbox, const MailboxState& state) override {
    return exec_status("set_mailbox_state",
                       "INSERT INTO mailbox_state (mailbox, uidvalidity, last_uid) VALUES (?, ?, ?) ON CONFLICT (mailbox) "
                       "DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid",
                       [&](SQLite::Statement& q) {
                         bind_text(q, 1, mailbox);
                         q.bind(2, static_cast<int64_t>(state.uidvalidity));
                         q.bind(3, static_cast<int64_t>(state.last_uid));
                       });
  }

  Status set_group_open(const std::string& mailbox, bool open) override {
    return exec_status("set_group_open",
                       "INSERT INTO mailbox_state (mailbox, uidvalidity, last_uid, group_open) VALUES (?, 0, 0, ?) "
                       "ON CONFLICT (mailbox) DO UPDATE SET group_open = excluded.group_open",
                       [&](SQLite::Statement& q) {
                         bind_text(q, 1, mailbox);
                         q.bind(2, open ? 1 : 0);
                       });
  }

  Result<int> note_attempt(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) override {
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

  Status forget_attempt(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) override {
    return exec_status("forget_attempt",
                       "UPDATE attempts SET count = max(count - 1, 0) WHERE mailbox = ? AND uidvalidity = ? AND uid = ?",
                       [&](SQLite::Statement& q) {
                         bind_text(q, 1, mailbox);
                         q.bind(2, static_cast<int64_t>(uidvalidity));
                         q.bind(3, static_cast<int64_t>(uid));
                       });
  }

  Result<bool> uid_recorded(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) override {
    return guarded<bool>("uid_recorded", [&]() -> Result<bool> {
      SQLite::Statement q(db_, "SELECT 1 FROM mailbox_uids WHERE mailbox = ? AND uidvalidity = ? AND uid = ?");
      bind_text(q, 1, mailbox);
      q.bind(2, static_cast<int64_t>(uidvalidity));
      q.bind(3, static_cast<int64_t>(uid));
      return q.executeStep();
    });
  }

  Result<std::optional<int64_t>> message_by_dedupe_key(const std::string& mailbox, const std::string& key) override {
    return guarded<std::optional<int64_t>>("message_by_dedupe_key", [&]() -> Result<std::optional<int64_t>> {
      SQLite::Statement q(db_, "SELECT id FROM messages WHERE mailbox = ? AND dedupe_key = ?");
      bind_text(q, 1, mailbox);
      bind_text(q, 2, key);
      if (q.executeStep()) return std::optional<int64_t>(q.getColumn(0).getInt64());
      return std::optional<int64_t>();
    });
  }

  Result<std::string> message_sender(int64_t message_id) override {
    return guarded<std::string>("message_sender", [&]() -> Result<std::string> {
      SQLite::Statement q(db_, "SELECT from_address FROM messages WHERE id = ?");
      q.bind(1, message_id);
      if (q.executeStep()) return q.getColumn(0).getString();
      return std::string();
    });
  }

  Result<bool> ticket_exists(int64_t ticket_id) override {
    return guarded<bool>("ticket_exists", [&]() -> Result<bool> {
      SQLite::Statement q(db_, "SELECT 1 FROM tickets WHERE id = ?");
      q.bind(1, ticket_id);
      return q.executeStep();
    });
  }

  Result<std::optional<int64_t>> ticket_for_message_ids(const std::vector<std::string>& ids) override {
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

  Result<int64_t> insert_ticket(const NewTicket& t, TimePoint now) override {
    return guarded<int64_t>("insert_ticket", [&]() -> Result<int64_t> {
      SQLite::Statement q(db_,
                          "INSERT INTO tickets (kind, mailbox, client_address, client_name, subject, level, classification, "
                          "plan, received_at, due_at, created_at, updated_at, next_followup_at, reply_address, language, "
                          "first_message_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      bind_text(q, 1, t.kind);
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

  Result<std::vector<TicketRow>> tickets_with_due_timers(TimePoint now, int warn_percent) override {
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

  Status set_ticket_timers(int64_t id, std::optional<TimePoint> next_followup, bool warned, bool breached) override {
    return exec_status("set_ticket_timers", "UPDATE tickets SET next_followup_at = ?, warned = ?, breached = ? WHERE id = ?",
                       [&](SQLite::Statement& q) {
                         if (next_followup) q.bind(1, seconds_of(*next_followup));
                         else q.bind(1);
                         q.bind(2, warned ? 1 : 0);
                         q.bind(3, breached ? 1 : 0);
                         q.bind(4, id);
                       });
  }

  Status update_ticket_level(int64_t id, int level, const std::string& plan, TimePoint due,
                             std::optional<TimePoint> next_followup, TimePoint now) override {
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

  Result<int64_t> add_note(int64_t ticket_id, TimePoint at, const std::string& author, const std::string& text,
                           bool internal) override {
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

  Result<std::vector<NoteRow>> notes_of_ticket(int64_t ticket_id) override {
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

  Result<int64_t> insert_message(const NewMessage& m, TimePoint now) override {
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

  Status record_uid(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid, int64_t message_row,
                    const std::string& action) override {
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

  Result<std::vector<PendingMailboxAction>> pending_actions(const std::string& mailbox) override {
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

  Status action_done(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) override {
    return exec_status("action_done",
                       "UPDATE mailbox_uids SET action_done = 1 WHERE mailbox = ? AND uidvalidity = ? AND uid = ?",
                       [&](SQLite::Statement& q) {
                         bind_text(q, 1, mailbox);
                         q.bind(2, static_cast<int64_t>(uidvalidity));
                         q.bind(3, static_cast<int64_t>(uid));
                       });
  }

  Status touch_ticket(int64_t ticket_id, TimePoint now, bool reopen) override {
    return exec_status("touch_ticket",
                       reopen ? "UPDATE tickets SET updated_at = ?, status = 'open' WHERE id = ?"
                              : "UPDATE tickets SET updated_at = ? WHERE id = ?",
                       [&](SQLite::Statement& q) {
                         q.bind(1, seconds_of(now));
                         q.bind(2, ticket_id);
                       });
  }

  Status set_ticket_status(int64_t ticket_id, TicketStatus status, TimePoint now) override {
    return exec_status("set_ticket_status", "UPDATE tickets SET status = ?, updated_at = ? WHERE id = ?",
                       [&](SQLite::Statement& q) {
                         bind_text(q, 1, std::string(to_string(status)));
                         q.bind(2, seconds_of(now));
                         q.bind(3, ticket_id);
                       });
  }

  Status add_event(int64_t ticket_id, TimePoint at, const std::string& actor, const std::string& kind,
                   const std::string& detail) override {
    return exec_status("add_event", "INSERT INTO events (ticket_id, at, actor, kind, detail) VALUES (?,?,?,?,?)",
                       [&](SQLite::Statement& q) {
                         q.bind(1, ticket_id);
                         q.bind(2, seconds_of(at));
                         bind_text(q, 3, actor);
                         bind_text(q, 4, kind);
                         bind_text(q, 5, detail);
                       });
  }

  Result<int64_t> enqueue_email(const OutboxEmail& e, TimePoint now) override {
    return guarded<int64_t>("enqueue_email", [&]() -> Result<int64_t> {
      SQLite::Statement q(db_,
                          "INSERT INTO outbox (ticket_id, kind, recipient, envelope_from, subject, message_id, raw, status, "
                          "next_attempt_at, last_error, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
      if (e.ticket_id) q.bind(1, *e.ticket_id);
      else q.bind(1);
      bind_text(q, 2, e.kind);
      bind_text(q, 3, e.recipient);
      bind_text(q, 4, e.envelope_from);
      bind_text(q, 5, e.subject);
      bind_text(q, 6, e.message_id);
      bind_blob(q, 7, e.raw);
      bind_text(q, 8, e.status);
      q.bind(9, seconds_of(e.next_attempt_at));
      bind_text(q, 10, e.last_error);
      q.bind(11, seconds_of(now));
      q.exec();
      return db_.getLastInsertRowid();
    });
  }

  Result<std::vector<OutboxEmail>> due_emails(TimePoint now, size_t limit) override {
    return guarded<std::vector<OutboxEmail>>("due_emails", [&]() -> Result<std::vector<OutboxEmail>> {
      SQLite::Statement q(db_, std::string(kOutboxColumns) +
                                   " WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?");
      q.bind(1, seconds_of(now));
      q.bind(2, static_cast<int64_t>(limit));
      return read_emails(q);
    });
  }

  Status mark_email_sent(int64_t id, int attempts, TimePoint now) override {
    return exec_status("mark_email_sent", "UPDATE outbox SET status = 'sent', attempts = ?, sent_at = ?, last_error = '' WHERE id = ?",
                       [&](SQLite::Statement& q) {
                         q.bind(1, attempts);
                         q.bind(2, seconds_of(now));
                         q.bind(3, id);
                       });
  }

  Status mark_email_retry(int64_t id, int attempts, TimePoint next_attempt, const std::string& error) override {
    return exec_status("mark_email_retry", "UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                       [&](SQLite::Statement& q) {
                         q.bind(1, attempts);
                         q.bind(2, seconds_of(next_attempt));
                         bind_text(q, 3, error);
                         q.bind(4, id);
                       });
  }

  Status mark_email_failed(int64_t id, int attempts, const std::string& error) override {
    return exec_status("mark_email_failed", "UPDATE outbox SET status = 'failed', attempts = ?, last_error = ? WHERE id = ?",
                       [&](SQLite::Statement& q) {
                         q.bind(1, attempts);
                         bind_text(q, 2, error);
                         q.bind(3, id);
                       });
  }

  Result<std::vector<OutboxEmail>> emails_of_ticket(int64_t ticket_id) override {
    return guarded<std::vector<OutboxEmail>>("emails_of_ticket", [&]() -> Result<std::vector<OutboxEmail>> {
      SQLite::Statement q(db_, std::string(kOutboxColumns) + " WHERE ticket_id = ? ORDER BY id");
      q.bind(1, ticket_id);
      return read_emails(q);
    });
  }

  Result<std::vector<OutboxEmail>> emails_by_status(const std::string& status, size_t limit) override {
    return guarded<std::vector<OutboxEmail>>("emails_by_status", [&]() -> Result<std::vector<OutboxEmail>> {
      SQLite::Statement q(db_, std::string(kOutboxColumns) + " WHERE (? = '' OR status = ?) ORDER BY id DESC LIMIT ?");
      bind_text(q, 1, status);
      bind_text(q, 2, status);
      q.bind(3, static_cast<int64_t>(limit));
      return read_emails(q);
    });
  }

  Result<bool> retry_email(int64_t id, TimePoint now) override {
    return guarded<bool>("retry_email", [&]() -> Result<bool> {
      SQLite::Statement q(db_,
                          "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ?, last_error = '' "
                          "WHERE id = ? AND status IN ('failed', 'suppressed', 'pending')");
      q.bind(1, seconds_of(now));
      q.bind(2, id);
      return q.exec() == 1;
    });
  }

  Result<bool> cancel_email(int64_t id, const std::string& reason) override {
    return guarded<bool>("cancel_email", [&]() -> Result<bool> {
      SQLite::Statement q(db_, "UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ? AND status = 'pending'");
      bind_text(q, 1, reason);
      q.bind(2, id);
      return q.exec() == 1;
    });
  }

  Result<std::optional<OutboxEmail>> mark_email_returned(const std::string& message_id, const std::string& reason) override {
    return guarded<std::optional<OutboxEmail>>("mark_email_returned", [&]() -> Result<std::optional<OutboxEmail>> {
      SQLite::Statement q(db_, "UPDATE outbox SET status = 'failed', last_error = ? WHERE message_id = ? AND status = 'sent'");
      bind_text(q, 1, reason);
      bind_text(q, 2, message_id);
      if (q.exec() == 0) return std::optional<OutboxEmail>{};
      SQLite::Statement e(db_, std::string(kOutboxColumns) + " WHERE message_id = ? LIMIT 1");
      bind_text(e, 1, message_id);
      auto found = read_emails(e);
      if (found.empty()) return std::optional<OutboxEmail>{};
      return std::optional<OutboxEmail>{std::move(found.front())};
    });
  }

  Result<int> emails_to_since(const std::string& recipient, TimePoint since) override {
    return guarded<int>("emails_to_since", [&]() -> Result<int> {
      // base@domain, and base+anything@domain as a range of the lower(recipient) index.
      const std::string address = ascii_lower(recipient);
      const size_t at = address.rfind('@');
      const std::string domain = at == std::string::npos ? std::string() : address.substr(at);
      std::string base = at == std::string::npos ? address : address.substr(0, at);
      if (const size_t plus = base.find('+'); plus != std::string::npos) base.resize(plus);
      SQLite::Statement q(db_,
                          "SELECT count(*) FROM outbox WHERE created_at >= ?1 AND status != 'suppressed' AND "
                          "(lower(recipient) = ?2 OR (lower(recipient) >= ?3 AND lower(recipient) < ?4 AND "
                          "substr(lower(recipient), -length(?5)) = ?5))");
      q.bind(1, seconds_of(since));
      bind_text(q, 2, base + domain);
      bind_text(q, 3, base + "+");
      bind_text(q, 4, base + ",");  // ',' follows '+'
      bind_text(q, 5, domain.empty() ? std::string("@") : domain);
      q.executeStep();
      return q.getColumn(0).getInt();
    });
  }

  Result<int64_t> count_emails(const std::string& status) override {
    return guarded<int64_t>("count_emails", [&]() -> Result<int64_t> {
      SQLite::Statement q(db_, "SELECT count(*) FROM outbox WHERE status = ?");
      bind_text(q, 1, status);
      q.executeStep();
      return q.getColumn(0).getInt64();
    });
  }

  Result<std::vector<TicketRow>> list_tickets(const TicketFilter& f) override {
    return guarded<std::vector<TicketRow>>("list_tickets", [&]() -> Result<std::vector<TicketRow>> {
      std::string sql = std::string(kTicketColumns) + " WHERE 1 = 1";
      if (!f.kind.empty()) sql += " AND t.kind = :kind";
      if (!f.status.empty()) sql += " AND t.status = :status";
      if (f.level) sql += " AND t.level = :level";
      if (!f.mailbox.empty()) sql += " AND t.mailbox = :mailbox";
      if (!f.client.empty()) sql += " AND instr(lower(t.client_address), lower(:client)) > 0";
      if (f.breached_only) sql += " AND t.breached = 1";
      const std::string words = fts_query(f.text);
      if (!words.empty())
        sql += " AND (instr(lower(t.subject), lower(:text)) > 0 OR t.id IN (SELECT m2.ticket_id FROM messages m2 "
               "WHERE m2.id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH :words)))";
      else if (!f.text.empty())
        sql += " AND instr(lower(t.subject), lower(:text)) > 0";
      sql += f.oldest_first ? " ORDER BY t.received_at, t.id LIMIT :limit" : " ORDER BY t.due_at, t.id LIMIT :limit";
      SQLite::Statement q(db_, sql);
      if (!f.kind.empty()) q.bind(":kind", f.kind);
      if (!f.status.empty()) q.bind(":status", f.status);
      if (f.level) q.bind(":level", *f.level);
      if (!f.mailbox.empty()) q.bind(":mailbox", f.mailbox);
      if (!f.client.empty()) q.bind(":client", f.client);
      if (!f.text.empty()) q.bind(":text", f.text);
      if (!words.empty()) q.bind(":words", words);
      q.bind(":limit", static_cast<int64_t>(f.limit));
      std::vector<TicketRow> out;
      while (q.executeStep()) out.push_back(ticket_from(q));
      return out;
    });
  }

  Result<std::optional<TicketRow>> ticket(int64_t id) override {
    return guarded<std::optional<TicketRow>>("ticket", [&]() -> Result<std::optional<TicketRow>> {
      SQLite::Statement q(db_, std::string(kTicketColumns) + " WHERE t.id = ?");
      q.bind(1, id);
      if (q.executeStep()) return std::optional<TicketRow>(ticket_from(q));
      return std::optional<TicketRow>();
    });
  }

  Result<std::vector<MessageRow>> messages_of_ticket(int64_t id) override {
    return guarded<std::vector<MessageRow>>("messages_of_ticket", [&]() -> Result<std::vector<MessageRow>> {
      SQLite::Statement q(db_, std::string(kMessageColumns) + " WHERE ticket_id = ? ORDER BY received_at, id");
      q.bind(1, id);
      return read_messages(q);
    });
  }

  Result<std::vector<MessageRow>> messages_by_disposition(Disposition disposition, size_t limit) override {
    return guarded<std::vector<MessageRow>>("messages_by_disposition", [&]() -> Result<std::vector<MessageRow>> {
      SQLite::Statement q(db_, std::string(kMessageColumns) + " WHERE disposition = ? ORDER BY id DESC LIMIT ?");
      bind_text(q, 1, std::string(to_string(disposition)));
      q.bind(2, static_cast<int64_t>(limit));
      return read_messages(q);
    });
  }

  Result<std::vector<EventRow>> events_of_ticket(int64_t id) override {
    return guarded<std::vector<EventRow>>("events_of_ticket", [&]() -> Result<std::vector<EventRow>> {
      SQLite::Statement q(db_, "SELECT at, actor, kind, detail FROM events WHERE ticket_id = ? ORDER BY at, id");
      q.bind(1, id);
      std::vector<EventRow> out;
      while (q.executeStep())
        out.push_back({time_of(q.getColumn(0).getInt64()), q.getColumn(1).getString(), q.getColumn(2).getString(),
                       q.getColumn(3).getString()});
      return out;
    });
  }

  Result<std::vector<std::pair<int64_t, std::string>>> level_corrections() override {
    using Rows = std::vector<std::pair<int64_t, std::string>>;
    return guarded<Rows>("level_corrections", [&]() -> Result<Rows> {
      SQLite::Statement q(db_,
                          "SELECT e.ticket_id, e.detail FROM events e WHERE e.kind = 'level' AND e.id = "
                          "(SELECT max(id) FROM events WHERE ticket_id = e.ticket_id AND kind = 'level') ORDER BY e.id");
      Rows out;
      while (q.executeStep()) out.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getString());
      return out;
    });
  }

  Result<std::string> message_raw(int64_t message_id) override {
    return guarded<std::string>("message_raw", [&]() -> Result<std::string> {
      SQLite::Statement q(db_, "SELECT raw FROM messages WHERE id = ?");
      q.bind(1, message_id);
      if (!q.executeStep()) return std::string();
      const SQLite::Column raw = q.getColumn(0);
      return std::string(static_cast<const char*>(raw.getBlob()), static_cast<size_t>(raw.getBytes()));
    });
  }

  Result<StoreStats> stats() override {
    return guarded<StoreStats>("stats", [&]() -> Result<StoreStats> {
      StoreStats st;
      auto counts = [&](const char* sql, std::vector<StoreStats::Count>& out) {
        SQLite::Statement q(db_, sql);
        while (q.executeStep()) out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getInt64()});
      };
      counts("SELECT mailbox, disposition, count(*) FROM messages GROUP BY 1, 2", st.messages);
      counts("SELECT kind, CAST(level AS TEXT), count(*) FROM tickets WHERE status = 'open' GROUP BY 1, 2", st.open_tickets);
      counts("SELECT status, '', count(*) FROM outbox GROUP BY 1", st.outbox);
      st.breached_open = db_.execAndGet("SELECT count(*) FROM tickets WHERE status = 'open' AND breached = 1").getInt64();
      SQLite::Statement q(db_,
                          "SELECT o.sent_at - t.received_at FROM outbox o JOIN tickets t ON t.id = o.ticket_id "
                          "WHERE o.kind = 'ack' AND o.status = 'sent'");
      while (q.executeStep()) st.ack_latency_seconds.push_back(q.getColumn(0).getInt64());
      return st;
    });
  }

  Result<int64_t> count_messages() override {
    return guarded<int64_t>("count_messages", [&]() -> Result<int64_t> {
      return db_.execAndGet("SELECT count(*) FROM messages").getInt64();
    });
  }

 private:
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
      e.status = q.getColumn(8).getString();
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
    t.kind = q.getColumn(1).getString();
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

  void migrate() {
    const int version = db_.execAndGet("PRAGMA user_version").getInt();
    const int target = static_cast<int>(std::size(kMigrations));
    if (version > target)
      throw std::runtime_error("database schema version " + std::to_string(version) + " is newer than this billetd (" +
                               std::to_string(target) + ")");
    if (version == target) return;
    // Two processes may open a new database at once (billetd starting, billetctl): the write lock
    // is taken first and the version read again under it, so each step runs exactly once.
    SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
    for (int v = db_.execAndGet("PRAGMA user_version").getInt(); v < target; ++v) {
      db_.exec(kMigrations[v]);
      db_.exec("PRAGMA user_version = " + std::to_string(v + 1));
    }
    tx.commit();
  }

  static int trace(unsigned /*type*/, void* self, void* statement, void* /*text*/) {
    const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(statement));
    if (sql) static_cast<SqliteStore*>(self)->options_.on_statement(sql);
    return 0;
  }

  SQLite::Database db_;
  SqliteOptions options_;
  int transaction_depth_ = 0;  // open transactions (1: BEGIN, more: savepoints inside it)
};

}  // namespace

Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path, SqliteOptions options) {
  struct stat before {};
  const bool existed = ::stat(path.c_str(), &before) == 0;
  if (!existed && !options.create) return Error{"db.open", "no database at " + path};
  if (!existed) {
    // Created 0640 before SQLite opens it (its -wal and -shm files copy this mode): never
    // world-readable, whatever the umask outside systemd.
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
    if (fd >= 0) {
      ::fchmod(fd, 0640);
      ::close(fd);
    }
  }
  try {
    return std::unique_ptr<Store>(std::make_unique<SqliteStore>(path, std::move(options)));
  } catch (const std::exception& e) {
    return Error{"db.open", "cannot open database " + path + ": " + e.what()};
  }
}

}  // namespace billet::storage
