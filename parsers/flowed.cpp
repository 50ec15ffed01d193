#include "parsers/flowed.h"

namespace billet::parsers {

std::string unflow(std::string_view text, bool delete_space) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  bool first = true, previous_flowed = false;
  size_t previous_depth = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t nl = text.find('\n', pos);
    const size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    size_t depth = 0;
    while (depth < line.size() && line[depth] == '>') ++depth;
    std::string_view content = line.substr(depth);
    if (!content.empty() && content.front() == ' ') content.remove_prefix(1);  // stuffing, or "> " after quotes
    const bool signature = content == "-- ";
    const bool flowed = !signature && !content.empty() && content.back() == ' ';
    // A blank line is a paragraph break even after a (wrongly) flowed line.
    if (!(previous_flowed && depth == previous_depth && !content.empty())) {
      if (!first) out += '\n';
      first = false;
      if (depth > 0) out.append(depth, '>').push_back(' ');
    }
    if (flowed && delete_space) content.remove_suffix(1);
    out.append(content);
    previous_flowed = flowed;
    previous_depth = depth;
  }
  if (!text.empty() && text.back() == '\n') out += '\n';
  return out;
}

}  // namespace billet::parsers
