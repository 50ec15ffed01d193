#include "web/sessions.h"

#include <algorithm>

#include "web/password.h"

namespace billet::web {

std::string Sessions::open(const std::string& user, const std::string& role, TimePoint now) {
  const std::lock_guard lock(mutex_);
  if (sessions_.size() >= kMaxSessions) {
    auto oldest = std::min_element(sessions_.begin(), sessions_.end(),
                                   [](const auto& a, const auto& b) { return a.second.last_seen < b.second.last_seen; });
    sessions_.erase(oldest);
  }
  std::string token = random_hex(32);
  sessions_[token] = Session{user, role, random_hex(32), now, now};
  return token;
}

std::optional<Session> Sessions::find(const std::string& token, TimePoint now) {
  const std::lock_guard lock(mutex_);
  auto it = sessions_.find(token);
  if (it == sessions_.end()) return std::nullopt;
  if (now - it->second.last_seen > kIdle || now - it->second.created > kMaxAge) {
    sessions_.erase(it);
    return std::nullopt;
  }
  it->second.last_seen = now;
  return it->second;
}

void Sessions::close(const std::string& token) {
  const std::lock_guard lock(mutex_);
  sessions_.erase(token);
}

void Sessions::close_all_of(const std::string& user) {
  const std::lock_guard lock(mutex_);
  for (auto it = sessions_.begin(); it != sessions_.end();) it = it->second.user == user ? sessions_.erase(it) : std::next(it);
}

bool Sessions::blocked(const std::map<std::string, Failures>& table, const std::string& key, int limit, TimePoint now) {
  const auto it = table.find(key);
  return it != table.end() && it->second.count >= limit && now - it->second.first < kWindow;
}

void Sessions::count_failure(std::map<std::string, Failures>& table, const std::string& key, TimePoint now) {
  if (table.size() >= kMaxTracked && !table.count(key)) table.clear();  // a flood of names: forget, stay bounded
  Failures& f = table[key];
  if (now - f.first >= kWindow) f = Failures{0, now};
  ++f.count;
}

bool Sessions::login_allowed(const std::string& name, const std::string& address, TimePoint now) {
  const std::lock_guard lock(mutex_);
  return !blocked(by_name_, name, kMaxFailures, now) && !blocked(by_address_, address, kMaxFailuresPerAddress, now);
}

void Sessions::login_failed(const std::string& name, const std::string& address, TimePoint now) {
  const std::lock_guard lock(mutex_);
  count_failure(by_name_, name, now);
  count_failure(by_address_, address, now);
}

void Sessions::login_succeeded(const std::string& name) {
  const std::lock_guard lock(mutex_);
  by_name_.erase(name);
}

}  // namespace billet::web
