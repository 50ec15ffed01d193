// The IMAP reader against a scripted server on loopback (a hostile or broken one, which a real
// Dovecot never is): literals are read whole wherever the reads are cut, every answer is read
// against a byte budget, and a server that stalls, says BYE or closes ends the command with an
// error instead of a hang.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <thread>

#include "daemon/net/imap_connection.h"
#include "support/mail_sandbox.h"

namespace billet::daemon {
namespace {

using namespace std::chrono_literals;

// One connection at a time, plaintext. libcurl's CAPABILITY and LOGIN are answered here; every
// other command line goes to `answer`, which writes what the test wants (with `send`).
class ScriptedImapServer {
 public:
  using Send = std::function<void(const std::string&)>;
  using Answer = std::function<void(const std::string& tag, const std::string& command, const Send& send)>;

  explicit ScriptedImapServer(Answer answer) : answer_(std::move(answer)), port_(billet::testing::free_loopback_port()) {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port_));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(listener_, 4) != 0)
      throw std::runtime_error("scripted IMAP server: cannot listen");
    thread_ = std::thread([this] { serve(); });
  }
  ~ScriptedImapServer() {
    stopping_ = true;
    ::shutdown(listener_, SHUT_RDWR);
    ::close(listener_);
    if (client_ >= 0) ::shutdown(client_, SHUT_RDWR);
    thread_.join();
  }

  ImapSettings settings() const {
    ImapSettings s;
    s.url = "imap://127.0.0.1:" + std::to_string(port_) + "/INBOX";
    s.user = "support";
    s.password = "not-a-secret";
    s.allow_plaintext = true;
    s.connect_timeout_seconds = 5;
    s.idle_timeout_seconds = 2;
    return s;
  }

 private:
  void serve() {
    while (!stopping_) {
      const int c = ::accept(listener_, nullptr, nullptr);
      if (c < 0) return;
      client_ = c;
      const Send send = [c](const std::string& bytes) { (void)!::write(c, bytes.data(), bytes.size()); };
      send("* OK scripted IMAP ready\r\n");
      std::string pending;
      char chunk[4096];
      for (ssize_t n; (n = ::read(c, chunk, sizeof chunk)) > 0;) {
        pending.append(chunk, static_cast<size_t>(n));
        for (size_t eol; (eol = pending.find("\r\n")) != std::string::npos;) {
          const std::string line = pending.substr(0, eol);
          pending.erase(0, eol + 2);
          const std::string tag = line.substr(0, line.find(' '));
          const std::string command = line.substr(tag.size() + 1);
          if (command.rfind("CAPABILITY", 0) == 0) send("* CAPABILITY IMAP4rev1\r\n" + tag + " OK done\r\n");
          else if (command.rfind("LOGIN", 0) == 0) send(tag + " OK logged in\r\n");
          else if (command.rfind("LOGOUT", 0) == 0) send("* BYE bye\r\n" + tag + " OK done\r\n");
          else answer_(tag, command, send);
        }
      }
      client_ = -1;
      ::close(c);
    }
  }

  Answer answer_;
  int port_;
  int listener_ = -1;
  std::atomic<int> client_{-1};
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

TEST(ImapConnection, LiteralsAreReadWholeWhateverTheyHoldAndWhereverTheReadsAreCut) {
  // The literal holds what would end the answer if it were read as lines.
  const std::string body = "Subject: x\r\n\r\nb2 OK not the end\r\n* 9 FETCH (UID 9 BODY[] {3}\r\n)\r\n";
  ScriptedImapServer server([&](const std::string& tag, const std::string&, const ScriptedImapServer::Send& send) {
    const std::string answer = "* 1 FETCH (UID 7 BODY[] {" + std::to_string(body.size()) + "}\r\n" + body + ")\r\n" +
                               "* 2 FETCH (UID 8 BODY[] {0}\r\n)\r\n" + tag + " OK fetched\r\n";
    for (size_t i = 0; i < answer.size(); i += 5) {  // five bytes at a time
      send(answer.substr(i, 5));
      std::this_thread::sleep_for(100us);
    }
  });
  ImapConnection connection(server.settings());
  auto answer = connection.command("UID FETCH 7:8 (UID BODY.PEEK[])", 1 << 20);
  ASSERT_TRUE(answer.ok()) << answer.error().message;
  ASSERT_EQ(answer->untagged.size(), 2u);
  EXPECT_EQ(answer->untagged[0].text, "1 FETCH (UID 7 BODY[] {" + std::to_string(body.size()) + "})");
  ASSERT_EQ(answer->untagged[0].literals.size(), 1u);
  EXPECT_EQ(answer->untagged[0].literals[0], body);
  ASSERT_EQ(answer->untagged[1].literals.size(), 1u);
  EXPECT_EQ(answer->untagged[1].literals[0], "");
  EXPECT_EQ(answer->completion, "OK fetched");
  EXPECT_TRUE(connection.is_open());
}

TEST(ImapConnection, ALiteralAnnouncedOverTheBudgetFailsBeforeAByteOfItIsRead) {
  ScriptedImapServer server([](const std::string&, const std::string&, const ScriptedImapServer::Send& send) {
    send("* 1 FETCH (UID 7 BODY[] {4000000000}\r\n");  // and then nothing: it is never waited for
  });
  ImapConnection connection(server.settings());
  auto answer = connection.command("UID FETCH 7 (UID BODY.PEEK[])", 1 << 20);
  ASSERT_FALSE(answer.ok());
  EXPECT_EQ(answer.error().code, "imap.too_large");
  EXPECT_FALSE(connection.is_open()) << "a connection out of step is dropped";
}

TEST(ImapConnection, AnAnswerOverItsBudgetFailsWhateverItsShape) {
  ScriptedImapServer server([](const std::string& tag, const std::string&, const ScriptedImapServer::Send& send) {
    std::string many;
    for (int i = 0; i < 20000; ++i) many += "* SEARCH 1 2 3 4 5 6 7 8 9\r\n";  // 560 KB of short lines
    send(many + tag + " OK done\r\n");
  });
  ImapConnection connection(server.settings());
  auto answer = connection.command("UID SEARCH UID 1:500", 64 * 1024);
  ASSERT_FALSE(answer.ok());
  EXPECT_EQ(answer.error().code, "imap.too_large");
}

TEST(ImapConnection, AnEndlessLineIsCutAtItsBound) {
  ScriptedImapServer server([](const std::string&, const std::string&, const ScriptedImapServer::Send& send) {
    send("* SEARCH " + std::string(200 * 1024, '7'));  // no end of line
  });
  ImapConnection connection(server.settings());
  auto answer = connection.command("UID SEARCH UID 1:500", 1 << 20);
  ASSERT_FALSE(answer.ok());
  EXPECT_EQ(answer.error().code, "imap.too_large");
}

TEST(ImapConnection, AServerThatStallsMidLiteralIsDroppedAfterTheIdleTimeout) {
  ScriptedImapServer server([](const std::string&, const std::string&, const ScriptedImapServer::Send& send) {
    send("* 1 FETCH (UID 7 BODY[] {100}\r\nonly part of it");
  });
  ImapConnection connection(server.settings());
  auto answer = connection.command("UID FETCH 7 (UID BODY.PEEK[])", 1 << 20);
  ASSERT_FALSE(answer.ok());
  EXPECT_EQ(answer.error().code, "imap.network");
  EXPECT_NE(answer.error().message.find("no answer for 2 s"), std::string::npos) << answer.error().message;
  EXPECT_FALSE(connection.is_open());
}

TEST(ImapConnection, TheAbortFlagEndsAWaitWithinAboutASecond) {
  ScriptedImapServer server([](const std::string&, const std::string&, const ScriptedImapServer::Send&) {});
  std::atomic<bool> abort{false};
  ImapSettings settings = server.settings();
  settings.idle_timeout_seconds = 60;
  settings.abort = &abort;
  ImapConnection connection(settings);
  ASSERT_TRUE(connection.open().ok());
  std::thread stopper([&] {
    std::this_thread::sleep_for(300ms);
    abort = true;
  });
  const auto start = std::chrono::steady_clock::now();
  auto answer = connection.command("NOOP", 1 << 20);
  stopper.join();
  ASSERT_FALSE(answer.ok());
  EXPECT_NE(answer.error().message.find("stopping"), std::string::npos) << answer.error().message;
  EXPECT_LT(std::chrono::steady_clock::now() - start, 10s) << "not the 60 s idle timeout";
}

TEST(ImapConnection, ATaggedNoIsRefusedAndKeepsTheConnectionABadDropsIt) {
  ScriptedImapServer server([](const std::string& tag, const std::string& command, const ScriptedImapServer::Send& send) {
    send(tag + (command.rfind("MOVE", 0) == 0 ? " NO [TRYCREATE] no such folder\r\n" : " BAD what?\r\n"));
  });
  ImapConnection connection(server.settings());
  auto refused = connection.command("MOVE 1 \"Processed\"", 1 << 20);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, "imap.refused");
  EXPECT_TRUE(connection.is_open());
  auto bad = connection.command("FROB", 1 << 20);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "imap.protocol");
  EXPECT_FALSE(connection.is_open());
}

TEST(ImapConnection, AByeAndAClosedConnectionAreANetworkErrorThatSaysWhy) {
  ScriptedImapServer server([](const std::string&, const std::string&, const ScriptedImapServer::Send& send) {
    send("* BYE shutting down for maintenance\r\n");
  });
  ImapSettings settings = server.settings();
  ImapConnection connection(settings);
  auto answer = connection.command("NOOP", 1 << 20);
  // The scripted server keeps the socket open after its BYE: the idle timeout ends the wait.
  ASSERT_FALSE(answer.ok());
  EXPECT_EQ(answer.error().code, "imap.network");
  EXPECT_NE(answer.error().message.find("shutting down for maintenance"), std::string::npos) << answer.error().message;
}

TEST(ImapUrl, TheFolderIsWhatFollowsTheServerAndInboxByDefault) {
  EXPECT_EQ(split_imap_url("imaps://mail.example:993/Support/Urgent").server, "imaps://mail.example:993");
  EXPECT_EQ(split_imap_url("imaps://mail.example:993/Support/Urgent").folder, "Support/Urgent");
  EXPECT_EQ(split_imap_url("imaps://mail.example").folder, "INBOX");
  EXPECT_EQ(quoted_imap_string("a \"b\" \\c"), "\"a \\\"b\\\" \\\\c\"");
}

}  // namespace
}  // namespace billet::daemon
