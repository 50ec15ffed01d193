#pragma once
// Fault injection for the crash tests: when the environment variable BILLETD_FAILPOINT names a
// point, billetd kills itself there with SIGKILL (no cleanup, as a power cut would). Points:
//   after-fetch   a message was fetched, nothing committed yet
//   in-parse      while parsing a message carrying "X-Billetd-Test-Crash: yes" (a poison message)
//   after-commit  the record is committed, the IMAP move/flag not done yet
//   before-smtp   an outbox email is about to be handed to the SMTP server
//   after-smtp-accept  the SMTP server accepted an email, not yet marked sent (the documented
//                 window in which a restart sends it again)
// Unset (always, in production) it costs one getenv at start-up.
#include <csignal>
#include <cstdlib>
#include <cstring>

namespace billet::daemon {

inline void failpoint(const char* name) {
  static const char* const armed = std::getenv("BILLETD_FAILPOINT");
  if (armed && std::strcmp(armed, name) == 0) std::raise(SIGKILL);
}

}  // namespace billet::daemon
