#pragma once
// billetctl subcommands. Each returns the process exit code: 0 ok, 1 operational error,
// 2 usage error (CLI11 reports those itself).
#include <string>

namespace billet::tools {

struct ParseOptions {
  std::string file;
  bool json = false;
};
int run_parse(const ParseOptions& options);

struct ClassifyOptions {
  std::string file;
  std::string rules_file;
  bool json = false;
};
int run_classify(const ClassifyOptions& options);

// A JSON string literal (quotes included) for `text`.
std::string json_string(const std::string& text);

}  // namespace billet::tools
