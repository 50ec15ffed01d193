#pragma once
// The keyword rules of the urgency classifier, loaded from a TOML file (etc/rules.toml) so a
// support team can edit them without recompiling. See that file for the format.
#include <memory>
#include <string>
#include <vector>

#include "common/result.h"
#include "triage/pattern.h"
#include "triage/word_weights.h"

namespace billet::triage {

struct KeywordRule {
  std::string id;      // stable name shown in explanations, e.g. "fr.unreachable"
  int level = 4;       // 1..4: the level this rule is evidence for
  double weight = 1.0; // evidence per match; the subject counts `subject_weight` times more
  // The level a match counts at when it concerns one person or a few of the staff ([context]
  // one_part: "one of our dispatchers cannot access the platform"); 0: the rule's own level
  // (a hijacked account is level 1 whoever it belongs to).
  int one_part_level = 0;
  // The level a match counts at when its sentence names one feature and no level-1 scope ([context]
  // one_feature: "the map is down"); 0: the rule's own level.
  int one_feature_level = 0;
  std::vector<Pattern> patterns;
};

// A situation's scope: who or what a failure touches ("everyone", "every broadcast" -> 1; "the
// logo", "slow" -> 3). Read in the failure's own sentence.
struct ScopeRule {
  std::string id;
  int level = 2;
  // The level this scope sizes a failure at when the failure's sentence names one feature
  // ([context] one_feature: "the export fails for all our users" is one feature for everyone);
  // 0: its own level.
  int one_feature_level = 0;
  // `sizes = "changed"`: this scope sizes only [situations] changed cues ("every zone we drew now
  // covers the province"), never a failure ("every text we send is cut after 160 characters" is one
  // channel's defect, not everything changed).
  bool sizes_changed_only = false;
  std::vector<Pattern> patterns;
};

// [learned]: per-word weights (triage/word_weights.h) that refine the floors the rules set under a
// malfunction they saw but did not size: a statement default, a failure of unknown scope, a defect
// beside something that works. A marker, a rule, a scoped situation or a ticket in which the
// rules saw nothing ("default", level 4) is never moved.
struct LearnedSettings {
  std::shared_ptr<const WordWeights> weights;  // null: rules alone
  std::string weights_file;                    // as written in the rules file (resolved beside it)
  // The weights move an open decision to their most likely level only when that level has at
  // least this probability, never above `highest_level` (2: words never make a level 1; 1: they
  // may) and never to 4 (3 and 4 allowed here mean no raise).
  double min_probability = 0.7;
  int highest_level = 2;
  // With highest_level = 1, the probability level 1 alone must have to raise an open decision to 1.
  double level_one_probability = 0.7;
};

struct Rules {
  double subject_weight = 2.0;      // a subject match weighs this many body matches
  double evidence_threshold = 1.0;  // a level has evidence when its score reaches this
  // Folded words a match passes over between two word slots ("still", « toujours »; triage/pattern.h).
  WordSet transparent;
  std::vector<Pattern> markers;     // explicit level markers, read in the subject only
  // Folded words that, just before a marker of two words or more, name it as a level of something
  // else (« Couleur du niveau 2 », « Formation niveau 2 »): no marker there.
  WordSet marker_names_a_level_of;
  std::vector<Pattern> urgency_words;
  std::vector<Pattern> urgency_ignore;  // compounds that are no urgency claim ("mesures d'urgence")
  std::vector<std::string> negators;    // folded words that cancel a following urgency word
  int negation_window = 3;              // how many words before an urgency word a negator may stand
  std::vector<KeywordRule> rules;
  // [situations]: a failure cue (something broken now, not negated) makes evidence at the level
  // of the most severe scope in its sentence, or at `unknown_scope_level` when none is named, so
  // a malfunction in words no rule lists never falls silently to level 4.
  std::vector<Pattern> failure;
  // [situations] misdirected: a message sent beyond whom it was meant for ("meant only for the road
  // crew", « destiné uniquement aux résidents de la rue Principale »): a failure only when a scope
  // sizes it (it reached everyone: level 1); alone it is no failure ("this template is meant only
  // for internal use, can we hide it?" asks).
  std::vector<Pattern> misdirected;
  // [situations] changed: a state of the client's data or pages that nobody here made, told without
  // a failure word ("every zone now covers the whole province", « tous nos abonnés ont maintenant le
  // même numéro »): like `misdirected`, a failure only when a scope sizes it and never in a question
  // ("Can all our contacts now have a default name?" asks).
  std::vector<Pattern> changed;
  std::vector<ScopeRule> scopes;
  int unknown_scope_level = 2;
  // A message that says something still works ([context] working) and shows no level 1-3
  // evidence, no request (level-4 rule) and no question reports a defect beside a working feature ("the logo is cut in half;
  // everything else works"): this level; 0 turns it off.
  int working_defect_level = 3;
  // A ticket in which nothing matched, that asks nothing (no question mark; requests are level-4
  // rules), reports nothing as over ([context] not_current) and whose subject is no thank-you or
  // notice or request ([context] not_a_report) describes something not right in words no rule names: this
  // level; 0 turns it off (then such a ticket is level 4 by default). Complaints keep level 4.
  int statement_level = 3;
  // [context] not_a_report: a subject or first two sentences that thank, give notice or ask
  // ("Merci pour hier!", "Heads-up", "Need to add a user").
  std::vector<Pattern> not_a_report;
  // [context] not_current: a sentence with one of these reports no current failure (a hypothesis,
  // an incident said to be over); no rule, situation or urgency word counts in it.
  std::vector<Pattern> not_current;
  // [context] back_now: a sentence with one of these says the platform is back ("it's back up now",
  // « tout est revenu »): it reports nothing current, and neither do the sentences before it told in
  // the past ("The platform was down this morning. It's back now."), unless the phrase is asked or a
  // "but" follows it.
  std::vector<Pattern> back_now;
  // [context] setting: a word that reads as a repair but names a setting (« réglé sur l'heure de
  // l'Est », "fixed at 5 minutes"): a not_current phrase whose last word one of these covers tells
  // nothing over.
  std::vector<Pattern> setting;
  // [context] imagined: a sentence with one of these tells what is imagined (a drill's scenario:
  // "the scenario is: SOMUM is down"): nothing in it is current, after a colon or a "but" either.
  std::vector<Pattern> imagined;
  // [context] wished: a wish for how it could be ("It would be nice if the app remembered us") reports
  // nothing up to its next comma, colon or "but": what follows them counts ("It would be great to
  // be able to log in again, nobody here can since 7").
  std::vector<Pattern> wished;
  // [context] asks_if_possible: a question whether something can be made so ("Can all our contacts
  // have a default name when it is missing?", « Est-il possible qu'un avis se répète ? ») asks for a
  // feature; the failure words in it report nothing, unless it asks how to undo what happens or why
  // (`about_what_happens`: "Is there a way to stop the alert that keeps repeating?", « Peut-on savoir
  // pourquoi personne ne peut se connecter ? » report it) or another clause follows the asking.
  std::vector<Pattern> asks_if_possible;
  std::vector<Pattern> about_what_happens;
  // [context] working: a sentence with one of these says something still works ("the SMS and
  // email parts arrive fine"): it names no scope, and a level-1 failure or rule next to it (or
  // in a subject, with one anywhere in the body) counts at level 2: part of the platform works.
  std::vector<Pattern> working;
  // [context] rest_works: a working phrase said of everything else ("everything else works", « tout
  // le reste fonctionne »): its sentence works as a [context] working one, and every level-1
  // failure of the message, near it or not, counts at level 2.
  std::vector<Pattern> rest_works;
  // [context] only_a_few: the few a working phrase right after one of these is said of ("only two
  // of our 45 users can still log in", « seulement deux arrivent encore »): the exception, so the
  // phrase says no part works.
  std::vector<Pattern> only_a_few;
  // [context] one_part: the sentence names one person or a few among the client's staff ("one of
  // our dispatchers", « une de nos employées »): a rule with a one_part_level counts at that level in
  // it (or in a subject, with one in the body), unless a level-1 scope is named too.
  std::vector<Pattern> one_part;
  // [context] new_topic: a sentence that opens with one of these opens another topic ("Also, ...",
  // "Unrelated: ...", « Par ailleurs, ... »): it is sized by its own words, not by the sentence
  // before it.
  std::vector<Pattern> new_topic;
  // [context] one_feature: the sentence names one feature ("the export", « les gabarits », "nobody
  // can export"): a scope with a one_feature_level sizes its failure at that level.
  std::vector<Pattern> one_feature;
  // [context] nothing_happened: the writer says no incident took place ("Nothing has happened, we
  // just want to understand"): the whole message is a question; no failure, scope or level 1-3
  // rule counts anywhere in it (markers still do).
  std::vector<Pattern> nothing_happened;
  // [context] not_scope: words a scope would read that only say what a failure concerns ("the
  // reports are empty for all our broadcasts", « 0 % pour tous nos envois »): a scope phrase
  // inside one of these matches sizes nothing.
  std::vector<Pattern> not_scope;
  // [context] not_failure: words a failure cue would read that ask for an action or name what a
  // report lists ("pouvez-vous supprimer tous nos contacts de test", "the list of failed
  // deliveries"): a failure cue or a level 1-3 rule match starting inside one of these matches
  // reports no failure.
  std::vector<Pattern> not_failure;
  // [context] subject_thanks: words that, in the subject only, thank (« Merci »): as not_a_report
  // there, but not in a body, where "Merci!" also closes reports.
  std::vector<Pattern> subject_thanks;
  // [context] not_a_request: words a request rule (level 4) would read that only tell when
  // something was seen ("while training a new employee we noticed ...", « pendant la formation »):
  // a level-4 rule starting inside one of these asks for nothing.
  std::vector<Pattern> not_a_request;
  LearnedSettings learned;
};

// Parses rules; an error names the file, the line and what is wrong. [learned] weights are read
// from a path relative to the rules file's folder (load_rules_file) or to `base_dir`.
Result<Rules> load_rules_file(const std::string& path);
Result<Rules> parse_rules(std::string_view toml_text, const std::string& source_name, const std::string& base_dir = ".");

}  // namespace billet::triage
