#pragma once
// What agents, billetctl and /metrics read: lists with filters, a ticket's thread and history,
// counts and aggregates.
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

struct TicketFilter {
  std::optional<Kind> kind;  // any when unset
  std::string status;  // "" for any
  std::optional<int> level;
  std::string mailbox;
  std::string client;  // substring of the client address
  std::string text;    // substring of the subject or a message's text
  bool breached_only = false;
  bool oldest_first = false;  // by reception instead of by due time
  size_t limit = 500;
  size_t offset = 0;  // rows skipped first (a page of the console), in the same order
};

// Errors of every method: "db.busy" (locked: retry), "db.full" (no room: full disk or a file-size
// limit), "db.error" (anything else). Not thread-safe.
class TicketQueries {
 public:
  virtual ~TicketQueries() = default;

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
  // Open work by level, deadlines met and missed per day since `since`, and the median times to
  // acknowledgement and to resolution of the tickets received since then.
  virtual Result<DashboardStats> dashboard(TimePoint since, TimePoint now) = 0;
  // Attachment number `index` (0-based, in MessageRow::attachments order) of message `message_id`.
  virtual Result<std::optional<AttachmentContent>> attachment_content(int64_t message_id, size_t index) = 0;
  virtual Result<int64_t> count_messages() = 0;
  virtual Result<StoreStats> stats() = 0;
};

}  // namespace billet::storage
