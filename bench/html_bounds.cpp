// Time and peak memory of parsing hostile HTML, per shape and size, each in a child process.
// Targets (issue 11): <= 2 s per MB and peak RSS <= 4 x size + 64 MB, up to the 64 MiB limit.
// Run: build/ci/bench/html_bounds [MB ...]   (default: 1 8 64; BENCH_SHAPE=name for one shape)
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "parsers/message_parser.h"
#include "support/hostile_html.h"

int main(int argc, char** argv) {
  std::vector<size_t> sizes_mb;
  for (int i = 1; i < argc; ++i) sizes_mb.push_back(std::strtoul(argv[i], nullptr, 10));
  if (sizes_mb.empty()) sizes_mb = {1, 8, 64};
  std::printf("%-26s %6s %9s %8s %10s %10s %s\n", "shape", "MB", "seconds", "s/MB", "peak MB", "bound MB", "verdict");
  int failures = 0;
  for (const size_t mb : sizes_mb) {
    for (const auto& shape : billet::testing::hostile_html_shapes()) {
      const char* only = std::getenv("BENCH_SHAPE");  // one shape by name
      if (only && std::string(only) != shape.name) continue;
      // Leave room for headers under the 64 MiB message limit.
      const size_t bytes = mb >= 64 ? (64u << 20) - 4096 : mb << 20;
      const std::string raw = billet::testing::hostile_html_message(shape, bytes);
      const auto start = std::chrono::steady_clock::now();
      const pid_t child = fork();
      if (child == 0) {
        auto parsed = billet::parsers::parse_message(raw);
        _exit(parsed ? 0 : 3);
      }
      int status = 0;
      rusage usage{};
      wait4(child, &status, 0, &usage);
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      const double size_mb = static_cast<double>(raw.size()) / (1 << 20);
      const double peak_mb = static_cast<double>(usage.ru_maxrss) / 1024;
      const double bound_mb = 4 * size_mb + 64;
      const bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && peak_mb <= bound_mb && seconds <= 2 * size_mb + 0.05;
      failures += ok ? 0 : 1;
      std::printf("%-26s %6.1f %9.3f %8.3f %10.1f %10.1f %s\n", shape.name, size_mb, seconds, seconds / size_mb, peak_mb,
                  bound_mb, ok ? "ok" : "OVER");
      std::fflush(stdout);
    }
  }
  std::printf("%d over the target\n", failures);
  return failures == 0 ? 0 : 1;
}
