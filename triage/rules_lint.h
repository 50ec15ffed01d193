#pragma once
// A lint for the rules file (`billetctl rules check`): patterns that cannot mean what their author
// wrote, duplicates, and patterns that a more severe one always overrides. Findings only; the
// rules still load (a finding is a question for the people who own the rules, not a failure).
#include <string>
#include <vector>

#include "triage/rules.h"

namespace billet::triage {

struct LintFinding {
  std::string where;    // "rule fr.unreachable", "situations.failure", "scope everyone_or_everything"...
  std::string pattern;  // the pattern as written
  std::string problem;  // one sentence
};

std::vector<LintFinding> lint_rules(const Rules& rules);

}  // namespace billet::triage
