// The SQLite store: what agents, billetctl and /metrics read.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "common/ascii.h"
#include "storage/sqlite/parts.h"

namespace billet::storage::sqlite {

namespace {

// The words of a search as an FTS5 query: each word a quoted prefix ("expor" finds "export",
// "exportation"), all required. Empty when the text has no letter or digit.
std::string fts_query(const std::string& text) {
  std::string query, word;
  auto flush = [&] {
    if (word.empty()) return;
    query += (query.empty() ? "\"" : " AND \"") + word + "\"*";
    word.clear();
  };
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) word += c;  // UTF-8 bytes stay in the word; the tokenizer folds
    else flush();
  }
  flush();
  return query;
}

}  // namespace

Result<std::vector<TicketRow>> SqliteQueries::list_tickets(const TicketFilter& f) {
  return guarded<std::vector<TicketRow>>("list_tickets", [&]() -> Result<std::vector<TicketRow>> {
    std::string sql = std::string(kTicketColumns) + " WHERE 1 = 1";
    if (f.kind) sql += " AND t.kind = :kind";
    if (!f.status.empty()) sql += " AND t.status = :status";
    if (f.level) sql += " AND t.level = :level";
    if (!f.mailbox.empty()) sql += " AND t.mailbox = :mailbox";
    if (!f.client.empty()) sql += " AND instr(lower(t.client_address), lower(:client)) > 0";
    if (f.breached_only) sql += " AND t.breached = 1";
    const std::string words = fts_query(f.text);
    if (!words.empty())
      sql += " AND (instr(lower(t.subject), lower(:text)) > 0 OR t.id IN (SELECT m2.ticket_id FROM messages m2 "
             "WHERE m2.id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH :words)))";
    else if (!f.text.empty())
      sql += " AND instr(lower(t.subject), lower(:text)) > 0";
    sql += f.oldest_first ? " ORDER BY t.received_at, t.id" : " ORDER BY t.due_at, t.id";
    sql += " LIMIT :limit OFFSET :offset";
    SQLite::Statement q(db_, sql);
    if (f.kind) q.bind(":kind", std::string(to_string(*f.kind)));
    if (!f.status.empty()) q.bind(":status", f.status);
    if (f.level) q.bind(":level", *f.level);
    if (!f.mailbox.empty()) q.bind(":mailbox", f.mailbox);
    if (!f.client.empty()) q.bind(":client", f.client);
    if (!f.text.empty()) q.bind(":text", f.text);
    if (!words.empty()) q.bind(":words", words);
    q.bind(":limit", static_cast<int64_t>(f.limit));
    q.bind(":offset", static_cast<int64_t>(f.offset));
    std::vector<TicketRow> out;
    while (q.executeStep()) out.push_back(ticket_from(q));
    return out;
  });
}

Result<std::optional<TicketRow>> SqliteQueries::ticket(int64_t id) {
  return guarded<std::optional<TicketRow>>("ticket", [&]() -> Result<std::optional<TicketRow>> {
    SQLite::Statement q(db_, std::string(kTicketColumns) + " WHERE t.id = ?");
    q.bind(1, id);
    if (q.executeStep()) return std::optional<TicketRow>(ticket_from(q));
    return std::optional<TicketRow>();
  });
}

Result<std::vector<MessageRow>> SqliteQueries::messages_of_ticket(int64_t id) {
  return guarded<std::vector<MessageRow>>("messages_of_ticket", [&]() -> Result<std::vector<MessageRow>> {
    SQLite::Statement q(db_, std::string(kMessageColumns) + " WHERE ticket_id = ? ORDER BY received_at, id");
    q.bind(1, id);
    return read_messages(q);
  });
}

Result<std::vector<MessageRow>> SqliteQueries::messages_by_disposition(Disposition disposition, size_t limit) {
  return guarded<std::vector<MessageRow>>("messages_by_disposition", [&]() -> Result<std::vector<MessageRow>> {
    SQLite::Statement q(db_, std::string(kMessageColumns) + " WHERE disposition = ? ORDER BY id DESC LIMIT ?");
    bind_text(q, 1, std::string(to_string(disposition)));
    q.bind(2, static_cast<int64_t>(limit));
    return read_messages(q);
  });
}

Result<std::vector<EventRow>> SqliteQueries::events_of_ticket(int64_t id) {
  return guarded<std::vector<EventRow>>("events_of_ticket", [&]() -> Result<std::vector<EventRow>> {
    SQLite::Statement q(db_, "SELECT at, actor, kind, detail FROM events WHERE ticket_id = ? ORDER BY at, id");
    q.bind(1, id);
    std::vector<EventRow> out;
    while (q.executeStep())
      out.push_back({time_of(q.getColumn(0).getInt64()), q.getColumn(1).getString(), q.getColumn(2).getString(),
                     q.getColumn(3).getString()});
    return out;
  });
}

Result<std::vector<std::pair<int64_t, std::string>>> SqliteQueries::level_corrections() {
  using Rows = std::vector<std::pair<int64_t, std::string>>;
  return guarded<Rows>("level_corrections", [&]() -> Result<Rows> {
    SQLite::Statement q(db_,
                        "SELECT e.ticket_id, e.detail FROM events e WHERE e.kind = 'level' AND e.id = "
                        "(SELECT max(id) FROM events WHERE ticket_id = e.ticket_id AND kind = 'level') ORDER BY e.id");
    Rows out;
    while (q.executeStep()) out.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getString());
    return out;
  });
}

Result<std::string> SqliteQueries::message_raw(int64_t message_id) {
  return guarded<std::string>("message_raw", [&]() -> Result<std::string> {
    SQLite::Statement q(db_, "SELECT raw FROM messages WHERE id = ?");
    q.bind(1, message_id);
    if (!q.executeStep()) return std::string();
    const SQLite::Column raw = q.getColumn(0);
    return std::string(static_cast<const char*>(raw.getBlob()), static_cast<size_t>(raw.getBytes()));
  });
}

Result<std::optional<AttachmentContent>> SqliteQueries::attachment_content(int64_t message_id, size_t index) {
  using Out = std::optional<AttachmentContent>;
  return guarded<Out>("attachment_content", [&]() -> Result<Out> {
    SQLite::Statement q(db_,
                        "SELECT m.ticket_id, a.filename, a.media_type, a.content FROM attachments a JOIN messages m "
                        "ON m.id = a.message_row WHERE a.message_row = ? ORDER BY a.id LIMIT 1 OFFSET ?");
    q.bind(1, message_id);
    q.bind(2, static_cast<int64_t>(index));
    if (!q.executeStep()) return Out{};
    AttachmentContent a;
    if (!q.getColumn(0).isNull()) a.ticket_id = q.getColumn(0).getInt64();
    a.filename = q.getColumn(1).getString();
    a.media_type = q.getColumn(2).getString();
    const SQLite::Column content = q.getColumn(3);
    a.content.assign(static_cast<const char*>(content.getBlob()), static_cast<size_t>(content.getBytes()));
    return Out{std::move(a)};
  });
}

namespace {

std::optional<int64_t> median_of(SQLite::Statement& q) {
  std::vector<int64_t> values;
  while (q.executeStep()) values.push_back(q.getColumn(0).getInt64());
  if (values.empty()) return std::nullopt;
  std::nth_element(values.begin(), values.begin() + static_cast<long>(values.size() / 2), values.end());
  return values[values.size() / 2];
}

}  // namespace

Result<DashboardStats> SqliteQueries::dashboard(TimePoint since, TimePoint now) {
  return guarded<DashboardStats>("dashboard", [&]() -> Result<DashboardStats> {
    DashboardStats d;
    SQLite::Statement open(db_, "SELECT level, COUNT(*) FROM tickets WHERE status = 'open' GROUP BY level");
    while (open.executeStep()) {
      const int level = open.getColumn(0).getInt();
      if (level >= 1 && level <= 4) d.open_by_level[level] = open.getColumn(1).getInt();
    }
    SQLite::Statement days(db_,
                           "SELECT due_at / 86400, level, SUM(breached), SUM(status = 'resolved' AND breached = 0) "
                           "FROM tickets WHERE due_at >= ? AND due_at <= ? GROUP BY due_at / 86400, level ORDER BY 1");
    days.bind(1, seconds_of(since));
    days.bind(2, seconds_of(now));
    while (days.executeStep()) {
      const int64_t day = days.getColumn(0).getInt64();
      const int level = days.getColumn(1).getInt();
      if (d.days.empty() || d.days.back().day != day) d.days.push_back(DashboardStats::Day{day, {}, {}});
      if (level < 1 || level > 4) continue;
      d.days.back().missed[level] += days.getColumn(2).getInt();
      d.days.back().met[level] += days.getColumn(3).getInt();
    }
    SQLite::Statement ack(db_,
                          "SELECT o.sent_at - t.received_at FROM outbox o JOIN tickets t ON t.id = o.ticket_id "
                          "WHERE o.kind = 'ack' AND o.status = 'sent' AND t.received_at >= ?");
    ack.bind(1, seconds_of(since));
    d.median_ack_seconds = median_of(ack);
    SQLite::Statement resolved(db_,
                               "SELECT MIN(e.at) - t.received_at FROM events e JOIN tickets t ON t.id = e.ticket_id "
                               "WHERE e.kind = 'resolved' AND t.received_at >= ? GROUP BY t.id");
    resolved.bind(1, seconds_of(since));
    d.median_resolution_seconds = median_of(resolved);
    return d;
  });
}

Result<StoreStats> SqliteQueries::stats() {
  return guarded<StoreStats>("stats", [&]() -> Result<StoreStats> {
    StoreStats st;
    auto counts = [&](const char* sql, std::vector<StoreStats::Count>& out) {
      SQLite::Statement q(db_, sql);
      while (q.executeStep()) out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getInt64()});
    };
    counts("SELECT mailbox, disposition, count(*) FROM messages GROUP BY 1, 2", st.messages);
    counts("SELECT kind, CAST(level AS TEXT), count(*) FROM tickets WHERE status = 'open' GROUP BY 1, 2", st.open_tickets);
    counts("SELECT status, '', count(*) FROM outbox GROUP BY 1", st.outbox);
    st.breached_open = db_.execAndGet("SELECT count(*) FROM tickets WHERE status = 'open' AND breached = 1").getInt64();
    SQLite::Statement q(db_,
                        "SELECT o.sent_at - t.received_at FROM outbox o JOIN tickets t ON t.id = o.ticket_id "
                        "WHERE o.kind = 'ack' AND o.status = 'sent'");
    while (q.executeStep()) st.ack_latency_seconds.push_back(q.getColumn(0).getInt64());
    return st;
  });
}

Result<int64_t> SqliteQueries::count_messages() {
  return guarded<int64_t>("count_messages", [&]() -> Result<int64_t> {
    return db_.execAndGet("SELECT count(*) FROM messages").getInt64();
  });
}

}  // namespace billet::storage::sqlite
