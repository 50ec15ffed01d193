#pragma once
#include <string_view>

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
inline constexpr const char* kOAuthGrant = "oauth.grant";  // the identity provider refused the grant
inline constexpr const char* kAgentUnreachable = "agent.unreachable";  // no billetd answers on the agent socket

// What kind of failure a code is, for the decisions that do not need the code itself: retry it
// later, report it to whoever sent the input, stop on it. Derived from the code, so every Error
// has one and no constructor has to remember it.
enum class ErrorKind {
  kTransient,      // the network or a busy/full resource: retry with backoff, never the input's fault
  kRefused,        // a server refused for good (bad login, 5xx): no retry until something changes
  kInput,          // what came in is bad (a message, a request, a labels file): report, keep, go on
  kNotFound,       // the thing named does not exist (a ticket, a UID, a file)
  kConfiguration,  // a file the admin wrote (config, rules, templates, secrets, calendar)
  kUsage,          // a command line or agent request asked for something invalid
  kNotAllowed,     // the caller may not do this
  kInternal,       // a bug or an unexpected state: logged with its code
};

// The kind of `code` ("imap.network" -> kTransient). Unknown codes are kInternal.
inline ErrorKind error_kind(std::string_view code) {
  struct Entry {
    std::string_view code;  // a whole code, or a prefix ending in '.'
    ErrorKind kind;
  };
  // Whole codes first, then prefixes: the first entry that matches wins.
  static constexpr Entry kTable[] = {
      {kImapAuth, ErrorKind::kRefused},        {kSmtpPermanent, ErrorKind::kRefused},
      {kImapMissing, ErrorKind::kNotFound},    {kImapTooLarge, ErrorKind::kInput},
      {kImapRefused, ErrorKind::kRefused},     {kOAuthGrant, ErrorKind::kRefused},     {"imap.uidvalidity", ErrorKind::kInput},
      {kAgentNotAllowed, ErrorKind::kNotAllowed}, {"agent.unknown_user", ErrorKind::kNotAllowed},
      {kAgentUnreachable, ErrorKind::kTransient}, {"agent.timeout", ErrorKind::kTransient},
      {"agent.too_large", ErrorKind::kInput},  {"agent.protocol", ErrorKind::kInput},
      {"db.busy", ErrorKind::kTransient},      {kDbFull, ErrorKind::kTransient},
      {kIngestGroupLost, ErrorKind::kTransient}, {"db.open", ErrorKind::kConfiguration},
      {"io.unreadable", ErrorKind::kNotFound}, {"ticket.unknown", ErrorKind::kNotFound},
      {"instance.running", ErrorKind::kConfiguration},
      {"imap.", ErrorKind::kTransient},        {"smtp.", ErrorKind::kTransient},
      {"oauth.key", ErrorKind::kConfiguration},  {"oauth.", ErrorKind::kTransient},
      {"parse.", ErrorKind::kInput},           {"labels.", ErrorKind::kInput},
      {"io.", ErrorKind::kInput},              {"time.", ErrorKind::kUsage},
      {"usage.", ErrorKind::kUsage},           {"config.", ErrorKind::kConfiguration},
      {"rules.", ErrorKind::kConfiguration},   {"template.", ErrorKind::kConfiguration},
      {"secret.", ErrorKind::kConfiguration},  {"calendar.", ErrorKind::kConfiguration},
      {"health.", ErrorKind::kConfiguration},  {"instance.", ErrorKind::kConfiguration},
  };
  for (const Entry& e : kTable) {
    const bool prefix = !e.code.empty() && e.code.back() == '.';
    if (prefix ? code.substr(0, e.code.size()) == e.code : code == e.code) return e.kind;
  }
  return ErrorKind::kInternal;
}

}  // namespace billet::errc
