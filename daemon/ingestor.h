#pragma once
// Ingestion of one mailbox (policy.md sections 1 and 7): every message becomes exactly one stored
// record -- a new ticket or complaint, a reply on a ticket, a robot or bounce, or a quarantined
// raw message -- in one transaction, and only then is it moved or flagged on the server.
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <vector>
#include <string>

#include "common/clock.h"
#include "daemon/config.h"
#include "daemon/disposition.h"
#include "daemon/mail/templates.h"
#include "daemon/net/mail_source.h"
#include "parsers/parsed_message.h"
#include "storage/store.h"
#include "triage/classifier.h"
#include "triage/deadline.h"

namespace spdlog {
class logger;
}

namespace billet::daemon {

struct PassStats {
  int stored = 0;       // new records (tickets, complaints, replies, robots, bounces)
  int duplicates = 0;   // already stored under another UID (same Message-ID)
  int quarantined = 0;
  int failed = 0;       // left for the next pass (counted as attempts)
  int actions_done = 0; // moves/flags completed
};

class Ingestor {
 public:
  // All references must outlive the Ingestor.
  Ingestor(storage::Store& store, const triage::Classifier& classifier, const triage::BusinessCalendar& calendar,
           const Config& config, const Clock& clock, spdlog::logger& log)
      : store_(store), classifier_(classifier), calendar_(calendar), config_(config), clock_(clock), log_(log) {}

  // Acknowledgements are written to the outbox with each new ticket or complaint once this is
  // called (the templates must outlive the Ingestor).
  void enable_acknowledgements(const AckTemplates* templates) { ack_templates_ = templates; }

  // Called on the ingesting thread right after a transaction that queued an email commits (the
  // outbox worker is woken so that the acknowledgement leaves at once).
  void on_email_committed(std::function<void()> hook) { email_committed_ = std::move(hook); }

  // Called on the ingesting thread between messages (the service pings the systemd watchdog:
  // a long backlog is work, not a hang).
  void on_progress(std::function<void()> hook) { progress_ = std::move(hook); }

  // One pass: finishes moves left pending, then ingests every new UID in order. A network error
  // ends the pass (returned as the error, for backoff); a bad message never does. `stop` is
  // checked between messages.
  Result<PassStats> poll(const MailboxConfig& mailbox, MailSource& source, const std::atomic<bool>* stop = nullptr);

 private:
  struct PendingAction {
    uint32_t uid;
    std::string target;  // a folder, or "\\Seen"
  };
  // What one pass over a mailbox carries from UID to UID.
  struct Pass {
    const MailboxConfig& mailbox;
    MailSource& source;
    uint32_t uidvalidity;
    PassStats& stats;
    uint32_t watermark = 0;    // the mailbox's position: every UID up to it is done
    bool contiguous = true;    // no UID failed yet this pass (the watermark may still advance)
    bool careful = false;      // one message a commit (a group died last time)
    std::vector<PendingAction> actions;  // moves/flags of committed messages, not yet sent
  };
  Status poll_pass(const MailboxConfig& mailbox, MailSource& source, const std::atomic<bool>* stop, PassStats& stats);
  // Finishes the moves left pending and follows a UIDVALIDITY change; the mailbox's state.
  Result<storage::MailboxState> start_pass(Pass& pass);
  // One listed UID: group boundaries, the message, its errors (the pass ends on one), its move.
  Status ingest_uid(Pass& pass, uint32_t uid);
  enum class Outcome { kStored, kDuplicate, kQuarantined, kVanished, kFailed };
  Result<Outcome> ingest_one(const MailboxConfig& mailbox, MailSource& source, uint32_t uidvalidity, uint32_t uid,
                             uint32_t& watermark, bool advance);
  // A listed UID the fetch says is missing: skipped (kVanished) only when the server no longer
  // lists it; otherwise an error that ends the pass (retried, never skipped).
  Result<Outcome> vanished(const MailboxConfig& mailbox, MailSource& source, uint32_t uidvalidity, uint32_t uid,
                           const std::string& why, uint32_t& watermark, bool advance);
  // Parses a fetched message and records it (or its quarantine) in one transaction.
  Result<Outcome> parse_and_record(const MailboxConfig& mailbox, uint32_t uidvalidity, uint32_t uid,
                                   const FetchedMessage& fetched, TimePoint fallback_time, uint32_t& watermark,
                                   bool advance);
  Result<Outcome> quarantine(const MailboxConfig& mailbox, uint32_t uidvalidity, uint32_t uid, const std::string& raw,
                             TimePoint received, const std::string& reason, uint32_t& watermark, bool advance);
  // What a parsed message is (read from it and from what is stored; nothing written): its
  // disposition (dispose), and for a new ticket or complaint its classification and due time.
  struct Decision : Disposed {
    std::optional<triage::Classification> classification;  // set: a ticket or complaint to open
    std::optional<triage::Deadline> due;
  };
  Result<Decision> decide(const MailboxConfig& mailbox, const parsers::ParsedMessage& m, TimePoint received);
  // Writes a decided message in the caller's transaction: the ticket it opens (event and
  // acknowledgement with it; `d.ticket_id` is set), the message, its effects on its ticket, its UID.
  Status record(const MailboxConfig& mailbox, const parsers::ParsedMessage& m, storage::NewMessage row, Decision& d,
                uint64_t over_limit);
  Result<int64_t> open_ticket(const MailboxConfig& mailbox, const parsers::ParsedMessage& m, const Decision& d,
                              const storage::NewMessage& row, uint64_t over_limit);
  // The stored message this one duplicates (same Message-ID and sender, or same bytes), if any;
  // a Message-ID reused by another sender gets a key of its own in `row`.
  Result<std::optional<int64_t>> stored_duplicate(const MailboxConfig& mailbox, const parsers::ParsedMessage& m,
                                                  storage::NewMessage& row);
  Result<bool> is_participant(int64_t ticket_id, const std::string& from);
  // When `advance` (the UIDs before `uid` are all done): the mailbox's position moves to `uid`,
  // in the caller's transaction when there is one. An error must end the message's processing.
  Status advance_watermark(const MailboxConfig& mailbox, uint32_t uidvalidity, uint32_t uid, uint32_t& watermark,
                           bool advance);
  Status queue_acknowledgement(const MailboxConfig& mailbox, const parsers::ParsedMessage& message, int64_t ticket_id,
                               int level, TimePoint received, TimePoint due, const std::string& language,
                               uint64_t oversize_bytes);
  // Moves/flags are sent in batches of at most this many UIDs: fewer round trips, and a bounded
  // delay (and command length) before a stored message leaves the INBOX.
  static constexpr size_t kActionBatch = 500;
  void finish_actions(const MailboxConfig& mailbox, MailSource& source, uint32_t uidvalidity,
                      std::vector<PendingAction>& actions, PassStats& stats, size_t count = SIZE_MAX);

  // The message `uid` of the page in hand: fetched with the next UIDs of the page in one
  // fetch_many when it is not already waiting here (one or two round trips per batch, not per message).
  Result<FetchedMessage> take_fetched(MailSource& source, uint32_t uidvalidity, uint32_t uid);
  std::map<uint32_t, Result<FetchedMessage>> fetched_ahead_;  // emptied when a poll ends
  const std::vector<uint32_t>* page_ = nullptr;               // the UIDs of the page being ingested

  // Group commit: up to kGroupMessages messages (those fetched together) written in one
  // transaction, each in a savepoint of its own; the mailbox's group_open mark, committed before,
  // makes the pass after a crash take its messages one commit each (see poll).
  struct Group {
    std::unique_ptr<storage::Store::Transaction> tx;
    std::vector<PendingAction> actions;  // moves/flags of the group's messages, after its commit
    size_t messages = 0;
    bool email_queued = false;
  };
  static constexpr size_t kGroupMessages = kFetchBatchMessages;
  Status open_group(const MailboxConfig& mailbox);
  // Commits the open group (none: nothing to do) and hands its actions to `actions`.
  Status commit_group(const MailboxConfig& mailbox, std::vector<PendingAction>& actions);
  Group group_;

  std::function<void()> email_committed_;
  std::function<void()> progress_;
  bool email_queued_ = false;  // by the message being ingested
  storage::Store& store_;
  const triage::Classifier& classifier_;
  const triage::BusinessCalendar& calendar_;
  const Config& config_;
  const Clock& clock_;
  spdlog::logger& log_;
  const AckTemplates* ack_templates_ = nullptr;
  bool attempt_noted_ = false;  // ingest_one counted an attempt for the UID in hand
  size_t fetched_bytes_ = 0;    // the size of the UID in hand, once fetched
  uint32_t header_only_uid_ = 0;  // fetch only this UID's header (its whole bytes did not fit)
  // A message this large that the database refuses for lack of room is kept header-only; a
  // smaller one means the disk itself is full: the pass ends and is retried with backoff.
  static constexpr size_t kHeaderOnlyRetryBytes = 256 * 1024;
};

// "sha256:<hex>" of `bytes`.
std::string sha256_key(const std::string& bytes);

// The ticket number a subject's tag names ("[SOMUM #123] ..." with tag "SOMUM"), or 0.
int64_t ticket_number_in_subject(const std::string& subject, const std::string& tag);

}  // namespace billet::daemon
