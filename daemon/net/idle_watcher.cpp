#include "daemon/net/idle_watcher.h"
#include "common/error_codes.h"

#include <chrono>
#include <string>

#include "daemon/net/imap_connection.h"

namespace billet::daemon {
namespace {

class IdleWatcher final : public ChangeWatcher {
 public:
  explicit IdleWatcher(const ImapSettings& s) : connection_(s) { folder_ = split_imap_url(s.url).folder; }
  ~IdleWatcher() override { stop(); }

  Status start() override {
    stop();
    if (auto r = connection_.command("SELECT " + quoted_imap_string(folder_), 1u << 20); !r) return fail(r.error());
    if (auto s = connection_.send_raw("I1 IDLE\r\n"); !s) return fail(s.error());
    while (true) {  // untagged answers may come before the continuation
      auto line = connection_.next_line();
      if (!line) return fail(line.error());
      if (line->rfind("+", 0) == 0) break;
      if (line->rfind("I1 ", 0) == 0) return fail(Error{errc::kImapRefused, "IDLE refused: " + line->substr(0, 200)});
    }
    idling_ = true;
    started_ = std::chrono::steady_clock::now();
    return ok_status();
  }

  int socket() const override { return idling_ ? connection_.socket() : -1; }

  Result<bool> on_readable() override {
    if (!idling_) return Error{"imap.network", "IDLE not started"};
    auto lines = connection_.lines_now();
    if (!lines) return fail(lines.error());
    bool changed = false;
    for (const std::string& line : *lines) {
      if (line.rfind("* ", 0) == 0 && (line.find(" EXISTS") != std::string::npos || line.find(" RECENT") != std::string::npos))
        changed = true;
      if (line.rfind("* BYE", 0) == 0 || line.rfind("I1 ", 0) == 0)
        return fail(Error{"imap.network", "IDLE ended by the server: " + line.substr(0, 200)});
    }
    return changed;
  }

  std::chrono::seconds age() const override {
    if (!idling_) return std::chrono::seconds{0};
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started_);
  }

  void stop() override {
    if (idling_) (void)connection_.send_raw("DONE\r\nI2 LOGOUT\r\n");  // a goodbye, not a wait
    idling_ = false;
    connection_.abandon();
  }

 private:
  Error fail(const Error& e) {
    idling_ = false;
    connection_.close();
    return {e.code, "IDLE connection: " + e.message};
  }

  ImapConnection connection_;
  std::string folder_;
  bool idling_ = false;
  std::chrono::steady_clock::time_point started_{};
};

}  // namespace

std::unique_ptr<ChangeWatcher> make_idle_watcher(const ImapSettings& settings) {
  return std::make_unique<IdleWatcher>(settings);
}

}  // namespace billet::daemon
