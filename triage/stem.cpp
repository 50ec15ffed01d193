#include "triage/stem.h"

#include <libstemmer.h>

#include <memory>
#include <unordered_map>

namespace billet::triage {
namespace {

// Step 2's suffixes (after a plural s/x is gone), longest first: the first that leaves
// kMinFrenchStem letters is the one removed.
constexpr std::string_view kFrenchSuffixes[] = {
    "issaient", "issement", "eraient", "iraient", "issent", "issait", "issais",
    "eront",    "erais",    "erait",   "eriez",   "ement",   "ation",  "aient",  "iere",   "able",   "ante",
    "erai",     "erez",     "ait",     "ais",     "ant",     "age",    "ent",    "iez",    "era",    "ee",
    "er",       "ez",       "ir",      "e"};

struct SnowballDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

}  // namespace

std::string french_stem(std::string_view word) {
  std::string stem(word);
  auto ends_with = [&](std::string_view suffix) {
    return stem.size() >= suffix.size() && stem.compare(stem.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  // Step 1: the plural mark, so that a plural and its singular lose the same suffix next; a
  // final -ons (nous arrivons) is a verb ending or the plural of a noun in -on (boutons), and
  // step 2 removes -on from that noun too. Nouns in -ion (connexions) keep -ion.
  if (ends_with("ons") && !ends_with("ions") && stem.size() >= 3 + kMinFrenchStem) stem.pop_back();
  else if (stem.size() > kMinFrenchStem && (stem.back() == 's' || stem.back() == 'x')) stem.pop_back();
  if (ends_with("on") && !ends_with("ion") && stem.size() >= 2 + kMinFrenchStem) {
    stem.resize(stem.size() - 2);
    if (stem.back() == 'y') stem.back() = 'i';
    return stem;
  }
  // Step 2: one inflection or derivation suffix.
  for (const std::string_view suffix : kFrenchSuffixes) {
    if (stem.size() >= suffix.size() + kMinFrenchStem && stem.compare(stem.size() - suffix.size(), suffix.size(), suffix) == 0) {
      stem.resize(stem.size() - suffix.size());
      break;
    }
  }
  // The past participle of an -ir verb: parti, reparti, sorti, réussi (partir, sortir, réussir);
  // a final i after a vowel stays (envoi, appui: envoyer and appuyer end in i below).
  if (stem.size() > kMinFrenchStem && stem.back() == 'i' && std::string_view("aeiouy").find(stem[stem.size() - 2]) == std::string_view::npos)
    stem.pop_back();
  if (!stem.empty() && stem.back() == 'y') stem.back() = 'i';
  return stem;
}

std::string english_stem(std::string_view word) {
  thread_local const std::unique_ptr<sb_stemmer, SnowballDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
  if (!stemmer || word.empty()) return std::string(word);
  const sb_symbol* out =
      sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (!out) return std::string(word);  // out of memory in the stemmer: the word itself
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(stemmer.get())));
}

namespace {
thread_local std::unordered_map<std::string, Stems> stem_cache;
}  // namespace

const Stems& stems_of(const std::string& word) {
  if (word.size() > kMaxCachedWordBytes) {
    thread_local Stems uncached;
    uncached = Stems{french_stem(word), english_stem(word)};
    return uncached;
  }
  if (const auto found = stem_cache.find(word); found != stem_cache.end()) return found->second;
  if (stem_cache.size() >= kStemCacheWords) stem_cache.clear();
  return stem_cache.emplace(word, Stems{french_stem(word), english_stem(word)}).first->second;
}

size_t stem_cache_words() { return stem_cache.size(); }

}  // namespace billet::triage
