#include "triage/rules.h"

#include <gtest/gtest.h>

namespace billet::triage {
namespace {

TEST(Rules, TheShippedRulesFileLoads) {
  auto rules = load_rules_file(BILLETD_SOURCE_DIR "/etc/rules.toml");
  ASSERT_TRUE(rules.ok()) << rules.error().message;
  EXPECT_GE(rules->rules.size(), 8u);
  EXPECT_FALSE(rules->markers.empty());
  EXPECT_FALSE(rules->urgency_words.empty());
}

TEST(Rules, ASyntaxErrorNamesItsLine) {
  auto rules = parse_rules("[matching]\nsubject_weight = 2\n\n[[rule]\nid = \"x\"\n", "bad.toml");
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.error().code, "rules.syntax");
  EXPECT_NE(rules.error().message.find("bad.toml:4"), std::string::npos) << rules.error().message;
}

TEST(Rules, AnInvalidRuleNamesItsLineAndWhatIsWrong) {
  auto rules = parse_rules("[[rule]]\nid = \"a\"\nlevel = 1\nphrases = [\"x\"]\n\n[[rule]]\nid = \"b\"\nlevel = 7\nphrases = [\"y\"]\n",
                           "r.toml");
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.error().code, "rules.invalid");
  EXPECT_NE(rules.error().message.find("line 6"), std::string::npos) << rules.error().message;
  EXPECT_NE(rules.error().message.find("level must be"), std::string::npos);
}

TEST(Rules, ABadPatternIsReported) {
  auto rules = parse_rules("[[rule]]\nid = \"a\"\nlevel = 1\nphrases = [\"ok\", \"* starts with a gap\"]\n", "p.toml");
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.error().message.find("line 4"), std::string::npos) << rules.error().message;
}

TEST(Rules, TransparentWordsAreReadFoldedAndABadListNamesItsLine) {
  const std::string rule = "[[rule]]\nid = \"a\"\nlevel = 1\nphrases = [\"x\"]\n";
  auto ok = parse_rules("[matching]\ntransparent = [\"Still\", \"déjà\"]\n" + rule, "r.toml");
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(ok->transparent, (WordSet{"still", "deja"}));
  auto bad = parse_rules("[matching]\nsubject_weight = 2.0\ntransparent = [\"still\", 3]\n" + rule, "r.toml");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("line 3"), std::string::npos) << bad.error().message;
  EXPECT_NE(bad.error().message.find("matching.transparent must hold strings"), std::string::npos) << bad.error().message;
}

TEST(Rules, ALevelForOnePersonMustLieBetweenTheRulesLevelAndFour) {
  const std::string rule = "[[rule]]\nid = \"a\"\nlevel = 2\nphrases = [\"x\"]\none_part_level = ";
  auto ok = parse_rules(rule + "3\n", "r.toml");
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(ok->rules.front().one_part_level, 3);
  for (const char* bad : {"1", "5"}) {
    auto rules = parse_rules(rule + bad + "\n", "r.toml");
    ASSERT_FALSE(rules.ok()) << bad;
    EXPECT_NE(rules.error().message.find("one_part_level"), std::string::npos) << rules.error().message;
  }
  auto absent = parse_rules("[[rule]]\nid = \"a\"\nlevel = 1\nphrases = [\"x\"]\n", "r.toml");
  ASSERT_TRUE(absent.ok());
  EXPECT_EQ(absent->rules.front().one_part_level, 0) << "the rule's own level whoever it concerns";
}

TEST(Rules, AScopesLevelForOneFeatureMustLieBetweenItsLevelAndFour) {
  const std::string scope = "[[rule]]\nid = \"r\"\nlevel = 2\nphrases = [\"x\"]\n\n[[scope]]\nid = \"s\"\nlevel = 1\nphrases = [\"y\"]\none_feature_level = ";
  auto ok = parse_rules(scope + "2\n", "r.toml");
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(ok->scopes.front().one_feature_level, 2);
  auto bad = parse_rules(scope + "0\n", "r.toml");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("one_feature_level"), std::string::npos) << bad.error().message;
}

TEST(Rules, AScopeMaySizeOnlyChangedStatesAndAnyOtherSizesValueIsRefusedWithItsLine) {
  const std::string scope = "[[rule]]\nid = \"r\"\nlevel = 2\nphrases = [\"x\"]\n\n[[scope]]\nid = \"s\"\nlevel = 1\nphrases = [\"y\"]\nsizes = ";
  auto ok = parse_rules(scope + "\"changed\"\n", "r.toml");
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_TRUE(ok->scopes.front().sizes_changed_only);
  auto bad = parse_rules(scope + "\"failures\"\n", "r.toml");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("sizes"), std::string::npos) << bad.error().message;
  EXPECT_NE(bad.error().message.find("line 10"), std::string::npos) << bad.error().message;
  auto absent = parse_rules("[[rule]]\nid = \"r\"\nlevel = 2\nphrases = [\"x\"]\n\n[[scope]]\nid = \"s\"\nlevel = 1\nphrases = [\"y\"]\n", "r.toml");
  ASSERT_TRUE(absent.ok());
  EXPECT_FALSE(absent->scopes.front().sizes_changed_only) << "a scope sizes failures unless told otherwise";
}

TEST(Rules, AFileWithoutRulesIsRefused) {
  EXPECT_FALSE(parse_rules("[matching]\nsubject_weight = 2\n", "empty.toml").ok());
  EXPECT_EQ(load_rules_file("/nonexistent/rules.toml").error().code, "rules.unreadable");
}

}  // namespace
}  // namespace billet::triage
