#include "parsers/mime_params.h"

#include <algorithm>
#include <vector>

#include "parsers/charset.h"
#include "parsers/rfc2047.h"
#include "parsers/text_util.h"

namespace billet::parsers {
namespace {

struct RawParam {
  std::string name;  // lower-cased, without the RFC 2231 "*N*" suffix
  int section = -1;  // continuation index, -1 when none
  bool extended = false;  // value is charset'lang'%XX (first section) or %XX (later ones)
  std::string value;
};

// Splits on ';' outside quoted strings and comments.
std::vector<std::string> split_params(std::string_view raw) {
  std::vector<std::string> parts;
  std::string current;
  bool quoted = false;
  int comment_depth = 0;
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (quoted) {
      if (c == '\\' && i + 1 < raw.size()) {
        current += raw[++i];
        continue;
      }
      if (c == '"') quoted = false;
      current += c;
      continue;
    }
    if (comment_depth > 0) {
      if (c == '(') ++comment_depth;
      if (c == ')') --comment_depth;
      continue;
    }
    if (c == '"') quoted = true;
    if (c == '(') {
      comment_depth = 1;
      continue;
    }
    if (c == ';') {
      parts.push_back(current);
      current.clear();
      continue;
    }
    current += c;
  }
  parts.push_back(current);
  return parts;
}

std::string unquote(std::string_view v) {
  v = trim(v);
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') return std::string(v.substr(1, v.size() - 2));
  if (!v.empty() && v.front() == '"') return std::string(v.substr(1));  // unterminated quote
  return std::string(v);
}

std::string percent_decode(std::string_view s) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

RawParam parse_raw_param(std::string_view part) {
  RawParam p;
  const size_t eq = part.find('=');
  std::string name = ascii_lower(trim(part.substr(0, eq)));
  p.value = eq == std::string_view::npos ? std::string() : unquote(part.substr(eq + 1));
  if (!name.empty() && name.back() == '*') {
    p.extended = true;
    name.pop_back();
  }
  if (const size_t star = name.find('*'); star != std::string::npos) {
    const std::string index = name.substr(star + 1);
    name.resize(star);
    p.section = 0;
    for (const char c : index) {
      if (c < '0' || c > '9' || p.section > 9999) break;
      p.section = p.section * 10 + (c - '0');
    }
  }
  p.name = std::move(name);
  return p;
}

// Joins the sections of one RFC 2231 parameter, decoding %XX and the charset of section 0.
std::string assemble_extended(std::vector<RawParam>& sections) {
  std::sort(sections.begin(), sections.end(), [](const RawParam& a, const RawParam& b) { return a.section < b.section; });
  std::string charset;
  std::string bytes;
  for (size_t i = 0; i < sections.size(); ++i) {
    std::string_view v = sections[i].value;
    if (!sections[i].extended) {
      bytes += v;
      continue;
    }
    if (i == 0) {
      const size_t q1 = v.find('\'');
      const size_t q2 = q1 == std::string_view::npos ? q1 : v.find('\'', q1 + 1);
      if (q2 != std::string_view::npos) {
        charset = std::string(v.substr(0, q1));
        v = v.substr(q2 + 1);
      }
    }
    bytes += percent_decode(v);
  }
  return to_utf8(bytes, charset.empty() ? "utf-8" : charset);
}

}  // namespace

MimeHeaderValue parse_mime_header_value(std::string_view raw) {
  MimeHeaderValue result;
  std::vector<std::string> parts = split_params(raw);
  result.value = ascii_lower(trim(parts.front()));
  // Some senders quote the type itself: Content-Type: "text/plain".
  if (result.value.size() >= 2 && result.value.front() == '"' && result.value.back() == '"')
    result.value = result.value.substr(1, result.value.size() - 2);

  std::map<std::string, std::vector<RawParam>> extended;
  for (size_t i = 1; i < parts.size(); ++i) {
    if (trim(parts[i]).empty()) continue;
    RawParam p = parse_raw_param(parts[i]);
    if (p.name.empty()) continue;
    if (p.extended || p.section >= 0) {
      extended[p.name].push_back(std::move(p));
    } else if (!result.params.contains(p.name)) {
      result.params[p.name] = decode_header_text(p.value);
    }
  }
  // RFC 2231 values win over plain ones of the same name (senders often give both).
  for (auto& [name, sections] : extended) result.params[name] = assemble_extended(sections);
  return result;
}

}  // namespace billet::parsers
