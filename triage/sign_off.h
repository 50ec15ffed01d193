#pragma once
// The sign-off block at the end of a message (closing words, name, title, department, phone),
// which carries no claim about the problem: « Direction des urgences », "Information Security
// Analyst" must not weigh in the triage even without a "-- " separator.
#include <string>
#include <string_view>

namespace billet::triage {

// `text` without its sign-off: from the last closing line of at most 4 words ("Merci", "Thanks,",
// "Regards", « Cordialement », « Merci de vérifier. ») when at most 8 lines of at most 6 words
// follow it and words come before it; else from a last paragraph of at most 5 lines whose first
// is a name ("Pierre Morin", 2 to 4 capitalised words) and none of which ends a sentence (a name
// and a title: "Directeur, Service de sécurité incendie et des urgences"). `text` unchanged
// otherwise. Linear.
std::string without_sign_off(std::string_view text);

}  // namespace billet::triage
