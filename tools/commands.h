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

}  // namespace billet::tools
