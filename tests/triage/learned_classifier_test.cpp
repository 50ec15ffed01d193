// The learned word weights inside the classifier (issue 10): they refine only what the rules leave
// open, within bounds, and the reason names the words that weighed. Weights here are written by
// hand so each bound is tested on its own.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "triage/classifier.h"
#include "triage/stem.h"

namespace billet::triage {
namespace {

// A classifier with the shipped rules and, as learned weights, one invented word ("gribouillis")
// that points at `level` with weight `strength`.
std::unique_ptr<Classifier> with_weights(int level, double strength, int highest_level = 2) {
  auto rules = load_rules_file(BILLETD_SOURCE_DIR "/etc/rules.toml");
  if (!rules) throw std::runtime_error(rules.error().message);
  auto w = std::make_shared<WordWeights>();
  std::array<double, 5> weights{};
  weights[level] = strength;
  w->weight.emplace(french_stem("gribouillis"), weights);
  rules->learned.weights = w;
  rules->learned.highest_level = highest_level;
  return std::make_unique<Classifier>(std::move(*rules));
}

// A statement in words no rule names: the floor the weights may refine.
const char* const kStatement = "Le gribouillis du tableau de bord est tout de travers depuis ce matin.";

TEST(LearnedWeights, AnOpenDecisionFollowsTheWeightsAndTheReasonNamesTheWords) {
  const auto c0 = with_weights(2, 0)->classify("Le gribouillis", kStatement);
  ASSERT_EQ(c0.level, 3);
  ASSERT_EQ(c0.decided_by, "statement");
  const auto c = with_weights(2, 6)->classify("Le gribouillis", kStatement);
  EXPECT_EQ(c.level, 2);
  EXPECT_EQ(c.decided_by, "statement+learned");
  EXPECT_NE(c.explanation().find("learned [2] matched «" + french_stem("gribouillis") + " +6.00"), std::string::npos)
      << c.explanation();
  EXPECT_NE(c.to_json().find("\"rule\":\"learned\""), std::string::npos);
}

TEST(LearnedWeights, BelowTheirMinimumProbabilityTheRulesStand) {
  const auto c = with_weights(2, 0.5)->classify("Le gribouillis", kStatement);
  EXPECT_EQ(c.level, 3);
  EXPECT_EQ(c.decided_by, "statement");
}

TEST(LearnedWeights, ATicketInWhichTheRulesSawNothingStaysLevelFourWhateverItsWords) {
  for (const int level : {1, 2, 3}) {
    const auto c = with_weights(level, 20, 1)->classify("Le gribouillis", "Avez-vous des nouvelles du gribouillis?");
    EXPECT_EQ(c.level, 4) << c.explanation();
    EXPECT_EQ(c.decided_by, "default");
  }
}

TEST(LearnedWeights, AMarkerARuleOrAScopedSituationIsNeverOverridden) {
  const auto weights = with_weights(3, 20);
  EXPECT_EQ(weights->classify("Niveau 4 - gribouillis", "Une demande sur le gribouillis.").level, 4);
  EXPECT_EQ(weights->classify("Connexion", "Plus personne ne peut se connecter. Le gribouillis.").level, 1);
  EXPECT_EQ(weights->classify("Formation", "Nous aimerions une formation sur le gribouillis.").decided_by.find("learned"),
            std::string::npos);
}

TEST(LearnedWeights, AFailureTheRulesSawNeverFallsToFour) {
  const std::string body = "L'onglet Enregistrer fait rien quand je clique sur le gribouillis.";
  ASSERT_EQ(with_weights(4, 0)->classify("Bouton", body).level, 2);
  const auto c = with_weights(4, 20)->classify("Bouton", body);
  EXPECT_EQ(c.level, 2) << c.explanation();
  EXPECT_EQ(c.decided_by.find("learned"), std::string::npos);
  EXPECT_EQ(with_weights(3, 20)->classify("Bouton", body).level, 3);
}

TEST(LearnedWeights, WordsMakeALevelOneOnlyWhenTheFileAllowsIt) {
  EXPECT_EQ(with_weights(1, 20)->classify("Le gribouillis", kStatement).level, 2) << "highest_level 2 (the default)";
  EXPECT_EQ(with_weights(1, 20, 1)->classify("Le gribouillis", kStatement).level, 1);
  const std::string failure = "L'onglet Enregistrer fait rien quand je clique sur le gribouillis.";
  EXPECT_EQ(with_weights(1, 20)->classify("Bouton", failure).level, 2);
  EXPECT_EQ(with_weights(1, 20, 1)->classify("Bouton", failure).level, 1);
}

TEST(LearnedWeights, WhatStillWorksKeepsTheWordsFromALevelOne) {
  const std::string failure = "L'onglet Enregistrer fait rien quand je clique sur le gribouillis.";
  ASSERT_EQ(with_weights(1, 20, 1)->classify("Bouton", failure).level, 1);
  const auto c = with_weights(1, 20, 1)->classify("Bouton", failure + " Les autres boutons fonctionnent normalement.");
  EXPECT_EQ(c.level, 2) << c.explanation();
}

TEST(LearnedWeights, OneFeatureNamedWhereNothingIsSaidAffectedAsAWholeKeepsTheWordsFromALevelOne) {
  const std::string failure = "L'onglet Enregistrer fait rien quand je clique sur le gribouillis.";
  ASSERT_EQ(with_weights(1, 20, 1)->classify("Bouton", failure).level, 1);
  const auto c = with_weights(1, 20, 1)->classify("Bouton", "Dans le journal d'audit, l'onglet Enregistrer fait rien quand je clique sur le gribouillis.");
  EXPECT_EQ(c.level, 2) << c.explanation();
}

TEST(LearnedWeights, OnePersonOfTheStaffInTheFailuresSentenceKeepsTheWordsFromALevelOne) {
  const std::string failure = "L'onglet Enregistrer fait rien quand je clique sur le gribouillis.";
  ASSERT_EQ(with_weights(1, 20, 1)->classify("Bouton", failure).level, 1);
  const auto c = with_weights(1, 20, 1)->classify("Bouton", "Pour ma collègue, l'onglet Enregistrer fait rien quand elle clique sur le gribouillis.");
  EXPECT_EQ(c.level, 2) << c.explanation();
  EXPECT_EQ(with_weights(1, 20, 1)->classify("Bouton", "Ma collègue est en congé. L'onglet Enregistrer fait rien quand je clique sur le gribouillis.").level, 1)
      << "a person named in another sentence sizes nothing";
}

TEST(LearnedWeights, ALevelOneNeedsItsOwnProbability) {
  const std::string failure = "L'onglet Enregistrer fait rien quand je clique sur le gribouillis.";
  // Weight 1.2 on level 1 alone: P(1) = e^1.2 / (e^1.2 + 3) ~ 0.52, under level_one_probability 0.75,
  // though "level 1 or 2" together pass min_probability.
  const auto c = with_weights(1, 1.2, 1)->classify("Bouton", failure);
  EXPECT_EQ(c.level, 2) << c.explanation();
  EXPECT_EQ(with_weights(1, 3, 1)->classify("Bouton", failure).level, 1) << "P(1) ~ 0.87";
}

TEST(LearnedWeights, UrgencyWordsWeighOnceThroughTheirOwnRule) {
  const auto classifier = with_weights(3, 0);
  const LabelledFeatures raised = classifier->example_of("URGENT", "Comment ajouter un utilisateur au compte?", 3);
  EXPECT_EQ(raised.level, 4) << "a labelled 3 with an urgency word is a 4 raised";
  EXPECT_EQ(std::count(raised.features.begin(), raised.features.end(), "urgent"), 0);
  EXPECT_EQ(classifier->example_of("Question", "Comment ajouter un utilisateur au compte?", 3).level, 3);
  EXPECT_EQ(classifier->example_of("CRITIQUE", "Une coquille dans le gabarit d'évacuation.", 2).level, 0)
      << "a labelled 2 with an urgency word may be a 3 raised: no example";
  const LabelledFeatures plain = classifier->example_of("Question", "Comment ajouter un utilisateur au compte? Bonjour merci 2026", 4);
  EXPECT_TRUE(std::is_sorted(plain.features.begin(), plain.features.end()));
  for (const char* left_out : {"bonjour", "merci", "2026", "un", "au"})
    EXPECT_EQ(std::count(plain.features.begin(), plain.features.end(), left_out), 0) << left_out;
  EXPECT_EQ(std::count(plain.features.begin(), plain.features.end(), french_stem("utilisateur")), 1);
}

TEST(LearnedWeights, TheRulesNameTheirWeightsFileBesideThemAndAMissingOneFailsTheLoadWithItsLine) {
  const auto dir = std::filesystem::temp_directory_path() / ("learned-rules-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ifstream shipped(BILLETD_SOURCE_DIR "/etc/rules.toml");
  std::string text((std::istreambuf_iterator<char>(shipped)), {});
  std::ofstream(dir / "rules.toml") << text;
  std::filesystem::copy_file(BILLETD_SOURCE_DIR "/etc/word-weights.tsv", dir / "word-weights.tsv");
  auto loaded = load_rules_file((dir / "rules.toml").string());
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  ASSERT_NE(loaded->learned.weights, nullptr);
  EXPECT_GT(loaded->learned.weights->weight.size(), 100u);
  std::filesystem::remove(dir / "word-weights.tsv");
  auto missing = load_rules_file((dir / "rules.toml").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, "rules.invalid");
  EXPECT_NE(missing.error().message.find("rules.toml: line "), std::string::npos) << missing.error().message;
  EXPECT_NE(missing.error().message.find("word-weights.tsv"), std::string::npos) << missing.error().message;
  EXPECT_FALSE(parse_rules(text, "r.toml", dir.string()).ok()) << "parse_rules resolves the file in base_dir";
  auto bounds = parse_rules("[learned]\nmin_probability = 0.1\n[[rule]]\nid = \"x\"\nlevel = 2\nphrases = [\"panne\"]\n", "r.toml");
  ASSERT_FALSE(bounds.ok());
  EXPECT_NE(bounds.error().message.find("min_probability"), std::string::npos);
  auto one = parse_rules("[learned]\nlevel_one_probability = 2\n[[rule]]\nid = \"x\"\nlevel = 2\nphrases = [\"panne\"]\n", "r.toml");
  ASSERT_FALSE(one.ok());
  EXPECT_NE(one.error().message.find("level_one_probability"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace billet::triage
