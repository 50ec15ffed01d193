#include "triage/pattern.h"

#include <gtest/gtest.h>

namespace billet::triage {
namespace {

size_t count(const char* pattern, const char* text) { return Pattern(pattern).find_all(tokenize(text)).size(); }

TEST(Fold, LowerCasesAndRemovesAccents) {
  EXPECT_EQ(fold("ÉCOLE Forêt Œuvre Ça"), "ecole foret oeuvre ca");
  EXPECT_EQ(fold("d’accès"), "d'acces");
}

TEST(Tokenize, SplitsWordsAtApostrophesAndMarksSentenceEnds) {
  const auto t = tokenize("Impossible d'accéder. Merci");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].folded, "impossible");
  EXPECT_EQ(t[1].folded, "d");
  EXPECT_EQ(t[2].folded, "acceder");
  EXPECT_TRUE(t[3].is_break());
  EXPECT_EQ(t[4].folded, "merci");
  EXPECT_EQ(std::string("Impossible d'accéder. Merci").substr(t[2].begin, t[2].end - t[2].begin), "accéder");
}

TEST(Pattern, WordsAlternativesPrefixesAndGaps) {
  EXPECT_EQ(count("ne fonctionne|marche plus", "ça ne marche plus"), 1u);
  EXPECT_EQ(count("connect*", "se connecter, connexion, connectés"), 2u);
  EXPECT_EQ(count("personne * connecter", "personne à la ville ne peut se connecter"), 0u);  // gap of 5
  EXPECT_EQ(count("personne * peut se connecter", "personne à la ville ne peut se connecter"), 1u);
  EXPECT_EQ(count("personne * connecter", "personne. connecter"), 0u);
}

TEST(Pattern, LevelDigits) {
  const auto m = Pattern("p#").find_all(tokenize("P2 - templates"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].digit, 2);
  EXPECT_TRUE(Pattern("niveau #").find_all(tokenize("niveau 7")).empty());
}

TEST(Pattern, GapsAtTheEdgesAreRefused) {
  EXPECT_THROW(Pattern("* word"), std::invalid_argument);
  EXPECT_THROW(Pattern(""), std::invalid_argument);
}

}  // namespace
}  // namespace billet::triage
