// One billetd per database: a second one (here the real binary with --once) refuses to start with
// a clear message, and the lock goes away with its holder.
#include "daemon/service/instance_lock.h"

#include <gtest/gtest.h>

#include "support/test_files.h"
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/mail_sandbox.h"

namespace billet::daemon {
namespace {

class InstanceLockTest : public ::testing::Test {
 protected:
  std::string database() const { return (dir_ / "b.db").string(); }
  billet::testing::ScratchDir dir_{"instance-lock-test"};
};

TEST_F(InstanceLockTest, ASecondHolderIsRefusedWithThePidOfTheFirst) {
  auto first = InstanceLock::acquire(database());
  ASSERT_TRUE(first.ok()) << first.error().message;
  auto second = InstanceLock::acquire(database());
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, "instance.running");
  EXPECT_NE(second.error().message.find("pid " + std::to_string(::getpid())), std::string::npos) << second.error().message;
}

TEST_F(InstanceLockTest, TheLockGoesAwayWithItsHolder) {
  { auto first = InstanceLock::acquire(database()); ASSERT_TRUE(first.ok()); }
  EXPECT_TRUE(InstanceLock::acquire(database()).ok());
}

TEST_F(InstanceLockTest, BilletdOnceRefusesToRunBesideAnotherInstance) {
  const auto config = dir_ / "billetd.toml";
  std::ofstream(config) << "[service]\ndatabase = \"" << database() << "\"\nrules = \"" BILLETD_SOURCE_DIR "/etc/rules.toml\"\n"
                        << "[acknowledgements]\nenabled = false\n"
                        << "[[mailbox]]\nname = \"support\"\nurl = \"imaps://127.0.0.1:1/INBOX\"\nuser = \"support\"\n"
                        << "password_env = \"UNUSED\"\nkind = \"ticket\"\n";
  auto held = InstanceLock::acquire(database());
  ASSERT_TRUE(held.ok());
  std::string out;
  const int rc = billet::testing::run_command("UNUSED=x " + std::string(BILLETD_BINARY) + " --config " + config.string() + " --once", &out);
  EXPECT_EQ(rc, 2) << out;
  EXPECT_NE(out.find("another billetd is already running on " + database()), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(database())) << "refused before opening the database";
}

}  // namespace
}  // namespace billet::daemon
