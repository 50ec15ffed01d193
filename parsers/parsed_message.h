#pragma once
// The value a raw message becomes. Every human-readable string is valid UTF-8.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parsers/address.h"

namespace billet::parsers {

struct HeaderField {
  std::string name;   // as written
  std::string value;  // unfolded, UTF-8-safe (not RFC 2047-decoded: structured fields stay raw)
};

struct Attachment {
  std::string filename;    // decoded (RFC 2231 / RFC 2047); may be empty
  std::string media_type;  // lower-cased "type/subtype"
  std::string content_id;  // without <>; empty when none
  bool is_inline = false;  // Content-Disposition: inline (e.g. an embedded image)
  std::string bytes;       // transfer-decoded content
  // For message/rfc822 attachments (forwards): the embedded message's readable fields.
  std::string embedded_subject;
  std::string embedded_from;
  std::string embedded_text;
};

struct RobotEvidence {
  std::vector<std::string> reasons;  // e.g. "Auto-Submitted: auto-replied", "sender: mailer-daemon"
  bool is_bounce = false;            // a delivery-status report
  std::string bounced_message_id;    // Message-ID of the message the bounce reports on, if found
  // The person a website's contact form wrote for: set when the only robot evidence is a no-reply
  // sender (no Auto-Submitted, Precedence, list header, null sender nor bounce) and Reply-To names
  // someone else who is not a robot. Such a message is that person's (policy section 6: it still
  // gets no automatic email).
  std::string written_for;
  bool is_robot() const { return !reasons.empty() || is_bounce; }
};

struct ParsedMessage {
  std::string message_id;               // without <>; empty when absent
  std::string in_reply_to;              // first <id> of In-Reply-To, without <>
  std::vector<std::string> references;  // each without <>
  std::string date_raw;
  std::optional<int64_t> date_unix;  // Date header in seconds since the epoch (UTC)
  Address from;
  std::vector<Address> reply_to;
  std::vector<Address> to;
  std::vector<Address> cc;
  std::string subject;
  std::optional<std::string> return_path;  // nullopt: no header; "": the null path <>
  std::string content_type;                // top-level, lower-cased
  std::vector<HeaderField> headers;        // every top-level header, in order

  std::string text;      // the readable body (text/plain, or text from HTML)
  std::string html;      // the HTML body as sent (UTF-8), when there is one and it is at most 8 MiB
                         // (larger: only in the raw message, to bound memory; html_bytes says so)
  size_t html_bytes = 0; // size of the HTML body, kept or not
  std::string new_text;  // `text` without quotes and signature (see new_text.h)
  std::vector<Attachment> attachments;

  RobotEvidence robot;
  std::vector<std::string> defects;  // what was wrong with the input, for people and metrics

  // The first header with this name (case-insensitive), or nullptr.
  const HeaderField* header(std::string_view name) const;
};

}  // namespace billet::parsers
