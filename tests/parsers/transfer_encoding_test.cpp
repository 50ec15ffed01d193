#include "parsers/transfer_encoding.h"

#include <gtest/gtest.h>

namespace billet::parsers {
namespace {

TEST(Base64, DecodesRfc4648VectorsAndIgnoresLineBreaks) {
  EXPECT_EQ(decode_base64(""), "");
  EXPECT_EQ(decode_base64("Zg=="), "f");
  EXPECT_EQ(decode_base64("Zm8="), "fo");
  EXPECT_EQ(decode_base64("Zm9v"), "foo");
  EXPECT_EQ(decode_base64("Zm9v\r\nYmFy"), "foobar");
  EXPECT_EQ(decode_base64("Zm9vYmE="), "fooba");
}

TEST(Base64, ToleratesMissingPaddingAndGarbage) {
  EXPECT_EQ(decode_base64("Zm8"), "fo");
  EXPECT_EQ(decode_base64("Zm9v*!Ym Fy"), "foobar");
  EXPECT_EQ(decode_base64("Zg==Zg=="), "ff");  // concatenated blocks
}

TEST(QuotedPrintable, DecodesEscapesAndSoftBreaks) {
  EXPECT_EQ(decode_quoted_printable("caf=C3=A9"), "café");
  EXPECT_EQ(decode_quoted_printable("caf=c3=a9"), "café");
  EXPECT_EQ(decode_quoted_printable("long =\r\nline"), "long line");
  EXPECT_EQ(decode_quoted_printable("long =  \nline"), "long line");
  EXPECT_EQ(decode_quoted_printable("a\r\nb"), "a\r\nb");
}

TEST(QuotedPrintable, KeepsMalformedEqualsSigns) {
  EXPECT_EQ(decode_quoted_printable("1+1=2"), "1+1=2");
  EXPECT_EQ(decode_quoted_printable("=ZZ end="), "=ZZ end");
}

TEST(QuotedPrintable, QEncodingTurnsUnderscoreIntoSpace) {
  EXPECT_EQ(decode_quoted_printable("a_b=5F", true), "a b_");
  EXPECT_EQ(decode_quoted_printable("a_b", false), "a_b");
}

TEST(Uuencode, DecodesABeginEndBlock) {
  EXPECT_EQ(decode_uuencode("begin 644 cat.txt\n#0V%T\n`\nend\n"), "Cat");
}

TEST(TransferEncoding, DispatchesByNameCaseInsensitively) {
  EXPECT_EQ(decode_transfer_encoding("Zm9v", " BASE64 "), "foo");
  EXPECT_EQ(decode_transfer_encoding("=41", "Quoted-Printable"), "A");
  EXPECT_EQ(decode_transfer_encoding("raw\x01", "binary"), "raw\x01");
  EXPECT_EQ(decode_transfer_encoding("same", "x-unknown"), "same");
}

}  // namespace
}  // namespace billet::parsers
