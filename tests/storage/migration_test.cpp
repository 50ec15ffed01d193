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

}  // namespace
}  // namespace billet::storage
