// The rules lint finds the mistakes a rules author makes (each seen while writing etc/rules.toml),
// and the shipped rules file has none.
#include "triage/rules_lint.h"

#include <gtest/gtest.h>

namespace billet::triage {
namespace {

std::vector<LintFinding> lint(const std::string& toml) {
  auto rules = parse_rules(toml, "test.toml");
  EXPECT_TRUE(rules.ok()) << rules.error().message;
  return rules.ok() ? lint_rules(*rules) : std::vector<LintFinding>{};
}

bool has(const std::vector<LintFinding>& findings, const std::string& pattern, const std::string& words) {
  for (const auto& f : findings)
    if (f.pattern == pattern && f.problem.find(words) != std::string::npos) return true;
  return false;
}

TEST(RulesLint, AOneLetterAlternativeBesideWordsIsAPhraseAlternationMistake) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"can t|cannot log\", \"can t log\"]\n");
  EXPECT_TRUE(has(f, "can t|cannot log", "one-letter alternative")) << f.size();
  EXPECT_FALSE(has(f, "can t log", "one-letter alternative"));
}

// Seen in session 11: "0|zero successful * logins|login|sign ins|connections" needed "logins ins".
TEST(RulesLint, ATwoWordTermAmongSingleWordsIsReported) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"no successful * logins|login|sign ins|connections\", "
                      "\"cannot sign|log in|on\", \"failed logins|signins\"]\n");
  EXPECT_TRUE(has(f, "no successful * logins|login|sign ins|connections", "two-word term")) << f.size();
  EXPECT_FALSE(has(f, "cannot sign|log in|on", "two-word term")) << "every word of the next slot finishes a term";
  EXPECT_FALSE(has(f, "failed logins|signins", "two-word term"));
}

// Seen in session 12: "ne|n apparait * nulle part|pas" needed "nulle pas" (a word that never
// stands alone, alone in its slot).
TEST(RulesLint, ATwoWordTermAfterAWordThatNeverStandsAloneIsReported) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"ne|n apparait * nulle part|pas\", \"ne|n apparait * nulle part\", "
                      "\"it|s back up|online\"]\n");
  EXPECT_TRUE(has(f, "ne|n apparait * nulle part|pas", "two-word term")) << f.size();
  EXPECT_FALSE(has(f, "ne|n apparait * nulle part", "two-word term"));
  EXPECT_FALSE(has(f, "it|s back up|online", "two-word term")) << "back up and back online are both words";
}

// "cannot|cant log": the text's "cant" is read as "can t", so a pattern's "cant" never matches.
TEST(RulesLint, AContractionWithoutItsApostropheInAPatternCanNeverMatch) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"cannot|cant log\", \"it doesnt load\", \"can t log\", \"le fichier dont\"]\n");
  EXPECT_TRUE(has(f, "cannot|cant log", "write \"can t\"")) << f.size();
  EXPECT_TRUE(has(f, "it doesnt load", "write \"doesn t\""));
  EXPECT_FALSE(has(f, "can t log", "can never match"));
  EXPECT_FALSE(has(f, "le fichier dont", "can never match")) << "French dont is a word";
}

// Seen in session 6: "normalement|correctement|sans probleme" never matched "sans probleme".
TEST(RulesLint, AConnectiveAmongWordsInOneSlotIsAPhraseAlternationMistake) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"panne\"]\n[context]\nworking = [\"marche normalement|sans probleme\", \"marche sans probleme\"]\n"
                      "not_current = [\"procedure|que faire si\", \"de|d hier\"]\n");
  EXPECT_TRUE(has(f, "marche normalement|sans probleme", "connective")) << f.size();
  EXPECT_TRUE(has(f, "procedure|que faire si", "connective"));
  const auto g = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"rather than|instead of at the scheduled time\"]\n");
  EXPECT_TRUE(has(g, "rather than|instead of at the scheduled time", "connective")) << "\"than|instead\" (session 8)";
  EXPECT_FALSE(has(f, "marche sans probleme", "connective"));
  EXPECT_FALSE(has(f, "de|d hier", "connective")) << "two short words are one word's spellings";
}

// Seen in session 7: "~figer" never met « ça fige » (a stem keeps at least four letters).
TEST(RulesLint, AVerbTooShortToStemNamesTheFormsItMisses) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"~figer\", \"~jouer|joue|jouent|jouee|joues\", \"~bloquer\"]\n");
  EXPECT_TRUE(has(f, "~figer", "does not reach fige, figent, figee, figes")) << f.size();
  EXPECT_FALSE(has(f, "~jouer|joue|jouent|jouee|joues", "does not reach")) << "the forms are listed beside it";
  EXPECT_FALSE(has(f, "~bloquer", "does not reach")) << "bloque, bloquent, bloquee share its stem";
}

// Seen in session 7 (three times): "does not|doesn t exist" never matched "does not exist".
TEST(RulesLint, NotBesideAContractionInOneSlotIsAPhraseSplitInTheWrongPlace) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"does not|doesn t exist\", \"does|doesn not|t exist\"]\n");
  EXPECT_TRUE(has(f, "does not|doesn t exist", "split in the wrong place")) << f.size();
  EXPECT_FALSE(has(f, "does|doesn not|t exist", "split in the wrong place"));
}

// Seen in session 18: "heard * anything|a thing" never matched "heard anything" (it read
// (anything|a) thing).
TEST(RulesLint, AnArticleBesideAnIndefinitePronounBeforeOneMoreWordIsAPhraseAmongWords) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 1\nphrases = [\"heard * anything|a thing\", \"heard * anything\", \"got a|one call\"]\n");
  EXPECT_TRUE(has(f, "heard * anything|a thing", "\"a thing\" is written among single words")) << f.size();
  EXPECT_EQ(f.size(), 1U) << "\"anything\" alone and \"a|one call\" are fine";
}

// Seen in session 19: "we don t|do not|never send those" never matched (it read we don (t|do)
// (not|never) send), nor "what happens|would happen to" (what (happens|would) happen to), nor
// "~see|sees|seeing|can see * our lists" ((see|sees|seeing|can) see).
TEST(RulesLint, AContractionsTailOrAModalBesideOtherWordsIsAPhraseAmongWords) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 1\nphrases = [\"we don t|do not|never send those\", "
                      "\"what happens|would happen to\", \"sees|seeing|can see * our lists\", \"does|doesn not|t exist\", "
                      "\"can|couldn t log in\", \"can|could|will you * stop\", \"is|was|got deleted\"]\n");
  EXPECT_TRUE(has(f, "we don t|do not|never send those", "one-letter alternative")) << f.size();
  EXPECT_TRUE(has(f, "what happens|would happen to", "a modal beside another word"));
  EXPECT_TRUE(has(f, "sees|seeing|can see * our lists", "a modal beside another word"));
  EXPECT_EQ(f.size(), 3U) << "\"not|t\", \"can|couldn t\", modals among themselves and auxiliaries are meant";
}

// Seen in session 19: "were|was|got|been unsubscribed|opted out" never matched "were unsubscribed"
// (it read (unsubscribed|opted) out), nor "shuffled|swapped|mixed up" "shuffled".
TEST(RulesLint, ATermsEndingAloneAfterItsHeadAmongOtherWordsIsAPhraseAmongWords) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 1\nphrases = [\"were unsubscribed|opted out\", \"numbers * shuffled|mixed up\", "
                      "\"everyone logs|log|signs|sign in\", \"logged|kicked out\", \"greyed|grayed out\"]\n");
  EXPECT_TRUE(has(f, "were unsubscribed|opted out", "\"out\" alone after a term's head")) << f.size();
  EXPECT_TRUE(has(f, "numbers * shuffled|mixed up", "\"up\" alone after a term's head"));
  EXPECT_EQ(f.size(), 2U) << "every form of the head, or no head at all, is meant";
}

// Seen in session 7: "anymore|any more" and "gateway timeout|time out" never matched their phrase.
TEST(RulesLint, APhraseWrittenAmongSingleWordsIsReported) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"anymore|any more\", \"gateway timeout|time out\", \"no longer\"]\n");
  EXPECT_TRUE(has(f, "anymore|any more", "\"any more\" is written among single words")) << f.size();
  EXPECT_TRUE(has(f, "gateway timeout|time out", "\"time out\" is written among single words"));
  EXPECT_FALSE(has(f, "no longer", "among single words"));
  const auto g = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"went * instead of|au lieu\", \"went * instead of\"]\n");
  EXPECT_TRUE(has(g, "went * instead of|au lieu", "a phrase of each language was joined")) << g.size();
  EXPECT_FALSE(has(g, "went * instead of", "a phrase of each language"));
}

// Seen in session 8: "tout le monde recoit|a recu|ont recu" never matched « tout le monde reçoit ».
TEST(RulesLint, AWordInTwoNeighbouringSlotsIsAPhraseAlternationMistake) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"monde recoit|a recu|ont recu\", \"nobody here|nobody sent\", "
                      "\"monde a|ont recu\"]\n");
  EXPECT_TRUE(has(f, "monde recoit|a recu|ont recu", "\"recu\" is written in two neighbouring slots")) << f.size();
  EXPECT_TRUE(has(f, "nobody here|nobody sent", "\"nobody\" is written in two neighbouring slots"));
  EXPECT_FALSE(has(f, "monde a|ont recu", "neighbouring"));
}

// Seen in session 20: "rung * again and again|repeatedly" never matched "rang repeatedly", and
// « vous arrive t il|arrive t il a somum » never matched « vous arrive-t-il ».
// Seen in session 20: "none of us|nobody here * cancelled them" never matched "None of us cancelled them".
TEST(RulesLint, AnObjectPronounBesideAnIndefiniteOneInOneSlotIsAPhraseAlternationMistake) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"none of us|nobody here * cancelled\", \"nobody|everyone can\", "
                      "\"none of us * cancelled\", \"kicks us|everyone out\"]\n");
  EXPECT_TRUE(has(f, "none of us|nobody here * cancelled", "an object pronoun beside")) << f.size();
  EXPECT_FALSE(has(f, "nobody|everyone can", "an object pronoun"));
  EXPECT_FALSE(has(f, "none of us * cancelled", "an object pronoun"));
  EXPECT_FALSE(has(f, "kicks us|everyone out", "an object pronoun")) << "one phrase, either object";
}

TEST(RulesLint, ARepeatedPhraseAmongSingleWordsIsReportedButShortWordsOnBothSidesAreNot) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"rung * again and again|repeatedly\", "
                      "\"~send * nonstop|over and over\", \"ville a|ont acces a|aux * contacts\", \"rung * again and again\"]\n");
  EXPECT_TRUE(has(f, "rung * again and again|repeatedly", "\"again and again\" is written among single words")) << f.size();
  EXPECT_TRUE(has(f, "~send * nonstop|over and over", "\"over and over\" is written among single words"));
  EXPECT_FALSE(has(f, "ville a|ont acces a|aux * contacts", "among single words")) << "« a accès à » repeats a short word";
  EXPECT_FALSE(has(f, "rung * again and again", "among single words"));
}

// Seen in session 8: "can t stop it|them|the broadcast" never matched "we can't stop it", and
// « personne au|du|dans le bureau » never matched « personne au bureau ».
TEST(RulesLint, AnArticleBesideOtherWordsInOneSlotIsAPhraseAlternationMistake) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"stop it|them|the broadcast\", \"personne au|du|dans le bureau\", "
                      "\"stop it|them\", \"toute notre|la|leur population\", \"make it|this|them stop\", \"~show * a|the maintenance page\", "
                      "\"a partir de|du lundi\", \"plans for|the outage\"]\n");
  EXPECT_TRUE(has(f, "stop it|them|the broadcast", "an article beside other words")) << f.size();
  EXPECT_TRUE(has(f, "personne au|du|dans le bureau", "an article beside other words"));
  EXPECT_FALSE(has(f, "stop it|them", "article")) << "an alternative in the last slot ends the phrase";
  EXPECT_FALSE(has(f, "toute notre|la|leur population", "article")) << "articles only: one word's spellings";
  EXPECT_FALSE(has(f, "make it|this|them stop", "article")) << "\"this\" is a pronoun too";
  EXPECT_FALSE(has(f, "~show * a|the maintenance page", "article")) << "« a » is also the French verb";
  EXPECT_FALSE(has(f, "a partir de|du lundi", "article")) << "« de » is also a preposition";
  EXPECT_TRUE(has(f, "plans for|the outage", "an article beside other words"));
}

// Seen in session 8: "citoyen|citoyens|quelqu un * trouve" never matched « un citoyen a trouvé ».
TEST(RulesLint, AlternativesBeforeALoneUnArePhrasesPutAmongSingleWords) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"citoyen|citoyens|quelqu un * trouve\", \"quelqu un * trouve\", "
                      "\"greyed|grayed out\"]\n");
  EXPECT_TRUE(has(f, "citoyen|citoyens|quelqu un * trouve", "alternatives before \"un\" alone")) << f.size();
  EXPECT_FALSE(has(f, "quelqu un * trouve", "alone"));
  EXPECT_FALSE(has(f, "greyed|grayed out", "alone")) << "a particle after verbs is meant";
  const auto g = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"mois dernier * vous|nous|il y * avez\"]\n");
  EXPECT_TRUE(has(g, "mois dernier * vous|nous|il y * avez", "alternatives before \"y\" alone")) << "« vous y avez » only";
}

// Seen in session 8: "cannot|unable|not able * log" never matched "we cannot log in", and
// "stopped|no longer work" never matched "stopped working".
TEST(RulesLint, ANegationBesideOtherWordsInOneSlotIsAPhraseAlternationMistake) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"cannot|unable|not able * log\", \"stopped|no longer work\", "
                      "\"ne|n peut|peuvent plus\", \"cannot|unable * log\"]\n");
  EXPECT_TRUE(has(f, "cannot|unable|not able * log", "a negation beside other words")) << f.size();
  EXPECT_TRUE(has(f, "stopped|no longer work", "a negation beside other words"));
  const auto g = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"account * deleted|removed|not found|inactive\"]\n");
  EXPECT_TRUE(has(g, "account * deleted|removed|not found|inactive", "a negation beside other words")) << "\"deleted found\"";
  EXPECT_FALSE(has(f, "ne|n peut|peuvent plus", "negation")) << "negations only: one word's spellings";
  EXPECT_FALSE(has(f, "cannot|unable * log", "negation"));
}

// Seen in session 9: "received * all of|whole|entire * province" never matched "went to the
// entire province" (it reads all + of|whole|entire).
// Seen in session 9: "places we|ve|have never been" never matched "places we've never been".
TEST(RulesLint, AContractionsTailBesideWholeWordsIsReported) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 1\nphrases = [\"places we|ve|have never been\", \"places we * never been\"]\n");
  EXPECT_TRUE(has(f, "places we|ve|have never been", "contraction's tail")) << f.size();
  EXPECT_FALSE(has(f, "places we * never been", "contraction"));
  const auto g = lint("[[rule]]\nid = \"a\"\nlevel = 4\nphrases = [\"we are|re|have moving\"]\n");
  EXPECT_FALSE(has(g, "we are|re|have moving", "contraction")) << "\"re\" for \"are\" after \"we\" is right";
}

TEST(RulesLint, APrepositionAfterALoneWordAmongContentWordsIsAPhraseAlternationMistake) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 1\nphrases = [\"sent * all of|whole|entire * province\", "
                      "\"sent * whole|entire * province\", \"se ferme des|aussitot\", \"panne de|d courant\"]\n");
  EXPECT_TRUE(has(f, "sent * all of|whole|entire * province", "a preposition beside content words")) << f.size();
  EXPECT_FALSE(has(f, "sent * whole|entire * province", "preposition"));
  EXPECT_FALSE(has(f, "se ferme des|aussitot", "preposition")) << "« dès » folds to \"des\"";
  EXPECT_FALSE(has(f, "panne de|d courant", "preposition")) << "spellings of one small word";
}

// Seen in session 16: "aucun * n est|ne sont joue" never matched « aucun message n'est joué », and
// three shipped patterns had the same shape (« qui n'est pas le nôtre », « il n'en reste plus »).
TEST(RulesLint, TheFrenchNeBesideOtherWordsIsAPhraseAlternationMistake) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"aucun * n est|ne sont joue\", \"aucun * ne|n ~jouer\", "
                      "\"aucun * n est joue\"]\n");
  EXPECT_TRUE(has(f, "aucun * n est|ne sont joue", "French \"ne\"")) << f.size();
  EXPECT_FALSE(has(f, "aucun * ne|n ~jouer", "French")) << "\"ne\" and its elided \"n\" are one word";
  EXPECT_FALSE(has(f, "aucun * n est joue", "French"));
}

TEST(RulesLint, AnApostropheInsideAlternativesSplitsTheSlot) {
  const auto f = lint("[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"ne|n'est plus\"]\n");
  EXPECT_TRUE(has(f, "ne|n'est plus", "apostrophe or hyphen"));
}

TEST(RulesLint, DuplicatesAndShadowedPatternsAreReported) {
  const auto f = lint(
      "[[rule]]\nid = \"broken\"\nlevel = 2\nphrases = [\"broken\", \"broken\"]\n"
      "[[rule]]\nid = \"look\"\nlevel = 3\nphrases = [\"layout * broken\", \"layout wrong\"]\n");
  EXPECT_TRUE(has(f, "broken", "duplicate"));
  EXPECT_TRUE(has(f, "layout * broken", "shadowed"));
  EXPECT_FALSE(has(f, "layout wrong", "shadowed"));
}

TEST(RulesLint, APrefixCoversTheWordsItStarts) {
  const auto f = lint("[[rule]]\nid = \"one\"\nlevel = 1\nphrases = [\"pirat*\"]\n"
                      "[[rule]]\nid = \"two\"\nlevel = 2\nphrases = [\"compte pirate\"]\n");
  EXPECT_TRUE(has(f, "compte pirate", "shadowed"));
}

// A cue set aside wherever it stands: every match of "please stop it" starts inside "please *
// stop", a request ([context] not_failure), so the runaway rule it was written for never fired.
TEST(RulesLint, ACueThatAlwaysStartsInsideAPhraseThatSetsItAsideNeverCounts) {
  const auto f = lint(
      "[[rule]]\nid = \"runaway\"\nlevel = 1\nphrases = [\"please stop it|this\", \"stop it now\", \"please stop the alert\"]\n"
      "[[rule]]\nid = \"ask\"\nlevel = 4\nphrases = [\"please stop sending\"]\n"
      "[[scope]]\nid = \"everyone\"\nlevel = 1\nphrases = [\"all our users\", \"all users\"]\n"
      "[context]\nnot_failure = [\"please|kindly * cancel|stop\", \"please stop the alerts\"]\nnot_scope = [\"all our\"]\n");
  EXPECT_TRUE(has(f, "please stop it|this", "never counts"));
  EXPECT_FALSE(has(f, "stop it now", "never counts")) << "it starts before any request";
  EXPECT_FALSE(has(f, "please stop the alert", "\"please stop the alerts\"")) << "\"alerts\" does not cover \"alert\"";
  EXPECT_TRUE(has(f, "please stop the alert", "\"please|kindly * cancel|stop\"")) << "but the shorter request does";
  EXPECT_FALSE(has(f, "please stop sending", "never counts")) << "a level-4 rule is what a request is";
  EXPECT_TRUE(has(f, "all our users", "not_scope"));
  EXPECT_FALSE(has(f, "all users", "not_scope"));
}

TEST(RulesLint, TheShippedRulesHaveNoPhraseAlternationMistakes) {
  auto rules = load_rules_file(BILLETD_SOURCE_DIR "/etc/rules.toml");
  ASSERT_TRUE(rules.ok()) << rules.error().message;
  for (const auto& f : lint_rules(*rules)) {
    const bool mistake = f.problem.find("one-letter") != std::string::npos ||
                         f.problem.find("apostrophe") != std::string::npos ||
                         f.problem.find("written twice") != std::string::npos ||
                         f.problem.find("duplicate") != std::string::npos ||
                         f.problem.find("never counts") != std::string::npos;
    EXPECT_FALSE(mistake) << f.where << ": " << f.pattern << ": " << f.problem;
  }
}

}  // namespace
}  // namespace billet::triage
