#pragma once
// Robot and bounce evidence (policy.md section 6) from a parsed message's headers and structure.
#include <string_view>

#include "parsers/parsed_message.h"

namespace billet::parsers {

// True for senders that are robots by name: mailer-daemon, postmaster, noreply/no-reply,
// donotreply/do-not-reply (the local part, case-insensitive).
bool is_robot_sender(std::string_view address);

// Fills message.robot.reasons from the headers and sender, and robot.written_for when a no-reply
// sender is the only evidence and Reply-To names a person. Bounce detection (is_bounce,
// bounced_message_id) is done by the MIME walk, which sees the report parts.
void detect_robot_headers(ParsedMessage& message);

// A bounce without a multipart/report (qmail's "failure notice", old Exim, Exchange in plain
// text): from a null sender or a mailer daemon, and a subject or opening text that reports a
// delivery failure. Sets is_bounce and takes bounced_message_id from the first Message-ID line
// of the returned copy in the text. Call after detect_robot_headers.
void detect_plain_text_bounce(ParsedMessage& message);

}  // namespace billet::parsers
