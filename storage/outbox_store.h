#pragma once
// The outbox: automatic emails queued with the event that causes them, delivered later, with
// their delivery state and the rate limit's counts.
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
class OutboxStore {
 public:
  virtual ~OutboxStore() = default;

  // --- outbox
  virtual Result<int64_t> enqueue_email(const OutboxEmail& email, TimePoint now) = 0;
  // Pending emails whose next attempt is due, oldest first.
  virtual Result<std::vector<OutboxEmail>> due_emails(TimePoint now, size_t limit) = 0;
  virtual Status mark_email_sent(int64_t id, int attempts, TimePoint now) = 0;
  virtual Status mark_email_retry(int64_t id, int attempts, TimePoint next_attempt, const std::string& error) = 0;
  virtual Status mark_email_failed(int64_t id, int attempts, const std::string& error) = 0;
  virtual Result<std::vector<OutboxEmail>> emails_of_ticket(int64_t ticket_id) = 0;
  // For admins (billetctl outbox): emails in `status` (any when unset), newest first.
  virtual Result<std::vector<OutboxEmail>> emails_by_status(std::optional<OutboxStatus> status, size_t limit) = 0;
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
  virtual Result<int64_t> count_emails(OutboxStatus status) = 0;
};

}  // namespace billet::storage
