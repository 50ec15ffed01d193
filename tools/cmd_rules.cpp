#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

#include "common/file.h"
#include "tools/commands.h"
#include "tools/labelled_set.h"
#include "triage/classifier.h"
#include "triage/rules_lint.h"

namespace billet::tools {
namespace {

// The rules file of `options`, or nullopt after saying why on stderr ("billetctl rules COMMAND: ...").
std::optional<triage::Rules> load_rules(const RulesOptions& options, const char* command) {
  auto rules = triage::load_rules_file(options.rules_file);
  if (!rules) {
    std::cerr << "billetctl rules " << command << ": " << rules.error().message << "\n";
    return std::nullopt;
  }
  return std::move(*rules);
}

}  // namespace

int run_rules_check(const RulesOptions& options) {
  auto rules = load_rules(options, "check");
  if (!rules) return 1;
  const auto findings = triage::lint_rules(*rules);
  for (const auto& f : findings) std::cout << options.rules_file << ": " << f.where << ": \"" << f.pattern << "\": " << f.problem << "\n";
  std::cout << options.rules_file << ": " << findings.size() << " finding(s)\n";
  return findings.empty() ? 0 : 3;
}

int run_rules_test(const RulesOptions& options) {
  auto rules = load_rules(options, "test");
  if (!rules) return 1;
  if (options.rules_only) rules->learned.weights.reset();
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

namespace {

// The tickets of every folder in `dirs` as the weights read them; prints why a folder is unusable.
bool gather_words(const std::vector<std::string>& dirs, const triage::Classifier& classifier, const char* command,
                  std::vector<std::vector<triage::LabelledFeatures>>& per_dir) {
  for (const std::string& dir : dirs) {
    std::vector<std::string> unreadable;
    auto words = labelled_words(dir, classifier, unreadable);
    if (!words) {
      std::cerr << "billetctl rules " << command << ": " << words.error().message << "\n";
      return false;
    }
    for (const std::string& bad : unreadable) std::cerr << "billetctl rules " << command << ": left out " << dir << "/" << bad << "\n";
    per_dir.push_back(std::move(*words));
  }
  return true;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

int run_rules_fit(const RulesOptions& options) {
  auto rules = load_rules(options, "fit");
  if (!rules) return 1;
  const triage::Classifier classifier(std::move(*rules));
  std::vector<std::vector<triage::LabelledFeatures>> per_dir;
  if (!gather_words(options.dirs, classifier, "fit", per_dir)) return 1;
  std::vector<triage::LabelledFeatures> all;
  for (auto& words : per_dir) all.insert(all.end(), words.begin(), words.end());
  if (all.empty()) {
    std::cerr << "billetctl rules fit: no ticket with a level in " << joined(options.dirs) << "\n";
    return 1;
  }
  const auto weights = triage::fit_word_weights(
      all, {}, " billetd word weights fitted on " + std::to_string(all.size()) + " tickets of " + joined(options.dirs));
  if (auto written = replace_file(options.out, weights.serialize()); !written) {
    std::cerr << "billetctl rules fit: " << written.error().message << "\n";
    return 1;
  }
  std::cout << options.out << ": " << weights.weight.size() << " words weighed, fitted on " << all.size() << " tickets\n";
  return 0;
}

int run_rules_cross_validate(const RulesOptions& options) {
  if (options.dirs.size() < 2) {
    std::cerr << "billetctl rules cross-validate: name at least two folders\n";
    return 2;
  }
  const auto base = load_rules(options, "cross-validate");
  if (!base) return 1;
  std::vector<std::vector<triage::LabelledFeatures>> per_dir;
  {
    const triage::Classifier reader{triage::Rules(*base)};
    if (!gather_words(options.dirs, reader, "cross-validate", per_dir)) return 1;
  }
  for (size_t held = 0; held < options.dirs.size(); ++held) {
    std::vector<triage::LabelledFeatures> training;
    std::vector<std::string> from;
    for (size_t i = 0; i < per_dir.size(); ++i)
      if (i != held) {
        training.insert(training.end(), per_dir[i].begin(), per_dir[i].end());
        from.push_back(options.dirs[i]);
      }
    triage::Rules rules(*base);
    rules.learned.weights = std::make_shared<const triage::WordWeights>(triage::fit_word_weights(training, {}, ""));
    const triage::Classifier classifier(std::move(rules));
    auto score = score_labelled_set(options.dirs[held], classifier);
    if (!score) {
      std::cerr << "billetctl rules cross-validate: " << score.error().message << "\n";
      return 1;
    }
    std::cout << "weights fitted on " << joined(from) << " (" << training.size() << " tickets):\n";
    for (const auto& miss : score->misses) std::cout << "  miss " << miss << "\n";
    std::cout << format_score(options.dirs[held], *score);
  }
  return 0;
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
