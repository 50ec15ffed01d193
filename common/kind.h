#pragma once
// What a message opens: a ticket (support@) or a complaint (SAC@). Levels, deadlines, calendars
// and wording differ. The text forms are the stored and configured ones.
#include <optional>
#include <string_view>

namespace billet {

enum class Kind { kTicket, kComplaint };

inline std::string_view to_string(Kind k) { return k == Kind::kComplaint ? "complaint" : "ticket"; }

inline std::optional<Kind> kind_from(std::string_view text) {
  if (text == "ticket") return Kind::kTicket;
  if (text == "complaint") return Kind::kComplaint;
  return std::nullopt;
}

}  // namespace billet
