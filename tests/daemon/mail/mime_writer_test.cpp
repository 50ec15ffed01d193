#include "daemon/mail/mime_writer.h"

#include <gtest/gtest.h>

#include "parsers/message_parser.h"

namespace billet::daemon {
namespace {

TEST(MimeWriter, ClientTextNeverBringsALineBreakIntoAHeader) {
  EXPECT_EQ(one_line("Sujet\r\nBcc: victim@x\r\n"), "Sujet Bcc: victim@x");
  const std::string encoded = encode_header_text("Réponse\r\nBcc: x@y", 9);
  EXPECT_EQ(encoded.find("\r\nBcc"), std::string::npos);
}

TEST(MimeWriter, NonAsciiHeadersBecomeEncodedWordsThatDecodeBack) {
  const std::string subject = "[SOMUM #12] Impossible d’accéder à la plateforme — « urgent » 🚨 " + std::string(80, 'x');
  OutgoingMessage m;
  m.from_name = "Soutien SOMUM";
  m.from_address = "support@somum.com";
  m.to_name = "Hélène \"la boss\" Côté";
  m.to_address = "hcote@ville.qc.ca";
  m.subject = subject;
  m.message_id = "1.abc@billetd.somum.com";
  m.body = "Bonjour,\n\nLigne avec é et une très longue ligne " + std::string(300, 'y') + "\n.ligne qui commence par un point\n";
  const std::string raw = render_message(m, TimePoint{std::chrono::seconds{1796064446}});
  for (size_t start = 0, end; (end = raw.find("\r\n", start)) != std::string::npos; start = end + 2)
    EXPECT_LE(end - start, 78u) << raw.substr(start, end - start);
  auto parsed = parsers::parse_message(raw);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->subject, subject);
  EXPECT_EQ(parsed->to[0].name, "Hélène \"la boss\" Côté");
  EXPECT_EQ(parsed->to[0].address, "hcote@ville.qc.ca");
  EXPECT_NE(parsed->text.find("Ligne avec é"), std::string::npos);
  EXPECT_NE(parsed->text.find(std::string(300, 'y')), std::string::npos);
  EXPECT_NE(parsed->text.find("\n.ligne qui commence"), std::string::npos);
  EXPECT_EQ(parsed->message_id, "1.abc@billetd.somum.com");
  EXPECT_NE(raw.find("Date: Mon, 30 Nov 2026 18:47:26 +0000\r\n"), std::string::npos);
}

TEST(MimeWriter, QuotedPrintableEncodesTrailingSpaceAndEquals) {
  EXPECT_EQ(encode_quoted_printable("a=b \nc"), "a=3Db=20\r\nc\r\n");
  EXPECT_EQ(encode_quoted_printable("é"), "=C3=A9\r\n");
}

TEST(MimeWriter, OnlyPlainAddressesAreSafe) {
  EXPECT_TRUE(is_safe_address("a.b+c@ville.qc.ca"));
  EXPECT_FALSE(is_safe_address("a@b\r\nBcc: c@d"));
  EXPECT_FALSE(is_safe_address("<a@b>"));
  EXPECT_FALSE(is_safe_address("a b@c"));
  EXPECT_FALSE(is_safe_address("nobody"));
  EXPECT_FALSE(is_safe_address("a@b,c@d"));
}

TEST(MimeWriter, MessageIdsAreUniqueOnTheDomain) {
  const std::string a = new_message_id("billetd.somum.com");
  EXPECT_NE(a, new_message_id("billetd.somum.com"));
  EXPECT_NE(a.find("@billetd.somum.com"), std::string::npos);
}

}  // namespace
}  // namespace billet::daemon
