#include "parsers/charset.h"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>

#include "common/utf8.h"
#include "parsers/text_util.h"

namespace billet::parsers {
namespace {

size_t utf8_sequence_length(std::string_view s, size_t i) { return utf8::valid_sequence_length(s, i); }
void append_codepoint(std::string& out, uint32_t cp) { utf8::append(out, cp); }

// windows-1252 code points for bytes 0x80..0x9F; the five undefined bytes map to their C1 controls.
constexpr std::array<uint16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void append_cp1252(std::string& out, unsigned char b) {
  if (b >= 0x80 && b <= 0x9F) append_codepoint(out, kCp1252High[b - 0x80]);
  else append_codepoint(out, b);
}

class IconvHandle {
 public:
  IconvHandle(const std::string& to, const std::string& from) : cd_(iconv_open(to.c_str(), from.c_str())) {}
  ~IconvHandle() {
    if (valid()) iconv_close(cd_);
  }
  IconvHandle(const IconvHandle&) = delete;
  IconvHandle& operator=(const IconvHandle&) = delete;
  bool valid() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
  iconv_t get() const { return cd_; }

 private:
  iconv_t cd_;
};

bool is_utf8_label(const std::string& cs) { return cs == "utf-8"; }
bool is_ascii_label(const std::string& cs) { return cs.empty() || cs == "us-ascii"; }
bool is_cp1252_label(const std::string& cs) { return cs == "windows-1252"; }

enum class Mode { kStrict, kReplaceInvalid };

// The width of the character at a position, for skipping it: in an ISO-2022 text whose last
// escape before it switched to a double-byte set (ESC $ ...), two bytes; otherwise one. Positions
// are asked in increasing order; each byte is looked at once in all (no scan back per error).
class SkipWidth {
 public:
  explicit SkipWidth(std::string_view input) : input_(input) {}
  size_t at(size_t position) {
    for (; scanned_ < position && scanned_ < input_.size(); ++scanned_)
      if (input_[scanned_] == '\x1b') double_byte_ = scanned_ + 1 < input_.size() && input_[scanned_ + 1] == '$';
    return double_byte_ ? 2 : 1;
  }

 private:
  std::string_view input_;
  size_t scanned_ = 0;
  bool double_byte_ = false;
};

// iconv conversion; false when the label is unknown or (kStrict) the bytes are invalid in it.
// kReplaceInvalid writes U+FFFD for each character the charset cannot map and steps over that
// character only (two bytes in an ISO-2022 double-byte run), so the text after it stays in step;
// `replaced` counts them.
bool iconv_convert(std::string_view bytes, const std::string& charset, Mode mode, std::string& out,
                   size_t* replaced = nullptr) {
  IconvHandle cd("UTF-8", charset);
  if (!cd.valid()) return false;
  out.clear();
  std::string input(bytes);
  char* in = input.data();
  size_t in_left = input.size();
  std::array<char, 4096> buffer{};
  SkipWidth skip(input);
  size_t replacements = 0;
  while (true) {
    char* dst = buffer.data();
    size_t dst_left = buffer.size();
    const size_t rc = iconv(cd.get(), in_left ? &in : nullptr, &in_left, &dst, &dst_left);
    out.append(buffer.data(), buffer.size() - dst_left);
    if (rc != static_cast<size_t>(-1)) {
      if (in_left == 0) break;
      continue;
    }
    if (errno == E2BIG) continue;
    if (mode == Mode::kStrict) return false;
    out += "\xEF\xBF\xBD";  // U+FFFD
    if (replaced) ++*replaced;
    // More than one replacement in 8 bytes: the label is wrong; the caller falls back. Stop here
    // rather than convert the rest for nothing.
    if (++replacements * 8 > input.size()) {
      if (replaced) *replaced = replacements;
      return false;
    }
    if (errno != EILSEQ || in_left == 0) break;  // EINVAL: a truncated final sequence
    const size_t width = std::min(in_left, skip.at(static_cast<size_t>(in - input.data())));
    in += width;
    in_left -= width;
  }
  // Flush shift state (ISO-2022-JP and friends).
  char* dst = buffer.data();
  size_t dst_left = buffer.size();
  iconv(cd.get(), nullptr, nullptr, &dst, &dst_left);
  out.append(buffer.data(), buffer.size() - dst_left);
  return is_valid_utf8(out);
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  for (size_t i = 0; i < bytes.size();) {
    const size_t len = utf8_sequence_length(bytes, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::string windows1252_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char b : bytes) append_cp1252(out, b);
  return out;
}

std::string repair_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size();) {
    const size_t len = utf8_sequence_length(bytes, i);
    if (len == 0) {
      append_cp1252(out, static_cast<unsigned char>(bytes[i]));
      ++i;
    } else {
      out.append(bytes.substr(i, len));
      i += len;
    }
  }
  return out;
}

std::string best_effort_utf8(std::string_view bytes, std::string_view fallback_charset) {
  size_t multibyte = 0;
  size_t invalid = 0;
  for (size_t i = 0; i < bytes.size();) {
    const size_t len = utf8_sequence_length(bytes, i);
    if (len == 0) {
      ++invalid;
      ++i;
      continue;
    }
    if (len > 1) ++multibyte;
    i += len;
  }
  if (invalid == 0) return std::string(bytes);
  if (multibyte >= 2 * invalid) return repair_utf8(bytes);
  return to_utf8(bytes, fallback_charset.empty() ? std::string_view("windows-1252") : fallback_charset);
}

std::string normalize_charset(std::string_view label) {
  std::string cs = ascii_lower(trim(label));
  while (!cs.empty() && (cs.front() == '"' || cs.front() == '\'')) cs.erase(0, 1);
  while (!cs.empty() && (cs.back() == '"' || cs.back() == '\'')) cs.pop_back();
  if (const auto star = cs.find('*'); star != std::string::npos) cs.resize(star);  // RFC 2231 language
  if (cs == "utf8" || cs == "unicode-1-1-utf-8" || cs == "x-unicode20utf8") return "utf-8";
  if (cs == "ascii" || cs == "ansi_x3.4-1968" || cs == "us" || cs == "iso646-us" || cs == "646") return "us-ascii";
  // As the web does: iso-8859-1 and its aliases are read as windows-1252 (a superset in practice).
  if (cs == "iso-8859-1" || cs == "iso8859-1" || cs == "iso_8859-1" || cs == "latin1" || cs == "latin-1" ||
      cs == "l1" || cs == "cp1252" || cs == "x-cp1252" || cs == "windows-1252" || cs == "cp819" ||
      cs == "iso-ir-100")
    return "windows-1252";
  if (cs == "iso8859-15" || cs == "latin9" || cs == "latin-9") return "iso-8859-15";
  if (cs == "iso8859-2" || cs == "latin2") return "iso-8859-2";
  // iso-8859-6/8 with "-i" (implicit) or "-e" (explicit) directionality: same bytes.
  if (cs.size() == 12 && cs.rfind("iso-8859-", 0) == 0 && (cs.back() == 'i' || cs.back() == 'e') && cs[10] == '-')
    return cs.substr(0, 10);
  if (cs == "ks_c_5601-1987" || cs == "ks_c_5601" || cs == "euc-kr" || cs == "ksc5601") return "cp949";
  if (cs == "gb2312" || cs == "gbk" || cs == "x-gbk" || cs == "cp936" || cs == "euc-cn") return "gb18030";
  if (cs == "shift_jis" || cs == "shift-jis" || cs == "x-sjis" || cs == "sjis" || cs == "ms_kanji") return "cp932";
  if (cs == "big5" || cs == "x-x-big5") return "big5-hkscs";
  if (cs == "iso-2022-jp") return "iso-2022-jp-2";
  if (cs == "cp1250" || cs == "x-cp1250") return "windows-1250";
  if (cs == "cp1251" || cs == "x-cp1251") return "windows-1251";
  if (cs == "unicode-1-1-utf-7" || cs == "utf7") return "utf-7";
  if (cs == "x-unknown" || cs == "unknown" || cs == "default" || cs == "x-user-defined" || cs == "unknown-8bit")
    return "";
  return cs;
}

std::string to_utf8(std::string_view bytes, std::string_view charset, bool* used_fallback, Conversion* how) {
  if (used_fallback) *used_fallback = false;
  Conversion ignored;
  Conversion& report = how ? *how : ignored;
  report = Conversion{};
  const std::string cs = normalize_charset(charset);
  const bool valid_utf8 = is_valid_utf8(bytes);
  if (is_utf8_label(cs) || is_ascii_label(cs)) {
    if (valid_utf8) return std::string(bytes);
    if (is_utf8_label(cs) && used_fallback) *used_fallback = true;
    report.read_as_windows1252 = true;
    return repair_utf8(bytes);
  }
  if (is_cp1252_label(cs)) return windows1252_to_utf8(bytes);
  std::string out;
  if (iconv_convert(bytes, cs, Mode::kStrict, out)) return out;
  if (used_fallback) *used_fallback = true;
  const bool has_8bit = std::any_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; });
  if (valid_utf8 && has_8bit) return std::string(bytes);  // a lying label over UTF-8 text
  // 8-bit text (two characters or more, no escape sequence) under a 7-bit ISO-2022-JP label:
  // Japanese mailers' usual mislabel of Shift_JIS (or EUC-JP). Read it as what it is, and say so.
  const auto high_bytes = std::count_if(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; });
  if (high_bytes >= 4 && bytes.find('\x1b') == std::string_view::npos && cs.rfind("iso-2022-jp", 0) == 0)
    for (const char* actual : {"cp932", "euc-jp"})
      if (iconv_convert(bytes, actual, Mode::kStrict, out)) {
        report.read_as = actual;
        return out;
      }
  // A few characters the labelled charset cannot map: each replaced, the rest kept. When much of
  // it is unreadable (over one in 8 bytes), the label lies: read the bytes as windows-1252.
  size_t replaced = 0;
  if (iconv_convert(bytes, cs, Mode::kReplaceInvalid, out, &replaced) && replaced * 8 <= bytes.size()) {
    report.replaced = replaced;
    return out;
  }
  report.read_as_windows1252 = true;
  return windows1252_to_utf8(bytes);
}

}  // namespace billet::parsers
