#include "web/password.h"

#include <sodium.h>

#include <stdexcept>

namespace billet::web {
namespace {

void use_sodium() {
  static const int ready = sodium_init();
  if (ready < 0) throw std::runtime_error("libsodium could not be initialised");
}

}  // namespace

Result<std::string> hash_password(const std::string& password) {
  use_sodium();
  if (password.size() < kMinPasswordLength || password.size() > kMaxPasswordLength)
    return Error{"usage.password", "a password has " + std::to_string(kMinPasswordLength) + " to " +
                                       std::to_string(kMaxPasswordLength) + " characters"};
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return Error{"web.hash", "not enough memory to hash the password"};
  return std::string(out);
}

bool password_matches(const std::string& hash, const std::string& password) {
  use_sodium();
  if (password.size() > kMaxPasswordLength || hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string random_hex(size_t bytes) {
  use_sodium();
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
  hex.pop_back();
  return hex;
}

}  // namespace billet::web
