// Triage quality on the labelled sets (tests/data/triage): dev must keep issue 4's bar (95 % of
// levels, every robot and bounce); dev2, other wording, is measured separately. Prints both matrices.
#include <gtest/gtest.h>

#include <iostream>
#include <memory>

#include "support/test_files.h"
#include "tools/labelled_set.h"
#include "triage/classifier.h"
#include "triage/word_weights.h"

namespace billet::triage {
namespace {

constexpr int kDev2LevelsFloorPercent = 95;  // 196-197/205 on 2026-12-04 (invoices as requests; one moves with each refit of the weights); 195/205 on 2026-12-04 (weights fitted on dev2 too); 194/205 on 2026-12-04 with the learned weights (fitted on dev2 too; 188 with the rules alone); 187/205 on 2026-12-03 (183 before values that differ, 179 before plans and past incidents, 169 before ~word cues, 162 before the statement default; 109 before situations)
constexpr int kDev2Level1AtFourCeiling = 0;  // 1 before the security cues, 3 before the statement default, 29 before situations
constexpr int kDev2Level1RecallFloor = 49;   // of 49 (48 before "the same for every employee") (44 before the security cues, 16 before situations)
constexpr int kHeldoutLevelsFloor = 33;      // of 34 (31 before the ~word rewrite, measured first; 33 once "dark mode" asked for is no defect)
constexpr int kHeldout2LevelsFloor = 34;     // of 34 (30 when first measured)
constexpr int kHeldout3LevelsFloor = 22;     // of 22: 20 with the rules alone (first and only measure, never tuned on), 21 with the learned weights
constexpr int kHeldout5LevelsFloor = 39;     // of 40: 34 with the weights (31 rules alone, level-1 recall 6/10) on first measure, 39 after the cues its misses named
constexpr int kHeldout6LevelsFloor = 37;     // of 40: 30 (level-1 recall 7/10) on first measure, 37 after the cues its misses named
constexpr int kHeldout7LevelsFloor = 39;     // of 40: 30 (level-1 recall 7/10) on first measure, 38 after the cues its misses named
constexpr int kHeldout8LevelsFloor = 40;     // of 40: 34 (level-1 recall 8/10) on first measure, 40 after the cues its misses named
constexpr int kHeldout9LevelsFloor = 40;     // of 40: 29 (level-1 recall 6/10) on first measure, 40 after the cues its misses named
constexpr int kHeldout10LevelsFloor = 39;    // of 40: 34 (level-1 recall 9/10) on first measure, 39 after the cues its misses named
constexpr int kHeldout11LevelsFloor = 39;    // of 40: 29 (level-1 recall 5/10) on first measure, 39 after the cues its misses named
constexpr int kHeldout12LevelsFloor = 39;    // of 40: 36 (level-1 recall 10/10) on first measure, 39 after the cues its misses named
constexpr int kHeldout13LevelsFloor = 36;    // of 40, its first and only measure (level-1 recall 7/10, none at 4): never tuned or fitted on
constexpr int kHeldout14LevelsFloor = 39;    // of 40: 33 (level-1 recall 9/10) on first measure, 39 after the cues its misses named
constexpr int kHeldout15LevelsFloor = 38;    // of 40: 33 (level-1 recall 8/10) on first measure, 38 after the cues its misses named
constexpr int kHeldout16LevelsFloor = 40;    // of 40: 34 (level-1 recall 10/10) on first measure, 40 after the cues its misses named
constexpr int kHeldout17LevelsFloor = 39;    // of 40: 35 (level-1 recall 10/10) on first measure, 39 after the cues its misses named
constexpr int kHeldout18LevelsFloor = 38;    // of 40: 35 (level-1 recall 8/10) on first measure, 38 after the cues its misses named
constexpr int kHeldout19LevelsFloor = 40;    // of 40: 39 (level-1 recall 9/10) on first measure, 40 after « blocage complet »
constexpr int kHeldout20LevelsFloor = 38;    // of 40: 33 (level-1 recall 9/10) on first measure, 38 after the cues its misses named
constexpr int kHeldout21LevelsFloor = 35;    // of 40, its first and only measure (level-1 recall 8/10, none at 4): never tuned or fitted on
constexpr int kHeldout4LevelsFloor = 39;     // of 40: 35 with the rules alone on first measure, 37 with the learned weights (never fitted on), 39 after the cues its misses named

std::filesystem::path set_dir(const std::string& set) { return billet::testing::test_data_dir() / "triage" / set; }

// Scores tests/data/triage/SET with the shipped rules (and their learned weights unless
// `weights` says otherwise) and prints the matrix and every miss.
tools::LabelledSetScore measure(const std::string& set, std::shared_ptr<const WordWeights> weights = nullptr,
                                bool shipped_weights = true) {
  auto rules = load_rules_file(BILLETD_SOURCE_DIR "/etc/rules.toml");
  EXPECT_TRUE(rules.ok()) << rules.error().message;
  if (!rules.ok()) return {};
  if (!shipped_weights || weights) rules->learned.weights = std::move(weights);
  const Classifier classifier(std::move(*rules));
  auto score = tools::score_labelled_set(set_dir(set), classifier);
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

// heldout4 was written before the learned weights existed and is never fitted on; the rules were
// tuned on its first misses (runaway sending, dropped calls, refusal codes, department names).
TEST(TriageQuality, FourthHeldoutSetHoldsItsGround) {
  const tools::LabelledSetScore s = measure("heldout4");
  EXPECT_GE(s.correct, kHeldout4LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_at_4, 0);
}

TEST(TriageQuality, FifthHeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout5");
  EXPECT_GE(s.correct, kHeldout5LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

TEST(TriageQuality, SixthHeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout6");
  EXPECT_GE(s.correct, kHeldout6LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

TEST(TriageQuality, SeventhHeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout7");
  EXPECT_GE(s.correct, kHeldout7LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

TEST(TriageQuality, EighthHeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout8");
  EXPECT_GE(s.correct, kHeldout8LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

TEST(TriageQuality, NinthHeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout9");
  EXPECT_GE(s.correct, kHeldout9LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

TEST(TriageQuality, TenthHeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout10");
  EXPECT_GE(s.correct, kHeldout10LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

TEST(TriageQuality, EleventhHeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout11");
  EXPECT_GE(s.correct, kHeldout11LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

TEST(TriageQuality, TwelfthHeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout12");
  EXPECT_GE(s.correct, kHeldout12LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

TEST(TriageQuality, FourteenthHeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout14");
  EXPECT_GE(s.correct, kHeldout14LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

TEST(TriageQuality, FifteenthHeldoutSetHoldsItsGround) {
  const tools::LabelledSetScore s = measure("heldout15");
  EXPECT_GE(s.correct, kHeldout15LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_at_4, 0);
}

TEST(TriageQuality, SixteenthHeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout16");
  EXPECT_GE(s.correct, kHeldout16LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

TEST(TriageQuality, SeventeenthHeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout17");
  EXPECT_GE(s.correct, kHeldout17LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

TEST(TriageQuality, EighteenthHeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout18");
  EXPECT_GE(s.correct, kHeldout18LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

TEST(TriageQuality, NineteenthHeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout19");
  EXPECT_GE(s.correct, kHeldout19LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

TEST(TriageQuality, TwentiethHeldoutSetHoldsItsGroundAndFindsEveryLevelOne) {
  const tools::LabelledSetScore s = measure("heldout20");
  EXPECT_GE(s.correct, kHeldout20LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_found, s.level1) << "level-1 recall";
}

// heldout13, like heldout3, is never tuned on and never in the weights' fit: the floor is its first
// measure; a change that loses ground on mail nothing was fitted to fails here.
TEST(TriageQuality, UntunedThirteenthHeldoutSetHoldsItsGround) {
  const tools::LabelledSetScore s = measure("heldout13");
  EXPECT_GE(s.correct, kHeldout13LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_at_4, 0);
}

// heldout21 was written last and is never tuned or fitted on, like heldout3 and heldout13.
TEST(TriageQuality, UntunedTwentyFirstHeldoutSetHoldsItsGround) {
  const tools::LabelledSetScore s = measure("heldout21");
  EXPECT_GE(s.correct, kHeldout21LevelsFloor) << s.correct << "/" << s.messages;
  EXPECT_EQ(s.level1_at_4, 0);
}

// The learned weights tested where they were not fitted: each set is scored with weights fitted on
// the other sets only (leave one set out), against the rules alone. Summed over the sets they must
// not lose ground, and they must never put a level-1 message at level 4.
TEST(TriageQuality, LearnedWeightsDoNotLoseGroundOnSetsTheyWereNotFittedOn) {
  const std::vector<std::string> sets = {"dev", "dev2", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21"};
  auto rules = load_rules_file(BILLETD_SOURCE_DIR "/etc/rules.toml");
  ASSERT_TRUE(rules.ok()) << rules.error().message;
  const Classifier reader(std::move(*rules));
  std::vector<std::vector<LabelledFeatures>> words;
  for (const std::string& set : sets) words.push_back(*tools::labelled_words(set_dir(set), reader));
  int rules_alone = 0, with_weights = 0;
  for (size_t held = 0; held < sets.size(); ++held) {
    std::vector<LabelledFeatures> training;
    for (size_t i = 0; i < sets.size(); ++i)
      if (i != held) training.insert(training.end(), words[i].begin(), words[i].end());
    const auto fitted = std::make_shared<const WordWeights>(fit_word_weights(training, {}, ""));
    std::cout << "weights fitted without " << sets[held] << ":\n";
    const tools::LabelledSetScore learned = measure(sets[held], fitted);
    const tools::LabelledSetScore alone = measure(sets[held], nullptr, false);
    with_weights += learned.correct;
    rules_alone += alone.correct;
    EXPECT_EQ(learned.level1_at_4, 0) << sets[held];
    EXPECT_GE(learned.level1_found, alone.level1_found) << sets[held];
  }
  std::cout << "leave one set out: " << with_weights << " levels right with the weights, " << rules_alone << " with the rules alone\n";
  EXPECT_GE(with_weights, rules_alone);
}

// The shipped etc/word-weights.tsv is what `billetctl rules fit` makes of every set but heldout3,
// heldout13 and heldout21 (as its first line says), so those still measure mail it never saw.
TEST(TriageQuality, ShippedWeightsAreFittedOnTheSetsTheyNameAndNoOther) {
  auto rules = load_rules_file(BILLETD_SOURCE_DIR "/etc/rules.toml");
  ASSERT_TRUE(rules.ok()) << rules.error().message;
  ASSERT_NE(rules->learned.weights, nullptr) << "etc/rules.toml names the shipped weights";
  const std::shared_ptr<const WordWeights> shipped = rules->learned.weights;
  const Classifier reader(std::move(*rules));
  std::vector<LabelledFeatures> training;
  for (const char* set : {"dev", "dev2", "heldout", "heldout2", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20"}) {
    auto words = tools::labelled_words(set_dir(set), reader);
    ASSERT_TRUE(words.ok());
    training.insert(training.end(), words->begin(), words->end());
  }
  EXPECT_NE(shipped->header.find("fitted on " + std::to_string(training.size()) + " tickets"), std::string::npos) << shipped->header;
  EXPECT_EQ(shipped->header.find("heldout3"), std::string::npos);
  EXPECT_EQ(shipped->header.find("heldout13"), std::string::npos);
  EXPECT_EQ(shipped->header.find("heldout21"), std::string::npos);
  const WordWeights refit = fit_word_weights(training, {}, "");
  ASSERT_EQ(refit.weight.size(), shipped->weight.size()) << "refit with `billetctl rules fit` (README of tests/data/triage)";
  for (const auto& [stem, w] : refit.weight) {
    const auto found = shipped->weight.find(stem);
    ASSERT_NE(found, shipped->weight.end()) << stem;
    for (int k = 1; k <= 4; ++k) ASSERT_NEAR(found->second[k], w[k], 1e-3) << stem;
  }
}

}  // namespace
}  // namespace billet::triage
