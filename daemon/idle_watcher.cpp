#include "daemon/idle_watcher.h"

#include "daemon/curl_imap.h"

#include <curl/curl.h>
#include <poll.h>

#include <chrono>
#include <string>

namespace billet::daemon {
namespace {

struct EasyDeleter {
  void operator()(CURL* h) const { curl_easy_cleanup(h); }
};

class IdleWatcher final : public ChangeWatcher {
 public:
  explicit IdleWatcher(ImapSettings s) : settings_(std::move(s)) {
    curl_global_init(CURL_GLOBAL_DEFAULT);  // reference-counted since libcurl 7.84
    curl_imap::split_url(settings_.url, server_, folder_);
  }
  ~IdleWatcher() override {
    stop();
    curl_global_cleanup();
  }

  Status start() override {
    stop();
    handle_.reset(curl_easy_init());
    if (!handle_) return Error{"imap.network", "curl_easy_init failed"};
    CURL* h = handle_.get();
    const std::string url = server_ + "/";
    curl_imap::set_connection_options(h, settings_, url);
    curl_easy_setopt(h, CURLOPT_CONNECT_ONLY, 1L);  // connect and log in, then hand the socket over
    if (const CURLcode rc = curl_easy_perform(h); rc != CURLE_OK)
      return fail("IDLE connection: " + std::string(curl_easy_strerror(rc)));
    curl_socket_t fd = CURL_SOCKET_BAD;
    curl_easy_getinfo(h, CURLINFO_ACTIVESOCKET, &fd);
    if (fd == CURL_SOCKET_BAD) return fail("IDLE connection: no socket");
    socket_ = static_cast<int>(fd);
    if (auto s = command("S1 SELECT \"" + folder_ + "\"", "S1 "); !s) return s;
    if (auto s = send("I1 IDLE\r\n"); !s) return s;
    if (auto s = read_until("+", std::chrono::seconds{settings_.connect_timeout_seconds}); !s) return s;
    started_ = std::chrono::steady_clock::now();
    return ok_status();
  }

  int socket() const override { return socket_; }

  Result<bool> on_readable() override {
    if (!handle_) return Error{"imap.network", "IDLE not started"};
    auto got = drain();
    if (!got) return got.error();
    bool changed = false;
    size_t eol;
    while ((eol = buffer_.find("\r\n")) != std::string::npos) {
      const std::string line = buffer_.substr(0, eol);
      buffer_.erase(0, eol + 2);
      if (line.rfind("* ", 0) == 0 && (line.find(" EXISTS") != std::string::npos || line.find(" RECENT") != std::string::npos))
        changed = true;
      if (line.rfind("* BYE", 0) == 0 || line.rfind("I1 ", 0) == 0) {
        stop();
        return Error{"imap.network", "IDLE ended by the server: " + line};
      }
    }
    return changed;
  }

  std::chrono::seconds age() const override {
    if (!handle_) return std::chrono::seconds{0};
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started_);
  }

  void stop() override {
    if (handle_ && socket_ >= 0) (void)send("DONE\r\nL1 LOGOUT\r\n");
    handle_.reset();
    socket_ = -1;
    buffer_.clear();
  }

 private:
  Status fail(const std::string& message) {
    handle_.reset();
    socket_ = -1;
    return Error{"imap.network", message + " (" + server_ + ")"};
  }

  Status send(const std::string& text) {
    size_t offset = 0;
    for (int tries = 0; offset < text.size() && tries < 1000; ++tries) {
      size_t sent = 0;
      const CURLcode rc = curl_easy_send(handle_.get(), text.data() + offset, text.size() - offset, &sent);
      if (rc == CURLE_AGAIN) {
        pollfd p{socket_, POLLOUT, 0};
        ::poll(&p, 1, 1000);
        continue;
      }
      if (rc != CURLE_OK) return Error{"imap.network", std::string("IDLE send: ") + curl_easy_strerror(rc)};
      offset += sent;
    }
    return ok_status();
  }

  // Reads everything available now (TLS may hold decrypted bytes the socket no longer shows).
  Status drain() {
    char chunk[4096];
    while (true) {
      size_t n = 0;
      const CURLcode rc = curl_easy_recv(handle_.get(), chunk, sizeof chunk, &n);
      if (rc == CURLE_AGAIN) return ok_status();
      if (rc != CURLE_OK) return fail(std::string("IDLE receive: ") + curl_easy_strerror(rc));
      if (n == 0) return fail("IDLE connection closed by the server");
      buffer_.append(chunk, n);
      if (buffer_.size() > (1u << 20)) buffer_.erase(0, buffer_.size() - 4096);
    }
  }

  // Reads lines until one starts with `prefix`; a tagged NO/BAD is an error.
  Status read_until(const std::string& prefix, std::chrono::seconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      if (auto s = drain(); !s) return s;
      size_t eol;
      while ((eol = buffer_.find("\r\n")) != std::string::npos) {
        const std::string line = buffer_.substr(0, eol);
        buffer_.erase(0, eol + 2);
        if (line.rfind(prefix, 0) == 0) {
          if (line.find(" NO ") != std::string::npos || line.find(" BAD ") != std::string::npos)
            return fail("IDLE setup refused: " + line);
          return ok_status();
        }
      }
      pollfd p{socket_, POLLIN, 0};
      ::poll(&p, 1, 200);
    }
    return fail("IDLE setup timed out waiting for " + prefix);
  }

  Status command(const std::string& text, const std::string& tag) {
    if (auto s = send(text + "\r\n"); !s) return s;
    return read_until(tag, std::chrono::seconds{settings_.connect_timeout_seconds});
  }

  ImapSettings settings_;
  std::string server_;
  std::string folder_;
  std::unique_ptr<CURL, EasyDeleter> handle_;
  int socket_ = -1;
  std::string buffer_;
  std::chrono::steady_clock::time_point started_{};
};

}  // namespace

std::unique_ptr<ChangeWatcher> make_idle_watcher(const ImapSettings& settings) {
  return std::make_unique<IdleWatcher>(settings);
}

}  // namespace billet::daemon
