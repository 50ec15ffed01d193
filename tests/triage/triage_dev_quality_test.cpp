// Triage quality on the labelled sets (tests/data/triage): dev must keep issue 4's bar (95 % of
// levels, every robot and bounce); dev2, other wording, is measured separately. Prints both matrices.
#include <gtest/gtest.h>

#include <array>
#include <iostream>

#include "parsers/message_parser.h"
#include "support/test_files.h"
#include "triage/classifier.h"

namespace billet::triage {
namespace {

constexpr int kDev2LevelsFloorPercent = 67;  // 138/205 on 2026-12-03 (109/205 before situations)
constexpr int kDev2Level1AtFourCeiling = 8;  // 29 before situations

struct SetScore {
  int messages = 0, correct = 0, robots = 0, robots_found = 0;
  int level1 = 0, level1_found = 0, level1_at_4 = 0;
};

// Classifies every labelled message of tests/data/triage/SET, prints the confusion matrix and every
// miss with its reason, and returns the counts.
SetScore measure(const std::string& set) {
  auto rules = load_rules_file(BILLETD_SOURCE_DIR "/etc/rules.toml");
  EXPECT_TRUE(rules.ok()) << rules.error().message;
  if (!rules.ok()) return {};
  const Classifier classifier(std::move(*rules));
  const auto dir = billet::testing::test_data_dir() / "triage" / set;
  const auto labels = billet::testing::read_tsv(dir / "labels.tsv");
  EXPECT_GT(labels.size(), 1u);
  std::array<std::array<int, 5>, 5> matrix{};  // [expected][got], index 0 unused
  SetScore score;
  for (size_t i = 1; i < labels.size(); ++i) {
    const auto& row = labels[i];
    auto parsed = parsers::parse_message(billet::testing::read_file(dir / row[0]));
    EXPECT_TRUE(parsed.ok()) << row[0];
    if (!parsed.ok()) continue;
    if (row[2] == "robot" || row[2] == "bounce") {
      ++score.robots;
      if (parsed->robot.is_robot() && (row[2] != "bounce" || parsed->robot.is_bounce)) ++score.robots_found;
      else ADD_FAILURE() << set << "/" << row[0] << " is a " << row[2] << " but was not recognised";
      continue;
    }
    if (row[3] == "-") continue;  // a reply on a ticket: it is threaded, not classified
    const int expected = std::stoi(row[3]);
    const auto c = classifier.classify(parsed->subject, parsed->new_text);
    ++score.messages;
    ++matrix[expected][c.level];
    if (expected == 1) {
      ++score.level1;
      score.level1_found += c.level == 1;
      score.level1_at_4 += c.level == 4;
    }
    if (c.level == expected) ++score.correct;
    else std::cout << "  miss " << set << "/" << row[0] << ": expected " << expected << ", got " << c.explanation() << "\n";
  }
  std::cout << set << ": confusion matrix (rows: labelled level, columns: classified level)\n      1   2   3   4\n";
  for (int e = 1; e <= 4; ++e) {
    std::cout << "  " << e << " ";
    for (int g = 1; g <= 4; ++g) std::cout << (matrix[e][g] < 10 ? "   " : "  ") << matrix[e][g];
    std::cout << "\n";
  }
  std::cout << set << ": levels right " << score.correct << "/" << score.messages << "; level-1 recall "
            << score.level1_found << "/" << score.level1 << " (" << score.level1_at_4 << " at level 4); robots and bounces "
            << score.robots_found << "/" << score.robots << "\n";
  return score;
}

TEST(TriageQuality, DevSetMeetsTheBarAndPrintsTheConfusionMatrix) {
  const SetScore s = measure("dev");
  EXPECT_GE(s.correct * 100, s.messages * 95) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.robots_found, s.robots);
}

// dev2 is written in other words than the set the first rules came from. Its figures are printed
// separately; the floors below are ratchets at the level reached (issue 10's target is 95 %, no
// level-1 message at level 4): a change that loses ground fails here.
TEST(TriageQuality, Dev2SetHoldsItsGroundAndPrintsTheConfusionMatrix) {
  const SetScore s = measure("dev2");
  EXPECT_GE(s.correct * 100, s.messages * kDev2LevelsFloorPercent) << s.correct << "/" << s.messages;
  EXPECT_LE(s.level1_at_4, kDev2Level1AtFourCeiling);
  EXPECT_EQ(s.robots_found, s.robots);
}

}  // namespace
}  // namespace billet::triage
