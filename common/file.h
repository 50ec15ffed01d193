#pragma once
// Reading a whole file (configuration, rules, templates, a message given to billetctl), with a
// bound: a file over `max_bytes` is an error, never read into memory; and replacing one whole.
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "common/result.h"

namespace billet {

constexpr size_t kMaxConfigFileBytes = 16u << 20;    // a config, rules or template file
constexpr size_t kMaxMessageFileBytes = 128u << 20;  // a message file (billetd's limit is 64 MiB)

// Errors: "io.unreadable" (missing, not readable, a directory), "io.too_large".
inline Result<std::string> read_file(const std::string& path, size_t max_bytes) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return Error{"io.unreadable", "cannot read " + path + " (a directory)"};
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Error{"io.unreadable", "cannot read " + path};
  const std::streamoff size = in.tellg();
  if (size < 0) return Error{"io.unreadable", "cannot read " + path + " (not a regular file)"};
  if (static_cast<uint64_t>(size) > max_bytes)
    return Error{"io.too_large", path + " is " + std::to_string(size) + " bytes, over " + std::to_string(max_bytes)};
  std::string bytes(static_cast<size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), size)) return Error{"io.unreadable", "cannot read " + path};
  return bytes;
}

// Writes `bytes` to PATH.part, then renames it over `path`: a reader sees the old file or the new
// one, never half of it. `owner_only`: the file is created 0600 (a secret). Errors: "io.unwritable".
inline Status replace_file(const std::string& path, std::string_view bytes, bool owner_only = false) {
  const std::string part = path + ".part";
  bool written = false;
  {
    const mode_t old_mask = owner_only ? ::umask(077) : 0;  // born private when asked, else the caller's umask
    std::ofstream out(part, std::ios::binary | std::ios::trunc);
    if (owner_only) ::umask(old_mask);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    written = static_cast<bool>(out.flush());
  }
  if (!written) return Error{"io.unwritable", "cannot write " + part};
  if (owner_only) ::chmod(part.c_str(), 0600);  // even if PATH.part was left by an earlier run
  std::error_code ec;
  std::filesystem::rename(part, path, ec);
  if (ec) return Error{"io.unwritable", "cannot replace " + path + ": " + ec.message()};
  return ok_status();
}

}  // namespace billet
