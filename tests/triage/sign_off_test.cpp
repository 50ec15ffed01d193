// The author's words end before the sign-off: a closing line, a name-and-title block, and a legal
// notice at the end (whose "received in error" and « immédiatement » are no report).
#include "triage/sign_off.h"

#include <gtest/gtest.h>

namespace billet::triage {
namespace {

TEST(SignOff, AClosingLineAndWhatFollowsItAreCut) {
  EXPECT_EQ(without_sign_off("Les textos ne partent plus.\n\nMerci,\nJulie Morin\nUrgence municipale"), "Les textos ne partent plus.\n\n");
}

TEST(SignOff, ALettersFormalClosingFormulaIsASignOff) {
  EXPECT_EQ(without_sign_off("Madame, Monsieur,\n\nLe tri des contacts ignore les accents.\n\nVeuillez agréer, Madame, Monsieur, "
                             "l'expression de nos sentiments distingués.\n\nRoger Fortin\nGreffier"),
            "Madame, Monsieur,\n\nLe tri des contacts ignore les accents.\n\n");
  EXPECT_EQ(without_sign_off("The export is empty.\n\nYours faithfully,\n\nAnn Lee\nClerk"), "The export is empty.\n\n");
  const std::string request = "Bonjour,\n\nNous avons un nouvel employé.\n\nVeuillez agréer notre demande d'accès pour lui.";
  EXPECT_EQ(without_sign_off(request), request) << "a request, no regards named";
}

TEST(SignOff, ANameAndTitleBlockWithoutAClosingWordIsCut) {
  EXPECT_EQ(without_sign_off("Les textos ne partent plus.\n\nJulie Morin\nDirectrice des urgences"), "Les textos ne partent plus.\n\n");
}

// A title of more than six words under the name ("Chief, Public Safety - CRITICAL RESPONSE
// TEAM") is still the sign-off; a long line after a closing that is no name is the author's.
TEST(SignOff, ALongTitleLineUnderTheNameIsPartOfTheSignOff) {
  EXPECT_EQ(without_sign_off("Please add a user.\n\nBest,\nRon Diaz\nChief, Public Safety Office - CRITICAL RESPONSE TEAM"),
            "Please add a user.\n\n");
  EXPECT_EQ(without_sign_off("Ajoutez un usager.\n\nMerci,\nJosée Roy\nDirectrice, Sécurité civile et gestion des urgences | Ville"),
            "Ajoutez un usager.\n\n");
  const std::string report = "Bonjour\n\nMerci,\nle site est en panne, personne ne peut entrer depuis midi";
  EXPECT_EQ(without_sign_off(report), report) << "no name after the closing: the long line is the author's";
}

// Pasted machine output (every line of a paragraph indented) is not the author's: "ERROR" and
// "CRITICAL" in a log of the client's own server claim nothing.
TEST(SignOff, APastedIndentedBlockIsNotTheAuthorsWords) {
  EXPECT_EQ(without_pasted_blocks("Our server logged this:\n\n  ERROR smtp timeout\n\tCRITICAL queue full\n\nIs it you?"),
            "Our server logged this:\n\n\n\n\nIs it you?");
  const std::string mixed = "Log:\n  ERROR one\nthe sends fail\n  ERROR two";
  EXPECT_EQ(without_pasted_blocks(mixed), mixed) << "a paragraph with a line of the author's stays whole";
  const std::string all_indented = "  Nothing loads.\n\n  Every page fails.";
  EXPECT_EQ(without_pasted_blocks(all_indented), all_indented) << "a mail indented throughout is the author's";
}

TEST(SignOff, AConfidentialityNoticeAtTheEndIsCutWithItsSeparatorAndTheSignOffBeforeIt) {
  const std::string french =
      "Aucun envoi ne part depuis 11 h.\n\nJulie Morin\nConseillère en communication\n\n-----\nAVIS DE CONFIDENTIALITÉ : Ce "
      "courriel est confidentiel. Si vous avez reçu ce message par erreur, veuillez en aviser l'expéditeur immédiatement.";
  EXPECT_EQ(without_sign_off(french), "Aucun envoi ne part depuis 11 h.\n\n");
  const std::string english =
      "The map is slow.\n\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in "
      "error, please notify the sender and delete it.\n\nAVIS : Ce courriel est confidentiel; s'il vous est parvenu par erreur, "
      "détruisez-le.";
  EXPECT_EQ(without_sign_off(english), "The map is slow.\n\n");
}

TEST(SignOff, TheMailAppsLastLineGoesAndTheNameBlockBeforeItWithIt) {
  EXPECT_EQ(without_sign_off("Les textos partent en retard.\n\nJulie Morin\nDirectrice des urgences\n\nEnvoyé de mon iPhone"),
            "Les textos partent en retard.\n\n");
  EXPECT_EQ(without_sign_off("Can you train our clerk?\n\nGet Outlook for Android"), "Can you train our clerk?\n\n");
  EXPECT_EQ(without_sign_off("Sent from my iPhone"), "Sent from my iPhone") << "nothing written before it";
}

TEST(SignOff, AWarningBannerAboutAnOutsideSenderAtTheTopIsNoPartOfTheMessage) {
  const std::string english =
      "CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you "
      "recognize the sender.\n\nHi, how do I add a user?";
  EXPECT_EQ(author_words(english), "Hi, how do I add a user?");
  const std::string french =
      "ATTENTION : Ce courriel provient de l'extérieur de l'organisation. Ne cliquez pas sur les liens. Méfiez-vous de "
      "l'hameçonnage.\n\nBonjour, comment ajouter un utilisateur?\n\nMerci\nJulie";
  EXPECT_EQ(author_words(french), "Bonjour, comment ajouter un utilisateur?\n\n");
  const std::string crlf = "CAUTION: This email originated from outside the organization. Do not click links.\r\n\r\nHi.";
  EXPECT_EQ(author_words(crlf), "Hi.") << "CRLF lines";
  const std::string report = "Our staff got a phishing email from outside the organization with links to click.\n\nPlease check.";
  EXPECT_EQ(std::string(without_banner(report)), report) << "a report about such a mail names no outside sender warning";
}

TEST(SignOff, AReportThatSpeaksOfConfidentialDataIsKept) {
  const std::string report = "Our confidential contact list was sent in error to another town.\n\nPlease call us.";
  EXPECT_EQ(without_sign_off(report), report) << "the only paragraph with words is the report";
  const std::string last = "Hello,\n\nOur confidential contact list was sent in error to another town; please delete it from there.";
  EXPECT_EQ(without_sign_off(last), last) << "a report names no message of its own";
  const std::string notice_only = "CONFIDENTIALITY NOTICE: if you received this in error, delete it.";
  EXPECT_EQ(without_sign_off(notice_only), notice_only) << "nothing written before it: nothing to cut to";
}

}  // namespace
}  // namespace billet::triage
