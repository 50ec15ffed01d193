#include <iostream>

#include "tools/commands.h"
#include "tools/labelled_set.h"
#include "triage/classifier.h"
#include "triage/rules_lint.h"

namespace billet::tools {

int run_rules_check(const RulesOptions& options) {
  auto rules = triage::load_rules_file(options.rules_file);
  if (!rules) {
    std::cerr << "billetctl rules check: " << rules.error().message << "\n";
    return 1;
  }
  const auto findings = triage::lint_rules(*rules);
  for (const auto& f : findings) std::cout << options.rules_file << ": " << f.where << ": \"" << f.pattern << "\": " << f.problem << "\n";
  std::cout << options.rules_file << ": " << findings.size() << " finding(s)\n";
  return findings.empty() ? 0 : 3;
}

int run_rules_test(const RulesOptions& options) {
  auto rules = triage::load_rules_file(options.rules_file);
  if (!rules) {
    std::cerr << "billetctl rules test: " << rules.error().message << "\n";
    return 1;
  }
  const triage::Classifier classifier(std::move(*rules));
  int status = 0;
  for (const std::string& dir : options.dirs) {
    auto score = score_labelled_set(dir, classifier);
    if (!score) {
      std::cerr << "billetctl rules test: " << score.error().message << "\n";
      status = 1;
      continue;
    }
    for (const auto& miss : score->misses) std::cout << "  miss " << miss << "\n";
    for (const auto& bad : score->unreadable) std::cout << "  unreadable " << bad << "\n";
    std::cout << format_score(dir, *score);
  }
  return status;
}

}  // namespace billet::tools
