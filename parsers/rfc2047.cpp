#include "parsers/rfc2047.h"

#include <optional>

#include "parsers/charset.h"
#include "parsers/text_util.h"
#include "parsers/transfer_encoding.h"

namespace billet::parsers {
namespace {

struct EncodedWord {
  size_t begin = 0;  // offset of "=?"
  size_t end = 0;    // offset just past "?="
  std::string charset;
  std::string bytes;  // decoded, still in `charset`
};

// Parses an encoded word starting at raw[pos] == '=' && raw[pos+1] == '?'.
std::optional<EncodedWord> parse_encoded_word(std::string_view raw, size_t pos) {
  const size_t cs_end = raw.find('?', pos + 2);
  if (cs_end == std::string_view::npos || cs_end == pos + 2 || cs_end - pos > 80) return std::nullopt;
  if (cs_end + 2 >= raw.size() || raw[cs_end + 2] != '?') return std::nullopt;
  const char enc = raw[cs_end + 1];
  if (enc != 'q' && enc != 'Q' && enc != 'b' && enc != 'B') return std::nullopt;
  const size_t text_begin = cs_end + 3;
  size_t text_end = raw.find("?=", text_begin);
  if (text_end == std::string_view::npos) return std::nullopt;
  const std::string_view text = raw.substr(text_begin, text_end - text_begin);
  if (text.find('\n') != std::string_view::npos) return std::nullopt;  // words do not span lines
  EncodedWord word;
  word.begin = pos;
  word.end = text_end + 2;
  word.charset = normalize_charset(raw.substr(pos + 2, cs_end - pos - 2));
  word.bytes = (enc == 'b' || enc == 'B') ? decode_base64(text) : decode_quoted_printable(text, true);
  return word;
}

bool only_blanks(std::string_view s) {
  for (const char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  return true;
}

void append_plain(std::string& out, std::string_view plain, std::string_view fallback) {
  if (plain.empty()) return;
  out += best_effort_utf8(plain, fallback);
}

std::string clean_controls(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool last_space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const bool folding = (c == '\r' || c == '\n');
    if (folding || c == '\t' || c < 0x20 || c == 0x7F) {
      // Folding (CRLF + blanks) and control characters read as one space.
      if (!last_space) out += ' ';
      last_space = true;
      continue;
    }
    if (c == ' ' && last_space && i > 0 && (s[i - 1] == '\n' || s[i - 1] == '\r' || s[i - 1] == ' ')) continue;
    out += static_cast<char>(c);
    last_space = (c == ' ');
  }
  return std::string(trim(out));
}

}  // namespace

std::string decode_header_text(std::string_view raw, std::string_view fallback_charset) {
  std::string out;
  size_t pos = 0;
  size_t plain_start = 0;
  std::optional<EncodedWord> pending;  // adjacent encoded words in one charset, not yet converted

  auto flush_pending = [&] {
    if (pending) out += to_utf8(pending->bytes, pending->charset);
    pending.reset();
  };

  while (pos < raw.size()) {
    const size_t candidate = raw.find("=?", pos);
    if (candidate == std::string_view::npos) break;
    auto word = parse_encoded_word(raw, candidate);
    if (!word) {
      pos = candidate + 2;
      continue;
    }
    const size_t word_end = word->end;
    const std::string_view between = raw.substr(plain_start, candidate - plain_start);
    if (pending && only_blanks(between) && pending->charset == word->charset) {
      pending->bytes += word->bytes;
    } else {
      const bool adjacent = pending && only_blanks(between);
      flush_pending();
      if (!adjacent) append_plain(out, between, fallback_charset);
      pending = std::move(word);
    }
    pos = word_end;
    plain_start = word_end;
  }
  flush_pending();
  append_plain(out, raw.substr(plain_start), fallback_charset);
  return clean_controls(out);
}

}  // namespace billet::parsers
