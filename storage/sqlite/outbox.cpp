// The SQLite store: the outbox: automatic emails and their delivery state.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "common/ascii.h"
#include "storage/sqlite/parts.h"

namespace billet::storage::sqlite {

Result<int64_t> SqliteOutbox::enqueue_email(const OutboxEmail& e, TimePoint now) {
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
    bind_text(q, 8, std::string(to_string(e.status)));
    q.bind(9, seconds_of(e.next_attempt_at));
    bind_text(q, 10, e.last_error);
    q.bind(11, seconds_of(now));
    q.exec();
    return db_.getLastInsertRowid();
  });
}

Result<std::vector<OutboxEmail>> SqliteOutbox::due_emails(TimePoint now, size_t limit) {
  return guarded<std::vector<OutboxEmail>>("due_emails", [&]() -> Result<std::vector<OutboxEmail>> {
    SQLite::Statement q(db_, std::string(kOutboxColumns) +
                                 " WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?");
    q.bind(1, seconds_of(now));
    q.bind(2, static_cast<int64_t>(limit));
    return read_emails(q);
  });
}

Status SqliteOutbox::mark_email_sent(int64_t id, int attempts, TimePoint now) {
  return exec_status("mark_email_sent", "UPDATE outbox SET status = 'sent', attempts = ?, sent_at = ?, last_error = '' WHERE id = ?",
                     [&](SQLite::Statement& q) {
                       q.bind(1, attempts);
                       q.bind(2, seconds_of(now));
                       q.bind(3, id);
                     });
}

Status SqliteOutbox::mark_email_retry(int64_t id, int attempts, TimePoint next_attempt, const std::string& error) {
  return exec_status("mark_email_retry", "UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                     [&](SQLite::Statement& q) {
                       q.bind(1, attempts);
                       q.bind(2, seconds_of(next_attempt));
                       bind_text(q, 3, error);
                       q.bind(4, id);
                     });
}

Status SqliteOutbox::mark_email_failed(int64_t id, int attempts, const std::string& error) {
  return exec_status("mark_email_failed", "UPDATE outbox SET status = 'failed', attempts = ?, last_error = ? WHERE id = ?",
                     [&](SQLite::Statement& q) {
                       q.bind(1, attempts);
                       bind_text(q, 2, error);
                       q.bind(3, id);
                     });
}

Result<std::vector<OutboxEmail>> SqliteOutbox::emails_of_ticket(int64_t ticket_id) {
  return guarded<std::vector<OutboxEmail>>("emails_of_ticket", [&]() -> Result<std::vector<OutboxEmail>> {
    SQLite::Statement q(db_, std::string(kOutboxColumns) + " WHERE ticket_id = ? ORDER BY id");
    q.bind(1, ticket_id);
    return read_emails(q);
  });
}

Result<std::vector<OutboxEmail>> SqliteOutbox::emails_by_status(std::optional<OutboxStatus> wanted, size_t limit) {
  const std::string status = wanted ? std::string(to_string(*wanted)) : "";
  return guarded<std::vector<OutboxEmail>>("emails_by_status", [&]() -> Result<std::vector<OutboxEmail>> {
    SQLite::Statement q(db_, std::string(kOutboxColumns) + " WHERE (? = '' OR status = ?) ORDER BY id DESC LIMIT ?");
    bind_text(q, 1, status);
    bind_text(q, 2, status);
    q.bind(3, static_cast<int64_t>(limit));
    return read_emails(q);
  });
}

Result<bool> SqliteOutbox::retry_email(int64_t id, TimePoint now) {
  return guarded<bool>("retry_email", [&]() -> Result<bool> {
    SQLite::Statement q(db_,
                        "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ?, last_error = '' "
                        "WHERE id = ? AND status IN ('failed', 'suppressed', 'pending')");
    q.bind(1, seconds_of(now));
    q.bind(2, id);
    return q.exec() == 1;
  });
}

Result<bool> SqliteOutbox::cancel_email(int64_t id, const std::string& reason) {
  return guarded<bool>("cancel_email", [&]() -> Result<bool> {
    SQLite::Statement q(db_, "UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ? AND status = 'pending'");
    bind_text(q, 1, reason);
    q.bind(2, id);
    return q.exec() == 1;
  });
}

Result<std::optional<OutboxEmail>> SqliteOutbox::mark_email_returned(const std::string& message_id, const std::string& reason) {
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

Result<int> SqliteOutbox::emails_to_since(const std::string& recipient, TimePoint since) {
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

Result<int64_t> SqliteOutbox::count_emails(OutboxStatus status) {
  return guarded<int64_t>("count_emails", [&]() -> Result<int64_t> {
    SQLite::Statement q(db_, "SELECT count(*) FROM outbox WHERE status = ?");
    bind_text(q, 1, std::string(to_string(status)));
    q.executeStep();
    return q.getColumn(0).getInt64();
  });
}

}  // namespace billet::storage::sqlite
