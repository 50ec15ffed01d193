#include "triage/word_weights.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <sstream>

#include "common/file.h"

namespace billet::triage {
namespace {

std::array<double, 5> softmax(std::array<double, 5> score) {
  double top = score[1];
  for (int k = 2; k <= 4; ++k) top = std::max(top, score[k]);
  double sum = 0;
  for (int k = 1; k <= 4; ++k) sum += (score[k] = std::exp(score[k] - top));
  for (int k = 1; k <= 4; ++k) score[k] /= sum;
  score[0] = 0;
  return score;
}

std::string number(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 6);
  return std::string(buf, r.ptr);
}

bool parse_number(std::string_view cell, double& out) {
  const auto r = std::from_chars(cell.data(), cell.data() + cell.size(), out);
  return r.ec == std::errc() && r.ptr == cell.data() + cell.size() && std::isfinite(out);
}

}  // namespace

WordVerdict WordWeights::judge(const std::vector<std::string>& features) const {
  WordVerdict v;
  v.weights = this;
  std::array<double, 5> score = bias;
  for (const std::string& f : features) {
    const auto found = weight.find(f);
    if (found == weight.end()) continue;
    v.present.push_back(f);
    for (int k = 1; k <= 4; ++k) score[k] += found->second[k];
  }
  v.probability = softmax(score);
  return v;
}

std::vector<std::pair<std::string, double>> WordVerdict::words_for(int level, int against, size_t at_most) const {
  std::vector<std::pair<std::string, double>> out;
  if (!weights || level < 1 || level > 4 || against < 1 || against > 4) return out;
  for (const std::string& f : present) {
    const auto& w = weights->weight.at(f);
    const double lift = w[level] - w[against];
    if (lift > 0) out.emplace_back(f, lift);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  if (out.size() > at_most) out.resize(at_most);
  return out;
}

std::string WordWeights::serialize() const {
  std::ostringstream out;
  if (!header.empty()) out << "#" << header << "\n";
  out << "# stem\tlevel 1\tlevel 2\tlevel 3\tlevel 4 (logistic weights; billetctl rules fit writes this file)\n";
  out << "bias\t" << number(bias[1]) << "\t" << number(bias[2]) << "\t" << number(bias[3]) << "\t" << number(bias[4]) << "\n";
  const std::map<std::string, std::array<double, 5>> sorted(weight.begin(), weight.end());
  for (const auto& [stem, w] : sorted)
    out << stem << "\t" << number(w[1]) << "\t" << number(w[2]) << "\t" << number(w[3]) << "\t" << number(w[4]) << "\n";
  return out.str();
}

WordWeights fit_word_weights(const std::vector<LabelledFeatures>& samples, const FitOptions& options, std::string header) {
  // Vocabulary: stems seen in at least min_messages messages, numbered in sorted order.
  std::map<std::string, int> seen;
  for (const LabelledFeatures& s : samples)
    for (const std::string& f : s.features) ++seen[f];
  std::map<std::string, size_t> column;
  for (const auto& [stem, n] : seen)
    if (n >= options.min_messages) column.emplace(stem, column.size());
  std::vector<std::vector<size_t>> rows;
  std::vector<int> levels;
  for (const LabelledFeatures& s : samples) {
    if (s.level < 1 || s.level > 4) continue;
    std::vector<size_t> row;
    for (const std::string& f : s.features)
      if (const auto c = column.find(f); c != column.end()) row.push_back(c->second);
    std::sort(row.begin(), row.end());
    row.erase(std::unique(row.begin(), row.end()), row.end());
    rows.push_back(std::move(row));
    levels.push_back(s.level);
  }
  std::vector<std::array<double, 5>> w(column.size(), std::array<double, 5>{});
  std::array<double, 5> b{};
  const double n = std::max<size_t>(rows.size(), 1);
  for (int it = 0; it < options.iterations; ++it) {
    std::vector<std::array<double, 5>> grad(column.size(), std::array<double, 5>{});
    std::array<double, 5> grad_b{};
    for (size_t i = 0; i < rows.size(); ++i) {
      std::array<double, 5> score = b;
      for (const size_t c : rows[i])
        for (int k = 1; k <= 4; ++k) score[k] += w[c][k];
      const std::array<double, 5> p = softmax(score);
      for (int k = 1; k <= 4; ++k) {
        const double g = p[k] - (levels[i] == k ? 1.0 : 0.0);
        grad_b[k] += g;
        for (const size_t c : rows[i]) grad[c][k] += g;
      }
    }
    const double step = options.learning_rate / n * 4;  // summed loss: scale steps by the set's size
    for (int k = 1; k <= 4; ++k) b[k] -= step * grad_b[k];
    for (size_t c = 0; c < w.size(); ++c)
      for (int k = 1; k <= 4; ++k) w[c][k] -= step * (grad[c][k] + options.l2 * w[c][k]);
  }
  WordWeights out;
  out.header = std::move(header);
  out.bias = b;
  for (const auto& [stem, c] : column) out.weight.emplace(stem, w[c]);
  return out;
}

Result<WordWeights> parse_word_weights(std::string_view text, const std::string& source_name) {
  WordWeights out;
  bool has_bias = false;
  size_t line_number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (line[0] == '#') {
      if (line_number == 1) out.header = std::string(line.substr(1));
      continue;
    }
    auto bad = [&](const std::string& what) {
      return Error{"rules.weights_invalid", source_name + ":" + std::to_string(line_number) + ": " + what};
    };
    std::vector<std::string_view> cells;
    size_t from = 0;
    while (true) {
      const size_t tab = line.find('\t', from);
      cells.push_back(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
      if (tab == std::string_view::npos) break;
      from = tab + 1;
    }
    if (cells.size() != 5) return bad("expected a stem and 4 weights separated by tabs");
    if (cells[0].empty() || cells[0].size() > kMaxStemBytes) return bad("a stem must have 1 to " + std::to_string(kMaxStemBytes) + " bytes");
    std::array<double, 5> w{};
    for (int k = 1; k <= 4; ++k)
      if (!parse_number(cells[k], w[k]) || std::fabs(w[k]) > 1e3) return bad("weight " + std::to_string(k) + " is not a number between -1000 and 1000");
    if (cells[0] == "bias") {
      out.bias = w;
      has_bias = true;
    } else if (!out.weight.emplace(std::string(cells[0]), w).second) {
      return bad("stem \"" + std::string(cells[0]) + "\" appears twice");
    }
  }
  if (!has_bias) return Error{"rules.weights_invalid", source_name + ": no bias line"};
  return out;
}

Result<WordWeights> load_word_weights(const std::string& path) {
  auto text = read_file(path, kMaxWeightsFileBytes);
  if (!text) return Error{"rules.weights_unreadable", "word weights file: " + text.error().message};
  return parse_word_weights(*text, path);
}

}  // namespace billet::triage
