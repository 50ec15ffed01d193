// The real-world corpus (tests/data/corpus: other projects' parser tests, licences inside): every message parses without crash, to valid UTF-8,
// and a table of messages read by eye (tests/data/corpus_expected.tsv) decodes as expected.
#include <gtest/gtest.h>

#include "parsers/charset.h"
#include "parsers/message_parser.h"
#include "support/test_files.h"

namespace billet::parsers {
namespace {

using billet::testing::read_file;
using billet::testing::read_tsv;
using billet::testing::test_data_dir;

struct InventoryRow {
  std::string path;
  bool robot_or_bounce = false;
};

std::vector<InventoryRow> inventory() {
  std::vector<InventoryRow> rows;
  const auto tsv = read_tsv(test_data_dir() / "corpus" / "INVENTORY.tsv");
  for (size_t i = 1; i < tsv.size(); ++i) {  // row 0: column names
    if (tsv[i].size() < 6) continue;
    rows.push_back({tsv[i][0], tsv[i][5] != "no"});
  }
  return rows;
}

void expect_utf8(const std::string& s, const std::string& what, const std::string& path) {
  EXPECT_TRUE(is_valid_utf8(s)) << what << " of " << path;
}

TEST(Corpus, EveryMessageParsesToValidUtf8) {
  const auto rows = inventory();
  ASSERT_EQ(rows.size(), 190u);
  size_t parsed = 0;
  for (const auto& row : rows) {
    const std::string raw = read_file(test_data_dir() / "corpus" / row.path);
    auto result = parse_message(raw);
    if (!result.ok()) {
      ADD_FAILURE() << row.path << ": " << result.error().message;
      continue;
    }
    ++parsed;
    const ParsedMessage& m = *result;
    expect_utf8(m.subject, "subject", row.path);
    expect_utf8(m.text, "text", row.path);
    expect_utf8(m.new_text, "new text", row.path);
    expect_utf8(m.html, "html", row.path);
    expect_utf8(m.from.name, "from name", row.path);
    expect_utf8(m.from.address, "from address", row.path);
    for (const auto& a : m.attachments) {
      expect_utf8(a.filename, "attachment name", row.path);
      expect_utf8(a.embedded_text, "embedded text", row.path);
    }
    for (const auto& h : m.headers) expect_utf8(h.value, "header " + h.name, row.path);
    for (const auto& d : m.defects) expect_utf8(d, "defect", row.path);
  }
  EXPECT_EQ(parsed, rows.size());
}

TEST(Corpus, AutoRepliesAndBouncesOfTheInventoryAreRobots) {
  for (const auto& row : inventory()) {
    if (!row.robot_or_bounce) continue;
    auto result = parse_message(read_file(test_data_dir() / "corpus" / row.path));
    ASSERT_TRUE(result.ok()) << row.path;
    EXPECT_TRUE(result->robot.is_robot()) << row.path;
  }
}

std::string joined_attachment_names(const ParsedMessage& m) {
  std::string out;
  for (size_t i = 0; i < m.attachments.size(); ++i) {
    if (i) out += " | ";
    out += m.attachments[i].filename;
  }
  return out;
}

TEST(Corpus, MessagesReadByEyeDecodeAsExpected) {
  const auto table = read_tsv(billet::testing::test_data_dir() / "corpus_expected.tsv");
  ASSERT_GE(table.size(), 40u);
  for (const auto& row : table) {
    ASSERT_GE(row.size(), 4u) << row[0];
    auto result = parse_message(read_file(test_data_dir() / "corpus" / row[0]));
    ASSERT_TRUE(result.ok()) << row[0];
    EXPECT_EQ(result->subject, row[1]) << row[0];
    EXPECT_EQ(result->from.address, row[2]) << row[0];
    EXPECT_EQ(result->from.name, row[3]) << row[0];
    EXPECT_EQ(joined_attachment_names(*result), row.size() > 4 ? row[4] : "") << row[0];
  }
}

}  // namespace
}  // namespace billet::parsers
