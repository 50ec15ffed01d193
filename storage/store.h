#pragma once
// The store: every ticket, message, attachment and per-mailbox IMAP position, behind narrow
// interfaces cut by concern (mailbox_ledger.h, ticket_store.h, outbox_store.h, ticket_queries.h,
// web_accounts.h;
// the rows in records.h). The SQLite implementation (storage/sqlite/store.cpp) is the embedded default;
// no SQLite type leaves it. Not thread-safe: one Store per thread.
#include <functional>
#include <memory>
#include <string>

#include "common/result.h"
#include "storage/mailbox_ledger.h"
#include "storage/outbox_store.h"
#include "storage/ticket_queries.h"
#include "storage/ticket_store.h"
#include "storage/web_accounts.h"

namespace billet::storage {

// Every concern of the store on one connection, with transactions across them (a message, its
// ticket, its acknowledgement and its UID commit together). Components take the narrowest part
// they use.
class Store : public virtual MailboxLedger,
              public virtual TicketStore,
              public virtual OutboxStore,
              public virtual TicketQueries,
              public virtual WebAccounts {
 public:
  virtual ~Store() = default;

  // begin, the writes, commit; a transaction destroyed without commit rolls back. One begun
  // while another is open on this Store nests in it (a savepoint): its commit keeps its writes
  // for the outer commit, its rollback undoes only its own. Commit the innermost first.
  class Transaction {
   public:
    virtual ~Transaction() = default;
    virtual Status commit() = 0;
    // False when the database ended it on its own (SQLite rolls back on some errors: a full
    // disk, an I/O error): writes made now would not belong to it.
    virtual bool alive() const = 0;
  };
  virtual Result<std::unique_ptr<Transaction>> begin() = 0;
};

struct SqliteOptions {
  // Called (when set) with the text of every statement the store runs, as written (parameters
  // unbound), on the thread that runs it; after migrations. For tests and diagnostics: the query
  // plan test runs EXPLAIN QUERY PLAN on what the hot paths really execute.
  std::function<void(const std::string& sql)> on_statement;
  // False: a missing database is an error ("db.open"), never silently created (billetctl --db
  // with a typo). A database billetd creates is readable by owner and group only (0640).
  bool create = true;
};

// Opens (creating and migrating as needed) the SQLite database at `path`, in WAL mode.
Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path, SqliteOptions options = {});

}  // namespace billet::storage
