#pragma once
// Accounts of the web console (billetweb): who may sign in, with which role. Passwords arrive
// here already hashed (argon2id, web/password.h); the store never sees one in clear.
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/result.h"

namespace billet::storage {

struct WebUser {
  std::string name;
  std::string password_hash;  // libsodium's crypto_pwhash_str string (argon2id, salt and cost inside)
  std::string role;           // "agent", "service" (customer service), "lead", "admin"
  bool disabled = false;
  TimePoint created_at{};
};

class WebAccounts {
 public:
  virtual ~WebAccounts() = default;
  // Error "web.exists" when the name is taken.
  virtual Status add_web_user(const WebUser& user) = 0;
  // False when there is no such user.
  virtual Result<bool> set_web_password(const std::string& name, const std::string& password_hash) = 0;
  virtual Result<bool> set_web_user_disabled(const std::string& name, bool disabled) = 0;
  virtual Result<std::optional<WebUser>> web_user(const std::string& name) = 0;
  virtual Result<std::vector<WebUser>> web_users() = 0;
};

}  // namespace billet::storage
