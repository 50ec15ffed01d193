// Parser throughput on real and hostile messages, and the classifier's cost per message (parse
// excluded) on the labelled dev2 set. Run: build/ci/bench/parse_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "parsers/message_parser.h"
#include "triage/classifier.h"

namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> triage_messages() {
  std::vector<std::string> all;
  const std::filesystem::path dir = std::filesystem::path(BILLETD_TEST_DATA_DIR) / "triage" / "dev";
  if (!std::filesystem::exists(dir)) return all;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".eml") all.push_back(read(e.path()));
  return all;
}

void run(benchmark::State& state, const std::string& raw) {
  for (auto _ : state) {
    auto r = billet::parsers::parse_message(raw);
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(raw.size()));
}

void BM_TriageDevSet(benchmark::State& state) {
  const auto messages = triage_messages();
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& m : messages) {
      auto r = billet::parsers::parse_message(m);
      benchmark::DoNotOptimize(r);
      bytes += m.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["messages"] = static_cast<double>(messages.size());
}
BENCHMARK(BM_TriageDevSet)->Unit(benchmark::kMillisecond);

// The shipped rules and weights as a classifier; null (and the benchmark skipped) when they do not load.
std::unique_ptr<const billet::triage::Classifier> shipped_classifier(benchmark::State& state) {
  auto rules = billet::triage::load_rules_file(BILLETD_SOURCE_DIR "/etc/rules.toml");
  if (!rules) {
    state.SkipWithError(rules.error().message.c_str());
    return nullptr;
  }
  return std::make_unique<const billet::triage::Classifier>(std::move(*rules));
}

// Classification only: dev2's messages are parsed once, outside the timing. Target (issue 10):
// at most 50 us per message.
void BM_ClassifyDev2(benchmark::State& state) {
  const auto classifier = shipped_classifier(state);
  if (!classifier) return;
  std::vector<std::pair<std::string, std::string>> texts;
  const std::filesystem::path dir = std::filesystem::path(BILLETD_TEST_DATA_DIR) / "triage" / "dev2";
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".eml")
      if (auto m = billet::parsers::parse_message(read(e.path()))) texts.emplace_back(m->subject, m->new_text);
  for (auto _ : state)
    for (const auto& [subject, text] : texts) benchmark::DoNotOptimize(classifier->classify(subject, text));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * texts.size()));
  state.counters["us_per_message"] = benchmark::Counter(static_cast<double>(state.iterations() * texts.size()),
                                                        benchmark::Counter::kIsRate | benchmark::Counter::kInvert,
                                                        benchmark::Counter::kIs1000);
}
BENCHMARK(BM_ClassifyDev2)->Unit(benchmark::kMillisecond);

// A hostile body of ~300 KB that repeats failures, scopes, changed states and questions in every
// sentence: each failure looks only at the scopes of its neighbouring sentences, so the cost grows
// with the text, not with its square (session 20, one run: 1,048 ms a message before, 72 ms after).
void BM_ClassifyHostileRepeats(benchmark::State& state) {
  const auto classifier = shipped_classifier(state);
  if (!classifier) return;
  std::string body;
  while (body.size() < 300 * 1024)
    body += "Every broadcast fails for all our users. All our contacts now have the same number as their phone. "
            "Can all our contacts have X when it is missing? ";
  for (auto _ : state) benchmark::DoNotOptimize(classifier->classify("Down", body));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * body.size()));
}
BENCHMARK(BM_ClassifyHostileRepeats)->Unit(benchmark::kMillisecond);

void BM_FourMegabyteAttachment(benchmark::State& state) {
  std::string b64;
  for (int i = 0; i < 4 * 1024 * 1024 / 57; ++i) b64 += std::string(76, 'Q') + "\r\n";
  run(state, "From: a@b.c\r\nSubject: big\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
             "Content-Type: text/plain\r\n\r\nsee attached\r\n--B\r\nContent-Type: application/pdf; name=x.pdf\r\n"
             "Content-Transfer-Encoding: base64\r\n\r\n" + b64 + "--B--\r\n");
}
BENCHMARK(BM_FourMegabyteAttachment)->Unit(benchmark::kMillisecond);

void BM_SixteenMegabyteHeaderLine(benchmark::State& state) {
  run(state, "From: a@b.c\nSubject: " + std::string(16u << 20, 'x') + "\n\nbody\n");
}
BENCHMARK(BM_SixteenMegabyteHeaderLine)->Unit(benchmark::kMillisecond);

void BM_TenThousandNestedMultiparts(benchmark::State& state) {
  std::string raw = "From: a@b.c\n";
  for (int i = 0; i < 10000; ++i)
    raw += "Content-Type: multipart/mixed; boundary=\"b" + std::to_string(i) + "\"\n\n--b" + std::to_string(i) + "\n";
  run(state, raw);
}
BENCHMARK(BM_TenThousandNestedMultiparts)->Unit(benchmark::kMillisecond);

void BM_HundredThousandParts(benchmark::State& state) {
  std::string raw = "From: a@b.c\nContent-Type: multipart/mixed; boundary=P\n\n";
  for (int i = 0; i < 100000; ++i) raw += "--P\nContent-Type: text/plain\n\nx\n";
  run(state, raw + "--P--\n");
}
BENCHMARK(BM_HundredThousandParts)->Unit(benchmark::kMillisecond);

void BM_TwoThousandParts(benchmark::State& state) {
  std::string raw = "From: a@b.c\nContent-Type: multipart/mixed; boundary=P\n\n";
  for (int i = 0; i < 2000; ++i) raw += "--P\nContent-Type: application/octet-stream; name=f" + std::to_string(i) + "\n\nxxxx\n";
  run(state, raw + "--P--\n");
}
BENCHMARK(BM_TwoThousandParts)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
