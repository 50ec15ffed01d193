#pragma once
// Urgency classification (policy.md section 2): the most severe level with keyword evidence wins,
// an explicit marker in the subject sets the level, a non-negated urgency word raises 4->3 or 3->2,
// no evidence gives 4. Learned word weights ([learned], triage/word_weights.h) may refine what the
// rules leave open. Every decision carries the rules and words that made it.
#include <string>
#include <unordered_map>
#include <vector>

#include "triage/kind.h"
#include "triage/rules.h"
#include "triage/word_weights.h"

namespace billet::triage {

struct Evidence {
  std::string rule_id;  // "fr.unreachable", "marker", "urgency"
  int level = 0;        // the level this evidence points to
  std::string where;    // "subject" or "body"
  std::string words;    // the author's words that matched, as written
  double weight = 0;    // contribution to the level's score
};

struct Classification {
  int level = 4;
  std::string decided_by;          // "marker", "evidence", "statement", "default", "learned", each +learned and/or +urgency
  std::vector<Evidence> evidence;  // everything that matched, marker and urgency words included
  std::vector<Evidence> ignored;   // urgency words cancelled by a negation or an ignore phrase

  // One readable paragraph: "level 2 (evidence): fr.feature_broken matched « ne fonctionne plus » in body; ..."
  std::string explanation() const;
  // The same as JSON (stored with the ticket).
  std::string to_json() const;
};

// What each pattern of a Classifier's rules is for: the index of its [[rule]] in Rules::rules, or
// kFailureCue for a [situations] failure cue (other patterns are not listed).
struct PatternRoles {
  static constexpr int kFailureCue = -1;
  std::unordered_map<const Pattern*, int> rule_of;
  // Whether a match of `p` would report a failure: a failure cue or a level 1-3 rule.
  bool reports(const Pattern* p, const Rules& rules) const {
    const auto found = rule_of.find(p);
    if (found == rule_of.end()) return false;
    return found->second == kFailureCue || rules.rules[static_cast<size_t>(found->second)].level < 4;
  }
};

class Classifier {
 public:
  explicit Classifier(Rules rules);
  // The pattern index points into rules_: a Classifier stays where it was built.
  Classifier(const Classifier&) = delete;
  Classifier& operator=(const Classifier&) = delete;

  // `subject` and `new_text` (the author's own words, quotes and signature removed) in UTF-8;
  // `kind`: what the message opens (the statement default applies to tickets only).
  Classification classify(const std::string& subject, const std::string& new_text, Kind kind = Kind::kTicket) const;

  // A labelled ticket as the learned weights read it, for `billetctl rules fit`: the stems of the
  // author's words outside sentences that report no current failure (urgency words, function
  // words and numbers left out), stemmed in the message's language, distinct and sorted; and the
  // level the weights should give before the urgency raise (a 3 with an urgency word is a 4; a 2
  // with one may be a raised 3: level 0, no example).
  // Fitting and classifying read the same words.
  LabelledFeatures example_of(const std::string& subject, const std::string& new_text, int level) const;

  const Rules& rules() const { return rules_; }

 private:
  Rules rules_;
  PatternIndex index_;  // every pattern of rules_, matched in one pass per text
  PatternRoles roles_;  // points into rules_, as index_ does
};

}  // namespace billet::triage
