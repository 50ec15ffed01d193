#pragma once
// What a message holds besides its author's words: the sign-off block at the end (closing words,
// name, title, department, phone, legal notice, the mail app's footer) and a mail system's warning
// banner at the top, which carry no claim about the problem: « Direction des urgences », "Information Security
// Analyst" must not weigh in the triage even without a "-- " separator.
#include <string>
#include <string_view>

namespace billet::triage {

// `text` without its sign-off. First a last line the mail app adds ("Sent from my iPhone") and a
// legal notice among the last 3 paragraphs (confidentiality, the message itself, what a recipient
// in error must do) go, when words come before them. Then from the last closing line of at most 4
// words ("Merci", "Thanks,", "Regards", « Cordialement », « Merci de vérifier. ») when at most 8
// lines of at most 6 words follow it and words come before it; else from a last paragraph of at
// most 5 lines whose first is a name ("Pierre Morin", 2 to 4 capitalised words) and none of which
// ends a sentence (a name and a title: "Directeur, Service de sécurité incendie et des urgences").
// `text` unchanged otherwise. Linear.
std::string without_sign_off(std::string_view text);

// `text` without a first paragraph (at most 600 bytes) that is a mail system's warning about a
// sender from outside the organisation ("CAUTION: This email originated from outside of the
// organization. Do not click links...", « Ce courriel provient de l'extérieur de l'organisation »);
// `text` unchanged otherwise. A view into `text`.
std::string_view without_banner(std::string_view text);

// `text` without its pasted blocks: paragraphs whose every line is indented (two spaces or a tab),
// as log lines, error output and JSON are pasted ("  2026-12-04 02:14 ERROR smtp timeout"); the
// machine's words, not the author's. Unchanged when every paragraph is indented. Linear.
std::string without_pasted_blocks(std::string_view text);

// The author's own words for the triage: `text` without a warning banner at the top, without
// pasted blocks and without its sign-off (closing, name block, legal notice, "Sent from my
// iPhone") at the end.
std::string author_words(std::string_view text);

}  // namespace billet::triage
