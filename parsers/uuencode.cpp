#include "parsers/uuencode.h"

#include <string_view>

namespace billet::parsers {
namespace {

// "begin 644 name": three (or four) octal digits and a name.
bool parse_begin(std::string_view line, std::string& name) {
  if (line.substr(0, 6) != "begin ") return false;
  size_t i = 6, digits = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '7') ++i, ++digits;
  if (digits < 3 || digits > 4 || i >= line.size() || line[i] != ' ') return false;
  std::string_view rest = line.substr(i + 1);
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\r')) rest.remove_suffix(1);
  if (rest.empty()) return false;
  if (const size_t slash = rest.find_last_of("/\\"); slash != std::string_view::npos) rest = rest.substr(slash + 1);
  name = std::string(rest);
  return !name.empty();
}

// Appends one encoded line's bytes; false when it is not a uuencode line.
bool decode_line(std::string_view line, std::string& out) {
  while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.empty()) return false;
  for (const char c : line)
    if (c < 32 || c > 96) return false;
  const size_t length = static_cast<size_t>((line[0] - 32) & 63);
  const size_t groups = (length + 2) / 3;
  if (line.size() < 1 + groups * 4) {
    // Some encoders drop trailing spaces: pad them back.
    if (line.size() < 1 + groups * 4 - 3) return false;
  }
  auto at = [&](size_t i) { return i < line.size() ? static_cast<unsigned>((line[i] - 32) & 63) : 0u; };
  size_t produced = 0;
  for (size_t g = 0; g < groups; ++g) {
    const size_t i = 1 + g * 4;
    const unsigned v = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3);
    for (int k = 2; k >= 0 && produced < length; --k, ++produced) out += static_cast<char>((v >> (8 * k)) & 0xFF);
  }
  return true;
}

}  // namespace

std::vector<UuencodedFile> extract_uuencoded(std::string& text) {
  std::vector<UuencodedFile> files;
  if (text.find("begin ") == std::string::npos) return files;
  std::string kept;
  size_t pos = 0, copied = 0;
  while (pos < text.size()) {
    const size_t nl = text.find('\n', pos);
    const size_t end = nl == std::string::npos ? text.size() : nl;
    UuencodedFile file;
    if (!parse_begin(std::string_view(text).substr(pos, end - pos), file.name)) {
      pos = end + 1;
      continue;
    }
    // Decode up to "end"; give up (keep the text) at anything else.
    size_t p = end + 1;
    bool complete = false;
    while (p < text.size()) {
      const size_t line_end = std::min(text.find('\n', p), text.size());
      std::string_view line = std::string_view(text).substr(p, line_end - p);
      p = line_end + 1;
      if (line == "end" || line == "end\r") {
        complete = true;
        break;
      }
      if (!decode_line(line, file.bytes)) break;
    }
    if (!complete) {
      pos = end + 1;
      continue;
    }
    kept.append(text, copied, pos - copied);
    copied = std::min(p, text.size());
    pos = p;
    files.push_back(std::move(file));
  }
  if (!files.empty()) {
    kept.append(text, copied, std::string::npos);
    text = std::move(kept);
  }
  return files;
}

}  // namespace billet::parsers
