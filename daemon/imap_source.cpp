#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <sstream>

#include "daemon/curl_imap.h"
#include "daemon/mail_source.h"

namespace billet::daemon {
namespace {

struct CurlGlobal {
  CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
  ~CurlGlobal() { curl_global_cleanup(); }
};

void ensure_curl_global() { static CurlGlobal global; }

struct EasyDeleter {
  void operator()(CURL* h) const { curl_easy_cleanup(h); }
};
using EasyHandle = std::unique_ptr<CURL, EasyDeleter>;

struct Sink {
  std::string data;
  size_t limit = 0;
  bool overflow = false;
};

size_t write_to_sink(char* ptr, size_t size, size_t n, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const size_t bytes = size * n;
  if (sink->data.size() + bytes > sink->limit) {
    sink->overflow = true;
    return 0;  // aborts the transfer
  }
  sink->data.append(ptr, bytes);
  return bytes;
}

Error curl_error(CURLcode code, const char* detail, const std::string& what) {
  std::string message = what + ": " + curl_easy_strerror(code);
  if (detail && *detail) message += " (" + std::string(detail) + ")";
  switch (code) {
    case CURLE_LOGIN_DENIED:
      return {"imap.auth", message};
    case CURLE_REMOTE_FILE_NOT_FOUND:
      return {"imap.missing", message};
    case CURLE_QUOTE_ERROR:
      return {"imap.refused", message};
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

std::string quoted(const std::string& mailbox) {
  std::string out = "\"";
  for (const char c : mailbox) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string url_path(const std::string& mailbox) {
  std::string out;
  for (const unsigned char c : mailbox) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out += static_cast<char>(c);
    else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

// The number after `key` in an IMAP response line ("UIDVALIDITY 123"). IMAP numbers are 32-bit:
// a larger one is a protocol error, never truncated.
Result<uint32_t> number_after(const std::string& text, const std::string& key) {
  const size_t at = text.find(key + " ");
  if (at == std::string::npos) return Error{"imap.protocol", "no " + key + " in: " + text.substr(0, 200)};
  size_t i = at + key.size() + 1;
  uint64_t v = 0;
  size_t digits = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && digits <= 10)
    v = v * 10 + static_cast<uint64_t>(text[i++] - '0'), ++digits;
  if (digits == 0 || digits > 10 || v > UINT32_MAX)
    return Error{"imap.protocol", key + " is not a 32-bit number: " + text.substr(at, 40)};
  return static_cast<uint32_t>(v);
}

}  // namespace

Result<std::vector<uint32_t>> parse_uid_search_answer(const std::string& answer, uint32_t low, uint32_t high) {
  std::vector<uint32_t> uids;
  std::istringstream lines(answer);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("* SEARCH", 0) != 0) continue;
    std::istringstream words(line.substr(8));
    for (std::string word; words >> word;) {
      const bool digits = word.size() <= 10 && std::all_of(word.begin(), word.end(), [](unsigned char c) {
        return std::isdigit(c) != 0;
      });
      const uint64_t v = digits ? std::stoull(word) : 0;
      if (!digits || v < low || v > high)
        return Error{"imap.protocol", "UID SEARCH " + std::to_string(low) + ":" + std::to_string(high) +
                                          " answered '" + word.substr(0, 40) + "', not a UID in that range"};
      uids.push_back(static_cast<uint32_t>(v));
    }
  }
  std::sort(uids.begin(), uids.end());
  uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
  return uids;
}

std::string uid_set(const std::vector<uint32_t>& uids) {
  std::string out;
  for (size_t i = 0; i < uids.size();) {
    size_t j = i;
    while (j + 1 < uids.size() && uids[j + 1] == uids[j] + 1) ++j;
    if (!out.empty()) out += ',';
    out += std::to_string(uids[i]);
    if (j > i) out += ':' + std::to_string(uids[j]);
    i = j + 1;
  }
  return out;
}

namespace {

// "* 12 FETCH (UID 345 INTERNALDATE "30-Nov-2026 18:47:26 +0000")" lines -> uid -> time. Lines
// without both items are skipped (best effort: the caller has a fallback).
void parse_internaldates(const std::string& answer, std::map<uint32_t, TimePoint>& out) {
  std::istringstream lines(answer);
  for (std::string line; std::getline(lines, line);) {
    const size_t uid_at = line.find("UID ");
    const size_t date_at = line.find("INTERNALDATE \"");
    if (uid_at == std::string::npos || date_at == std::string::npos) continue;
    const auto uid = number_after(line, "UID");
    const size_t end = line.find('"', date_at + 14);
    if (!uid || end == std::string::npos) continue;
    if (auto t = parse_internaldate(line.substr(date_at + 14, end - date_at - 14))) out[*uid] = *t;
  }
}

class ImapSource final : public MailSource {
 public:
  explicit ImapSource(ImapSettings s) : settings_(std::move(s)) {
    ensure_curl_global();
    curl_imap::split_url(settings_.url, server_, folder_);
  }

  Result<FolderStatus> status() override {
    // The kept connection has the folder selected: a server reports mail that arrived since
    // only at the end of a command, so a NOOP first makes the STATUS and SEARCH that follow see it.
    if (auto sync = run(folder_url(), "NOOP", 1u << 20, "NOOP"); !sync) return sync.error();
    auto r = run(server_ + "/", "STATUS " + quoted(folder_) + " (UIDVALIDITY UIDNEXT)", 1u << 16, "STATUS");
    if (!r) return r.error();
    const auto validity = number_after(*r, "UIDVALIDITY");
    if (!validity) return validity.error();
    const auto next = number_after(*r, "UIDNEXT");
    if (!next) return next.error();
    if (*validity == 0) return Error{"imap.protocol", "the server answered UIDVALIDITY 0"};
    return FolderStatus{*validity, *next};
  }

  // One window of UIDs per command: every answer line stays far below libcurl's line buffer (an
  // over-long line is cut and the digits on both sides joined: the lost-backlog bug), and below
  // its total answer limit whatever the folder holds. An empty window jumps to the next UID with
  // ESEARCH MIN (RFC 4731) instead of walking a gap window by window.
  static constexpr uint32_t kUidWindow = 500;

  Result<std::vector<uint32_t>> uids_from(uint32_t first_uid) override {
    uint32_t low = std::max<uint32_t>(first_uid, 1);
    for (int jumps = 0; jumps < 8; ++jumps) {
      const uint32_t high = low > UINT32_MAX - (kUidWindow - 1) ? UINT32_MAX : low + kUidWindow - 1;
      auto found = search_range(low, high);
      if (!found || !found->empty() || high == UINT32_MAX) return found;
      auto next = first_uid_from(high + 1);
      if (!next) return next.error();
      if (*next == 0) return std::vector<uint32_t>{};
      low = *next;
    }
    return std::vector<uint32_t>{};  // UIDs vanishing as fast as they are found: next pass
  }

  Result<bool> has_uid(uint32_t uid) override {
    auto found = search_range(uid, uid);
    if (!found) return found.error();
    return !found->empty();
  }

  Result<FetchedMessage> fetch(uint32_t uidvalidity, uint32_t uid) override {
    const std::string url =
        folder_url() + ";UIDVALIDITY=" + std::to_string(uidvalidity) + ";UID=" + std::to_string(uid);
    auto body = run(url, "", settings_.max_message_bytes, "FETCH UID " + std::to_string(uid));
    if (!body) return body.error();
    FetchedMessage m;
    m.raw = std::move(*body);
    m.internal_date = internal_date(uidvalidity, uid);
    return m;
  }

  Result<FetchedMessage> fetch_header(uint32_t uidvalidity, uint32_t uid) override {
    const std::string url = folder_url() + ";UIDVALIDITY=" + std::to_string(uidvalidity) +
                            ";UID=" + std::to_string(uid) + ";SECTION=HEADER";
    auto header = run(url, "", kMaxHeaderBytes, "FETCH HEADER UID " + std::to_string(uid));
    if (!header) return header.error();
    auto answer = run(folder_url(), "UID FETCH " + std::to_string(uid) + " (UID RFC822.SIZE)", 1u << 16,
                      "RFC822.SIZE UID " + std::to_string(uid));
    if (!answer) return answer.error();
    auto size = number_after(*answer, "RFC822.SIZE");
    if (!size) return size.error();
    FetchedMessage m;
    m.raw = std::move(*header);
    m.internal_date = internal_date(uidvalidity, uid);
    m.oversize_bytes = std::max<uint64_t>(*size, 1);
    return m;
  }

  Status move(const std::vector<uint32_t>& uids, const std::string& folder) override {
    if (uids.empty()) return ok_status();
    const std::string command = "UID MOVE " + uid_set(uids) + " " + quoted(folder);
    auto r = run(folder_url(), command, 1u << 20, "UID MOVE");
    if (r) return ok_status();
    if (r.error().code != "imap.refused") return r.error();
    // Most likely the folder does not exist yet: create it (NO if it exists: fine) and retry.
    (void)run(server_ + "/", "CREATE " + quoted(folder), 1u << 16, "CREATE");
    auto again = run(folder_url(), command, 1u << 20, "UID MOVE");
    if (!again) return again.error();
    return ok_status();
  }

  Status mark_seen(const std::vector<uint32_t>& uids) override {
    if (uids.empty()) return ok_status();
    auto r = run(folder_url(), "UID STORE " + uid_set(uids) + " +FLAGS.SILENT (\\Seen)", 1u << 20, "UID STORE");
    if (!r) return r.error();
    return ok_status();
  }

  std::string describe() const override { return server_ + "/" + folder_ + " as " + settings_.user; }

 private:
  std::string folder_url() const { return server_ + "/" + url_path(folder_); }

  Result<std::vector<uint32_t>> search_range(uint32_t low, uint32_t high) {
    const std::string range = std::to_string(low) + ":" + std::to_string(high);
    auto r = run(folder_url(), "UID SEARCH UID " + range, 1u << 20, "UID SEARCH " + range);
    if (!r) return r.error();
    return parse_uid_search_answer(*r, low, high);
  }

  // The server's arrival time of `uid`, asked for a whole window of UIDs at once (one round trip
  // per kUidWindow messages, not per message) and kept until the pass moves past them. Best
  // effort: without it the caller falls back to the Date header.
  std::optional<TimePoint> internal_date(uint32_t uidvalidity, uint32_t uid) {
    if (dates_validity_ != uidvalidity || uid < dates_low_ || uid > dates_high_) {
      dates_.clear();
      dates_validity_ = uidvalidity;
      dates_low_ = uid;
      dates_high_ = uid > UINT32_MAX - (kUidWindow - 1) ? UINT32_MAX : uid + kUidWindow - 1;
      const std::string range = std::to_string(dates_low_) + ":" + std::to_string(dates_high_);
      auto r = run(folder_url(), "UID FETCH " + range + " (UID INTERNALDATE)", 1u << 20, "INTERNALDATE " + range);
      if (r) parse_internaldates(*r, dates_);
    }
    const auto found = dates_.find(uid);
    if (found == dates_.end()) {
      dates_high_ = 0;  // not listed when asked (a message that arrived since): ask again next time
      return std::nullopt;
    }
    return found->second;
  }

  // The lowest UID >= `low`, or 0 when there is none.
  Result<uint32_t> first_uid_from(uint32_t low) {
    auto r = run(folder_url(), "UID SEARCH RETURN (MIN) UID " + std::to_string(low) + ":*", 1u << 16, "UID SEARCH MIN");
    if (!r) return r.error();
    if (r->find("* ESEARCH") == std::string::npos)
      return Error{"imap.protocol", "the server does not answer ESEARCH (RFC 4731): " + r->substr(0, 200)};
    if (r->find(" MIN ") == std::string::npos) return 0u;
    auto min = number_after(*r, "MIN");
    if (!min) return min.error();
    return *min >= low ? *min : 0u;  // "n:*" also matches the highest UID when it is below n
  }

  // One request on the kept connection. `custom` empty: a plain URL fetch (BODY[]).
  Result<std::string> run(const std::string& url, const std::string& custom, size_t limit, const std::string& what) {
    if (!handle_) handle_.reset(curl_easy_init());
    if (!handle_) return Error{"imap.network", "curl_easy_init failed"};
    CURL* h = handle_.get();
    curl_easy_reset(h);  // keeps the connection, forgets the previous request's options
    Sink sink{{}, limit, false};
    char error_buffer[CURL_ERROR_SIZE] = {};
    curl_imap::set_connection_options(h, settings_, url);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, write_to_sink);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, settings_.idle_timeout_seconds);
    if (!custom.empty()) curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, custom.c_str());
    const CURLcode rc = curl_easy_perform(h);
    if (rc == CURLE_ABORTED_BY_CALLBACK || rc == CURLE_OPERATION_TIMEDOUT) {
      curl_imap::cut_connection(h);  // a stalled server must not hold the LOGOUT of the cleanup
      Error e = curl_error(rc, error_buffer, what + " on " + describe());
      handle_.reset();
      return e;
    }
    if (sink.overflow) return Error{"imap.too_large", what + ": answer larger than " + std::to_string(limit) + " bytes"};
    if (rc != CURLE_OK) return curl_error(rc, error_buffer, what + " on " + describe());
    return std::move(sink.data);
  }

  static constexpr size_t kMaxHeaderBytes = 1u << 20;

  ImapSettings settings_;
  std::string server_;
  std::string folder_;
  EasyHandle handle_;
  std::map<uint32_t, TimePoint> dates_;  // INTERNALDATE of UIDs in [dates_low_, dates_high_]
  uint32_t dates_validity_ = 0, dates_low_ = 1, dates_high_ = 0;
};

}  // namespace

std::unique_ptr<MailSource> make_imap_source(ImapSettings settings) {
  return std::make_unique<ImapSource>(std::move(settings));
}

std::optional<TimePoint> parse_internaldate(const std::string& text) {
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int day = 0, year = 0, h = 0, m = 0, s = 0;
  char mon[4] = {};
  char sign = '+';
  int zone = 0;
  if (std::sscanf(text.c_str(), " %d-%3s-%d %d:%d:%d %c%d", &day, mon, &year, &h, &m, &s, &sign, &zone) != 8)
    return std::nullopt;
  int month = 0;
  for (int i = 0; i < 12; ++i)
    if (std::strcmp(mon, kMonths[i]) == 0) month = i + 1;
  const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                        std::chrono::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  const int offset = (zone / 100) * 60 + zone % 100;
  const auto local = std::chrono::sys_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{m} + std::chrono::seconds{s};
  return TimePoint{local - std::chrono::minutes{sign == '-' ? -offset : offset}};
}

}  // namespace billet::daemon
