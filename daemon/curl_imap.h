#pragma once
// Internal to the libcurl IMAP code (imap_source.cpp, idle_watcher.cpp): the connection options
// both connections share. Included only by .cpp files that already use libcurl.
#include <curl/curl.h>
#include <sys/socket.h>

#include <string>

#include "daemon/mail_source.h"

namespace billet::daemon::curl_imap {

// Credentials, timeouts and TLS (verification on; STARTTLS required for imap:// unless plaintext
// is explicitly allowed) for a request to `url`.
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

inline void set_connection_options(CURL* h, const ImapSettings& s, const std::string& url) {
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_USERNAME, s.user.c_str());
  curl_easy_setopt(h, CURLOPT_PASSWORD, s.password.c_str());
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, s.connect_timeout_seconds);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  if (!s.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, s.ca_file.c_str());
  if (url.rfind("imap://", 0) == 0 && !s.allow_plaintext)
    curl_easy_setopt(h, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  curl_easy_setopt(h, CURLOPT_SERVER_RESPONSE_TIMEOUT, s.idle_timeout_seconds);
  set_abort_flag(h, s.abort);
}

// After a transfer given up (abort flag, timeout): cut the connection so that the cleanup's
// LOGOUT/QUIT does not wait on a server that stopped answering.
inline void cut_connection(CURL* h) {
  curl_socket_t socket = CURL_SOCKET_BAD;
  if (curl_easy_getinfo(h, CURLINFO_ACTIVESOCKET, &socket) == CURLE_OK && socket != CURL_SOCKET_BAD)
    ::shutdown(socket, SHUT_RDWR);
}

}  // namespace billet::daemon::curl_imap
