#include "parsers/message_parser.h"

#include <mimetic/mimetic.h>

#include <exception>
#include <memory>
#include <sstream>
#include <tuple>
#include <string>

#include "parsers/charset.h"
#include "parsers/date_parse.h"
#include "parsers/flowed.h"
#include "parsers/html_text.h"
#include "parsers/multipart_repair.h"
#include "parsers/mime_params.h"
#include "parsers/new_text.h"
#include "parsers/rfc2047.h"
#include "parsers/robot.h"
#include "parsers/text_util.h"
#include "parsers/transfer_encoding.h"
#include "parsers/uuencode.h"

namespace billet::parsers {
namespace {

// ---- Screening: bound what mimetic will see (platform-facts: deep nesting overflows its stack,
// ---- huge header lines are quadratic).

// What mimetic may see: the raw bytes themselves when nothing was cut (no copy of a large
// message), else a screened copy (lines cut, dropped, or only the top header block kept).
struct Screened {
  std::string copy;
  bool copied = false;
  std::string_view view(std::string_view raw) const { return copied ? std::string_view(copy) : raw; }
};

Screened screen(std::string_view raw, const ParseLimits& limits, std::vector<std::string>& defects) {
  Screened out;
  // Lines are copied only from the first change on; before it the output is raw's prefix.
  size_t line_start = 0;
  const auto diverge = [&] {
    if (out.copied) return;
    out.copy.reserve(raw.size() + 2);
    out.copy.assign(raw.substr(0, line_start));
    out.copied = true;
  };
  const auto keep = [&](std::string_view piece) {
    if (out.copied) out.copy.append(piece);
  };
  const auto out_size = [&] { return out.copied ? out.copy.size() : line_start; };
  size_t containers = 0;
  size_t boundary_lines = 0;
  size_t top_header_end = std::string_view::npos;  // offset in the output after the top header block
  bool in_header_block = true;
  bool embedded_headers_follow = false;
  size_t header_block_bytes = 0;
  bool truncated_line = false;
  bool dropped_header = false;
  size_t pos = 0;
  while (pos < raw.size()) {
    size_t eol = raw.find('\n', pos);
    const size_t next = eol == std::string_view::npos ? raw.size() : eol + 1;
    std::string_view line = raw.substr(pos, next - pos);  // with its line end
    line_start = pos;
    pos = next;
    std::string_view content = line;
    while (!content.empty() && (content.back() == '\n' || content.back() == '\r')) content.remove_suffix(1);

    if (content.size() >= 2 && content[0] == '-' && content[1] == '-') {
      ++boundary_lines;
      in_header_block = true;  // a part's headers may follow a boundary
      header_block_bytes = 0;
      keep(line);
      continue;
    }
    if (!in_header_block) {
      keep(line);
      continue;
    }
    if (content.empty()) {
      // The body of a message/rfc822 part starts with the embedded message's headers.
      in_header_block = embedded_headers_follow;
      embedded_headers_follow = false;
      header_block_bytes = 0;
      if (top_header_end == std::string_view::npos) top_header_end = out_size() + line.size();
      keep(line);
      continue;
    }
    header_block_bytes += std::min(line.size(), limits.max_header_line_bytes);
    if (header_block_bytes > limits.max_header_block_bytes) {
      diverge();
      dropped_header = true;
      continue;
    }
    const std::string_view head = content.substr(0, std::min<size_t>(content.size(), 256));
    const bool embeds = ifind(head, "message/rfc822") != std::string_view::npos ||
                        ifind(head, "message/global") != std::string_view::npos;
    if (embeds || ifind(head, "multipart/") != std::string_view::npos) ++containers;
    if (embeds) embedded_headers_follow = true;
    if (content.size() > limits.max_header_line_bytes) {
      truncated_line = true;
      diverge();
      out.copy.append(content.substr(0, limits.max_header_line_bytes));
      out.copy.append("\r\n");
      continue;
    }
    keep(line);
  }
  if (truncated_line) defects.push_back("header.line_truncated: a header line over the length limit was cut");
  if (dropped_header) defects.push_back("header.block_truncated: header lines past the size limit were dropped");
  if (containers > limits.max_containers || boundary_lines > limits.max_boundary_lines) {
    defects.push_back("structure.too_complex: " + std::to_string(containers) + " nested containers, " +
                      std::to_string(boundary_lines) + " boundary lines; only the headers were parsed");
    if (top_header_end != std::string_view::npos) {
      line_start = raw.size();
      diverge();
      out.copy.resize(top_header_end);
    }
  }
  return out;
}

// Blank lines and an mbox "From sender date" line before the headers are not headers.
std::string_view skip_mbox_separator(std::string_view raw) {
  while (true) {
    const size_t eol = raw.find('\n');
    if (eol == std::string_view::npos || !trim(raw.substr(0, eol)).empty()) break;
    raw.remove_prefix(eol + 1);
  }
  if (raw.substr(0, 5) != "From ") return raw;
  const size_t eol = raw.find('\n');
  return eol == std::string_view::npos ? raw : raw.substr(eol + 1);
}

// ---- Header helpers.

std::string field_value(const mimetic::MimeEntity& e, const char* name) {
  const auto& h = e.header();
  return h.hasField(name) ? h.field(name).value() : std::string();
}

std::string strip_angles(std::string_view v) {
  v = trim(v);
  const size_t open = v.find('<');
  if (open != std::string_view::npos) {
    const size_t close = v.find('>', open);
    return std::string(trim(v.substr(open + 1, (close == std::string_view::npos ? v.size() : close) - open - 1)));
  }
  std::string out;
  for (const char c : v)
    if (c != ' ' && c != '\t') out += c;
  return out;
}

std::vector<std::string> angle_ids(std::string_view v) {
  std::vector<std::string> ids;
  size_t pos = 0;
  while ((pos = v.find('<', pos)) != std::string_view::npos) {
    const size_t close = v.find('>', pos);
    if (close == std::string_view::npos) break;
    std::string id(trim(v.substr(pos + 1, close - pos - 1)));
    if (!id.empty()) ids.push_back(std::move(id));
    pos = close + 1;
  }
  if (ids.empty()) {
    std::istringstream words{std::string(v)};
    for (std::string w; words >> w;) ids.push_back(w);
  }
  return ids;
}

// Reads the top-level (or embedded) header fields into `m`.
void read_headers(const mimetic::MimeEntity& e, ParsedMessage& m) {
  const MimeHeaderValue ct = parse_mime_header_value(field_value(e, "Content-Type"));
  const std::string hint = ct.param("charset");  // best effort for raw 8-bit header bytes
  for (const auto& f : e.header()) {
    const std::string name(f.name());
    m.headers.push_back({repair_utf8(name), repair_utf8(f.value())});
  }
  auto first = [&](const char* name) -> std::string {
    for (const auto& f : e.header())
      if (iequals(std::string(f.name()), name)) return f.value();
    return {};
  };
  m.message_id = repair_utf8(strip_angles(first("Message-ID")));
  if (m.message_id.empty()) m.message_id = repair_utf8(strip_angles(first("Message-Id")));
  const auto irt = angle_ids(first("In-Reply-To"));
  if (!irt.empty()) m.in_reply_to = repair_utf8(irt.front());
  for (auto& id : angle_ids(first("References"))) m.references.push_back(repair_utf8(id));
  m.date_raw = repair_utf8(std::string(trim(first("Date"))));
  m.date_unix = parse_rfc5322_date(m.date_raw);
  m.subject = decode_header_text(first("Subject"), hint);
  m.from = parse_first_address(first("From"));
  if (m.from.address.empty()) m.from = parse_first_address(first("Sender"));
  m.from.address = repair_utf8(m.from.address);
  m.reply_to = parse_address_list(first("Reply-To"));
  m.to = parse_address_list(first("To"));
  m.cc = parse_address_list(first("Cc"));
  for (auto* list : {&m.reply_to, &m.to, &m.cc})
    for (auto& a : *list) a.address = repair_utf8(a.address);
  // Every replacement is said: a character its charset cannot map became U+FFFD.
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  for (const auto& [what, value, raw] : {std::tuple{"subject", &m.subject, first("Subject")},
                                         std::tuple{"sender name", &m.from.name, first("From")}})
    if (value->find(kReplacement) != std::string::npos && raw.find(kReplacement) == std::string_view::npos)
      m.defects.push_back(std::string("header.charset_replaced: the ") + what +
                          " held characters its charset cannot map, replaced with U+FFFD");
  if (e.header().hasField("Return-Path")) m.return_path = repair_utf8(strip_angles(first("Return-Path")));
  m.content_type = ct.value.empty() ? "text/plain" : ct.value;
}

// ---- The MIME walk.

// The text-bearing parts in reading order. HTML blocks are converted when the walk is over (and
// the MIME tree freed); `display_only` HTML (the HTML twin of a plain multipart/alternative) is
// kept for ParsedMessage::html but is not text.
struct TextBlock {
  std::string text;
  bool html = false;
  bool display_only = false;
};
struct TextCollector {
  std::vector<TextBlock> blocks;
  void add(std::string text, bool html) {
    if (!text.empty()) blocks.push_back({std::move(text), html, false});
  }
};

void append_block(std::string& to, std::string text) {
  if (text.empty()) return;
  if (to.empty()) {
    to = std::move(text);
    return;
  }
  to += "\n\n";
  to += text;
}

// Reads a string in place (std::istringstream would copy it: one more copy of a 64 MiB message).
class ViewStreamBuf : public std::streambuf {
 public:
  explicit ViewStreamBuf(std::string_view bytes) {
    char* begin = const_cast<char*>(bytes.data());  // never written: get area only
    setg(begin, begin, begin + bytes.size());
  }
};

class Walker {
 public:
  Walker(ParsedMessage& m, const ParseLimits& limits, int embedded_depth)
      : m_(m), limits_(limits), embedded_depth_(embedded_depth) {}

  void visit(const mimetic::MimeEntity& e, int depth, TextCollector& out, bool digest_child = false) {
    if (depth > limits_.max_depth) {
      defect_once("structure.too_deep: MIME parts nested past the limit were skipped");
      return;
    }
    if (++parts_ > limits_.max_parts) {
      defect_once("structure.too_many_parts: parts past the limit were skipped");
      return;
    }
    const std::string ct_raw = field_value(e, "Content-Type");
    MimeHeaderValue ct = parse_mime_header_value(ct_raw);
    if (ct.value.empty() || ct.value.find('/') == std::string::npos)
      ct.value = digest_child ? "message/rfc822" : "text/plain";
    const MimeHeaderValue disposition = parse_mime_header_value(field_value(e, "Content-Disposition"));
    const std::string cte = field_value(e, "Content-Transfer-Encoding");

    if (istarts_with(ct.value, "multipart/")) {
      visit_multipart(e, ct, depth, out);
      return;
    }
    // message/news (RFC 1036 articles) has the form of message/rfc822 (RFC 2046 retired it for that).
    if (ct.value == "message/rfc822" || ct.value == "message/global" || ct.value == "message/news") {
      add_embedded_message(e, ct, disposition, cte, depth);
      return;
    }
    if (ct.value == "message/delivery-status" || ct.value == "message/global-delivery-status") m_.robot.is_bounce = true;
    if (ct.value == "text/rfc822-headers" || ct.value == "message/global-headers") note_bounced_headers(e.body());

    const std::string filename = attachment_name(ct, disposition);
    const bool is_attachment = disposition.value == "attachment" || !filename.empty();
    if (!is_attachment && (ct.value == "text/plain" || ct.value == "text/html" || ct.value == "text/enriched")) {
      // Identity encodings are read in place: at most two copies of a body alive at once.
      std::string decoded_storage;
      std::string_view decoded = e.body();
      if (!is_identity_transfer_encoding(cte)) {
        decoded_storage = decode_transfer_encoding(e.body(), cte);
        decoded = decoded_storage;
      }
      std::string charset = ct.param("charset");
      if (ct.value == "text/html" && charset.empty()) charset = sniff_html_charset(decoded);
      Conversion how;
      std::string utf8 = to_utf8(decoded, charset, nullptr, &how);
      std::string().swap(decoded_storage);
      normalize_newlines_in_place(utf8);
      if (ct.value == "text/plain" && iequals(ct.param("format"), "flowed"))
        utf8 = unflow(utf8, iequals(ct.param("delsp"), "yes"));
      if (ct.value == "text/plain")
        for (UuencodedFile& file : extract_uuencoded(utf8)) {
          Attachment a;
          a.filename = std::move(file.name);
          a.media_type = "application/octet-stream";
          a.bytes = std::move(file.bytes);
          m_.attachments.push_back(std::move(a));
        }
      if (how.read_as_windows1252)
        defect_once("charset.fallback: text in an unknown or wrong charset was read as windows-1252");
      if (!how.read_as.empty())
        defect_once("charset.mislabelled: text labelled " + normalize_charset(charset) + " was read as " + how.read_as);
      if (how.replaced)
        m_.defects.push_back("charset.replaced: " + std::to_string(how.replaced) + " character(s) that " +
                             normalize_charset(charset) + " cannot map were replaced with U+FFFD; the rest was read as " +
                             normalize_charset(charset));
      out.add(std::move(utf8), ct.value == "text/html");
      return;
    }
    Attachment a;
    a.filename = filename.empty() ? unnamed_part_name(ct.value, m_.attachments.size() + 1) : filename;
    a.media_type = ct.value;
    a.content_id = strip_angles(field_value(e, "Content-ID"));
    a.is_inline = disposition.value == "inline";
    a.bytes = decode_transfer_encoding(e.body(), cte);
    m_.attachments.push_back(std::move(a));
  }

 private:
  void defect_once(const std::string& d) {
    for (const auto& existing : m_.defects)
      if (existing == d) return;
    m_.defects.push_back(d);
  }

  static std::string attachment_name(const MimeHeaderValue& ct, const MimeHeaderValue& disposition) {
    std::string name = disposition.param("filename");
    if (name.empty()) name = ct.param("name");
    // No path components from the sender.
    if (const size_t slash = name.find_last_of("/\\"); slash != std::string::npos) name = name.substr(slash + 1);
    return name;
  }

  // A part the sender gave no name still gets one an agent can download and open:
  // "part-3.txt" (text/*, and message/* reports such as delivery-status: header-like text; an
  // embedded message is named by add_embedded_message), "part-3.html", "part-3.bin" otherwise;
  // 3 is its place among the attachments.
  static std::string unnamed_part_name(const std::string& media_type, size_t position) {
    const char* extension = ".bin";
    if (media_type.rfind("text/", 0) == 0) extension = ".txt";
    if (media_type.rfind("message/", 0) == 0) extension = ".txt";
    if (media_type == "text/html") extension = ".html";
    return "part-" + std::to_string(position) + extension;
  }

  void visit_multipart(const mimetic::MimeEntity& e, const MimeHeaderValue& ct, int depth, TextCollector& out) {
    const auto& parts = e.body().parts();
    if (parts.empty()) {
      // A multipart whose boundary never appears: keep its body as text rather than lose it.
      defect_once("structure.missing_boundary: a multipart had no parts; its body was read as text");
      const std::string& body = e.body().empty() ? e.body().preamble() : e.body();
      out.add(normalize_newlines(repair_utf8(body)), false);
      return;
    }
    if (ct.value == "multipart/report") {
      // Delivery reports are bounces; read receipts and feedback (abuse) reports are robots too.
      if (iequals(ct.param("report-type"), "delivery-status")) m_.robot.is_bounce = true;
      else m_.robot.reasons.push_back("multipart/report; report-type=" + ct.param("report-type"));
    }
    if (ct.value == "multipart/alternative") {
      // The text is the first alternative with plain text (else the last one with anything);
      // the HTML of the others is kept for display only.
      std::vector<TextCollector> alts(parts.size());
      size_t i = 0;
      for (const auto* child : parts) visit(*child, depth + 1, alts[i++]);
      auto has_plain = [](const TextCollector& c) {
        for (const TextBlock& b : c.blocks)
          if (!b.html && !b.display_only) return true;
        return false;
      };
      size_t chosen = alts.size();
      for (size_t k = 0; k < alts.size() && chosen == alts.size(); ++k)
        if (has_plain(alts[k])) chosen = k;
      for (size_t k = alts.size(); k > 0 && chosen == alts.size(); --k)
        if (!alts[k - 1].blocks.empty()) chosen = k - 1;
      for (size_t k = 0; k < alts.size(); ++k)
        for (TextBlock& b : alts[k].blocks) {
          if (k != chosen && !b.html) continue;  // another plain version of the same text
          if (k != chosen) b.display_only = true;
          out.blocks.push_back(std::move(b));
        }
      return;
    }
    const bool digest = ct.value == "multipart/digest";
    for (const auto* child : parts) visit(*child, depth + 1, out, digest);
  }

  void add_embedded_message(const mimetic::MimeEntity& e, const MimeHeaderValue& ct, const MimeHeaderValue& disposition,
                            const std::string& cte, int depth);

  void note_bounced_headers(std::string_view headers) {
    if (!m_.robot.bounced_message_id.empty()) return;
    for (std::string_view line : split_lines(headers)) {
      if (istarts_with(line, "Message-ID:")) {
        m_.robot.bounced_message_id = repair_utf8(strip_angles(line.substr(11)));
        return;
      }
    }
  }

  ParsedMessage& m_;
  const ParseLimits& limits_;
  int embedded_depth_;
  size_t parts_ = 0;
};

void fill_from_entity(const mimetic::MimeEntity& root, ParsedMessage& m, const ParseLimits& limits, int embedded_depth);

void Walker::add_embedded_message(const mimetic::MimeEntity& e, const MimeHeaderValue& ct,
                                  const MimeHeaderValue& disposition, const std::string& cte, int depth) {
  Attachment a;
  a.media_type = ct.value;
  a.filename = attachment_name(ct, disposition);
  a.is_inline = disposition.value == "inline";
  const auto& parts = e.body().parts();
  ParsedMessage inner;
  if (!parts.empty()) {
    std::ostringstream serialized;
    serialized << *parts.front();
    a.bytes = serialized.str();
    if (embedded_depth_ < limits_.max_embedded_depth && depth < limits_.max_depth)
      fill_from_entity(*parts.front(), inner, limits_, embedded_depth_ + 1);
  } else {
    a.bytes = decode_transfer_encoding(e.body(), cte);
    if (embedded_depth_ < limits_.max_embedded_depth) {
      std::istringstream in(a.bytes);
      mimetic::MimeEntity nested(in);
      fill_from_entity(nested, inner, limits_, embedded_depth_ + 1);
    }
  }
  a.embedded_subject = inner.subject;
  a.embedded_from = inner.from.address;
  a.embedded_text = inner.text;
  if (a.filename.empty()) a.filename = (inner.subject.empty() ? std::string("message") : inner.subject) + ".eml";
  if (m_.robot.is_bounce && m_.robot.bounced_message_id.empty()) m_.robot.bounced_message_id = inner.message_id;
  m_.attachments.push_back(std::move(a));
}

// The headers and parts of `root` into `m`; the text bodies are returned, not yet converted, so
// that the caller may free the MIME tree before converting them.
TextCollector collect_from_entity(const mimetic::MimeEntity& root, ParsedMessage& m, const ParseLimits& limits,
                                  int embedded_depth) {
  read_headers(root, m);
  TextCollector collected;
  Walker walker(m, limits, embedded_depth);
  walker.visit(root, 0, collected);
  return collected;
}

// m.text (every text block in order, HTML converted), m.html and m.new_text.
void finish_text(TextCollector collected, ParsedMessage& m) {
  // Every inline text-bearing part belongs to the text, in order (an HTML message followed by a
  // plain signature added by a gateway keeps both); the HTML is kept too, up to the bound.
  size_t html_bytes = 0;
  for (const TextBlock& b : collected.blocks) html_bytes += b.html ? b.text.size() : 0;
  std::string html;
  if (html_bytes <= kMaxHtmlParsedBytes)
    for (const TextBlock& b : collected.blocks)
      if (b.html) append_block(html, b.text);
  bool flattened = false;
  for (TextBlock& b : collected.blocks) {
    if (b.display_only) {
      std::string().swap(b.text);
      continue;
    }
    if (!b.html) {
      append_block(m.text, std::move(b.text));
      continue;
    }
    HtmlText converted = html_to_text_bounded(b.text);
    std::string().swap(b.text);
    flattened = flattened || converted.flattened;
    if (converted.repaired)
      m.defects.push_back("html.invalid_utf8: the HTML converter produced invalid UTF-8; it was replaced with U+FFFD");
    append_block(m.text, std::move(converted.text));
  }
  if (flattened)
    m.defects.push_back("html.flattened: the HTML is nested too deeply or has too many tags for a full parse; "
                        "its text was kept without its layout");
  m.html_bytes = html_bytes;
  m.html = std::move(html);
  const std::string_view trimmed = trim(m.text);
  if (trimmed.size() != m.text.size()) m.text = std::string(trimmed);
  m.new_text = split_new_text(m.text).new_text;
}

void fill_from_entity(const mimetic::MimeEntity& root, ParsedMessage& m, const ParseLimits& limits, int embedded_depth) {
  finish_text(collect_from_entity(root, m, limits, embedded_depth), m);
}

}  // namespace

Result<ParsedMessage> parse_message(std::string_view raw, const ParseLimits& limits) {
  if (trim(raw).empty()) return Error{"parse.empty", "the message is empty"};
  if (raw.size() > limits.max_message_bytes)
    return Error{"parse.too_large", "the message is " + std::to_string(raw.size()) + " bytes, over the limit of " +
                                        std::to_string(limits.max_message_bytes)};
  ParsedMessage m;
  if (raw.substr(0, 3) == "\xEF\xBB\xBF") {  // a UTF-8 byte-order mark hid every header
    raw.remove_prefix(3);
    m.defects.push_back("bom.stripped: the message started with a UTF-8 byte-order mark");
  }
  raw = skip_mbox_separator(raw);
  Screened screened = screen(raw, limits, m.defects);
  if (raw.find('\0') != std::string_view::npos) m.defects.push_back("bytes.nul: the message contains NUL bytes");
  try {
    TextCollector collected;
    {
      std::string repaired;
      std::string_view input = screened.view(raw);
      if (close_unclosed_multiparts(input, repaired)) {
        input = repaired;
        m.defects.push_back(
            "structure.unclosed_multipart: a multipart was never closed before its parent's next part; closed there");
      }
      auto root = std::make_unique<mimetic::MimeEntity>();
      {
        ViewStreamBuf buffer(input);
        std::istream in(&buffer);
        root->load(in);
      }
      std::string().swap(screened.copy);  // mimetic holds its own copy now
      std::string().swap(repaired);
      collected = collect_from_entity(*root, m, limits, 0);
    }  // the MIME tree is freed before the text is converted: fewer copies alive at the peak
    finish_text(std::move(collected), m);
  } catch (const std::exception& ex) {
    return Error{"parse.failed", std::string("the MIME parser gave up: ") + ex.what()};
  } catch (...) {
    return Error{"parse.failed", "the MIME parser gave up"};
  }
  remove_controls(m.new_text, true);  // a part of the text: counted there
  size_t controls = remove_controls(m.text, true) + remove_controls(m.subject, false) + remove_controls(m.from.name, false);
  for (Attachment& a : m.attachments) {
    controls += remove_controls(a.filename, false);
    if (a.media_type.empty() || a.media_type.find('/') == std::string::npos || a.media_type.front() == '/' ||
        a.media_type.back() == '/') {
      m.defects.push_back("content_type.invalid: \"" + a.media_type + "\" read as application/octet-stream");
      a.media_type = "application/octet-stream";
    }
  }
  if (controls)
    m.defects.push_back("text.controls: " + std::to_string(controls) +
                        " control or direction-override character(s) removed from the text, subject or names");
  detect_robot_headers(m);
  if (m.robot.is_bounce) m.robot.reasons.push_back("multipart/report delivery-status (bounce)");
  else detect_plain_text_bounce(m);
  if (m.headers.empty()) m.defects.push_back("header.none: no header fields were found");
  return m;
}

}  // namespace billet::parsers
