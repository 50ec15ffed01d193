#pragma once
// Internal to storage/sqlite/*.cpp: the SQLite store cut by concern. Each part implements one
// interface of storage/store.h on the connection SqliteStore (storage/sqlite/store.cpp) owns and shares.
#include "storage/sqlite/support.h"
#include "storage/store.h"

namespace billet::storage::sqlite {

// The mailbox ledger: positions, attempts, UIDs and the moves still to do (ledger.cpp).
class SqliteLedger : public virtual MailboxLedger, protected Part {
 public:
  explicit SqliteLedger(SQLite::Database& db) : Part(db) {}

  Result<MailboxState> mailbox_state(const std::string& mailbox) override;
  Status set_mailbox_state(const std::string& mailbox, const MailboxState& state) override;
  Status set_group_open(const std::string& mailbox, bool open) override;
  Result<int> note_attempt(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) override;
  Status forget_attempt(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) override;
  Result<bool> uid_recorded(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) override;
  Status record_uid(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid, int64_t message_row,
                    const std::string& action) override;
  Result<std::vector<PendingMailboxAction>> pending_actions(const std::string& mailbox) override;
  Status action_done(const std::string& mailbox, uint32_t uidvalidity, uint32_t uid) override;
};

// Tickets and their threads: messages, tickets, notes, events, timers (tickets.cpp).
class SqliteTickets : public virtual TicketStore, protected Part {
 public:
  explicit SqliteTickets(SQLite::Database& db) : Part(db) {}

  Result<std::optional<int64_t>> message_by_dedupe_key(const std::string& mailbox, const std::string& key) override;
  Result<std::string> message_sender(int64_t message_id) override;
  Result<bool> ticket_exists(int64_t ticket_id) override;
  Result<std::optional<int64_t>> ticket_for_message_ids(const std::vector<std::string>& ids) override;
  Result<int64_t> insert_ticket(const NewTicket& t, TimePoint now) override;
  Result<std::vector<TicketRow>> tickets_with_due_timers(TimePoint now, int warn_percent) override;
  Status set_ticket_timers(int64_t id, std::optional<TimePoint> next_followup, bool warned, bool breached) override;
  Status update_ticket_level(int64_t id, int level, const std::string& plan, TimePoint due,
                             std::optional<TimePoint> next_followup, TimePoint now) override;
  Result<int64_t> add_note(int64_t ticket_id, TimePoint at, const std::string& author, const std::string& text,
                           bool internal) override;
  Result<std::vector<NoteRow>> notes_of_ticket(int64_t ticket_id) override;
  Result<int64_t> insert_message(const NewMessage& m, TimePoint now) override;
  Status touch_ticket(int64_t ticket_id, TimePoint now, bool reopen) override;
  Status set_ticket_status(int64_t ticket_id, TicketStatus status, TimePoint now) override;
  Status add_event(int64_t ticket_id, TimePoint at, const std::string& actor, const std::string& kind,
                   const std::string& detail) override;
};

// The outbox: automatic emails and their delivery state (outbox.cpp).
class SqliteOutbox : public virtual OutboxStore, protected Part {
 public:
  explicit SqliteOutbox(SQLite::Database& db) : Part(db) {}

  Result<int64_t> enqueue_email(const OutboxEmail& e, TimePoint now) override;
  Result<std::vector<OutboxEmail>> due_emails(TimePoint now, size_t limit) override;
  Status mark_email_sent(int64_t id, int attempts, TimePoint now) override;
  Status mark_email_retry(int64_t id, int attempts, TimePoint next_attempt, const std::string& error) override;
  Status mark_email_failed(int64_t id, int attempts, const std::string& error) override;
  Result<std::vector<OutboxEmail>> emails_of_ticket(int64_t ticket_id) override;
  Result<std::vector<OutboxEmail>> emails_by_status(std::optional<OutboxStatus> status, size_t limit) override;
  Result<bool> retry_email(int64_t id, TimePoint now) override;
  Result<bool> cancel_email(int64_t id, const std::string& reason) override;
  Result<std::optional<OutboxEmail>> mark_email_returned(const std::string& message_id, const std::string& reason) override;
  Result<int> emails_to_since(const std::string& recipient, TimePoint since) override;
  Result<int64_t> count_emails(OutboxStatus status) override;
};

// What agents, billetctl and /metrics read (queries.cpp).
class SqliteQueries : public virtual TicketQueries, protected Part {
 public:
  explicit SqliteQueries(SQLite::Database& db) : Part(db) {}

  Result<std::vector<TicketRow>> list_tickets(const TicketFilter& f) override;
  Result<std::optional<TicketRow>> ticket(int64_t id) override;
  Result<std::vector<MessageRow>> messages_of_ticket(int64_t id) override;
  Result<std::vector<MessageRow>> messages_by_disposition(Disposition disposition, size_t limit) override;
  Result<std::vector<EventRow>> events_of_ticket(int64_t id) override;
  Result<std::vector<std::pair<int64_t, std::string>>> level_corrections() override;
  Result<std::string> message_raw(int64_t message_id) override;
  Result<std::optional<AttachmentContent>> attachment_content(int64_t message_id, size_t index) override;
  Result<DashboardStats> dashboard(TimePoint since, TimePoint now) override;
  Result<StoreStats> stats() override;
  Result<int64_t> count_messages() override;
};

// Accounts of the web console (web.cpp).
class SqliteWebAccounts : public virtual WebAccounts, protected Part {
 public:
  explicit SqliteWebAccounts(SQLite::Database& db) : Part(db) {}

  Status add_web_user(const WebUser& user) override;
  Result<bool> set_web_password(const std::string& name, const std::string& password_hash) override;
  Result<bool> set_web_user_disabled(const std::string& name, bool disabled) override;
  Result<std::optional<WebUser>> web_user(const std::string& name) override;
  Result<std::vector<WebUser>> web_users() override;
};

}  // namespace billet::storage::sqlite
