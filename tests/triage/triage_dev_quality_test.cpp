// The quality bar of issue 4 on ../shared/triage/dev: at least 95 % of tickets and complaints get
// their labelled level, and every robot and bounce is recognised. Prints the confusion matrix.
#include <gtest/gtest.h>

#include <array>
#include <iostream>

#include "parsers/message_parser.h"
#include "support/test_files.h"
#include "triage/classifier.h"

namespace billet::triage {
namespace {

TEST(TriageQuality, DevSetMeetsTheBarAndPrintsTheConfusionMatrix) {
  auto rules = load_rules_file(BILLETD_SOURCE_DIR "/etc/rules.toml");
  ASSERT_TRUE(rules.ok()) << rules.error().message;
  const Classifier classifier(std::move(*rules));
  const auto labels = billet::testing::read_tsv(billet::testing::test_data_dir() / "triage" / "dev" / "labels.tsv");
  ASSERT_GT(labels.size(), 1u);

  std::array<std::array<int, 5>, 5> matrix{};  // [expected][got], index 0 unused
  int messages = 0, correct = 0, robots = 0, robots_found = 0;
  for (size_t i = 1; i < labels.size(); ++i) {
    const auto& row = labels[i];
    const std::string raw = billet::testing::read_file(billet::testing::test_data_dir() / "triage" / "dev" / row[0]);
    auto parsed = parsers::parse_message(raw);
    ASSERT_TRUE(parsed.ok()) << row[0];
    if (row[2] == "robot" || row[2] == "bounce") {
      ++robots;
      if (parsed->robot.is_robot() && (row[2] != "bounce" || parsed->robot.is_bounce)) ++robots_found;
      else ADD_FAILURE() << row[0] << " is a " << row[2] << " but was not recognised";
      continue;
    }
    const int expected = std::stoi(row[3]);
    const auto c = classifier.classify(parsed->subject, parsed->new_text);
    ++messages;
    ++matrix[expected][c.level];
    if (c.level == expected) ++correct;
    else std::cout << "  miss " << row[0] << ": expected " << expected << ", got " << c.explanation() << "\n";
  }
  std::cout << "confusion matrix (rows: labelled level, columns: classified level)\n      1   2   3   4\n";
  for (int e = 1; e <= 4; ++e) {
    std::cout << "  " << e << " ";
    for (int g = 1; g <= 4; ++g) std::cout << (matrix[e][g] < 10 ? "   " : "  ") << matrix[e][g];
    std::cout << "\n";
  }
  std::cout << "levels right: " << correct << "/" << messages << "; robots and bounces recognised: " << robots_found
            << "/" << robots << "\n";
  EXPECT_GE(correct * 100, messages * 95) << correct << "/" << messages;
  EXPECT_EQ(robots_found, robots);
}

}  // namespace
}  // namespace billet::triage
