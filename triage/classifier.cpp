#include "triage/classifier.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <set>

namespace billet::triage {
namespace {

struct Source {
  const char* where;
  const std::string& text;
  std::vector<Token> tokens;
  double multiplier;
};

std::string quote(const Source& s, const PatternMatch& m) {
  const size_t begin = s.tokens[m.first_token].begin;
  const size_t end = s.tokens[m.last_token].end;
  return s.text.substr(begin, end - begin);
}

// Token indices that lie inside a match of any of `patterns`.
std::set<size_t> covered_tokens(const std::vector<Pattern>& patterns, const std::vector<Token>& tokens) {
  std::set<size_t> covered;
  for (const Pattern& p : patterns)
    for (const PatternMatch& m : p.find_all(tokens))
      for (size_t i = m.first_token; i <= m.last_token; ++i) covered.insert(i);
  return covered;
}

bool negated(const std::vector<Token>& tokens, size_t at, const Rules& rules) {
  for (size_t back = 1; back <= static_cast<size_t>(rules.negation_window) && back <= at; ++back) {
    const Token& t = tokens[at - back];
    if (t.is_break()) return false;
    if (std::find(rules.negators.begin(), rules.negators.end(), t.folded) != rules.negators.end()) return true;
  }
  return false;
}

}  // namespace

Classification Classifier::classify(const std::string& subject, const std::string& new_text) const {
  Classification c;
  std::array<Source, 2> sources = {Source{"subject", subject, tokenize(subject), rules_.subject_weight},
                                   Source{"body", new_text, tokenize(new_text), 1.0}};

  // 1. Explicit markers in the subject set the level.
  std::optional<Evidence> marker;
  for (const Pattern& p : rules_.markers) {
    for (const PatternMatch& m : p.find_all(sources[0].tokens)) {
      if (m.digit == 0) continue;
      Evidence e{"marker", m.digit, "subject", quote(sources[0], m), 0};
      if (!marker || e.level < marker->level) marker = e;
    }
  }

  // 2. Keyword evidence per level; each rule counts once per place.
  std::array<double, 5> score{};
  for (const KeywordRule& rule : rules_.rules) {
    for (const Source& s : sources) {
      for (const Pattern& p : rule.patterns) {
        const auto matches = p.find_all(s.tokens);
        if (matches.empty()) continue;
        const double w = rule.weight * s.multiplier;
        score[rule.level] += w;
        c.evidence.push_back({rule.id, rule.level, s.where, quote(s, matches.front()), w});
        break;
      }
    }
  }
  int evidence_level = 4;
  bool has_evidence = false;
  for (int level = 1; level <= 4; ++level) {
    if (score[level] >= rules_.evidence_threshold) {
      evidence_level = level;
      has_evidence = true;
      break;
    }
  }

  // 3. Urgency words, unless negated or part of an ignored compound.
  std::optional<Evidence> urgency;
  for (const Source& s : sources) {
    const std::set<size_t> ignored_tokens = covered_tokens(rules_.urgency_ignore, s.tokens);
    for (const Pattern& p : rules_.urgency_words) {
      for (const PatternMatch& m : p.find_all(s.tokens)) {
        Evidence e{"urgency", 0, s.where, quote(s, m), 0};
        if (ignored_tokens.count(m.first_token)) {
          e.rule_id = "urgency.ignored-compound";
          c.ignored.push_back(e);
        } else if (negated(s.tokens, m.first_token, rules_)) {
          e.rule_id = "urgency.negated";
          c.ignored.push_back(e);
        } else if (!urgency) {
          urgency = e;
        }
      }
    }
  }

  if (marker) {
    c.level = marker->level;
    c.decided_by = "marker";
    c.evidence.insert(c.evidence.begin(), *marker);
    return c;
  }
  c.level = evidence_level;
  c.decided_by = has_evidence ? "evidence" : "default";
  if (urgency && c.level >= 3) {
    c.level -= 1;  // never to 1: only levels 4 and 3 are raised
    urgency->level = c.level;
    c.decided_by = has_evidence ? "evidence+urgency" : "urgency";
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
