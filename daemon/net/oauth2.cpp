#include "daemon/net/oauth2.h"

#include <curl/curl.h>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <algorithm>

#include "common/backoff.h"
#include "common/error_codes.h"
#include "daemon/net/curl_common.h"

namespace billet::daemon {
namespace {

constexpr size_t kMaxAnswerBytes = 64 * 1024;  // a token answer is a few KB

size_t keep_answer(char* data, size_t size, size_t count, void* out) {
  auto* answer = static_cast<std::string*>(out);
  const size_t n = size * count;
  if (answer->size() + n > kMaxAnswerBytes) return 0;  // fails the transfer: no endless answer
  answer->append(data, n);
  return n;
}

// name=value, the value percent-encoded (libcurl ignores the handle argument since 7.82).
std::string form_field(const char* name, const std::string& value) {
  char* escaped = curl_easy_escape(nullptr, value.data(), static_cast<int>(value.size()));
  std::string field = std::string(name) + "=" + (escaped ? escaped : "");
  curl_free(escaped);
  return field;
}

// The endpoint's own words for a refusal: "invalid_grant: AADSTS700082 ..." (RFC 6749 5.2).
std::string described_refusal(const nlohmann::json& answer) {
  std::string text = answer.value("error", std::string("error"));
  if (answer.contains("error_description") && answer["error_description"].is_string())
    text += ": " + answer["error_description"].get<std::string>().substr(0, 300);
  return text;
}

}  // namespace

namespace {

struct FormAnswer {
  long status = 0;
  nlohmann::json json;  // discarded (is_discarded()) when the body is no JSON
};

// POSTs `body` (application/x-www-form-urlencoded) to `url`; the answer is bounded, never logged.
Result<FormAnswer> post_form(const std::string& url, const std::string& body, const OAuth2Grant& grant) {
  curl_common::use_curl();
  curl_common::EasyHandle handle(curl_easy_init());
  if (!handle) return Error{"oauth.unreachable", "curl_easy_init failed"};
  CURL* h = handle.get();
  std::string answer;
  char error_buffer[CURL_ERROR_SIZE] = {};
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "https,http");  // the config allows http to loopback only
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, keep_answer);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &answer);
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(h, CURLOPT_TIMEOUT, grant.timeout_seconds);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  if (!grant.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, grant.ca_file.c_str());
  const CURLcode rc = curl_easy_perform(h);
  if (rc != CURLE_OK)
    return Error{"oauth.unreachable", url + ": " + curl_easy_strerror(rc) +
                                          (error_buffer[0] ? std::string(" (") + error_buffer + ")" : "")};
  FormAnswer out;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &out.status);
  out.json = nlohmann::json::parse(answer, nullptr, false);
  return out;
}

std::string client_fields(const OAuth2Grant& grant) {
  std::string body = form_field("client_id", grant.client_id);
  if (!grant.client_secret.empty()) body += "&" + form_field("client_secret", grant.client_secret);
  if (!grant.scope.empty()) body += "&" + form_field("scope", grant.scope);
  return body;
}

// A token endpoint's answer as a token, or the error it means (RFC 6749 5.1, 5.2).
Result<AccessToken> token_from(const FormAnswer& a, const std::string& where) {
  if (a.status >= 500 || a.status == 429) return Error{"oauth.unreachable", where + " answered " + std::to_string(a.status)};
  if (a.status != 200) {
    const std::string words = a.json.is_object() ? described_refusal(a.json) : "HTTP " + std::to_string(a.status);
    return Error{errc::kOAuthGrant, where + " refused the grant: " + words};
  }
  const nlohmann::json& json = a.json;
  if (!json.is_object() || !json.contains("access_token") || !json["access_token"].is_string() ||
      json["access_token"].get<std::string>().empty())
    return Error{"oauth.protocol", where + " answered 200 without an access_token"};
  AccessToken token;
  token.value = json["access_token"].get<std::string>();
  if (json.contains("expires_in") && json["expires_in"].is_number_integer())
    token.lifetime = std::chrono::seconds{std::clamp<long long>(json["expires_in"].get<long long>(), 1, 24 * 3600)};
  if (json.contains("refresh_token") && json["refresh_token"].is_string())
    token.refresh_token = json["refresh_token"].get<std::string>();
  return token;
}

std::string base64url(const std::string& bytes) {
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                       static_cast<unsigned char>(bytes[i + 2]);
    for (int shift : {18, 12, 6, 0}) out += kAlphabet[(v >> shift) & 63];
  }
  if (i + 1 == bytes.size()) {
    const unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
  } else if (i + 2 == bytes.size()) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
    for (int shift : {18, 12, 6}) out += kAlphabet[(v >> shift) & 63];
  }
  return out;  // no padding (RFC 7515 section 2)
}

struct BioDeleter {
  void operator()(BIO* b) const { BIO_free(b); }
};
struct KeyDeleter {
  void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct DigestDeleter {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

// RSASSA-PKCS1-v1_5 with SHA-256 of `data` by the PEM private key.
Result<std::string> rs256(const std::string& private_key_pem, const std::string& data) {
  std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(private_key_pem.data(), static_cast<int>(private_key_pem.size())));
  std::unique_ptr<EVP_PKEY, KeyDeleter> key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
  if (!key) return Error{"oauth.key", "the private key is not a PEM private key"};
  std::unique_ptr<EVP_MD_CTX, DigestDeleter> ctx(EVP_MD_CTX_new());
  size_t length = 0;
  if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
      EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(data.data()), data.size()) != 1)
    return Error{"oauth.key", "the private key cannot sign with RS256"};
  std::string signature(length, '\0');
  if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                     reinterpret_cast<const unsigned char*>(data.data()), data.size()) != 1)
    return Error{"oauth.key", "signing the assertion failed"};
  signature.resize(length);
  return signature;
}

}  // namespace

Result<std::string> signed_assertion(const OAuth2Grant& grant, TimePoint now) {
  const long long iat = now.time_since_epoch().count();
  nlohmann::json claims = {{"iss", grant.client_id}, {"aud", grant.token_url}, {"iat", iat}, {"exp", iat + 3600}};
  if (!grant.subject.empty()) claims["sub"] = grant.subject;
  if (!grant.scope.empty()) claims["scope"] = grant.scope;
  const std::string signing_input =
      base64url(R"({"alg":"RS256","typ":"JWT"})") + "." + base64url(claims.dump());
  auto signature = rs256(grant.private_key_pem, signing_input);
  if (!signature) return signature.error();
  return signing_input + "." + base64url(*signature);
}

Result<AccessToken> request_token(const OAuth2Grant& grant) {
  curl_common::use_curl();
  std::string body;
  if (grant.kind == OAuth2Grant::Kind::kJwtBearer) {
    // RFC 7523 2.1: the assertion authenticates; no client_id or secret beside it.
    auto assertion = signed_assertion(grant, std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    if (!assertion) return assertion.error();
    body = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&" +
           form_field("assertion", *assertion);
  } else {
    body = grant.kind == OAuth2Grant::Kind::kRefreshToken
               ? "grant_type=refresh_token&" + form_field("refresh_token", grant.refresh_token)
               : std::string("grant_type=client_credentials");
    body += "&" + client_fields(grant);
  }
  auto answer = post_form(grant.token_url, body, grant);
  if (!answer) return answer.error();
  return token_from(*answer, "token endpoint " + grant.token_url);
}

Result<DeviceAuthorization> request_device_code(const OAuth2Grant& grant, const std::string& device_url) {
  curl_common::use_curl();
  auto answer = post_form(device_url, client_fields(grant), grant);
  if (!answer) return answer.error();
  const nlohmann::json& json = answer->json;
  if (answer->status != 200 || !json.is_object())
    return Error{errc::kOAuthGrant, device_url + " refused: " +
                                        (json.is_object() ? described_refusal(json) : "HTTP " + std::to_string(answer->status))};
  DeviceAuthorization d;
  d.device_code = json.value("device_code", std::string());
  d.user_code = json.value("user_code", std::string());
  d.verification_uri = json.value("verification_uri", json.value("verification_url", std::string()));
  if (json.contains("interval") && json["interval"].is_number_integer())
    d.interval = std::chrono::seconds{std::clamp<long long>(json["interval"].get<long long>(), 1, 60)};
  if (json.contains("expires_in") && json["expires_in"].is_number_integer())
    d.expires_in = std::chrono::seconds{std::clamp<long long>(json["expires_in"].get<long long>(), 1, 3600)};
  if (d.device_code.empty() || d.user_code.empty() || d.verification_uri.empty())
    return Error{"oauth.protocol", device_url + " answered without device_code, user_code or verification_uri"};
  return d;
}

Result<AccessToken> await_device_token(const OAuth2Grant& grant, const DeviceAuthorization& device,
                                       const std::function<void(std::chrono::seconds)>& sleep) {
  curl_common::use_curl();
  const std::string body = "grant_type=" + std::string("urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code") + "&" +
                           form_field("device_code", device.device_code) + "&" +
                           client_fields(grant);
  std::chrono::seconds interval = device.interval;
  for (std::chrono::seconds waited{0}; waited < device.expires_in; waited += interval) {
    sleep(interval);
    auto answer = post_form(grant.token_url, body, grant);
    if (!answer) return answer.error();
    const std::string error = answer->json.is_object() ? answer->json.value("error", std::string()) : "";
    if (error == "authorization_pending") continue;
    if (error == "slow_down") {  // RFC 8628 3.5: five seconds more between polls from now on
      interval += std::chrono::seconds{5};
      continue;
    }
    return token_from(*answer, "token endpoint " + grant.token_url);
  }
  return Error{errc::kOAuthGrant, "the code was not entered within " + std::to_string(device.expires_in.count()) + " s"};
}

CachedTokenSource::CachedTokenSource(Request request, const Clock& clock) : request_(std::move(request)), clock_(clock) {}

Result<std::string> CachedTokenSource::token() {
  const std::lock_guard lock(mutex_);
  const TimePoint now = clock_.now();
  if (token_ && now < renew_at_) return *token_;
  if (last_error_ && now < next_request_at_) return *last_error_;
  ++requests_;
  auto fresh = request_();
  if (!fresh) {
    ++failures_;
    const bool refused = fresh.error().kind() == errc::ErrorKind::kRefused;
    const auto delay = refused ? backoff_delay(failures_, std::chrono::seconds{60}, std::chrono::seconds{3600})
                               : backoff_delay(failures_, std::chrono::seconds{5}, std::chrono::seconds{300});
    next_request_at_ = now + delay;
    last_error_ = fresh.error();
    // A token still valid keeps serving while the endpoint is down; a refused grant ends it.
    if (token_ && !refused && now + std::chrono::seconds{1} < expires_at_) return *token_;
    token_.reset();
    return fresh.error();
  }
  failures_ = 0;
  last_error_.reset();
  const auto lifetime = fresh->lifetime;
  renew_at_ = now + std::max<std::chrono::seconds>(std::chrono::seconds{1},
                                                   std::min(lifetime * 3 / 4, lifetime - std::chrono::seconds{1}));
  expires_at_ = now + lifetime;
  token_ = std::move(fresh->value);
  return *token_;
}

void CachedTokenSource::rejected(const std::string& token) {
  const std::lock_guard lock(mutex_);
  if (token_ && *token_ == token) token_.reset();
}

int CachedTokenSource::requests() const {
  const std::lock_guard lock(mutex_);
  return requests_;
}

std::shared_ptr<TokenSource> make_oauth2_source(OAuth2Grant grant) {
  static const SystemClock clock;
  return std::make_shared<CachedTokenSource>([grant = std::move(grant)] { return request_token(grant); }, clock);
}

}  // namespace billet::daemon
