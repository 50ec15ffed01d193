#pragma once
// Where automatic emails go: an SMTP server behind a narrow interface (smtp_sender.cpp is the
// libcurl implementation). Error codes: "smtp.unreachable" (no connection to the server: retry
// later, and the rest of the queue would fail the same way), "smtp.temporary" (4xx, a dropped
// connection: retry later) and "smtp.permanent" (5xx: give up). Not thread-safe.
#include <atomic>
#include <memory>
#include <string>

#include "common/result.h"
#include "daemon/net/token_source.h"

namespace billet::daemon {

class MailSender {
 public:
  virtual ~MailSender() = default;
  // `raw`: the whole message with CRLF line ends. Success means the server accepted it (250).
  virtual Status send(const std::string& envelope_from, const std::string& recipient, const std::string& raw) = 0;
};

struct SmtpSettings {
  std::string url;  // smtps://host:port, or smtp://host:port with STARTTLS required
  std::string user;
  std::string password;
  std::string ca_file;
  long timeout_seconds = 60;        // the whole exchange of one email
  long idle_timeout_seconds = 30;   // a server that moves no byte for this long (stalled in DATA)
  // When it becomes true (SIGTERM), an email in progress is abandoned within about a second (it
  // stays pending: sent at the next start).
  const std::atomic<bool>* abort = nullptr;
  // Set (with `user`): AUTH with SASL `sasl_mechanism` and a token from it instead of the
  // password; a refused token is reported to it and the email tried once more with a fresh one.
  std::shared_ptr<TokenSource> token = nullptr;
  std::string sasl_mechanism = "XOAUTH2";
};

std::unique_ptr<MailSender> make_smtp_sender(SmtpSettings settings);

}  // namespace billet::daemon
