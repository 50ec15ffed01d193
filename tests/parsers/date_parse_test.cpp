#include "parsers/date_parse.h"

#include <gtest/gtest.h>

namespace billet::parsers {
namespace {

TEST(Rfc5322Date, NumericZones) {
  EXPECT_EQ(parse_rfc5322_date("Tue, 17 Nov 2026 12:41:07 +0000"), 1794919267);
  EXPECT_EQ(parse_rfc5322_date("Tue, 17 Nov 2026 07:41:07 -0500"), 1794919267);
}

TEST(Rfc5322Date, ObsoleteFormsAndComments) {
  EXPECT_EQ(parse_rfc5322_date("17 Nov 2026 07:41:07 EST"), 1794919267);
  EXPECT_EQ(parse_rfc5322_date("Tue, 17 Nov 26 12:41 GMT (UTC)"), 1794919260);
  EXPECT_EQ(parse_rfc5322_date("Sun, 21 Oct 2007 19:38:13 +1000"), 1192959493);
}

TEST(Rfc5322Date, NonDatesAreRejected) {
  EXPECT_FALSE(parse_rfc5322_date("").has_value());
  EXPECT_FALSE(parse_rfc5322_date("yesterday").has_value());
  EXPECT_FALSE(parse_rfc5322_date("31 Feb 2026 10:00:00 +0000").has_value());
  EXPECT_FALSE(parse_rfc5322_date("1 Foo 2026 10:00 +0000").has_value());
}

}  // namespace
}  // namespace billet::parsers
