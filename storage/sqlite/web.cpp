// The SQLite store: accounts of the web console.
#include <SQLiteCpp/SQLiteCpp.h>

#include "storage/sqlite/parts.h"

namespace billet::storage::sqlite {
namespace {

constexpr const char* kUserColumns = "SELECT name, password_hash, role, disabled, created_at FROM web_users";

WebUser read_user(SQLite::Statement& q) {
  WebUser u;
  u.name = q.getColumn(0).getString();
  u.password_hash = q.getColumn(1).getString();
  u.role = q.getColumn(2).getString();
  u.disabled = q.getColumn(3).getInt() != 0;
  u.created_at = time_of(q.getColumn(4).getInt64());
  return u;
}

}  // namespace

Status SqliteWebAccounts::add_web_user(const WebUser& user) {
  return guarded<std::monostate>("add_web_user", [&]() -> Status {
    SQLite::Statement exists(db_, "SELECT 1 FROM web_users WHERE name = ?");
    bind_text(exists, 1, user.name);
    if (exists.executeStep()) return Error{"web.exists", "there is already a user named " + user.name};
    SQLite::Statement q(db_, "INSERT INTO web_users (name, password_hash, role, disabled, created_at) VALUES (?,?,?,?,?)");
    bind_text(q, 1, user.name);
    bind_text(q, 2, user.password_hash);
    bind_text(q, 3, user.role);
    q.bind(4, user.disabled ? 1 : 0);
    q.bind(5, seconds_of(user.created_at));
    q.exec();
    return ok_status();
  });
}

Result<bool> SqliteWebAccounts::set_web_password(const std::string& name, const std::string& password_hash) {
  return guarded<bool>("set_web_password", [&]() -> Result<bool> {
    SQLite::Statement q(db_, "UPDATE web_users SET password_hash = ? WHERE name = ?");
    bind_text(q, 1, password_hash);
    bind_text(q, 2, name);
    return q.exec() == 1;
  });
}

Result<bool> SqliteWebAccounts::set_web_user_disabled(const std::string& name, bool disabled) {
  return guarded<bool>("set_web_user_disabled", [&]() -> Result<bool> {
    SQLite::Statement q(db_, "UPDATE web_users SET disabled = ? WHERE name = ?");
    q.bind(1, disabled ? 1 : 0);
    bind_text(q, 2, name);
    return q.exec() == 1;
  });
}

Result<std::optional<WebUser>> SqliteWebAccounts::web_user(const std::string& name) {
  return guarded<std::optional<WebUser>>("web_user", [&]() -> Result<std::optional<WebUser>> {
    SQLite::Statement q(db_, std::string(kUserColumns) + " WHERE name = ?");
    bind_text(q, 1, name);
    if (!q.executeStep()) return std::optional<WebUser>{};
    return std::optional<WebUser>{read_user(q)};
  });
}

Result<std::vector<WebUser>> SqliteWebAccounts::web_users() {
  return guarded<std::vector<WebUser>>("web_users", [&]() -> Result<std::vector<WebUser>> {
    SQLite::Statement q(db_, std::string(kUserColumns) + " ORDER BY name");
    std::vector<WebUser> out;
    while (q.executeStep()) out.push_back(read_user(q));
    return out;
  });
}

}  // namespace billet::storage::sqlite
