#pragma once
// An in-process MailSource for unit tests of the ingestion logic (the real one is tested against
// Dovecot in tests/daemon/ingestion_integration_test.cpp).
#include <algorithm>
#include <map>

#include "daemon/net/mail_source.h"

namespace billet::testing {

class FakeMailSource : public daemon::MailSource {
 public:
  uint32_t uidvalidity = 1000;
  std::map<uint32_t, std::string> inbox;  // uid -> raw
  std::map<uint32_t, std::string> moved;  // uid -> folder
  std::vector<uint32_t> seen;
  int move_commands = 0;       // UID MOVE commands received (one per batch)
  uint32_t next_uid = 1;
  bool down = false;           // every call fails with imap.network
  bool refuse_moves = false;   // moves fail with imap.network
  size_t page_size = 0;        // UIDs per uids_from answer (0: all)
  int fetch_failures = 0;      // the next fetches that fail with imap.network (a dropped connection)
  std::vector<uint32_t> ghost_uids;  // listed by uids_from but never fetchable nor listed by has_uid
  std::vector<uint32_t> unfetchable;  // in the folder (listed) but every fetch answers "missing"
  size_t max_message_bytes = 64u << 20;  // fetch answers "imap.too_large" above it
  size_t max_header_bytes = 1u << 20;     // fetch_header answers "imap.too_large" above it

  uint32_t add(const std::string& raw) {
    inbox[next_uid] = raw;
    return next_uid++;
  }

  Result<daemon::FolderStatus> status() override {
    if (down) return Error{"imap.network", "down"};
    return daemon::FolderStatus{uidvalidity, next_uid};
  }
  Result<std::vector<uint32_t>> uids_from(uint32_t first) override {
    if (down) return Error{"imap.network", "down"};
    std::vector<uint32_t> out;
    for (const auto& [uid, raw] : inbox)
      if (uid >= first) out.push_back(uid);
    for (const uint32_t ghost : ghost_uids)
      if (ghost >= first) out.push_back(ghost);
    std::sort(out.begin(), out.end());
    if (page_size && out.size() > page_size) out.resize(page_size);
    return out;
  }
  Result<bool> has_uid(uint32_t uid) override {
    if (down) return Error{"imap.network", "down"};
    return inbox.count(uid) > 0;
  }
  Result<daemon::FetchedMessage> fetch(uint32_t validity, uint32_t uid) override {
    if (down) return Error{"imap.network", "down"};
    if (fetch_failures > 0) {
      --fetch_failures;
      return Error{"imap.network", "connection dropped mid-fetch"};
    }
    if (validity != uidvalidity || !inbox.count(uid) ||
        std::find(unfetchable.begin(), unfetchable.end(), uid) != unfetchable.end())
      return Error{"imap.missing", "no such message"};
    if (inbox[uid].size() > max_message_bytes) return Error{"imap.too_large", "over the limit"};
    return daemon::FetchedMessage{inbox[uid], TimePoint{std::chrono::seconds{1795000000}}};
  }
  Result<daemon::FetchedMessage> fetch_header(uint32_t validity, uint32_t uid) override {
    if (down) return Error{"imap.network", "down"};
    if (validity != uidvalidity || !inbox.count(uid)) return Error{"imap.missing", "no such message"};
    const std::string& raw = inbox[uid];
    if (raw.size() > max_header_bytes && raw.find("\n\n") > max_header_bytes) return Error{"imap.too_large", "header"};
    const size_t crlf = raw.find("\r\n\r\n"), lf = raw.find("\n\n");
    const size_t end = crlf != std::string::npos ? crlf + 4 : lf != std::string::npos ? lf + 2 : raw.size();
    return daemon::FetchedMessage{raw.substr(0, end),
                                  TimePoint{std::chrono::seconds{1795000000}}, raw.size()};
  }
  Status move(const std::vector<uint32_t>& uids, const std::string& folder) override {
    if (down || refuse_moves) return Error{"imap.network", "down"};
    ++move_commands;
    for (const uint32_t uid : uids)
      if (inbox.erase(uid)) moved[uid] = folder;
    return ok_status();
  }
  Status mark_seen(const std::vector<uint32_t>& uids) override {
    if (down || refuse_moves) return Error{"imap.network", "down"};
    seen.insert(seen.end(), uids.begin(), uids.end());
    return ok_status();
  }
  std::string describe() const override { return "fake"; }
};

}  // namespace billet::testing
