// Hostile input: every case must return (a message with defects, or a clear error), never crash.
// Speed is measured in bench/, not here; these run under ASan+UBSan in CI.
#include <gtest/gtest.h>

#include <fstream>

#include "parsers/charset.h"
#include "parsers/message_parser.h"
#include "parsers/multipart_repair.h"

namespace billet::parsers {
namespace {

bool has_defect(const ParsedMessage& m, std::string_view prefix) {
  for (const auto& d : m.defects)
    if (d.rfind(prefix, 0) == 0) return true;
  return false;
}

std::string nested_multiparts(int depth) {
  std::string raw = "From: a@b.c\nSubject: deep\n";
  for (int i = 0; i < depth; ++i)
    raw += "Content-Type: multipart/mixed; boundary=\"b" + std::to_string(i) + "\"\n\n--b" + std::to_string(i) + "\n";
  raw += "Content-Type: text/plain\n\ninnermost\n";
  for (int i = depth - 1; i >= 0; --i) raw += "--b" + std::to_string(i) + "--\n";
  return raw;
}

TEST(HostileInput, TenThousandNestedMultipartsKeepTheHeaders) {
  auto r = parse_message(nested_multiparts(10000));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->subject, "deep");
  EXPECT_TRUE(has_defect(*r, "structure.too_complex"));
}

TEST(HostileInput, ModerateNestingIsWalkedUpToTheDepthLimit) {
  auto r = parse_message(nested_multiparts(60));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(has_defect(*r, "structure.too_deep"));
  auto shallow = parse_message(nested_multiparts(10));
  ASSERT_TRUE(shallow.ok());
  EXPECT_EQ(shallow->text, "innermost");
  EXPECT_TRUE(shallow->defects.empty());
}

TEST(HostileInput, TenThousandNestedForwardsDoNotRecurseWithoutBound) {
  std::string raw;
  for (int i = 0; i < 10000; ++i) raw += "From: a@b.c\nContent-Type: message/rfc822\n\n";
  raw += "From: last@b.c\n\nend\n";
  auto r = parse_message(raw);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(has_defect(*r, "structure.too_complex"));
}

TEST(HostileInput, SixteenMegabyteHeaderLineIsCut) {
  std::string raw = "From: a@b.c\nSubject: " + std::string(16u << 20, 'x') + "\n\nbody\n";
  auto r = parse_message(raw);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(has_defect(*r, "header.line_truncated"));
  EXPECT_LE(r->subject.size(), 64u << 10);
  EXPECT_EQ(r->text, "body");
}

TEST(HostileInput, HugeFoldedHeaderBlockIsBounded) {
  std::string raw = "From: a@b.c\nX-Junk: start\n";
  for (int i = 0; i < 200000; ++i) raw += " continuation line of junk\n";
  raw += "Subject: after\n\nbody\n";
  auto r = parse_message(raw);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(has_defect(*r, "header.block_truncated"));
  EXPECT_EQ(r->from.address, "a@b.c");
}

TEST(HostileInput, HundredThousandPartsAreNotAllWalked) {
  std::string raw = "From: a@b.c\nSubject: many\nContent-Type: multipart/mixed; boundary=P\n\n";
  for (int i = 0; i < 100000; ++i) raw += "--P\nContent-Type: text/plain\n\nx\n";
  raw += "--P--\n";
  auto r = parse_message(raw);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->subject, "many");
  EXPECT_TRUE(has_defect(*r, "structure.too_complex"));
}

// Every part an unclosed multipart with a long boundary: each repair inserts a closing delimiter,
// never more bytes than the part's own header used to declare it, so the copy stays under 2x.
TEST(HostileInput, ThousandsOfUnclosedMultipartsCostAtMostOneCopy) {
  const std::string boundary(250, 'q');
  std::string raw = "From: a@b.c\nSubject: unclosed\nContent-Type: multipart/mixed; boundary=P\n\n";
  for (int i = 0; i < 20000; ++i) raw += "--P\nContent-Type: multipart/alternative; boundary=" + boundary + "\n\nx\n";
  raw += "--P--\n";
  std::string repaired;
  ASSERT_TRUE(close_unclosed_multiparts(raw, repaired));
  EXPECT_LT(repaired.size(), 2 * raw.size());
  auto r = parse_message(raw);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->subject, "unclosed");
}

TEST(HostileInput, NestingPastTheRepairLimitIsLeftAsItIs) {
  std::string raw = "From: a@b.c\nSubject: deep\n";
  for (int i = 0; i < 150; ++i) raw += "Content-Type: multipart/mixed; boundary=\"b" + std::to_string(i) + "\"\n\n--b" + std::to_string(i) + "\n";
  raw += "Content-Type: text/plain\n\nx\n--b0\nContent-Type: text/plain\n\ny\n--b0--\n";
  std::string repaired;
  EXPECT_FALSE(close_unclosed_multiparts(raw, repaired));
  EXPECT_TRUE(repaired.empty());
  EXPECT_TRUE(parse_message(raw).ok());
}

// Each unmappable ISO-2022-JP character is replaced after finding its width: that lookup must not
// scan back to the last escape every time (4 MB of them would take hours), and past one
// replacement in 8 bytes the label is taken for wrong (read as windows-1252).
TEST(HostileInput, AMillionUnmappableIso2022JpCharactersCostLinearTime) {
  std::string body = "\x1b$B";
  for (int i = 0; i < 1000000; ++i) body += "-!";  // 0x2D21: an NEC extension ISO-2022-JP cannot map
  auto r = parse_message("From: a@b.jp\nSubject: t\nContent-Type: text/plain; charset=iso-2022-jp\n\n" + body + "\n");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(has_defect(*r, "charset.fallback"));
  std::string sparse = "\x1b$B";
  for (int i = 0; i < 200000; ++i) sparse += i % 16 == 0 ? "-!" : "F|";  // one in 16 unmappable
  auto s = parse_message("From: a@b.jp\nSubject: t\nContent-Type: text/plain; charset=iso-2022-jp\n\n" + sparse + "\n");
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(has_defect(*s, "charset.replaced: 12500 character(s)"));
}

TEST(HostileInput, TruncatedBoundariesKeepTheText) {
  auto r = parse_message(
      "From: a@b.c\nContent-Type: multipart/mixed; boundary=T\n\n--T\nContent-Type: text/plain\n\nhalf a mess");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("half a mess"), std::string::npos);
  auto never_opened = parse_message("From: a@b.c\nContent-Type: multipart/mixed; boundary=T\n\nno boundary at all\n");
  ASSERT_TRUE(never_opened.ok());
  EXPECT_NE(never_opened->text.find("no boundary at all"), std::string::npos);
}

TEST(HostileInput, TheInputThatAbortsMimeticsIteratorParser) {
  auto r = parse_message(std::string("Content-Type:multipart\n\n--"));
  EXPECT_TRUE(r.ok());
}

TEST(HostileInput, NulBytesAreReportedAndNeverReachTheText) {
  const std::string raw("From: a@b.c\nSubject: nu\0l\n\nte\0xt\n", 33);
  auto r = parse_message(raw);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(has_defect(*r, "bytes.nul"));
  EXPECT_EQ(r->text.find('\0'), std::string::npos);
  EXPECT_EQ(r->subject.find('\0'), std::string::npos);
}

TEST(HostileInput, EmptyInputIsAClearError) {
  auto r = parse_message("");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "parse.empty");
}

TEST(HostileInput, RandomBinaryYieldsValidUtf8) {
  std::string raw;
  uint32_t x = 12345;
  for (int i = 0; i < 200000; ++i) {
    x = x * 1103515245u + 12345u;
    raw += static_cast<char>(x >> 24);
  }
  auto r = parse_message(raw);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(is_valid_utf8(r->text));
  EXPECT_TRUE(is_valid_utf8(r->subject));
}

}  // namespace
}  // namespace billet::parsers

namespace billet::parsers {
namespace {

// Found by the fuzzer (tests/data/hostile/): a numeric character reference of a hundred digits
// among other entities made the HTML converter garble its neighbours into invalid UTF-8.
TEST(HostileInput, BrokenCharacterReferencesNeverYieldInvalidUtf8) {
  std::ifstream in(BILLETD_TEST_DATA_DIR "/hostile/fuzz-crash-numeric-reference.eml", std::ios::binary);
  const std::string raw((std::istreambuf_iterator<char>(in)), {});
  ASSERT_GT(raw.size(), 4000u);
  const auto r = parse_message(raw);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(is_valid_utf8(r->text));
  EXPECT_TRUE(is_valid_utf8(r->new_text));
  EXPECT_NE(r->text.find("\xc3\xa9&A"), std::string::npos) << "the text around it is kept";
}

}  // namespace
}  // namespace billet::parsers
