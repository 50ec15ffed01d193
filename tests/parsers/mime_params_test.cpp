#include "parsers/mime_params.h"

#include <gtest/gtest.h>

namespace billet::parsers {
namespace {

TEST(MimeParams, TypeIsLowerCasedAndParamsRead) {
  const auto v = parse_mime_header_value("Text/HTML; Charset=\"ISO-8859-1\"; format=flowed");
  EXPECT_EQ(v.value, "text/html");
  EXPECT_EQ(v.param("charset"), "ISO-8859-1");
  EXPECT_EQ(v.param("format"), "flowed");
  EXPECT_EQ(v.param("missing"), "");
}

TEST(MimeParams, QuotedValuesMayHoldSemicolonsAndEscapes) {
  const auto v = parse_mime_header_value(R"(attachment; filename="a;b \"c\".txt" (comment); size=3)");
  EXPECT_EQ(v.param("filename"), "a;b \"c\".txt");
  EXPECT_EQ(v.param("size"), "3");
}

TEST(MimeParams, Rfc2231CharsetAndLanguage) {
  const auto v = parse_mime_header_value("attachment; filename*=iso-8859-1'fr'r%E9sum%E9.pdf");
  EXPECT_EQ(v.param("filename"), "résumé.pdf");
}

TEST(MimeParams, Rfc2231ContinuationsInAnyOrderMixingEncodedAndPlain) {
  const auto v = parse_mime_header_value(
      "attachment; filename*1=\" part.txt\"; filename*0*=utf-8''%C3%A9t%C3%A9; filename*2*=%E2%9C%93");
  EXPECT_EQ(v.param("filename"), "été part.txt✓");
}

TEST(MimeParams, Rfc2231WinsOverThePlainFallbackOfTheSameName) {
  const auto v = parse_mime_header_value("attachment; filename=\"plain.txt\"; filename*=utf-8''%C3%A9.txt");
  EXPECT_EQ(v.param("filename"), "é.txt");
}

TEST(MimeParams, EncodedWordsInsideQuotedFilenamesAreDecoded) {
  const auto v = parse_mime_header_value("application/pdf; name=\"=?utf-8?B?Y2Fmw6kucGRm?=\"");
  EXPECT_EQ(v.param("name"), "café.pdf");
}

TEST(MimeParams, UnterminatedQuoteAndEmptyInputDoNotFail) {
  EXPECT_EQ(parse_mime_header_value("text/plain; charset=\"utf-8").param("charset"), "utf-8");
  EXPECT_EQ(parse_mime_header_value("").value, "");
}

}  // namespace
}  // namespace billet::parsers
