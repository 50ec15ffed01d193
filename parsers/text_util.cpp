#include "parsers/text_util.h"

#include <algorithm>

namespace billet::parsers {
namespace {
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
}  // namespace

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}


bool iequals(std::string_view a, std::string_view b) { return ascii_iequals(a, b); }

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool iends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

size_t ifind(std::string_view haystack, std::string_view needle, size_t from) { return ascii_ifind(haystack, needle, from); }

Lines::Lines(std::string_view text) : text_(text) {
  starts_.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  starts_.push_back(0);
  for (size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1))
    if (at + 1 < text.size()) starts_.push_back(static_cast<uint32_t>(at + 1));
}

std::string_view Lines::operator[](size_t i) const {
  const size_t begin = starts_[i];
  size_t end = i + 1 < starts_.size() ? starts_[i + 1] - 1 : text_.size();
  if (i + 1 == starts_.size() && end > begin && text_[end - 1] == '\n') --end;
  std::string_view line = text_.substr(begin, end - begin);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

std::string normalize_newlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (c != '\0') {
      out += c;
    }
  }
  return out;
}

void normalize_newlines_in_place(std::string& text) {
  size_t out = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r') {
      text[out++] = '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (c != '\0') {
      text[out++] = c;
    }
  }
  text.resize(out);
}

size_t remove_controls(std::string& s, bool keep_newlines) {
  size_t removed = 0, out = 0;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t drop = 0;
    if (c < 0x20 && c != '\t' && !(keep_newlines && c == '\n')) drop = 1;
    else if (c == 0x7F) drop = 1;
    else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
             static_cast<unsigned char>(s[i + 1]) <= 0x9F)
      drop = 2;
    else if (c == 0xE2 && i + 2 < s.size()) {
      const auto b = static_cast<unsigned char>(s[i + 1]), d = static_cast<unsigned char>(s[i + 2]);
      if ((b == 0x80 && d >= 0xAA && d <= 0xAE) || (b == 0x81 && d >= 0xA6 && d <= 0xA9)) drop = 3;
    }
    if (drop) {
      i += drop;
      ++removed;
      continue;
    }
    s[out++] = s[i++];
  }
  s.resize(out);
  return removed;
}

}  // namespace billet::parsers
