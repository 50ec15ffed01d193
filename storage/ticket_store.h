#pragma once
// Tickets and their threads as ingestion and agents write them: messages, tickets, notes,
// events, timers.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "storage/vocabulary.h"
#include "storage/records.h"

namespace billet::storage {

// Errors of every method: "db.busy" (locked: retry), "db.full" (no room: full disk or a file-size
// limit), "db.error" (anything else). Not thread-safe.
class TicketStore {
 public:
  virtual ~TicketStore() = default;

  // --- ingestion
  virtual Result<std::optional<int64_t>> message_by_dedupe_key(const std::string& mailbox, const std::string& key) = 0;
  // The sender address of a stored message ("" when unknown): tells a re-delivery from another
  // message that reuses a Message-ID.
  virtual Result<std::string> message_sender(int64_t message_id) = 0;
  virtual Result<bool> ticket_exists(int64_t ticket_id) = 0;
  // The ticket one of `message_ids` belongs to (a stored client message or a sent email).
  virtual Result<std::optional<int64_t>> ticket_for_message_ids(const std::vector<std::string>& message_ids) = 0;
  virtual Result<int64_t> insert_ticket(const NewTicket& ticket, TimePoint now) = 0;
  virtual Result<int64_t> insert_message(const NewMessage& message, TimePoint now) = 0;
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
};

}  // namespace billet::storage
