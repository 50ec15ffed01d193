#pragma once
// Per-word weights fitted on labelled tickets: the learned part of triage (issue 10). A
// multinomial logistic model over the stems of the author's own words (binary presence), one
// weight per stem and level. It only refines what the keyword rules leave open (see
// Rules::learned and Classifier): it never overrides a marker or a rule that named a situation,
// and it says which words weighed.
//
// File format (etc/word-weights.tsv, UTF-8, one record per line, '#' starts a comment line):
//   bias <TAB> b1 <TAB> b2 <TAB> b3 <TAB> b4
//   <stem> <TAB> w1 <TAB> w2 <TAB> w3 <TAB> w4
// Written by `billetctl rules fit`, read with bounds (kMaxWeightsFileBytes, kMaxStemBytes).
// A WordWeights is immutable once built: safe to share between threads.
#include <array>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/result.h"

namespace billet::triage {

inline constexpr size_t kMaxWeightsFileBytes = 8u << 20;
inline constexpr size_t kMaxStemBytes = 64;

struct LabelledFeatures {
  std::vector<std::string> features;  // distinct stems of one message (Classifier::features_of)
  int level = 4;                      // 1..4
};

struct FitOptions {
  double l2 = 1.0;           // the fit minimises the summed log-loss + l2/2 x the sum of squared weights
  int iterations = 400;      // full-batch gradient steps
  double learning_rate = 0.5;
  int min_messages = 2;      // a stem must appear in this many training messages to get a weight
};

// Level scores of one message and the words behind them.
struct WordVerdict {
  std::array<double, 5> probability{};  // [1..4], index 0 unused; sums to 1
  // The stems that weighed most for `level` against `against` (weight difference, largest first).
  std::vector<std::pair<std::string, double>> words_for(int level, int against, size_t at_most) const;
  std::vector<std::string> present;     // the message's stems that have weights
  const struct WordWeights* weights = nullptr;
};

struct WordWeights {
  std::array<double, 5> bias{};  // [1..4]
  std::unordered_map<std::string, std::array<double, 5>> weight;  // stem -> [1..4]
  std::string header;            // the file's first comment (what it was fitted on), without '#'

  WordVerdict judge(const std::vector<std::string>& features) const;
  std::string serialize() const;
};

// Fits weights on labelled messages (deterministic: same input, same file). `header` is kept as
// the file's first comment.
WordWeights fit_word_weights(const std::vector<LabelledFeatures>& samples, const FitOptions& options, std::string header);

// Reads a weights file; an error names the file and line.
Result<WordWeights> parse_word_weights(std::string_view text, const std::string& source_name);
Result<WordWeights> load_word_weights(const std::string& path);

}  // namespace billet::triage
