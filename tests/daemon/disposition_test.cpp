// What a message is, case by case: the message's shape and the facts the ingestor looked up go
// in, a disposition, a ticket and a note come out. No store, no network.
#include "daemon/disposition.h"

#include <gtest/gtest.h>

#include "parsers/message_parser.h"

namespace billet::daemon {
namespace {

using storage::Disposition;

struct Case {
  const char* name;
  // The message
  const char* from;
  const char* subject;
  const char* text;
  bool robot = false;
  bool bounce = false;
  bool defect = false;
  // The facts
  std::optional<int64_t> referenced;
  bool takes_part = false;
  bool own_address = false;
  Kind mailbox = Kind::kTicket;
  // Expected
  Disposition disposition = Disposition::kTicket;
  std::optional<int64_t> ticket;
  const char* note_has = "";
};

const Case kCases[] = {
    {"a new message opens a ticket", "client@ville.qc.ca", "Export", "L'export est vide.", false, false, false,
     std::nullopt, false, false, Kind::kTicket, Disposition::kTicket, std::nullopt, ""},
    {"on SAC@ it opens a complaint", "client@ville.qc.ca", "Attente", "Trop long.", false, false, false, std::nullopt,
     false, false, Kind::kComplaint, Disposition::kComplaint, std::nullopt, ""},
    {"a participant's message on a ticket is a reply", "client@ville.qc.ca", "Re: [SOMUM #6] Export", "Toujours vide.",
     false, false, false, 6, true, false, Kind::kTicket, Disposition::kReply, 6, ""},
    {"an outsider's is a third party's, noted", "outsider@evil.test", "Re: [SOMUM #6] Export", "Rouvrez.", false, false,
     false, 6, false, false, Kind::kTicket, Disposition::kThirdParty, 6, "not a participant"},
    {"an out-of-office is a robot, kept on its ticket", "client@ville.qc.ca", "Absent", "Je suis absent.", true, false,
     false, 6, true, false, Kind::kTicket, Disposition::kRobot, 6, "auto-submitted"},
    {"a robot without a ticket opens nothing", "noreply@vendor.test", "Newsletter", "Promo.", true, false, false,
     std::nullopt, false, false, Kind::kTicket, Disposition::kRobot, std::nullopt, ""},
    {"a bounce is a bounce even from a participant", "mailer-daemon@ville.qc.ca", "Undeliverable", "550", true, true,
     false, 6, true, false, Kind::kTicket, Disposition::kBounce, 6, ""},
    {"billetd's own address is a robot (no loop)", "support@somum.com", "Accusé", "Votre billet.", false, false, false,
     std::nullopt, false, true, Kind::kTicket, Disposition::kRobot, std::nullopt, "own address"},
    {"no usable sender is kept for review", "", "Panne", "Tout est en panne.", false, false, false, std::nullopt, false,
     false, Kind::kTicket, Disposition::kReview, std::nullopt, "no usable sender"},
    {"an empty message is kept for review", "client@ville.qc.ca", "", " \r\n", false, false, false, std::nullopt, false,
     false, Kind::kTicket, Disposition::kReview, std::nullopt, "empty message"},
    {"defects are noted on any disposition", "client@ville.qc.ca", "Export", "Vide.", false, false, true, std::nullopt,
     false, false, Kind::kTicket, Disposition::kTicket, std::nullopt, "defects: charset"},
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class Dispose : public ::testing::TestWithParam<Case> {};

TEST_P(Dispose, GivesTheDispositionTicketAndNoteOfItsCase) {
  const Case& c = GetParam();
  parsers::ParsedMessage m;
  m.from.address = c.from;
  m.subject = c.subject;
  m.text = c.text;
  m.new_text = c.text;
  if (c.robot) m.robot.reasons.push_back("auto-submitted: auto-replied");
  m.robot.is_bounce = c.bounce;
  if (c.defect) m.defects.push_back("charset: unknown x-foo read as UTF-8");
  MessageFacts facts;
  facts.referenced = c.referenced;
  facts.sender_takes_part = c.takes_part;
  facts.from_own_address = c.own_address;
  const Disposed d = dispose(m, facts, c.mailbox, AckConfig{});
  EXPECT_EQ(d.disposition, c.disposition) << storage::to_string(d.disposition);
  EXPECT_EQ(d.ticket_id, c.ticket);
  EXPECT_NE(d.note.find(c.note_has), std::string::npos) << d.note;
}

INSTANTIATE_TEST_SUITE_P(Cases, Dispose, ::testing::ValuesIn(kCases), [](const auto& param_info) {
  std::string name;
  for (const char* p = param_info.param.name; *p; ++p) name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
  return name;
});

// A website's contact form writes from a no-reply address for the person in Reply-To.
Disposed dispose_raw(const std::string& headers, const MessageFacts& facts = {}) {
  auto m = parsers::parse_message(headers + "Subject: Formulaire de contact\r\nMessage-ID: <f@forms>\r\n\r\n"
                                             "Nom : Lise Tardif\r\nMessage : l'export des contacts est vide depuis lundi.\r\n");
  EXPECT_TRUE(m.ok());
  return dispose(*m, facts, Kind::kTicket, AckConfig{});
}

TEST(DisposeForm, AFormsMessageForAPersonOpensATicketAndSaysWhoWroteIt) {
  const Disposed d = dispose_raw("From: no-reply@formulaires.ville.qc.ca\r\nReply-To: Lise Tardif <lise.tardif@gmail.com>\r\n");
  EXPECT_EQ(d.disposition, Disposition::kTicket) << d.note;
  EXPECT_NE(d.note.find("written through a form for lise.tardif@gmail.com"), std::string::npos) << d.note;
}

TEST(DisposeForm, AnyOtherRobotSignOrAReplyToThatIsNoPersonKeepsItARobot) {
  for (const char* headers : {
           "From: no-reply@formulaires.ville.qc.ca\r\n",                                                   // nobody named
           "From: no-reply@formulaires.ville.qc.ca\r\nReply-To: noreply@formulaires.ville.qc.ca\r\n",      // a robot again
           "From: no-reply@formulaires.ville.qc.ca\r\nReply-To: no-reply@formulaires.ville.qc.ca\r\n",     // itself
           "From: no-reply@news.example\r\nReply-To: sales@news.example\r\nList-Unsubscribe: <mailto:u@news.example>\r\n",
           "From: no-reply@x.example\r\nReply-To: a@b.example\r\nAuto-Submitted: auto-generated\r\n",
           "From: MAILER-DAEMON@mx.example\r\nReply-To: a@b.example\r\nReturn-Path: <>\r\n",
       })
    EXPECT_EQ(dispose_raw(headers).disposition, Disposition::kRobot) << headers;
  MessageFacts own;
  own.from_own_address = true;
  EXPECT_EQ(dispose_raw("From: no-reply@somum.com\r\nReply-To: a@b.example\r\n", own).disposition, Disposition::kRobot);
}

}  // namespace
}  // namespace billet::daemon
