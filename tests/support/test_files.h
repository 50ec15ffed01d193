#pragma once
// Test helpers: locate the repository's test data (tests/data), read files whole.
#include <filesystem>
#include <string>
#include <vector>

namespace billet::testing {

// tests/data: the corpus, the labelled triage sets and the expected outputs (licences inside).
std::filesystem::path test_data_dir();

std::string read_file(const std::filesystem::path& path);

// Rows of a tab-separated file, header line included, '#' comment lines skipped.
std::vector<std::vector<std::string>> read_tsv(const std::filesystem::path& path);

}  // namespace billet::testing
