#pragma once
// The language a client wrote in, from common words: "fr", "en", or "" when unclear.
#include <string>

namespace billet::triage {

std::string detect_language(const std::string& subject, const std::string& text);

}  // namespace billet::triage
