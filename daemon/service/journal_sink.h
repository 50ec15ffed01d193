#pragma once
// A spdlog sink to the systemd journal that adds BILLETD_MAILBOX and BILLETD_TICKET fields when
// the message names them ("mailbox support: ...", "ticket #42", "-> ticket #42"), so an admin can
// run `journalctl BILLETD_TICKET=42`.
#include <spdlog/sinks/base_sink.h>

#include <mutex>
#include <string>

namespace billet::daemon {

struct JournalFields {
  std::string mailbox;
  std::string ticket;
};

// The fields a log message names (empty strings when it names none).
JournalFields journal_fields(const std::string& message);

class JournalSink final : public spdlog::sinks::base_sink<std::mutex> {
 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override;
  void flush_() override {}
};

}  // namespace billet::daemon
