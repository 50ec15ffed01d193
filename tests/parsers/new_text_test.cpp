#include "parsers/new_text.h"

#include <gtest/gtest.h>

namespace billet::parsers {
namespace {

TEST(NewText, SignatureAfterDashDashSpaceIsRemoved) {
  const auto s = split_new_text("Bonjour,\nça ne marche pas.\n\n-- \nJean\nEn cas d'urgence: 911");
  EXPECT_EQ(s.new_text, "Bonjour,\nça ne marche pas.");
  EXPECT_EQ(s.cut_at, "signature");
}

TEST(NewText, FrenchAttributionOnOneOrSeveralLines) {
  EXPECT_EQ(split_new_text("Merci!\n\nLe mar. 3 nov. 2026 à 10:12, Marie <m@x.ca> a écrit :\n> panne").new_text,
            "Merci!");
  EXPECT_EQ(split_new_text("Merci!\nLe mardi 3 novembre 2026, Marie Tremblay\n<m@x.ca> a\nécrit :\npanne").new_text,
            "Merci!");
}

// A reply whose first sentence starts like an attribution ("Le ...", "On ...") keeps it: the
// attribution below it is on its own line, after a blank line or not (after heldout149).
TEST(NewText, AnAuthorsSentenceStartingLikeAnAttributionIsKept) {
  const auto s = split_new_text(
      "Le problème n'est pas réglé : le site ne répond plus.\n\n"
      "Le 2 déc. 2026 à 16:00, Soutien SOMUM <support@somum.example> a écrit :\n> Billet résolu.");
  EXPECT_EQ(s.new_text, "Le problème n'est pas réglé : le site ne répond plus.");
  EXPECT_EQ(s.cut_at, "attribution");
  EXPECT_EQ(split_new_text("On our side nothing loads.\nOn Mon, Nov 2, 2026 at 9:00 AM Kevin <k@x.com> wrote:\n> down").new_text,
            "On our side nothing loads.");
}

TEST(NewText, ABottomPostedReplyKeepsTheAuthorsLinesBelowTheQuote) {
  const auto s = split_new_text(
      "Le mar. 3 nov. 2026 à 10:12, Soutien SOMUM <support@somum.com> a écrit :\n> Votre billet #12 est ouvert.\n"
      "> Merci.\n\nÇa ne fonctionne toujours pas : plus personne ne peut se connecter.\n\n-- \nJean\n");
  EXPECT_EQ(s.new_text, "Ça ne fonctionne toujours pas : plus personne ne peut se connecter.");
  EXPECT_EQ(s.cut_at, "bottom-post");
}

TEST(NewText, AnInterleavedReplyKeepsEveryLineTheAuthorWroteBetweenQuotes) {
  const auto s = split_new_text(
      "On Mon, Nov 2, 2026 at 9:00 AM Support <support@somum.com> wrote:\n> Which browser?\nChrome 131.\n"
      "> Since when?\nSince this morning, every workstation.\n");
  EXPECT_EQ(s.new_text, "Chrome 131.\nSince this morning, every workstation.");
}

TEST(NewText, EnglishAttribution) {
  const auto s = split_new_text("Thanks.\n\nOn Mon, Nov 2, 2026 at 9:00 AM Kevin <k@x.com> wrote:\n> down");
  EXPECT_EQ(s.new_text, "Thanks.");
  EXPECT_EQ(s.cut_at, "attribution");
}

TEST(NewText, OriginalMessageSeparators) {
  EXPECT_EQ(split_new_text("Merci.\n-----Message d'origine-----\nDe : X\nurgent").new_text, "Merci.");
  EXPECT_EQ(split_new_text("Thanks.\n-----Original Message-----\nFrom: X\ndown").new_text, "Thanks.");
  EXPECT_EQ(split_new_text("FYI\n---------- Forwarded message ---------\nFrom: a").cut_at, "forwarded");
}

TEST(NewText, OutlookHeaderBlocksInFrenchAndEnglish) {
  EXPECT_EQ(split_new_text("Bonjour\n\n________________________________\nDe : Caroline <c@x.ca>\n"
                           "Envoyé : jeudi 12 novembre 2026 16:41\nÀ : Simon\nObjet : panne")
                .new_text,
            "Bonjour");
  EXPECT_EQ(split_new_text("Hi\nFrom: Kevin <k@x.com>\nSent: Monday\nTo: a\nSubject: down").new_text, "Hi");
  // NBSP before the colon, as French Outlook writes it.
  EXPECT_EQ(split_new_text("Salut\nDe\xC2\xA0: X\nEnvoy\xC3\xA9\xC2\xA0: lundi").new_text, "Salut");
}

// An incident form's "From: 08:00 / To: ongoing" is the author's: a quoted header's From names
// someone and a date or a subject follows it; blank lines may part its fields.
TEST(NewText, AFormsFromAndToTimesAreNoQuotedHeader) {
  EXPECT_EQ(split_new_text("Incident form\nFrom: 08:00\nTo: ongoing\nImpact: nobody can log in").new_text,
            "Incident form\nFrom: 08:00\nTo: ongoing\nImpact: nobody can log in");
  EXPECT_EQ(split_new_text("Période\nDe : 8 h\nÀ : 10 h\nImpact : aucun envoi").cut_at, "");
  EXPECT_EQ(split_new_text("Hi\n\nFrom: Kevin <k@x.com>\n\nSent: Monday\n\nTo: a\n\nSubject: down").new_text, "Hi");
  EXPECT_EQ(split_new_text("Hi\nFrom: Kevin\nTo: Support\nCc: IT\nSubject: down\nall down").new_text, "Hi");
}

TEST(NewText, QuotedLinesAreDroppedWhereverTheyAre) {
  const auto s = split_new_text("> tout est en panne\nMa réponse\n>> critique\nSuite");
  EXPECT_EQ(s.new_text, "Ma réponse\nSuite");
  EXPECT_TRUE(s.removed_quote_lines);
}

TEST(NewText, OrdinaryTextIsKeptWhole) {
  const auto s = split_new_text("De 8 h à 16 h, rien ne part.\nOn a tout essayé.");
  EXPECT_EQ(s.new_text, "De 8 h à 16 h, rien ne part.\nOn a tout essayé.");
  EXPECT_EQ(s.cut_at, "");
}

// heldout88/014: "TR: Appels / Voir plus bas, c'est pareil pour nous." over a forwarded original
// that tells the failure: the author's few words make it theirs.
TEST(NewText, AFewWordsThatAdoptAForwardedOriginalKeepItsTextWithoutItsHeader) {
  const auto s = split_new_text(
      "Voir plus bas, c'est pareil pour nous.\n\n-----Message d'origine-----\nDe : Chef aux opérations\n"
      "Envoyé : 4 décembre 2026 07:02\nÀ : ti@ville.example\nObjet : Appels\n\n"
      "Les appels se coupent au bout de 3 secondes, les textos passent.\n\n-- \nChef");
  EXPECT_TRUE(s.adopted_original);
  EXPECT_EQ(s.new_text, "Voir plus bas, c'est pareil pour nous.\n\nLes appels se coupent au bout de 3 secondes, les textos passent.");
  const auto fw = split_new_text(
      "Same here.\n\n---------- Forwarded message ---------\nFrom: Town Clerk\nDate: Fri, Dec 4, 2026\n"
      "Subject: replies\nTo: it@town.example\n\nReplies no longer show in the inbox.\n> older quote");
  EXPECT_EQ(fw.new_text, "Same here.\n\nReplies no longer show in the inbox.");
}

// heldout254/007: a resident's complaint forwarded under "This is happening to everyone who calls in".
TEST(NewText, AForwardToldAsWhatHappensHereIsAdopted) {
  const auto fw = split_new_text(
      "Forwarding you what residents are telling us. This is happening to everyone who calls in.\n\nMark\n\n"
      "---------- Forwarded message ----------\nFrom: resident\nSubject: Your alerts\n\n"
      "The phone rang four times last night with a recording of nothing, just silence.");
  EXPECT_TRUE(fw.adopted_original);
  EXPECT_NE(fw.new_text.find("recording of nothing"), std::string::npos) << fw.new_text;
  const auto tr = split_new_text(
      "Ça arrive à tout le monde ici.\n\n-----Message d'origine-----\nDe : Citoyen\nObjet : Alertes\n\n"
      "Le téléphone sonne et personne ne parle.");
  EXPECT_TRUE(tr.adopted_original);
}

// heldout535: forwards handed to support with a pointer and nothing of the author's own.
TEST(NewText, AForwardHandedOverToSupportIsAdopted) {
  const char* original = "\n\n-----Original Message-----\nFrom: Kim Roy\nSent: Friday\nSubject: Outage\n\nThe site is down for everyone.";
  for (const char* words : {"FYI, see below.", "Please have a look at the note below when you can.",
                            "Je vous transfère le courriel de notre coordonnateur.", "Our IT forwarded this. Please act now."}) {
    const auto fw = split_new_text(std::string(words) + original);
    EXPECT_TRUE(fw.adopted_original) << words;
    EXPECT_EQ(fw.new_text, std::string(words) + "\n\nThe site is down for everyone.");
  }
  const auto quoted = split_new_text(
      "Bonjour,\n\nUne citoyenne nous signale ceci :\n\n> De : Citoyenne <c@x.ca>\n> La voix prononce mal le nom.\n\n"
      "Merci d'y voir.");
  EXPECT_TRUE(quoted.adopted_original);
  EXPECT_NE(quoted.new_text.find("Merci d'y voir.\n\nLa voix prononce mal le nom."), std::string::npos) << quoted.new_text;
  EXPECT_EQ(quoted.new_text.find("Citoyenne <"), std::string::npos) << "the quoted header's fields stay out";
  const auto reply = split_new_text("See below.\n\nOn Mon, Nov 2, 2026 at 9:00 AM Kevin <k@x.com> wrote:\n> down");
  EXPECT_FALSE(reply.adopted_original) << "a quoted reply is never adopted";
  const auto interleaved = split_new_text("Thanks.\n> Is it down?\nNo, all fine.");
  EXPECT_FALSE(interleaved.adopted_original) << "quoted lines nobody points at stay out";
}

TEST(NewText, AForwardTheAuthorDoesNotAdoptOrDescribesAtLengthStaysCut) {
  const char* original = "\n\n-----Original Message-----\nFrom: Kim Roy\nSent: Friday\nSubject: Outage\n\nThe site is down for everyone.";
  EXPECT_EQ(split_new_text(std::string("Resolved since, see below for your records.") + original).new_text,
            "Resolved since, see below for your records.");
  EXPECT_EQ(split_new_text(std::string("Pour info, avis ci-dessous. Rien à faire de votre côté.") + original).new_text,
            "Pour info, avis ci-dessous. Rien à faire de votre côté.");
  EXPECT_EQ(split_new_text(std::string("Does this affect our account? See below.") + original).new_text,
            "Does this affect our account? See below.")
      << "a question is the author's own report";
  EXPECT_EQ(split_new_text(std::string("Urgent from finance, see below: we need the PO number by noon.") + original).new_text,
            "Urgent from finance, see below: we need the PO number by noon.")
      << "the author points, then tells it in their own words";
  const std::string long_words =
      "We had the same problem last spring and our IT team solved it on our side by changing the proxy, so this is "
      "only for your records and needs nothing from you.";
  EXPECT_EQ(split_new_text(long_words + original).new_text, long_words) << "more than 25 words tell their own story";
  const auto reply = split_new_text("Same here.\n\nOn Mon, Nov 2, 2026 at 9:00 AM Kevin <k@x.com> wrote:\n> down");
  EXPECT_EQ(reply.new_text, "Same here.") << "a quoted reply is not adopted";
  EXPECT_FALSE(reply.adopted_original);
}

}  // namespace
}  // namespace billet::parsers
