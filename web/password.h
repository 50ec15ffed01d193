#pragma once
// Passwords of the web console: argon2id (libsodium's crypto_pwhash_str, the interactive cost:
// 64 MiB and 2 passes), salt and parameters inside the stored string. Thread-safe.
#include <string>

#include "common/result.h"

namespace billet::web {

inline constexpr size_t kMinPasswordLength = 10;
inline constexpr size_t kMaxPasswordLength = 1024;  // bounds the hashing work an attacker can ask for

// Error "usage.password" for a password outside [kMinPasswordLength, kMaxPasswordLength].
Result<std::string> hash_password(const std::string& password);
// Constant-time in the password; false for a malformed hash or an over-long password.
bool password_matches(const std::string& hash, const std::string& password);

// `bytes` random bytes from the system's CSPRNG, as lowercase hex.
std::string random_hex(size_t bytes);

}  // namespace billet::web
