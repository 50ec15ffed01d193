#include "triage/rules_lint.h"

#include <algorithm>
#include <map>
#include <set>

#include "triage/stem.h"
#include "triage/text_fold.h"

namespace billet::triage {
namespace {

using Slots = std::vector<std::vector<std::string>>;

// Indefinite pronouns for people ("nobody", "everyone"), read by two of the phrase checks below.
const std::set<std::string> kIndefinitePeople = {"nobody", "noone", "everyone", "everybody", "anyone", "anybody", "somebody", "someone"};

struct Listed {
  std::string where;
  int level;  // 0: not a level (context, urgency...)
  const Pattern* pattern;
};

// Whether an alternative `general` matches every word `specific` matches.
bool covers(const std::string& general, const std::string& specific) {
  if (general == specific) return true;
  if (general.size() > 1 && general.front() == '~') {
    // Any form of a word covers a plain word or another ~word of the same stem.
    const std::string word = specific.front() == '~' ? specific.substr(1) : specific;
    if (word.back() == '*' || word.back() == '#') return false;
    const Stems& g = stems_of(general.substr(1));
    const Stems& w = stems_of(word);
    return g.french == w.french || g.english == w.english;
  }
  if (general.size() > 1 && general.back() == '*') {
    const std::string stem = general.substr(0, general.size() - 1);
    const std::string word = specific.back() == '*' ? specific.substr(0, specific.size() - 1) : specific;
    return word.compare(0, stem.size(), stem) == 0;
  }
  return false;
}

bool slot_covers(const std::vector<std::string>& general, const std::vector<std::string>& specific) {
  for (const std::string& s : specific) {
    bool covered = false;
    for (const std::string& g : general) covered = covered || covers(g, s);
    if (!covered) return false;
  }
  return true;
}

// Every match of `specific` contains a match of `general` (general has no gap and its slots
// cover a run of specific's consecutive word slots).
bool always_contains(const Slots& general, const Slots& specific) {
  for (const auto& g : general)
    if (g.size() == 1 && g[0] == "*") return false;
  for (size_t start = 0; start + general.size() <= specific.size(); ++start) {
    bool all = true;
    for (size_t i = 0; i < general.size() && all; ++i) {
      const auto& s = specific[start + i];
      all = !(s.size() == 1 && s[0] == "*") && slot_covers(general[i], s);
    }
    if (all) return true;
  }
  return false;
}

// Every match of `specific` starts where a match of `blocker` starts and holds all of it: blocker's
// first slot covers specific's first, its gaps read zero words and its other words cover
// specific's next word slots in turn (so "please * stop" blocks "please stop it").
bool always_starts_inside(const Slots& blocker, const Slots& specific) {
  const auto is_gap = [](const std::vector<std::string>& slot) { return slot.size() == 1 && slot[0] == "*"; };
  size_t next = 0;
  for (const auto& slot : blocker) {
    if (is_gap(slot)) continue;
    if (next >= specific.size() || is_gap(specific[next]) || !slot_covers(slot, specific[next])) return false;
    ++next;
  }
  return next > 0;
}

// For "~figer" (a French -er verb): its present and past forms that its stems do not match and
// its slot does not list either,
// comma-separated ("fige, figent"), or "" when they all do. A stem is never shorter than
// kMinFrenchStem letters, so a short verb keeps its whole infinitive and meets none of its forms.
std::string forms_the_stem_misses(const std::string& alternative, const std::vector<std::string>& slot) {
  if (alternative.size() < 4 || alternative[0] != '~' || alternative.compare(alternative.size() - 2, 2, "er") != 0)
    return "";
  const std::string verb = alternative.substr(1);
  const std::string base = verb.substr(0, verb.size() - 2);
  const Stems& want = stems_of(verb);
  const Stems want_copy = want;  // stems_of's cache may be cleared by the calls below
  std::string missed;
  for (const char* ending : {"e", "ent", "ee", "es"}) {
    const std::string form = base + ending;
    if (std::find(slot.begin(), slot.end(), form) != slot.end()) continue;  // listed beside it
    const Stems& got = stems_of(form);
    if (got.french != want_copy.french && got.english != want_copy.english) missed += (missed.empty() ? "" : ", ") + form;
  }
  return missed;
}

// The text between spaces of the pattern as written: one slot each.
std::vector<std::string> written_slots(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (const char c : text + " ") {
    if (c == ' ') {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  return out;
}

// Whether a slot holds one of `small` (a connective, a negation) beside a content word of its
// own (more than three letters): the sign of a phrase put among single words.
bool small_word_beside_words(const std::vector<std::string>& slot, const std::set<std::string>& small) {
  bool small_word = false, content = false;
  for (const std::string& a : slot) {
    if (small.count(a)) small_word = true;
    else if (a.size() > 3) content = true;
  }
  return small_word && content;
}

void check_shape(const Listed& p, std::vector<LintFinding>& out) {
  for (const std::string& slot : written_slots(p.pattern->text())) {
    if (slot.find('|') == std::string::npos) continue;
    if (slot.find_first_of("'-\xe2") != std::string::npos)  // ' - and typographic apostrophes
      out.push_back({p.where, p.pattern->text(),
                     "\"" + slot + "\": an apostrophe or hyphen splits the word, so the alternatives after it " +
                         "become a slot of their own; write each phrase as its own pattern"});
  }
  const auto slots = p.pattern->slots();
  for (size_t index = 0; index < slots.size(); ++index) {
    const auto& slot = slots[index];
    const bool last = index + 1 == slots.size();
    bool short_one = false, long_one = false;
    for (const std::string& a : slot) {
      // An elided letter (t of can't, s/d/l/n/m/j/c of French elisions) beside whole words: "a" or
      // "y" are words of their own.
      short_one = short_one || (a.size() == 1 && std::string("tsdlnmjc").find(a[0]) != std::string::npos);
      long_one = long_one || a.size() > 3;
    }
    // "we|ve|have" reads as (we|ve|have): a contraction's tail is the word after the pronoun
    // ("we've" is "we ve"), not an alternative to it; beside "have" alone ("we have|ve") it is right.
    static const std::set<std::string> kTails = {"ve", "ll", "re", "d"};
    static const std::set<std::string> kPronouns = {"we", "i", "you", "they", "he", "she", "it", "there"};
    const auto in = [&slot](const std::set<std::string>& words) {
      return std::any_of(slot.begin(), slot.end(), [&words](const std::string& a) { return words.count(a) > 0; });
    };
    if (in(kTails) && in(kPronouns))
      out.push_back({p.where, p.pattern->text(),
                     "a pronoun and a contraction's tail in one slot (\"we|ve\"): \"we've\" is two words, \"we ve\"; "
                     "write \"we * never\" or \"we ve|have never\""});
    for (const std::string& a : slot)
      if (contraction_without_apostrophe(a))
        out.push_back({p.where, p.pattern->text(),
                       "\"" + a + "\" can never match: the text reads it as \"" + a.substr(0, a.size() - 1) +
                           " t\" (a contraction without its apostrophe is read as one with it); write \"" +
                           a.substr(0, a.size() - 1) + " t\""});
    // "didn t|did not" reads as didn (t|did) not: the "t" of a contraction stands for nothing
    // but itself, so beside any other word it is a phrase split in the wrong place.
    const bool tail_t =
        std::find(slot.begin(), slot.end(), "t") != slot.end() &&
        std::any_of(slot.begin(), slot.end(), [](const std::string& a) { return a != "t" && a != "not"; });
    if ((short_one && long_one) || tail_t)
      out.push_back({p.where, p.pattern->text(),
                     "a one-letter alternative beside whole words (\"t|cannot\"): a|b alternates ONE word, not "
                     "phrases; write \"can t\" and \"cannot\" as separate patterns"});
    // "what happens|would happen to" reads as what (happens|would) happen to: a modal beside a
    // content word in one slot, before more words, starts a phrase ("would happen") the other
    // alternatives do not share. Modals among themselves ("can|could|will you") are meant.
    static const std::set<std::string> kModals = {"would", "will", "could", "should", "might",
                                                  "must",  "can",  "may",   "shall"};
    static const std::set<std::string> kAuxiliaries = {"cannot", "does", "did",     "have", "has",   "had",   "were",
                                                       "was",    "are",  "is",      "do",   "been",  "being", "couldn",
                                                       "wouldn", "won",  "doesn",   "didn", "isn",   "aren",  "wasn",
                                                       "weren",  "don",  "shouldn", "hasn", "haven", "hadn",  "mustn"};
    if (!last && slots[index + 1].front() != "*" && in(kModals) &&
        std::any_of(slot.begin(), slot.end(), [](const std::string& a) {
          return !kModals.count(a) && !kAuxiliaries.count(a) && !kPronouns.count(a) && a.size() > 3 && a[0] != '~';
        }))
      out.push_back({p.where, p.pattern->text(),
                     "a modal beside another word in one slot (\"happens|would happen\"): a|b alternates ONE word, so "
                     "\"happens\" would need \"happen\" after it; write each phrase as its own pattern"});
    // A connective ("sans", "que", "if") among content words in one slot before another slot
    // reads as the start of a phrase ("normalement|sans probleme"), but it only stands for its one
    // word. In the last slot ("merci pour|beaucoup") it is one word of the phrase, as meant.
    static const std::set<std::string> kConnectives = {"sans", "que", "quoi", "si", "en", "avec", "if",
                                                        "for", "with", "without", "when", "to", "although", "though", "but", "pour", "dans", "sur", "par", "about", "than"};
    if (small_word_beside_words(slot, kConnectives) && !last)
      out.push_back({p.where, p.pattern->text(),
                     "a connective (\"sans\", \"if\") beside content words in one slot: a|b alternates ONE word, "
                     "so \"normalement|sans probleme\" needs \"normalement probleme\"; write each phrase as its own "
                     "pattern"});
    // "anymore|any more" reads as (anymore|any) + more: an alternative that, with the next slot's
    // word, spells another alternative of its slot means a phrase was put among single words.
    if (!last && slots[index + 1].size() == 1)
      for (const std::string& a : slot)
        if (std::find(slot.begin(), slot.end(), a + slots[index + 1].front()) != slot.end())
          out.push_back({p.where, p.pattern->text(),
                         "\"" + a + " " + slots[index + 1].front() + "\" is written among single words: a|b alternates ONE word; "
                         "write \"anymore\" and \"any more\" as separate patterns"});
    // "logins|login|sign ins|connections" reads as (logins|login|sign) + (ins|connections), and
    // "... * nulle part|pas" as nulle + (part|pas): a two-word term put among single words, the rest
    // of the list after it. "sign|log in|on" (every word of the next slot finishes a term) is meant.
    static const std::map<std::string, std::set<std::string>> kTwoWordTerms = {
        {"sign", {"in", "ins", "up", "ups", "on", "out", "off"}}, {"log", {"in", "ins", "on", "out", "off"}},
        {"time", {"out", "outs"}}, {"opt", {"in", "out", "outs"}}, {"set", {"up"}}, {"pop", {"up", "ups"}},
        {"drop", {"down"}}, {"back", {"up", "ups"}}, {"e", {"mail", "mails"}}, {"short", {"code", "codes"}},
        {"check", {"box", "boxes"}}, {"nulle", {"part"}}, {"mix", {"up"}}, {"kick", {"out"}}};
    // A word that never stands alone ("nulle" without "part") is checked alone in its slot too.
    static const std::set<std::string> kNeverAlone = {"nulle"};
    const bool alone_too = slot.size() == 1 && kNeverAlone.count(slot.front());
    if (!last && (slot.size() >= 2 || alone_too) && slots[index + 1].size() >= 2 && slots[index + 1].front() != "*") {
      std::set<std::string> endings;
      std::string term;
      for (const std::string& a : slot)
        if (const auto t = kTwoWordTerms.find(a); t != kTwoWordTerms.end()) {
          endings.insert(t->second.begin(), t->second.end());
          term = a;
        }
      const auto& next = slots[index + 1];
      const auto ends = [&](const std::string& a) { return endings.count(a) > 0; };
      if (std::any_of(next.begin(), next.end(), ends) && !std::all_of(next.begin(), next.end(), ends))
        out.push_back({p.where, p.pattern->text(),
                       "\"" + term + "\" then its ending among other words in the next slot: a two-word term (\"sign ins\") "
                       "was written among single words; write it as its own pattern"});
    }
    // "unsubscribed|opted out" reads as (unsubscribed|opted) out: a term's head among other words,
    // then its ending alone, makes every alternative need the ending.
    if (!last && slot.size() >= 2 && slots[index + 1].size() == 1) {
      const std::string& ending = slots[index + 1].front();
      // A head in any of its forms: "sign", "signs", "signing"; "opt", "opted".
      const auto heads = [&](const std::string& a) {
        return std::any_of(kTwoWordTerms.begin(), kTwoWordTerms.end(), [&](const auto& term) {
          // (heads of one or two letters, "e", would take any short word for one of their forms)
          return term.first.size() >= 3 && a.starts_with(term.first) && a.size() <= term.first.size() + 3 &&
                 term.second.count(ending) > 0;
        });
      };
      if (std::any_of(slot.begin(), slot.end(), heads) && !std::all_of(slot.begin(), slot.end(), heads))
        out.push_back({p.where, p.pattern->text(),
                       "\"" + ending + "\" alone after a term's head among other words (\"unsubscribed|opted out\"): a|b "
                       "alternates ONE word, so every alternative needs \"" + ending + "\"; write the term as its own pattern"});
    }
    // "all of|whole|entire" reads as all + (of|whole|entire): a preposition among content words
    // right after one lone word finishes a phrase ("all of") the other alternatives do not continue.
    static const std::set<std::string> kPrepositions = {"of", "de", "du"};  // not "des": « dès » folds to it
    if (index > 0 && slots[index - 1].size() == 1 && slots[index - 1].front() != "*" &&
        small_word_beside_words(slot, kPrepositions))
      out.push_back({p.where, p.pattern->text(),
                     "\"" + slots[index - 1].front() + "\" then a preposition beside content words in one slot: a|b "
                     "alternates ONE word, so \"all of|whole\" reads \"all whole\"; write each phrase as its own pattern"});
    // "instead of|au lieu" reads as instead + (of|au) + lieu: an English and a French small word as
    // alternatives of one slot, before one more word, mean a phrase of each language was joined
    // with | ("plans for|pour * outage" and a last slot "pour|for" are meant).
    static const std::set<std::string> kEnglishSmall = {"of", "to", "in", "on", "at", "the", "an", "for", "by", "with", "from"};
    static const std::set<std::string> kFrenchSmall = {"au", "aux", "du", "de", "des", "la", "le", "les", "en", "par", "pour", "avec", "dans", "sur"};
    bool english_small = false, french_small = false;
    for (const std::string& a : slot) {
      english_small = english_small || kEnglishSmall.count(a);
      french_small = french_small || kFrenchSmall.count(a);
    }
    if (english_small && french_small && !last && slots[index + 1].size() == 1 && slots[index + 1].front() != "*")
      out.push_back({p.where, p.pattern->text(),
                     "an English and a French small word in one slot (\"of|au\"): a phrase of each language was joined "
                     "with |; write \"instead of\" and \"au lieu\" as separate patterns"});
    // "does not|doesn t exist" reads as does + (not|doesn) + t: a contraction's stem beside "not"
    // in one slot means the phrase was split in the wrong place ("does|doesn not|t exist").
    static const std::set<std::string> kContractionStems = {"doesn", "didn", "isn", "aren", "wasn", "weren", "don",
                                                            "won", "couldn", "wouldn", "shouldn", "hasn", "haven"};
    bool has_not = false, has_stem = false;
    for (const std::string& a : slot) {
      has_not = has_not || a == "not";
      has_stem = has_stem || kContractionStems.count(a);
    }
    if (has_not && has_stem)
      out.push_back({p.where, p.pattern->text(),
                     "\"not\" and a contraction (\"doesn\") in one slot: the phrase is split in the wrong place; write "
                     "\"does|doesn not|t exist\""});
    // "tout le monde recoit|a recu|ont recu" reads as ... (recoit|a) (recu|ont) recu: a word written
    // in two neighbouring slots means a phrase was put among single words.
    if (!last && (slot.size() > 1 || slots[index + 1].size() > 1))
      for (const std::string& a : slot)
        if (a != "*" && std::find(slots[index + 1].begin(), slots[index + 1].end(), a) != slots[index + 1].end())
          out.push_back({p.where, p.pattern->text(),
                         "\"" + a + "\" is written in two neighbouring slots: a|b alternates ONE word, so a phrase "
                         "was put among single words; write each phrase as its own pattern"});
    // "none of us|nobody here" reads as none of (us|nobody) here: after "of", an object pronoun
    // beside an indefinite one in one slot means two phrases were joined with | ("kicks us|everyone
    // out" is one phrase).
    static const std::set<std::string> kObjects = {"us", "them", "you", "me", "him", "her"};
    const bool after_of = index > 0 && slots[index - 1].size() == 1 && slots[index - 1].front() == "of";
    if (after_of && std::any_of(slot.begin(), slot.end(), [](const std::string& a) { return kObjects.count(a) > 0; }) &&
        std::any_of(slot.begin(), slot.end(), [](const std::string& a) { return kIndefinitePeople.count(a) > 0; }))
      out.push_back({p.where, p.pattern->text(),
                     "an object pronoun beside \"nobody\" or \"everyone\" in one slot (\"none of us|nobody here\"): a|b "
                     "alternates ONE word; write each phrase as its own pattern"});
    // "again and again|repeatedly" reads as again and (again|repeatedly): a word written on both
    // sides of one single word, among alternatives, means a repeated phrase ("over and over",
    // « encore et encore ») was put among single words (short words repeat in phrases: « a accès à »).
    if (index + 2 < slots.size() && slots[index + 1].size() == 1 && slots[index + 1].front() != "*" &&
        (slot.size() > 1 || slots[index + 2].size() > 1))
      for (const std::string& a : slot)
        if (a.size() >= 3 && a != "*" && std::find(slots[index + 2].begin(), slots[index + 2].end(), a) != slots[index + 2].end())
          out.push_back({p.where, p.pattern->text(),
                         "\"" + a + " " + slots[index + 1].front() + " " + a +
                             "\" is written among single words (\"again and again|repeatedly\"): a|b alternates ONE "
                             "word; write each phrase as its own pattern"});
    // "anything|a thing" reads as (anything|a) thing: the English article beside a pronoun of the
    // anything/anyone kind, before one more word, means a phrase was put among single words.
    static const std::set<std::string> kIndefiniteThings = {"anything", "something", "nothing", "everything"};
    if (!last && slots[index + 1].size() == 1 && slots[index + 1].front() != "*" &&
        std::find(slot.begin(), slot.end(), "a") != slot.end() &&
        std::any_of(slot.begin(), slot.end(),
                    [](const std::string& a) { return kIndefiniteThings.count(a) > 0 || kIndefinitePeople.count(a) > 0; }))
      out.push_back({p.where, p.pattern->text(),
                     "\"a " + slots[index + 1].front() + "\" is written among single words (\"anything|a thing\"): a|b "
                     "alternates ONE word; write \"anything\" and \"a thing\" as separate patterns"});
    // "stop it|them|the broadcast" reads as stop (it|them|the) broadcast: an article or possessive
    // beside other words in one slot, before more words, starts a phrase the other alternatives do
    // not share ("stop it" then never matches). Words that are also something else count for
    // neither side: « a » (the verb), "this"/"that"/« ce » (pronouns), « de »/« d ».
    static const std::set<std::string> kDeterminers = {
        "the", "an", "some", "these", "those", "our", "your", "their", "my", "any", "every", "each", "all", "le", "la",
        "les", "l", "un", "une", "des", "du", "au", "aux", "cet", "cette", "ces", "notre", "nos", "votre", "vos",
        "leur", "leurs", "mon", "ma", "mes", "son", "sa", "ses", "his", "her", "its"};
    static const std::set<std::string> kEither = {"a", "this", "that", "ce", "ca", "de", "d"};
    bool determiner = false, other = false;
    for (const std::string& a : slot)
      if (!kEither.count(a)) (kDeterminers.count(a) ? determiner : other) = true;
    if (determiner && other && !last && slots[index + 1].size() >= 1 && slots[index + 1].front() != "*")
      out.push_back({p.where, p.pattern->text(),
                     "an article beside other words in one slot (\"it|the broadcast\"): a|b alternates ONE word, so "
                     "\"stop it\" would need \"broadcast\" after it; write each phrase as its own pattern"});
    // "citoyen|citoyens|quelqu un" reads as (citoyen|citoyens|quelqu) un, "vous|nous|il y" as
    // (vous|nous|il) y: words as alternatives, then one small word alone, mean a phrase ("quelqu
    // un", "il y") was put among single words.
    // (Particles and "of" are left out: "greyed|grayed out", "list|meaning of" are meant.)
    static const std::set<std::string> kSmallAlone = {"un", "une", "y"};
    if (!last && slot.size() > 1 && slots[index + 1].size() == 1 && kSmallAlone.count(slots[index + 1].front()) &&
        std::any_of(slot.begin(), slot.end(), [](const std::string& a) { return a.size() > 3; }))
      out.push_back({p.where, p.pattern->text(),
                     "alternatives before \"" + slots[index + 1].front() + "\" alone: a|b alternates ONE word, so \"" +
                         slot.back() + " " + slots[index + 1].front() + "\" makes every alternative need it; write each phrase "
                         "as its own pattern"});
    // "stopped|no longer work" reads as (stopped|no) longer work: a negation beside other words in
    // one slot, before one more word, starts a phrase ("no longer") the other words do not share.
    static const std::set<std::string> kNegations = {"no", "not", "pas", "plus", "ne", "jamais", "never", "aucun",
                                                     "aucune", "rien", "nothing", "pu"};
    if (small_word_beside_words(slot, kNegations) && !last && slots[index + 1].front() != "*")
      out.push_back({p.where, p.pattern->text(),
                     "a negation beside other words in one slot (\"stopped|no longer\"): a|b alternates ONE word, so "
                     "\"stopped\" would need \"longer\" after it; write each phrase as its own pattern"});
    // "rien * n est|ne sont joue" reads as rien * n (est|ne) sont joue: the French "ne" alternates
    // only with its elided "n"; beside any other word it starts a phrase put among single words.
    const bool has_ne = std::any_of(slot.begin(), slot.end(), [](const std::string& a) { return a == "ne" || a == "n"; });
    const bool beside_other = std::any_of(slot.begin(), slot.end(), [](const std::string& a) { return a != "ne" && a != "n"; });
    if (has_ne && beside_other && !last)
      out.push_back({p.where, p.pattern->text(),
                     "the French \"ne\" beside other words in one slot (\"n est|ne sont\"): a|b alternates ONE word, so "
                     "\"est\" would need \"sont\" after it; write \"n est\" and \"ne sont\" as separate patterns"});
    std::map<std::string, int> seen;
    for (const std::string& a : slot)
      if (++seen[a] == 2) out.push_back({p.where, p.pattern->text(), "the alternative \"" + a + "\" is written twice"});
    for (const std::string& a : slot)
      if (const std::string missed = forms_the_stem_misses(a, slot); !missed.empty())
        out.push_back({p.where, p.pattern->text(),
                       "\"" + a + "\" does not reach " + missed + " (the word is too short to stem): list those forms"});
  }
}

}  // namespace

std::vector<LintFinding> lint_rules(const Rules& rules) {
  std::vector<Listed> all;
  for (const KeywordRule& r : rules.rules)
    for (const Pattern& p : r.patterns) all.push_back({"rule " + r.id, r.level, &p});
  for (const Pattern& p : rules.failure) all.push_back({"situations.failure", 0, &p});
  for (const Pattern& p : rules.misdirected) all.push_back({"situations.misdirected", 0, &p});
  for (const Pattern& p : rules.changed) all.push_back({"situations.changed", 0, &p});
  for (const ScopeRule& s : rules.scopes)
    for (const Pattern& p : s.patterns) all.push_back({"scope " + s.id, 0, &p});
  for (const Pattern& p : rules.not_current) all.push_back({"context.not_current", 0, &p});
  for (const Pattern& p : rules.imagined) all.push_back({"context.imagined", 0, &p});
  for (const Pattern& p : rules.wished) all.push_back({"context.wished", 0, &p});
  for (const Pattern& p : rules.back_now) all.push_back({"context.back_now", 0, &p});
  for (const Pattern& p : rules.asks_if_possible) all.push_back({"context.asks_if_possible", 0, &p});
  for (const Pattern& p : rules.about_what_happens) all.push_back({"context.about_what_happens", 0, &p});
  for (const Pattern& p : rules.setting) all.push_back({"context.setting", 0, &p});
  for (const Pattern& p : rules.not_a_request) all.push_back({"context.not_a_request", 0, &p});
  for (const Pattern& p : rules.subject_thanks) all.push_back({"context.subject_thanks", 0, &p});
  for (const Pattern& p : rules.working) all.push_back({"context.working", 0, &p});
  for (const Pattern& p : rules.rest_works) all.push_back({"context.rest_works", 0, &p});
  for (const Pattern& p : rules.only_a_few) all.push_back({"context.only_a_few", 0, &p});
  for (const Pattern& p : rules.one_part) all.push_back({"context.one_part", 0, &p});
  for (const Pattern& p : rules.new_topic) all.push_back({"context.new_topic", 0, &p});
  for (const Pattern& p : rules.one_feature) all.push_back({"context.one_feature", 0, &p});
  for (const Pattern& p : rules.not_a_report) all.push_back({"context.not_a_report", 0, &p});
  for (const Pattern& p : rules.nothing_happened) all.push_back({"context.nothing_happened", 0, &p});
  for (const Pattern& p : rules.not_scope) all.push_back({"context.not_scope", 0, &p});
  for (const Pattern& p : rules.not_failure) all.push_back({"context.not_failure", 0, &p});
  for (const Pattern& p : rules.markers) all.push_back({"markers", 0, &p});
  for (const Pattern& p : rules.urgency_words) all.push_back({"urgency.words", 0, &p});
  for (const Pattern& p : rules.urgency_ignore) all.push_back({"urgency.ignore", 0, &p});

  std::vector<LintFinding> out;
  for (const Listed& p : all) check_shape(p, out);
  // Each pattern's slots once: the pairs below are quadratic in the number of patterns.
  std::vector<Slots> slots_of;
  slots_of.reserve(all.size());
  for (const Listed& p : all) slots_of.push_back(p.pattern->slots());
  // A cue whose every match starts inside a phrase that sets it aside never counts: a level 1-3
  // rule or a failure inside [context] not_failure ("please * stop" over "please stop it"), a
  // scope inside [context] not_scope.
  auto listed_in = [&](const std::string& where) {
    std::vector<size_t> at;
    for (size_t i = 0; i < all.size(); ++i)
      if (all[i].where == where) at.push_back(i);
    return at;
  };
  const std::vector<size_t> not_failure = listed_in("context.not_failure");
  const std::vector<size_t> not_scope = listed_in("context.not_scope");
  for (size_t i = 0; i < all.size(); ++i) {
    const bool failure_cue = (all[i].level >= 1 && all[i].level <= 3) || all[i].where == "situations.failure";
    const bool scope = all[i].where.rfind("scope ", 0) == 0;
    if (!failure_cue && !scope) continue;
    for (size_t b : failure_cue ? not_failure : not_scope)
      if (always_starts_inside(slots_of[b], slots_of[i]))
        out.push_back({all[i].where, all[i].pattern->text(),
                       "never counts: every match starts inside \"" + all[b].pattern->text() + "\" of " + all[b].where});
  }
  for (size_t i = 0; i < all.size(); ++i) {
    const Slots& specific = slots_of[i];
    for (size_t j = 0; j < all.size(); ++j) {
      if (i == j) continue;
      const bool same_list = all[i].where == all[j].where;
      // Only patterns of one list, or rules' patterns of two levels, can be reported below.
      if (!same_list && !(all[i].level && all[j].level)) continue;
      const Slots& general = slots_of[j];
      if (general == specific) {
        if (j < i && same_list) out.push_back({all[i].where, all[i].pattern->text(), "a duplicate of an earlier pattern"});
        else if (j < i && all[i].level && all[j].level)
          out.push_back({all[i].where, all[i].pattern->text(),
                         "also a pattern of " + all[j].where + " (level " + std::to_string(all[j].level) + ")"});
        continue;
      }
      // A rule pattern that a rule of a more severe level always matches too never decides.
      if (all[i].level && all[j].level && all[j].level < all[i].level && always_contains(general, specific))
        out.push_back({all[i].where, all[i].pattern->text(),
                       "shadowed: every text it matches is also matched by \"" + all[j].pattern->text() + "\" of " +
                           all[j].where + " (level " + std::to_string(all[j].level) + "), which wins"});
    }
  }
  return out;
}

}  // namespace billet::triage
