#include "parsers/charset.h"

#include <gtest/gtest.h>

namespace billet::parsers {
namespace {

TEST(Charset, ValidUtf8IsRecognisedAndBrokenSequencesAreNot) {
  EXPECT_TRUE(is_valid_utf8("Québec ✓ 🎉"));
  EXPECT_FALSE(is_valid_utf8("\xC3"));              // truncated
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
}

TEST(Charset, Latin1LabelIsReadAsWindows1252) {
  EXPECT_EQ(to_utf8("caf\xE9 \x80 \x93ok\x94", "ISO-8859-1"), "café € “ok”");
  EXPECT_EQ(to_utf8("\xE9t\xE9", "latin1"), "été");
}

TEST(Charset, IconvCharsetsConvertToUtf8) {
  EXPECT_EQ(to_utf8("\xA4", "iso-8859-15"), "€");
  EXPECT_EQ(to_utf8("\xB1", "iso-8859-2"), "ą");
  EXPECT_EQ(to_utf8("\x9A", "windows-1250"), "š");
  EXPECT_EQ(to_utf8("\xCF\xF0\xE8\xE2\xE5\xF2", "windows-1251"), "Привет");
  EXPECT_EQ(to_utf8("\xF0\xD2\xC9\xD7\xC5\xD4", "koi8-r"), "Привет");
  EXPECT_EQ(to_utf8("\xC4\xE3\xBA\xC3", "gb2312"), "你好");
  EXPECT_EQ(to_utf8("\x82\xB1\x82\xF1", "shift_jis"), "こん");
  EXPECT_EQ(to_utf8("\x1B$B$3$s\x1B(B", "iso-2022-jp"), "こん");
  EXPECT_EQ(to_utf8("\xC7\xD1", "ks_c_5601-1987"), "한");
  EXPECT_EQ(to_utf8("\xA7\x41", "big5"), "你");
}

TEST(Charset, UnknownLabelFallsBackToWindows1252AndSaysSo) {
  bool fallback = false;
  EXPECT_EQ(to_utf8("\xE9", "x-no-such-charset", &fallback), "é");
  EXPECT_TRUE(fallback);
}

TEST(Charset, Utf8TextUnderALyingLabelStaysUtf8) {
  bool fallback = false;
  EXPECT_EQ(to_utf8("déjà", "koi8-u-nope", &fallback), "déjà");
  EXPECT_EQ(to_utf8("déjà", "us-ascii"), "déjà");
}

TEST(Charset, InvalidUtf8UnderAUtf8LabelIsRepairedNeverEmitted) {
  const std::string out = to_utf8("ok \xE9t\xE9 \xC3\xA9", "utf-8");
  EXPECT_TRUE(is_valid_utf8(out));
  EXPECT_EQ(out, "ok été é");
}

TEST(Charset, MostlyUtf8BytesCutInMidCharacterKeepTheirText) {
  EXPECT_EQ(best_effort_utf8("Картинка \xD1", ""), "Картинка Ñ");
  EXPECT_EQ(best_effort_utf8("caf\xE9", ""), "café");
}

TEST(Charset, LabelsAreNormalised) {
  EXPECT_EQ(normalize_charset(" \"UTF8\" "), "utf-8");
  EXPECT_EQ(normalize_charset("iso-8859-8-i"), "iso-8859-8");
  EXPECT_EQ(normalize_charset("us-ascii*en"), "us-ascii");
}

}  // namespace
}  // namespace billet::parsers
