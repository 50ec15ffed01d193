#include "daemon/service/runtime.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/test_files.h"

namespace billet::daemon {
namespace {

namespace fs = std::filesystem;

// A configuration with its own copy of the shipped rules and templates, so a test can break them.
class RuntimeFiles {
 public:
  RuntimeFiles() : dir_("billetd-runtime") {
    fs::copy_file(BILLETD_SOURCE_DIR "/etc/rules.toml", dir_ / "rules.toml");
    fs::copy_file(BILLETD_SOURCE_DIR "/etc/word-weights.tsv", dir_ / "word-weights.tsv");
    fs::copy(BILLETD_SOURCE_DIR "/etc/templates", dir_ / "templates", fs::copy_options::recursive);
    std::ofstream(dir_ / "imap.pw") << "imap-secret\n";
    std::ofstream(dir_ / "billetd.toml") << "[service]\ndatabase = \"b.db\"\nrules = \"rules.toml\"\n"
                                         << "[acknowledgements]\ntemplates = \"templates\"\n"
                                         << "[[mailbox]]\nname = \"support\"\nurl = \"imaps://127.0.0.1/INBOX\"\n"
                                         << "user = \"support\"\npassword_file = \"imap.pw\"\nkind = \"ticket\"\n";
  }
  std::string config() const { return (dir_ / "billetd.toml").string(); }
  fs::path operator/(const std::string& name) const { return dir_ / name; }

 private:
  testing::ScratchDir dir_;
};

TEST(Runtime, LoadsTheConfigurationAndEverythingItNamesAsOneWhole) {
  RuntimeFiles files;
  auto runtime = load_runtime(files.config());
  ASSERT_TRUE(runtime.ok()) << runtime.error().message;
  const Runtime& r = **runtime;
  ASSERT_NE(r.classifier, nullptr);
  EXPECT_EQ(r.classifier->classify("Plus personne ne peut se connecter", "La plateforme est en panne pour tous.").level, 1);
  EXPECT_TRUE(r.ack_templates.has_value());
  EXPECT_TRUE(r.update_templates.has_value());
  ASSERT_EQ(r.mailbox_passwords.size(), 1u);
  EXPECT_EQ(r.mailbox_passwords[0], "imap-secret");
}

TEST(Runtime, EveryBrokenPartIsReportedAtOnceWithItsFile) {
  RuntimeFiles files;
  std::ofstream(files / "rules.toml", std::ios::app) << "\n[[rule]\n";
  fs::remove(files / "templates" / "escalation.txt");
  fs::remove(files / "imap.pw");
  auto runtime = load_runtime(files.config());
  ASSERT_FALSE(runtime.ok());
  const std::string& m = runtime.error().message;
  EXPECT_NE(m.find((files / "rules.toml").string()), std::string::npos) << m;
  EXPECT_NE(m.find("escalation.txt"), std::string::npos) << m;
  EXPECT_NE(m.find(files.config() + ":6: mailbox support"), std::string::npos) << m;
}

TEST(Runtime, ALoadedRuntimeKeepsWorkingWhenItsFilesAreBrokenAfterwards) {
  RuntimeFiles files;
  auto runtime = load_runtime(files.config());
  ASSERT_TRUE(runtime.ok()) << runtime.error().message;
  std::ofstream(files / "rules.toml", std::ios::trunc) << "this is [not toml";
  fs::remove_all(files / "templates");
  fs::remove(files / "imap.pw");
  ASSERT_FALSE(load_runtime(files.config()).ok());  // what a reload would now read
  const Runtime& r = **runtime;                     // what the running service holds
  EXPECT_EQ(r.classifier->classify("Plus personne ne peut se connecter", "").level, 1);
  const std::string ack = r.ack_templates->ticket_fr.render({{"ticket_id", "4711"}}, {});
  EXPECT_NE(ack.find("4711"), std::string::npos);
  EXPECT_EQ(r.mailbox_passwords[0], "imap-secret");
}

}  // namespace
}  // namespace billet::daemon
