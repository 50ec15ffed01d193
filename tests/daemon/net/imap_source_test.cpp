// The UID SEARCH answer is trusted whole or not at all (issue 11: digits of two UIDs joined where
// libcurl cut an over-long line became a UID that moved the watermark past a whole backlog).
#include <gtest/gtest.h>

#include "daemon/net/mail_source.h"

namespace billet::daemon {
namespace {

TEST(UidSet, RunsOfConsecutiveUidsAreJoinedIntoRanges) {
  EXPECT_EQ(uid_set({}), "");
  EXPECT_EQ(uid_set({5}), "5");
  EXPECT_EQ(uid_set({1, 2, 3, 5, 9, 10}), "1:3,5,9:10");
  EXPECT_EQ(uid_set({4294967294u, 4294967295u}), "4294967294:4294967295");
}

TEST(UidSearchAnswer, UidsOfTheRequestedRangeAreListedInOrder) {
  auto uids = parse_uid_search_answer("* SEARCH 505 501 502\r\n* SEARCH 900\r\n", 501, 1000);
  ASSERT_TRUE(uids.ok());
  EXPECT_EQ(*uids, (std::vector<uint32_t>{501, 502, 505, 900}));
  auto none = parse_uid_search_answer("* SEARCH\r\n", 1, 500);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST(UidSearchAnswer, JoinedDigitsOutsideTheRangeRejectTheWholeAnswer) {
  auto joined = parse_uid_search_answer("* SEARCH 5584 5585 558671 5588\r\n", 5501, 6000);
  ASSERT_FALSE(joined.ok());
  EXPECT_EQ(joined.error().code, "imap.protocol");
  EXPECT_NE(joined.error().message.find("558671"), std::string::npos);
}

TEST(UidSearchAnswer, WordsThatAreNotThirtyTwoBitNumbersAreRejected) {
  EXPECT_FALSE(parse_uid_search_answer("* SEARCH 12 1x3\r\n", 1, 500).ok());
  EXPECT_FALSE(parse_uid_search_answer("* SEARCH 4294967296\r\n", 1, 4294967295u).ok());
  EXPECT_FALSE(parse_uid_search_answer("* SEARCH 99999999999999999999\r\n", 1, 4294967295u).ok());
  EXPECT_TRUE(parse_uid_search_answer("* SEARCH 4294967295\r\n", 1, 4294967295u).ok());
}

}  // namespace
}  // namespace billet::daemon
