// A word in all its forms: the stems behind the ~word pattern syntax.
#include "triage/stem.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "triage/pattern.h"

namespace billet::triage {
namespace {

void expect_one_french_word(const std::vector<std::string>& forms) {
  for (const std::string& form : forms) EXPECT_EQ(french_stem(form), french_stem(forms.front())) << form;
}

TEST(FrenchStem, ConjugationsDerivationsAndAgreementsAreOneWord) {
  expect_one_french_word({"fonctionne", "fonctionnent", "fonctionnait", "fonctionnement", "fonctionnements",
                          "fonctionner", "fonctionnaient"});
  expect_one_french_word({"bloque", "bloquee", "bloques", "bloquees", "bloquent", "bloquer", "bloquait"});
  expect_one_french_word({"plante", "plantee", "plantent", "plantage", "plantages", "plantait"});
  expect_one_french_word({"envoie", "envoient", "envoyer", "envoyes", "envoyons"});
  expect_one_french_word({"affiche", "affichent", "affichage", "afficher"});
  expect_one_french_word({"part", "partent", "partir"});
  expect_one_french_word({"arrive", "arrivent", "arrivons", "arrivait", "arriver"});
  expect_one_french_word({"bouton", "boutons"});
  expect_one_french_word({"connexion", "connexions"});
}

TEST(FrenchStem, TheParticipleOfAnIrVerbJoinsItsVerb) {
  for (const char* form : {"reparti", "repartie", "reparties", "repartent", "repartir"}) EXPECT_EQ(french_stem(form), "repart") << form;
  EXPECT_EQ(french_stem("sorti"), french_stem("sortir"));
  EXPECT_EQ(french_stem("reussi"), french_stem("reussissent"));
  EXPECT_EQ(french_stem("envoi"), french_stem("envoyer")) << "an i after a vowel stays";
}

TEST(FrenchStem, ShortWordsAndDifferentWordsStayApart) {
  EXPECT_EQ(french_stem("client"), "client") << "-ent is not stripped below four letters of stem";
  EXPECT_EQ(french_stem("tous"), "tous");
  EXPECT_NE(french_stem("fonction"), french_stem("fonctionne"));
  EXPECT_NE(french_stem("echec"), french_stem("echoue"));
}

TEST(EnglishStem, SnowballJoinsTheFormsOfAVerb) {
  for (const char* form : {"fail", "fails", "failed", "failing"}) EXPECT_EQ(english_stem(form), "fail") << form;
  for (const char* form : {"stop", "stops", "stopped", "stopping"}) EXPECT_EQ(english_stem(form), "stop") << form;
  EXPECT_EQ(english_stem("loading"), english_stem("loads"));
}

TEST(StemCache, AHostileTextOfDistinctWordsCostsABoundedCache) {
  for (size_t i = 0; i < kStemCacheWords * 3; ++i) (void)stems_of("mot" + std::to_string(i));
  EXPECT_EQ(stems_of("fonctionnent").french, "fonctionn") << "still right after the cache was cleared";
}

// Long words are stemmed, not kept: distinct 10 kB words leave the cache as it was.
TEST(StemCache, ALongWordIsStemmedButNotKept) {
  const size_t before = stem_cache_words();
  for (char c = 'a'; c <= 'z'; ++c) {
    const std::string word = std::string(10000, c) + "ent";
    EXPECT_EQ(stems_of(word).french.size(), 10000u) << "still stemmed";
  }
  EXPECT_EQ(stem_cache_words(), before);
}

size_t count(const char* pattern, const char* text) { return Pattern(pattern).find_all(tokenize(text)).size(); }

TEST(StemPattern, ATildeWordMatchesEveryFormAndNothingElse) {
  EXPECT_EQ(count("ne ~fonctionner plus", "Les alertes ne fonctionnent plus. L'envoi ne fonctionnait plus."), 2u);
  EXPECT_EQ(count("~fail", "It fails, it failed, it keeps failing: a failure."), 3u) << "failure is a noun apart";
  EXPECT_EQ(count("~bloquer", "Comptes bloqués, poste BLOQUÉE, ils bloquent tout"), 3u);
  EXPECT_EQ(count("~fonctionner", "La fonction d'export"), 0u);
  EXPECT_EQ(Pattern("~fail|crash*").slots().front(), (std::vector<std::string>{"~fail", "crash*"}));
}

TEST(StemPattern, TheIndexFindsWhatATildePatternFindsAlone) {
  const Pattern tilde("~fonctionner plus");
  const Pattern other("rien ne ~passer");
  const PatternIndex index({&tilde, &other});
  const auto tokens = tokenize("Rien ne passe. Les SMS ne fonctionnent plus, rien ne passait.");
  const auto found = index.find_all(tokens);
  ASSERT_FALSE(found.of(&tilde).empty());
  EXPECT_EQ(found.of(&tilde).size(), tilde.find_all(tokens).size());
  EXPECT_EQ(found.of(&other).size(), 2u);
}

}  // namespace
}  // namespace billet::triage
