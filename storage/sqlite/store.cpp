#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <exception>
#include <functional>
#include <thread>

#include "common/ascii.h"
#include "storage/sqlite/parts.h"
#include "storage/sqlite/schema.h"
#include "storage/store.h"

namespace billet::storage {
namespace {

using namespace sqlite;

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
    // v7: accounts of the web console (billetweb).
    R"sql(
    CREATE TABLE web_users (
      name TEXT PRIMARY KEY,
      password_hash TEXT NOT NULL,
      role TEXT NOT NULL,
      disabled INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL
    );
    )sql",
};

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

// Owns the connection, first among the bases, so that it exists before the parts that use it.
struct Connection {
  Connection(const std::string& path, bool create)
      : db(path, SQLite::OPEN_READWRITE | (create ? SQLite::OPEN_CREATE : 0) | SQLite::OPEN_FULLMUTEX) {}
  SQLite::Database db;
};

class SqliteStore final : private Connection,
                          public Store,
                          public SqliteLedger,
                          public SqliteTickets,
                          public SqliteOutbox,
                          public SqliteQueries,
                          public SqliteWebAccounts {
 public:
  SqliteStore(const std::string& path, SqliteOptions options)
      : Connection(path, options.create),
        SqliteLedger(Connection::db),
        SqliteTickets(Connection::db),
        SqliteOutbox(Connection::db),
        SqliteQueries(Connection::db),
        SqliteWebAccounts(Connection::db),
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

 private:
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

  SQLite::Database& db_ = Connection::db;
  SqliteOptions options_;
  int transaction_depth_ = 0;  // open transactions (1: BEGIN, more: savepoints inside it)
};

}  // namespace

std::vector<std::string_view> sqlite_schema_steps() { return {std::begin(kMigrations), std::end(kMigrations)}; }

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
