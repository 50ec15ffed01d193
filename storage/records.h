#pragma once
// What the store keeps, as rows: tickets, messages, notes, events, automatic emails.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "common/kind.h"
#include "storage/vocabulary.h"

namespace billet::storage {

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
  Kind kind = Kind::kTicket;
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
  Kind kind = Kind::kTicket;
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

// What the console's dashboard draws (TicketQueries::dashboard).
struct DashboardStats {
  int open_by_level[5] = {0, 0, 0, 0, 0};  // [1..4]: open tickets and complaints of that level
  struct Day {
    int64_t day = 0;  // days since 1970-01-01 (UTC) of the due time
    int met[5] = {0, 0, 0, 0, 0};     // resolved before the due time, by level
    int missed[5] = {0, 0, 0, 0, 0};  // due time passed first (breached), by level
  };
  std::vector<Day> days;                             // ascending, days with a due time only
  std::optional<int64_t> median_ack_seconds;         // reception -> acknowledgement sent
  std::optional<int64_t> median_resolution_seconds;  // reception -> resolved
};

// One attachment's bytes, with the ticket its message belongs to (for authorization).
struct AttachmentContent {
  std::optional<int64_t> ticket_id;
  std::string filename;
  std::string media_type;
  std::string content;
};

struct EventRow {
  TimePoint at{};
  std::string actor;
  std::string kind;
  std::string detail;
};

// An automatic email, written in the same transaction as the event that causes it and delivered
// later by the sender loop; `status` says where it is (storage/vocabulary.h).
struct OutboxEmail {
  int64_t id = 0;
  std::optional<int64_t> ticket_id;
  std::string kind;  // "ack", ...
  std::string recipient;
  std::string envelope_from;
  std::string subject;     // for people (the raw message has the encoded one)
  std::string message_id;  // without <>
  std::string raw;         // the whole message, CRLF line ends
  OutboxStatus status = OutboxStatus::kPending;
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

}  // namespace billet::storage
