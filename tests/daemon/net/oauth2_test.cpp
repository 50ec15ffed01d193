// The token cache's rules with a fake clock and a scripted token endpoint (the real endpoint,
// Dovecot and the SMTP sink are in tests/daemon/net/oauth2_integration_test.cpp).
#include "daemon/net/oauth2.h"

#include <gtest/gtest.h>

#include <deque>

#include "common/error_codes.h"
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "support/fake_clock.h"
#include "support/test_files.h"

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

std::string decoded(std::string part) {
  for (char& c : part) c = c == '-' ? '+' : c == '_' ? '/' : c;
  while (part.size() % 4) part += '=';
  std::string out;
  int bits = 0, value = 0;
  for (const char c : part) {
    if (c == '=') break;
    const auto at = std::string("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/").find(c);
    value = (value << 6) | static_cast<int>(at);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((value >> bits) & 0xFF);
    }
  }
  return out;
}

// RFC 7523 section 3: iss, sub, aud, exp and iat; RS256 in the header; a signature the openssl
// command verifies with the public key.
TEST(JwtAssertion, CarriesTheClaimsOfRfc7523AndASignatureTheKeyVerifies) {
  billet::testing::ScratchDir dir("jwt");
  const std::string key = (dir / "k.pem").string(), pub = (dir / "k.pub").string();
  ASSERT_EQ(std::system(("openssl genrsa -out " + key + " 2048 2>/dev/null && openssl rsa -in " + key + " -pubout -out " +
                         pub + " 2>/dev/null").c_str()),
            0);
  std::stringstream pem;
  pem << std::ifstream(key).rdbuf();
  OAuth2Grant grant;
  grant.kind = OAuth2Grant::Kind::kJwtBearer;
  grant.client_id = "sa@project.iam.example";
  grant.subject = "support@example.org";
  grant.token_url = "https://oauth2.googleapis.com/token";
  grant.scope = "https://mail.google.com/";
  grant.private_key_pem = pem.str();
  const auto jwt = signed_assertion(grant, TimePoint{seconds{1'800'000'000}});
  ASSERT_TRUE(jwt.ok()) << jwt.error().message;
  const size_t dot1 = jwt->find('.'), dot2 = jwt->rfind('.');
  ASSERT_NE(dot1, dot2);
  EXPECT_EQ(nlohmann::json::parse(decoded(jwt->substr(0, dot1)))["alg"], "RS256");
  const auto claims = nlohmann::json::parse(decoded(jwt->substr(dot1 + 1, dot2 - dot1 - 1)));
  EXPECT_EQ(claims["iss"], "sa@project.iam.example");
  EXPECT_EQ(claims["sub"], "support@example.org");
  EXPECT_EQ(claims["aud"], "https://oauth2.googleapis.com/token");
  EXPECT_EQ(claims["scope"], "https://mail.google.com/");
  EXPECT_EQ(claims["iat"], 1'800'000'000);
  EXPECT_EQ(claims["exp"], 1'800'003'600);
  std::ofstream(dir / "data", std::ios::binary) << jwt->substr(0, dot2);
  std::ofstream(dir / "sig", std::ios::binary) << decoded(jwt->substr(dot2 + 1));
  EXPECT_EQ(std::system(("openssl dgst -sha256 -verify " + pub + " -signature " + (dir / "sig").string() + " " +
                         (dir / "data").string() + " >/dev/null")
                            .c_str()),
            0);
  grant.private_key_pem = "not a key";
  EXPECT_EQ(signed_assertion(grant, TimePoint{}).error().code, "oauth.key");
}

}  // namespace
}  // namespace billet::daemon
