#pragma once
// OAuth 2.0 access tokens for mailboxes on Microsoft 365, Google Workspace or any RFC 6749 token
// endpoint: the client credentials grant (section 4.4) and the refresh token grant (section 6),
// requested with libcurl, cached in memory, renewed before they expire, never logged.
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "common/clock.h"
#include "daemon/net/token_source.h"

namespace billet::daemon {

struct OAuth2Grant {
  // kJwtBearer: RFC 7523, a JWT signed with `private_key_pem` (RS256) asserts `client_id` (iss)
  // acting for `subject` (sub): Google Workspace domain-wide delegation.
  enum class Kind { kClientCredentials, kRefreshToken, kJwtBearer };
  Kind kind = Kind::kClientCredentials;
  std::string token_url;      // https://...; http:// only to a loopback address (tests)
  std::string client_id;
  std::string client_secret;  // may be empty for a public client (refresh token grant)
  std::string refresh_token;  // kRefreshToken
  std::string scope;          // e.g. "https://outlook.office365.com/.default"; may be empty
  std::string private_key_pem;  // kJwtBearer
  std::string subject;          // kJwtBearer: the user acted for (the mailbox)
  std::string ca_file;        // extra CA for the token endpoint; verification stays on
  long timeout_seconds = 20;
};

struct AccessToken {
  std::string value;
  std::chrono::seconds lifetime{3600};  // expires_in (3600 when the endpoint gives none)
  std::string refresh_token{};          // when the endpoint issued one (device grant)
};

// The RS256 JWT of RFC 7523 section 2.1 for `grant` at `now` (valid one hour): iss client_id,
// sub subject, aud token_url, scope. errc "oauth.key" when the private key cannot sign.
Result<std::string> signed_assertion(const OAuth2Grant& grant, TimePoint now);

// RFC 8628, for `billetctl oauth login`: the device authorization request, then polling the
// token endpoint every `interval` (slower when told slow_down) until the user said yes, said no
// (access_denied: errc::kOAuthGrant) or the code expired. `sleep` waits (a test passes a fake).
struct DeviceAuthorization {
  std::string device_code;
  std::string user_code;
  std::string verification_uri;
  std::chrono::seconds interval{5};
  std::chrono::seconds expires_in{900};
};
Result<DeviceAuthorization> request_device_code(const OAuth2Grant& grant, const std::string& device_url);
Result<AccessToken> await_device_token(const OAuth2Grant& grant, const DeviceAuthorization& device,
                                       const std::function<void(std::chrono::seconds)>& sleep);

// One request to the token endpoint. Errors: errc::kOAuthGrant for an answer that no retry will
// change (invalid_grant, invalid_client, unauthorized_client, a 400/401), "oauth.unreachable"
// (network, 5xx, 429), "oauth.protocol" (an answer that is no token). Messages carry the
// endpoint's error code and description, never a secret or token.
Result<AccessToken> request_token(const OAuth2Grant& grant);

// A TokenSource over any request function, with the caching and pacing rules:
// - a token is reused until three quarters of its lifetime have passed (at least 1 s before it
//   expires), then renewed; while the endpoint cannot be reached, a token not yet expired is
//   still served;
// - after a failed request no other is made before a backoff delay: 5 s doubling to 5 min after
//   a transient failure, 1 min doubling to 1 h after a refused grant; calls in between get the
//   same error at once (no tight loop against the identity provider);
// - rejected(token) makes the next token() request anew, once per token.
class CachedTokenSource final : public TokenSource {
 public:
  using Request = std::function<Result<AccessToken>()>;
  CachedTokenSource(Request request, const Clock& clock);  // `clock` must outlive it

  Result<std::string> token() override;
  void rejected(const std::string& token) override;
  int requests() const;  // made so far (for tests and metrics)

 private:
  Request request_;
  const Clock& clock_;
  mutable std::mutex mutex_;
  std::optional<std::string> token_;
  TimePoint renew_at_{};
  TimePoint expires_at_{};
  std::optional<Error> last_error_;
  TimePoint next_request_at_{};
  int failures_ = 0;
  int requests_ = 0;
};

// request_token(grant) behind a CachedTokenSource on the system clock.
std::shared_ptr<TokenSource> make_oauth2_source(OAuth2Grant grant);

}  // namespace billet::daemon
