#pragma once
// Exponential backoff, shared by every retry (IMAP passes, SMTP deliveries).
#include <algorithm>
#include <chrono>

namespace billet {

// The delay before retry number `failures` (1-based): initial * 2^(failures-1), at most `max`;
// 0 for failures <= 0. Never overflows: doubling stops once `max` is reached.
inline std::chrono::seconds backoff_delay(int failures, std::chrono::seconds initial, std::chrono::seconds max) {
  if (failures <= 0) return std::chrono::seconds{0};
  std::chrono::seconds delay = initial;
  for (int i = 1; i < failures && delay < max; ++i) delay *= 2;
  return std::min(delay, max);
}

}  // namespace billet
