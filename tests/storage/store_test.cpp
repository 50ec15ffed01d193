// The store's own tests, on a real SQLite file: a database any older billetd left (schema v1-v5)
// opens with everything in it, and the agents' list filters select what they say.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "storage/sqlite/schema.h"
#include "storage/store.h"
#include "support/test_files.h"

namespace billet::storage {
namespace {

const TimePoint kT0{std::chrono::seconds{1795000000}};

// A database as billetd left it at schema version `version`, holding one ticket with its first
// message (an attachment), an event and a move still to do.
void write_old_database(const std::string& path, int version) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  const auto steps = sqlite_schema_steps();
  for (int v = 0; v < version; ++v) db.exec(std::string(steps[static_cast<size_t>(v)]));
  db.exec("PRAGMA user_version = " + std::to_string(version));
  db.exec("INSERT INTO mailbox_state VALUES ('support', 77, 12)");
  db.exec("INSERT INTO tickets (id, kind, status, mailbox, client_address, client_name, subject, level, classification, "
          "plan, received_at, due_at, breached, created_at, updated_at) VALUES (1, 'ticket', 'open', 'support', "
          "'client@ville.qc.ca', 'Client', 'Exportation vide', 2, '{}', 'base', 1795000000, 1795003600, 0, 1795000000, "
          "1795000000)");
  db.exec("INSERT INTO messages (id, mailbox, uidvalidity, uid, dedupe_key, message_id, raw, received_at, from_address, "
          "from_name, reply_to, subject, text, new_text, in_reply_to, refs, disposition, note, language, ticket_id, "
          "created_at) VALUES (1, 'support', 77, 12, 'mid:a@x', 'a@x', X'41', 1795000000, 'client@ville.qc.ca', 'Client', "
          "'', 'Exportation vide', 'L''exportation donne un fichier vide.', 'L''exportation donne un fichier vide.', '', '', "
          "'ticket', '', 'fr', 1, 1795000000)");
  db.exec("INSERT INTO attachments (message_row, filename, media_type, size, content) VALUES (1, 'export.csv', "
          "'text/csv', 3, X'616263')");
  db.exec("INSERT INTO mailbox_uids VALUES ('support', 77, 12, 1, 'Processed', 0)");
  db.exec("INSERT INTO events (ticket_id, at, actor, kind, detail) VALUES (1, 1795000000, 'billetd', 'opened', 'level 2')");
}

class OldDatabase : public ::testing::TestWithParam<int> {};

TEST_P(OldDatabase, OpensWithItsTicketsMessagesPositionsAndPendingMoves) {
  billet::testing::ScratchDir dir("store-test");
  const std::string path = (dir.path() / "old.db").string();
  write_old_database(path, GetParam());
  auto opened = open_sqlite_store(path);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  Store& store = **opened;
  {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), static_cast<int>(sqlite_schema_steps().size()));
  }
  const auto ticket = *store.ticket(1);
  ASSERT_TRUE(ticket.has_value());
  EXPECT_EQ(ticket->subject, "Exportation vide");
  EXPECT_EQ(ticket->status, TicketStatus::kOpen);
  EXPECT_EQ(ticket->level, 2);
  EXPECT_FALSE(ticket->next_followup_at.has_value()) << "columns added later take their defaults";
  EXPECT_EQ(ticket->reply_address, "");
  const auto thread = *store.messages_of_ticket(1);
  ASSERT_EQ(thread.size(), 1u);
  EXPECT_EQ(thread[0].disposition, Disposition::kTicket);
  ASSERT_EQ(thread[0].attachments.size(), 1u);
  EXPECT_EQ(thread[0].attachments[0].first, "export.csv");
  EXPECT_EQ(*store.message_raw(1), "A");
  EXPECT_EQ(store.mailbox_state("support")->last_uid, 12u);
  EXPECT_FALSE(store.mailbox_state("support")->group_open);
  const auto pending = *store.pending_actions("support");
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0].target, "Processed");
  EXPECT_EQ((*store.events_of_ticket(1)).size(), 1u);
  TicketFilter search;
  search.text = "fichier";
  EXPECT_EQ((*store.list_tickets(search)).size(), 1u) << "the text index covers what was stored before it existed";
  EXPECT_TRUE(store.uid_recorded("support", 77, 12).value());
}

INSTANTIATE_TEST_SUITE_P(Versions, OldDatabase, ::testing::Values(1, 2, 3, 4, 5));

class TicketFilters : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = std::move(*open_sqlite_store((dir_.path() / "t.db").string()));
    // id 1: ticket L1 support, due first; 2: complaint L3 sac; 3: ticket L2 support, resolved;
    // 4: ticket L2 support, breached; received in id order, due in another order.
    add("ticket", "support", "alice@ville.qc.ca", "Panne générale", 1, 10, 1);
    add("complaint", "sac", "bob@ville.qc.ca", "Attente au téléphone", 3, 20, 4);
    add("ticket", "support", "carole@municipalite.test", "Export", 2, 30, 3);
    add("ticket", "support", "alice@ville.qc.ca", "Gabarits", 2, 40, 2);
    EXPECT_TRUE(store_->set_ticket_status(3, TicketStatus::kResolved, kT0).ok());
    EXPECT_TRUE(store_->set_ticket_timers(4, std::nullopt, true, true).ok());
  }
  void add(const std::string& kind, const std::string& mailbox, const std::string& client, const std::string& subject,
           int level, int received_minutes, int due_hours) {
    NewTicket t;
    t.kind = *billet::kind_from(kind);
    t.mailbox = mailbox;
    t.client_address = client;
    t.subject = subject;
    t.level = level;
    t.classification_json = "{}";
    t.plan = "base";
    t.received_at = kT0 + std::chrono::minutes{received_minutes};
    t.due_at = kT0 + std::chrono::hours{due_hours};
    ASSERT_TRUE(store_->insert_ticket(t, kT0).ok());
  }
  std::vector<int64_t> ids(TicketFilter f) {
    std::vector<int64_t> out;
    for (const auto& t : *store_->list_tickets(f)) out.push_back(t.id);
    return out;
  }
  billet::testing::ScratchDir dir_{"store-filters"};
  std::unique_ptr<Store> store_;
};

TEST_F(TicketFilters, EveryTicketSoonestDueFirstWhenNothingIsAsked) {
  EXPECT_EQ(ids({}), (std::vector<int64_t>{1, 4, 3, 2}));
  TicketFilter oldest;
  oldest.oldest_first = true;
  EXPECT_EQ(ids(oldest), (std::vector<int64_t>{1, 2, 3, 4}));
}

TEST_F(TicketFilters, EachFilterSelectsWhatItNames) {
  TicketFilter f;
  f.kind = billet::Kind::kComplaint;
  EXPECT_EQ(ids(f), std::vector<int64_t>{2});
  f = {};
  f.status = "resolved";
  EXPECT_EQ(ids(f), std::vector<int64_t>{3});
  f = {};
  f.status = "open";
  EXPECT_EQ(ids(f), (std::vector<int64_t>{1, 4, 2}));
  f = {};
  f.level = 2;
  EXPECT_EQ(ids(f), (std::vector<int64_t>{4, 3}));
  f = {};
  f.mailbox = "sac";
  EXPECT_EQ(ids(f), std::vector<int64_t>{2});
  f = {};
  f.client = "alice@";
  EXPECT_EQ(ids(f), (std::vector<int64_t>{1, 4}));
  f = {};
  f.breached_only = true;
  EXPECT_EQ(ids(f), std::vector<int64_t>{4});
  f = {};
  f.kind = billet::Kind::kTicket;
  f.status = "open";
  f.level = 2;
  f.client = "alice";
  EXPECT_EQ(ids(f), std::vector<int64_t>{4}) << "filters combine";
}

TEST_F(TicketFilters, TheLimitCutsTheListAndAClientSubstringIsNoPattern) {
  TicketFilter f;
  f.limit = 2;
  EXPECT_EQ(ids(f), (std::vector<int64_t>{1, 4}));
  f = {};
  f.client = "%";
  EXPECT_TRUE(ids(f).empty()) << "a LIKE wildcard in the text is a character, not a pattern";
  f.client = "_lice";
  EXPECT_TRUE(ids(f).empty());
}

}  // namespace
}  // namespace billet::storage
