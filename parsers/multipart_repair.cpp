#include "parsers/multipart_repair.h"

#include <utility>
#include <vector>

#include "parsers/mime_params.h"
#include "parsers/text_util.h"

namespace billet::parsers {
namespace {

constexpr size_t kMaxBoundaryBytes = 256;
constexpr size_t kMaxOpen = 100;

// One line of `text` from `pos`: [pos, end) without its line break; `next` is after it.
struct Line {
  std::string_view text;
  size_t start = 0, next = 0;
  bool crlf = false;
};

Line line_at(std::string_view text, size_t pos) {
  const size_t nl = text.find('\n', pos);
  const size_t end = nl == std::string_view::npos ? text.size() : nl;
  Line l;
  l.start = pos;
  l.next = nl == std::string_view::npos ? text.size() : nl + 1;
  l.crlf = end > pos && text[end - 1] == '\r';
  l.text = text.substr(pos, end - pos - (l.crlf ? 1 : 0));
  return l;
}

struct HeaderBlock {
  MimeHeaderValue content_type;
  std::string transfer_encoding;
  size_t body_start = 0;
};

// The header block at `pos` (up to and including the empty line that ends it).
HeaderBlock read_headers(std::string_view text, size_t pos) {
  HeaderBlock h;
  std::string content_type, cte, *current = nullptr;
  while (pos < text.size()) {
    const Line l = line_at(text, pos);
    pos = l.next;
    if (l.text.empty()) break;
    if ((l.text[0] == ' ' || l.text[0] == '\t') && current) {
      *current += l.text;
      continue;
    }
    current = nullptr;
    if (istarts_with(l.text, "content-type:")) current = &(content_type = std::string(l.text.substr(13)));
    else if (istarts_with(l.text, "content-transfer-encoding:")) current = &(cte = std::string(l.text.substr(26)));
  }
  h.content_type = parse_mime_header_value(content_type);
  h.transfer_encoding = ascii_lower(trim(cte));
  h.body_start = pos;
  return h;
}

class Repairer {
 public:
  explicit Repairer(std::string_view raw) : raw_(raw) {}

  // False when the structure is beyond what this pass follows.
  bool run() {
    size_t pos = 0;
    if (!enter_part(pos)) return false;
    while (pos < raw_.size()) {
      const Line l = line_at(raw_, pos);
      pos = l.next;
      // Only "--" lines can be delimiters (screen() keeps at most 5,000 of them in a message).
      if (l.text.size() < 2 || l.text[0] != '-' || l.text[1] != '-' || open_.empty()) continue;
      size_t level = open_.size();
      for (size_t i = open_.size(); i-- > 0;)
        if (l.text.substr(0, open_[i].size()) == open_[i]) {
          level = i;
          break;
        }
      if (level == open_.size()) continue;
      // An outer delimiter while inner multiparts are open: close them first (innermost first).
      while (open_.size() > level + 1) {
        inserts_.push_back({l.start, open_.back() + "--" + (l.crlf ? "\r\n" : "\n")});
        open_.pop_back();
      }
      const bool closing = l.text.size() >= open_.back().size() + 2 && l.text.substr(open_.back().size(), 2) == "--";
      if (closing) open_.pop_back();
      else if (!enter_part(pos)) return false;
    }
    return true;
  }

  bool changed() const { return !inserts_.empty(); }

  std::string apply() const {
    std::string out;
    size_t extra = 0;
    for (const auto& [at, text] : inserts_) extra += text.size();
    out.reserve(raw_.size() + extra);
    size_t copied = 0;
    for (const auto& [at, text] : inserts_) {
      out.append(raw_.substr(copied, at - copied));
      out += text;
      copied = at;
    }
    out.append(raw_.substr(copied));
    return out;
  }

 private:
  // Reads the headers of the part (or message) at `pos`, and of a message/rfc822 it holds;
  // pushes its boundary when it is a multipart. `pos` moves to the start of its body.
  bool enter_part(size_t& pos) {
    while (true) {
      const HeaderBlock h = read_headers(raw_, pos);
      pos = h.body_start;
      const std::string& type = h.content_type.value;
      if (istarts_with(type, "multipart/")) {
        const std::string boundary = h.content_type.param("boundary");
        if (boundary.empty() || boundary.size() > kMaxBoundaryBytes || open_.size() >= kMaxOpen) return false;
        open_.push_back("--" + boundary);
        return true;
      }
      const bool identity = h.transfer_encoding.empty() || h.transfer_encoding == "7bit" ||
                            h.transfer_encoding == "8bit" || h.transfer_encoding == "binary";
      if (!(type == "message/rfc822" && identity)) return true;
    }
  }

  std::string_view raw_;
  std::vector<std::string> open_;  // the delimiters ("--" + boundary) of the open multiparts, outermost first
  std::vector<std::pair<size_t, std::string>> inserts_;  // (offset in raw_, text), ascending
};

}  // namespace

bool close_unclosed_multiparts(std::string_view raw, std::string& repaired) {
  Repairer r(raw);
  if (!r.run() || !r.changed()) return false;
  repaired = r.apply();
  return true;
}

}  // namespace billet::parsers
