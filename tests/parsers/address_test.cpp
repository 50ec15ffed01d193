#include "parsers/address.h"

#include <gtest/gtest.h>

namespace billet::parsers {
namespace {

TEST(Addresses, NameAndAngleAddress) {
  EXPECT_EQ(parse_first_address("\"Bélanger, Sophie\" <sb@ville.qc.ca>"), (Address{"Bélanger, Sophie", "sb@ville.qc.ca"}));
  EXPECT_EQ(parse_first_address("Joe Q. Public <john.q.public@example.com>"),
            (Address{"Joe Q. Public", "john.q.public@example.com"}));
}

TEST(Addresses, BareAddressWithCommentName) {
  EXPECT_EQ(parse_first_address("jdoe@one.test (John Doe)"), (Address{"John Doe", "jdoe@one.test"}));
  EXPECT_EQ(parse_first_address("  plain@example.com "), (Address{"", "plain@example.com"}));
}

TEST(Addresses, EncodedDisplayNames) {
  EXPECT_EQ(parse_first_address("=?utf-8?Q?Andr=C3=A9?= <a@b.c>"), (Address{"André", "a@b.c"}));
  EXPECT_EQ(parse_first_address("\"=?utf-8?Q?Andr=C3=A9?=\" <a@b.c>"), (Address{"André", "a@b.c"}));
}

TEST(Addresses, ColonsAndCommasInsideEncodedWordsAreText) {
  EXPECT_EQ(parse_first_address("=?utf-8?Q?Jos=C3=A9e=0D=0ABcc:_x@y,_z?= <josee@v.ca>"),
            (Address{"Josée Bcc: x@y, z", "josee@v.ca"}));
}

TEST(Addresses, ListsGroupsAndUnquotedCommas) {
  const auto list = parse_address_list("A <a@x>, b@y, Friends: c@z, D <d@w>;, Doe, John <j@x>");
  ASSERT_EQ(list.size(), 5u);
  EXPECT_EQ(list[0].address, "a@x");
  EXPECT_EQ(list[1].address, "b@y");
  EXPECT_EQ(list[2].address, "c@z");
  EXPECT_EQ(list[3], (Address{"D", "d@w"}));
  EXPECT_EQ(list[4], (Address{"Doe, John", "j@x"}));
}

TEST(Addresses, BrokenInputNeverFails) {
  EXPECT_TRUE(parse_address_list("").empty());
  EXPECT_EQ(parse_first_address("<unterminated@x").address, "unterminated@x");
  EXPECT_EQ(parse_first_address("\"unterminated <a@b>"), (Address{"unterminated", "a@b"}));
}

// Broken From lines seen in other projects' corpora (and in the comparison with Python's email
// package, bench/compare_python_email.py).
TEST(Addresses, TwoAddressesWithoutACommaAreTwoNotOneGluedTogether) {
  const auto list = parse_address_list("tim@powerupdev.com concierge@powerupdev.com");
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].address, "tim@powerupdev.com");
  EXPECT_EQ(list[1].address, "concierge@powerupdev.com");
}

TEST(Addresses, WordsBeforeABareAddressAreItsName) {
  EXPECT_EQ(parse_first_address("Big Bug bb@bug.com"), (Address{"Big Bug", "bb@bug.com"}));
  EXPECT_EQ(parse_first_address("john . doe @ example.com").address, "john.doe@example.com") << "obsolete spaces";
}

TEST(Addresses, CommentsInsideTheAngleAddressAreNotPartOfIt) {
  EXPECT_EQ(parse_first_address("Pete(A wonderful \\) chap) <pete(his account)@silly.test(his host)>").address,
            "pete@silly.test");
}

}  // namespace
}  // namespace billet::parsers
