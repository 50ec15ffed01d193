#pragma once
// Internal to the libcurl code (imap_connection.cpp, smtp_sender.cpp): the handle's owner, the
// process-wide init, TLS as billetd requires it, and giving up on a stalled server. Included only
// by .cpp files that already use libcurl.
#include <curl/curl.h>
#include <sys/socket.h>

#include <atomic>
#include <memory>
#include <string>

namespace billet::daemon::curl_common {

struct EasyDeleter {
  void operator()(CURL* h) const { curl_easy_cleanup(h); }
};
using EasyHandle = std::unique_ptr<CURL, EasyDeleter>;

// curl_global_init once for the process (before the first handle; thread-safe since C++11 statics).
inline void use_curl() {
  struct Global {
    Global() { curl_global_init(CURL_GLOBAL_DEFAULT); }
    ~Global() { curl_global_cleanup(); }
  };
  static Global global;
}

// Certificates verified (host name included) against `ca_file` or the system's; a URL starting
// with `plain_scheme` ("imap://", "smtp://") must upgrade with STARTTLS unless `allow_plaintext`.
inline void require_tls(CURL* h, const std::string& url, const std::string& ca_file, const char* plain_scheme,
                        bool allow_plaintext) {
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  if (!ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, ca_file.c_str());
  if (url.rfind(plain_scheme, 0) == 0 && !allow_plaintext)
    curl_easy_setopt(h, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
}

// libcurl progress callback: abandons the transfer once `*flag` is true (at least once a second).
inline int abort_when_asked(void* flag, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto* stop = static_cast<const std::atomic<bool>*>(flag);
  return stop && stop->load() ? 1 : 0;
}

inline void set_abort_flag(CURL* h, const std::atomic<bool>* flag) {
  if (!flag) return;
  curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, abort_when_asked);
  curl_easy_setopt(h, CURLOPT_XFERINFODATA, const_cast<void*>(static_cast<const void*>(flag)));
}

// After a transfer given up (abort flag, timeout): cut the connection so that the cleanup's
// LOGOUT/QUIT does not wait on a server that stopped answering.
inline void cut_connection(CURL* h) {
  curl_socket_t socket = CURL_SOCKET_BAD;
  if (curl_easy_getinfo(h, CURLINFO_ACTIVESOCKET, &socket) == CURLE_OK && socket != CURL_SOCKET_BAD)
    ::shutdown(socket, SHUT_RDWR);
}

}  // namespace billet::daemon::curl_common
