#include "triage/word_weights.h"

#include <gtest/gtest.h>

#include <fstream>

#include "triage/classifier.h"

namespace billet::triage {
namespace {

std::vector<LabelledFeatures> toy_set() {
  std::vector<LabelledFeatures> set;
  for (int i = 0; i < 5; ++i) {
    set.push_back({{"panne", "tous", "jour" + std::to_string(i)}, 1});
    set.push_back({{"export", "vide", "jour" + std::to_string(i)}, 2});
    set.push_back({{"logo", "couleur", "jour" + std::to_string(i)}, 3});
    set.push_back({{"formation", "comment", "jour" + std::to_string(i)}, 4});
  }
  return set;
}

int most_likely(const WordVerdict& v) {
  int best = 1;
  for (int k = 2; k <= 4; ++k)
    if (v.probability[k] > v.probability[best]) best = k;
  return best;
}

TEST(WordWeights, AFitLearnsTheWordsThatSeparateTheLevelsAndSaysWhichWeighed) {
  const WordWeights w = fit_word_weights(toy_set(), {}, "toy");
  EXPECT_EQ(most_likely(w.judge({"panne", "tous"})), 1);
  EXPECT_EQ(most_likely(w.judge({"export"})), 2);
  EXPECT_EQ(most_likely(w.judge({"couleur"})), 3);
  EXPECT_EQ(most_likely(w.judge({"comment", "jour1"})), 4);
  const WordVerdict v = w.judge({"logo", "jour2", "inconnu"});
  EXPECT_EQ(v.present, (std::vector<std::string>{"logo", "jour2"})) << "a word never seen weighs nothing";
  const auto why = v.words_for(3, 2, 4);
  ASSERT_FALSE(why.empty());
  EXPECT_EQ(why.front().first, "logo");
  double sum = 0;
  for (int k = 1; k <= 4; ++k) sum += v.probability[k];
  EXPECT_NEAR(sum, 1.0, 1e-9);
}

TEST(WordWeights, AWordSeenInOneMessageOnlyGetsNoWeight) {
  auto set = toy_set();
  set.push_back({{"unique"}, 1});
  const WordWeights w = fit_word_weights(set, {}, "");
  EXPECT_EQ(w.weight.count("unique"), 0u);
  EXPECT_EQ(w.weight.count("panne"), 1u);
}

TEST(WordWeights, TheSameSetGivesTheSameFileAndTheFileReadsBackTheSame) {
  const WordWeights a = fit_word_weights(toy_set(), {}, " fitted on a toy set");
  const WordWeights b = fit_word_weights(toy_set(), {}, " fitted on a toy set");
  EXPECT_EQ(a.serialize(), b.serialize());
  auto read = parse_word_weights(a.serialize(), "toy.tsv");
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read->header, " fitted on a toy set");
  EXPECT_EQ(read->weight.size(), a.weight.size());
  for (const auto& words : {std::vector<std::string>{"panne"}, {"logo", "vide"}, {}}) {
    const auto x = a.judge(words), y = read->judge(words);
    for (int k = 1; k <= 4; ++k) EXPECT_NEAR(x.probability[k], y.probability[k], 1e-4);
  }
}

TEST(WordWeights, ABadWeightsFileIsRefusedNamingItsLine) {
  auto problem = [](const std::string& text) {
    auto r = parse_word_weights(text, "w.tsv");
    EXPECT_FALSE(r.ok()) << text;
    return r.ok() ? std::string() : r.error().code + " " + r.error().message;
  };
  EXPECT_NE(problem("bias\t0\t0\t0\n").find("w.tsv:1: expected a stem and 4 weights"), std::string::npos);
  EXPECT_NE(problem("# c\nbias\t0\t0\t0\t0\npanne\t1\tx\t0\t0\n").find("w.tsv:3: weight 2 is not a number"), std::string::npos);
  EXPECT_NE(problem("bias\t0\t0\t0\t0\npanne\tnan\t0\t0\t0\n").find("w.tsv:2:"), std::string::npos);
  EXPECT_NE(problem("bias\t0\t0\t0\t0\npanne\t1e9\t0\t0\t0\n").find("between -1000 and 1000"), std::string::npos);
  EXPECT_NE(problem("bias\t0\t0\t0\t0\npanne\t1\t0\t0\t0\npanne\t1\t0\t0\t0\n").find("w.tsv:3: stem \"panne\" appears twice"), std::string::npos);
  EXPECT_NE(problem("bias\t0\t0\t0\t0\n" + std::string(kMaxStemBytes + 1, 'a') + "\t0\t0\t0\t0\n").find("w.tsv:2: a stem must have"), std::string::npos);
  EXPECT_NE(problem("panne\t1\t0\t0\t0\n").find("no bias line"), std::string::npos);
  EXPECT_EQ(problem("panne\t1\t0\t0\t0\n").rfind("rules.weights_invalid", 0), 0u) << "a configuration error";
  EXPECT_EQ(load_word_weights("/nonexistent/w.tsv").error().code, "rules.weights_unreadable");
}

}  // namespace
}  // namespace billet::triage
