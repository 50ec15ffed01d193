#pragma once
// The error codes code decides on (Error::code), named once: a misspelt name does not compile,
// a misspelt string would silently never match. The text is the stable code that logs, /healthz
// and tests show. Codes only ever reported stay written where they are made.
namespace billet::errc {

inline constexpr const char* kDbFull = "db.full";                    // no room: full disk or a file-size limit
inline constexpr const char* kImapAuth = "imap.auth";                // the login was refused
inline constexpr const char* kImapMissing = "imap.missing";          // no such UID, or another UIDVALIDITY
inline constexpr const char* kImapRefused = "imap.refused";          // a tagged NO
inline constexpr const char* kImapTooLarge = "imap.too_large";       // over the size limit or the answer's budget
inline constexpr const char* kIngestGroupLost = "ingest.group_lost";  // the database rolled a group back
inline constexpr const char* kSmtpPermanent = "smtp.permanent";      // 5xx: never retried
inline constexpr const char* kSmtpUnreachable = "smtp.unreachable";  // no connection: retried for as long as useful
inline constexpr const char* kAgentNotAllowed = "agent.not_allowed";  // the caller's groups do not allow it
inline constexpr const char* kAgentUnreachable = "agent.unreachable";  // no billetd answers on the agent socket

}  // namespace billet::errc
