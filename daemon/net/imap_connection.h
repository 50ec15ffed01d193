#pragma once
// One IMAP connection spoken directly (the RFC 3501 subset billetd uses): libcurl connects,
// verifies TLS and logs in (CURLOPT_CONNECT_ONLY), then commands and their answers -- literals
// included -- pass through curl_easy_send/recv. libcurl's own IMAP requests cannot fetch several
// messages in one command (a custom FETCH loses its literals) and cost a request each; this is
// what lets a whole range of messages come in one round trip.
//
// Bounds: an answer is read against the byte budget its caller gives (literals included), a
// literal announced over what remains fails before a byte of it is read; a server that sends
// nothing for `idle_timeout_seconds` is dropped; the abort flag is honoured within a second.
// Any error but a tagged NO drops the connection (it may be out of step): the next command
// reconnects. Not thread-safe. libcurl stays inside imap_connection.cpp.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "common/result.h"
#include "daemon/net/mail_source.h"

namespace billet::daemon {

struct ImapAnswer {
  struct Untagged {
    std::string text;                   // without "* "; each literal cut out and left as "{N}"
    std::vector<std::string> literals;  // in order of appearance
  };
  std::vector<Untagged> untagged;
  std::string completion;  // the tagged line after the tag: "OK [READ-WRITE] Select completed"
};

// "imaps://host:993/INBOX" -> server "imaps://host:993", folder "INBOX" (also when no folder is given).
struct ImapUrl {
  std::string server;
  std::string folder;
};
ImapUrl split_imap_url(const std::string& url);

// `name` as an IMAP quoted string ("a \"b\"").
std::string quoted_imap_string(const std::string& name);

class ImapConnection {
 public:
  explicit ImapConnection(ImapSettings settings);
  ~ImapConnection();
  ImapConnection(const ImapConnection&) = delete;
  ImapConnection& operator=(const ImapConnection&) = delete;

  // Connects and logs in when not connected. Errors: "imap.auth", "imap.tls", "imap.network".
  Status open();
  bool is_open() const;

  // Sends `command` under a fresh tag and reads every response up to its tagged completion.
  // Fails with "imap.too_large" when the answer exceeds `max_bytes`, "imap.refused" on a tagged
  // NO (the connection stays), "imap.protocol" on BAD or a malformed answer, "imap.network" on a
  // stall, a BYE or a closed connection.
  Result<ImapAnswer> command(const std::string& command, size_t max_bytes);

  // For IDLE: bytes sent as they are; the complete lines received so far, without waiting; the
  // next line, waiting at most the idle timeout. Lines are at most 64 KiB (longer: a protocol error).
  Status send_raw(const std::string& bytes);
  Result<std::vector<std::string>> lines_now();
  Result<std::string> next_line();

  int socket() const;  // -1 when not connected
  // The socket closed without a word.
  void abandon();
  // A LOGOUT when the server is still answering (at most about a second), then the socket closed.
  void close();
  // "imaps://host:993 as support" (never the password).
  std::string describe() const;

 private:
  // One connection and login: with the password, or with `bearer` when not empty.
  Status connect_and_log_in(const std::string& bearer);

  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace billet::daemon
