#include "tools/labelled_set.h"

#include <fstream>
#include <sstream>

#include "common/file.h"
#include "parsers/message_parser.h"

namespace billet::tools {
namespace {

bool read_whole(const std::filesystem::path& path, std::string& out) {
  auto bytes = read_file(path.string(), kMaxMessageFileBytes);
  if (!bytes) return false;
  out = std::move(*bytes);
  return true;
}

std::vector<std::string> cells_of(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, '\t')) cells.push_back(cell);
  return cells;
}

}  // namespace

Result<std::vector<LabelledMessage>> read_labelled_set(const std::filesystem::path& dir, std::vector<std::string>& unreadable) {
  std::string tsv;
  if (!read_whole(dir / "labels.tsv", tsv)) return Error{"labels.missing", "cannot read " + (dir / "labels.tsv").string()};
  std::vector<LabelledMessage> out;
  std::istringstream lines(tsv);
  int line_number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#' || line_number == 1) continue;  // header
    const auto row = cells_of(line);
    if (row.size() < 4)
      return Error{"labels.invalid", (dir / "labels.tsv").string() + ":" + std::to_string(line_number) +
                                         ": expected file, mailbox, kind, level"};
    const std::string& level = row[3];
    const bool has_level = level.size() == 1 && level[0] >= '1' && level[0] <= '4';
    const bool robot = row[2] == "robot" || row[2] == "bounce";
    if (!has_level && !robot) continue;  // a reply: threaded, not classified
    std::string raw;
    if (!read_whole(dir / row[0], raw)) {
      unreadable.push_back(row[0] + ": cannot read");
      continue;
    }
    auto parsed = parsers::parse_message(raw);
    if (!parsed) {
      unreadable.push_back(row[0] + ": " + parsed.error().message);
      continue;
    }
    out.push_back({row[0], row[2], has_level ? level[0] - '0' : 0, std::move(*parsed)});
  }
  return out;
}

Result<LabelledSetScore> score_labelled_set(const std::filesystem::path& dir, const triage::Classifier& classifier) {
  std::vector<std::string> unreadable;
  auto messages = read_labelled_set(dir, unreadable);
  if (!messages) return messages.error();
  LabelledSetScore score = score_labelled_messages(*messages, classifier);
  score.unreadable = std::move(unreadable);
  return score;
}

LabelledSetScore score_labelled_messages(const std::vector<LabelledMessage>& messages, const triage::Classifier& classifier) {
  LabelledSetScore score;
  for (const LabelledMessage& m : messages) {
    const parsers::ParsedMessage& parsed = m.parsed;
    if (m.kind == "robot" || m.kind == "bounce") {
      ++score.robots;
      if (parsed.robot.is_robot() && (m.kind != "bounce" || parsed.robot.is_bounce)) ++score.robots_found;
      else score.misses.push_back(m.file + ": labelled " + m.kind + ", not recognised");
      continue;
    }
    const int expected = m.level;
    const auto c = classifier.classify(parsed.subject, parsed.new_text,
                                       m.kind == "complaint" ? triage::Kind::kComplaint : triage::Kind::kTicket);
    ++score.messages;
    ++score.matrix[expected][c.level];
    if (expected == 1) {
      ++score.level1;
      score.level1_found += c.level == 1;
      score.level1_at_4 += c.level == 4;
    }
    if (c.level == expected) ++score.correct;
    else score.misses.push_back(m.file + ": expected " + std::to_string(expected) + ", got " + c.explanation());
  }
  return score;
}

Result<std::vector<triage::LabelledFeatures>> labelled_words(const std::filesystem::path& dir, const triage::Classifier& classifier,
                                                             std::vector<std::string>& unreadable) {
  auto messages = read_labelled_set(dir, unreadable);
  if (!messages) return messages.error();
  return labelled_words(*messages, classifier);
}

std::vector<triage::LabelledFeatures> labelled_words(const std::vector<LabelledMessage>& messages, const triage::Classifier& classifier) {
  std::vector<triage::LabelledFeatures> out;
  for (const LabelledMessage& m : messages) {
    if (m.kind != "ticket" || m.level < 1) continue;
    triage::LabelledFeatures example = classifier.example_of(m.parsed.subject, m.parsed.new_text, m.level);
    if (example.level >= 1) out.push_back(std::move(example));  // 0: a label the words cannot tell
  }
  return out;
}

std::string format_score(const std::string& name, const LabelledSetScore& s) {
  std::ostringstream out;
  out << name << ": confusion matrix (rows: labelled level, columns: classified level)\n      1    2    3    4\n";
  for (int e = 1; e <= 4; ++e) {
    out << "  " << e << " ";
    for (int g = 1; g <= 4; ++g) {
      const std::string n = std::to_string(s.matrix[e][g]);
      out << std::string(5 - n.size(), ' ') << n;
    }
    out << "\n";
  }
  out << name << ": levels right " << s.correct << "/" << s.messages;
  if (s.messages) out << " (" << (100 * s.correct / s.messages) << " %)";
  out << "; level-1 recall " << s.level1_found << "/" << s.level1 << " (" << s.level1_at_4 << " at level 4)"
      << "; robots and bounces " << s.robots_found << "/" << s.robots << "\n";
  return out.str();
}

}  // namespace billet::tools
