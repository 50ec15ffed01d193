#include "daemon/mail/mime_writer.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <random>

namespace billet::daemon {
namespace {

bool plain_ascii(std::string_view s) {
  for (const unsigned char c : s)
    if (c < 0x20 || c > 0x7E) return false;
  return s.find("=?") == std::string_view::npos;
}

std::string base64(std::string_view in) {
  static const char* const kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const uint32_t n = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                       static_cast<unsigned char>(in[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += kAlphabet[(n >> 6) & 63];
    out += kAlphabet[n & 63];
  }
  if (i < in.size()) {
    uint32_t n = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) n |= static_cast<unsigned char>(in[i + 1]) << 8;
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < in.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// Length of the UTF-8 sequence starting with byte `c` (1 for invalid bytes).
size_t sequence_length(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

}  // namespace

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    const bool control = c < 0x20 || c == 0x7F;
    const char put = control ? ' ' : ch;
    if (put == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += put;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string encode_header_text(std::string_view utf8, size_t header_name_length) {
  const std::string clean = one_line(utf8);
  if (plain_ascii(clean) && clean.size() + header_name_length <= 78) return clean;
  bool has_long_word = false;
  for (size_t start = 0, end; start < clean.size(); start = end + 1) {
    end = clean.find(' ', start);
    if (end == std::string::npos) end = clean.size();
    if (end - start > 70) has_long_word = true;
  }
  if (plain_ascii(clean) && !has_long_word) {
    // Fold long ASCII at spaces (a word too long to fold goes the encoded-word way below).
    std::string out;
    size_t line = header_name_length;
    size_t start = 0;
    while (start < clean.size()) {
      size_t end = clean.find(' ', start);
      if (end == std::string::npos) end = clean.size();
      const std::string word = clean.substr(start, end - start);
      if (!out.empty() && line + 1 + word.size() > 78) {
        out += "\r\n ";
        line = 1;
      } else if (!out.empty()) {
        out += ' ';
        ++line;
      }
      out += word;
      line += word.size();
      start = end + 1;
    }
    return out;
  }
  // Encoded words of at most 75 characters: "=?utf-8?B?" + base64 + "?=" (12 + base64).
  // 45 bytes of UTF-8 give 60 base64 characters; never split a character.
  std::string out;
  size_t i = 0;
  while (i < clean.size()) {
    // Room on this line: 78 minus the header name (first line) or the folding space (others).
    const size_t room = out.empty() ? (header_name_length < 60 ? 78 - header_name_length : 18) : 77;
    const size_t max_bytes = std::max<size_t>(3, (room - 12) / 4 * 3);
    size_t end = i;
    while (end < clean.size()) {
      const size_t len = sequence_length(static_cast<unsigned char>(clean[end]));
      if (end + len - i > max_bytes) break;
      end += len;
    }
    if (end == i) end = std::min(clean.size(), i + sequence_length(static_cast<unsigned char>(clean[i])));
    if (!out.empty()) out += "\r\n ";
    out += "=?utf-8?B?" + base64(std::string_view(clean).substr(i, end - i)) + "?=";
    i = end;
  }
  return out;
}

bool is_safe_address(std::string_view a) {
  const size_t at = a.find('@');
  if (a.empty() || a.size() > 254 || at == 0 || at == std::string_view::npos || at + 1 >= a.size()) return false;
  if (a.find('@', at + 1) != std::string_view::npos) return false;
  for (const unsigned char c : a)
    if (c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '(' || c == ')' || c == ',' || c == ';' || c == '"' ||
        c == '\\' || c == '[' || c == ']' || c == ':')
      return false;
  return true;
}

std::string format_address(std::string_view display_name, std::string_view address) {
  const std::string name = one_line(display_name);
  if (name.empty()) return "<" + std::string(address) + ">";
  if (plain_ascii(name) && name.find_first_of("\"\\()<>[]:;@,.") == std::string::npos)
    return name + " <" + std::string(address) + ">";
  if (plain_ascii(name)) {
    std::string quoted = "\"";
    for (const char c : name) {
      if (c == '"' || c == '\\') quoted += '\\';
      quoted += c;
    }
    return quoted + "\" <" + std::string(address) + ">";
  }
  return encode_header_text(name, 6) + "\r\n <" + std::string(address) + ">";  // folded: words can be long
}

std::string encode_quoted_printable(std::string_view text) {
  std::string out;
  size_t line = 0;
  auto put = [&](const std::string& token) {
    if (line + token.size() > 75) {
      out += "=\r\n";
      line = 0;
    }
    out += token;
    line += token.size();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\r') continue;
    if (c == '\n') {
      // Trailing white space before a line break must be encoded.
      if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
        const char last = out.back();
        out.pop_back();
        char buf[4];
        std::snprintf(buf, sizeof buf, "=%02X", static_cast<unsigned char>(last));
        out += buf;
      }
      out += "\r\n";
      line = 0;
      continue;
    }
    const bool literal = (c >= 33 && c <= 126 && c != '=') || c == ' ' || c == '\t';
    // A leading '.' is encoded too, so the body never depends on SMTP dot-stuffing.
    if (literal && !(c == '.' && line == 0)) {
      put(std::string(1, static_cast<char>(c)));
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "=%02X", c);
      put(buf);
    }
  }
  if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out += "=\r\n";
  if (out.size() < 2 || out.substr(out.size() - 2) != "\r\n") out += "\r\n";
  return out;
}

std::string rfc5322_date(TimePoint t) {
  const std::time_t tt = t.time_since_epoch().count();
  std::tm tm{};
  gmtime_r(&tt, &tm);
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s, %d %s %04d %02d:%02d:%02d +0000", kDays[tm.tm_wday], tm.tm_mday, kMonths[tm.tm_mon],
                tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::string new_message_id(std::string_view domain) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%lld.%016llx", static_cast<long long>(std::time(nullptr)),
                static_cast<unsigned long long>(rng()));
  return std::string(buf) + "@" + std::string(domain);
}

// A Message-ID fit for a header: printable ASCII without spaces or angle brackets, else dropped.
bool safe_id(std::string_view id) {
  if (id.empty() || id.size() > 250) return false;
  for (const unsigned char c : id)
    if (c <= 0x20 || c >= 0x7F || c == '<' || c == '>') return false;
  return true;
}

std::string render_message(const OutgoingMessage& m, TimePoint date) {
  std::string out;
  auto header = [&](const std::string& name, const std::string& value) { out += name + ": " + value + "\r\n"; };
  header("From", format_address(m.from_name, m.from_address));
  header("To", format_address(m.to_name, m.to_address));
  header("Subject", encode_header_text(m.subject, 9));
  header("Date", rfc5322_date(date));
  header("Message-ID", "<" + one_line(m.message_id) + ">");
  if (safe_id(m.in_reply_to)) header("In-Reply-To", "<" + m.in_reply_to + ">");
  std::string refs;
  for (const auto& r : m.references)
    if (safe_id(r)) refs += (refs.empty() ? "" : "\r\n ") + ("<" + r + ">");
  if (!refs.empty()) header("References", refs);
  for (const auto& [name, value] : m.extra_headers) header(one_line(name), one_line(value));
  header("MIME-Version", "1.0");
  header("Content-Type", "text/plain; charset=utf-8");
  header("Content-Transfer-Encoding", "quoted-printable");
  out += "\r\n";
  out += encode_quoted_printable(m.body);
  return out;
}

}  // namespace billet::daemon
