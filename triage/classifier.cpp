#include "triage/classifier.h"

#include "triage/language.h"
#include "triage/sign_off.h"
#include "triage/stem.h"
#include "triage/word_list.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <array>
#include <optional>
#include <map>
#include <numeric>
#include <ranges>
#include <set>
#include <span>
#include <unordered_set>
#include <string_view>

namespace billet::triage {
using namespace std::string_view_literals;  // a token compared with "word"sv: its length first, no strlen
namespace {

// What is said to go on after a past told over: "is still down", « est toujours en panne ».
const WordList kGoesOn = {"still", "toujours"};

struct Source {
  Source(const char* where_, const std::string& text_, double multiplier_)
      : where(where_), text(text_), tokens(tokenize(text_)), multiplier(multiplier_) {}
  const char* where;
  const std::string& text;
  std::vector<Token> tokens;
  double multiplier;
  std::vector<size_t> sentence;     // sentence number of each token (breaks separate sentences)
  std::set<size_t> not_current;     // sentences that report no current failure ([context])
  // Sentences of not_current whose words count again from a token on: after a "but" that follows
  // the last [context] phrase ("The login issue is fixed, but now no SMS go out").
  std::map<size_t, size_t> counts_again_from;
  // Whether sentence `at` of not_current was reopened by a "still" (« toujours »): its scopes before
  // it size what goes on ("The platform was down on Sunday and is still down": the platform still is).
  bool goes_on(size_t at) const {
    const auto again = counts_again_from.find(at);
    return again != counts_again_from.end() && kGoesOn.count(tokens[again->second].folded) > 0;
  }
  std::vector<size_t> clause;       // clause number of each token (a sentence break, a colon, a semicolon or ", and" starts one)
  std::set<size_t> cosmetic;        // clauses naming a scope of level 3 (and none more severe)
  std::set<size_t> working;         // sentences saying something still works ([context] working)
  std::set<size_t> one_part;        // first tokens of phrases naming one person or a few ([context] one_part)
  std::set<size_t> one_feature;     // clauses naming one feature ([context] one_feature)
  bool asks_about_a_condition = false;  // a question about a condition ("Si on supprime un groupe, ... ?")
  bool says_back = false;           // a [context] back_now phrase carried back to earlier sentences
  bool says_rest_works = false;     // a [context] rest_works phrase: everything else works
  std::set<size_t> new_topic;       // sentences that open another topic ("Also, ...", « Par ailleurs, ... »)
  std::set<size_t> asked;           // tokens of a request or a report's content ([context] not_failure)
  std::set<size_t> not_asking;      // tokens that tell when something was seen ([context] not_a_request)
  std::optional<PatternMatch> first_working;
  struct ScopeHit {
    const ScopeRule* scope;
    PatternMatch match;
  };
  std::vector<ScopeHit> scopes;     // every scope phrase found (computed once per text)
  std::vector<ScopeHit> changed_scopes;  // those that size only a changed state (ScopeRule::sizes_changed_only)
  // Indices into `scopes` and `changed_scopes` in the order of their first token, so that a failure
  // looks only at the scopes of its own and the neighbouring sentences (linear in the text).
  std::vector<size_t> scopes_by_token, changed_scopes_by_token;
  // Whether `at` (a sentence number) names one person or a few ([context] one_part).
  bool names_one_part(size_t at) const {
    return std::any_of(one_part.begin(), one_part.end(), [&](size_t token) { return sentence[token] == at; });
  }
  bool counts(const PatternMatch& m) const {
    const size_t at = sentence[m.first_token];
    if (!not_current.count(at)) return true;
    const auto again = counts_again_from.find(at);
    return again != counts_again_from.end() && m.first_token >= again->second;
  }
  PatternIndex::Matches matches;    // every pattern's matches in this text (one pass)
  // The patterns of `list` (one array of the rules) that matched in this text, in the list's order:
  // the matched patterns are in address order, so this walks a list's few matched patterns
  // instead of all of them.
  auto matched_in(const std::vector<Pattern>& list) const {
    const std::less<const Pattern*> before;
    const std::vector<const Pattern*>& matched = matches.patterns();
    const auto first = std::lower_bound(matched.begin(), matched.end(), list.data(), before);
    const auto last = std::lower_bound(first, matched.end(), list.data() + list.size(), before);
    return std::span<const Pattern* const>(first, last) |
           std::views::transform([](const Pattern* p) -> const Pattern& { return *p; });
  }
  // The matches of `p` (every loop reaches it through matched_in, so most calls find some).
  std::span<const PatternMatch> of(const Pattern& p) const { return matches.of(&p); }
};

// Whether a negator stands at most `reach` words before token `at` (rules.negation_window when no
// reach is given), with no break, pause or joiner between.
bool negated(const std::vector<Token>& tokens, size_t at, const Rules& rules,
             std::optional<size_t> reach = std::nullopt);

// A conjunction that joins two clauses ("and", "but", « et », « mais »): a negation ends before
// it, and after a comma it opens a clause.
bool is_joiner(const Token& t) { return t.folded == "and"sv || t.folded == "et"sv || t.folded == "but"sv || t.folded == "mais"sv; }
bool claims_no_failure(const Source& s, const PatternMatch& m, const Rules& rules);
bool counts_a_few_of_many(const Source& s, const PatternMatch& m);

// Whether a match tells of signing in ("nobody can log in", « personne ne peut se connecter »):
// signing in is no feature, so a feature named beside it ("Never mind the report question - nobody
// can log in") does not make it one feature's failure.
bool names_signing_in(const Source& s, const PatternMatch& m) {
  static const WordList kSigningIn = {"log",   "login",   "logon",     "logins",  "sign",    "signin",
                                                   "connect", "connecter", "connexion", "loguer", "logger", "session"};
  for (size_t t = m.first_token; t <= m.last_token; ++t)
    if (kSigningIn.count(s.tokens[t].folded)) return true;
  return false;
}
std::set<size_t> covered_tokens(const std::vector<Pattern>& patterns, const Source& s, bool unbroken_only = false);

// Whether tokens `first`..`last` stand alone between quotation marks.
bool quoted_span(const Source& s, size_t first, size_t last) {
  const std::string_view text = s.text;
  // Spaces, no-break spaces (U+00A0) and narrow no-break spaces (U+202F), as French quotes have.
  auto space_before = [&](size_t at) -> size_t {
    if (at >= 1 && text[at - 1] == ' ') return 1;
    if (at >= 2 && text.substr(at - 2, 2) == "\xC2\xA0") return 2;
    if (at >= 3 && text.substr(at - 3, 3) == "\xE2\x80\xAF") return 3;
    return 0;
  };
  auto space_at = [&](size_t at) -> size_t {
    if (text.substr(at, 1) == " ") return 1;
    if (text.substr(at, 2) == "\xC2\xA0") return 2;
    if (text.substr(at, 3) == "\xE2\x80\xAF") return 3;
    return 0;
  };
  size_t before = s.tokens[first].begin;
  while (const size_t n = space_before(before)) before -= n;
  size_t after = s.tokens[last].end;
  while (const size_t n = space_at(after)) after += n;
  auto ends_with = [&](std::string_view mark) { return before >= mark.size() && text.substr(before - mark.size(), mark.size()) == mark; };
  auto starts_with = [&](std::string_view mark) { return text.substr(after, mark.size()) == mark; };
  return (ends_with("\"") && starts_with("\"")) || (ends_with("\xC2\xAB") && starts_with("\xC2\xBB")) ||      // « »
         (ends_with("\xE2\x80\x9C") && starts_with("\xE2\x80\x9D")) ||                                        // “ ”
         (ends_with("'") && starts_with("'"));
}

// Whether a match stands alone between quotation marks: the name of a screen, a group or a button
// (« "All contacts" », « « Tous les contacts » »), not what a failure touches.
bool quoted_name(const Source& s, const PatternMatch& m) { return quoted_span(s, m.first_token, m.last_token); }

// Whether a match stands in a short quotation: at most `words_before` words between the opening
// mark and the match, at most three between the match and the closing mark. With
// `apostrophes_quote_around` false, a quotation wider than the match must open with a double
// quotation mark: the apostrophes of « c'est urgent qu'on », « l'urgence qu'on » quote nothing.
bool in_a_short_quote(const Source& s, const PatternMatch& m, size_t words_before, bool apostrophes_quote_around) {
  const auto apostrophe_before = [&](size_t token) {
    size_t at = s.tokens[token].begin;
    while (at > 0 && s.text[at - 1] == ' ') --at;
    return at > 0 && s.text[at - 1] == '\'';
  };
  for (size_t before = 0; before <= words_before && before <= m.first_token; ++before) {
    const size_t first = m.first_token - before;
    if (s.tokens[first].is_break()) return false;
    const bool opens_with_apostrophe = !apostrophes_quote_around && apostrophe_before(first);
    for (size_t last = m.last_token; last <= m.last_token + 3 && last < s.tokens.size(); ++last) {
      if (s.tokens[last].is_break()) break;
      const bool wider = first != m.first_token || last != m.last_token;
      if (wider && opens_with_apostrophe) continue;
      if (quoted_span(s, first, last)) return true;
    }
  }
  return false;
}

// Whether a match opens a short quotation: alone between the marks (quoted_name) or with at most
// three more words before the closing one (« le statut « Échec partiel » »).
bool opens_a_short_quote(const Source& s, const PatternMatch& m) {
  return in_a_short_quote(s, m, 0, true);
}

// Whether a match stands inside a short quotation, with at most three words beside it before either
// mark: « c'est écrit « mesures urgente » », 'the "Urgent only" filter'.
bool inside_a_short_quote(const Source& s, const PatternMatch& m) {
  return in_a_short_quote(s, m, 3, false);
}

// A one-word match listed among two or more delivery statuses, one of which tells no failure, names a
// status: "the percentages for delivered, failed and pending add up to 104 %", « envoyés, échoués,
// reçus » (not "every alert failed, bounced or was undelivered").
bool listed_among_statuses(const Source& s, const PatternMatch& m) {
  static const WordList kFine = {"delivered", "pending", "sent", "opened", "queued", "read", "answered", "livre",
                                 "livres", "livrees", "envoye", "envoyes", "envoyees", "recus", "ouverts", "repondu"};
  static const WordList kFailed = {"bounced", "failed", "undelivered", "echoue", "echoues", "echouees", "rejetes"};
  static const WordList kOr = {"and", "or", "et", "ou"};
  if (m.first_token != m.last_token) return false;
  // The next word of a list, linked by a comma or by "and"/"or" (with or without a comma before it).
  auto neighbour = [&](size_t from, bool forward) -> std::optional<size_t> {
    auto step = [&](size_t t) -> std::optional<size_t> {
      if (forward ? t + 1 >= s.tokens.size() : t == 0) return std::nullopt;
      const size_t next = forward ? t + 1 : t - 1;
      if (s.tokens[next].is_break()) return std::nullopt;
      return next;
    };
    const std::optional<size_t> next = step(from);
    if (!next) return std::nullopt;
    if (kOr.count(s.tokens[*next].folded)) return step(*next);
    return s.tokens[forward ? *next : from].pause_before ? next : std::nullopt;
  };
  int statuses = 0;
  bool one_fine = false;
  auto listed = [&](std::optional<size_t> at) {
    if (!at) return false;
    const bool fine = kFine.count(s.tokens[*at].folded) > 0;
    if (!fine && !kFailed.count(s.tokens[*at].folded)) return false;
    one_fine = one_fine || fine;
    ++statuses;
    return true;
  };
  for (auto at = neighbour(m.first_token, false); listed(at); at = neighbour(*at, false)) {}
  for (auto at = neighbour(m.last_token, true); listed(at); at = neighbour(*at, true)) {}
  return statuses >= 2 && one_fine;
}

// Whether a match is the quoted name of a status, a button or a column right beside the word
// that says so (« le statut « Échec » est en vert », "the 'Failed' column", « le statut « Échec
// partiel » »): a label, not a failure.
// « affiche « Échec » » and "shows 'Failed'" still report one. So is a word listed among delivery
// statuses (listed_among_statuses).
bool names_a_label(const Source& s, const PatternMatch& m) {
  if (listed_among_statuses(s, m)) return true;
  static const WordList kNamingWords = {
      "statut", "statuts", "status", "bouton", "boutons", "button", "buttons", "onglet", "tab", "menu", "colonne",
      "column", "libelle", "label", "option", "champ", "field", "categorie", "category", "filtre", "filter", "etat",
      "state", "mention", "icone", "icon", "legende", "legend", "mot", "word", "onglets", "tabs", "menus", "colonnes",
      "columns", "libelles", "labels", "options", "champs", "fields", "categories", "filtres", "filters", "etats",
      "states", "mentions", "icones", "icons", "legendes", "legends", "mots", "words", "statuses", "counter",
      "counters", "compteur", "compteurs"};
  const bool named_before = m.first_token > 0 && kNamingWords.count(s.tokens[m.first_token - 1].folded);
  const bool named_after = m.last_token + 1 < s.tokens.size() && kNamingWords.count(s.tokens[m.last_token + 1].folded);
  if (named_after && quoted_name(s, m)) return true;
  if (named_before && opens_a_short_quote(s, m)) return true;
  // "The status column says 'Failure' for messages delivered fine": named a word or two before,
  // in a sentence that says things work.
  if (!s.working.count(s.sentence[m.first_token]) || !opens_a_short_quote(s, m)) return false;
  for (size_t back = 2; back <= 3 && back <= m.first_token; ++back)
    if (kNamingWords.count(s.tokens[m.first_token - back].folded)) return true;
  return false;
}

// A failure phrase that claims nothing: negated ("nothing is broken"), a quoted label (« le statut
// « Échec » »), inside an action asked for ([context] not_failure: « pouvez-vous supprimer »), or
// counting a few failures among many sends (counts_a_few_of_many).
bool claims_no_failure(const Source& s, const PatternMatch& m, const Rules& rules) {
  return negated(s.tokens, m.first_token, rules) || names_a_label(s, m) || s.asked.count(m.first_token) ||
         counts_a_few_of_many(s, m);
}

// Whether a failure cue's or a level 1-3 rule's match reports a failure: in a sentence that
// reports a current one, and claiming it.
bool reports(const Source& s, const PatternMatch& m, const Rules& rules) {
  return s.counts(m) && !claims_no_failure(s, m, rules);
}

bool is_negator(const Token& t, const Rules& rules);

// Whether a word turns its sentence against what came before ("but", « mais », "however"): what
// follows is said anew. `after_a_repair` adds an exception ("except", « sauf »), which turns it for
// a part, and what came next ("then", « puis »): "It came back at 9, then went down again" tells
// a failure after the repair.
bool turns(const Token& t, bool after_a_repair) {
  static const WordList kTurns = {"but", "however", "mais", "cependant", "toutefois"};
  static const WordList kAfterARepair = {"except", "sauf", "then", "puis", "ensuite"};
  return kTurns.count(t.folded) > 0 || (after_a_repair && kAfterARepair.count(t.folded) > 0);
}

// Whether one of `words` (folded) stands at most `reach` tokens before `m`, with no break between.
bool word_just_before(const Source& s, const PatternMatch& m, const WordList& words, size_t reach) {
  for (size_t back = 1; back <= reach && back <= m.first_token; ++back) {
    const Token& t = s.tokens[m.first_token - back];
    if (t.is_break()) break;
    if (words.count(t.folded)) return true;
  }
  return false;
}

// Whether failure match `m` tells that something is not sent or does not arrive ("Emails don't
// arrive", "calls don't go out", « les textos n'arrivent plus »): a delivery failure, which no look
// can be ("The dashboard colours changed. Emails don't arrive since Tuesday" tells two matters).
bool tells_delivery(const Source& s, const PatternMatch& m) {
  static const WordList kDelivered = {
      "arrive",   "arrives", "arrived",  "arriving", "delivered", "deliver", "delivers", "received", "receive",
      "receives", "arrivent", "arrivait", "arrivaient", "partent", "part", "parti", "partis", "partie", "parties",
      "recu",     "recus",   "recue",    "recues",   "recoivent", "livre",  "livres",   "livree",   "livrees"};
  // Right after the match only, as a verb: "no longer| sends" ("shows every send twice" names sends).
  static const WordList kSends = {"send", "sends", "sending", "envoie", "envoient"};
  static const WordList kGo = {"go", "goes", "going", "went", "gone", "sent"};
  // What arrives without or with something arrives: « nos courriels partent sans le logo ».
  static const WordList kWith = {"sans", "without", "with", "avec"};
  // The match and the word right after it: "don't go| out", "no longer| sends".
  bool delivered = false;
  for (size_t t = m.first_token; t <= m.last_token + 1 && t < s.tokens.size(); ++t) {
    const std::string& word = s.tokens[t].folded;
    if (kWith.count(word)) return false;
    delivered = delivered || kDelivered.count(word) || (t > m.last_token && kSends.count(word)) ||
                (t > m.first_token && word == "out" && kGo.count(s.tokens[t - 1].folded));
  }
  return delivered;
}

// Whether a [context] not_current phrase is denied: "Nothing has been fixed", "the problem has not
// been fixed" tell the failure goes on. A negation before the phrase (negated()), or a negator
// inside it where the phrase names none itself ("has * been fixed" over "has not been fixed";
// « ne s'est jamais reproduit » names its own).
bool denies_repair(const Source& s, const PatternMatch& m, const Pattern& p, const Rules& rules) {
  // Up to two words before it: "did not go out as scheduled", « n'est pas partie comme prévu »; not
  // three, the subject's own negation: "Nothing is delivered until the supervisor approves it". Or
  // the "t" left of an "n't" ("didn't go out as scheduled"): "t" is no negator in [negation], failure
  // phrases name "can t" and "don t" themselves (as a negator it cost six messages of the sets).
  // A condition the phrase opens takes the negation before it as its own: "is not sent until a
  // supervisor approves it", « n'est pas envoyé sans approbation » tell how sending works.
  static const WordList kContracted = {"t"};
  // (the words the [context] conditions of etc/rules.toml open with)
  static const WordList kCondition = {"until", "unless", "without", "sans"};
  if (kCondition.count(s.tokens[m.first_token].folded)) return false;
  if (negated(s.tokens, m.first_token, rules, 2) || word_just_before(s, m, kContracted, 2)) return true;
  bool negator_inside = false;
  for (size_t t = m.first_token + 1; t < m.last_token && !negator_inside; ++t) negator_inside = is_negator(s.tokens[t], rules);
  if (!negator_inside) return false;
  // The pattern's own words are read only here (rarely): most phrases hold no negator.
  for (const auto& slot : p.slots())
    for (const std::string& word : slot)
      if (std::find(rules.negators.begin(), rules.negators.end(), word) != rules.negators.end() || word == "n"sv || word == "ne"sv ||
          word == "t"sv)
        return false;
  return true;
}

// Whether token `t` tells its sentence in the past: an auxiliary or modal in the past ("was", "could",
// « était », « a été »), the irregular past of the verbs of going out ("went", "sent", "rang"), a
// French imperfect (« pouvait », « fonctionnaient ») or an English past ("crashed"; not a state
// after "is" or "are": "are locked", "are delivered").
bool told_in_the_past(const Source& s, size_t t) {
  static const WordList kPast = {"was", "were", "wasn", "weren", "had", "hadn", "could", "couldn", "did", "didn",
                                 "went", "came", "got", "sent", "rang", "etait", "etaient", "ete"};
  static const WordList kState = {"is", "are", "am", "be", "been", "being", "s", "re", "get", "gets", "est", "sont"};
  const std::string& w = s.tokens[t].folded;
  if (kPast.count(w)) return true;
  auto ends = [&](std::string_view end) { return w.size() > end.size() + 2 && std::string_view(w).ends_with(end); };
  if (ends("ait") || ends("aient")) return true;
  return ends("ed") && !(t > 0 && kState.count(s.tokens[t - 1].folded));
}

// Whether a working phrase tells how things were before a change: told in the past ("worked",
// « fonctionnait », "was working", "went out fine") and followed by a contrast or by when it
// stopped ("Everything worked fine after the upgrade, but since 8 nothing loads", « Tout
// fonctionnait bien hier, mais ce matin plus rien ne charge », "The alerts went out fine until 8"),
// or with an earlier time in its sentence (« Vendredi, tout fonctionnait. »). "SMS work, but calls
// fail" still says SMS work now.
bool worked_before(const Source& s, const PatternMatch& m) {
  static const WordList kUntil = {"until", "till", "jusqu"};
  // An earlier time named in its sentence: « Vendredi, tout fonctionnait. », "It worked fine yesterday."
  static const WordList kEarlier = {"yesterday", "before", "previously", "earlier", "formerly", "last", "hier", "avant",
                                    "auparavant", "precedemment", "dernier", "derniere", "monday", "tuesday", "wednesday",
                                    "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi",
                                    "vendredi", "samedi", "dimanche"};
  // The auxiliary may stand just before the phrase: « tout s'était bien passé », "it had gone fine".
  const bool auxiliary_before = m.first_token > 0 && !s.tokens[m.first_token - 1].is_break();
  // A phrase without a verb dated right after it: « Aucun problème avec les envois hier, mais ... »
  if (const size_t next = m.last_token + 1; next < s.tokens.size() && !s.tokens[next].is_break() && kEarlier.count(s.tokens[next].folded))
    return true;
  bool past = false;
  for (size_t t = m.first_token - (auxiliary_before ? 1 : 0); t <= m.last_token && !past; ++t) past = told_in_the_past(s, t);
  if (!past) return false;
  for (size_t t = m.last_token + 1; t < s.tokens.size() && !s.tokens[t].is_break(); ++t)
    if (turns(s.tokens[t], false) || kUntil.count(s.tokens[t].folded) || kEarlier.count(s.tokens[t].folded)) return true;
  // Back to the start of the sentence or to a contrast: "yesterday's alert shows 0 delivered, but
  // people did get it" tells of people now.
  for (size_t t = m.first_token; t > 0 && !s.tokens[t - 1].is_break() && !turns(s.tokens[t - 1], false); --t)
    if (kEarlier.count(s.tokens[t - 1].folded)) return true;
  return false;
}

bool in_a_question(const Source& s, size_t at);

// Whether « si » at `i` is "so" after a copula, not "if": « est si lente », « la recherche
// est-elle si lente ? », « c'est si long ».
bool si_means_so(const std::vector<Token>& tokens, size_t i) {
  static const WordList kCopulas = {"est", "sont", "etait", "etaient", "semble", "semblent", "devient", "deviennent",
                                    "reste", "restent", "parait", "paraissent"};
  static const WordList kSubjects = {"il", "elle", "ils", "elles", "ce", "on"};
  if (i >= 1 && !tokens[i - 1].is_break() && kCopulas.count(tokens[i - 1].folded)) return true;
  return i >= 2 && !tokens[i - 1].is_break() && !tokens[i - 2].is_break() && kSubjects.count(tokens[i - 1].folded) &&
         kCopulas.count(tokens[i - 2].folded);
}

// Whether token `i` opens a condition: "if", « si » (not "so": si_means_so), or a case to come
// ("for when our network is down", "in case", « au cas où », « en cas de »).
bool opens_a_condition(const std::vector<Token>& tokens, size_t i) {
  const std::string_view word = tokens[i].folded;
  const std::string_view before = i > 0 ? std::string_view(tokens[i - 1].folded) : std::string_view();
  return word == "if"sv || (word == "si"sv && !si_means_so(tokens, i)) || (before == "for"sv && word == "when"sv) ||
         ((before == "au"sv || before == "en"sv) && word == "cas"sv) || (before == "in"sv && word == "case"sv);
}

// Whether a working phrase is denied by a French negation's halves beside it: the word right after
// it, the "ne" left out as spoken (« les textos se rendent pas », « ça fonctionne plus », « les
// appels passent pu »), or the "ne" right before it when its second half is the phrase's own last
// word (« aucun envoi ne part encore »; « ne part que le texto », only, is no denial), or a « ne
// ... plus » that ends right before it (« ce n'est plus seulement les textos »: no longer only).
bool denied_beside(const Source& s, const PatternMatch& m) {
  static const WordList kDenials = {"pas", "plus", "pu", "jamais", "aucunement"};
  const size_t after = m.last_token + 1;
  const bool followed = after < s.tokens.size() && !s.tokens[after].is_break();
  if (followed && kDenials.count(s.tokens[after].folded) > 0) return true;
  if (m.first_token >= 2 && s.tokens[m.first_token - 1].folded == "plus"sv) {
    constexpr size_t kNeReach = 3;  // « n'est plus », « ne sont même plus »
    for (size_t back = 2; back <= kNeReach + 1 && back <= m.first_token; ++back) {
      const Token& t = s.tokens[m.first_token - back];
      if (t.is_break()) break;
      if (t.folded == "ne"sv || t.folded == "n"sv) return true;
    }
  }
  const bool ne_before = m.first_token > 0 && (s.tokens[m.first_token - 1].folded == "ne"sv || s.tokens[m.first_token - 1].folded == "n"sv);
  return ne_before && !(followed && (s.tokens[after].folded == "que"sv || s.tokens[after].folded == "qu"sv));
}

// Whether a working phrase is a greeting's wish, not a report: "Hope all is well", « J'espère que
// tout va bien de votre côté ».
bool wished(const Source& s, const PatternMatch& m) {
  static const WordList kWishing = {"hope", "hoping", "trust", "espere", "esperons", "souhaite", "souhaitons"};
  return word_just_before(s, m, kWishing, 3);
}

// Whether a working phrase is what something else says: "your status page still says everything
// is fine", « la page d'état indique que tout va bien », "sending works according to the dashboard"
// (a claim the writer reports, often to deny).
bool someone_elses_claim(const Source& s, const PatternMatch& m) {
  static const WordList kSaying = {"says", "say", "said", "claims", "claim", "shows", "indicates", "dit",
                                                "disent", "indique", "indiquent", "affiche", "affichent", "pretend"};
  if (word_just_before(s, m, kSaying, 2)) return true;
  // ... or inside a phrase with a gap: "we push send and it say ok" (the screen's word, not the residents')
  for (size_t t = m.first_token + 1; t < m.last_token; ++t)
    if (kSaying.count(s.tokens[t].folded)) return true;
  // "Sending works according to the dashboard", « l'envoi fonctionne selon le tableau de bord »
  const size_t after = m.last_token + 1;
  if (after < s.tokens.size() && !s.tokens[after].is_break()) {
    const std::string& word = s.tokens[after].folded;
    const std::string_view next = after + 1 < s.tokens.size() ? std::string_view(s.tokens[after + 1].folded) : std::string_view();
    if (word == "selon"sv || (word == "according"sv && next == "to") || (word == "d"sv && next == "apres")) return true;
  }
  return false;
}

void index_sentences(Source& s, const Rules& rules, const PatternIndex& index) {
  s.matches = index.find_all(s.tokens);
  size_t n = 0;
  size_t clauses = 0;
  s.sentence.reserve(s.tokens.size());
  s.clause.reserve(s.tokens.size());
  // "Can you resend the invoice, and the export no longer does anything": a conjunction after a
  // comma joins two clauses.
  for (const Token& t : s.tokens) {
    if (t.clause_before || (t.pause_before && is_joiner(t))) ++clauses;
    s.sentence.push_back(n);
    s.clause.push_back(clauses);
    if (t.is_break()) {
      ++n;
      ++clauses;
    }
  }
  // Sentences that open another topic: a list's items, and [context] new_topic at a sentence's
  // first word.
  for (size_t i = 0; i < s.tokens.size(); ++i)
    if (s.tokens[i].item_before) s.new_topic.insert(s.sentence[i]);
  for (const Pattern& p : s.matched_in(rules.new_topic))
    for (const PatternMatch& m : s.of(p))
      if (m.first_token == 0 || s.tokens[m.first_token - 1].is_break()) s.new_topic.insert(s.sentence[m.first_token]);
  std::map<size_t, size_t> last_context_token;  // per sentence, the end of its last [context] phrase
  // Sentences that open with a time before the [context] phrase ("After last night's outage, ...",
  // « Depuis la panne d'hier, ... »): what follows its comma is now.
  static const WordList kSince = {"after", "since", "following", "depuis", "apres", "suite"};
  std::set<size_t> opened_by_context;
  // « le profil est réglé sur l'heure de l'Est »: a setting, no repair.
  const std::set<size_t> settings = covered_tokens(rules.setting, s);
  // Sets the sentence of `m` aside up to the end of its last [context] phrase; returns the sentence.
  auto set_aside = [&](const PatternMatch& m) {
    const size_t at = s.sentence[m.first_token];
    s.not_current.insert(at);
    size_t& last = last_context_token[at];
    last = std::max(last, m.last_token);
    return at;
  };
  for (const Pattern& p : s.matched_in(rules.not_current))
    for (const PatternMatch& m : s.of(p)) {
      if (settings.count(m.last_token) || denies_repair(s, m, p, rules)) continue;
      set_aside(m);
      size_t start = m.first_token;
      while (start > 0 && !s.tokens[start - 1].is_break()) --start;
      if (m.first_token - start <= 2 && kSince.count(s.tokens[start].folded)) opened_by_context.insert(s.sentence[m.first_token]);
    }
  // [context] wished: the wish reports nothing up to its next comma ("It would be great to be able to
  // log in again, nobody here can since 7" reports what follows the comma).
  std::set<size_t> wishes;
  for (const Pattern& p : s.matched_in(rules.wished))
    for (const PatternMatch& m : s.of(p)) wishes.insert(set_aside(m));
  // [context] back_now: the platform said back reports nothing current, nor do the sentences before it
  // told in the past ("The platform was down this morning. It's back now."), unless the phrase is
  // asked ("Is it back?") or a "but" follows it in its sentence ("It's back for me, but ...").
  for (const Pattern& p : s.matched_in(rules.back_now))
    for (const PatternMatch& m : s.of(p)) {
      if (settings.count(m.last_token) || denies_repair(s, m, p, rules)) continue;
      const size_t at = s.sentence[m.first_token];
      s.not_current.insert(at);
      size_t& last = last_context_token[at];
      last = std::max(last, m.last_token);
      bool turned = false;
      for (size_t t = m.last_token + 1; t < s.tokens.size() && !s.tokens[t].is_break(); ++t) turned = turned || turns(s.tokens[t], true);
      if (turned || in_a_question(s, m.last_token)) continue;
      s.says_back = true;
      for (size_t t = 0; t < m.first_token; ++t)
        if (s.sentence[t] < at && !s.tokens[t].is_break() && told_in_the_past(s, t)) s.not_current.insert(s.sentence[t]);
    }
  std::set<size_t> imagined;
  for (const Pattern& p : s.matched_in(rules.imagined))
    for (const PatternMatch& m : s.of(p)) {
      s.not_current.insert(s.sentence[m.first_token]);
      imagined.insert(s.sentence[m.first_token]);
    }
  // "It's fixed, but now ...", « c'est rétabli, mais ... », "Not sure if it's cosmetic: our
  // messages ...": what follows the contrast or the colon is current.
  // So does what follows the comma of an opening phrase: « Depuis la panne d'hier, le compteur
  // affiche 0 », "After last night's outage, times show in UTC". What a drill's scenario imagines
  // ([context] imagined: "the scenario is: SOMUM is down") never counts again. What is said to go
  // on counts again from its "still": "The platform was down on Sunday and is still down".
  for (const auto& [sentence, last] : last_context_token)
    for (size_t t = last + 1; !imagined.count(sentence) && t < s.tokens.size() && !s.tokens[t].is_break(); ++t)
      if (s.tokens[t].clause_before || (opened_by_context.count(sentence) && s.tokens[t].pause_before && t == last + 1) ||
          (wishes.count(sentence) && s.tokens[t].pause_before) ||
          kGoesOn.count(s.tokens[t].folded)) {
        s.counts_again_from[sentence] = t;
        break;
      } else if (turns(s.tokens[t], true)) {
        s.counts_again_from[sentence] = t + 1;
        break;
      }
  // A question about a condition ("Do messages stop going out if we exceed our quota?", « Que
  // se passe-t-il si ... ? », "Does the app have an offline mode, for when our network is down?")
  // asks about a failure, it does not report one. A statement with "if"
  // ("If I click Save, nothing happens.") still reports. A question right after one goes on
  // asking about it (« Que se passe-t-il si nous dépassons le forfait? Est-ce que les envois sont
  // bloqués? »).
  // A question whether something can be made so asks for it ([context] asks_if_possible), unless
  // it asks how to undo what happens or why it happens ([context] about_what_happens) or a clause
  // follows the asking ("Could we get someone on the phone, none of our users can log in?").
  const std::set<size_t> asks_if_possible = covered_tokens(rules.asks_if_possible, s);
  const std::set<size_t> undoing =
      asks_if_possible.empty() ? std::set<size_t>{} : covered_tokens(rules.about_what_happens, s);
  bool conditional = false;
  bool possible = false;
  bool undone = false;
  bool after_conditional_question = false;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (!t.is_break()) {
      conditional = conditional || opens_a_condition(s.tokens, i);
      possible = (possible && !t.pause_before) || asks_if_possible.count(i);
      undone = undone || undoing.count(i);
      continue;
    }
    const bool question = t.begin < s.text.size() && s.text[t.begin] == '?';
    const bool hypothetical = question && (conditional || after_conditional_question);
    if (hypothetical) s.asks_about_a_condition = true;
    if (hypothetical || (question && possible && !undone)) s.not_current.insert(s.sentence[i]);
    after_conditional_question = hypothetical;
    conditional = possible = undone = false;
  }
  // "Every account still gets 'Organization suspended'": what follows a working phrase closely in
  // its clause may be a failure, and then nothing is said to work.
  std::set<size_t> failure_starts;  // filled at the first working phrase (most texts have none)
  std::vector<std::pair<size_t, size_t>> failure_spans;  // first and last token of each failure match
  bool failures_read = false;
  auto read_failures = [&] {
    if (failures_read) return;
    for (const Pattern& p : s.matched_in(rules.failure))
      for (const PatternMatch& f : s.of(p)) {
        failure_starts.insert(f.first_token);
        failure_spans.emplace_back(f.first_token, f.last_token);
      }
    failures_read = true;
  };
  auto failure_follows = [&](const PatternMatch& m) {
    read_failures();
    for (size_t t = m.last_token + 1; t <= m.last_token + 3 && t < s.tokens.size(); ++t)
      if (s.clause[t] == s.clause[m.last_token] && failure_starts.count(t)) return true;
    return false;
  };
  // "Neither the mobile app nor the website works": the working words end a failure that began
  // before them.
  auto ends_a_failure = [&](const PatternMatch& m) {
    read_failures();
    return std::any_of(failure_spans.begin(), failure_spans.end(), [&](const std::pair<size_t, size_t>& f) {
      return f.first < m.first_token && f.second >= m.last_token;
    });
  };
  // "Only two of our 45 users can still log in": what works for the few named just before it is
  // the exception ([context] only_a_few ends at most kMaxFewGapTokens tokens before, in its clause).
  constexpr size_t kMaxFewGapTokens = 6;
  std::vector<size_t> few_ends;
  for (const Pattern& p : s.matched_in(rules.only_a_few))
    for (const PatternMatch& m : s.of(p)) few_ends.push_back(m.last_token);
  auto said_of_a_few = [&](const PatternMatch& m) {
    return std::any_of(few_ends.begin(), few_ends.end(), [&](size_t end) {
      return end < m.first_token && m.first_token - end <= kMaxFewGapTokens && s.clause[end] == s.clause[m.first_token];
    });
  };
  auto says_it_works = [&](const PatternMatch& m) {
    return !negated(s.tokens, m.first_token, rules) && !denied_beside(s, m) && s.counts(m) && !failure_follows(m) &&
           !ends_a_failure(m) && !worked_before(s, m) && !someone_elses_claim(s, m) && !wished(s, m) &&
           !said_of_a_few(m) && !in_a_question(s, m.last_token);
  };
  auto works_here = [&](const PatternMatch& m) {
    s.working.insert(s.sentence[m.first_token]);
    if (!s.first_working) s.first_working = m;
  };
  for (const Pattern& p : s.matched_in(rules.working))
    for (const PatternMatch& m : s.of(p))
      if (says_it_works(m)) works_here(m);
  for (const Pattern& p : s.matched_in(rules.rest_works))
    for (const PatternMatch& m : s.of(p))
      if (says_it_works(m)) {
        works_here(m);
        s.says_rest_works = true;
      }
  for (const Pattern& p : s.matched_in(rules.one_part))
    for (const PatternMatch& m : s.of(p))
      if (!negated(s.tokens, m.first_token, rules) && s.counts(m)) s.one_part.insert(m.first_token);
  for (const Pattern& p : s.matched_in(rules.one_feature))
    for (const PatternMatch& m : s.of(p))
      if (s.counts(m)) s.one_feature.insert(s.clause[m.first_token]);
  s.asked = covered_tokens(rules.not_failure, s);
  s.not_asking = covered_tokens(rules.not_a_request, s);
  const std::set<size_t> complement = covered_tokens(rules.not_scope, s);
  std::set<size_t> severe;
  for (const ScopeRule& scope : rules.scopes)
    for (const Pattern& p : s.matched_in(scope.patterns))
      for (const PatternMatch& m : s.of(p)) {
        if (complement.count(m.first_token) || quoted_name(s, m)) continue;
        if (scope.sizes_changed_only) {
          if (s.counts(m)) s.changed_scopes.push_back({&scope, m});
          continue;
        }
        (scope.level >= 3 ? s.cosmetic : severe).insert(s.clause[m.first_token]);
        // What works names no scope ("the SMS and email parts arrive fine"), but how a thing looks
        // still does beside it ("the page title shows 'Error' though everything loads").
        if ((s.counts(m) || s.goes_on(s.sentence[m.first_token])) &&
            (scope.level >= 3 || !s.working.count(s.sentence[m.first_token])))
          s.scopes.push_back({&scope, m});
      }
  for (const size_t clause : severe) s.cosmetic.erase(clause);
  auto by_token = [](const std::vector<Source::ScopeHit>& hits) {
    std::vector<size_t> order(hits.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return hits[a].match.first_token < hits[b].match.first_token; });
    return order;
  };
  s.scopes_by_token = by_token(s.scopes);
  s.changed_scopes_by_token = by_token(s.changed_scopes);
}

std::string quote(const Source& s, const PatternMatch& m) {
  const size_t begin = s.tokens[m.first_token].begin;
  const size_t end = s.tokens[m.last_token].end;
  return s.text.substr(begin, end - begin);
}

// Token indices that lie inside a match of any of `patterns`.
// The tokens the matches of `patterns` cover. With `unbroken_only`, only matches that read as one
// name count: no comma, colon or semicolon inside ("urgent contact list" is a name, "URGENT:
// contact list" is a claim and a topic).
std::set<size_t> covered_tokens(const std::vector<Pattern>& patterns, const Source& s, bool unbroken_only) {
  std::set<size_t> covered;
  for (const Pattern& p : s.matched_in(patterns))
    for (const PatternMatch& m : s.of(p)) {
      bool paused = false;
      for (size_t i = m.first_token + 1; unbroken_only && i <= m.last_token; ++i) paused = paused || s.tokens[i].pause_before;
      if (!paused)
        for (size_t i = m.first_token; i <= m.last_token; ++i) covered.insert(i);
    }
  return covered;
}

// Situations: each failure cue that counts, with the most severe scope of its sentence (or the
// unknown-scope level). One piece of evidence per situation id and place.
// Whether a scope at `scope_sentence` of `scope_source` sizes a failure at `sentence` of `s`: the
// same sentence or the one right before or after it; a failure in the subject (the headline) is
// sized by a scope anywhere in the body.
bool near(const Source& s, size_t sentence, const Source& scope_source, size_t scope_sentence) {
  if (&s != &scope_source) return std::string_view(s.where) == "subject";
  if (scope_sentence + 1 < sentence || scope_sentence > sentence + 1) return false;
  // "It would be nice to have dark mode. Unrelated: voice calls stopped playing": a sentence that
  // opens another topic is sized by its own words, not by the one before it.
  return scope_sentence == sentence || !s.new_topic.count(std::max(sentence, scope_sentence));
}

// Whether `sentence` of `s` (any sentence of `s` when none is given) names a level-1 scope
// (everyone, everything).
bool names_everyone(const Source& s, std::optional<size_t> sentence = std::nullopt) {
  for (const Source::ScopeHit& hit : s.scopes)
    if (hit.scope->level == 1 && (!sentence || s.sentence[hit.match.first_token] == *sentence)) return true;
  return false;
}

// Whether a rule in `sentence` of `s` concerns one person or a few of the staff ("one of
// our dispatchers cannot access the platform"): that sentence names one and no level-1 scope; for
// the subject, a body sentence does and the body names no level-1 scope anywhere.
bool concerns_one_part(const Source& s, size_t sentence, const std::array<Source, 2>& all) {
  if (&s != &all[0]) return s.names_one_part(sentence) && !names_everyone(s, sentence);
  return !all[1].one_part.empty() && !names_everyone(s, sentence) && !names_everyone(all[1]);
}

// Whether a scope phrase is narrowed by the one-part phrase right after it (at most two words
// on, in its sentence): "not reaching residents who use Rogers", "residents on Vidéotron" name a
// part of the audience, not all of it.
bool narrowed_to_one_part(const Source& s, const PatternMatch& scope) {
  const auto next = s.one_part.upper_bound(scope.last_token);
  return next != s.one_part.end() && *next <= scope.last_token + 2 && s.sentence[*next] == s.sentence[scope.last_token];
}

// Whether the failure at `sentence` of `s` is near (as a scope would be) a sentence saying
// something still works, or the message says everything else works.
bool partial(const Source& s, size_t sentence, const std::array<Source, 2>& all) {
  for (const Source& other : all) {
    if (other.says_rest_works) return true;
    for (const size_t w : other.working)
      if (near(s, sentence, other, w)) return true;
  }
  return false;
}

// Evidence summed per level: `score` decides (>= evidence_threshold); `strong` marks a level named
// by a full-weight rule or a scoped situation, not by weak words alone. `unknown` holds where a
// failure of unknown scope was told (source, first token, whether of delivery) and `looks` where a full-weight level-3
// rule matched or a level-3 scope sized a failure (source, first token of the rule's match or of
// the scope: a subject's "Two bugs" sized by a body's icon is a look where the icon is named).
struct Tally {
  using Place = std::pair<const Source*, size_t>;
  struct Unknown {
    const Source* source;
    size_t token;
    bool delivery;  // tells that something is not sent or does not arrive (tells_delivery)
  };
  std::array<double, 5> score{};
  std::array<bool, 5> strong{};
  std::vector<Unknown> unknown;
  std::vector<Place> looks;
};

// Whether token `at` stands in a sentence that ends with a colon and opens a list ("Two bugs:\n1.
// ...", « Deux anomalies : - ... »): it announces the items, which tell what fails.
bool announces_items(const Source& s, size_t at) {
  size_t end = at;
  while (end < s.tokens.size() && !s.tokens[end].is_break()) ++end;
  if (end == at || end + 1 >= s.tokens.size() || !s.tokens[end + 1].item_before) return false;
  const std::string_view between(s.text.data() + s.tokens[end - 1].end, s.tokens[end + 1].begin - s.tokens[end - 1].end);
  return between.find(':') != std::string_view::npos;
}

// Whether a failure of unknown scope is told away from every level-3 evidence: in another list
// item or another topic ("- a typo in a label\n- the filter no longer gives any result"). The
// subject and the body size each other.
bool failure_apart_from_looks(const Tally& tally) {
  for (const auto& [source, token, delivery] : tally.unknown) {
    if (announces_items(*source, token)) continue;  // "Two bugs:" is sized by its items
    const size_t sentence = source->sentence[token];
    const size_t clause = source->clause[token];
    // A failure whose own clause names one feature ("the PDF reports no longer download") is apart
    // from a look told of another feature in another clause ("accents show wrong in the preview"),
    // not from a look that names none ("the history shows every send twice. Display only").
    // So is a delivery failure from any look outside its clause.
    const bool names_its_feature = delivery || source->one_feature.count(clause) > 0;
    auto another_features_look = [&](const Source& look_source, size_t look_token) {
      const size_t look_clause = look_source.clause[look_token];
      return names_its_feature && look_clause != clause && (delivery || look_source.one_feature.count(look_clause) > 0);
    };
    bool beside_a_look = false;
    for (const auto& [look_source, look_token] : tally.looks)
      beside_a_look = beside_a_look || source != look_source ||
                      (near(*source, sentence, *look_source, look_source->sentence[look_token]) &&
                       !another_features_look(*look_source, look_token));
    if (!beside_a_look) return true;
  }
  return false;
}

// A number as written at token `at`, its thousands groups joined ("15,000", « 12 400 ») or
// shortened ("22k"): the value (capped at 10^9) and the token after it; nullopt when `at` holds no
// number.
struct Figure {
  double value = 0;
  size_t next = 0;
};
std::optional<Figure> figure_at(const Source& s, size_t at) {
  auto digits = [&](size_t i) {
    const std::string& w = s.tokens[i].folded;
    return !w.empty() && w[0] >= '0' && w[0] <= '9' && w.size() <= 9 &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (at >= s.tokens.size()) return std::nullopt;
  if (const std::string& w = s.tokens[at].folded; w.size() >= 2 && w.size() <= 7 && w.back() == 'k' &&
                                                  std::all_of(w.begin(), w.end() - 1, [](char c) { return c >= '0' && c <= '9'; }))
    return Figure{std::stod(w.substr(0, w.size() - 1)) * 1000, at + 1};  // "22k"
  if (!digits(at)) return std::nullopt;
  Figure f{std::stod(s.tokens[at].folded), at + 1};
  while (f.next < s.tokens.size() && digits(f.next) && s.tokens[f.next].folded.size() == 3 && f.value < 1e6) {
    const std::string_view gap = std::string_view(s.text).substr(s.tokens[f.next - 1].end, s.tokens[f.next].begin - s.tokens[f.next - 1].end);
    if (gap != "," && gap != " " && gap != "\xC2\xA0" && gap != "\xE2\x80\xAF") break;
    f.value = f.value * 1000 + std::stod(s.tokens[f.next].folded);
    ++f.next;
  }
  return f;
}

// The total a count is "(out) of" at token `at` ("out of 5,300", « sur 2 000 », "of our 240"):
// its figure, or nullopt when no "of" (« sur », « des ») and figure follow.
std::optional<Figure> total_out_of(const Source& s, size_t at) {
  static const WordList kOf = {"of", "sur", "des"};
  static const WordList kArticle = {"the", "our", "les", "nos"};
  if (at < s.tokens.size() && s.tokens[at].folded == "out"sv) ++at;
  if (at >= s.tokens.size() || !kOf.count(s.tokens[at].folded)) return std::nullopt;
  ++at;
  if (at < s.tokens.size() && kArticle.count(s.tokens[at].folded)) ++at;
  return figure_at(s, at);
}

// A figure that starts at token `at`, not the thousands group of one before it ("000" of "2,000").
std::optional<Figure> figure_from(const Source& s, size_t at) {
  if (at > 0)
    if (const auto before = figure_at(s, at - 1); before && before->next > at) return std::nullopt;
  return figure_at(s, at);
}

// Whether a one-word failure match is a count noun told with a share of at most kFewPercent right
// before or right after it: "2% failures", « 1 % d'échecs », "a 2% failure rate", « Taux d'échec de
// 1 % » (only a count noun takes a share: "stuck at 0 %" tells nothing got through).
bool a_small_share_of_failures(const Source& s, const PatternMatch& m) {
  constexpr double kFewPercent = 2;
  static const WordList kCountNouns = {"failure", "failures", "error", "errors", "bounce", "bounces", "echec",
                                       "echecs", "erreur", "erreurs", "rebond", "rebonds"};
  if (!kCountNouns.count(s.tokens[m.first_token].folded)) return false;
  auto few_percent = [&](const Figure& share) {
    size_t after = s.tokens[share.next - 1].end;
    while (after < s.text.size() && (s.text[after] == ' ' || s.text.compare(after, 2, "\xC2\xA0") == 0 ||
                                     s.text.compare(after, 3, "\xE2\x80\xAF") == 0))
      after += s.text[after] == ' ' ? 1 : (static_cast<unsigned char>(s.text[after]) == 0xC2 ? 2 : 3);
    return after < s.text.size() && s.text[after] == '%' && share.value <= kFewPercent;
  };
  // The nearest figure on each side, within three words of the clause.
  for (const int step : {-1, 1}) {
    size_t at = step < 0 ? m.first_token : m.last_token;
    for (int distance = 1; distance <= 3; ++distance) {
      if ((step < 0 && at == 0) || (step > 0 && at + 1 >= s.tokens.size())) break;
      at = step < 0 ? at - 1 : at + 1;
      if (s.tokens[at].is_break()) break;
      if (const auto share = figure_from(s, at)) {
        if (few_percent(*share)) return true;
        break;
      }
    }
  }
  return false;
}

// Whether a one-word failure match is what a handful of numbers or addresses did: "Why did 3
// numbers fail?", « 3 numéros sont en échec » (ten at most; up to two words between the numbers
// and the failure, within the clause).
bool a_handful_of_numbers(const Source& s, const PatternMatch& m) {
  constexpr double kHandful = 10;
  constexpr size_t kWordsBetween = 2;
  static const WordList kRecipients = {"numbers", "number", "addresses", "address", "phones", "numeros", "adresses"};
  for (size_t back = 1; back <= kWordsBetween + 1 && back + 1 <= m.first_token; ++back) {
    const size_t at = m.first_token - back;
    if (s.tokens[at].is_break() || s.tokens[at + 1].pause_before) return false;
    if (!kRecipients.count(s.tokens[at].folded)) continue;
    const auto count = figure_from(s, at - 1);
    return count && count->next == at && count->value <= kHandful;
  }
  return false;
}

// Whether a one-word failure match counts at most 1 % of a total of 100 or more: "14 failures out
// of 5,300", « 6 échecs sur 2 000 », "12 of 4,000 failed", or a small share or a handful
// (a_small_share_of_failures, a_handful_of_numbers). A few numbers that fail in every large send
// are a question about those numbers, not a failure of the sending ("0 delivered out of 5,300" and
// "5,300 failed" count no few).
bool counts_a_few_of_many(const Source& s, const PatternMatch& m) {
  if (m.first_token != m.last_token || m.first_token == 0) return false;
  auto few_of = [](const Figure& few, const std::optional<Figure>& total) {
    return total && total->value >= 100 && few.value * 100 <= total->value;
  };
  // "14 failures out of 5,300", "7 bounced emails out of 5,300": the count right before the word,
  // the total after it or after the noun that follows it.
  const size_t after = m.first_token + 1;
  for (size_t back = 1; back <= 2 && back <= m.first_token; ++back) {
    const size_t at = m.first_token - back;
    if (s.tokens[at].is_break()) break;
    if (const auto few = figure_from(s, at); few && few->next == m.first_token) {
      if (few_of(*few, total_out_of(s, after))) return true;
      if (after < s.tokens.size() && !s.tokens[after].is_break() && few_of(*few, total_out_of(s, after + 1))) return true;
      break;
    }
  }
  // "12 of 4,000 failed", "3 numbers out of 8,000 failed": the word right after the total (a word
  // between allowed: "numbers"), one word allowed between the count and its total.
  for (size_t back = 1; back <= 2 && back <= m.first_token; ++back) {
    const size_t end = m.first_token - back + 1;  // the token after the total
    for (size_t start = end >= 7 ? end - 7 : 0; start + 1 < end; ++start) {
      const auto few = figure_from(s, start);
      if (!few) continue;
      for (size_t of = few->next; of <= few->next + 1 && of < end && !s.tokens[of].is_break(); ++of) {
        const auto total = total_out_of(s, of);
        if (total && total->next == end && few_of(*few, total)) return true;
      }
    }
  }
  return a_small_share_of_failures(s, m) || a_handful_of_numbers(s, m);
}

// Whether the text holds a figure at all: most mail holds none, and a look at each word's first
// letter settles it before any figure is read.
bool holds_a_figure(const Source& s) {
  return std::any_of(s.tokens.begin(), s.tokens.end(),
                     [](const Token& t) { return !t.folded.empty() && t.folded[0] >= '0' && t.folded[0] <= '9'; });
}

// "about 12 % delivered", « seulement 30 % des textos reçus »: under half of what was sent got
// through, told as a percentage and followed within its clause by what got through. A failure cue:
// the words around it size it (one channel, every send). Returns the figure through that word.
std::optional<PatternMatch> low_share_through(const Source& s) {
  static const WordList kThrough = {"delivered", "received", "reached", "arrived", "arrive", "arrives", "livre",
                                    "livres", "livree", "livrees", "recu", "recus", "recue", "recues", "rejoints",
                                    "arrivees"};
  constexpr double kUnderHalf = 50;
  constexpr size_t kWordsToThrough = 5;  // "12 % of our residents received"
  for (size_t start = 0; start < s.tokens.size(); ++start) {
    const auto share = figure_at(s, start);
    if (!share) continue;
    const size_t here = start;
    const size_t after = share->next;
    start = after - 1;
    if (share->value >= kUnderHalf || after >= s.tokens.size()) continue;
    const std::string_view gap = std::string_view(s.text).substr(s.tokens[after - 1].end, s.tokens[after].begin - s.tokens[after - 1].end);
    if (gap.find('%') == std::string_view::npos && s.tokens[after].folded != "percent"sv) continue;
    for (size_t t = after; t < std::min(s.tokens.size(), after + kWordsToThrough); ++t) {
      if (s.tokens[t].is_break() || (t > after && s.tokens[t].pause_before)) break;
      if (kThrough.count(s.tokens[t].folded)) {
        PatternMatch m;
        m.first_token = here;
        m.last_token = t;
        return m;
      }
    }
  }
  return std::nullopt;
}

// "3 delivered out of 15,000", "0 of 12,400 messages delivered", « il ne reste que 12 contacts
// sur nos 9 000 »: a count of what got through or what is left that is at most 1 % of a hundred or
// more. Returns the first token and the last of the figures, or nullopt.
std::optional<PatternMatch> almost_none(const Source& s) {
  static const WordList kThrough = {
      "delivered", "received", "reached", "successful", "succeeded", "arrived", "left", "remaining", "remain", "remains",
      "livre", "livres", "livrees", "livree", "recu", "recus", "recues", "joint", "joints", "rejoint", "rejoints",
      "reussi", "reussis", "reussies", "arrives", "arrivees", "reste", "restent", "restant", "restants",
      "went", "gone", "got", "sent", "envoye", "envoyes", "envoyee", "envoyees", "partis", "parties"};
  static const WordList kOutOf = {"of", "sur", "out", "des"};
  // A count written as a word: "zero of 240 nurses", "none of our 240", « aucun des 240 pompiers ».
  static const WordList kNone = {"zero", "none", "aucun", "aucune"};
  // A count of failures is none of what got through: "14 failures out of 5,300 (the rest delivered)".
  static const WordList kFailed = {"failure", "failures", "failed", "errors", "error", "bounced", "bounces", "rejected",
                                   "undelivered", "echec", "echecs", "echoue", "echoues", "erreurs", "rejetes", "refuses"};
  auto through = [&](size_t t) { return t < s.tokens.size() && kThrough.count(s.tokens[t].folded) > 0; };
  for (size_t start = 0; start < s.tokens.size(); ++start) {
    const auto part = kNone.count(s.tokens[start].folded) ? std::optional<Figure>(Figure{0, start + 1}) : figure_at(s, start);
    if (!part) continue;
    const size_t after_part = part->next;
    // What got through, named between the count and "of" (up to two words: "3 delivered out of",
    // « 12 contacts sur »), right after the total in the same clause ("0 of 12,400 messages
    // delivered") or just before the count (« il ne reste que 12 contacts »).
    size_t at = after_part;
    bool named = false;
    bool failed = false;
    while (at < s.tokens.size() && !s.tokens[at].is_break() && !kOutOf.count(s.tokens[at].folded) && at < after_part + 2) {
      failed = failed || kFailed.count(s.tokens[at].folded) > 0;
      named = through(at++) || named;
    }
    const size_t here = start;
    start = after_part - 1;  // the next count starts after this one's thousands
    if (failed || at >= s.tokens.size() || !kOutOf.count(s.tokens[at].folded)) continue;
    const auto whole = total_out_of(s, at);
    if (!whole || whole->value < 100 || part->value * 100 > whole->value) continue;
    for (size_t t = whole->next; !named && t < std::min(s.tokens.size(), whole->next + 3) && !s.tokens[t].pause_before; ++t)
      named = through(t);
    for (size_t back = 1; !named && back <= 3 && back <= here; ++back) {
      const Token& before = s.tokens[here - back];
      if (before.is_break()) break;
      named = through(here - back);
      if (before.pause_before) break;
    }
    if (!named) continue;
    PatternMatch m;
    m.first_token = here;
    m.last_token = whole->next - 1;
    return m;
  }
  return std::nullopt;
}

// People and records named by a count ("12 people", « 14 000 abonnés »), and the words that name a
// list or its count ("Subscriber count went from ...").
const WordList& people_or_records() {
  static const WordList kWho = {
      "contacts", "subscribers", "residents", "people", "records", "numbers", "names", "members", "citizens",
      "households", "employees", "users", "abonnes", "citoyens", "fiches", "numeros", "noms", "membres", "personnes",
      "inscrits", "foyers", "employes", "usagers",
      // the singular a zero or a one takes: "0 contact", « 0 abonné », "1 member left"
      "contact", "subscriber", "resident", "member", "citizen", "abonne", "citoyen", "membre", "inscrit"};
  return kWho;
}
// Whether one of the two words from `from` names people or records.
bool names_people(const Source& s, size_t from) {
  for (size_t t = from; t < std::min(s.tokens.size(), from + 2); ++t)
    if (people_or_records().count(s.tokens[t].folded)) return true;
  return false;
}

// A list told from a total to at most 1 % of it: "Subscriber count went from 15,000 to 0",
// « notre liste est passée de 12 000 contacts à 40 »; a list or people named in the four words
// before "from" or after a count. Returns the span from "from" to the second count, or nullopt.
std::optional<PatternMatch> fell_from_to(const Source& s) {
  static const WordList kListWords = {"list",       "lists",   "liste", "listes",  "subscriber",
                                                   "contact",    "count",   "registry", "database"};
  for (size_t i = 0; i + 3 < s.tokens.size(); ++i) {
    if (s.tokens[i].folded != "from"sv && s.tokens[i].folded != "de"sv) continue;
    const auto total = figure_at(s, i + 1);
    if (!total || total->value < 100) continue;
    bool named = names_people(s, total->next);
    for (size_t back = 1; back <= 4 && back <= i && !named && !s.tokens[i - back].is_break(); ++back)
      named = people_or_records().count(s.tokens[i - back].folded) > 0 ||
              kListWords.count(s.tokens[i - back].folded) > 0;
    for (size_t t = total->next; t < std::min(s.tokens.size(), total->next + 3) && !s.tokens[t].is_break(); ++t) {
      if (s.tokens[t].folded != "to"sv && s.tokens[t].folded != "a"sv) continue;
      const auto left = figure_at(s, t + 1);
      if (!left || left->value * 100 > total->value || !(named || names_people(s, left->next))) break;
      PatternMatch m;
      m.first_token = i;
      m.last_token = left->next - 1;
      return m;
    }
  }
  return std::nullopt;
}

// A list told by what it held and what is left: "It had about 9,000 on Friday" beside "the
// contact list ... only has 12 people in it now"; « Hier elle contenait 14 000 abonnés » beside
// « notre liste principale soit vide ». The total (a hundred or more, at most three words after a
// word of having: had, contained, « contenait ») and what is left (a count of people or records at
// most 1 % of it right after "only has", "only", « que », or an empty word beside a total that
// names them) stand in the same sentence or neighbouring ones ("Our list had 9,000 contacts; we
// only have 12 staff" is no loss). A total may also follow "was" or "were" directly or after
// "about" ("Yesterday it was 18,400"), and what is left may be a zero beside people or records
// ("Contacts: 0", "each group shows 0 members", « 0 abonné », "at zero contacts"). Returns the span from the first to
// the last of them, or nullopt.
std::optional<PatternMatch> held_then_left(const Source& s) {
  static const WordList kHad = {"had",   "held",      "contained", "counted", "avait",
                                             "contenait", "comptait", "avions",   "contenions", "comptions"};
  static const WordList kOnly = {"only", "just", "que", "seulement"};
  static const WordList kNowHolds = {"has", "have", "holds", "hold", "shows", "show", "contains", "lists", "left", "remain", "remains"};
  static const WordList kEmpty = {"empty", "blank", "vide", "vides"};
  // One pass for the totals (the largest per sentence, and the largest that names people), one
  // for what is left: linear in the text, whatever a hostile one repeats.
  struct Total {
    double value = 0;
    size_t first = 0, last = 0;
  };
  std::map<size_t, Total> largest, largest_named;
  auto keep = [](std::map<size_t, Total>& by_sentence, size_t sentence, const Total& total) {
    auto [at, added] = by_sentence.try_emplace(sentence, total);
    if (!added && total.value > at->second.value) at->second = total;
  };
  // "was 18,400", "were about 9,000", « était de 12 000 »: only words of measure between.
  static const WordList kWas = {"was", "were", "etait", "etaient"};
  static const WordList kMeasure = {"about",   "around", "over", "nearly", "almost", "roughly",
                                                 "environ", "de",     "d",    "pres",   "plus"};
  // Whether a count stops at `next` (the text's end, a break or a pause, a word of time) or names
  // people or records: "it was 18,400.", "was 9,000 on Friday", "were 12,000 residents".
  static const WordList kThen = {"yesterday", "hier", "last", "before", "avant", "earlier",
                                              "on",        "this", "ce",   "cette",  "la",    "le"};
  auto ends_a_count = [&](size_t next) {
    return next >= s.tokens.size() || s.tokens[next].is_break() || s.tokens[next].pause_before ||
           kThen.count(s.tokens[next].folded) > 0 || names_people(s, next);
  };
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const bool was = kWas.count(s.tokens[i].folded) > 0;
    if (!was && !kHad.count(s.tokens[i].folded)) continue;
    for (size_t j = i + 1; j < std::min(s.tokens.size(), i + 4) && !s.tokens[j].is_break(); ++j)
      if (const auto f = figure_at(s, j); !f && was && !kMeasure.count(s.tokens[j].folded)) {
        break;
      } else if (f && f->value >= 100) {
        if (was && !ends_a_count(f->next)) break;  // "was 1,400 dollars" counts something else
        const Total total{f->value, i, f->next - 1};
        keep(largest, s.sentence[i], total);
        if (names_people(s, f->next)) keep(largest_named, s.sentence[i], total);
        break;
      }
  }
  if (largest.empty()) return std::nullopt;
  // The total in `sentence` or a neighbouring one that `fits`, if any.
  auto near_total = [&](const std::map<size_t, Total>& by_sentence, size_t sentence, auto fits) -> const Total* {
    for (size_t d = sentence == 0 ? 0 : sentence - 1; d <= sentence + 1; ++d)
      if (const auto found = by_sentence.find(d); found != by_sentence.end() && fits(found->second)) return &found->second;
    return nullptr;
  };
  for (size_t t = 0; t < s.tokens.size(); ++t) {
    const std::string& w = s.tokens[t].folded;
    const Total* total = nullptr;
    size_t last = t;
    if (kEmpty.count(w)) {
      total = near_total(largest_named, s.sentence[t], [](const Total&) { return true; });
    } else if ((w == "0"sv || w == "zero"sv) && (names_people(s, t + 1) ||
                            (t > 0 && (people_or_records().count(s.tokens[t - 1].folded) || kNowHolds.count(s.tokens[t - 1].folded)) &&
                             ends_a_count(t + 1)))) {
      // "0 contacts", "Contacts: 0", "the list shows 0 this morning"
      total = near_total(largest, s.sentence[t], [](const Total&) { return true; });
    } else if (kOnly.count(w)) {
      size_t at = t + 1;
      if (w != "que"sv && at < s.tokens.size() && kNowHolds.count(s.tokens[at].folded)) ++at;
      const auto f = figure_at(s, at);
      if (!f || !names_people(s, f->next)) continue;
      last = f->next - 1;
      total = near_total(largest, s.sentence[t], [&](const Total& candidate) { return f->value * 100 <= candidate.value; });
    }
    if (!total) continue;
    PatternMatch m;
    m.first_token = std::min(t, total->first);
    m.last_token = std::max(last, total->last);
    return m;
  }
  return std::nullopt;
}

// A list that collapsed, told in figures (fell_from_to, held_then_left).
std::optional<PatternMatch> collapsed_count(const Source& s) {
  if (auto m = fell_from_to(s)) return m;
  return held_then_left(s);
}

// A send for a few that reached many, told in figures: "the reminder for the 8 on-call firefighters
// was sent to the 14,000 subscribers", "the notice meant for 40 businesses went to our 22,000
// residents". A count after "for" (« pour », "meant for", « visant »), then in the same sentence a
// word of sending and a count after "to" (« aux », « à », « chez ») of 1,000 or more and at least
// fifty times the first. Returns the span from the first count to the second, or nullopt.
std::optional<PatternMatch> sent_far_beyond(const Source& s) {
  static const WordList kFor = {"for", "pour", "visant", "ciblant"};
  static const WordList kTo = {"to", "aux", "a", "chez"};
  static const WordList kSkip = {"the", "our", "all", "les", "nos", "tous", "toutes", "its", "ses", "their", "leurs", "of", "de", "des"};
  static const WordList kSent = {"sent", "went", "gone", "delivered", "reached", "envoye", "envoyee", "envoyes", "envoyees", "parti",
                                              "partie", "transmis", "transmise", "rejoint", "livre", "livree"};
  auto figure_after = [&](size_t at) -> std::optional<std::pair<Figure, size_t>> {
    for (size_t k = 0; k < 3 && at < s.tokens.size() && !s.tokens[at].is_break(); ++k, ++at) {
      if (const auto f = figure_at(s, at)) return std::make_pair(*f, at);
      if (!kSkip.count(s.tokens[at].folded)) return std::nullopt;
    }
    return std::nullopt;
  };
  // One pass per sentence: the smallest "for" count not yet followed by a word of sending
  // (`waiting`) and the smallest that is (`sent`); a "to" count then needs only `sent`. Linear in
  // the text, whatever a hostile one repeats.
  struct Few {
    double value = 0;
    size_t at = 0;
  };
  std::optional<Few> waiting, sent;
  for (size_t t = 0; t < s.tokens.size(); ++t) {
    const std::string& w = s.tokens[t].folded;
    if (s.tokens[t].is_break()) {
      waiting.reset();
      sent.reset();
    } else if (kFor.count(w)) {
      if (const auto few = figure_after(t + 1); few && few->first.value >= 1 && (!waiting || few->first.value < waiting->value))
        waiting = Few{few->first.value, few->second};
    } else if (kSent.count(w)) {
      if (waiting && (!sent || waiting->value < sent->value)) sent = waiting;
      waiting.reset();
    } else if (sent && kTo.count(w)) {
      const auto many = figure_after(t + 1);
      if (!many || many->first.value < 1000 || many->first.value < 50 * sent->value) continue;
      PatternMatch m;
      m.first_token = sent->at;
      m.last_token = many->first.next - 1;
      return m;
    }
  }
  return std::nullopt;
}

// Almost nothing got through, told in figures, a list collapsed or a send for a few reached many:
// a level-1 situation (level 2 beside a sentence saying another part works), unless its sentence
// reports nothing current.
void add_figures(const Source& s, const std::array<Source, 2>& all, Tally& tally, Classification& c) {
  if (!holds_a_figure(s)) return;  // the three readers below need a figure; one look settles it
  auto m = almost_none(s);
  std::string id = "situation.almost-none-through";
  if (!m && (m = collapsed_count(s))) id = "situation.count-collapsed";
  if (!m && (m = sent_far_beyond(s))) id = "situation.sent-far-beyond";
  if (!m || !s.counts(*m)) return;
  const bool capped = partial(s, s.sentence[m->first_token], all);
  const int level = capped ? 2 : 1;
  tally.score[level] += s.multiplier;
  tally.strong[level] = true;
  c.evidence.push_back({capped ? id + "+other-parts-work" : id, level, s.where, quote(s, *m), s.multiplier});
}

// Whether the sentence holding token `at` ends with a question mark.
bool in_a_question(const Source& s, size_t at) {
  for (size_t t = at + 1; t < s.tokens.size(); ++t)
    if (s.tokens[t].is_break()) return s.tokens[t].begin < s.text.size() && s.text[s.tokens[t].begin] == '?';
  return false;
}

// Whether `sentence` of the body tells only how something looks or how fast it is: a full-weight
// level-3 rule or a level-3 scope ("slow") counts there, and no failure cue or level 1-2 rule
// does ("The logo is blurry on every page", « Toutes les pages sont un peu lentes »).
bool tells_only_looks(const Source& body, size_t sentence, const Rules& rules) {
  auto in_sentence = [&](const PatternMatch& m) { return body.sentence[m.first_token] == sentence && reports(body, m, rules); };
  for (const Pattern& p : body.matched_in(rules.failure))
    for (const PatternMatch& m : body.of(p))
      if (in_sentence(m)) return false;
  bool looks = false;
  for (const Source::ScopeHit& hit : body.scopes)
    looks = looks || (hit.scope->level == 3 && body.sentence[hit.match.first_token] == sentence);
  for (const KeywordRule& rule : rules.rules) {
    if (rule.level > 3) continue;
    for (const Pattern& p : body.matched_in(rule.patterns))
      for (const PatternMatch& m : body.of(p)) {
        if (!in_sentence(m)) continue;
        if (rule.level < 3) return false;
        looks = looks || rule.weight >= 1.0;
      }
  }
  return looks;
}

void add_situations(const Source& s, const std::array<Source, 2>& all, const Rules& rules, Tally& tally,
                    Classification& c) {
  std::set<std::string> seen;
  // One failure told at `m`: sized by the most severe scope near it, or of unknown scope (a
  // misdirection or a changed state counts only when a scope sizes it and the sentence asks nothing;
  // Source::changed_scopes size only a changed state).
  enum class Cue { failure, misdirected, changed };
  auto add_failure = [&](const PatternMatch& m, Cue cue) {
    const bool needs_scope = cue != Cue::failure;
    if (!reports(s, m, rules)) return;
    const size_t sentence = s.sentence[m.first_token];
    const bool delivery = tells_delivery(s, m);
    const ScopeRule* best = nullptr;
    const Source* best_source = nullptr;
    PatternMatch best_match;
    // A level-4 scope (what is billed) sizes only its own clause: "1) an invoice in English? 2)
    // the replies are no longer counted", "resend the invoice, and the export no longer works"
    // report a failure beside a request. In the failure's own sentence, a look (level 3) sizes
    // only its own clause: "2) the logo is blurry; 3) the export no longer works". The subject's
    // failure ("Problem") is not sized by a level-1 scope in a body sentence that tells only looks
    // ("The logo is blurry on every page"): that sentence names where the look is, not what failed
    // (a look that reaches the recipients, "what recipients get", still sizes it: 2).
    auto sizes = [&](const Source& other, const Source::ScopeHit& hit) {
      const size_t at = hit.match.first_token;
      if (!near(s, sentence, other, other.sentence[at])) return false;
      if (&other != &s && hit.scope->level == 1 && tells_only_looks(other, other.sentence[at], rules)) return false;
      const bool same_sentence = &other == &s && other.sentence[at] == sentence;
      if (hit.scope->level >= 4) return same_sentence && other.clause[at] == s.clause[m.first_token];
      if (hit.scope->level == 3 && delivery) return false;
      if (hit.scope->level == 3 && same_sentence) return other.clause[at] == s.clause[m.first_token];
      return true;
    };
    // "The export fails for all our users": everyone, on one feature (named in the failure's
    // clause or in the scope's: "we thought only the map was broken, but no page loads" is not one).
    auto level_of = [&](const Source& other, const Source::ScopeHit& hit) {
      const bool one_feature =
          s.one_feature.count(s.clause[m.first_token]) || other.one_feature.count(other.clause[hit.match.first_token]);
      return one_feature && hit.scope->one_feature_level ? hit.scope->one_feature_level : hit.scope->level;
    };
    int best_level = 0;
    auto consider = [&](const Source& other, const Source::ScopeHit& hit) {
      if (const int hit_level = level_of(other, hit); (!best || hit_level < best_level) && sizes(other, hit)) {
        best = hit.scope;
        best_level = hit_level;
        best_source = &other;
        best_match = hit.match;
      }
    };
    // Only scopes near() the failure can size it: for a subject failure, any; for a body failure,
    // those of its own and the neighbouring body sentences, taken in the order they were found.
    std::vector<size_t> window;
    auto consider_near = [&](const Source& other, const std::vector<Source::ScopeHit>& hits,
                             const std::vector<size_t>& by_token) {
      if (&other != &s) {
        if (std::string_view(s.where) == "subject")
          for (const Source::ScopeHit& hit : hits) consider(other, hit);
        return;
      }
      const size_t from = static_cast<size_t>(
          std::lower_bound(s.sentence.begin(), s.sentence.end(), sentence == 0 ? 0 : sentence - 1) - s.sentence.begin());
      const size_t to = static_cast<size_t>(std::upper_bound(s.sentence.begin(), s.sentence.end(), sentence + 1) - s.sentence.begin());
      window.clear();
      auto at = std::lower_bound(by_token.begin(), by_token.end(), from,
                                 [&](size_t hit, size_t token) { return hits[hit].match.first_token < token; });
      for (; at != by_token.end() && hits[*at].match.first_token < to; ++at) window.push_back(*at);
      std::sort(window.begin(), window.end());
      for (const size_t hit : window) consider(other, hits[hit]);
    };
    for (const Source& other : all) {
      consider_near(other, other.scopes, other.scopes_by_token);
      if (cue == Cue::changed) consider_near(other, other.changed_scopes, other.changed_scopes_by_token);
    }
    if (needs_scope && (!best || in_a_question(s, m.last_token))) return;
    int level = best ? best_level : rules.unknown_scope_level;
    std::string id = std::string(cue == Cue::failure       ? "situation.failure+"
                                 : cue == Cue::misdirected ? "situation.misdirected+"
                                                           : "situation.changed+") +
                     (best ? best->id : std::string("unknown-scope"));
    if (best && level != best->level) id += "+one-feature";
    if (best && level == 1 && narrowed_to_one_part(*best_source, best_match)) {
      level = 2;
      id += "+one-part";
    }
    // What works is read beside the failure, and beside its scope when the next sentence names it
    // (« ne partent plus ... Rien ne part le mardi. Les envois manuels fonctionnent. »).
    const bool scope_sentence_partial = best && best_source == &s && s.sentence[best_match.first_token] != sentence &&
                                        partial(s, s.sentence[best_match.first_token], all);
    if (level == 1 && (partial(s, sentence, all) || scope_sentence_partial)) {
      level = 2;
      id += "+other-parts-work";
    }
    if (!best) tally.unknown.push_back({&s, m.first_token, delivery});
    if (best && level == 3) tally.looks.push_back({best_source, best_match.first_token});  // where the look is named
    if (!seen.insert(id).second) return;
    std::string words = quote(s, m);
    if (best) words += " … " + quote(*best_source, best_match);
    // A failure of unknown scope only decides when no rule or scoped situation names a level
    // 1-3 (it is the floor under a malfunction, not a claim about its size): weight 0 here.
    if (best) {
      tally.score[level] += s.multiplier;
      tally.strong[level] = true;
    }
    c.evidence.push_back({id, level, s.where, words, best ? s.multiplier : 0.0});
  };
  // The failure cues that matched, in their order in the rules (the first of a situation quotes it).
  for (const Pattern& p : s.matched_in(rules.failure))
    for (const PatternMatch& m : s.of(p)) add_failure(m, Cue::failure);
  if (holds_a_figure(s))
    if (const auto share = low_share_through(s)) add_failure(*share, Cue::failure);
  for (const Pattern& p : s.matched_in(rules.misdirected))
    for (const PatternMatch& m : s.of(p)) add_failure(m, Cue::misdirected);
  for (const Pattern& p : s.matched_in(rules.changed))
    for (const PatternMatch& m : s.of(p)) add_failure(m, Cue::changed);
}

bool is_negator(const Token& t, const Rules& rules) {
  return std::find(rules.negators.begin(), rules.negators.end(), t.folded) != rules.negators.end();
}

bool negated(const std::vector<Token>& tokens, size_t at, const Rules& rules, std::optional<size_t> reach) {
  const size_t window = reach.value_or(static_cast<size_t>(rules.negation_window));
  // A phrase that opens with the French "ne" carries its own negation: « Aucune réponse n'est
  // reçue » is one negation with aucun, and in « des pompiers qui n'ont pas répondu ne se fait
  // plus » the « pas » belongs to another verb. Nothing before it denies it.
  if (tokens[at].folded == "ne"sv || tokens[at].folded == "n"sv) return false;
  for (size_t back = 1; back <= window && back <= at; ++back) {
    const Token& t = tokens[at - back];
    // A negation ends at a comma or colon (« Non, corrigez : il part en boucle ») and at a
    // conjunction that starts another clause ("the cancel button does nothing and calls keep going out").
    if (t.is_break() || tokens[at - back + 1].pause_before) return false;
    if (is_joiner(t)) return false;
    if (t.hyphen_after) continue;  // a prefix: « non-répondants » negates nothing after it
    // « un peu pâle » is a bit pale: « peu » negates (« peu de citoyens l'ont reçu »), « un peu » does not.
    if (t.folded == "peu"sv && at - back > 0 && tokens[at - back - 1].folded == "un"sv) continue;
    // « OUI/NON », "yes/no": the name of an answer, no negation.
    if ((t.folded == "non"sv || t.folded == "no"sv) && at - back > 0 &&
        (tokens[at - back - 1].folded == "oui"sv || tokens[at - back - 1].folded == "yes"sv))
      continue;
    if (is_negator(t, rules)) return true;
  }
  return false;
}

// Whether the word right before token `at` is a negator ("No information is missing"); "Je
// n'arrive pas à trouver comment ..." still asks how.
bool denied_outright(const std::vector<Token>& tokens, size_t at, const Rules& rules) {
  if (at == 0 || tokens[at - 1].is_break() || tokens[at].pause_before || tokens[at - 1].hyphen_after) return false;
  return is_negator(tokens[at - 1], rules);
}

}  // namespace

namespace {

std::vector<const Pattern*> all_patterns(const Rules& r) {
  std::vector<const Pattern*> all;
  auto add = [&](const std::vector<Pattern>& list) {
    for (const Pattern& p : list) all.push_back(&p);
  };
  add(r.markers);
  add(r.urgency_words);
  add(r.urgency_ignore);
  add(r.failure);
  add(r.misdirected);
  add(r.changed);
  add(r.not_current);
  add(r.working);
  add(r.rest_works);
  add(r.only_a_few);
  add(r.one_part);
  add(r.new_topic);
  add(r.imagined);
  add(r.wished);
  add(r.back_now);
  add(r.asks_if_possible);
  add(r.about_what_happens);
  add(r.setting);
  add(r.not_a_request);
  add(r.subject_thanks);
  add(r.one_feature);
  add(r.nothing_happened);
  add(r.not_a_report);
  add(r.not_scope);
  add(r.not_failure);
  for (const KeywordRule& rule : r.rules) add(rule.patterns);
  for (const ScopeRule& scope : r.scopes) add(scope.patterns);
  return all;
}

constexpr long kStatementMinWords = 5;

// Whether `text` asks something: a '?' that is not the end of a quotation ("the dialog asks 'Are
// you sure?' when ...", « le message « Continuer? » s'affiche »), nor a doubt in brackets ("shifted
// by 5 hours (UTC?)"), nor alone after a sentence ("Dashboard is green. ??": bewilderment, no
// question asked).
bool asks_a_question(std::string_view text) {
  auto words_before = [&](size_t at) {  // in the same sentence
    for (size_t i = at; i > 0 && std::string_view(".!?\n").find(text[i - 1]) == std::string_view::npos; --i)
      if (std::isalnum(static_cast<unsigned char>(text[i - 1])) || static_cast<unsigned char>(text[i - 1]) >= 0x80) return true;
    return false;
  };
  for (size_t at = text.find('?'); at != std::string_view::npos; at = text.find('?', at + 1)) {
    if (!words_before(at)) continue;
    size_t next = at + 1;
    while (next < text.size() && text[next] == ' ') ++next;
    const bool closes_quote_or_aside = next < text.size() && (text[next] == '\'' || text[next] == '"' || text[next] == ')' ||
                                                              text.compare(next, 2, "\xC2\xBB") == 0 ||    // »
                                                              text.compare(next, 3, "\xE2\x80\x9D") == 0 ||  // ”
                                                              text.compare(next, 3, "\xE2\x80\x99") == 0);   // ’
    if (!closes_quote_or_aside) return true;
  }
  return false;
}

constexpr size_t kMaxGreetingWords = 5;
constexpr size_t kMaxFieldLabelBytes = 30;

// Whether every line of `span` is a form field: a label of a few words, a colon, a value
// ("Nom : Lise Tardif", "Category: Technical").
bool form_fields(std::string_view span) {
  size_t start = 0;
  while (start <= span.size()) {
    const size_t end = std::min(span.find('\n', start), span.size());
    const std::string_view line = span.substr(start, end - start);
    const size_t colon = line.find(':');
    if (line.find_first_not_of(" \t\r") != std::string_view::npos && (colon == std::string_view::npos || colon > kMaxFieldLabelBytes))
      return false;
    start = end + 1;
  }
  return true;
}

// The sentence number (in `s`) after which the author's opening ends: the first two sentences
// that are neither a greeting alone ("Hi,", « Bonjour à l'équipe, »), nor lines of form fields
// ("Nom : Lise Tardif" / "Category: Technical"), nor a word or two that a full stop cut off (a
// letter's reference "Our ref.: 0038-26", « N/Réf. : »).
size_t last_opening_sentence(const Source& s) {
  constexpr size_t kMinOpeningWords = 3;
  static const WordList kGreetings = {"hi", "hello", "hey", "dear", "good", "greetings", "bonjour",
                                                   "bonsoir", "allo", "salut", "madame", "monsieur", "cher", "chere"};
  size_t counted = 0, sentence = 0, words = 0, first = 0;
  for (size_t i = 0; i <= s.tokens.size(); ++i) {
    if (i == s.tokens.size() || s.tokens[i].is_break()) {
      if (words > 0) {
        const std::string_view span(s.text.data() + s.tokens[first].begin, s.tokens[i - 1].end - s.tokens[first].begin);
        const bool greeting = kGreetings.count(s.tokens[first].folded) > 0 && words <= kMaxGreetingWords;
        if (!greeting && words >= kMinOpeningWords && !form_fields(span) && ++counted == 2) return sentence;
      }
      if (i < s.tokens.size()) ++sentence;
      words = 0;
      continue;
    }
    if (words++ == 0) first = i;
  }
  return sentence;
}

// Whether the subject or the author's opening (two sentences, greeting and form fields aside)
// thanks, gives notice or asks ([context] not_a_report): a report's thanks come last.
bool thanks_notice_or_request(const std::array<Source, 2>& sources, const Rules& rules) {
  const size_t opening_end = last_opening_sentence(sources[1]);
  if (!sources[0].matched_in(rules.subject_thanks).empty() || !sources[0].matched_in(rules.not_a_report).empty()) return true;
  for (const Pattern& p : sources[1].matched_in(rules.not_a_report))
    for (const PatternMatch& m : sources[1].of(p))
      if (sources[1].sentence[m.first_token] <= opening_end) return true;
  return false;
}

// The subject (or the first words) of a ticket that asks nothing and reports nothing as over,
// unless its subject thanks, gives notice or asks; nullopt otherwise (see Rules::statement_level).
std::optional<Evidence> statement_without_question(const std::array<Source, 2>& sources, const Rules& rules) {
  for (const Source& s : sources) {
    if (asks_a_question(s.text) || !s.not_current.empty()) return std::nullopt;
  }
  if (thanks_notice_or_request(sources, rules)) return std::nullopt;
  // A body of a greeting or a few words ("Bonjour.", "c'est critique") describes nothing.
  const auto body_words = std::count_if(sources[1].tokens.begin(), sources[1].tokens.end(), [](const Token& t) { return !t.is_break(); });
  if (body_words < kStatementMinWords) return std::nullopt;
  const Source& shown = sources[0].tokens.empty() ? sources[1] : sources[0];
  std::string words = shown.text.substr(0, 80);
  return Evidence{"situation.statement", 0, shown.where, words + (shown.text.size() > 80 ? " …" : ""), 0};
}

}  // namespace

Classifier::Classifier(Rules rules) : rules_(std::move(rules)), index_(all_patterns(rules_), rules_.transparent) {
  for (size_t r = 0; r < rules_.rules.size(); ++r)
    for (const Pattern& p : rules_.rules[r].patterns) roles_.rule_of.emplace(&p, static_cast<int>(r));
  for (const Pattern& p : rules_.failure) roles_.rule_of.emplace(&p, PatternRoles::kFailureCue);
}


namespace {

// Whether a subject word is a reply or forward prefix: "Re:", "TR :", "Fwd:".
bool reply_prefix(const Token& t) {
  static const WordList kReplyPrefixes = {"re", "tr", "fw", "fwd", "aw", "sv", "rv", "ref"};
  return kReplyPrefixes.count(t.folded) > 0;
}

// Whether the subject answers or forwards a thread.
bool replies_in_a_thread(const Source& subject) { return !subject.tokens.empty() && reply_prefix(subject.tokens.front()); }

// Whether the subject names a condition, not an incident: "If the API fails", « Si la plateforme
// tombe », "What if the site is down" (after any "Re:"-like prefix).
bool names_a_condition(const Source& subject) {
  size_t first = 0;
  while (first < subject.tokens.size() && reply_prefix(subject.tokens[first])) ++first;
  if (first < subject.tokens.size() && (subject.tokens[first].folded == "what"sv || subject.tokens[first].folded == "et"sv)) ++first;
  return first < subject.tokens.size() && (subject.tokens[first].folded == "if"sv || subject.tokens[first].folded == "si"sv);
}

// The words of each sentence of `s`: their number and the first one's token.
struct SentenceWords {
  size_t count = 0;
  size_t first = 0;
};
std::map<size_t, SentenceWords> words_per_sentence(const Source& s) {
  std::map<size_t, SentenceWords> words;
  for (size_t i = 0; i < s.tokens.size(); ++i)
    if (!s.tokens[i].is_break()) ++words.try_emplace(s.sentence[i], SentenceWords{0, i}).first->second.count;
  return words;
}

// Whether match `m` of a level-4 rule counts as something asked: not negated outright ("No
// information is missing") nor set aside ([context] not_asking).
bool counts_as_asked(const Source& s, const PatternMatch& m, const Rules& rules) {
  return s.counts(m) && !denied_outright(s.tokens, m.first_token, rules) && !s.not_asking.count(m.first_token);
}

// Whether the body tells something besides what works: a sentence of three words or more that
// neither says something works nor reports nothing current, or one that sets a defect against
// what works ("... appears in red, but everything works", « ... alors que tout fonctionne »).
// "Merci, tout fonctionne de notre côté" describes no defect.
bool describes_more_than_what_works(const Source& body) {
  static const WordList kContrasts = {"but", "though", "although", "while", "whereas", "mais",
                                                   "alors", "pourtant", "cependant", "quoique", "bien"};
  for (size_t i = 1; i < body.tokens.size(); ++i)
    if (!body.tokens[i].is_break() && kContrasts.count(body.tokens[i].folded) && body.working.count(body.sentence[i]) &&
        !body.tokens[i - 1].is_break())
      return true;
  for (const auto& [sentence, words] : words_per_sentence(body))
    if (words.count >= 3 && !body.working.count(sentence) && !body.not_current.count(sentence)) return true;
  return false;
}

// Whether the body tells a defect apart from what it asks: a sentence of three words or more that
// neither says something works, nor reports nothing current, nor asks (no "?" before the next
// sentence, no request rule of level 4 in it). "The icons are much smaller. They all work. Could a
// later release make them bigger?" tells one; "Tout fonctionne. Je voulais seulement savoir si
// vous offrez un tarif" does not.
bool describes_a_defect_apart_from_requests(const Source& body, const Rules& rules) {
  std::set<size_t> asking;
  for (const KeywordRule& rule : rules.rules)
    if (rule.level == 4)
      for (const Pattern& p : body.matched_in(rule.patterns))
        for (const PatternMatch& m : body.of(p))
          if (counts_as_asked(body, m, rules)) asking.insert(body.sentence[m.first_token]);
  const std::map<size_t, SentenceWords> words = words_per_sentence(body);
  for (auto it = words.begin(); it != words.end(); ++it) {
    const auto& [sentence, these] = *it;
    if (these.count < 3 || body.working.count(sentence) || body.not_current.count(sentence) || asking.count(sentence)) continue;
    const auto next = std::next(it);
    const size_t to = next == words.end() ? body.text.size() : body.tokens[next->second.first].begin;
    if (body.text.find('?', body.tokens[these.first].begin) >= to) return true;
  }
  return false;
}

// Whether `s` holds a failure cue or a level 1-3 rule that counts (not in a sentence that reports
// no current failure, not negated, not asked for).
bool reports_a_failure(const Source& s, const Rules& rules, const PatternRoles& roles) {
  for (const Pattern* pattern : s.matches.patterns())
    if (roles.reports(pattern, rules))
      for (const PatternMatch& m : s.matches.of(pattern))
        if (reports(s, m, rules)) return true;
  return false;
}

// Whether every failure the subject reports (a failure cue or a level 1-3 rule) is named again in
// the body only in sentences that report nothing current or say things work: "Outage!" over
// "Does your outage page have an RSS feed?", « Erreur » over « j'ai fait une erreur dans le
// texte », "Failure?" over "the column says 'Failure' for messages delivered fine". A word of
// four letters or more of each subject match must appear (as itself or a stem) in such a sentence.
bool subject_only_discussed(const std::array<Source, 2>& sources, const Rules& rules, const PatternRoles& roles) {
  const Source& subject = sources[0];
  const Source& body = sources[1];
  if (body.not_current.empty() && body.working.empty() && body.asked.empty()) return false;
  // stems of sentences that report nothing or say things work, and of words the body names without
  // claiming them ([context] not_failure: "Tout supprimer" over « Comment supprimer tous les contacts
  // de test d'un coup? »)
  std::set<std::string> discussed;
  for (size_t i = 0; i < body.tokens.size(); ++i)
    if (!body.tokens[i].is_break() &&
        (body.not_current.count(body.sentence[i]) || body.working.count(body.sentence[i]) || body.asked.count(i))) {
      const Stems& stems = stems_of(body.tokens[i].folded);
      discussed.insert(stems.french);
      discussed.insert(stems.english);
    }
  auto named_in_body = [&](const PatternMatch& m) {
    for (size_t t = m.first_token; t <= m.last_token; ++t) {
      const std::string& word = subject.tokens[t].folded;
      if (word.size() < 4) continue;
      const Stems& stems = stems_of(word);
      if (discussed.count(stems.french) || discussed.count(stems.english)) return true;
    }
    return false;
  };
  bool any = false;
  for (const Pattern* pattern : subject.matches.patterns()) {
    if (!roles.reports(pattern, rules)) continue;
    for (const PatternMatch& m : subject.matches.of(pattern)) {
      if (!reports(subject, m, rules)) continue;
      if (!named_in_body(m)) return false;
      any = true;
    }
  }
  return any;
}

// Subject and body (sign-off removed: `body` must outlive the sources), tokenized and indexed;
// "nothing has happened, we just want to understand" makes every sentence a question (noted in
// c.ignored).
std::array<Source, 2> read_sources(const std::string& subject, const std::string& body, const Rules& rules,
                                   const PatternIndex& index, const PatternRoles& roles, Classification& c) {
  std::array<Source, 2> sources = {Source("subject", subject, rules.subject_weight), Source("body", body, 1.0)};
  for (Source& s : sources) index_sentences(s, rules, index);
  for (const Source& s : sources) {
    // « Pour le reste, rien à signaler »: nothing else to report beside what the message tells.
    const std::set<size_t> rest_is_fine =
        s.matched_in(rules.nothing_happened).empty() ? std::set<size_t>{} : covered_tokens(rules.rest_works, s);
    for (const Pattern& p : s.matched_in(rules.nothing_happened))
      for (const PatternMatch& m : s.of(p))
        if (!negated(s.tokens, m.first_token, rules) && !rest_is_fine.count(m.first_token) && c.ignored.empty()) {
          c.ignored.push_back({"context.nothing-happened", 0, s.where, quote(s, m), 0});
          for (Source& each : sources) {
            for (size_t sentence = 0; sentence <= (each.sentence.empty() ? 0 : each.sentence.back()); ++sentence)
              each.not_current.insert(sentence);
            each.scopes.clear();
            each.changed_scopes.clear();
            each.scopes_by_token.clear();
            each.changed_scopes_by_token.clear();
            each.working.clear();
            each.first_working.reset();
          }
        }
  }
  // "Re: Site down" answered with "It's back up on our end, you can close this": a reply whose
  // body tells the incident over no longer reports its subject, the thread's first topic; what the
  // body reports of its own still counts ("All working again. The history page is slower" is 3).
  // So does a body that says the platform is back ("Outage this morning" over "SOMUM was unreachable
  // for an hour; it's back now").
  if ((replies_in_a_thread(sources[0]) && !sources[1].not_current.empty()) || sources[1].says_back)
    for (const size_t sentence : sources[0].sentence) sources[0].not_current.insert(sentence);
  // "If the API fails" over a body that reports nothing itself heads a question, not a report. A
  // subject whose failure words the body only discusses names a topic (the body's own reports
  // still count).
  // "Perte de données?" over « si on supprime un groupe, est-ce que les contacts sont perdus? »: a
  // subject that asks, over a body that asks about a condition and reports nothing, heads that
  // question ("Down? Can you check?" still reports: its body asks about no condition).
  const bool asks_with_the_body = asks_a_question(sources[0].text) && sources[1].asks_about_a_condition;
  if (((names_a_condition(sources[0]) || asks_with_the_body) && !reports_a_failure(sources[1], rules, roles)) ||
      subject_only_discussed(sources, rules, roles))
    for (const size_t sentence : sources[0].sentence) sources[0].not_current.insert(sentence);
  return sources;
}

// Whether the writer asks the urgency word and answers no: "Urgent? No.", « Urgent? Non. »
bool answered_no(const Source& s, const PatternMatch& m) {
  const size_t mark = m.last_token + 1;
  if (mark + 1 >= s.tokens.size() || !s.tokens[mark].is_break()) return false;
  const size_t at = s.tokens[mark].begin;
  if (at >= s.text.size() || s.text[at] != '?') return false;
  const std::string& answer = s.tokens[mark + 1].folded;
  return answer == "non"sv || answer == "no"sv || answer == "nope"sv || answer == "pas"sv;
}

// The first urgency word that counts (not negated, not in an ignored compound, not the quoted
// name of a label, not in a sentence that reports no current failure), unless the writer also says
// it is not urgent; the others found go to `ignored`.
std::optional<Evidence> urgency_claim(const std::array<Source, 2>& sources, const Rules& rules, std::vector<Evidence>& ignored) {
  std::optional<Evidence> urgency;
  std::vector<Evidence> claims;  // the urgency words that count, in subject then body order
  for (const Source& s : sources) {
    const std::set<size_t> ignored_tokens = covered_tokens(rules.urgency_ignore, s, /*unbroken_only=*/true);
    for (const Pattern& p : s.matched_in(rules.urgency_words)) {
      for (const PatternMatch& m : s.of(p)) {
        if (!s.counts(m)) continue;
        Evidence e{"urgency", 0, s.where, quote(s, m), 0};
        // "block non-urgent sends", « les envois non-urgents »: a kind of message, no claim.
        const bool non_prefixed = m.first_token > 0 && s.tokens[m.first_token - 1].hyphen_after &&
                                  is_negator(s.tokens[m.first_token - 1], rules);
        if (ignored_tokens.count(m.first_token) || non_prefixed) {
          e.rule_id = "urgency.ignored-compound";
          ignored.push_back(e);
        } else if (inside_a_short_quote(s, m)) {
          // « la mention « URGENT » en rouge », "the 'Urgent' checkbox", « écrit « mesures
          // urgente » »: a word named, no claim.
          e.rule_id = "urgency.quoted";
          ignored.push_back(e);
        } else if (negated(s.tokens, m.first_token, rules) || answered_no(s, m)) {
          e.rule_id = "urgency.negated";
          ignored.push_back(e);
        } else {
          claims.push_back(e);
        }
      }
    }
  }
  // "Urgent category colour" over 'alerts marked "Urgent" are now grey': the word the message
  // quotes as a label names that label wherever else it stands.
  for (Evidence& claim : claims) {
    const bool names_a_quoted_label = std::any_of(ignored.begin(), ignored.end(), [&](const Evidence& e) {
      return e.rule_id == "urgency.quoted" && fold(e.words) == fold(claim.words);
    });
    if (names_a_quoted_label) {
      claim.rule_id = "urgency.names-a-quoted-label";
      ignored.push_back(claim);
    } else if (!urgency) {
      urgency = claim;
    }
  }
  // Subject « Urgence » over « coordonnatrice des mesures d'urgence »: a subject of that word alone
  // names the body's compound, it claims nothing.
  if (urgency && std::string_view(urgency->where) == "subject" && sources[0].tokens.size() <= 2)
    for (const Evidence& e : ignored)
      if (e.rule_id == "urgency.ignored-compound" && e.where == "body" && fold(e.words) == fold(urgency->words)) {
        urgency->rule_id = "urgency.subject-names-a-compound";
        ignored.push_back(*urgency);
        urgency.reset();
        break;
      }
  // "Critical: ... Not urgent." The writer who says it is not urgent is taken at that word: no raise.
  const bool said_not_urgent = std::any_of(ignored.begin(), ignored.end(), [](const Evidence& e) { return e.rule_id == "urgency.negated"; });
  if (urgency && said_not_urgent) {
    urgency->rule_id = "urgency.withdrawn";
    ignored.push_back(*urgency);
    urgency.reset();
  }
  return urgency;
}

// A one-word marker ("P2", "sev1") is a marker only where it stands as one: first in the subject
// (after "RE:"-like prefixes), in brackets or parentheses, or followed by ':' or a dash; "Avis –
// fermeture du stationnement P2" names a parking lot. Markers of two words or more ("Niveau 2",
// "priority 1") are, unless the word before names them as a level of something else ([markers]
// not_after: « Couleur du niveau 2 », « Formation niveau 2 », "the level 3 menu"; « Panne de niveau
// 1 » still is one).
bool stands_as_marker(const Source& subject, const PatternMatch& m, const WordSet& names_a_level_of) {
  if (m.first_token != m.last_token)
    return m.first_token == 0 || !names_a_level_of.count(subject.tokens[m.first_token - 1].folded);
  const std::string& text = subject.text;
  const Token& t = subject.tokens[m.first_token];
  size_t before = t.begin;
  while (before > 0 && text[before - 1] == ' ') --before;
  if (before > 0 && (text[before - 1] == '[' || text[before - 1] == '(')) return true;
  size_t after = t.end;
  while (after < text.size() && text[after] == ' ') ++after;
  if (after < text.size() && (text[after] == ']' || text[after] == ')' || text[after] == ':' || text[after] == '-')) return true;
  if (text.compare(after, 3, "\xE2\x80\x93") == 0 || text.compare(after, 3, "\xE2\x80\x94") == 0) return true;  // – —
  for (size_t i = 0; i < m.first_token; ++i) {
    const Token& word = subject.tokens[i];
    if (word.is_break() || !reply_prefix(word)) return false;
  }
  return true;  // first word, or only reply prefixes before it
}

// Function words, greetings and politeness: on a few hundred labelled messages their weights
// learn who wrote the set (its mix of languages and styles), not the situation. Negations and
// quantifiers (ne, pas, plus, rien, aucun, tous, no, not, all, every) are kept: they are the
// situation.
bool function_word(const std::string& folded) {
  static const std::unordered_set<std::string> kWords = {
      "le", "la", "les", "de", "des", "du", "un", "une", "et", "ou", "en", "au", "aux", "ce", "ces", "cet", "cette",
      "se", "sa", "son", "ses", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos", "leur", "leurs",
      "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me", "te", "lui", "qui", "que", "qu", "quoi",
      "dont", "est", "sont", "etre", "ete", "ai", "as", "avons", "avez", "ont", "suis", "es", "pour", "par", "avec",
      "dans", "sur", "sous", "chez", "entre", "vers", "bonjour", "bonsoir", "merci", "salut", "allo", "cordialement",
      "svp", "sil", "plait", "mais", "donc", "car", "ca", "cela", "ceci", "ici", "tres", "bien", "the", "an", "and",
      "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "is", "are", "was", "were", "be", "been",
      "being", "it", "its", "this", "that", "these", "those", "we", "you", "he", "she", "they", "our", "your", "my",
      "their", "me", "us", "them", "as", "so", "but", "if", "then", "than", "there", "here", "hi", "hello",
      "thanks", "thank", "regards", "dear", "please", "have", "has", "had", "do", "does", "did", "will", "would",
      "can", "could", "should", "shall", "may", "might", "just", "also", "am", "im", "ive", "were", "very", "good",
      "morning", "afternoon", "team", "equipe", "somum", "support", "hey", "cheers", "best"};
  return kWords.count(folded) != 0;
}

// The stems the learned weights read (see Classifier::example_of). Digits-only words carry no
// meaning across installations (ticket numbers, times); one-letter words are elisions; urgency
// words have their own rule (a raise applied after the weights), so they do not weigh twice.
std::vector<std::string> stems_for_weights(const std::array<Source, 2>& sources, const Rules& rules) {
  const bool english = detect_language({&sources[0].tokens, &sources[1].tokens}) == "en";
  std::vector<std::string> out;
  for (const Source& s : sources) {
    const std::set<size_t> urgency = covered_tokens(rules.urgency_words, s);
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      if (t.is_break() || t.folded.size() < 2 || t.folded.size() > kMaxStemBytes || s.not_current.count(s.sentence[i])) continue;
      if (urgency.count(i)) continue;
      if (std::all_of(t.folded.begin(), t.folded.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) continue;
      if (function_word(t.folded)) continue;
      const Stems& stems = stems_of(t.folded);
      out.push_back(english ? stems.english : stems.french);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string weighed_words(const WordVerdict& verdict, int level, int against, double probability) {
  std::string out;
  for (const auto& [stem, lift] : verdict.words_for(level, against, 4)) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", lift);
    out += (out.empty() ? "" : ", ") + stem + " +" + buf;
  }
  char p[16];
  std::snprintf(p, sizeof p, "%.0f", 100 * probability);
  return out + " (" + p + " %)";
}

// Where the learned weights move an open decision at `level` (a malfunction the rules saw but did
// not size: a failure of unknown scope, a defect beside what works, a statement), as evidence
// naming the words that weighed; nullopt when they leave it. It never goes to 4, nor above
// `settings.highest_level`.
std::optional<Evidence> learned_move(const WordVerdict& verdict, int level, const LearnedSettings& settings) {
  constexpr int lowest = 3;
  const int highest = std::min(settings.highest_level, lowest);
  // A level more severe than the band counts for its most severe level ("at least 2"); a level-4
  // verdict on a malfunction the rules saw counts for nothing (short reports lean to 4).
  std::array<double, 5> within{};
  for (int l = 1; l <= lowest; ++l) within[std::max(l, highest)] += verdict.probability[l];
  int best = highest;
  for (int l = highest + 1; l <= lowest; ++l)
    if (within[l] > within[best]) best = l;
  const bool sure_enough = best == 1 ? verdict.probability[1] >= settings.level_one_probability
                                     : within[best] >= settings.min_probability;
  if (best == level || !sure_enough) return std::nullopt;
  int named = best;  // the level whose words to name: the likeliest of those counted for `best`
  for (int l = 1; l <= 4; ++l)
    if (std::max(l, highest) == best && verdict.probability[l] > verdict.probability[named]) named = l;
  return Evidence{"learned", best, "words", weighed_words(verdict, named, level, within[best]), within[best]};
}

}  // namespace

namespace {

// The most severe explicit marker of the subject ("Niveau 2", "[P1]"), if one stands as one.
std::optional<Evidence> subject_marker(const Source& subject, const Rules& rules) {
  std::optional<Evidence> marker;
  for (const Pattern& p : subject.matched_in(rules.markers)) {
    for (const PatternMatch& m : subject.of(p)) {
      if (m.digit == 0 || !stands_as_marker(subject, m, rules.marker_names_a_level_of)) continue;
      Evidence e{"marker", m.digit, "subject", quote(subject, m), 0};
      if (!marker || e.level < marker->level) marker = e;
    }
  }
  return marker;
}

}  // namespace

LabelledFeatures Classifier::example_of(const std::string& subject, const std::string& new_text, int level) const {
  Classification unused;
  const std::string body = author_words(new_text);
  const std::array<Source, 2> sources = read_sources(subject, body, rules_, index_, roles_, unused);
  // A labelled 3 with an urgency word is a 4 raised (a 3 would have been raised to 2); a labelled 2
  // with one may be a 2 or a 3 raised ("Critical: a typo in our template"): no example (level 0).
  if (level <= 3 && level >= 2 && urgency_claim(sources, rules_, unused.ignored)) level = level == 3 ? 4 : 0;
  return {stems_for_weights(sources, rules_), level};
}

Classification Classifier::classify(const std::string& subject, const std::string& new_text, Kind kind) const {
  Classification c;
  const std::string body = author_words(new_text);
  std::array<Source, 2> sources = read_sources(subject, body, rules_, index_, roles_, c);

  // 1. Explicit markers in the subject set the level.
  const std::optional<Evidence> marker = subject_marker(sources[0], rules_);

  // 2. Keyword evidence per level; each rule counts once per place.
  Tally tally;
  // "Broken!" over "The logo on our page is broken": a level-2 rule of the subject that the body
  // uses only in sentences about how something looks is about that look too.
  auto only_cosmetic_in_body = [&](const KeywordRule& rule) {
    const Source& text = sources[1];
    bool any = false;
    for (const Pattern& p : text.matched_in(rule.patterns))
      for (const PatternMatch& m : text.of(p)) {
        if (!reports(text, m, rules_)) continue;
        if (!text.cosmetic.count(text.clause[m.first_token])) return false;
        any = true;
      }
    return any;
  };
  // The rules with a match in either text, found from the matches (most rules match nothing).
  std::vector<char> matched_rule(rules_.rules.size(), 0);
  for (const Source& s : sources)
    for (const Pattern* pattern : s.matches.patterns())
      if (const auto role = roles_.rule_of.find(pattern); role != roles_.rule_of.end() && role->second >= 0)
        matched_rule[static_cast<size_t>(role->second)] = 1;
  for (size_t r = 0; r < rules_.rules.size(); ++r) {
    if (!matched_rule[r]) continue;
    const KeywordRule& rule = rules_.rules[r];
    for (const Source& s : sources) {
      bool found = false;
      for (const Pattern& p : s.matched_in(rule.patterns)) {
        for (const PatternMatch& m : s.of(p)) {
          // "Nothing is broken": a failure phrase right after a negator claims nothing; nor does a
          // request word ("No information is missing").
          if (rule.level < 4 ? !reports(s, m, rules_) : !counts_as_asked(s, m, rules_)) continue;
          const double w = rule.weight * s.multiplier;
          // "The layout is broken": a broken feature whose sentence names only its look or speed.
          int level = rule.level == 2 && (s.cosmetic.count(s.clause[m.first_token]) || (&s == &sources[0] && only_cosmetic_in_body(rule)))
                          ? 3
                          : rule.level;
          // "All voice calls fail; SMS and email arrive fine": part of the platform works.
          const bool other_parts_work = level == 1 && partial(s, s.sentence[m.first_token], sources);
          const bool one_part = rule.one_part_level > level && !other_parts_work && concerns_one_part(s, s.sentence[m.first_token], sources);
          // "The map is down (for everyone)": one feature in its clause, whoever it fails for (as the
          // situations size it: scope "everyone" has one_feature_level).
          const bool one_feature = rule.one_feature_level > level && !other_parts_work && !one_part &&
                                   s.one_feature.count(s.clause[m.first_token]) && !names_signing_in(s, m);
          if (other_parts_work) level = 2;
          if (one_part) level = rule.one_part_level;
          if (one_feature) level = rule.one_feature_level;
          tally.score[level] += w;
          if (rule.weight >= 1.0) tally.strong[level] = true;
          if (rule.weight >= 1.0 && level == 3) tally.looks.push_back({&s, m.first_token});
          c.evidence.push_back({other_parts_work ? rule.id + "+other-parts-work"
                                : one_part      ? rule.id + "+one-part"
                                : one_feature   ? rule.id + "+one-feature"
                                                : rule.id,
                                level, s.where, quote(s, m), w});
          found = true;
          break;
        }
        if (found) break;
      }
    }
  }
  for (const Source& s : sources) add_situations(s, sources, rules_, tally, c);
  const bool unknown_scope = !tally.unknown.empty();
  for (const Source& s : sources) add_figures(s, sources, tally, c);
  int evidence_level = 4;
  bool has_evidence = false;
  for (int level = 1; level <= 4; ++level) {
    if (tally.score[level] >= rules_.evidence_threshold) {
      evidence_level = level;
      has_evidence = true;
      break;
    }
  }
  // Only a floor the rules set under a malfunction they saw is open to the weights. Where they saw
  // nothing (a question, a request in words no rule names) the level stays 4: fitted on one
  // writer's mail, words alone moved such questions to 2 on another's (dev2 left out: 185 vs 189).
  bool open = false;
  // A failure in words no scope sizes is not outweighed by weak words alone ("Affichage de la
  // carte" over « la carte ne s'affiche plus »): only a full-weight rule or a scoped situation
  // names a level 3 over it, and only beside it (not in another item of a list).
  if (evidence_level == 3 && unknown_scope && (!tally.strong[3] || failure_apart_from_looks(tally)) &&
      rules_.unknown_scope_level < 3) {
    evidence_level = rules_.unknown_scope_level;
    open = true;
  }
  if (evidence_level == 4 && unknown_scope) {
    evidence_level = rules_.unknown_scope_level;  // a malfunction never falls silently to 4
    has_evidence = true;
    open = true;
  }
  // "The broadcast went very well, bravo!" says something works and reports nothing.
  // A subject that only names what the body discusses ("Failure?") asks nothing of its own.
  const bool subject_set_aside = sources[0].not_current.size() > (sources[0].sentence.empty() ? 0 : sources[0].sentence.back());
  const bool asks_nothing = tally.score[4] < rules_.evidence_threshold &&
                            (subject_set_aside || !asks_a_question(sources[0].text)) && !asks_a_question(sources[1].text);
  if (evidence_level == 4 && rules_.working_defect_level > 0 && !thanks_notice_or_request(sources, rules_) &&
      (asks_nothing || describes_a_defect_apart_from_requests(sources[1], rules_)))
    for (const Source& s : sources)
      if (s.first_working && describes_more_than_what_works(sources[1])) {
        evidence_level = rules_.working_defect_level;
        has_evidence = true;
        c.evidence.push_back({"situation.defect-beside-working", evidence_level, s.where, quote(s, *s.first_working), 0});
        open = true;
        break;
      }

  // 3. Urgency words, unless negated or part of an ignored compound.
  std::optional<Evidence> urgency = urgency_claim(sources, rules_, c.ignored);

  if (marker) {
    c.level = marker->level;
    c.decided_by = "marker";
    c.evidence.insert(c.evidence.begin(), *marker);
    return c;
  }
  bool statement_only = false;
  if (!has_evidence && kind == Kind::kTicket && rules_.statement_level > 0)
    if (auto statement = statement_without_question(sources, rules_)) {
      statement_only = true;
      evidence_level = rules_.statement_level;
      has_evidence = true;
      open = true;
      statement->level = evidence_level;
      c.evidence.push_back(*statement);
    }
  c.level = evidence_level;
  std::string basis = has_evidence ? (statement_only ? "statement" : "evidence") : "";
  if (open && kind == Kind::kTicket && rules_.learned.weights) {
    const WordVerdict verdict = rules_.learned.weights->judge(stems_for_weights(sources, rules_));
    // "The other users are fine": what still works keeps the words from a level 1, as it keeps a
    // rule's or a scope's level 1 at 2; so does one feature named in the clause of every failure
    // of unknown scope, or one person of the staff in its sentence ("my night colleague cannot
    // sign in"), where nobody and nothing is said to be affected as a whole ("the audit log page
    // shows nothing").
    LearnedSettings settings = rules_.learned;
    const bool nobody_as_a_whole = !names_everyone(sources[0]) && !names_everyone(sources[1]);
    bool one_feature_only = !tally.unknown.empty() && nobody_as_a_whole;
    bool one_person = one_feature_only;
    // A subject's failure ("Demande + bogue") is sized by the body's when the body tells one.
    const bool body_tells_one = std::any_of(tally.unknown.begin(), tally.unknown.end(),
                                            [&](const Tally::Unknown& place) { return place.source == &sources[1]; });
    for (const Tally::Unknown& failure : tally.unknown) {
      const Source& source = *failure.source;
      if (&source == &sources[0] && body_tells_one) continue;
      one_feature_only = one_feature_only && source.one_feature.count(source.clause[failure.token]);
      one_person = one_person && source.names_one_part(source.sentence[failure.token]);
    }
    if (sources[0].first_working || sources[1].first_working || one_feature_only || one_person)
      settings.highest_level = std::max(settings.highest_level, 2);
    if (auto move = learned_move(verdict, c.level, settings)) {
      c.level = move->level;
      c.evidence.push_back(std::move(*move));
      basis += basis.empty() ? "learned" : "+learned";
    }
  }
  c.decided_by = basis.empty() ? "default" : basis;
  if (urgency && c.level >= 3) {
    c.level -= 1;  // never to 1: only levels 4 and 3 are raised
    urgency->level = c.level;
    c.decided_by = basis.empty() ? "urgency" : basis + "+urgency";
    c.evidence.push_back(*urgency);
  } else if (urgency) {
    urgency->level = c.level;
    c.evidence.push_back(*urgency);  // recorded, changes nothing (already level 1 or 2)
  }
  return c;
}

std::string Classification::explanation() const {
  std::string out = "level " + std::to_string(level) + " (" + decided_by + ")";
  if (evidence.empty() && ignored.empty()) return out + ": no rule matched";
  out += ":";
  bool first = true;
  for (const Evidence& e : evidence) {
    out += first ? " " : "; ";
    first = false;
    out += e.rule_id + " [" + std::to_string(e.level) + "] matched «" + e.words + "» in " + e.where;
  }
  for (const Evidence& e : ignored) {
    out += first ? " " : "; ";
    first = false;
    out += e.rule_id + " «" + e.words + "» in " + e.where + " (no raise)";
  }
  return out;
}

std::string Classification::to_json() const {
  auto list = [](const std::vector<Evidence>& items) {
    nlohmann::json a = nlohmann::json::array();
    for (const Evidence& e : items)
      a.push_back({{"rule", e.rule_id}, {"level", e.level}, {"where", e.where}, {"words", e.words}, {"weight", e.weight}});
    return a;
  };
  nlohmann::json j = {{"level", level}, {"decided_by", decided_by}, {"evidence", list(evidence)},
                      {"ignored", list(ignored)}, {"explanation", explanation()}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace billet::triage
