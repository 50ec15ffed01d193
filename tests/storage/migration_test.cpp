// Schema migrations on a real SQLite file: two openers of a new database at once (billetd starting
// while billetctl or a test reads) both succeed and each step runs once; a database from a newer
// billetd is refused with a clear error.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "storage/store.h"

namespace billet::storage {
namespace {

std::filesystem::path scratch(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("migration-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return dir / name;
}

TEST(Migrations, TwoOpenersOfANewDatabaseAtOnceBothSucceed) {
  for (int round = 0; round < 20; ++round) {
    const auto path = scratch("race-" + std::to_string(round) + ".db").string();
    std::string first_error, second_error;
    auto open = [&](std::string& error) {
      auto store = open_sqlite_store(path);
      if (!store) error = store.error().message;
    };
    std::thread a([&] { open(first_error); });
    std::thread b([&] { open(second_error); });
    a.join();
    b.join();
    EXPECT_EQ(first_error, "") << "round " << round;
    EXPECT_EQ(second_error, "") << "round " << round;
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'tickets'").getInt(), 1);
  }
  std::filesystem::remove_all(scratch("").parent_path());
}

TEST(Migrations, ADatabaseFromANewerBilletdIsRefused) {
  const auto path = scratch("newer.db").string();
  ASSERT_TRUE(open_sqlite_store(path).ok());
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = 999");
  }
  auto again = open_sqlite_store(path);
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.error().message.find("newer than this billetd"), std::string::npos) << again.error().message;
  std::filesystem::remove_all(scratch("").parent_path());
}

TEST(Migrations, AVersionFiveDatabaseKeepsItsMailboxPositionsAndGetsNoOpenGroup) {
  const auto path = scratch("v5.db").string();
  {
    auto store = open_sqlite_store(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->set_mailbox_state("support", {77, 1234}).ok());
  }
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("ALTER TABLE mailbox_state DROP COLUMN group_open; DROP TABLE web_users; PRAGMA user_version = 5");
  }
  auto store = open_sqlite_store(path);
  ASSERT_TRUE(store.ok()) << store.error().message;
  auto state = (*store)->mailbox_state("support");
  ASSERT_TRUE(state.ok());
  EXPECT_EQ(state->uidvalidity, 77u);
  EXPECT_EQ(state->last_uid, 1234u);
  EXPECT_FALSE(state->group_open);
  ASSERT_TRUE((*store)->set_group_open("support", true).ok());
  EXPECT_TRUE((*store)->mailbox_state("support")->group_open);
  ASSERT_TRUE((*store)->set_mailbox_state("support", {77, 1300}).ok());
  EXPECT_TRUE((*store)->mailbox_state("support")->group_open) << "moving the position leaves the mark";
  std::filesystem::remove_all(scratch("").parent_path());
}

// begin() inside an open transaction is a savepoint: rolled back alone, or kept by the outer commit.
TEST(Transactions, AnInnerTransactionRollsBackAloneAndCommitsWithTheOuterOne) {
  const auto path = scratch("nested.db").string();
  auto store = std::move(*open_sqlite_store(path));
  {
    auto outer = std::move(*store->begin());
    ASSERT_TRUE(store->set_mailbox_state("kept", {1, 10}).ok());
    {
      auto inner = std::move(*store->begin());
      ASSERT_TRUE(store->set_mailbox_state("undone", {1, 20}).ok());
    }  // destroyed without commit
    {
      auto inner = std::move(*store->begin());
      ASSERT_TRUE(store->set_mailbox_state("released", {1, 30}).ok());
      ASSERT_TRUE(inner->commit().ok());
    }
    EXPECT_TRUE(outer->alive());
    ASSERT_TRUE(outer->commit().ok());
    EXPECT_FALSE(outer->alive());
  }
  EXPECT_EQ(store->mailbox_state("kept")->last_uid, 10u);
  EXPECT_EQ(store->mailbox_state("undone")->last_uid, 0u);
  EXPECT_EQ(store->mailbox_state("released")->last_uid, 30u);
  {
    auto outer = std::move(*store->begin());
    auto inner = std::move(*store->begin());
    ASSERT_TRUE(store->set_mailbox_state("dropped", {1, 40}).ok());
    ASSERT_TRUE(inner->commit().ok());
  }  // the outer one rolls back what the inner one released
  EXPECT_EQ(store->mailbox_state("dropped")->last_uid, 0u);
  auto next = store->begin();
  ASSERT_TRUE(next.ok()) << "no transaction left open";
  ASSERT_TRUE((*next)->commit().ok());
  std::filesystem::remove_all(scratch("").parent_path());
}

}  // namespace
}  // namespace billet::storage
