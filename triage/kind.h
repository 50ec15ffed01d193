#pragma once
// What a message opens: a ticket (support@) or a complaint (SAC@). Levels and deadlines differ.
namespace billet::triage {

enum class Kind { kTicket, kComplaint };

}  // namespace billet::triage
