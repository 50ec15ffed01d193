#pragma once
// The store: every ticket, message, attachment and per-mailbox IMAP position, behind a narrow
// interface. The SQLite implementation (sqlite_store.cpp) is the embedded default; no SQLite type
// leaves it. Not thread-safe: one Store per thread (billetd uses one, on its main loop).
#include <cstdint>
#include <functional>
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

struct NewAttachment {
  std::string filename;
  std::string media_type;
  std::string bytes;
};

// One stored message; `disposition` says what it turned out to be (storage/vocabulary.h).
struct NewMessage {
  std::string mailbox;
  uint32_t uidvalidity = 0;
  uint32_t uid = 0;
  std::string dedupe_key;  // Message-ID, or "sha256:<hex>" of the raw bytes when there is none
  std::string message_id;
  std::string raw;
  TimePoint received_at{};  // IMAP INTERNALDATE (Date header as a fallback)
  std::string from_address;
  std::string from_name;
  std::string reply_to;
  std::string subject;
  std::string text;
  std::string new_text;
  std::string in_reply_to;
  std::string references;  // space-separated ids
  Disposition disposition = Disposition::kReview;
  std::string note;        // robot reasons, quarantine reason, defects: for people
  std::string language;    // "fr", "en" or "" when unclear
  std::optional<int64_t> ticket_id;
  std::vector<NewAttachment> attachments;
};

struct NewTicket {
  std::string kind;  // "ticket" or "complaint"
  std::string mailbox;
  std::string client_address;
  std::string client_name;
  std::string subject;
  int level = 4;
  std::string classification_json;  // the classifier's explanation, for audit
  std::string plan;
  TimePoint received_at{};
  TimePoint due_at{};
  std::optional<TimePoint> next_followup_at;  // level 1: when the client's next follow-up is due
  std::string reply_address;                  // where emails to the client go (Reply-To, else From)
  std::string language;                       // "fr", "en" or ""
  std::string first_message_id;               // the client's first message, for threading
};

struct NoteRow {
  TimePoint at{};
  std::string author;
  std::string text;
  bool internal = false;
};

struct TicketRow {
  int64_t id = 0;
  std::string kind;
  TicketStatus status = TicketStatus::kOpen;
  std::string mailbox;
  std::string client_address;
  std::string client_name;
  std::string subject;
  int level = 4;
  std::string classification_json;
  std::string plan;
  TimePoint received_at{};
  TimePoint due_at{};
  TimePoint updated_at{};
  bool breached = false;
  int messages = 0;
  std::optional<TimePoint> next_followup_at;
  bool warned = false;  // the escalation before the deadline was sent
  std::string reply_address;
  std::string language;
  std::string first_message_id;
};

struct MessageRow {
  int64_t id = 0;
  std::string mailbox;
  uint32_t uidvalidity = 0;
  uint32_t uid = 0;
  std::string message_id;
  Disposition disposition = Disposition::kReview;
  TimePoint received_at{};
  std::string from_address;
  std::string from_name;
  std::string subject;
  std::string text;
  std::string new_text;
  std::string note;
  std::optional<int64_t> ticket_id;
  std::vector<std::pair<std::string, int64_t>> attachments;  // filename, size in bytes
};

struct EventRow {
  TimePoint at{};
  std::string actor;
  std::string kind;
  std::string detail;
};

struct TicketFilter {
  std::string kind;    // "" for any
  std::string status;  // "" for any
  std::optional<int> level;
  std::string mailbox;
  std::string client;  // substring of the client address
  std::string text;    // substring of the subject or a message's text
  bool breached_only = false;
  bool oldest_first = false;  // by reception instead of by due time
  size_t limit = 500;
};

// A message committed to the store whose IMAP follow-up (move or flag) is still to do.
struct PendingMailboxAction {
  uint32_t uidvalidity = 0;
  uint32_t uid = 0;
  std::string target;  // folder to move to, or "\\Seen"
};

// An automatic email, written in the same transaction as the event that causes it and delivered
// later by the sender loop. `status`: "pending", "sent", "failed" (permanent refusal) or
// "suppressed" (never sent: loop protection or rate limit; `last_error` says why).
struct OutboxEmail {
  int64_t id = 0;
  std::optional<int64_t> ticket_id;
  std::string kind;  // "ack", ...
  std::string recipient;
  std::string envelope_from;
  std::string subject;     // for people (the raw message has the encoded one)
  std::string message_id;  // without <>
  std::string raw;         // the whole message, CRLF line ends
  std::string status = "pending";
  int attempts = 0;
  TimePoint next_attempt_at{};
  std::string last_error;
  TimePoint created_at{};
  std::optional<TimePoint> sent_at;
};

// Aggregates for /metrics.
struct StoreStats {
  struct Count {
    std::string a, b;  // labels (mailbox and disposition; kind and level; status)
    int64_t count = 0;
  };
  std::vector<Count> messages;      // mailbox, disposition
  std::vector<Count> open_tickets;  // kind, level
  std::vector<Count> outbox;        // status, ""
  int64_t breached_open = 0;
  std::vector<int64_t> ack_latency_seconds;  // reception to acknowledgement accepted by SMTP
};

// Errors of every method: "db.busy" (locked: retry), "db.full" (no room: full disk or a file-size
// limit), "db.error" (anything else).
class Store {
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

  // --- ingestion
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
  virtual Result<std::optional<int64_t>> message_by_dedupe_key(const std::string& mailbox, const std::string& key) = 0;
  // The sender address of a stored message ("" when unknown): tells a re-delivery from another
  // message that reuses a Message-ID.
  virtual Result<std::string> message_sender(int64_t message_id) = 0;
  virtual Result<bool> ticket_exists(int64_t ticket_id) = 0;
  // The ticket one of `message_ids` belongs to (a stored client message or a sent email).
  virtual Result<std::optional<int64_t>> ticket_for_message_ids(const std::vector<std::string>& message_ids) = 0;
  virtual Result<int64_t> insert_ticket(const NewTicket& ticket, TimePoint now) = 0;
  virtual Result<int64_t> insert_message(const NewMessage& message, TimePoint now) = 0;
  // Records that (uidvalidity, uid) of `mailbox` is `message_row` and that `action` is pending.
  virtual Status record_uid(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid, int64_t message_row,
                            const std::string& action) = 0;
  virtual Result<std::vector<PendingMailboxAction>> pending_actions(const std::string& mailbox) = 0;
  virtual Status action_done(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) = 0;
  virtual Status touch_ticket(int64_t ticket_id, TimePoint now, bool reopen) = 0;
  virtual Status set_ticket_status(int64_t ticket_id, TicketStatus status, TimePoint now) = 0;

  // --- timers and agent work
  // Open tickets with a follow-up due, a deadline passed unmarked, or `warn_percent` of their
  // target elapsed without a warning.
  virtual Result<std::vector<TicketRow>> tickets_with_due_timers(TimePoint now, int warn_percent) = 0;
  virtual Status set_ticket_timers(int64_t id, std::optional<TimePoint> next_followup, bool warned, bool breached) = 0;
  virtual Status update_ticket_level(int64_t id, int level, const std::string& plan, TimePoint due,
                                     std::optional<TimePoint> next_followup, TimePoint now) = 0;
  virtual Result<int64_t> add_note(int64_t ticket_id, TimePoint at, const std::string& author, const std::string& text,
                                   bool internal) = 0;
  virtual Result<std::vector<NoteRow>> notes_of_ticket(int64_t ticket_id) = 0;
  virtual Status add_event(int64_t ticket_id, TimePoint at, const std::string& actor, const std::string& kind,
                           const std::string& detail) = 0;

  // --- outbox
  virtual Result<int64_t> enqueue_email(const OutboxEmail& email, TimePoint now) = 0;
  // Pending emails whose next attempt is due, oldest first.
  virtual Result<std::vector<OutboxEmail>> due_emails(TimePoint now, size_t limit) = 0;
  virtual Status mark_email_sent(int64_t id, int attempts, TimePoint now) = 0;
  virtual Status mark_email_retry(int64_t id, int attempts, TimePoint next_attempt, const std::string& error) = 0;
  virtual Status mark_email_failed(int64_t id, int attempts, const std::string& error) = 0;
  virtual Result<std::vector<OutboxEmail>> emails_of_ticket(int64_t ticket_id) = 0;
  // For admins (billetctl outbox): emails in `status` ("" for any), newest first.
  virtual Result<std::vector<OutboxEmail>> emails_by_status(const std::string& status, size_t limit) = 0;
  // A failed or suppressed email (or a pending one) is due again now, attempts reset. False when
  // there is no such email in one of those states (a sent one is never sent again).
  virtual Result<bool> retry_email(int64_t id, TimePoint now) = 0;
  // A pending email is given up ("failed", with `reason`). False when it is not pending.
  virtual Result<bool> cancel_email(int64_t id, const std::string& reason) = 0;
  // A sent email that came back as a bounce (its Message-ID, without <>) becomes "failed" with
  // `reason`; returns it, or nothing when no sent email has that Message-ID.
  virtual Result<std::optional<OutboxEmail>> mark_email_returned(const std::string& message_id, const std::string& reason) = 0;
  // Emails to `recipient` created since `since` and not suppressed: the rate limit. Any case and
  // any "+tag" of the same mailbox count together (victim+1@x, victim+2@x are victim@x).
  virtual Result<int> emails_to_since(const std::string& recipient, TimePoint since) = 0;
  virtual Result<int64_t> count_emails(const std::string& status) = 0;

  // --- reading
  virtual Result<std::vector<TicketRow>> list_tickets(const TicketFilter& filter) = 0;
  virtual Result<std::optional<TicketRow>> ticket(int64_t id) = 0;
  virtual Result<std::vector<MessageRow>> messages_of_ticket(int64_t id) = 0;
  virtual Result<std::vector<MessageRow>> messages_by_disposition(Disposition disposition, size_t limit) = 0;
  virtual Result<std::vector<EventRow>> events_of_ticket(int64_t id) = 0;
  // Tickets whose level an agent changed (a "level" event), with the last change's detail
  // ("2 -> 1, due ...: why"), oldest change first: the corrections an installation can test its
  // rules on.
  virtual Result<std::vector<std::pair<int64_t, std::string>>> level_corrections() = 0;
  // The raw bytes of a stored message (empty when the id is unknown).
  virtual Result<std::string> message_raw(int64_t message_id) = 0;
  virtual Result<int64_t> count_messages() = 0;
  virtual Result<StoreStats> stats() = 0;
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
