#include "triage/language.h"

#include <unordered_set>

#include "triage/text_fold.h"

namespace billet::triage {

std::string detect_language(const std::vector<const std::vector<Token>*>& tokenized) {
  static const std::unordered_set<std::string> kFrench = {"le", "la", "les", "des", "est", "et", "une", "pour", "dans", "nous",
                                                "vous", "pas", "sur", "avec", "que", "qui", "je", "bonjour", "merci",
                                                "depuis", "notre", "nos", "ne", "plus", "au", "du"};
  static const std::unordered_set<std::string> kEnglish = {"the", "and", "is", "are", "to", "of", "we", "you", "our", "with",
                                                 "for", "this", "that", "it", "hi", "hello", "thanks", "since",
                                                 "can", "not", "in", "on", "please", "have"};
  int fr = 0, en = 0;
  for (const std::vector<Token>* tokens : tokenized)
    for (const Token& t : *tokens) {
      if (kFrench.count(t.folded)) ++fr;
      if (kEnglish.count(t.folded)) ++en;
    }
  if (fr + en < 3) return "";
  if (fr >= 2 * en) return "fr";
  if (en >= 2 * fr) return "en";
  return "";
}

std::string detect_language(const std::string& subject, const std::string& text) {
  const std::vector<Token> a = tokenize(subject), b = tokenize(text);
  return detect_language({&a, &b});
}

}  // namespace billet::triage
