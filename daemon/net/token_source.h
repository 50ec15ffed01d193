#pragma once
// Where a client gets the bearer token it logs in with (SASL XOAUTH2 / OAUTHBEARER, RFC 7628):
// the IMAP connections and the SMTP sender hold one; daemon/net/oauth2.h implements it against an
// OAuth 2.0 token endpoint. Implementations are thread-safe (the IMAP loop, the IDLE connection
// and the outbox thread share one per account).
#include <string>

#include "common/result.h"

namespace billet::daemon {

class TokenSource {
 public:
  virtual ~TokenSource() = default;
  // A token valid now, or why there is none: errc::kOAuthGrant (the grant is refused or revoked:
  // an admin must act) or "oauth.unreachable"/"oauth.protocol" (the identity provider, later).
  // Never contacts the identity provider more often than its backoff allows, however often it
  // is called.
  virtual Result<std::string> token() = 0;
  // The mail server refused `token`: the next token() asks for a new one (once; a second refusal
  // of a fresh token is the caller's error to report).
  virtual void rejected(const std::string& token) = 0;
};

}  // namespace billet::daemon
