// Triage quality on the labelled sets (tests/data/triage): dev must keep issue 4's bar (95 % of
// levels, every robot and bounce); dev2, other wording, is measured separately. Prints both matrices.
#include <gtest/gtest.h>

#include <iostream>

#include "support/test_files.h"
#include "tools/labelled_set.h"
#include "triage/classifier.h"

namespace billet::triage {
namespace {

constexpr int kDev2LevelsFloorPercent = 91;  // 187/205 on 2026-12-03 (183 before values that differ, 179 before plans and past incidents, 169 before ~word cues, 162 before the statement default; 109 before situations)
constexpr int kDev2Level1AtFourCeiling = 0;  // 1 before the security cues, 3 before the statement default, 29 before situations
constexpr int kDev2Level1RecallFloor = 48;   // of 49 (44 before the security cues, 16 before situations)
constexpr int kHeldoutLevelsFloor = 32;      // of 34 (31 before the ~word rewrite, measured first)
constexpr int kHeldout2LevelsFloor = 34;     // of 34 (30 when first measured)
constexpr int kHeldout3LevelsFloor = 20;     // of 22, its first and only measure (never tuned on)

// Scores tests/data/triage/SET with the shipped rules and prints the matrix and every miss.
tools::LabelledSetScore measure(const std::string& set) {
  auto rules = load_rules_file(BILLETD_SOURCE_DIR "/etc/rules.toml");
  EXPECT_TRUE(rules.ok()) << rules.error().message;
  if (!rules.ok()) return {};
  const Classifier classifier(std::move(*rules));
  auto score = tools::score_labelled_set(billet::testing::test_data_dir() / "triage" / set, classifier);
  EXPECT_TRUE(score.ok()) << score.error().message;
  if (!score.ok()) return {};
  for (const auto& miss : score->misses) std::cout << "  miss " << set << "/" << miss << "\n";
  EXPECT_TRUE(score->unreadable.empty()) << score->unreadable.front();
  std::cout << tools::format_score(set, *score);
  return *score;
}

TEST(TriageQuality, DevSetMeetsTheBarAndPrintsTheConfusionMatrix) {
  const tools::LabelledSetScore s = measure("dev");
  EXPECT_GE(s.correct * 100, s.messages * 95) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.robots_found, s.robots);
}

// dev2 is written in other words than the set the first rules came from. Its figures are printed
// separately; the floors below are ratchets at the level reached (issue 10's target is 95 %, no
// level-1 message at level 4): a change that loses ground fails here.
TEST(TriageQuality, Dev2SetHoldsItsGroundAndPrintsTheConfusionMatrix) {
  const tools::LabelledSetScore s = measure("dev2");
  EXPECT_GE(s.correct * 100, s.messages * kDev2LevelsFloorPercent) << s.correct << "/" << s.messages;
  EXPECT_LE(s.level1_at_4, kDev2Level1AtFourCeiling);
  EXPECT_GE(s.level1_found, kDev2Level1RecallFloor);
  EXPECT_EQ(s.robots_found, s.robots);
}

// heldout/ was written and labelled before the ~word rules were measured on it; every level-1
// message in it must stay level 1.
TEST(TriageQuality, HeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout");
  EXPECT_GE(s.correct, kHeldoutLevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

TEST(TriageQuality, SecondHeldoutSetHoldsItsGround) {
  const tools::LabelledSetScore s = measure("heldout2");
  EXPECT_GE(s.correct, kHeldout2LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

// heldout3 is never tuned on: the floor is its first measure, a change that loses ground fails.
TEST(TriageQuality, UntunedThirdHeldoutSetHoldsItsGround) {
  const tools::LabelledSetScore s = measure("heldout3");
  EXPECT_GE(s.correct, kHeldout3LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

}  // namespace
}  // namespace billet::triage
