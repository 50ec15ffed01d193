#pragma once
// Word stems for rules that name a word "in all its forms" (pattern syntax ~word): fonctionne,
// fonctionnent, fonctionnait, fonctionnement are one word; so are fail, fails, failed, failing.
//
// Words arrive folded (triage/text_fold.h: lower case, no accents), so the stemmers work on
// folded words:
// - English: Snowball's English (Porter 2) stemmer (libstemmer), which needs no accents.
// - French: a light suffix stemmer of our own, because Snowball's French stemmer reads accents
//   we have folded away ("bloquee" and "bloque" stay apart) and keeps the third person plural
//   ("fonctionnent", "partent", "bloquent": the commonest form in a failure report) apart from
//   its singular. It strips one inflection or derivation suffix (conjugation endings, -ement,
//   -ation, -age, feminine and plural marks), longest first, keeping at least kMinFrenchStem
//   letters, drops the i of an -ir verb's participle after a consonant (parti, sorti, réussi)
//   and writes a final y as i (envoyer, envoie).
// Thread-safe: each thread has its own Snowball stemmer and its own bounded cache.
#include <cstddef>
#include <string>
#include <string_view>

namespace billet::triage {

inline constexpr size_t kMinFrenchStem = 4;

struct Stems {
  std::string french;
  std::string english;
};

std::string french_stem(std::string_view folded_word);
std::string english_stem(std::string_view folded_word);

// Both stems of a folded word, from this thread's cache (at most kStemCacheWords words of at most
// kMaxCachedWordBytes bytes; cleared when full; a longer word is stemmed each time, not kept, so a
// hostile text of long distinct words leaves at most kStemCacheWords * kMaxCachedWordBytes behind).
// The reference is valid until this thread's next call.
inline constexpr size_t kStemCacheWords = 20000;
inline constexpr size_t kMaxCachedWordBytes = 64;
const Stems& stems_of(const std::string& folded_word);

// The words this thread's cache holds (for tests of its bound).
size_t stem_cache_words();

}  // namespace billet::triage
