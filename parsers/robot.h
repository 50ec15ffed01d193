#pragma once
// Robot and bounce evidence (policy.md section 6) from a parsed message's headers and structure.
#include <string_view>

#include "parsers/parsed_message.h"

namespace billet::parsers {

// True for senders that are robots by name: mailer-daemon, postmaster, noreply/no-reply,
// donotreply/do-not-reply (the local part, case-insensitive).
bool is_robot_sender(std::string_view address);

// The person a form or a system wrote for, or "": a message whose only robot evidence is a
// no-reply sender (no Auto-Submitted, Precedence, list header nor null sender) and whose Reply-To
// names someone else who is not a robot ("Name: / Message:" from a website's contact form). Such a
// message is a person's: it opens a ticket, and gets no automatic email (policy section 6).
// Call after detect_robot_headers.
std::string written_through_a_form(const ParsedMessage& message);

// Fills message.robot.reasons from the headers and sender. Bounce detection (is_bounce,
// bounced_message_id) is done by the MIME walk, which sees the report parts.
void detect_robot_headers(ParsedMessage& message);

// A bounce without a multipart/report (qmail's "failure notice", old Exim, Exchange in plain
// text): from a null sender or a mailer daemon, and a subject or opening text that reports a
// delivery failure. Sets is_bounce and takes bounced_message_id from the first Message-ID line
// of the returned copy in the text. Call after detect_robot_headers.
void detect_plain_text_bounce(ParsedMessage& message);

}  // namespace billet::parsers
