// The token cache's rules with a fake clock and a scripted token endpoint (the real endpoint,
// Dovecot and the SMTP sink are in tests/daemon/net/oauth2_integration_test.cpp).
#include "daemon/net/oauth2.h"

#include <gtest/gtest.h>

#include <deque>

#include "common/error_codes.h"
#include "support/fake_clock.h"

namespace billet::daemon {
namespace {

using std::chrono::seconds;

class TokenCache : public ::testing::Test {
 protected:
  // Each request answers the next scripted result; once the script is empty, a fresh token.
  CachedTokenSource source{[this]() -> Result<AccessToken> {
                             if (!script.empty()) {
                               auto next = script.front();
                               script.pop_front();
                               return next;
                             }
                             return AccessToken{"t" + std::to_string(++issued), lifetime};
                           },
                           clock};
  billet::testing::FakeClock clock{TimePoint{seconds{1'800'000'000}}};
  std::deque<Result<AccessToken>> script;
  seconds lifetime{3600};
  int issued = 0;
};

TEST_F(TokenCache, ATokenIsReusedThenRenewedBeforeItExpires) {
  EXPECT_EQ(*source.token(), "t1");
  clock.advance(seconds{2000});
  EXPECT_EQ(*source.token(), "t1");
  EXPECT_EQ(source.requests(), 1);
  clock.advance(seconds{800});  // 2800 s: past three quarters of 3600
  EXPECT_EQ(*source.token(), "t2");
  EXPECT_EQ(source.requests(), 2);
}

TEST_F(TokenCache, TokensOfAFewSecondsAreRenewedAtLeastOneSecondBeforeTheyExpire) {
  lifetime = seconds{2};
  EXPECT_EQ(*source.token(), "t1");
  clock.advance(seconds{1});
  EXPECT_EQ(*source.token(), "t2");
}

TEST_F(TokenCache, ATokenTheServerRejectedIsReplacedOnce) {
  const std::string first = *source.token();
  source.rejected(first);
  EXPECT_EQ(*source.token(), "t2");
  source.rejected(first);  // an old token again: nothing to do
  EXPECT_EQ(*source.token(), "t2");
  EXPECT_EQ(source.requests(), 2);
}

TEST_F(TokenCache, AnEndpointThatIsDownIsAskedAgainOnlyAfterABackoff) {
  for (int i = 0; i < 3; ++i) script.push_back(Error{"oauth.unreachable", "503"});
  EXPECT_EQ(source.token().error().code, "oauth.unreachable");
  for (int i = 0; i < 1000; ++i) EXPECT_FALSE(source.token().ok());
  EXPECT_EQ(source.requests(), 1) << "a thousand calls, one request";
  clock.advance(seconds{5});
  EXPECT_FALSE(source.token().ok());
  EXPECT_EQ(source.requests(), 2);
  clock.advance(seconds{5});
  EXPECT_FALSE(source.token().ok()) << "the delay doubled to 10 s";
  EXPECT_EQ(source.requests(), 2);
  clock.advance(seconds{5});
  EXPECT_FALSE(source.token().ok());
  EXPECT_EQ(source.requests(), 3);
  clock.advance(seconds{20});
  EXPECT_EQ(*source.token(), "t1") << "back";
}

TEST_F(TokenCache, AValidTokenKeepsServingWhileTheEndpointIsDown) {
  lifetime = seconds{100};
  EXPECT_EQ(*source.token(), "t1");
  script.push_back(Error{"oauth.unreachable", "timeout"});
  script.push_back(Error{"oauth.unreachable", "timeout"});
  clock.advance(seconds{80});  // time to renew, and the endpoint is down
  EXPECT_EQ(*source.token(), "t1");
  clock.advance(seconds{20});  // expired now, and the endpoint still down
  EXPECT_FALSE(source.token().ok());
  EXPECT_EQ(source.requests(), 3);
}

TEST_F(TokenCache, ARevokedGrantIsAClearErrorRetriedSlowly) {
  EXPECT_EQ(*source.token(), "t1");
  script.push_back(Error{errc::kOAuthGrant, "invalid_grant: revoked"});
  script.push_back(Error{errc::kOAuthGrant, "invalid_grant: revoked"});
  source.rejected("t1");
  const auto refused = source.token();
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind(), errc::ErrorKind::kRefused);
  clock.advance(seconds{59});
  EXPECT_FALSE(source.token().ok());
  EXPECT_EQ(source.requests(), 2) << "not before a minute";
  clock.advance(seconds{1});
  EXPECT_FALSE(source.token().ok());
  EXPECT_EQ(source.requests(), 3);
  clock.advance(seconds{119});
  EXPECT_FALSE(source.token().ok());
  EXPECT_EQ(source.requests(), 3) << "then two minutes";
}

}  // namespace
}  // namespace billet::daemon
