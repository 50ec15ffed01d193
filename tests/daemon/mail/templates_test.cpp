#include "daemon/mail/templates.h"

#include <gtest/gtest.h>

#include "daemon/mail/acknowledgement.h"

namespace billet::daemon {
namespace {

const std::set<std::string> kVars = {"ticket_id", "due"};
const std::set<std::string> kSections = {"outside_hours"};

TEST(Templates, PlaceholdersAndSectionsRender) {
  auto t = Template::parse("Billet {{ticket_id}}, d'ici le {{due}}.{{#outside_hours}} Urgence: 911.{{/outside_hours}}",
                           "t.txt", kVars, kSections);
  ASSERT_TRUE(t.ok()) << t.error().message;
  EXPECT_EQ(t->render({{"ticket_id", "7"}, {"due", "lundi"}}, {}), "Billet 7, d'ici le lundi.");
  EXPECT_EQ(t->render({{"ticket_id", "7"}, {"due", "lundi"}}, {"outside_hours"}), "Billet 7, d'ici le lundi. Urgence: 911.");
}

TEST(Templates, ErrorsAreFoundAtLoadWithTheirLine) {
  auto unknown = Template::parse("ligne 1\nligne 2 {{tiket_id}}\n", "ack.txt", kVars, kSections);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().message, "ack.txt:2: unknown placeholder {{tiket_id}}");
  EXPECT_FALSE(Template::parse("{{#outside_hours}} never closed", "a", kVars, kSections).ok());
  EXPECT_FALSE(Template::parse("{{/outside_hours}}", "a", kVars, kSections).ok());
  EXPECT_FALSE(Template::parse("{{ticket_id", "a", kVars, kSections).ok());
  EXPECT_EQ(Template::load("/nonexistent.txt", kVars, kSections).error().code, "template.unreadable");
}

TEST(Templates, TheShippedAcknowledgementTemplatesLoad) {
  auto t = load_ack_templates(BILLETD_SOURCE_DIR "/etc/templates");
  ASSERT_TRUE(t.ok()) << t.error().message;
}

TEST(Templates, TheShippedAcknowledgementsReadWellWithAnySectionOnOrOff) {
  auto t = load_ack_templates(BILLETD_SOURCE_DIR "/etc/templates");
  ASSERT_TRUE(t.ok()) << t.error().message;
  const std::vector<std::string> names = {"urgent", "outside_hours", "too_large", "contact_phone"};
  for (const Template* which : {&t->ticket_fr, &t->ticket_en, &t->complaint_fr, &t->complaint_en})
    for (unsigned on = 0; on < 16; ++on) {
      std::set<std::string> sections;
      for (unsigned i = 0; i < names.size(); ++i)
        if (on & (1u << i)) sections.insert(names[i]);
      const std::string text = which->render({{"ticket_id", "7"}}, sections);
      EXPECT_EQ(text.find("\n\n\n"), std::string::npos) << "sections " << on << ":\n" << text;
      EXPECT_EQ(text.find("{{"), std::string::npos);
    }
}

TEST(Templates, ClientsAreGreetedByTheirNameAsPeopleWriteIt) {
  EXPECT_EQ(greeting_name("Julie Tremblay"), "Julie Tremblay");
  EXPECT_EQ(greeting_name("Tremblay, Julie"), "Julie Tremblay");
  EXPECT_EQ(greeting_name("Wilson, Mark"), "Mark Wilson");
  EXPECT_EQ(greeting_name("Gauthier, Annie (CISSS-HR)"), "Annie Gauthier");
  EXPECT_EQ(greeting_name("\"Côté, Hélène\""), "Hélène Côté");
  EXPECT_EQ(greeting_name("Jean-François O'Neil"), "Jean-François O'Neil");
  EXPECT_EQ(greeting_name("  Marie   Lavoie "), "Marie Lavoie");
  EXPECT_EQ(greeting_name(""), "");
  EXPECT_EQ(greeting_name("client@ville.qc.ca"), "") << "an address is no name";
  EXPECT_EQ(greeting_name("Claim your prize at http://win.example"), "") << "nor a sentence with a link";
  EXPECT_EQ(greeting_name("Service 24/7"), "");
  EXPECT_EQ(greeting_name("A, B, C"), "");
  EXPECT_EQ(greeting_name("un deux trois quatre cinq six"), "");
  EXPECT_EQ(greeting_name("Tremblay (unclosed"), "");
}

TEST(Templates, TargetsReadAsPeopleSayThem) {
  using std::chrono::minutes;
  EXPECT_EQ(target_words(minutes{30}, false, "fr"), "30 minutes");
  EXPECT_EQ(target_words(minutes{60}, false, "fr"), "1 heure");
  EXPECT_EQ(target_words(minutes{180}, false, "fr"), "3 heures");
  EXPECT_EQ(target_words(minutes{480}, false, "en"), "8 hours");
  EXPECT_EQ(target_words(minutes{960}, true, "fr"), "2 jours ouvrables");
  EXPECT_EQ(target_words(minutes{960}, true, "en"), "2 business days");
}

}  // namespace
}  // namespace billet::daemon
