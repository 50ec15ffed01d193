#include "parsers/message_parser.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "parsers/charset.h"

namespace billet::parsers {
namespace {

ParsedMessage parse_ok(const std::string& raw) {
  auto r = parse_message(raw);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? *r : ParsedMessage{};
}

TEST(MessageParser, ReadsTheEnvelopeHeadersOfASimpleMessage) {
  const auto m = parse_ok(
      "Return-Path: <client@ville.qc.ca>\r\n"
      "From: =?utf-8?Q?H=C3=A9l=C3=A8ne?= Caron <hcaron@ville.qc.ca>\r\n"
      "Reply-To: Service <service@ville.qc.ca>\r\n"
      "To: support@somum.com\r\nCc: a@b.c, d@e.f\r\n"
      "Subject: =?utf-8?Q?Lenteur_de_la_page?=\r\n Rapports\r\n"
      "Date: Tue, 17 Nov 2026 12:41:07 +0000\r\n"
      "Message-ID: <abc@ville.qc.ca>\r\nIn-Reply-To: <ack-1@billetd.somum.com>\r\n"
      "References: <x@y> <ack-1@billetd.somum.com>\r\n"
      "\r\nBonjour,\r\nla page est lente.\r\n");
  EXPECT_EQ(m.from.name, "Hélène Caron");
  EXPECT_EQ(m.from.address, "hcaron@ville.qc.ca");
  ASSERT_EQ(m.reply_to.size(), 1u);
  EXPECT_EQ(m.reply_to[0].address, "service@ville.qc.ca");
  EXPECT_EQ(m.cc.size(), 2u);
  EXPECT_EQ(m.subject, "Lenteur de la page Rapports");
  EXPECT_EQ(m.message_id, "abc@ville.qc.ca");
  EXPECT_EQ(m.in_reply_to, "ack-1@billetd.somum.com");
  EXPECT_EQ(m.references, (std::vector<std::string>{"x@y", "ack-1@billetd.somum.com"}));
  EXPECT_EQ(m.date_unix, 1794919267);
  EXPECT_EQ(m.return_path, "client@ville.qc.ca");
  EXPECT_EQ(m.text, "Bonjour,\nla page est lente.");
  EXPECT_FALSE(m.robot.is_robot());
}

TEST(MessageParser, APlainTextBounceFromAMailerDaemonIsABounceWithTheReturnedMessageId) {
  const auto r = parse_message(
      "Return-Path: <>\nFrom: MAILER-DAEMON@mx.example\nSubject: failure notice\nMessage-ID: <own@mx>\n\n"
      "Hi. This is the qmail-send program at mx.example.\nI'm afraid I wasn't able to deliver your message.\n\n"
      "--- Below this line is a copy of the message.\n\nFrom: SAC@somum.com\nMessage-ID: <ack-7@billetd>\n\nBonjour\n");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->robot.is_bounce);
  EXPECT_EQ(r->robot.bounced_message_id, "ack-7@billetd");
}

TEST(MessageParser, AMailerDaemonMessageThatReportsNoFailureIsARobotButNoBounce) {
  const auto r = parse_message("From: postmaster@mx.example\nSubject: Weekly quota report\n\nYou use 40 %.\n");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->robot.is_robot());
  EXPECT_FALSE(r->robot.is_bounce);
}

// Issue 12: content lost or unsafe in some shapes.
TEST(MessageParser, AByteOrderMarkBeforeTheHeadersHidesNothing) {
  const auto r = parse_message("\xEF\xBB\xBF" "From: a@ville.qc.ca\nSubject: Bonjour\n\nLe texte.\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->subject, "Bonjour");
  EXPECT_EQ(r->from.address, "a@ville.qc.ca");
  EXPECT_EQ(r->text, "Le texte.");
}

TEST(MessageParser, ControlAndDirectionOverrideCharactersNeverReachTheText) {
  const auto r = parse_message(
      "From: =?utf-8?q?Eve=E2=80=AEtxt=2Eexe?= <e@x.ca>\nSubject: =?utf-8?q?Facture_=E2=80=AEfdp=2Eexe?=\n"
      "Content-Type: text/plain; charset=utf-8\n\nAvant\x1b]0;titre\x07" "apr\xc3\xa8s\ttab\x7f\nligne\xc2\x85 deux\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "Avant]0;titreapr\xc3\xa8s\ttab\nligne deux");
  EXPECT_EQ(r->subject, "Facture fdp.exe");
  EXPECT_EQ(r->from.name.find("\xE2\x80\xAE"), std::string::npos);
  bool defect = false;
  for (const auto& d : r->defects) defect = defect || d.rfind("text.controls:", 0) == 0;
  EXPECT_TRUE(defect);
}

TEST(MessageParser, AMediaTypeWithoutSubtypeIsOctetStreamAndKeepsItsName) {
  const auto r = parse_message(
      "From: a@b.c\nContent-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\nvoir\n"
      "--B\nContent-Type: application-x-gzip; name=\"journal.gz\"\nContent-Transfer-Encoding: base64\n\nH4sI\n--B--\n");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->attachments.size(), 1u);
  EXPECT_EQ(r->attachments[0].media_type, "application/octet-stream");
  EXPECT_EQ(r->attachments[0].filename, "journal.gz");
}

TEST(MessageParser, APartWithoutANameGetsOneFromItsPlaceAndType) {
  const auto r = parse_message(
      "From: a@b.c\nContent-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\nvoir\n"
      "--B\nContent-Type: application/pdf\nContent-Disposition: attachment\n\n%PDF\n"
      "--B\nContent-Type: message/delivery-status\n\nAction: failed\n--B--\n");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->attachments.size(), 2u);
  EXPECT_EQ(r->attachments[0].filename, "part-1.bin");
  EXPECT_EQ(r->attachments[1].filename, "part-2.txt");
}

TEST(MessageParser, ANewsArticleIsReadLikeAForwardedMessage) {
  const auto r = parse_message(
      "From: a@b.c\nContent-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\nvoir\n"
      "--B\nContent-Type: message/news\n\nNewsgroups: comp.x\nSubject: Serveur en panne\nFrom: c@d.e\n\n"
      "Le serveur ne repond plus.\n--B--\n");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->attachments.size(), 1u);
  EXPECT_EQ(r->attachments[0].filename, "Serveur en panne.eml");
  EXPECT_NE(r->attachments[0].embedded_text.find("ne repond plus"), std::string::npos);
}

TEST(MessageParser, AnHtmlMessageFollowedByAPlainSignatureInMixedKeepsBothInOrder) {
  const auto r = parse_message(
      "From: a@b.c\nContent-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/html\n\n"
      "<p>Plus personne ne peut se connecter depuis 8 h.</p>\n--B\nContent-Type: text/plain\n\n"
      "Ce courriel a \xc3\xa9t\xc3\xa9 analys\xc3\xa9 par la passerelle.\n--B--\n");
  ASSERT_TRUE(r.ok());
  const size_t message = r->text.find("Plus personne ne peut se connecter");
  const size_t signature = r->text.find("passerelle");
  ASSERT_NE(message, std::string::npos) << r->text;
  ASSERT_NE(signature, std::string::npos) << r->text;
  EXPECT_LT(message, signature);
  EXPECT_NE(r->html.find("<p>Plus personne"), std::string::npos);
}

// mimetic ends every open multipart at an outer delimiter: an inner multipart left open took all
// the parts after it with it (text and attachments lost).
TEST(MessageParser, AnInnerMultipartWhoseBoundaryNeverAppearsLeavesItsSiblingsAtTheirOwnLevel) {
  const auto m = parse_ok(
      "From: a@b.ca\r\nSubject: t\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
      "--outer\r\nContent-Type: multipart/alternative; boundary=\"inner\"\r\n\r\nFirst words.\r\n"
      "--outer\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSibling text that must survive.\r\n"
      "--outer\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
      "Content-Disposition: attachment; filename=\"a.pdf\"\r\n\r\n"
      "JVBERi0=\r\n--outer--\r\n");
  const size_t first = m.text.find("First words.");
  const size_t sibling = m.text.find("Sibling text that must survive.");
  ASSERT_NE(first, std::string::npos) << m.text;
  ASSERT_NE(sibling, std::string::npos) << m.text;
  EXPECT_LT(first, sibling);
  ASSERT_EQ(m.attachments.size(), 1u);
  EXPECT_EQ(m.attachments[0].filename, "a.pdf");
  EXPECT_EQ(m.attachments[0].bytes, "%PDF-");
  EXPECT_NE(std::find_if(m.defects.begin(), m.defects.end(),
                         [](const std::string& d) { return d.rfind("structure.unclosed_multipart", 0) == 0; }),
            m.defects.end());
}

TEST(MessageParser, MultipartsNeverClosedAtTwoLevelsKeepEveryLaterPart) {
  const auto m = parse_ok(
      "From: a@b.ca\nSubject: t\nContent-Type: multipart/mixed; boundary=A\n\n"
      "--A\nContent-Type: multipart/related; boundary=B\n\n"
      "--B\nContent-Type: multipart/alternative; boundary=C\n\n"
      "--C\nContent-Type: text/plain\n\nInner text.\n"
      "--A\nContent-Type: text/plain\nContent-Disposition: attachment; filename=notes.txt\n\nnotes\n"
      "--A\nContent-Type: text/plain\n\nLast words.\n--A--\n");
  EXPECT_NE(m.text.find("Inner text."), std::string::npos) << m.text;
  EXPECT_NE(m.text.find("Last words."), std::string::npos) << m.text;
  ASSERT_EQ(m.attachments.size(), 1u);
  EXPECT_EQ(m.attachments[0].filename, "notes.txt");
}

TEST(MessageParser, AWellFormedNestedMessageIsNotRepaired) {
  const auto m = parse_ok(
      "From: a@b.ca\nSubject: t\nContent-Type: multipart/mixed; boundary=A\n\n"
      "--A\nContent-Type: multipart/alternative; boundary=B\n\n--B\nContent-Type: text/plain\n\nHello.\n"
      "--B\nContent-Type: text/html\n\n<p>Hello.</p>\n--B--\n"
      "--A\nContent-Type: message/rfc822\n\nFrom: c@d.ca\nSubject: inner\nContent-Type: multipart/mixed; boundary=C\n\n"
      "--C\nContent-Type: text/plain\n\nForwarded.\n--C--\n--A--\n");
  EXPECT_EQ(m.text.find("Forwarded."), std::string::npos) << "the forwarded message is an attachment";
  ASSERT_EQ(m.attachments.size(), 1u);
  EXPECT_NE(m.attachments[0].embedded_text.find("Forwarded."), std::string::npos);
  for (const auto& d : m.defects) EXPECT_EQ(d.rfind("structure.", 0), std::string::npos) << d;
}

TEST(MessageParser, FormatFlowedParagraphsAreJoinedAndFixedLinesKept) {
  const auto m = parse_ok(
      "From: a@b.ca\nSubject: t\nContent-Type: text/plain; charset=utf-8; format=flowed\n\n"
      "Depuis ce matin, plus personne ne \nparvient à se connecter à la \nplateforme.\n"
      "\n"
      "Liste :\n"
      " From the start, stuffed.\n"
      "> Le message cité est \n> sur deux lignes.\n"
      "-- \nJulie\n");
  EXPECT_NE(m.text.find("Depuis ce matin, plus personne ne parvient à se connecter à la plateforme.\n\nListe :\n"),
            std::string::npos)
      << m.text;
  EXPECT_NE(m.text.find("\nFrom the start, stuffed.\n"), std::string::npos) << "one stuffing space removed";
  EXPECT_NE(m.text.find("> Le message cité est sur deux lignes.\n"), std::string::npos) << m.text;
  EXPECT_NE(m.text.find("-- \nJulie"), std::string::npos) << "the signature separator never flows";
  EXPECT_EQ(m.new_text.find("Le message cité"), std::string::npos) << "quotes still recognised: " << m.new_text;
}

TEST(MessageParser, FormatFlowedWithDelSpDropsTheSoftBreakSpace) {
  const auto m = parse_ok("From: a@b.ca\nSubject: t\nContent-Type: text/plain; format=flowed; delsp=yes\n\n"
                          "東京の事務所から送りま \nした。\nEnd\n");
  EXPECT_NE(m.text.find("東京の事務所から送りました。\nEnd"), std::string::npos) << m.text;
}

TEST(MessageParser, AnInlineUuencodedFileIsAnAttachmentAndLeavesTheText) {
  // "Cat" uuencoded: begin 644 cat.txt / #0V%T / ` / end
  const auto m = parse_ok("From: a@b.ca\nSubject: t\n\nVoici le journal.\n\nbegin 644 logs/cat.txt\n#0V%T\n`\nend\n\nMerci.\n");
  ASSERT_EQ(m.attachments.size(), 1u);
  EXPECT_EQ(m.attachments[0].filename, "cat.txt") << "no path from the sender";
  EXPECT_EQ(m.attachments[0].bytes, "Cat");
  EXPECT_NE(m.text.find("Voici le journal."), std::string::npos) << m.text;
  EXPECT_NE(m.text.find("Merci."), std::string::npos) << m.text;
  EXPECT_EQ(m.text.find("begin 644"), std::string::npos) << m.text;
}

TEST(MessageParser, ABeginLineWithoutAWellFormedBlockStaysText) {
  const auto m = parse_ok("From: a@b.ca\nSubject: t\n\nbegin 644 notes.txt\nthis is not uuencode {}\nend\n");
  EXPECT_TRUE(m.attachments.empty());
  EXPECT_NE(m.text.find("this is not uuencode"), std::string::npos) << m.text;
  const auto cut = parse_ok("From: a@b.ca\nSubject: t\n\nbegin 644 cut.bin\n#0V%T\n");
  EXPECT_TRUE(cut.attachments.empty()) << "no end line: kept as text";
}

// One character ISO-2022-JP cannot map (0x2D21, an NEC extension) is replaced alone: the text
// after it stays in step, and the defect says what was done (not "read as windows-1252").
TEST(MessageParser, AnUnmappableIso2022JpCharacterIsReplacedAloneAndSaid) {
  const auto m = parse_ok(std::string("From: a@b.jp\nSubject: t\nContent-Type: text/plain; charset=ISO-2022-JP\n\n") +
                          "\x1b$BF|K\\-!8l$G$9\x1b(B ok\n");
  EXPECT_NE(m.text.find("日本\xEF\xBF\xBD語です ok"), std::string::npos) << m.text;
  ASSERT_FALSE(m.defects.empty());
  bool said = false;
  for (const auto& d : m.defects) {
    EXPECT_EQ(d.find("windows-1252"), std::string::npos) << d;
    said = said || d.rfind("charset.replaced: 1 character(s)", 0) == 0;
  }
  EXPECT_TRUE(said);
}

// Shift_JIS bytes under an ISO-2022-JP label (a common mislabel): read as Shift_JIS, no C1
// control, nothing dropped.
TEST(MessageParser, ShiftJisLabelledIso2022JpIsReadAsShiftJis) {
  const auto m = parse_ok("From: =?iso-2022-jp?B?k4yLnoLMjpaWsY+K?= <a@b.jp>\nSubject: =?iso-2022-jp?B?k4yLnoLMjpaWsY+K?=\n\nx\n");
  EXPECT_EQ(m.subject, "東京の事務所");
  EXPECT_EQ(m.from.name, "東京の事務所");
}

TEST(MessageParser, AlternativePrefersPlainTextAndKeepsHtml) {
  const auto m = parse_ok(
      "From: a@b.c\nSubject: alt\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n"
      "--b1\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
      "caf=E9 plain\n--b1\nContent-Type: text/html; charset=utf-8\n\n<p>caf\xC3\xA9 html</p>\n--b1--\n");
  EXPECT_EQ(m.text, "café plain");
  EXPECT_NE(m.html.find("html"), std::string::npos);
}

TEST(MessageParser, HtmlOnlyMessageBecomesReadableText) {
  const auto m = parse_ok(
      "From: a@b.c\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
      "PHA+Qm9uam91ciAmYW1wOyBtZXJjaTwvcD48c2NyaXB0PngoKTwvc2NyaXB0Pg==\n");
  EXPECT_EQ(m.text, "Bonjour & merci");
}

TEST(MessageParser, AttachmentsAreDecodedWithTheirNames) {
  const auto m = parse_ok(
      "From: a@b.c\nContent-Type: multipart/mixed; boundary=XYZ\n\n--XYZ\nContent-Type: text/plain\n\nvoir PJ\n"
      "--XYZ\nContent-Type: application/pdf; name=\"ignored.pdf\"\nContent-Disposition: attachment;\n"
      " filename*=utf-8''capture%20%C3%A9cran.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQ=\n"
      "--XYZ\nContent-Type: image/png\nContent-ID: <img1@x>\nContent-Disposition: inline\n"
      "Content-Transfer-Encoding: base64\n\niVBORw==\n--XYZ--\n");
  EXPECT_EQ(m.text, "voir PJ");
  ASSERT_EQ(m.attachments.size(), 2u);
  EXPECT_EQ(m.attachments[0].filename, "capture écran.pdf");
  EXPECT_EQ(m.attachments[0].media_type, "application/pdf");
  EXPECT_EQ(m.attachments[0].bytes, "%PDF-1.4");
  EXPECT_EQ(m.attachments[1].content_id, "img1@x");
  EXPECT_TRUE(m.attachments[1].is_inline);
  EXPECT_EQ(m.attachments[1].bytes.size(), 4u);
}

TEST(MessageParser, ForwardedMessageIsAnAttachmentWithReachableText) {
  const auto m = parse_ok(
      "From: a@b.c\nSubject: Fwd\nContent-Type: multipart/mixed; boundary=F\n\n--F\nContent-Type: text/plain\n\n"
      "see attached\n--F\nContent-Type: message/rfc822\n\nFrom: orig@x.y\nSubject: =?utf-8?Q?Origine_=C3=A9?=\n\n"
      "original body\n--F--\n");
  ASSERT_EQ(m.attachments.size(), 1u);
  EXPECT_EQ(m.attachments[0].media_type, "message/rfc822");
  EXPECT_EQ(m.attachments[0].embedded_subject, "Origine é");
  EXPECT_EQ(m.attachments[0].embedded_from, "orig@x.y");
  EXPECT_EQ(m.attachments[0].embedded_text, "original body");
  EXPECT_EQ(m.attachments[0].filename, "Origine é.eml");
}

TEST(MessageParser, DeliveryStatusReportIsABounceNamingTheOriginal) {
  const auto m = parse_ok(
      "From: MAILER-DAEMON@mx.example (Mail Delivery System)\nReturn-Path: <>\nSubject: Undelivered\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=R\n\n"
      "--R\nContent-Type: text/plain\n\nCould not deliver.\n"
      "--R\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\nStatus: 5.1.1\n"
      "--R\nContent-Type: text/rfc822-headers\n\nFrom: support@somum.com\nMessage-ID: <ack-42@billetd.somum.com>\n"
      "--R--\n");
  EXPECT_TRUE(m.robot.is_bounce);
  EXPECT_TRUE(m.robot.is_robot());
  EXPECT_EQ(m.robot.bounced_message_id, "ack-42@billetd.somum.com");
  EXPECT_EQ(m.return_path, "");
}

TEST(MessageParser, RobotHeadersAreEvidence) {
  for (const char* header : {"Auto-Submitted: auto-replied", "Precedence: bulk", "List-Id: <l.x.y>",
                             "List-Unsubscribe: <mailto:u@x>", "X-Autoreply: yes",
                             "X-Auto-Response-Suppress: DR, OOF"}) {
    const auto m = parse_ok(std::string("From: person@x.y\n") + header + "\n\nbody\n");
    EXPECT_TRUE(m.robot.is_robot()) << header;
  }
  EXPECT_FALSE(parse_ok("From: person@x.y\nAuto-Submitted: no\n\nbody\n").robot.is_robot());
  EXPECT_FALSE(parse_ok("From: person@x.y\nPrecedence: first-class\n\nbody\n").robot.is_robot());
  EXPECT_TRUE(parse_ok("From: No-Reply@monitor.io\n\nbody\n").robot.is_robot());
  EXPECT_TRUE(parse_ok("From: postmaster@x.y\n\nbody\n").robot.is_robot());
}

TEST(MessageParser, NewTextLeavesQuotesOut) {
  const auto m = parse_ok("From: a@b.c\n\nMa question.\n\nLe lun. 2 nov. 2026, X <x@y> a écrit :\n> panne\n");
  EXPECT_EQ(m.new_text, "Ma question.");
  EXPECT_NE(m.text.find("panne"), std::string::npos);
}

TEST(MessageParser, UnknownBodyCharsetFallsBackAndIsReported) {
  const auto m = parse_ok("From: a@b.c\nContent-Type: text/plain; charset=x-martian\n\ncaf\xE9\n");
  EXPECT_EQ(m.text, "café");
  ASSERT_FALSE(m.defects.empty());
  EXPECT_NE(m.defects[0].find("charset.fallback"), std::string::npos);
}

TEST(MessageParser, EmptyAndOversizedInputsAreClearErrors) {
  EXPECT_EQ(parse_message("").error().code, "parse.empty");
  EXPECT_EQ(parse_message(" \r\n\r\n").error().code, "parse.empty");
  ParseLimits small;
  small.max_message_bytes = 10;
  EXPECT_EQ(parse_message("From: a@b.c\n\nlonger than ten bytes", small).error().code, "parse.too_large");
}

}  // namespace
}  // namespace billet::parsers
