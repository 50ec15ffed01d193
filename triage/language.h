#pragma once
// The language a client wrote in, from common words: "fr", "en", or "" when unclear.
#include <string>
#include <vector>

#include "triage/text_fold.h"

namespace billet::triage {

std::string detect_language(const std::string& subject, const std::string& text);
// The same, from texts already tokenized (the classifier's own tokens).
std::string detect_language(const std::vector<const std::vector<Token>*>& tokenized);

}  // namespace billet::triage
