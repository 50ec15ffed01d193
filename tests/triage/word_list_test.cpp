#include "triage/word_list.h"

#include <gtest/gtest.h>

#include <string>

namespace billet::triage {
namespace {

TEST(WordList, HoldsExactlyItsWords) {
  const WordList sent = {"sent", "went", "envoye", "delivered", "a"};
  for (const char* w : {"sent", "went", "envoye", "delivered", "a"}) EXPECT_TRUE(sent.contains(w)) << w;
  for (const char* w : {"", "sen", "sents", "tnes", "envoyee", "A", "b", "delivere"})
    EXPECT_FALSE(sent.contains(w)) << w;
  EXPECT_EQ(sent.count("went"), 1u);
  EXPECT_EQ(sent.count("gone"), 0u);
}

// The filter lets through words that only share its bit; the list still tells them apart.
TEST(WordList, AWordThatPassesTheFilterIsStillComparedWhole) {
  const WordList one = {"abc"};
  size_t passed_filter_only = 0;
  for (char first = 'a'; first <= 'z'; ++first)
    for (char last = 'a'; last <= 'z'; ++last) {
      const std::string w{first, 'b', last};
      EXPECT_EQ(one.contains(w), w == "abc") << w;
      passed_filter_only += w != "abc" && (first * 7 + last * 13) % 256 == ('a' * 7 + 'c' * 13) % 256;
    }
  EXPECT_GT(passed_filter_only, 0u) << "the words must include some that share the filter's bit";
}

TEST(WordList, AnEmptyListHoldsNothing) {
  const WordList none = {};
  EXPECT_FALSE(none.contains(""));
  EXPECT_FALSE(none.contains("a"));
}

}  // namespace
}  // namespace billet::triage
