#pragma once
// The SQLite schema's migration steps, in order: step i brings a database from user_version i to
// i + 1. Exposed so that tests can build a database as an older billetd left it.
#include <string_view>
#include <vector>

namespace billet::storage {

std::vector<std::string_view> sqlite_schema_steps();

}  // namespace billet::storage
