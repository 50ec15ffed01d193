// `list --search`: words of the subject and of every message's text, found through the full-text
// index (schema v5) by word prefix, whatever the case and accents; a database from before v5 is
// indexed by the migration. A real SQLite file.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include "support/test_files.h"

#include <filesystem>

#include "storage/store.h"

namespace billet::storage {
namespace {

class TicketSearch : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = std::move(*open_sqlite_store(path()));
  }
  std::string path() const { return (dir_ / "t.db").string(); }

  int64_t ticket_with_message(const std::string& subject, const std::string& text) {
    const TimePoint now{std::chrono::seconds{1795000000}};
    NewTicket t;
    t.kind = billet::Kind::kTicket;
    t.mailbox = "support";
    t.client_address = "client@ville.qc.ca";
    t.subject = subject;
    t.level = 2;
    t.classification_json = "{}";
    t.plan = "base";
    t.received_at = now;
    t.due_at = now;
    const int64_t id = *store_->insert_ticket(t, now);
    NewMessage m;
    m.mailbox = "support";
    m.uid = static_cast<uint32_t>(id);
    m.dedupe_key = "k" + std::to_string(id);
    m.subject = subject;
    m.text = text;
    m.disposition = Disposition::kTicket;
    m.ticket_id = id;
    EXPECT_TRUE(store_->insert_message(m, now).ok());
    return id;
  }
  std::vector<int64_t> search(const std::string& words) {
    TicketFilter f;
    f.text = words;
    std::vector<int64_t> ids;
    for (const auto& t : *store_->list_tickets(f)) ids.push_back(t.id);
    return ids;
  }

  billet::testing::ScratchDir dir_{"ticket-search-test"};
  std::unique_ptr<Store> store_;
};

TEST_F(TicketSearch, WordsAreFoundByPrefixWhateverTheirCaseAndAccents) {
  const int64_t a = ticket_with_message("Exportation", "L'exportation des contacts ne fonctionne plus depuis lundi.");
  const int64_t b = ticket_with_message("Question", "Comment créer un gabarit d'avis?");
  EXPECT_EQ(search("export"), std::vector<int64_t>{a});
  EXPECT_EQ(search("FONCTIONNÉ"), std::vector<int64_t>{a});
  EXPECT_EQ(search("creer gabarit"), std::vector<int64_t>{b}) << "every word is required";
  EXPECT_TRUE(search("gabarit exportation").empty());
  EXPECT_TRUE(search("zzz").empty());
  EXPECT_EQ(search("\"*)(").size(), 0u) << "FTS syntax in the words is not a query error";
}

TEST_F(TicketSearch, ADatabaseFromBeforeTheIndexIsIndexedByTheMigration) {
  const int64_t a = ticket_with_message("Panne", "Le serveur de diffusion est arrêté.");
  store_.reset();
  {
    SQLite::Database db(path(), SQLite::OPEN_READWRITE);
    db.exec("DROP TRIGGER messages_fts_insert; DROP TRIGGER messages_fts_delete; DROP TRIGGER messages_fts_update;"
            "DROP TABLE messages_fts; ALTER TABLE mailbox_state DROP COLUMN group_open; DROP TABLE web_users; "
            "PRAGMA user_version = 4;");
  }
  store_ = std::move(*open_sqlite_store(path()));
  EXPECT_EQ(search("diffusion"), std::vector<int64_t>{a});
}

}  // namespace
}  // namespace billet::storage
