#include "parsers/transfer_encoding.h"

#include "parsers/text_util.h"

namespace billet::parsers {
namespace {

int base64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;  // '-' and '_': the URL-safe alphabet some senders use
  if (c == '/' || c == '_') return 63;
  return -1;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

std::string decode_base64(std::string_view encoded) {
  std::string out;
  out.reserve(encoded.size() * 3 / 4);
  uint32_t accumulator = 0;
  int bits = 0;
  for (const char c : encoded) {
    if (c == '=') {
      // Padding ends the current quantum; data may follow (concatenated base64 blocks).
      accumulator = 0;
      bits = 0;
      continue;
    }
    const int v = base64_value(c);
    if (v < 0) continue;
    accumulator = (accumulator << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((accumulator >> bits) & 0xFF);
    }
  }
  return out;
}

std::string decode_quoted_printable(std::string_view in, bool q_encoding) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '_' && q_encoding) {
      out += ' ';
      continue;
    }
    if (c != '=') {
      out += c;
      continue;
    }
    if (i + 2 < in.size() && hex_value(in[i + 1]) >= 0 && hex_value(in[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(in[i + 1]) * 16 + hex_value(in[i + 2]));
      i += 2;
      continue;
    }
    // Soft line break: '=' then optional spaces/tabs then CRLF, LF or end of input.
    size_t j = i + 1;
    while (j < in.size() && (in[j] == ' ' || in[j] == '\t')) ++j;
    if (j == in.size()) {
      i = j;
      continue;
    }
    if (in[j] == '\n') {
      i = j;
      continue;
    }
    if (in[j] == '\r') {
      i = (j + 1 < in.size() && in[j + 1] == '\n') ? j + 1 : j;
      continue;
    }
    out += c;  // malformed: keep the '=' literally
  }
  return out;
}

std::string decode_uuencode(std::string_view encoded) {
  std::string out;
  bool in_block = encoded.find("begin ") == std::string_view::npos;
  for (std::string_view line : split_lines(encoded)) {
    if (!in_block) {
      if (line.substr(0, 6) == "begin ") in_block = true;
      continue;
    }
    if (trim(line) == "end") break;
    if (line.empty()) continue;
    const int count = (line[0] - 32) & 0x3F;
    if (count == 0) continue;
    std::string bytes;
    for (size_t i = 1; i < line.size() && static_cast<int>(bytes.size()) < count; i += 4) {
      auto v = [&](size_t k) { return k < line.size() ? ((line[k] - 32) & 0x3F) : 0; };
      const uint32_t n = (static_cast<uint32_t>(v(i)) << 18) | (static_cast<uint32_t>(v(i + 1)) << 12) |
                         (static_cast<uint32_t>(v(i + 2)) << 6) | static_cast<uint32_t>(v(i + 3));
      bytes += static_cast<char>((n >> 16) & 0xFF);
      bytes += static_cast<char>((n >> 8) & 0xFF);
      bytes += static_cast<char>(n & 0xFF);
    }
    bytes.resize(std::min<size_t>(bytes.size(), static_cast<size_t>(count)));
    out += bytes;
  }
  return out;
}

bool is_identity_transfer_encoding(std::string_view encoding) {
  const std::string enc = ascii_lower(trim(encoding));
  return enc != "base64" && enc != "quoted-printable" && enc != "x-uuencode" && enc != "uuencode" && enc != "x-uue";
}

std::string decode_transfer_encoding(std::string_view body, std::string_view encoding) {
  const std::string enc = ascii_lower(trim(encoding));
  if (enc == "base64") return decode_base64(body);
  if (enc == "quoted-printable") return decode_quoted_printable(body);
  if (enc == "x-uuencode" || enc == "uuencode" || enc == "x-uue") return decode_uuencode(body);
  return std::string(body);  // 7bit, 8bit, binary, unknown
}

}  // namespace billet::parsers
