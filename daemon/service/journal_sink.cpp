#include "daemon/service/journal_sink.h"

#include <systemd/sd-journal.h>
#include <syslog.h>

#include <sys/uio.h>

#include <cctype>
#include <vector>

namespace billet::daemon {

JournalFields journal_fields(const std::string& m) {
  JournalFields f;
  if (m.rfind("mailbox ", 0) == 0) {
    const size_t end = m.find(':', 8);
    if (end != std::string::npos && end > 8) f.mailbox = m.substr(8, end - 8);
  }
  // Only a number billetd wrote: every log line puts the sender's words (name, subject) in
  // parentheses after its own part, so a "#99" from a subject never names a ticket.
  const size_t senders_words = m.find('(');
  for (size_t at = m.find('#'); at != std::string::npos && at < senders_words; at = m.find('#', at + 1)) {
    size_t i = at + 1;
    while (i < m.size() && std::isdigit(static_cast<unsigned char>(m[i]))) ++i;
    if (i > at + 1) {
      f.ticket = m.substr(at + 1, i - at - 1);
      break;
    }
  }
  return f;
}

void JournalSink::sink_it_(const spdlog::details::log_msg& msg) {
  const std::string text(msg.payload.data(), msg.payload.size());
  int priority = LOG_INFO;
  switch (msg.level) {
    case spdlog::level::trace:
    case spdlog::level::debug: priority = LOG_DEBUG; break;
    case spdlog::level::warn: priority = LOG_WARNING; break;
    case spdlog::level::err: priority = LOG_ERR; break;
    case spdlog::level::critical: priority = LOG_CRIT; break;
    default: break;
  }
  const JournalFields f = journal_fields(text);
  std::vector<std::string> fields = {"MESSAGE=" + text, "PRIORITY=" + std::to_string(priority), "SYSLOG_IDENTIFIER=billetd"};
  if (!f.mailbox.empty()) fields.push_back("BILLETD_MAILBOX=" + f.mailbox);
  if (!f.ticket.empty()) fields.push_back("BILLETD_TICKET=" + f.ticket);
  std::vector<iovec> iov;
  for (auto& field : fields) iov.push_back({field.data(), field.size()});
  sd_journal_sendv(iov.data(), static_cast<int>(iov.size()));
}

}  // namespace billet::daemon
