#include "triage/sign_off.h"

#include <vector>

#include "triage/text_fold.h"

namespace billet::triage {
namespace {

constexpr size_t kMaxClosingBytes = 40;
constexpr size_t kMaxBlockLines = 8;
constexpr size_t kMaxBlockLineBytes = 70;
constexpr size_t kMaxBlockLineWords = 6;
constexpr size_t kMaxClosingWords = 4;

size_t word_count(std::string_view line) {
  size_t words = 0;
  bool in_word = false;
  for (const char c : line) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool is_closing(std::string_view line) {
  if (line.size() > kMaxClosingBytes || word_count(line) > kMaxClosingWords) return false;
  static const char* const kClosings[] = {
      "merci", "thanks", "thank you", "regards", "best", "cordialement", "salutations", "bonne journee",
      "bonne fin de journee", "bonne soiree", "sincerely", "cheers", "a bientot", "au plaisir", "respectueusement",
      "kind regards", "best regards", "warm regards", "many thanks", "mes salutations", "sinceres salutations",
      "meilleures salutations", "bien a vous", "amicalement"};
  const std::string folded = fold(line);
  std::string words;  // letters and single spaces only
  for (const char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) words += c;
    else if (!words.empty() && words.back() != ' ') words += ' ';
  }
  while (!words.empty() && words.back() == ' ') words.pop_back();
  for (const char* closing : kClosings) {
    const std::string_view c(closing);
    if (words.size() >= c.size() && words.compare(0, c.size(), c) == 0 &&
        (words.size() == c.size() || words[c.size()] == ' '))
      return true;
  }
  return false;
}

}  // namespace

std::string without_sign_off(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    const size_t nl = text.find('\n', pos);
    const size_t end = nl == std::string_view::npos ? text.size() : nl;
    lines.push_back(text.substr(pos, end - pos));
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  // Walk back over at most kMaxBlockLines short non-empty lines to a closing line.
  size_t block = 0;
  for (size_t i = lines.size(); i-- > 0;) {
    std::string_view line = lines[i];
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty()) continue;
    if (is_closing(line)) {
      bool words_before = false;
      for (size_t k = 0; k < i && !words_before; ++k) words_before = lines[k].find_first_not_of(" \t\r") != std::string_view::npos;
      if (!words_before) return std::string(text);
      return std::string(text.substr(0, static_cast<size_t>(lines[i].data() - text.data())));
    }
    if (++block > kMaxBlockLines || line.size() > kMaxBlockLineBytes || word_count(line) > kMaxBlockLineWords) break;
  }
  return std::string(text);
}

}  // namespace billet::triage
