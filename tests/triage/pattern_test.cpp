#include "triage/pattern.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/test_files.h"
#include "triage/rules.h"

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

TEST(Tokenize, AListMarkerAtALinesOrASentencesStartEndsTheSentenceBeforeAndIsNoWord) {
  const std::string text = "Several items:\n- add Tom\n  * the colours\n\u2022 bounces 2-3 times\n2) the export. 3) a typo\n-5 degrees, 12) not here";
  const auto t = tokenize(text);
  std::vector<std::string> words;
  for (const Token& token : t) words.push_back(token.is_break() ? "|" : (token.item_before ? "^" : "") + token.folded);
  const std::vector<std::string> expected = {"several", "items", "|", "^add", "tom", "|", "^the", "colours", "|",
                                             "^bounces", "2", "3", "times", "|", "^the", "export", "|", "^a", "typo",
                                             "5", "degrees", "12", "not", "here"};
  EXPECT_EQ(words, expected);
  EXPECT_EQ(count("add tom the colours", "- add Tom\n- the colours"), 0u) << "no pattern crosses an item";
  EXPECT_EQ(count("signature", "--\nsignature"), 1u);
}

// Adverbs between two words of a pattern: passed over, two at most, never across a comma, never
// before the first word or inside a gap's reach, and only where the next word does not take them.
TEST(Pattern, PassesOverTransparentWordsBetweenTwoWords) {
  const WordSet adverbs = {"still", "really", "completely", "toujours"};
  auto found = [&](const char* pattern, const char* text) {
    const Pattern p(pattern);
    const auto tokens = tokenize(text);
    const size_t alone = p.find_all(tokens, &adverbs).size();
    const PatternIndex index({&p}, adverbs);
    const auto all = index.find_all(tokens);
    EXPECT_EQ(all.of(&p).size(), alone) << pattern << " in: " << text;
    return alone;
  };
  EXPECT_EQ(found("lists are empty", "Our lists are STILL empty."), 1u);
  EXPECT_EQ(found("lists are empty", "Our lists are still really empty."), 1u);
  EXPECT_EQ(found("lists are empty", "Our lists are still really completely empty."), 0u) << "two at most";
  EXPECT_EQ(found("lists are empty", "Our lists are, still, empty."), 0u) << "never across a comma";
  EXPECT_EQ(found("ne fonctionne pas", "L'export ne fonctionne toujours pas."), 1u);
  EXPECT_EQ(found("still works", "It still works."), 1u) << "a word the slot takes is taken";
  EXPECT_EQ(found("lists are empty", "Our lists are not empty."), 0u);
  const Pattern p("lists are empty");
  EXPECT_EQ(p.find_all(tokenize("Our lists are still empty."), nullptr).size(), 0u) << "no list, no passing over";
}

TEST(Tokenize, AFullStopInsideAnAddressOrANumberEndsNoSentence) {
  const auto t = tokenize("Replies go to noreply@somum.example instead. Version 3.5 now.");
  std::vector<std::string> words;
  for (const Token& token : t) words.push_back(token.is_break() ? "|" : token.folded);
  const std::vector<std::string> expected = {"replies", "go", "to", "noreply", "somum", "example", "instead", "|",
                                             "version", "3", "5", "now", "|"};
  EXPECT_EQ(words, expected);
  EXPECT_EQ(count("go to * instead", "Replies go to noreply@somum.example instead."), 1u);
}

// A quoted unfinished word (« Chargement… », 'Loading...') ends no sentence; an ellipsis outside
// quotes, and a full stop before a closing quote, still do.
TEST(Tokenize, AnEllipsisInsideQuotesEndsNoSentence) {
  auto breaks = [](const char* text) {
    size_t n = 0;
    for (const Token& t : tokenize(text)) n += t.is_break();
    return n;
  };
  EXPECT_EQ(breaks("Le widget affiche « Chargement… » en permanence."), 1u);
  EXPECT_EQ(breaks("The widget says 'Loading...' forever."), 1u);
  EXPECT_EQ(breaks("It loads… then nothing."), 2u);
  EXPECT_EQ(breaks("The error says \"Service unavailable.\" Then nothing works."), 2u);
  EXPECT_EQ(count("chargement * en permanence", "Le widget affiche « Chargement… » en permanence."), 1u);
}

// A run of a million dots before a quote is read in linear time: an ellipsis is six dots at most.
TEST(Tokenize, AMillionDotsCostNoMoreThanTheirLength) {
  const std::string text = "Loading" + std::string(1u << 20, '.') + "' forever";
  const auto tokens = tokenize(text);
  EXPECT_GT(tokens.size(), 2u);
}

// A long word typed in a hurry still matches: a letter missing or added, two letters swapped, a
// key's neighbour; not a far key (another word), not an ending (an inflection), not a short word.
TEST(Typos, OneSlipInsideALongWordIsForgiven) {
  EXPECT_TRUE(one_typo_away("conection", "connection")) << "a letter missing";
  EXPECT_TRUE(one_typo_away("connnection", "connection")) << "a letter added";
  EXPECT_TRUE(one_typo_away("platforme", "plateforme"));
  EXPECT_TRUE(one_typo_away("boradcasts", "broadcasts")) << "two letters swapped after the first";
  EXPECT_TRUE(one_typo_away("brosdcasts", "broadcasts")) << "s is beside a";
  EXPECT_FALSE(one_typo_away("extorting", "exporting")) << "t is far from p: another word";
  EXPECT_FALSE(one_typo_away("collegues", "collegue")) << "an ending is an inflection";
  EXPECT_FALSE(one_typo_away("deactivated", "deactivate"));
  EXPECT_FALSE(one_typo_away("vonnection", "connection")) << "the first letter is kept";
  EXPECT_FALSE(one_typo_away("mial", "mail")) << "short words have too many neighbours";
  EXPECT_FALSE(one_typo_away("connection", "connection")) << "the word itself is no typo";
  EXPECT_FALSE(one_typo_away("cnnoection", "connection")) << "two slips";
  EXPECT_EQ(count("connection lost", "Conection lost again"), 1u);
  EXPECT_EQ(count("~fonctionner plus", "ça fonctoinner plus"), 1u) << "a ~word's own word with a typo";
  EXPECT_EQ(count("connection lost", "Connections lost"), 0u);
}

// A hostile text made of one 4 MB word, beside a report: read in linear time (a word's typo
// neighbours are looked for only up to the longest pattern word), the report still found.
TEST(Typos, AGiantWordCostsNoMoreThanItsLength) {
  const Pattern outage("connection lost");
  const PatternIndex index({&outage});
  const std::string text = std::string(4u << 20, 'q') + " conection lost";
  const auto found = index.find_all(tokenize(text));
  EXPECT_EQ(found.of(&outage).size(), 1u);
}

// Typed on a phone: "cant", "doesnt" are "can't", "doesn't"; French "dont" stays a word.
TEST(Tokenize, AContractionWithoutItsApostropheReadsAsOneWithIt) {
  const std::string text = "Templates CANT be saved, it doesnt work. Le fichier dont je parle. Our wont";
  const auto t = tokenize(text);
  std::vector<std::string> words;
  for (const Token& token : t) words.push_back(token.is_break() ? "|" : token.folded);
  const std::vector<std::string> expected = {"templates", "can", "t", "be", "saved", "it", "doesn", "t", "work", "|",
                                             "le", "fichier", "dont", "je", "parle", "|", "our", "won", "t"};
  EXPECT_EQ(words, expected);
  EXPECT_EQ(text.substr(t[1].begin, t[1].end - t[1].begin), "CAN");
  EXPECT_EQ(text.substr(t[2].begin, t[2].end - t[2].begin), "T");
  EXPECT_EQ(count("can t be saved", "templates cant be saved"), 1u);
  EXPECT_EQ(count("doesn t work", "it doesnt work"), 1u);
}

TEST(Tokenize, AFullStopAfterATitleOrAnInitialEndsNoSentence) {
  const auto t = tokenize("Mon remplaçant sera M. Boucher. Dr. Lee and J. Tremblay too. Plan a.");
  std::vector<std::string> words;
  for (const Token& token : t) words.push_back(token.is_break() ? "|" : token.folded);
  const std::vector<std::string> expected = {"mon", "remplacant", "sera", "m", "boucher", "|", "dr", "lee", "and",
                                             "j", "tremblay", "too", "|", "plan", "a", "|"};
  EXPECT_EQ(words, expected);
}

TEST(Pattern, WordsAlternativesPrefixesAndGaps) {
  EXPECT_EQ(count("ne fonctionne|marche plus", "ça ne marche plus"), 1u);
  EXPECT_EQ(count("connect*", "se connecter, connexion, connectés"), 2u);
  EXPECT_EQ(count("personne * connecter", "personne à la ville ne peut se connecter"), 0u);  // gap of 5
  EXPECT_EQ(count("personne * peut se connecter", "personne à la ville ne peut se connecter"), 1u);
  EXPECT_EQ(count("personne * connecter", "personne. connecter"), 0u);
}

TEST(Pattern, AGapStopsAtAColonOrASemicolonButNotAtAComma) {
  const Pattern p("lists * gone");
  EXPECT_TRUE(p.find_all(tokenize("our lists, all of them, are gone")).size() == 1);
  EXPECT_TRUE(p.find_all(tokenize("we can't edit lists anymore: the icon is gone")).empty());
  EXPECT_TRUE(p.find_all(tokenize("lists; gone")).empty());
  EXPECT_EQ(Pattern("erreur 500").find_all(tokenize("Erreur : 500")).size(), 1u) << "only a gap stops there";
}

TEST(Pattern, AGapPassesTheColonOfATimeOrARatio) {
  const Pattern p("scheduled for * * go out at");
  EXPECT_EQ(p.find_all(tokenize("Blasts scheduled for 8:00 go out at 13:00")).size(), 1u);
  EXPECT_EQ(count("ratio * texts", "a 3:1 ratio of calls to texts"), 1u);
  EXPECT_TRUE(p.find_all(tokenize("scheduled for 8: go out at")).empty()) << "a colon after a digit alone still stops it";
  EXPECT_TRUE(p.find_all(tokenize("scheduled for Monday: go out at")).empty());
}

TEST(Pattern, AGapCountsARunOfNumbersAsOneWord) {
  // « 9 300 » is one quantity written with a thousands space: four words, not five, stand between
  // the calls and the texts.
  EXPECT_EQ(count("appel * sms", "0 appel composé sur 9 300, 0 SMS"), 1u);
  EXPECT_EQ(count("appel * sms", "0 appel composé sur 9 300 0 0 0 0 0 0, 0 SMS"), 0u) << "eight tokens at most";
  // Numbers apart are words of their own.
  EXPECT_EQ(count("office * page", "our office since 10 every page"), 1u);
  EXPECT_EQ(count("office * page", "our office and since then 10 every page"), 0u);
  EXPECT_EQ(count("office * page", "our office 10 since 10 and then page"), 0u);
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

namespace billet::triage {
namespace {

// The patterns of the rules, failure cues, scopes, markers and urgency words.
std::vector<const Pattern*> rule_patterns(const Rules& rules) {
  std::vector<const Pattern*> all;
  for (const KeywordRule& r : rules.rules)
    for (const Pattern& p : r.patterns) all.push_back(&p);
  for (const Pattern& p : rules.failure) all.push_back(&p);
  for (const ScopeRule& s : rules.scopes)
    for (const Pattern& p : s.patterns) all.push_back(&p);
  for (const Pattern& p : rules.markers) all.push_back(&p);
  for (const Pattern& p : rules.urgency_words) all.push_back(&p);
  return all;
}

// The one-pass index finds exactly what each pattern finds alone: every pattern of the shipped
// rules over texts that exercise exact words, prefixes, markers, gaps and sentence breaks.
TEST(PatternIndex, FindsExactlyWhatEachPatternFindsAlone) {
  auto rules = load_rules_file(BILLETD_SOURCE_DIR "/etc/rules.toml");
  ASSERT_TRUE(rules.ok()) << rules.error().message;
  const std::vector<const Pattern*> all = rule_patterns(*rules);
  const PatternIndex index(all, rules->transparent);
  const char* const texts[] = {
      "[P1] Plus personne ne peut se connecter. Tous nos postes sont bloqués! Niveau 2 svp",
      "The export doesn't work, nothing loads and everyone is locked out. Error 500, urgent.",
      "Le site est tombé, rien ne part; l'application ne charge plus du tout. Piraté? connexion connectée",
      "", ". . .", "a a a a a a a a",
      "Plus persone ne peut se conecter. Tous nos postes sont bloqués, la platforme est inacessible, boradcasts stuck.",
      "Our lists are STILL really completely empty. L'export ne fonctionne toujours pas, nobody can now log in, still, now.",
      "0 appel composé sur 9 300, 0 SMS, 0 courriel. Queue stuck at 12 480 since 7 10 for 1 2 3 4 5 6 7 8 9 residents.",
  };
  size_t compared = 0;
  for (const char* text : texts) {
    const auto tokens = tokenize(text);
    const auto found = index.find_all(tokens);
    for (const Pattern* p : all) {
      const auto alone = p->find_all(tokens, &rules->transparent);
      const auto got = found.of(p);
      ASSERT_EQ(got.size(), alone.size()) << p->text() << " in: " << text;
      for (size_t i = 0; i < alone.size(); ++i) {
        EXPECT_EQ(got[i].first_token, alone[i].first_token) << p->text();
        EXPECT_EQ(got[i].last_token, alone[i].last_token) << p->text();
        EXPECT_EQ(got[i].digit, alone[i].digit) << p->text();
      }
      compared += alone.size();
    }
  }
  EXPECT_GT(compared, 20u) << "the texts must exercise the patterns";
}

// The same over real messages: every labelled message of dev2, as raw text (headers and all);
// every twelfth under the sanitizers, where reading each pattern alone takes ~400 s for all 240.
TEST(PatternIndex, FindsWhatEachPatternFindsAloneInEveryDev2Message) {
  const size_t every = billet::testing::kUnderSanitizers ? 12 : 1;
  auto rules = load_rules_file(BILLETD_SOURCE_DIR "/etc/rules.toml");
  ASSERT_TRUE(rules.ok()) << rules.error().message;
  const std::vector<const Pattern*> all = rule_patterns(*rules);
  const PatternIndex index(all, rules->transparent);
  size_t messages = 0;
  size_t compared = 0;
  size_t seen = 0;
  for (const auto& e : std::filesystem::directory_iterator(BILLETD_TEST_DATA_DIR "/triage/dev2")) {
    if (e.path().extension() != ".eml" || seen++ % every != 0) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const auto tokens = tokenize(text.str());
    const auto found = index.find_all(tokens);
    for (const Pattern* p : all) {
      const auto alone = p->find_all(tokens, &rules->transparent);
      const auto got = found.of(p);
      ASSERT_EQ(got.size(), alone.size()) << p->text() << " in " << e.path();
      for (size_t i = 0; i < alone.size(); ++i) ASSERT_EQ(got[i].first_token, alone[i].first_token) << p->text();
      compared += alone.size();
    }
    ++messages;
  }
  EXPECT_EQ(messages, 240u / every);
  EXPECT_GT(compared, 1000u / every);
}

// A thread that reads with one index, then another, then the first again, finds each index's own
// words (each keeps its own numbers for the words it has seen).
TEST(PatternIndex, TwoIndexesReadByOneThreadKeepTheirOwnWords) {
  const Pattern outage("panne");
  const Pattern error("erreur");
  const PatternIndex first({&outage});
  const PatternIndex second({&error});
  const auto tokens = tokenize("Une panne, puis une erreur.");
  for (int round = 0; round < 2; ++round) {
    const auto a = first.find_all(tokens);
    ASSERT_EQ(a.of(&outage).size(), 1u);
    EXPECT_EQ(a.of(&outage).front().first_token, 1u);
    const auto b = second.find_all(tokens);
    ASSERT_EQ(b.of(&error).size(), 1u);
    EXPECT_EQ(b.of(&error).front().first_token, 4u);
  }
}

// The index skips "a * b" where no token within the gap's reach starts as b's words do; that reach
// is the pattern's own: a run of numbers is one word, and a typo may change a word's start.
TEST(PatternIndex, AGapAfterTheFirstWordReachesExactlyAsFarAsThePatternAlone) {
  const Pattern queue("queue * disconnected");
  const PatternIndex index({&queue});
  const std::pair<const char*, size_t> cases[] = {
      {"queue 1 2 3 4 5 6 7 8 disconnected", 1},         // eight tokens between, one word
      {"queue stuck for all dsiconnected", 1},            // a typo that swaps the second letter
      {"queue 1 2 3 4 5 6 7 8 9 disconnected", 0},       // nine tokens: past the reach
      {"queue a b c d e disconnected", 0},                // five words
      {"queue a b. disconnected", 0},                     // another sentence
  };
  for (const auto& [text, expected] : cases) {
    const auto tokens = tokenize(text);
    const auto found = index.find_all(tokens);
    EXPECT_EQ(queue.find_all(tokens).size(), expected) << text;
    EXPECT_EQ(found.of(&queue).size(), expected) << text;
  }
}

// The classifier reads a rules list's matches as one run of the matched patterns: they come in
// address order (a list is one array), each with its matches left to right, none for the others.
TEST(PatternIndex, MatchesComeByPatternInAddressOrderEachLeftToRight) {
  const std::vector<Pattern> list = {Pattern("panne"), Pattern("rien"), Pattern("erreur"), Pattern("absent")};
  const PatternIndex index({&list[2], &list[0], &list[1], &list[3]});
  const auto found = index.find_all(tokenize("Erreur, panne, erreur. Une panne; rien. Erreur"));
  EXPECT_EQ(found.patterns(), (std::vector<const Pattern*>{&list[0], &list[1], &list[2]}));
  std::vector<size_t> panne, erreur;
  for (const PatternMatch& m : found.of(&list[0])) panne.push_back(m.first_token);
  for (const PatternMatch& m : found.of(&list[2])) erreur.push_back(m.first_token);
  EXPECT_EQ(panne, (std::vector<size_t>{1, 5}));
  EXPECT_EQ(erreur, (std::vector<size_t>{0, 2, 8}));
  EXPECT_EQ(found.of(&list[1]).size(), 1u);
  EXPECT_TRUE(found.of(&list[3]).empty());
  EXPECT_EQ(found.count(&list[3]), 0u);
}

// More distinct words than a thread keeps numbers for: the words after the cache was emptied
// still match.
TEST(PatternIndex, ATextWithMoreWordsThanTheCacheHoldsStillMatchesToItsEnd) {
  const Pattern outage("~bloquer tout");
  const PatternIndex index({&outage});
  std::string text;
  for (size_t i = 0; i < kStemCacheWords + 500; ++i) text += "mot" + std::to_string(i) + " ";
  text += "ils bloquent tout";
  const auto found = index.find_all(tokenize(text));
  EXPECT_EQ(found.of(&outage).size(), 1u);
}

}  // namespace
}  // namespace billet::triage
