#pragma once
// Runs the rules over a folder of labelled .eml files (labels.tsv with the columns of the
// project's triage sets: file, mailbox, kind, level, ...): the confusion matrix, every miss with
// the classifier's reason, level-1 recall and robot/bounce recognition. Used by
// `billetctl rules test DIR` and by the triage quality tests.
#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include "common/result.h"
#include "parsers/message_parser.h"
#include "triage/classifier.h"
#include "triage/word_weights.h"

namespace billet::tools {

struct LabelledSetScore {
  std::array<std::array<int, 5>, 5> matrix{};  // [labelled level][classified level], index 0 unused
  int messages = 0, correct = 0;
  int level1 = 0, level1_found = 0, level1_at_4 = 0;
  int robots = 0, robots_found = 0;
  std::vector<std::string> misses;  // "file: expected N, got <explanation>" and unrecognised robots
  std::vector<std::string> unreadable;  // files that could not be read or parsed
};

struct LabelledMessage {
  std::string file;   // as named in labels.tsv
  std::string kind;   // "ticket", "complaint", "robot", "bounce"
  int level = 0;      // 1..4, 0 for robots and bounces
  parsers::ParsedMessage parsed;
};

// Every row of DIR/labels.tsv with a level, or a robot or bounce, parsed; rows whose file cannot
// be read or parsed go to `unreadable`. Fails as score_labelled_set does.
Result<std::vector<LabelledMessage>> read_labelled_set(const std::filesystem::path& dir, std::vector<std::string>& unreadable);

// The tickets of DIR as the learned weights read them (Classifier::example_of), with their levels;
// files that cannot be read or parsed go to `unreadable`, as in read_labelled_set.
Result<std::vector<triage::LabelledFeatures>> labelled_words(const std::filesystem::path& dir, const triage::Classifier& classifier,
                                                             std::vector<std::string>& unreadable);

// The tickets of messages already read, as labelled_words gives them.
std::vector<triage::LabelledFeatures> labelled_words(const std::vector<LabelledMessage>& messages, const triage::Classifier& classifier);

// Fails ("labels.missing", "labels.invalid") when DIR/labels.tsv is missing or malformed; a row
// whose level is "-" (a reply, a robot, a bounce) is not classified.
Result<LabelledSetScore> score_labelled_set(const std::filesystem::path& dir, const triage::Classifier& classifier);

// The score of messages already read (read_labelled_set), for callers that score one set many
// times; `unreadable` is left empty.
LabelledSetScore score_labelled_messages(const std::vector<LabelledMessage>& messages, const triage::Classifier& classifier);

// The matrix and the summary line, as `billetctl rules test` prints them.
std::string format_score(const std::string& name, const LabelledSetScore& score);

}  // namespace billet::tools
