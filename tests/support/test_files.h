#pragma once
// Test helpers: locate the repository's test data (tests/data), read files whole.
#include <filesystem>
#include <string>
#include <vector>

namespace billet::testing {

// Whether this build runs under AddressSanitizer (CI's second build, ~10x slower): the tests that
// measure quality over every labelled set run whole in the optimized build and, here, on a sample
// or not at all (their memory paths are run by the other tests).
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kUnderSanitizers = true;
#else
inline constexpr bool kUnderSanitizers = false;
#endif

// tests/data: the corpus, the labelled triage sets and the expected outputs (licences inside).
std::filesystem::path test_data_dir();

std::string read_file(const std::filesystem::path& path);

// A fresh directory under the system temp dir, named after `prefix`, the process and the running
// test (parallel runs never share one); removed with everything in it when destroyed.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& prefix);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// Rows of a tab-separated file, header line included, '#' comment lines skipped.
std::vector<std::vector<std::string>> read_tsv(const std::filesystem::path& path);

}  // namespace billet::testing
