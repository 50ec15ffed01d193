#include "daemon/net/imap_connection.h"
#include "common/error_codes.h"

#include <curl/curl.h>
#include <poll.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <optional>

#include "daemon/net/curl_common.h"

namespace billet::daemon {
namespace {

using SteadyClock = std::chrono::steady_clock;

// Credentials, timeouts, TLS and the stop flag for the connection to `url`.
void set_connection_options(CURL* h, const ImapSettings& s, const std::string& url) {
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_USERNAME, s.user.c_str());
  curl_easy_setopt(h, CURLOPT_PASSWORD, s.password.c_str());
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, s.connect_timeout_seconds);
  curl_easy_setopt(h, CURLOPT_SERVER_RESPONSE_TIMEOUT, s.idle_timeout_seconds);
  curl_common::require_tls(h, url, s.ca_file, "imap://", s.allow_plaintext);
  curl_common::set_abort_flag(h, s.abort);
}

constexpr size_t kMaxLine = 64 * 1024;  // one response line (literals apart)

Error open_error(CURLcode code, const char* detail, const std::string& where) {
  std::string message = "connecting to " + where + ": " + curl_easy_strerror(code);
  if (detail && *detail) message += " (" + std::string(detail) + ")";
  switch (code) {
    case CURLE_LOGIN_DENIED:
      return {errc::kImapAuth, message};
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CERTPROBLEM:
      return {"imap.tls", message};
    case CURLE_WEIRD_SERVER_REPLY:
      return {"imap.protocol", message};
    default:
      return {"imap.network", message};
  }
}

// The size of the literal a line announces at its end ("... BODY[] {1234}"), or -1.
long long literal_at_end(const std::string& line) {
  if (line.size() < 3 || line.back() != '}') return -1;
  const size_t open = line.rfind('{');
  if (open == std::string::npos || line.size() - open - 2 > 10 || line.size() - open - 2 == 0) return -1;
  long long n = 0;
  for (size_t i = open + 1; i + 1 < line.size(); ++i) {
    if (line[i] < '0' || line[i] > '9') return -1;
    n = n * 10 + (line[i] - '0');
  }
  return n;
}

}  // namespace

struct ImapConnection::State {
  ImapSettings settings;
  std::string server;  // "imaps://host:993"
  curl_common::EasyHandle handle;
  int socket = -1;
  std::string buffer;  // received, not yet consumed from `consumed` on
  size_t consumed = 0;
  unsigned long next_tag = 0;
  std::string bye;  // the server's BYE text, for the error that follows

  size_t buffered() const { return buffer.size() - consumed; }

  void compact() {
    if (consumed > 0 && (consumed >= buffer.size() || consumed > (1u << 20))) {
      buffer.erase(0, consumed);
      consumed = 0;
    }
  }

  void drop() {
    if (handle && socket >= 0) ::shutdown(socket, SHUT_RDWR);  // the cleanup's LOGOUT must not wait
    handle.reset();
    socket = -1;
    buffer.clear();
    consumed = 0;
  }

  Error network(const std::string& what) {
    std::string message = what + " (" + server + ")";
    if (!bye.empty()) message += "; the server said BYE " + bye;
    drop();
    return {"imap.network", message};
  }

  bool aborted() const { return settings.abort && settings.abort->load(); }

  // Receives into `out` (at most `capacity` bytes); waits for the socket up to the idle timeout,
  // in steps of at most a second so that the abort flag is seen. 0 bytes is never returned.
  Result<size_t> receive(char* out, size_t capacity) {
    const auto deadline = SteadyClock::now() + std::chrono::seconds{settings.idle_timeout_seconds};
    while (true) {
      size_t n = 0;
      const CURLcode rc = curl_easy_recv(handle.get(), out, capacity, &n);
      if (rc == CURLE_OK && n > 0) return n;
      if (rc == CURLE_OK) return network("connection closed by the server");
      if (rc != CURLE_AGAIN) return network(std::string("receive: ") + curl_easy_strerror(rc));
      if (aborted()) return network("abandoned (stopping)");
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - SteadyClock::now());
      if (left.count() <= 0)
        return network("no answer for " + std::to_string(settings.idle_timeout_seconds) + " s");
      pollfd p{socket, POLLIN, 0};
      ::poll(&p, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
    }
  }

  Status fill() {
    compact();
    char chunk[64 * 1024];
    auto got = receive(chunk, sizeof chunk);
    if (!got) return got.error();
    buffer.append(chunk, *got);
    return ok_status();
  }

  // The next line without its CRLF (a bare LF is accepted too), at most `limit` bytes.
  // The next complete line already received, without its CRLF (a bare LF is accepted too);
  // nullopt when no whole line is buffered. No I/O.
  std::optional<std::string> buffered_line() {
    const size_t eol = buffer.find('\n', consumed);
    if (eol == std::string::npos) return std::nullopt;
    size_t end = eol;
    if (end > consumed && buffer[end - 1] == '\r') --end;
    std::string text = buffer.substr(consumed, end - consumed);
    consumed = eol + 1;
    return text;
  }

  // The next line, receiving as needed, at most `limit` bytes.
  Result<std::string> line(size_t limit) {
    while (true) {
      if (auto text = buffered_line()) {
        if (text->size() > limit) break;
        return std::move(*text);
      }
      if (buffered() > limit + 1) break;
      if (auto s = fill(); !s) return s.error();
    }
    drop();
    return Error{errc::kImapTooLarge, "an answer line longer than " + std::to_string(limit) + " bytes"};
  }

  // Exactly `n` bytes (a literal), read straight into their own string.
  Result<std::string> bytes(size_t n) {
    std::string out(n, '\0');
    size_t have = std::min(n, buffered());
    if (have) std::memcpy(out.data(), buffer.data() + consumed, have);
    consumed += have;
    while (have < n) {
      auto got = receive(out.data() + have, n - have);
      if (!got) return got.error();
      have += *got;
    }
    return out;
  }

  Status send(const std::string& text) {
    size_t offset = 0;
    const auto deadline = SteadyClock::now() + std::chrono::seconds{settings.idle_timeout_seconds};
    while (offset < text.size()) {
      size_t sent = 0;
      const CURLcode rc = curl_easy_send(handle.get(), text.data() + offset, text.size() - offset, &sent);
      if (rc == CURLE_AGAIN) {
        if (aborted()) return network("abandoned (stopping)");
        if (SteadyClock::now() > deadline) return network("the server takes no data");
        pollfd p{socket, POLLOUT, 0};
        ::poll(&p, 1, 1000);
        continue;
      }
      if (rc != CURLE_OK) return network(std::string("send: ") + curl_easy_strerror(rc));
      offset += sent;
    }
    return ok_status();
  }
};

ImapUrl split_imap_url(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  ImapUrl out{url.substr(0, slash), slash == std::string::npos ? "" : url.substr(slash + 1)};
  if (out.folder.empty()) out.folder = "INBOX";
  return out;
}

std::string quoted_imap_string(const std::string& name) {
  std::string out = "\"";
  for (const char c : name) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

ImapConnection::ImapConnection(ImapSettings settings) : state_(std::make_unique<State>()) {
  curl_common::use_curl();
  state_->settings = std::move(settings);
  state_->server = split_imap_url(state_->settings.url).server;
}

void ImapConnection::abandon() { state_->drop(); }

ImapConnection::~ImapConnection() { close(); }

bool ImapConnection::is_open() const { return state_->handle != nullptr; }
int ImapConnection::socket() const { return state_->socket; }
std::string ImapConnection::describe() const { return state_->server + " as " + state_->settings.user; }

Status ImapConnection::open() {
  State& s = *state_;
  if (s.handle) return ok_status();
  // With a token source: a token the server refuses is reported and a fresh one tried once.
  const int tries = s.settings.token ? 2 : 1;
  for (int attempt = 1;; ++attempt) {
    std::string bearer;
    if (s.settings.token) {
      auto token = s.settings.token->token();
      if (!token) return Error{token.error().code, "logging in to " + describe() + ": " + token.error().message};
      bearer = std::move(*token);
    }
    auto opened = connect_and_log_in(bearer);
    if (opened || attempt == tries || opened.error().code != errc::kImapAuth) return opened;
    s.settings.token->rejected(bearer);
  }
}

Status ImapConnection::connect_and_log_in(const std::string& bearer) {
  State& s = *state_;
  s.bye.clear();
  s.handle.reset(curl_easy_init());
  if (!s.handle) return Error{"imap.network", "curl_easy_init failed"};
  CURL* h = s.handle.get();
  char error_buffer[CURL_ERROR_SIZE] = {};
  set_connection_options(h, s.settings, s.server + "/");
  if (!bearer.empty()) {
    const std::string options = "AUTH=" + s.settings.sasl_mechanism;
    curl_easy_setopt(h, CURLOPT_PASSWORD, nullptr);
    curl_easy_setopt(h, CURLOPT_XOAUTH2_BEARER, bearer.c_str());  // copied by libcurl
    curl_easy_setopt(h, CURLOPT_LOGIN_OPTIONS, options.c_str());
  }
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(h, CURLOPT_CONNECT_ONLY, 1L);  // connect, TLS, log in; then the socket is ours
  const CURLcode rc = curl_easy_perform(h);
  if (rc != CURLE_OK) {
    Error e = open_error(rc, error_buffer, describe());
    s.drop();
    return e;
  }
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);  // the buffer dies with this frame
  curl_socket_t fd = CURL_SOCKET_BAD;
  curl_easy_getinfo(h, CURLINFO_ACTIVESOCKET, &fd);
  if (fd == CURL_SOCKET_BAD) {
    s.drop();
    return Error{"imap.network", "connecting to " + describe() + ": no socket"};
  }
  s.socket = static_cast<int>(fd);
  return ok_status();
}

Result<ImapAnswer> ImapConnection::command(const std::string& text, size_t max_bytes) {
  if (auto o = open(); !o) return o.error();
  State& s = *state_;
  const std::string tag = "b" + std::to_string(++s.next_tag);
  if (auto sent = s.send(tag + " " + text + "\r\n"); !sent) return sent.error();
  ImapAnswer answer;
  size_t budget = max_bytes;
  auto spend = [&](size_t n) -> bool {
    if (n > budget) return false;
    budget -= n;
    return true;
  };
  while (true) {
    auto line = s.line(std::min(budget, kMaxLine));
    if (!line) return line.error();
    if (!spend(line->size() + 2)) break;
    if (line->rfind(tag + " ", 0) == 0) {
      answer.completion = line->substr(tag.size() + 1);
      if (answer.completion.rfind("OK", 0) == 0) return answer;
      const std::string what = text.substr(0, text.find(' ', text.find(' ') + 1)) + ": " + answer.completion.substr(0, 300);
      if (answer.completion.rfind("NO", 0) == 0) return Error{errc::kImapRefused, what};
      s.drop();
      return Error{"imap.protocol", what};
    }
    if (line->rfind("* ", 0) != 0) {
      const std::string start = line->substr(0, 80);
      s.drop();
      return Error{"imap.protocol", "unexpected answer to " + text.substr(0, 40) + ": " + start};
    }
    ImapAnswer::Untagged response;
    response.text = line->substr(2);
    for (long long n = literal_at_end(response.text); n >= 0; n = literal_at_end(response.text)) {
      if (!spend(static_cast<size_t>(n))) {
        s.drop();
        return Error{errc::kImapTooLarge, "a literal of " + std::to_string(n) + " bytes is over what remains of the " +
                                           std::to_string(max_bytes) + "-byte budget of " + text.substr(0, 40)};
      }
      auto literal = s.bytes(static_cast<size_t>(n));
      if (!literal) return literal.error();
      response.literals.push_back(std::move(*literal));
      auto rest = s.line(std::min(budget, kMaxLine));
      if (!rest) return rest.error();
      if (!spend(rest->size() + 2)) break;
      response.text += *rest;
    }
    if (budget == 0) break;
    if (response.text.rfind("BYE", 0) == 0) s.bye = response.text.substr(3, 200);
    answer.untagged.push_back(std::move(response));
  }
  s.drop();
  return Error{errc::kImapTooLarge, "the answer to " + text.substr(0, 40) + " is over " + std::to_string(max_bytes) + " bytes"};
}

Status ImapConnection::send_raw(const std::string& bytes) {
  if (!state_->handle) return Error{"imap.network", "not connected to " + describe()};
  return state_->send(bytes);
}

Result<std::vector<std::string>> ImapConnection::lines_now() {
  State& s = *state_;
  if (!s.handle) return Error{"imap.network", "not connected to " + describe()};
  char chunk[16 * 1024];
  while (true) {  // TLS may hold decrypted bytes the socket no longer shows: read to CURLE_AGAIN
    size_t n = 0;
    const CURLcode rc = curl_easy_recv(s.handle.get(), chunk, sizeof chunk, &n);
    if (rc == CURLE_AGAIN) break;
    if (rc != CURLE_OK) return s.network(std::string("receive: ") + curl_easy_strerror(rc));
    if (n == 0) return s.network("connection closed by the server");
    s.compact();
    s.buffer.append(chunk, n);
    if (s.buffered() > 4 * kMaxLine && s.buffer.find('\n', s.consumed) == std::string::npos) {
      s.drop();
      return Error{"imap.protocol", "a line longer than " + std::to_string(4 * kMaxLine) + " bytes from " + describe()};
    }
  }
  std::vector<std::string> lines;
  while (auto text = s.buffered_line()) lines.push_back(text->substr(0, kMaxLine));
  s.compact();
  return lines;
}

Result<std::string> ImapConnection::next_line() {
  if (!state_->handle) return Error{"imap.network", "not connected to " + describe()};
  return state_->line(kMaxLine);
}

void ImapConnection::close() {
  State& s = *state_;
  if (!s.handle) return;
  const long timeout = s.settings.idle_timeout_seconds;
  s.settings.idle_timeout_seconds = 1;  // a polite goodbye, not a wait on a stalled server
  (void)command("LOGOUT", kMaxLine);
  s.settings.idle_timeout_seconds = timeout;
  s.drop();
}

}  // namespace billet::daemon
