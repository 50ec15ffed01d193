#pragma once
// Where messages come from: one IMAP folder, seen through a narrow interface so that the
// ingestion logic is tested with a fake and runs against libcurl (imap_source.cpp) for real.
// Error codes: "imap.network" (retry), "imap.auth", "imap.tls", "imap.missing" (no such UID or a
// UIDVALIDITY mismatch), "imap.refused" (a tagged NO), "imap.protocol". Not thread-safe.
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/error_codes.h"
#include "common/result.h"
#include "daemon/net/token_source.h"

namespace billet::daemon {

struct FolderStatus {
  uint32_t uidvalidity = 0;
  uint32_t uidnext = 0;
};

struct FetchedMessage {
  std::string raw;
  std::optional<TimePoint> internal_date;  // the server's arrival time
  // Set (the whole message's size in bytes) when `raw` is only the header of a message over the
  // size limit (fetch_header); 0 when `raw` is the whole message.
  uint64_t oversize_bytes = 0;
};

// What one fetch_many holds at most: this many messages, and this many bytes of them (or one
// larger message). The ingestor asks for batches of this size and commits them as one group.
inline constexpr size_t kFetchBatchMessages = 64;
inline constexpr size_t kFetchBatchBytes = 16u << 20;

class MailSource {
 public:
  virtual ~MailSource() = default;
  virtual Result<FolderStatus> status() = 0;
  // The next UIDs >= first_uid in the folder, ascending: a page of bounded size (the caller asks
  // again from the last one + 1); empty when there are none. Every UID was listed by the server.
  virtual Result<std::vector<uint32_t>> uids_from(uint32_t first_uid) = 0;
  // Whether the server lists `uid` now (to tell a vanished message from a failed fetch).
  virtual Result<bool> has_uid(uint32_t uid) = 0;
  // Fails with "imap.missing" when the UID is gone or the folder's UIDVALIDITY is not `uidvalidity`,
  // "imap.too_large" when the message is over the size limit.
  virtual Result<FetchedMessage> fetch(uint32_t uidvalidity, uint32_t uid) = 0;
  // Several messages in as few round trips as the source can: an outcome for each UID of a
  // prefix of `uids` (at least the first; at most kFetchBatchMessages, and it stops where
  // kFetchBatchBytes would be passed), in order, each the message or its own "imap.missing" /
  // "imap.too_large". An error of the connection fails the whole call. This default asks for one
  // message at a time.
  struct Fetched {
    uint32_t uid;
    Result<FetchedMessage> message;
  };
  virtual Result<std::vector<Fetched>> fetch_many(uint32_t uidvalidity, const std::vector<uint32_t>& uids) {
    std::vector<Fetched> out;
    size_t held = 0;
    for (const uint32_t uid : uids) {
      if (out.size() == kFetchBatchMessages || held >= kFetchBatchBytes) break;
      auto m = fetch(uidvalidity, uid);
      if (!m && m.error().code != errc::kImapMissing && m.error().code != errc::kImapTooLarge) return m.error();
      if (m) held += m->raw.size();
      out.push_back({uid, std::move(m)});
    }
    return out;
  }
  // The header block only (at most 1 MiB, blank line included) and oversize_bytes = the message's
  // full size: what is kept of a message over the limit. Errors as fetch.
  virtual Result<FetchedMessage> fetch_header(uint32_t uidvalidity, uint32_t uid) = 0;
  // Moves the messages `uids` (ascending, at most a few hundred) to `folder` (created when
  // missing) in one command; a UID no longer in the folder is skipped, not an error.
  virtual Status move(const std::vector<uint32_t>& uids, const std::string& folder) = 0;
  virtual Status mark_seen(const std::vector<uint32_t>& uids) = 0;
  // For logs: "imaps://host:993/INBOX as support" (never the password).
  virtual std::string describe() const = 0;
};

struct ImapSettings {
  std::string url;  // imaps://host[:port]/FOLDER or imap://host[:port]/FOLDER
  std::string user;
  std::string password;
  std::string ca_file;
  bool allow_plaintext = false;  // imap:// without STARTTLS
  long connect_timeout_seconds = 15;
  // A connection that moves no byte for this long is dropped: well under the unit's WatchdogSec
  // (120 s), so that a stalled server never makes systemd kill a working billetd.
  long idle_timeout_seconds = 45;
  size_t max_message_bytes = 64u << 20;
  // When it becomes true (SIGTERM), a transfer in progress is abandoned within about a second.
  const std::atomic<bool>* abort = nullptr;
  // Set: log in with SASL `sasl_mechanism` ("XOAUTH2" or "OAUTHBEARER") and a token from it
  // instead of the password; a refused token is reported to it and a fresh one tried once.
  std::shared_ptr<TokenSource> token = nullptr;
  std::string sasl_mechanism = "XOAUTH2";
};

std::unique_ptr<MailSource> make_imap_source(ImapSettings settings);

// The UIDs of "* SEARCH" lines in `answer`, ascending; any word that is not a UID in
// [low, high] makes the whole answer a protocol error (never trusted in part).
Result<std::vector<uint32_t>> parse_uid_search_answer(const std::string& answer, uint32_t low, uint32_t high);

// An IMAP sequence set for ascending UIDs, runs joined: {1,2,3,5,9,10} -> "1:3,5,9:10".
std::string uid_set(const std::vector<uint32_t>& ascending_uids);

// Parses an IMAP INTERNALDATE ("30-Nov-2026 18:47:26 +0000").
std::optional<TimePoint> parse_internaldate(const std::string& text);

}  // namespace billet::daemon
