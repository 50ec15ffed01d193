#pragma once
// Signed-in people of the web console, in memory (a restart signs everyone out): a random token
// in an HttpOnly cookie names a session; each session has its own CSRF token for forms. Sessions
// end after kIdle without a request or kMaxAge in all; at most kMaxSessions live (the oldest go).
// Login throttling: kMaxFailures wrong passwords for a name, or kMaxFailuresPerAddress from one
// address (higher: colleagues behind one proxy share it), within kWindow block that name or
// address until the window has passed. Thread-safe.
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "common/clock.h"

namespace billet::web {

struct Session {
  std::string user;
  std::string role;
  std::string csrf;
  TimePoint created{};
  TimePoint last_seen{};
};

class Sessions {
 public:
  static constexpr std::chrono::seconds kIdle{30 * 60};
  static constexpr std::chrono::seconds kMaxAge{12 * 3600};
  static constexpr size_t kMaxSessions = 10000;
  static constexpr int kMaxFailures = 5;
  static constexpr int kMaxFailuresPerAddress = 50;
  static constexpr std::chrono::seconds kWindow{15 * 60};
  static constexpr size_t kMaxTracked = 100000;  // names and addresses remembered for throttling

  // A new session; returns its token (64 hex characters).
  std::string open(const std::string& user, const std::string& role, TimePoint now);
  // The session of `token` if it is still valid (and marks it seen).
  std::optional<Session> find(const std::string& token, TimePoint now);
  void close(const std::string& token);
  // Every session of `user` ends (account disabled or password changed).
  void close_all_of(const std::string& user);

  // Whether a login for `name` from `address` may be tried now.
  bool login_allowed(const std::string& name, const std::string& address, TimePoint now);
  void login_failed(const std::string& name, const std::string& address, TimePoint now);
  void login_succeeded(const std::string& name);

 private:
  struct Failures {
    int count = 0;
    TimePoint first{};
  };
  static bool blocked(const std::map<std::string, Failures>& table, const std::string& key, int limit, TimePoint now);
  void count_failure(std::map<std::string, Failures>& table, const std::string& key, TimePoint now);

  std::mutex mutex_;
  std::map<std::string, Session> sessions_;  // by token
  std::map<std::string, Failures> by_name_, by_address_;
};

}  // namespace billet::web
