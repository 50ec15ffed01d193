#include <algorithm>
#include <cctype>
#include <cstdint>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <sstream>

#include "common/error_codes.h"
#include "daemon/net/imap_connection.h"
#include "daemon/net/mail_source.h"

namespace billet::daemon {
namespace {

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

// What one "n FETCH (...)" response says of its message.
struct FetchItems {
  uint32_t uid = 0;
  std::optional<uint64_t> size;
  std::optional<TimePoint> internal_date;
  std::optional<std::string> section;  // the BODY[...] contents (literal or quoted string)
};

// The contents of a quoted string starting at `at` (on the opening quote), or nullopt.
std::optional<std::string> quoted_at(const std::string& text, size_t at) {
  if (at >= text.size() || text[at] != '"') return std::nullopt;
  std::string out;
  for (size_t i = at + 1; i < text.size(); ++i) {
    if (text[i] == '"') return out;
    if (text[i] == '\\' && i + 1 < text.size()) ++i;
    out += text[i];
  }
  return std::nullopt;
}

// `response` is one untagged answer; `section` the data item naming the contents ("BODY[]",
// "BODY[HEADER]"). Not a FETCH response, or one without a UID (an unsolicited flag change): uid 0.
FetchItems parse_fetch(ImapAnswer::Untagged& response, const std::string& section) {
  FetchItems items;
  std::string& text = response.text;
  const size_t fetch = text.find(" FETCH (");
  if (fetch == std::string::npos || fetch == 0) return items;
  for (size_t i = 0; i < fetch; ++i)
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return items;
  // The literals are cut out, so the only text left is items and their atoms/quoted strings.
  const std::string list = text.substr(fetch + 7);
  const auto uid = number_after(list, "(UID").ok() ? number_after(list, "(UID") : number_after(list, " UID");
  if (!uid || *uid == 0) return items;
  items.uid = *uid;
  if (auto size = number_after(list, "RFC822.SIZE")) items.size = *size;
  if (const size_t at = list.find("INTERNALDATE "); at != std::string::npos)
    if (auto date = quoted_at(list, at + 13)) items.internal_date = parse_internaldate(*date);
  const size_t at = list.find(section + " ");
  if (at != std::string::npos && at + section.size() + 1 < list.size()) {
    const size_t value = at + section.size() + 1;
    if (list[value] == '{') {
      // The n-th "{N}" of the text is the n-th literal.
      size_t index = 0;
      for (size_t b = list.find('{'); b != std::string::npos && b < value; b = list.find('{', b + 1)) ++index;
      if (index < response.literals.size()) items.section = std::move(response.literals[index]);
    } else {
      items.section = quoted_at(list, value);  // NIL (an expunged message) stays empty
    }
  }
  return items;
}

class ImapSource final : public MailSource {
 public:
  explicit ImapSource(ImapSettings s) : settings_(s), connection_(std::move(s)) {
    const ImapUrl url = split_imap_url(settings_.url);
    server_ = url.server;
    folder_ = url.folder;
  }

  Result<FolderStatus> status() override {
    // The selected folder reports mail that arrived since only at the end of a command, so a
    // NOOP first makes the STATUS and SEARCH that follow see it.
    if (auto sync = run("NOOP", kSmallAnswer, "NOOP"); !sync) return sync.error();
    auto r = run("STATUS " + quoted_imap_string(folder_) + " (UIDVALIDITY UIDNEXT)", kSmallAnswer, "STATUS");
    if (!r) return r.error();
    for (const auto& u : r->untagged) {
      if (u.text.rfind("STATUS ", 0) != 0) continue;
      const auto validity = number_after(u.text, "UIDVALIDITY");
      if (!validity) return validity.error();
      const auto next = number_after(u.text, "UIDNEXT");
      if (!next) return next.error();
      if (*validity == 0) return Error{"imap.protocol", "the server answered UIDVALIDITY 0"};
      if (*validity != selected_validity_) connection_.close();  // renumbered: select it again
      return FolderStatus{*validity, *next};
    }
    return Error{"imap.protocol", "no STATUS answer from " + describe()};
  }

  // One window of UIDs per command keeps each answer small whatever the folder holds; an empty
  // window jumps to the next UID with ESEARCH MIN (RFC 4731) instead of walking a gap.
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
    auto one = fetch_many(uidvalidity, {uid});
    if (!one) return one.error();
    return std::move(one->front().message);
  }

  // Two round trips for a batch: sizes and arrival times of every UID asked, then the bodies of
  // those under the size limit, as many as fit in kFetchBatchBytes (at least one).
  Result<std::vector<Fetched>> fetch_many(uint32_t uidvalidity, const std::vector<uint32_t>& uids) override {
    std::vector<Fetched> out;
    if (uids.empty()) return out;
    if (auto s = select(); !s) return s.error();
    const std::vector<uint32_t> asked(uids.begin(), uids.begin() + static_cast<long>(std::min(uids.size(), kFetchBatchMessages)));
    auto missing = [&](uint32_t uid, const std::string& why) {
      return Error{errc::kImapMissing, "UID " + std::to_string(uid) + " " + why + " in " + describe()};
    };
    if (uidvalidity != selected_validity_) {
      for (const uint32_t uid : asked)
        out.push_back({uid, missing(uid, "is of UIDVALIDITY " + std::to_string(uidvalidity) + ", not " +
                                             std::to_string(selected_validity_))});
      return out;
    }
    auto sizes = run("UID FETCH " + uid_set(asked) + " (UID RFC822.SIZE INTERNALDATE)", kSmallAnswer, "UID FETCH sizes");
    if (!sizes) return sizes.error();
    std::map<uint32_t, FetchItems> listed;
    for (auto& u : sizes->untagged)
      if (FetchItems items = parse_fetch(u, "BODY[]"); items.uid && items.size) listed[items.uid] = std::move(items);
    std::vector<uint32_t> wanted;
    size_t budget = 0;
    size_t taken = 0;
    for (; taken < asked.size(); ++taken) {
      const auto found = listed.find(asked[taken]);
      if (found == listed.end() || *found->second.size > settings_.max_message_bytes) continue;
      const size_t size = static_cast<size_t>(*found->second.size);
      if (!wanted.empty() && budget + size > kFetchBatchBytes) break;
      wanted.push_back(asked[taken]);
      budget += size + kPerMessageSlack;
    }
    std::map<uint32_t, std::string> bodies;
    if (!wanted.empty()) {
      auto got = run("UID FETCH " + uid_set(wanted) + " (UID BODY.PEEK[])", budget + kSmallAnswer, "UID FETCH bodies");
      if (!got && got.error().code == errc::kImapTooLarge && wanted.size() > 1)
        return fetch_many(uidvalidity, {asked.front()});  // more than RFC822.SIZE said: one at a time
      if (!got && got.error().code != errc::kImapTooLarge) return got.error();
      if (got)
        for (auto& u : got->untagged)
          if (FetchItems items = parse_fetch(u, "BODY[]"); items.uid && items.section)
            bodies[items.uid] = std::move(*items.section);
    }
    for (size_t i = 0; i < taken; ++i) {
      const uint32_t uid = asked[i];
      const auto item = listed.find(uid);
      if (item == listed.end()) {
        out.push_back({uid, missing(uid, "is not in the folder")});
        continue;
      }
      if (*item->second.size > settings_.max_message_bytes) {
        out.push_back({uid, Error{errc::kImapTooLarge, "UID " + std::to_string(uid) + " is " +
                                                        std::to_string(*item->second.size) + " bytes, over the limit of " +
                                                        std::to_string(settings_.max_message_bytes)}});
        continue;
      }
      auto body = bodies.find(uid);
      if (body == bodies.end()) {
        out.push_back({uid, missing(uid, "was gone when its bytes were asked for")});
        continue;
      }
      FetchedMessage m;
      m.raw = std::move(body->second);
      m.internal_date = item->second.internal_date;
      out.push_back({uid, std::move(m)});
    }
    return out;
  }

  Result<FetchedMessage> fetch_header(uint32_t uidvalidity, uint32_t uid) override {
    if (auto s = select(); !s) return s.error();
    if (uidvalidity != selected_validity_)
      return Error{errc::kImapMissing, "UID " + std::to_string(uid) + " is of another UIDVALIDITY in " + describe()};
    auto got = run("UID FETCH " + std::to_string(uid) + " (UID RFC822.SIZE INTERNALDATE BODY.PEEK[HEADER])",
                   kMaxHeaderBytes + kSmallAnswer, "UID FETCH header");
    if (!got) return got.error();
    for (auto& u : got->untagged) {
      FetchItems items = parse_fetch(u, "BODY[HEADER]");
      if (items.uid != uid || !items.section || !items.size) continue;
      FetchedMessage m;
      m.raw = std::move(*items.section);
      m.internal_date = items.internal_date;
      m.oversize_bytes = std::max<uint64_t>(*items.size, 1);
      return m;
    }
    return Error{errc::kImapMissing, "UID " + std::to_string(uid) + " is not in " + describe()};
  }

  Status move(const std::vector<uint32_t>& uids, const std::string& folder) override {
    if (uids.empty()) return ok_status();
    const std::string command = "UID MOVE " + uid_set(uids) + " " + quoted_imap_string(folder);
    auto r = run(command, kSmallAnswer, "UID MOVE");
    if (r) return ok_status();
    if (r.error().code != errc::kImapRefused) return r.error();
    // Most likely the folder does not exist yet: create it (NO if it exists: fine) and retry.
    (void)run("CREATE " + quoted_imap_string(folder), kSmallAnswer, "CREATE");
    auto again = run(command, kSmallAnswer, "UID MOVE");
    if (!again) return again.error();
    return ok_status();
  }

  Status mark_seen(const std::vector<uint32_t>& uids) override {
    if (uids.empty()) return ok_status();
    auto r = run("UID STORE " + uid_set(uids) + " +FLAGS.SILENT (\\Seen)", kSmallAnswer, "UID STORE");
    if (!r) return r.error();
    return ok_status();
  }

  std::string describe() const override { return server_ + "/" + folder_ + " as " + settings_.user; }

 private:
  // Connects and selects the folder when needed; remembers its UIDVALIDITY.
  Status select() {
    if (connection_.is_open() && selected_) return ok_status();
    selected_ = false;
    auto r = connection_.command("SELECT " + quoted_imap_string(folder_), kSmallAnswer);
    if (!r) return Error{r.error().code, "SELECT " + folder_ + " on " + describe() + ": " + r.error().message};
    for (const auto& u : r->untagged)
      if (u.text.rfind("OK [UIDVALIDITY ", 0) == 0) {
        auto v = number_after(u.text, "[UIDVALIDITY");
        if (!v) return v.error();
        selected_validity_ = *v;
        selected_ = true;
      }
    if (!selected_) return Error{"imap.protocol", "SELECT " + folder_ + " on " + describe() + " gave no UIDVALIDITY"};
    return ok_status();
  }

  Result<ImapAnswer> run(const std::string& command, size_t limit, const std::string& what) {
    if (auto s = select(); !s) return s.error();
    auto r = connection_.command(command, limit);
    if (!r) {
      if (!connection_.is_open()) selected_ = false;
      return Error{r.error().code, what + " on " + describe() + ": " + r.error().message};
    }
    return r;
  }

  Result<std::vector<uint32_t>> search_range(uint32_t low, uint32_t high) {
    const std::string range = std::to_string(low) + ":" + std::to_string(high);
    auto r = run("UID SEARCH UID " + range, kSmallAnswer, "UID SEARCH " + range);
    if (!r) return r.error();
    std::string lines;
    for (const auto& u : r->untagged) lines += "* " + u.text + "\r\n";
    return parse_uid_search_answer(lines, low, high);
  }

  // The lowest UID >= `low`, or 0 when there is none.
  Result<uint32_t> first_uid_from(uint32_t low) {
    auto r = run("UID SEARCH RETURN (MIN) UID " + std::to_string(low) + ":*", kSmallAnswer, "UID SEARCH MIN");
    if (!r) return r.error();
    for (const auto& u : r->untagged) {
      if (u.text.rfind("ESEARCH", 0) != 0) continue;
      if (u.text.find(" MIN ") == std::string::npos) return 0u;
      auto min = number_after(u.text, "MIN");
      if (!min) return min.error();
      return *min >= low ? *min : 0u;  // "n:*" also matches the highest UID when it is below n
    }
    return Error{"imap.protocol", "the server does not answer ESEARCH (RFC 4731) on " + describe()};
  }

  static constexpr size_t kSmallAnswer = 1u << 20;     // every answer without message bytes
  static constexpr size_t kMaxHeaderBytes = 1u << 20;  // what is kept of a message over the limit
  static constexpr size_t kPerMessageSlack = 4096;     // the FETCH line around each literal

  ImapSettings settings_;
  ImapConnection connection_;
  std::string server_;
  std::string folder_;
  bool selected_ = false;
  uint32_t selected_validity_ = 0;
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
