#include <curl/curl.h>

#include <cstring>

#include "common/error_codes.h"
#include "daemon/net/curl_common.h"
#include "daemon/net/mail_sender.h"

namespace billet::daemon {
namespace {

struct SlistDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

struct Upload {
  const std::string* data;
  size_t offset = 0;
};

size_t read_upload(char* buffer, size_t size, size_t n, void* user) {
  auto* up = static_cast<Upload*>(user);
  const size_t room = size * n;
  const size_t left = up->data->size() - up->offset;
  const size_t count = left < room ? left : room;
  std::memcpy(buffer, up->data->data() + up->offset, count);
  up->offset += count;
  return count;
}

class SmtpSender final : public MailSender {
 public:
  explicit SmtpSender(SmtpSettings s) : settings_(std::move(s)) { curl_common::use_curl(); }

  Status send(const std::string& envelope_from, const std::string& recipient, const std::string& raw) override {
    if (!settings_.token || settings_.user.empty()) return send_once(envelope_from, recipient, raw, "");
    // A token the server refuses is reported and the email tried once more with a fresh one.
    for (int attempt = 1;; ++attempt) {
      auto token = settings_.token->token();
      if (!token) return Error{token.error().code, "SMTP to " + recipient + ": " + token.error().message};
      Status sent = send_once(envelope_from, recipient, raw, *token);
      if (sent || attempt == 2 || sent.error().code != kAuthRefused) return sent;
      settings_.token->rejected(*token);
    }
  }

 private:
  static constexpr const char* kAuthRefused = "smtp.auth";

  Status send_once(const std::string& envelope_from, const std::string& recipient, const std::string& raw,
                   const std::string& bearer) {
    if (!handle_) handle_.reset(curl_easy_init());
    if (!handle_) return Error{"smtp.temporary", "curl_easy_init failed"};
    CURL* h = handle_.get();
    curl_easy_reset(h);  // keeps the connection for the next email
    std::unique_ptr<curl_slist, SlistDeleter> rcpt(curl_slist_append(nullptr, ("<" + recipient + ">").c_str()));
    Upload upload{&raw};
    char error_buffer[CURL_ERROR_SIZE] = {};
    const std::string from = "<" + envelope_from + ">";
    curl_easy_setopt(h, CURLOPT_URL, settings_.url.c_str());
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, settings_.timeout_seconds);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, settings_.idle_timeout_seconds);
    curl_easy_setopt(h, CURLOPT_SERVER_RESPONSE_TIMEOUT, settings_.idle_timeout_seconds);
    curl_common::set_abort_flag(h, settings_.abort);
    curl_common::require_tls(h, settings_.url, settings_.ca_file, "smtp://", false);
    const std::string login_options = "AUTH=" + settings_.sasl_mechanism;
    if (!settings_.user.empty()) {
      curl_easy_setopt(h, CURLOPT_USERNAME, settings_.user.c_str());
      if (bearer.empty()) {
        curl_easy_setopt(h, CURLOPT_PASSWORD, settings_.password.c_str());
      } else {
        curl_easy_setopt(h, CURLOPT_XOAUTH2_BEARER, bearer.c_str());
        curl_easy_setopt(h, CURLOPT_LOGIN_OPTIONS, login_options.c_str());
      }
    }
    const CURLcode rc = curl_easy_perform(h);
    if (rc == CURLE_OK) return ok_status();
    long code = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
    std::string message = "SMTP to " + recipient + ": " + curl_easy_strerror(rc);
    if (code) message += " (server said " + std::to_string(code) + ")";
    if (error_buffer[0]) message += ": " + std::string(error_buffer);
    if (rc == CURLE_ABORTED_BY_CALLBACK || rc == CURLE_OPERATION_TIMEDOUT) {
      // A server that stopped answering would also leave the QUIT of the cleanup waiting: cut
      // the connection first, so that giving up takes no longer than deciding to.
      curl_common::cut_connection(h);
    }
    handle_.reset();  // libcurl drops the connection after an error anyway
    // A refused login (535) is the account's problem, not the email's: retried, never permanent.
    if (rc == CURLE_LOGIN_DENIED) return Error{kAuthRefused, message};
    if (code >= 500 && code < 600) return Error{errc::kSmtpPermanent, message};
    if (rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST || (rc == CURLE_OPERATION_TIMEDOUT && code == 0))
      return Error{errc::kSmtpUnreachable, message};
    return Error{"smtp.temporary", message};
  }

  SmtpSettings settings_;
  curl_common::EasyHandle handle_;
};

}  // namespace

std::unique_ptr<MailSender> make_smtp_sender(SmtpSettings settings) {
  return std::make_unique<SmtpSender>(std::move(settings));
}

}  // namespace billet::daemon
