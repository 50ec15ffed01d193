#include "parsers/rfc2047.h"

#include <gtest/gtest.h>

namespace billet::parsers {
namespace {

TEST(EncodedWords, DecodeQAndBInAnyCase) {
  EXPECT_EQ(decode_header_text("=?utf-8?q?caf=C3=A9?="), "café");
  EXPECT_EQ(decode_header_text("=?UTF-8?B?Y2Fmw6k=?="), "café");
  EXPECT_EQ(decode_header_text("=?ISO-8859-1?Q?Andr=E9?= Pirard"), "André Pirard");
}

TEST(EncodedWords, Rfc2047Section8Examples) {
  EXPECT_EQ(decode_header_text("(=?ISO-8859-1?Q?a?=)"), "(a)");
  EXPECT_EQ(decode_header_text("(=?ISO-8859-1?Q?a?= b)"), "(a b)");
  EXPECT_EQ(decode_header_text("(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)"), "(ab)");
  EXPECT_EQ(decode_header_text("(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)"), "(ab)");
  EXPECT_EQ(decode_header_text("(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)"), "(ab)");
  EXPECT_EQ(decode_header_text("(=?ISO-8859-1?Q?a_b?=)"), "(a b)");
  EXPECT_EQ(decode_header_text("(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)"), "(a b)");
}

TEST(EncodedWords, ACharacterSplitAcrossTwoWordsSurvives) {
  // "é" = C3 A9, split between two B words.
  EXPECT_EQ(decode_header_text("=?utf-8?B?w6k=?= =?utf-8?B?w6k=?="), "éé");
  EXPECT_EQ(decode_header_text("=?utf-8?Q?=C3?= =?utf-8?Q?=A9?="), "é");
}

TEST(EncodedWords, MixedCharsetsInOneHeader) {
  EXPECT_EQ(decode_header_text("=?koi8-r?B?8NLJ18XU?= =?iso-8859-1?Q?caf=E9?= ok"), "Приветcafé ok");
}

TEST(EncodedWords, MalformedPaddingAndLanguageSuffixAreTolerated) {
  EXPECT_EQ(decode_header_text("=?utf-8?B?Y2Fmw6k?="), "café");
  EXPECT_EQ(decode_header_text("=?utf-8*fr?Q?caf=C3=A9?="), "café");
}

TEST(EncodedWords, NotAnEncodedWordStaysLiteral) {
  EXPECT_EQ(decode_header_text("price =? 5"), "price =? 5");
  EXPECT_EQ(decode_header_text("=?utf-8?X?abc?="), "=?utf-8?X?abc?=");
}

TEST(HeaderText, RawUtf8IsKeptAndOther8BitIsReadInTheHint) {
  EXPECT_EQ(decode_header_text("Säying Hello"), "Säying Hello");
  EXPECT_EQ(decode_header_text("caf\xE9"), "café");
  EXPECT_EQ(decode_header_text("\xF0\xD2\xC9\xD7\xC5\xD4", "koi8-r"), "Привет");
}

TEST(HeaderText, FoldingAndControlCharactersNeverSurvive) {
  const std::string out = decode_header_text("line one\r\n line two\x01\nthree =?utf-8?Q?a=0D=0Ab?=");
  EXPECT_EQ(out.find('\r'), std::string::npos);
  EXPECT_EQ(out.find('\n'), std::string::npos);
  EXPECT_EQ(out, "line one line two three a b");
}

}  // namespace
}  // namespace billet::parsers
