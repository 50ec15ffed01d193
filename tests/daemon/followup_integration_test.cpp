// Follow-ups, escalations and the resolution notice through the real SMTP sink, with time moved
// by a fake clock (no sleeping) after a real ingestion from Dovecot.
#include <gtest/gtest.h>
#include <spdlog/sinks/null_sink.h>
#include <spdlog/spdlog.h>

#include "daemon/agent_actions.h"
#include "daemon/net/mail_sender.h"
#include "daemon/outbox.h"
#include "daemon/scheduler.h"
#include "daemon/service/service.h"
#include "parsers/message_parser.h"
#include "support/fake_clock.h"
#include "support/mail_sandbox.h"

namespace billet::daemon {
namespace {

using std::chrono::minutes;

TEST(FollowupsThroughSmtp, ALevelOneTicketGetsFollowUpsWithTheNoteTheTeamGetsEscalationsAndResolutionStopsThem) {
  billet::testing::MailSandbox mail;
  mail.deliver("support", "From: Martine <mgagnon@ville.qc.ca>\r\nTo: support@somum.com\r\n"
                          "Subject: Plateforme inaccessible\r\nMessage-ID: <l1@ville.qc.ca>\r\n"
                          "Content-Type: text/plain; charset=utf-8\r\n\r\nPlus personne ne peut se connecter.\r\n");
  billet::testing::MailSandbox::ConfigOptions options;
  options.extra_tables = "[followups]\ninterval_minutes = 30\nescalation_percent = 80\nteam_address = \"equipe@somum.com\"\n";
  const std::string config_path = mail.write_config(options);
  {
    auto config = *load_config(config_path);
    spdlog::logger quiet("q", std::make_shared<spdlog::sinks::null_sink_mt>());
    std::atomic<bool> stop{false};
    const SystemClock clock;
    ASSERT_EQ(run_service(config, RunOptions{true}, clock, quiet, stop), 0);
  }
  ASSERT_EQ(mail.sent_messages().size(), 1u) << "the acknowledgement";

  const Config config = *load_config(config_path);
  auto store = std::move(*storage::open_sqlite_store(config.database));
  const auto calendar = *make_calendar(config);
  const auto templates = *load_update_templates(config.acks.templates_dir);
  const auto ticket = **store->ticket(1);
  ASSERT_EQ(ticket.level, 1);
  billet::testing::FakeClock clock(ticket.received_at);
  spdlog::logger log("t", std::make_shared<spdlog::sinks::null_sink_mt>());
  auto sender = make_smtp_sender({"smtp://localhost:" + std::to_string(mail.smtp_port()), "billetd",
                                  *read_smtp_password(config.smtp), mail.ca_file()});
  auto step = [&](minutes after) {
    clock.set(ticket.received_at + after);
    ASSERT_TRUE(run_timers(*store, config, calendar, templates, clock, log).ok());
    deliver_due_emails(*store, *sender, OutboxPolicy{}, clock, log);
  };
  step(minutes{24});  // 80 % of 30 minutes
  step(minutes{30});  // deadline and first follow-up
  clock.set(ticket.received_at + minutes{40});
  AgentContext agent{*store, config, calendar, templates, clock, "marie"};
  ASSERT_TRUE(add_progress_note(agent, 1, "Les serveurs redémarrent, retour prévu vers 11 h.", false).ok());
  step(minutes{40});
  step(minutes{60});  // second follow-up, carrying the note
  clock.set(ticket.received_at + minutes{70});
  ASSERT_TRUE(resolve_ticket(agent, 1, "Service rétabli.").ok());
  step(minutes{70});
  step(minutes{120});  // resolved: no more follow-ups

  const auto sent = mail.sent_messages();
  std::vector<std::pair<std::string, std::string>> seen;  // recipient, subject
  for (const auto& raw : sent) {
    auto m = parsers::parse_message(raw);
    ASSERT_TRUE(m.ok());
    seen.emplace_back(m->to.at(0).address, m->subject);
  }
  ASSERT_EQ(sent.size(), 7u);
  EXPECT_EQ(seen[1].first, "equipe@somum.com");
  EXPECT_NE(seen[1].second.find("80 %"), std::string::npos) << seen[1].second;
  EXPECT_EQ(seen[2].first, "equipe@somum.com");
  EXPECT_NE(seen[2].second.find("échéance dépassée"), std::string::npos);
  EXPECT_EQ(seen[3].first, "mgagnon@ville.qc.ca");
  EXPECT_NE(parsers::parse_message(sent[3])->text.find("Suivi régulier"), std::string::npos);
  EXPECT_NE(parsers::parse_message(sent[4])->text.find("Les serveurs redémarrent"), std::string::npos) << "the note";
  const auto second_followup = parsers::parse_message(sent[5])->text;
  EXPECT_NE(second_followup.find("Suivi régulier"), std::string::npos);
  EXPECT_NE(second_followup.find("Les serveurs redémarrent"), std::string::npos) << second_followup;
  EXPECT_NE(parsers::parse_message(sent[6])->text.find("est maintenant résolu"), std::string::npos);
  for (size_t i = 3; i < 7; ++i) EXPECT_EQ(seen[i].second, "[SOMUM #1] Plateforme inaccessible");
  EXPECT_TRUE((**store->ticket(1)).breached);
}

}  // namespace
}  // namespace billet::daemon
