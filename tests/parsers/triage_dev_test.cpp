// The labelled support emails (tests/data/triage/dev): subjects decode, the author's new text is
// kept and quotes/signatures are cut, and robots/bounces carry the evidence the labels expect.
#include <gtest/gtest.h>

#include "parsers/message_parser.h"
#include "support/test_files.h"

namespace billet::parsers {
namespace {

using billet::testing::read_file;
using billet::testing::read_tsv;
using billet::testing::test_data_dir;

ParsedMessage parse_dev(const std::string& file) {
  auto r = parse_message(read_file(test_data_dir() / "triage" / "dev" / file));
  EXPECT_TRUE(r.ok()) << file;
  return r.ok() ? *r : ParsedMessage{};
}

TEST(TriageDev, SubjectsDecodeAndNewTextExcludesQuotesAndSignatures) {
  const auto table = read_tsv(billet::testing::test_data_dir() / "triage_new_text.tsv");
  ASSERT_EQ(table.size(), 60u);
  for (const auto& row : table) {
    ASSERT_EQ(row.size(), 4u);
    const ParsedMessage m = parse_dev(row[0]);
    EXPECT_EQ(m.subject, row[1]) << row[0];
    EXPECT_NE(m.new_text.find(row[2]), std::string::npos) << row[0] << " lost its own text";
    if (row[3] != "-") {
      EXPECT_NE(m.text.find(row[3]), std::string::npos) << row[0];
      EXPECT_EQ(m.new_text.find(row[3]), std::string::npos) << row[0] << " kept quoted/signature text";
    }
  }
}

TEST(TriageDev, RobotsAndBouncesCarryEvidenceAndPeopleDoNot) {
  const auto labels = read_tsv(test_data_dir() / "triage" / "dev" / "labels.tsv");
  ASSERT_EQ(labels.size(), 61u);
  for (size_t i = 1; i < labels.size(); ++i) {
    const std::string& file = labels[i][0];
    const std::string& kind = labels[i][2];
    const ParsedMessage m = parse_dev(file);
    if (kind == "robot" || kind == "bounce") {
      EXPECT_TRUE(m.robot.is_robot()) << file;
    } else {
      EXPECT_FALSE(m.robot.is_robot()) << file << ": " << (m.robot.reasons.empty() ? "" : m.robot.reasons[0]);
    }
    if (kind == "bounce") {
      EXPECT_TRUE(m.robot.is_bounce) << file;
      EXPECT_FALSE(m.robot.bounced_message_id.empty()) << file;
    }
  }
}

}  // namespace
}  // namespace billet::parsers
