// Agents act through billetd's local socket: who acts is what the kernel says of the connecting
// process (SO_PEERCRED) and its system groups, never a name the client sends. A real socket, a
// real SQLite file, and billetctl run as another system user (setpriv, when the tests run as root).
#include "daemon/service/agent_server.h"

#include <gtest/gtest.h>
#include <grp.h>
#include <pwd.h>
#include <spdlog/sinks/null_sink.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>

#include "support/mail_sandbox.h"
#include "support/test_files.h"

namespace billet::daemon {
namespace {

using billet::testing::run_command;

class AgentSocket : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::permissions(dir_.path(), std::filesystem::perms::all);  // other users reach the socket
    const passwd* nobody = ::getpwnam("nobody");
    const group* nobody_group = nobody ? ::getgrgid(nobody->pw_gid) : nullptr;
    nobody_group_ = nobody_group ? nobody_group->gr_name : "nogroup";
    config_path_ = (dir_ / "billetd.toml").string();
    std::ofstream(config_path_) << "[service]\ndatabase = \"" << (dir_ / "b.db").string() << "\"\n"
                                << "[acknowledgements]\ntemplates = \"" << BILLETD_SOURCE_DIR << "/etc/templates\"\n"
                                << "[agents]\nsocket = \"" << (dir_ / "agent.sock").string() << "\"\n"
                                << "agents_group = \"" << nobody_group_ << "\"\n"
                                << "customer_service_group = \"billetd-test-no-such-group\"\n"
                                << "leads_group = \"billetd-test-no-such-group\"\n"
                                << "[[mailbox]]\nname = \"support\"\nurl = \"imaps://127.0.0.1/INBOX\"\nuser = \"support\"\n"
                                << "address = \"support@somum.com\"\npassword_env = \"UNUSED\"\nkind = \"ticket\"\n";
    std::filesystem::permissions(config_path_, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                                                   std::filesystem::perms::others_read | std::filesystem::perms::group_read);
    config_ = *load_config(config_path_);
    store_ = std::move(*storage::open_sqlite_store(config_.database));
    for (const char* kind : {"ticket", "complaint"}) {
      storage::NewTicket t;
      t.kind = *billet::kind_from(kind);
      t.mailbox = "support";
      t.client_address = "client@ville.qc.ca";
      t.reply_address = "client@ville.qc.ca";
      t.subject = kind;
      t.level = 3;
      t.classification_json = "{}";
      t.plan = "base";
      t.received_at = clock_.now();
      t.due_at = clock_.now() + std::chrono::hours{3};
      ASSERT_TRUE(store_->insert_ticket(t, clock_.now()).ok());
    }
    calendar_.emplace(*make_calendar(config_));
    templates_.emplace(*load_update_templates(config_.acks.templates_dir));
    auto started = start_agent_server(AgentServerParts{config_, *calendar_, *templates_, clock_, log_, nullptr});
    ASSERT_TRUE(started.ok()) << started.error().message;
    server_ = std::move(*started);
  }

  std::vector<storage::EventRow> events(int64_t ticket) { return *store_->events_of_ticket(ticket); }
  std::string socket() const { return config_.agents.socket; }

  // billetctl as `user` (setpriv), or "" when that cannot be done here.
  int billetctl_as(const std::string& user, const std::string& args, std::string* out) {
    return run_command("setpriv --reuid=" + user + " --regid=" + nobody_group_ + " --clear-groups " + BILLETCTL_BINARY +
                           " --config " + config_path_ + " " + args,
                       out);
  }
  // Root, setpriv, and a build tree `nobody` may enter (a checkout under /root is not).
  bool can_switch_user() {
    if (::geteuid() != 0 || !std::filesystem::exists("/usr/bin/setpriv")) return false;
    return run_command("setpriv --reuid=nobody --regid=" + nobody_group_ + " --clear-groups test -x " + BILLETCTL_BINARY +
                       " -a -r " + config_path_) == 0;
  }

  testing::ScratchDir dir_{"agent-socket"};
  std::string nobody_group_;
  std::string config_path_;
  Config config_;
  SystemClock clock_;
  spdlog::logger log_{"t", std::make_shared<spdlog::sinks::null_sink_mt>()};
  std::unique_ptr<storage::Store> store_;
  std::optional<triage::BusinessCalendar> calendar_;
  std::optional<UpdateTemplates> templates_;
  std::unique_ptr<AgentServer> server_;
};

TEST_F(AgentSocket, TheServiceUserActsUnderItsOwnNameOrAnyNameItGives) {
  auto reply = ask_agent_server(socket(), {"note", 1, "On regarde.", true, 0}, "");
  ASSERT_TRUE(reply.ok()) << reply.error().message;
  ASSERT_TRUE(reply->done.ok()) << reply->done.error().message;
  const std::string me = ::getpwuid(::geteuid())->pw_name;
  EXPECT_EQ(reply->author, me);
  reply = ask_agent_server(socket(), {"note", 1, "Importé.", true, 0}, "julie");
  ASSERT_TRUE(reply.ok() && reply->done.ok());
  EXPECT_EQ(reply->author, "julie");
  EXPECT_EQ(events(1).back().actor, "julie");
}

TEST_F(AgentSocket, AnAgentIsWhoTheKernelSaysAndActsOnTicketsOnly) {
  if (!can_switch_user()) GTEST_SKIP() << "needs root and setpriv to connect as another user";
  std::string out;
  EXPECT_EQ(billetctl_as("nobody", "note 1 --internal 'Pris en charge.'", &out), 0) << out;
  EXPECT_NE(out.find("recorded (by nobody)"), std::string::npos) << out;
  EXPECT_EQ(events(1).back().actor, "nobody") << "the name comes from the system";
  EXPECT_EQ(billetctl_as("nobody", "note 1 --internal --as directeur 'Moi.'", &out), 4) << out;
  EXPECT_NE(out.find("only root or billetd may act under another name"), std::string::npos) << out;
  EXPECT_EQ(billetctl_as("nobody", "resolve 2", &out), 4) << out;
  EXPECT_NE(out.find("may not act on complaints"), std::string::npos) << out;
  EXPECT_EQ(events(2).size(), 0u) << "nothing happened to the complaint";
}

TEST_F(AgentSocket, AUserInNoGroupIsRefused) {
  auto identity = identify_agent(65534, AgentsConfig{"", "billetd-test-none", "billetd-test-none", "billetd-test-none"});
  ASSERT_FALSE(identity.ok());
  EXPECT_EQ(identity.error().code, "agent.not_allowed");
}

TEST_F(AgentSocket, ARequestOverTheSizeLimitOrNotJsonIsRefusedAndTheServerGoesOn) {
  auto raw = [&](const std::string& bytes) {
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un a{};
    a.sun_family = AF_UNIX;
    std::strncpy(a.sun_path, socket().c_str(), sizeof a.sun_path - 1);
    EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
    (void)::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    ::shutdown(fd, SHUT_WR);
    std::string answer;
    char buffer[512];
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0) answer.append(buffer, static_cast<size_t>(n));
    ::close(fd);
    return answer;
  };
  EXPECT_NE(raw(std::string(100000, 'x')).find("at most 64 KiB"), std::string::npos);
  EXPECT_NE(raw("not json\n").find("not a JSON object"), std::string::npos);
  EXPECT_NE(raw("{\"action\":\"note\",\"ticket\":99,\"text\":\"x\"}\n").find("no ticket #99"), std::string::npos);
  auto reply = ask_agent_server(socket(), {"level", 1, "Tout le monde est bloqué", false, 1}, "");
  ASSERT_TRUE(reply.ok() && reply->done.ok()) << "still serving";
  EXPECT_EQ((*store_->ticket(1))->level, 1);
}

}  // namespace
}  // namespace billet::daemon
