#include "triage/rules.h"
#include "common/file.h"

#include <toml++/toml.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace billet::triage {
namespace {

class RulesError : public std::runtime_error {
 public:
  RulesError(const toml::source_region& where, const std::string& what)
      : std::runtime_error("line " + std::to_string(where.begin.line) + ": " + what) {}
};

std::vector<Pattern> patterns_of(const toml::node& node, const std::string& what) {
  const toml::array* array = node.as_array();
  if (!array) throw RulesError(node.source(), what + " must be an array of strings");
  std::vector<Pattern> out;
  for (const toml::node& item : *array) {
    const auto text = item.value<std::string>();
    if (!text) throw RulesError(item.source(), what + " must hold strings");
    try {
      out.emplace_back(*text);
    } catch (const std::invalid_argument& e) {
      throw RulesError(item.source(), e.what());
    }
  }
  return out;
}

std::vector<Pattern> optional_patterns(const toml::table& table, const char* key, const std::string& what) {
  const toml::node* node = table.get(key);
  return node ? patterns_of(*node, what) : std::vector<Pattern>{};
}

double number_or(const toml::table& table, const char* key, double fallback) {
  const toml::node* node = table.get(key);
  if (!node) return fallback;
  if (auto v = node->value<double>()) return *v;
  throw RulesError(node->source(), std::string(key) + " must be a number");
}

// An optional level key of a rule or scope ("one_part_level = 2"): 0 when absent, else between
// the rule's own level and 4.
int optional_level(const toml::table& t, const char* key, const KeywordRule& rule) {
  const auto value = t[key].value<int64_t>();
  if (!value) return 0;
  if (*value < rule.level || *value > 4)
    throw RulesError(t.source(), "rule " + rule.id + ": " + key + " must be between the rule's level and 4");
  return static_cast<int>(*value);
}

KeywordRule read_rule(const toml::table& t) {
  KeywordRule rule;
  const auto id = t["id"].value<std::string>();
  if (!id || id->empty()) throw RulesError(t.source(), "a [[rule]] needs an id");
  rule.id = *id;
  const auto level = t["level"].value<int64_t>();
  if (!level || *level < 1 || *level > 4) throw RulesError(t.source(), "rule " + rule.id + ": level must be 1, 2, 3 or 4");
  rule.level = static_cast<int>(*level);
  rule.weight = number_or(t, "weight", 1.0);
  if (rule.weight <= 0) throw RulesError(t.source(), "rule " + rule.id + ": weight must be positive");
  rule.one_feature_level = optional_level(t, "one_feature_level", rule);
  rule.one_part_level = optional_level(t, "one_part_level", rule);
  const toml::node* phrases = t.get("phrases");
  if (!phrases) throw RulesError(t.source(), "rule " + rule.id + " has no phrases");
  rule.patterns = patterns_of(*phrases, "rule " + rule.id + " phrases");
  return rule;
}

LearnedSettings read_learned(const toml::table& learned, const std::string& base_dir) {
  LearnedSettings out;
  out.min_probability = number_or(learned, "min_probability", out.min_probability);
  if (out.min_probability < 0.25 || out.min_probability > 1)
    throw RulesError(learned.source(), "learned.min_probability must be between 0.25 and 1");
  const double highest = number_or(learned, "highest_level", out.highest_level);
  if (highest != 1 && highest != 2 && highest != 3 && highest != 4)
    throw RulesError(learned.source(), "learned.highest_level must be 1, 2, 3 or 4");
  out.highest_level = static_cast<int>(highest);
  out.level_one_probability = number_or(learned, "level_one_probability", out.level_one_probability);
  if (out.level_one_probability < 0.25 || out.level_one_probability > 1)
    throw RulesError(learned.source(), "learned.level_one_probability must be between 0.25 and 1");
  const toml::node* file = learned.get("weights");
  if (!file) return out;
  const auto name = file->value<std::string>();
  if (!name || name->empty()) throw RulesError(file->source(), "learned.weights must name a file");
  out.weights_file = *name;
  const std::filesystem::path path = std::filesystem::path(*name).is_absolute() ? std::filesystem::path(*name) : std::filesystem::path(base_dir) / *name;
  auto weights = load_word_weights(path.string());
  if (!weights) throw RulesError(file->source(), weights.error().message);
  out.weights = std::make_shared<const WordWeights>(std::move(*weights));
  return out;
}

// The folded words of an optional array of strings `key` of `table` (`name` in errors).
std::vector<std::string> optional_words(const toml::table& table, const char* key, const std::string& name) {
  std::vector<std::string> words;
  const toml::node* node = table.get(key);
  if (!node) return words;
  const toml::array* array = node->as_array();
  if (!array) throw RulesError(node->source(), name + " must be an array of strings");
  for (const toml::node& item : *array) {
    const auto word = item.value<std::string>();
    if (!word) throw RulesError(item.source(), name + " must hold strings");
    words.push_back(fold(*word));
  }
  return words;
}

Rules read_rules(const toml::table& root, const std::string& base_dir) {
  Rules rules;
  if (const toml::table* matching = root["matching"].as_table()) {
    rules.subject_weight = number_or(*matching, "subject_weight", rules.subject_weight);
    rules.evidence_threshold = number_or(*matching, "evidence_threshold", rules.evidence_threshold);
    for (std::string& word : optional_words(*matching, "transparent", "matching.transparent"))
      rules.transparent.insert(std::move(word));
  }
  if (const toml::table* markers = root["markers"].as_table()) {
    rules.markers = optional_patterns(*markers, "patterns", "markers.patterns");
    for (std::string& word : optional_words(*markers, "not_after", "markers.not_after"))
      rules.marker_names_a_level_of.insert(std::move(word));
  }
  if (const toml::table* urgency = root["urgency"].as_table()) {
    rules.urgency_words = optional_patterns(*urgency, "words", "urgency.words");
    rules.urgency_ignore = optional_patterns(*urgency, "ignore", "urgency.ignore");
    rules.negation_window = static_cast<int>(number_or(*urgency, "negation_window", rules.negation_window));
    if (urgency->get("negators")) rules.negators = optional_words(*urgency, "negators", "urgency.negators");
  }
  if (const toml::table* situations = root["situations"].as_table()) {
    rules.failure = optional_patterns(*situations, "failure", "situations.failure");
    rules.misdirected = optional_patterns(*situations, "misdirected", "situations.misdirected");
    rules.changed = optional_patterns(*situations, "changed", "situations.changed");
    const int64_t unknown = situations->get("unknown_scope_level") ? (*situations)["unknown_scope_level"].value_or<int64_t>(0) : 2;
    if (unknown < 1 || unknown > 4)
      throw RulesError(situations->source(), "situations.unknown_scope_level must be 1, 2, 3 or 4");
    rules.unknown_scope_level = static_cast<int>(unknown);
    const int64_t defect = situations->get("working_defect_level") ? (*situations)["working_defect_level"].value_or<int64_t>(-1) : 3;
    if (defect < 0 || defect > 4)
      throw RulesError(situations->source(), "situations.working_defect_level must be 0 (off), 1, 2, 3 or 4");
    rules.working_defect_level = static_cast<int>(defect);
    const int64_t statement = situations->get("statement_level") ? (*situations)["statement_level"].value_or<int64_t>(-1) : 3;
    if (statement < 0 || statement > 4)
      throw RulesError(situations->source(), "situations.statement_level must be 0 (off), 1, 2, 3 or 4");
    rules.statement_level = static_cast<int>(statement);
  }
  if (const toml::node* list = root.get("scope")) {
    const toml::array* array = list->as_array();
    if (!array) throw RulesError(list->source(), "scope must be an array of tables ([[scope]])");
    for (const toml::node& item : *array) {
      const toml::table* table = item.as_table();
      if (!table) throw RulesError(item.source(), "each [[scope]] must be a table");
      const KeywordRule r = read_rule(*table);  // same shape: id, level, phrases
      bool changed_only = false;
      if (const toml::node* sizes = table->get("sizes")) {
        if (sizes->value<std::string>() != "changed")
          throw RulesError(sizes->source(), "scope " + r.id + ": sizes must be \"changed\" (or left out)");
        changed_only = true;
      }
      rules.scopes.push_back({r.id, r.level, r.one_feature_level, changed_only, r.patterns});
    }
  }
  if (const toml::table* context = root["context"].as_table())
  {
    rules.not_current = optional_patterns(*context, "not_current", "context.not_current");
    rules.imagined = optional_patterns(*context, "imagined", "context.imagined");
    rules.wished = optional_patterns(*context, "wished", "context.wished");
    rules.back_now = optional_patterns(*context, "back_now", "context.back_now");
    rules.asks_if_possible = optional_patterns(*context, "asks_if_possible", "context.asks_if_possible");
    rules.about_what_happens = optional_patterns(*context, "about_what_happens", "context.about_what_happens");
    rules.setting = optional_patterns(*context, "setting", "context.setting");
    rules.not_a_request = optional_patterns(*context, "not_a_request", "context.not_a_request");
    rules.subject_thanks = optional_patterns(*context, "subject_thanks", "context.subject_thanks");
    rules.working = optional_patterns(*context, "working", "context.working");
    rules.rest_works = optional_patterns(*context, "rest_works", "context.rest_works");
    rules.only_a_few = optional_patterns(*context, "only_a_few", "context.only_a_few");
    rules.one_part = optional_patterns(*context, "one_part", "context.one_part");
    rules.new_topic = optional_patterns(*context, "new_topic", "context.new_topic");
    rules.one_feature = optional_patterns(*context, "one_feature", "context.one_feature");
    rules.nothing_happened = optional_patterns(*context, "nothing_happened", "context.nothing_happened");
    rules.not_a_report = optional_patterns(*context, "not_a_report", "context.not_a_report");
    rules.not_scope = optional_patterns(*context, "not_scope", "context.not_scope");
    rules.not_failure = optional_patterns(*context, "not_failure", "context.not_failure");
  }
  if (const toml::node* list = root.get("rule")) {
    const toml::array* array = list->as_array();
    if (!array) throw RulesError(list->source(), "rule must be an array of tables ([[rule]])");
    for (const toml::node& item : *array) {
      const toml::table* table = item.as_table();
      if (!table) throw RulesError(item.source(), "each [[rule]] must be a table");
      rules.rules.push_back(read_rule(*table));
    }
  }
  if (const toml::table* learned = root["learned"].as_table()) rules.learned = read_learned(*learned, base_dir);
  if (rules.rules.empty()) throw RulesError(root.source(), "no [[rule]] is defined");
  return rules;
}

}  // namespace

Result<Rules> parse_rules(std::string_view toml_text, const std::string& source_name, const std::string& base_dir) {
  try {
    toml::table root = toml::parse(toml_text, source_name);
    return read_rules(root, base_dir);
  } catch (const toml::parse_error& e) {
    return Error{"rules.syntax", source_name + ":" + std::to_string(e.source().begin.line) + ": " +
                                     std::string(e.description())};
  } catch (const RulesError& e) {
    return Error{"rules.invalid", source_name + ": " + e.what()};
  }
}

Result<Rules> load_rules_file(const std::string& path) {
  auto text = read_file(path, kMaxConfigFileBytes);
  if (!text) return Error{"rules.unreadable", "rules file: " + text.error().message};
  return parse_rules(*text, path, std::filesystem::path(path).parent_path().string());
}

}  // namespace billet::triage
