#pragma once
// What a message is -- a robot, a bounce, a reply, a third party's message on a ticket, one kept
// for review, or a new ticket or complaint -- decided from the message and a few facts about
// what is stored. No I/O: every case is a row of tests/daemon/disposition_test.cpp.
#include <cstdint>
#include <optional>
#include <string>

#include "common/kind.h"
#include "daemon/config.h"
#include "parsers/parsed_message.h"
#include "storage/vocabulary.h"

namespace billet::daemon {

// What the ingestor looked up before deciding.
struct MessageFacts {
  // The ticket the message names (an existing "[TAG #n]" in its subject) or threads onto
  // (In-Reply-To, References, a bounce's original Message-ID).
  std::optional<int64_t> referenced;
  bool sender_takes_part = false;  // its sender is a participant of that ticket
  bool from_own_address = false;   // its sender is one of billetd's own addresses
};

struct Disposed {
  storage::Disposition disposition = storage::Disposition::kReview;
  std::optional<int64_t> ticket_id;  // the ticket it belongs to (none yet for a new one)
  std::string note;                  // why, for people (robot reasons, review reason, defects)
};

Disposed dispose(const parsers::ParsedMessage& m, const MessageFacts& facts, Kind mailbox_kind, const AckConfig& acks);

}  // namespace billet::daemon
