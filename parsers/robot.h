#pragma once
// Robot and bounce evidence (policy.md section 6) from a parsed message's headers and structure.
#include <string_view>

#include "parsers/parsed_message.h"

namespace billet::parsers {

// True for senders that are robots by name: mailer-daemon, postmaster, noreply/no-reply,
// donotreply/do-not-reply (the local part, case-insensitive).
bool is_robot_sender(std::string_view address);

// Fills message.robot.reasons from the headers and sender. Bounce detection (is_bounce,
// bounced_message_id) is done by the MIME walk, which sees the report parts.
void detect_robot_headers(ParsedMessage& message);

}  // namespace billet::parsers
