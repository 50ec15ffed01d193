#pragma once
// Urgency classification (policy.md section 2): the most severe level with keyword evidence wins,
// an explicit marker in the subject sets the level, a non-negated urgency word raises 4->3 or 3->2,
// no evidence gives 4. Every decision carries the rules and words that made it.
#include <string>
#include <vector>

#include "triage/kind.h"
#include "triage/rules.h"

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
  std::string decided_by;          // "marker", "evidence", "evidence+urgency", "urgency", "statement", "default"
  std::vector<Evidence> evidence;  // everything that matched, marker and urgency words included
  std::vector<Evidence> ignored;   // urgency words cancelled by a negation or an ignore phrase

  // One readable paragraph: "level 2 (evidence): fr.feature_broken matched « ne fonctionne plus » in body; ..."
  std::string explanation() const;
  // The same as JSON (stored with the ticket).
  std::string to_json() const;
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

  const Rules& rules() const { return rules_; }

 private:
  Rules rules_;
  PatternIndex index_;  // every pattern of rules_, matched in one pass per text
};

}  // namespace billet::triage
