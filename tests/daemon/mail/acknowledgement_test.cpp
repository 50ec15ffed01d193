#include "common/utf8.h"
#include "daemon/mail/acknowledgement.h"

#include <gtest/gtest.h>

#include "parsers/message_parser.h"

namespace billet::daemon {
namespace {

class AckComposition : public ::testing::Test {
 protected:
  void SetUp() override {
    config.acks.templates_dir = BILLETD_SOURCE_DIR "/etc/templates";
    mailbox.name = "support";
    mailbox.kind = billet::Kind::kTicket;
    mailbox.address = "support@somum.com";
  }
  storage::OutboxEmail compose(const std::string& raw, int level, bool outside_hours, const std::string& language) {
    parsed = *parsers::parse_message(raw);
    AckRequest r;
    r.ticket_id = 42;
    r.kind = mailbox.kind;
    r.level = level;
    r.received = TimePoint{std::chrono::seconds{1796064446}};
    r.due = r.received + std::chrono::minutes{30};
    r.outside_hours = outside_hours;
    r.language = language;
    r.message = &parsed;
    r.mailbox = &mailbox;
    return compose_ack(r, *load_ack_templates(config.acks.templates_dir), config, calendar, r.received);
  }
  std::string body_of(const storage::OutboxEmail& e) { return parsers::parse_message(e.raw)->text; }

  Config config;
  MailboxConfig mailbox;
  triage::BusinessCalendar calendar = *make_calendar(config);
  parsers::ParsedMessage parsed;
};

TEST_F(AckComposition, UrgentOutsideHoursCarriesTheEmergencyNumberAndFeeNotice) {
  const auto e = compose("From: a@b.ca\nSubject: Panne\nMessage-ID: <x@b.ca>\n\nTout est en panne.\n", 1, true, "fr");
  const std::string body = body_of(e);
  EXPECT_NE(body.find("1-888-758-5708"), std::string::npos) << body;
  EXPECT_NE(body.find("Des frais de service peuvent être applicables"), std::string::npos);
}

TEST_F(AckComposition, AnUrgentComplaintOutsideHoursHasItsLevelTheEmergencyNumberAndCustomerServicesOwnLines) {
  mailbox.name = "sac";
  mailbox.kind = billet::Kind::kComplaint;
  mailbox.address = "SAC@somum.com";
  mailbox.from_name = "Service à la clientèle SOMUM";
  const auto e = compose("From: \"Gauthier, Annie (CISSS-HR)\" <a@b.ca>\nSubject: Personne ne repond au 1-888-905-6666\n\n"
                         "Personne ne repond.\n",
                         1, true, "fr");
  const std::string body = body_of(e);
  EXPECT_NE(body.find("Bonjour Annie Gauthier,"), std::string::npos) << body;
  EXPECT_NE(body.find("Niveau : 1"), std::string::npos) << body;
  EXPECT_NE(body.find("1-888-758-5708"), std::string::npos) << "policy section 4: every ack, complaints too";
  EXPECT_NE(body.find("Des frais de service peuvent être applicables"), std::string::npos);
  EXPECT_NE(body.find("Service à la clientèle : SAC@somum.com"), std::string::npos) << "not only the number that failed";
  EXPECT_EQ(body.find("Téléphone :"), std::string::npos) << "no phone line configured for this mailbox";
  EXPECT_EQ(parsers::parse_message(e.raw)->from.name, "Service à la clientèle SOMUM");
  mailbox.phone = "1-888-555-0100";
  EXPECT_NE(body_of(compose("From: a@b.ca\nSubject: P\n\nx\n", 3, false, "fr")).find("Téléphone : 1-888-555-0100"),
            std::string::npos);
}

// The worst sender costs one short email: a 64 KB subject, a name of 10,000 letters and a thread
// of 5,000 Message-IDs are not echoed back in full.
TEST_F(AckComposition, WhatIsEchoedOfTheSenderIsBoundedWhateverTheSenderWrote) {
  std::string subject;
  for (int i = 0; i < 8000; ++i) subject += "Panne \xc3\xa9";
  std::string references;
  for (int i = 0; i < 5000; ++i) references += " <r" + std::to_string(i) + "@b.ca>";
  const auto e = compose("From: \"" + std::string(10000, 'x') + "\" <a@b.ca>\nSubject: " + subject +
                             "\nMessage-ID: <last@b.ca>\nReferences:" + references + "\n\nTout est en panne.\n",
                         3, false, "fr");
  EXPECT_LT(e.raw.size(), 8000u) << "an ack is a few KB whatever came in";
  const auto sent = parsers::parse_message(e.raw);
  ASSERT_TRUE(sent.ok());
  EXPECT_NE(sent->subject.find("Panne \xc3\xa9"), std::string::npos) << "the subject is still recognisable";
  EXPECT_NE(sent->subject.find("\xe2\x80\xa6"), std::string::npos) << "and marked as cut";
  EXPECT_LT(sent->subject.size(), 300u);
  ASSERT_EQ(sent->references.size(), billet::daemon::kMaxEchoedReferences);
  EXPECT_EQ(sent->references.front(), "r0@b.ca") << "the thread's root is kept";
  EXPECT_EQ(sent->references.back(), "last@b.ca") << "and the message answered";
  EXPECT_NE(body_of(e).find("Bonjour,"), std::string::npos) << "a neutral greeting, not 10,000 letters";
}

// Policy (issue 11): acknowledgements are no relay. Reply-To is followed only within the From
// domain, or when the receiving server's Authentication-Results says dmarc=pass; what billetd
// echoes of the sender carries no link.
TEST_F(AckComposition, AReplyToOutsideTheSendersDomainIsNotFollowed) {
  const std::string spam = "From: \"Claim your prize at http://win.example\" <attacker@spam.example>\n"
                           "Reply-To: victim+1@example.org\nSubject: Win big at www.win.example now\n\nHi\n";
  const auto e = compose(spam, 4, false, "en");
  EXPECT_EQ(e.recipient, "attacker@spam.example");
  auto sent = *parsers::parse_message(e.raw);
  EXPECT_EQ(sent.to[0].name, "") << "a display name with a link is not echoed";
  EXPECT_EQ(sent.subject, "[SOMUM #42] Win big at […] now");
  EXPECT_EQ(body_of(e).find("www.win.example"), std::string::npos);

  EXPECT_EQ(compose("From: a@ville.qc.ca\nReply-To: it@ville.qc.ca\nSubject: s\n\nx\n", 4, false, "fr").recipient,
            "it@ville.qc.ca");
  EXPECT_EQ(compose("From: a@ville.qc.ca\nReply-To: it@mail.ville.qc.ca\nSubject: s\n\nx\n", 4, false, "fr").recipient,
            "it@mail.ville.qc.ca") << "a subdomain is the same organisation";
}

TEST_F(AckComposition, AReplyToElsewhereIsFollowedWhenOurServerSaysDmarcPassed) {
  const std::string passed =
      "Authentication-Results: mx.somum.com; spf=pass smtp.mailfrom=ville.qc.ca; dmarc=pass header.from=ville.qc.ca\n"
      "From: a@ville.qc.ca\nReply-To: helpdesk@partner.example\nSubject: s\n\nx\n";
  EXPECT_EQ(compose(passed, 4, false, "fr").recipient, "a@ville.qc.ca") << "no authserv-id trusted by default";
  config.acks.trusted_authserv_id = "mx.somum.com";
  EXPECT_EQ(compose(passed, 4, false, "fr").recipient, "helpdesk@partner.example");
  const std::string forged =
      "Authentication-Results: evil.example; dmarc=pass header.from=ville.qc.ca\n"
      "From: a@ville.qc.ca\nReply-To: helpdesk@partner.example\nSubject: s\n\nx\n";
  EXPECT_EQ(compose(forged, 4, false, "fr").recipient, "a@ville.qc.ca") << "another server's word counts for nothing";
  const std::string failed =
      "Authentication-Results: mx.somum.com; dmarc=fail header.from=ville.qc.ca\n"
      "From: a@ville.qc.ca\nReply-To: helpdesk@partner.example\nSubject: s\n\nx\n";
  EXPECT_EQ(compose(failed, 4, false, "fr").recipient, "a@ville.qc.ca");
  const std::string other_domain =
      "Authentication-Results: mx.somum.com; dmarc=pass header.from=spam.example\n"
      "From: a@ville.qc.ca\nReply-To: helpdesk@partner.example\nSubject: s\n\nx\n";
  EXPECT_EQ(compose(other_domain, 4, false, "fr").recipient, "a@ville.qc.ca") << "a pass for another From domain";
}

TEST_F(AckComposition, InsideHoursOrNotUrgentThereIsNoEmergencyNumber) {
  EXPECT_EQ(body_of(compose("From: a@b.ca\nSubject: P\n\nx\n", 1, false, "fr")).find("1-888-758-5708"), std::string::npos);
  EXPECT_EQ(body_of(compose("From: a@b.ca\nSubject: P\n\nx\n", 3, true, "fr")).find("1-888-758-5708"), std::string::npos);
}

TEST_F(AckComposition, UnclearLanguageGetsFrenchFirstThenEnglish) {
  const std::string body = body_of(compose("From: a@b.ca\nSubject: ?\n\n?\n", 4, false, ""));
  const size_t fr = body.find("Nous avons bien reçu");
  const size_t en = body.find("We have received");
  ASSERT_NE(fr, std::string::npos);
  ASSERT_NE(en, std::string::npos);
  EXPECT_LT(fr, en);
  EXPECT_EQ(body_of(compose("From: a@b.ca\nSubject: ?\n\n?\n", 4, false, "en")).find("Nous avons"), std::string::npos);
}

TEST_F(AckComposition, TheEnvelopeSenderIsConfigurable) {
  EXPECT_EQ(compose("From: a@b.ca\n\nx\n", 4, false, "fr").envelope_from, "support@somum.com");
  config.acks.envelope_sender = "bounces@somum.com";
  EXPECT_EQ(compose("From: a@b.ca\n\nx\n", 4, false, "fr").envelope_from, "bounces@somum.com");
}

TEST_F(AckComposition, EveryLineIsUnder998OctetsAndEndsInCrlf) {
  const auto e = compose("From: a@b.ca\nSubject: " + std::string(3000, 'x') + "\n\nx\n", 4, false, "");
  size_t start = 0;
  for (size_t end; (end = e.raw.find('\n', start)) != std::string::npos; start = end + 1) {
    EXPECT_GT(end, 0u);
    EXPECT_EQ(e.raw[end - 1], '\r');
    EXPECT_LT(end - start, 998u);
  }
}

}  // namespace
}  // namespace billet::daemon
