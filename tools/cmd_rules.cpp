#include <filesystem>
#include <fstream>
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

int run_export_corrections(const ExportCorrectionsOptions& options) {
  auto store = open_store(options.store);
  if (!store) {
    std::cerr << "billetctl rules export-corrections: " << store.error().message << "\n";
    return 1;
  }
  auto corrections = (*store)->level_corrections();
  if (!corrections) {
    std::cerr << "billetctl rules export-corrections: " << corrections.error().message << "\n";
    return 1;
  }
  std::error_code ec;
  std::filesystem::create_directories(options.dir, ec);
  std::ofstream labels(std::filesystem::path(options.dir) / "labels.tsv", std::ios::binary | std::ios::trunc);
  if (ec || !labels) {
    std::cerr << "billetctl rules export-corrections: cannot write " << options.dir << "/labels.tsv\n";
    return 1;
  }
  labels << "file\tmailbox\tkind\tlevel\tack\tlang\twhy\n";
  int written = 0;
  for (const auto& [ticket_id, detail] : *corrections) {
    auto ticket = (*store)->ticket(ticket_id);
    auto messages = (*store)->messages_of_ticket(ticket_id);
    if (!ticket || !*ticket || !messages || messages->empty()) continue;
    const storage::MessageRow* first = nullptr;
    for (const auto& m : *messages)
      if (m.disposition == storage::Disposition::kTicket || m.disposition == storage::Disposition::kComplaint) {
        first = &m;
        break;
      }
    if (!first) continue;
    auto raw = (*store)->message_raw(first->id);
    if (!raw || raw->empty()) continue;
    const std::string file = std::to_string(ticket_id) + ".eml";
    std::ofstream(std::filesystem::path(options.dir) / file, std::ios::binary | std::ios::trunc) << *raw;
    std::string why = detail;
    for (char& c : why)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    labels << file << "\t" << (*ticket)->mailbox << "\t" << to_string((*ticket)->kind) << "\t" << (*ticket)->level << "\t-\t"
           << (*ticket)->language << "\t" << why << "\n";
    ++written;
  }
  std::cout << written << " corrected ticket(s) written to " << options.dir << "\n";
  return 0;
}

}  // namespace billet::tools
