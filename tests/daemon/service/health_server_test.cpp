// /healthz and /metrics on a real loopback port (curl) over a real SQLite file.
#include "daemon/service/health.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "storage/store.h"
#include "support/mail_sandbox.h"
#include "support/test_files.h"

namespace billet::daemon {
namespace {

using billet::testing::run_command;

// Open descriptors of this process on the database file (and its -wal/-shm).
size_t descriptors_on(const std::string& database) {
  size_t n = 0;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) {
    std::error_code ec;
    const auto target = std::filesystem::read_symlink(entry.path(), ec);
    if (!ec && target.string().rfind(database, 0) == 0) ++n;
  }
  return n;
}

TEST(HealthServer, MetricsKeepsOneDatabaseConnectionWhateverTheNumberOfScrapes) {
  testing::ScratchDir dir("health-server");
  const std::string database = (dir / "b.db").string();
  ASSERT_TRUE(storage::open_sqlite_store(database).ok());  // created, then closed
  HealthState state;
  const SystemClock clock;
  const int port = billet::testing::free_loopback_port();
  auto server = start_health_server("127.0.0.1:" + std::to_string(port), database, state, clock);
  ASSERT_TRUE(server.ok()) << server.error().message;
  const std::string url = "http://127.0.0.1:" + std::to_string(port) + "/metrics";
  std::string metrics;
  ASSERT_EQ(run_command("curl -s -f " + url, &metrics), 0);
  EXPECT_NE(metrics.find("billetd_outbox_emails"), std::string::npos) << metrics;
  const size_t after_first = descriptors_on(database);
  EXPECT_GE(after_first, 1u) << "the connection stays open for the next scrape";
  for (int i = 0; i < 20; ++i) ASSERT_EQ(run_command("curl -s -f -o /dev/null " + url), 0);
  EXPECT_EQ(descriptors_on(database), after_first) << "and no scrape opens another";
}

}  // namespace
}  // namespace billet::daemon
