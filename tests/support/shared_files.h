#pragma once
// Test helpers: locate ../shared and the repo's test data, read files whole.
#include <filesystem>
#include <string>
#include <vector>

namespace billet::testing {

// ../shared beside the repository (or $BILLETD_SHARED). Fails the test when it is missing.
std::filesystem::path shared_dir();
std::filesystem::path test_data_dir();

std::string read_file(const std::filesystem::path& path);

// Rows of a tab-separated file, header line included, '#' comment lines skipped.
std::vector<std::vector<std::string>> read_tsv(const std::filesystem::path& path);

}  // namespace billet::testing
