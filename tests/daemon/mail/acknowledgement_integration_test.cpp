// Acknowledgements end to end: Dovecot in, billetd, the SMTP sink out (all real, on 127.0.0.1).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "daemon/config.h"
#include "daemon/service/health.h"
#include "daemon/service/service.h"
#include "parsers/message_parser.h"
#include "storage/store.h"
#include "support/background_service.h"
#include "support/mail_sandbox.h"
#include "support/run_once.h"

namespace billet::daemon {
namespace {

using billet::testing::MailSandbox;
using billet::testing::run_command;

std::string message(const std::string& id, const std::string& subject, const std::string& body,
                    const std::string& from = "Martine Gagnon <mgagnon@ville.qc.ca>", const std::string& extra = "") {
  return "From: " + from + "\r\nTo: support@somum.com\r\nSubject: " + subject +
         "\r\nDate: Mon, 30 Nov 2026 10:00:00 -0500\r\nMessage-ID: <" + id + ">\r\n" + extra +
         "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
}

using billet::testing::run_once;

std::string header(const std::string& raw, const std::string& name) {
  const std::string key = "\r\n" + name + ": ";
  const size_t at = ("\r\n" + raw).find(key);
  if (at == std::string::npos) return "";
  const size_t start = at + key.size() - 2;
  std::string value;
  size_t pos = start;
  while (true) {
    const size_t end = raw.find("\r\n", pos);
    value += raw.substr(pos, end - pos);
    if (end + 2 < raw.size() && (raw[end + 2] == ' ' || raw[end + 2] == '\t')) pos = end + 2;
    else break;
  }
  return value;
}

std::vector<storage::OutboxEmail> emails(const std::string& database, int64_t ticket) {
  auto store = storage::open_sqlite_store(database);
  return store.ok() ? *(*store)->emails_of_ticket(ticket) : std::vector<storage::OutboxEmail>{};
}

class Acknowledgements : public ::testing::Test {
 protected:
  MailSandbox mail;
};

TEST_F(Acknowledgements, EachNewTicketAndComplaintGetsOneWithTheRightHeadersRecipientAndDueTime) {
  mail.deliver("support", message("m1@ville.qc.ca", "Impossible d'accéder à la plateforme",
                                  "Bonjour, plus personne ne peut se connecter depuis ce matin. Merci de nous aider."));
  mail.deliver("sac", message("c1@ville.qc.ca", "Plainte", "Bonjour, votre technicien a été impoli avec nous.",
                              "Hélène Côté <hcote@ville.qc.ca>", "Reply-To: plaintes@ville.qc.ca\r\n"));
  const std::string config_path = mail.write_config();
  ASSERT_EQ(run_once(config_path), 0);
  const auto sent = mail.sent_messages();
  ASSERT_EQ(sent.size(), 2u);

  auto store = std::move(*storage::open_sqlite_store(mail.database()));
  const auto ticket = **store->ticket(1);
  auto config = *load_config(config_path);
  const auto calendar = *make_calendar(config);
  // The expected due time, computed here: level 1 is 30 minutes after reception, 24/7.
  const std::string expected_due = calendar.french_local(ticket.received_at + std::chrono::minutes{30});
  ASSERT_EQ(ticket.due_at, ticket.received_at + std::chrono::minutes{30});

  const std::string& ack = sent[0];
  auto parsed = parsers::parse_message(ack);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->subject, "[SOMUM #1] Impossible d'accéder à la plateforme");
  EXPECT_EQ(parsed->to[0].address, "mgagnon@ville.qc.ca");
  EXPECT_EQ(parsed->from.address, "support@somum.com");
  EXPECT_EQ(parsed->in_reply_to, "m1@ville.qc.ca");
  EXPECT_EQ(parsed->references, std::vector<std::string>{"m1@ville.qc.ca"});
  EXPECT_EQ(header(ack, "Auto-Submitted"), "auto-replied");
  EXPECT_EQ(header(ack, "X-Auto-Response-Suppress"), "All");
  EXPECT_NE(parsed->message_id.find("@billetd.somum.com"), std::string::npos);
  EXPECT_FALSE(header(ack, "Date").empty());
  EXPECT_NE(parsed->text.find("d'ici le " + expected_due + " (heure de l'Est)"), std::string::npos) << parsed->text;
  EXPECT_NE(parsed->text.find("Urgence — Majeure"), std::string::npos);
  EXPECT_NE(parsed->text.find("1-888-905-6666"), std::string::npos);
  EXPECT_EQ(parsed->text.find("Hello"), std::string::npos) << "a French message is answered in French alone";
  EXPECT_NE(mail.sent_envelope(0).find("mgagnon@ville.qc.ca"), std::string::npos);

  auto complaint = parsers::parse_message(sent[1]);
  ASSERT_TRUE(complaint.ok());
  EXPECT_EQ(complaint->to[0].address, "plaintes@ville.qc.ca") << "Reply-To wins over From";
  EXPECT_EQ(complaint->from.address, "sac@somum.com");
  EXPECT_NE(complaint->text.find("2 jours ouvrables"), std::string::npos) << complaint->text;
  EXPECT_NE(complaint->text.find("améliorer notre service"), std::string::npos);

  EXPECT_EQ(run_once(config_path), 0);
  EXPECT_EQ(mail.sent_messages().size(), 2u) << "a second run sends nothing again";
  const auto outbox = *store->emails_of_ticket(1);
  ASSERT_EQ(outbox.size(), 1u);
  EXPECT_EQ(outbox[0].status, storage::OutboxStatus::kSent);
}

// Over [service] max_message_mib (1 here, 64 by default): the client is not left without an
// answer. The ticket opens from the header, the size is recorded, the ack explains the limit, and
// the whole message stays on the server in Processed.
TEST_F(Acknowledgements, AMessageOverTheSizeLimitOpensATicketFromItsHeaderAndTheAckExplains) {
  std::string body;
  while (body.size() < (3u << 19)) body += std::string(998, 'x') + "\r\n";  // 1.5 MiB
  mail.deliver("support", message("big@ville.qc.ca", "Capture vidéo de la panne", body));
  MailSandbox::ConfigOptions options;
  options.extra_service = "max_message_mib = 1";
  const std::string config_path = mail.write_config(options);
  std::string log_text;
  ASSERT_EQ(run_once(config_path, &log_text), 0) << log_text;

  auto store = std::move(*storage::open_sqlite_store(mail.database()));
  const auto ticket = store->ticket(1);
  ASSERT_TRUE(ticket.ok() && ticket->has_value()) << log_text;
  EXPECT_EQ((*ticket)->subject, "Capture vidéo de la panne");
  EXPECT_EQ((*ticket)->client_address, "mgagnon@ville.qc.ca");
  const auto thread = *store->messages_of_ticket(1);
  ASSERT_EQ(thread.size(), 1u);
  EXPECT_EQ(thread[0].disposition, storage::Disposition::kTicket);
  EXPECT_NE(thread[0].note.find("over the 1 MiB limit"), std::string::npos) << thread[0].note;
  EXPECT_NE(thread[0].text.find("octets, au-delà de la limite de 1 Mio"), std::string::npos) << thread[0].text;
  const auto raw = *store->message_raw(thread[0].id);
  EXPECT_NE(raw.find("Message-ID: <big@ville.qc.ca>"), std::string::npos) << "the header is kept";
  EXPECT_LT(raw.size(), 4096u) << "and only the header";
  EXPECT_EQ(mail.count("support", "Processed"), 1) << "the whole message stays on the server";

  const auto sent = mail.sent_messages();
  ASSERT_EQ(sent.size(), 1u);
  auto ack = parsers::parse_message(sent[0]);
  ASSERT_TRUE(ack.ok());
  EXPECT_NE(ack->text.find("Votre message (1,5 Mo) dépasse la taille maximale que nous pouvons recevoir (1 Mo)"),
            std::string::npos)
      << ack->text;
  EXPECT_NE(ack->text.find("[SOMUM #1]"), std::string::npos);
}

TEST_F(Acknowledgements, NoneForARobotABounceAReplyOrTheSixthMessageInAnHour) {
  mail.deliver("support", message("a1@x", "Question", "Comment ajouter un contact?", "A <a@ville.qc.ca>"));
  mail.deliver("support", message("a2@x", "Re: Question", "Et aussi?", "A <a@ville.qc.ca>", "In-Reply-To: <a1@x>\r\n"));
  mail.deliver("support", message("r1@x", "Absence", "Absent.", "A <a@ville.qc.ca>", "Auto-Submitted: auto-replied\r\n"));
  mail.deliver("support",
               "From: MAILER-DAEMON@mx\r\nReturn-Path: <>\r\nSubject: Undelivered\r\nMessage-ID: <dsn@mx>\r\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n--B\r\n"
               "Content-Type: text/plain\r\n\r\nfailed\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\n"
               "Status: 5.1.1\r\n--B--\r\n");
  for (int i = 1; i <= 6; ++i)
    mail.deliver("support", message("b" + std::to_string(i) + "@x", "Question " + std::to_string(i),
                                    "Comment faire la chose numéro " + std::to_string(i) + "?", "B <b@ville.qc.ca>"));
  ASSERT_EQ(run_once(mail.write_config()), 0);
  const auto sent = mail.sent_messages();
  EXPECT_EQ(sent.size(), 6u) << "1 for A's ticket, 5 for B's first five";
  auto store = std::move(*storage::open_sqlite_store(mail.database()));
  EXPECT_EQ(*store->count_emails(storage::OutboxStatus::kSuppressed), 1);
  const auto tickets = *store->list_tickets({});
  ASSERT_EQ(tickets.size(), 7u);
  bool found = false;
  for (const auto& t : tickets) {
    const std::vector<storage::OutboxEmail> of_ticket = *store->emails_of_ticket(t.id);
    for (const auto& e : of_ticket)
      if (e.status == storage::OutboxStatus::kSuppressed) {
        found = true;
        EXPECT_NE(e.last_error.find("rate limit"), std::string::npos) << e.last_error;
        EXPECT_EQ(e.recipient, "b@ville.qc.ca");
      }
  }
  EXPECT_TRUE(found);
}

// A website's contact form: From a no-reply address, Reply-To the person who filled it in.
TEST_F(Acknowledgements, AFormsMessageOpensATicketForItsWriterButNoEmailGoesToItsNoReplySender) {
  mail.deliver("support", message("form1@forms", "Formulaire de contact : plus personne ne peut se connecter",
                                   "Nom : Lise Tardif\r\nMessage : plus personne ne peut se connecter depuis 8 h.",
                                   "Formulaires <no-reply@formulaires.ville.qc.ca>", "Reply-To: Lise Tardif <lise.tardif@ville.qc.ca>\r\n"));
  ASSERT_EQ(run_once(mail.write_config()), 0);
  EXPECT_TRUE(mail.sent_messages().empty()) << "no acknowledgement to a no-reply sender (policy section 6)";
  auto store = std::move(*storage::open_sqlite_store(mail.database()));
  const auto tickets = *store->list_tickets({});
  ASSERT_EQ(tickets.size(), 1u) << "the form's message is a person's: a ticket, not a robot";
  EXPECT_EQ(tickets[0].level, 1);
  EXPECT_EQ(tickets[0].client_address, "lise.tardif@ville.qc.ca");
  const auto of_ticket = *store->emails_of_ticket(tickets[0].id);
  ASSERT_EQ(of_ticket.size(), 1u);
  EXPECT_EQ(of_ticket[0].status, storage::OutboxStatus::kSuppressed);
  EXPECT_NE(of_ticket[0].last_error.find("robot"), std::string::npos) << of_ticket[0].last_error;
  EXPECT_TRUE(store->messages_by_disposition(storage::Disposition::kRobot, 10)->empty());
}

TEST_F(Acknowledgements, ATemporaryRefusalIsRetriedAndDeliveredOnce) {
  mail.smtp_mode("451 1");
  mail.deliver("support", message("t1@x", "Question", "Comment faire?"));
  const std::string config = mail.write_config();
  std::string log;
  ASSERT_EQ(run_once(config, &log), 0);
  EXPECT_TRUE(mail.sent_messages().empty());
  EXPECT_NE(log.find("451"), std::string::npos) << log;
  std::this_thread::sleep_for(std::chrono::milliseconds(1200));  // [smtp] retry_initial_seconds = 1
  ASSERT_EQ(run_once(config), 0);
  EXPECT_EQ(mail.sent_messages().size(), 1u);
  const auto outbox = emails(mail.database(), 1);
  ASSERT_EQ(outbox.size(), 1u);
  EXPECT_EQ(outbox[0].status, storage::OutboxStatus::kSent);
  EXPECT_EQ(outbox[0].attempts, 2);
}

TEST_F(Acknowledgements, APermanentRefusalIsRecordedOnTheTicket) {
  mail.smtp_mode("550");
  mail.deliver("support", message("p1@x", "Question", "Comment faire?"));
  ASSERT_EQ(run_once(mail.write_config()), 0);
  const auto outbox = emails(mail.database(), 1);
  ASSERT_EQ(outbox.size(), 1u);
  EXPECT_EQ(outbox[0].status, storage::OutboxStatus::kFailed);
  EXPECT_NE(outbox[0].last_error.find("550"), std::string::npos) << outbox[0].last_error;
  auto store = std::move(*storage::open_sqlite_store(mail.database()));
  const auto events = *store->events_of_ticket(1);
  EXPECT_EQ(events.back().kind, "email-failed");
  std::string shown;
  run_command(std::string(BILLETCTL_BINARY) + " --db " + mail.database() + " show 1", &shown);
  EXPECT_NE(shown.find("ack à mgagnon@ville.qc.ca : failed"), std::string::npos) << shown;
}

TEST_F(Acknowledgements, SmtpDownForAWhileThenBackDeliversEverythingOnce) {
  for (int i = 1; i <= 3; ++i)
    mail.deliver("support", message("d" + std::to_string(i) + "@x", "Question " + std::to_string(i),
                                    "Comment faire?", "C" + std::to_string(i) + " <c" + std::to_string(i) + "@ville.qc.ca>"));
  MailSandbox::ConfigOptions down;
  down.smtp_port = 1;  // nothing listens: connection refused
  ASSERT_EQ(run_once(mail.write_config(down)), 0);
  auto store = std::move(*storage::open_sqlite_store(mail.database()));
  EXPECT_EQ(*store->count_emails(storage::OutboxStatus::kPending), 3);
  int attempts = 0;
  for (const auto& e : *store->emails_by_status(storage::OutboxStatus::kPending, 10)) attempts += e.attempts;
  EXPECT_EQ(attempts, 1) << "a server that cannot be reached is tried once a round (smtp.unreachable), not once an email";
  std::this_thread::sleep_for(std::chrono::milliseconds(2200));
  ASSERT_EQ(run_once(mail.write_config()), 0);
  EXPECT_EQ(mail.sent_messages().size(), 3u);
  EXPECT_EQ(*store->count_emails(storage::OutboxStatus::kSent), 3);
  ASSERT_EQ(run_once(mail.write_config()), 0);
  EXPECT_EQ(mail.sent_messages().size(), 3u);
}

TEST_F(Acknowledgements, KilledBeforeSendingSendsExactlyOnceAfterRestart) {
  mail.deliver("support", message("k1@x", "Question", "Comment faire?"));
  const std::string config = mail.write_config();
  EXPECT_EQ(run_command("BILLETD_FAILPOINT=before-smtp " + std::string(BILLETD_BINARY) + " --config " + config + " --once"), 137);
  EXPECT_TRUE(mail.sent_messages().empty());
  EXPECT_EQ(run_command(std::string(BILLETD_BINARY) + " --config " + config + " --once"), 0);
  EXPECT_EQ(run_command(std::string(BILLETD_BINARY) + " --config " + config + " --once"), 0);
  EXPECT_EQ(mail.sent_messages().size(), 1u);
}

TEST_F(Acknowledgements, KilledRightAfterTheServerAcceptedSendsAtMostOneDuplicate) {
  // The documented window: accepted by the server, not yet marked sent.
  mail.deliver("support", message("w1@x", "Question", "Comment faire?"));
  const std::string config = mail.write_config();
  EXPECT_EQ(run_command("BILLETD_FAILPOINT=after-smtp-accept " + std::string(BILLETD_BINARY) + " --config " + config +
                        " --once"),
            137);
  EXPECT_EQ(mail.sent_messages().size(), 1u);
  EXPECT_EQ(run_command(std::string(BILLETD_BINARY) + " --config " + config + " --once"), 0);
  EXPECT_EQ(run_command(std::string(BILLETD_BINARY) + " --config " + config + " --once"), 0);
  EXPECT_EQ(mail.sent_messages().size(), 2u);
}

TEST_F(Acknowledgements, CrLfAndNonAsciiFromTheClientCannotForgeHeaders) {
  mail.deliver("support",
               "From: =?utf-8?Q?Jos=C3=A9e=0D=0ABcc:_evil2@attacker.example?= <josee@ville.qc.ca>\r\n"
               "To: support@somum.com\r\n"
               "Subject: =?utf-8?Q?Probl=C3=A8me=0D=0ABcc:_evil@attacker.example?=\r\n"
               "Message-ID: <inj@ville.qc.ca>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nComment faire?\r\n");
  ASSERT_EQ(run_once(mail.write_config()), 0);
  const auto sent = mail.sent_messages();
  ASSERT_EQ(sent.size(), 1u);
  const std::string& raw = sent[0];
  EXPECT_EQ(raw.find("\r\nBcc:"), std::string::npos) << raw;
  EXPECT_EQ(raw.find("\nBcc:"), std::string::npos);
  auto parsed = parsers::parse_message(raw);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->subject, "[SOMUM #1] Problème Bcc: evil@attacker.example");
  EXPECT_EQ(parsed->to.size(), 1u);
  EXPECT_EQ(parsed->to[0].address, "josee@ville.qc.ca");
  EXPECT_EQ(parsed->to[0].name, "") << "a display name that does not read as a name is not echoed";
  EXPECT_EQ(parsed->header("Bcc"), nullptr);
  EXPECT_EQ(mail.sent_envelope(0).find("attacker"), std::string::npos) << "the envelope has the client alone";
}

TEST_F(Acknowledgements, ATemplateErrorIsReportedAtStartAndByCheckConfig) {
  const std::string dir = mail.dir() + "/templates";
  run_command("mkdir -p " + dir + " && cp " + std::string(BILLETD_SOURCE_DIR) + "/etc/templates/*.txt " + dir +
              " && printf 'Bonjour\\nBillet {{ticket_numero}}\\n' > " + dir + "/ack_ticket.fr.txt");
  MailSandbox::ConfigOptions options;
  options.templates_dir = dir;
  const std::string config = mail.write_config(options);
  std::string out;
  EXPECT_EQ(run_command(std::string(BILLETD_BINARY) + " --check-config " + config, &out), 1);
  EXPECT_NE(out.find(dir + "/ack_ticket.fr.txt:2: unknown placeholder {{ticket_numero}}"), std::string::npos) << out;
  EXPECT_EQ(run_command(std::string(BILLETD_BINARY) + " --config " + config + " --once", &out), 2);
  EXPECT_NE(out.find("unknown placeholder"), std::string::npos) << out;
}

TEST_F(Acknowledgements, HealthAndMetricsDescribeARealRun) {
  mail.deliver("support", message("h1@x", "Impossible d'accéder", "Plus personne ne peut se connecter."));
  mail.deliver("support", " \r\n\r\n");  // quarantined
  const int port = billet::testing::free_loopback_port();
  MailSandbox::ConfigOptions options;
  options.extra_tables = "[health]\nlisten = \"127.0.0.1:" + std::to_string(port) + "\"\n";
  auto config = *load_config(mail.write_config(options));
  billet::testing::BackgroundService service(config);
  std::string metrics, health;
  for (int i = 0; i < 100; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    run_command("curl -s http://127.0.0.1:" + std::to_string(port) + "/metrics", &metrics);
    // The acknowledgement leaves on the outbox worker's thread, possibly before SAC@ is polled.
    if (metrics.find("billetd_outbox_emails{status=\"sent\"} 1") != std::string::npos &&
        metrics.find("billetd_imap_errors_total{mailbox=\"sac\"}") != std::string::npos)
      break;
  }
  const int health_rc = run_command("curl -s -f http://127.0.0.1:" + std::to_string(port) + "/healthz", &health);
  service.stop();
  EXPECT_NE(metrics.find("billetd_messages_total{mailbox=\"support\",disposition=\"ticket\"} 1"), std::string::npos) << metrics;
  EXPECT_NE(metrics.find("billetd_quarantined_total 1"), std::string::npos) << metrics;
  EXPECT_NE(metrics.find("billetd_tickets_open{kind=\"ticket\",level=\"1\"} 1"), std::string::npos) << metrics;
  EXPECT_NE(metrics.find("billetd_outbox_emails{status=\"sent\"} 1"), std::string::npos) << metrics;
  EXPECT_NE(metrics.find("billetd_ack_latency_seconds_count 1"), std::string::npos) << metrics;
  EXPECT_NE(metrics.find("billetd_imap_errors_total{mailbox=\"sac\"} 0"), std::string::npos) << metrics;
  EXPECT_EQ(health_rc, 0) << health;
  EXPECT_NE(health.find("\"status\":\"ok\""), std::string::npos) << health;
  EXPECT_NE(health.find("\"support\":{\"last_success\":"), std::string::npos) << health;
}

// Issue 11: an SMTP server stalled in DATA blocked the whole daemon (no ingestion, no watchdog)
// and SIGTERM was obeyed 30 s late. The real binary, a real Dovecot, a sink that never answers.
TEST_F(Acknowledgements, AnSmtpServerStalledInDataHoldsUpNeitherIngestionNorSigterm) {
  const std::string config = mail.write_config();
  const auto base = std::filesystem::path(mail.database()).parent_path();
  mail.smtp_mode("stall");
  std::string pid_text;
  ASSERT_EQ(run_command("bash -c '" + std::string(BILLETD_BINARY) + " --config " + config + " > " +
                            (base / "billetd.log").string() + " 2>&1 & echo $!'",
                        &pid_text),
            0);
  const int pid = std::stoi(pid_text);
  mail.deliver("support", message("stall-1@x", "Question un", "Comment faire?"));
  bool stalled = false;
  for (int i = 0; i < 200 && !stalled; ++i) {
    stalled = std::filesystem::exists(base / "mail" / "smtp" / "stalled");
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ASSERT_TRUE(stalled) << "the acknowledgement reached DATA";
  mail.deliver("support", message("stall-2@x", "Question deux", "Et ceci?"));
  size_t tickets = 0;
  for (int i = 0; i < 150 && tickets < 2; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    auto store = storage::open_sqlite_store(mail.database());
    if (store) tickets = (*store)->list_tickets({})->size();
  }
  EXPECT_EQ(tickets, 2u) << "ingestion goes on while the SMTP server hangs";
  const auto term = std::chrono::steady_clock::now();
  ::kill(pid, SIGTERM);
  bool gone = false;
  while (!gone && std::chrono::steady_clock::now() - term < std::chrono::seconds{20}) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    // Gone, or a zombie waiting for a parent that does not reap (the shell that started it left).
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string fields;
    std::getline(stat, fields);
    const size_t paren = fields.rfind(')');
    gone = ::kill(pid, 0) != 0 || (paren != std::string::npos && fields.compare(paren + 2, 1, "Z") == 0);
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - term).count();
  if (!gone) ::kill(pid, SIGKILL);
  EXPECT_TRUE(gone);
  EXPECT_LT(seconds, 5.0) << "SIGTERM obeyed within 5 s whatever the SMTP server does";
  const auto first = emails(mail.database(), 1);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].status, storage::OutboxStatus::kPending) << "abandoned, not failed: it goes at the next start";
}

TEST(HealthConfig, OnlyLoopbackLiteralsCountAsLoopback) {
  for (const char* host : {"127.0.0.1", "127.1.2.3", "::1", "localhost"}) EXPECT_TRUE(is_loopback_host(host)) << host;
  for (const char* host : {"127.example.com", "127.0.0.1.evil.example", "0.0.0.0", "127.0.0", "1127.0.0.1", "", "::"})
    EXPECT_FALSE(is_loopback_host(host)) << host;
  const auto path = std::filesystem::temp_directory_path() / "billetd-health-config-name.toml";
  std::ofstream(path) << "[health]\nlisten = \"127.example.com:9187\"\n[[mailbox]]\nname = \"s\"\nurl = \"imaps://h/INBOX\"\n"
                         "user = \"u\"\npassword_env = \"X\"\nkind = \"ticket\"\n";
  EXPECT_FALSE(load_config(path.string()).ok());
}

TEST_F(Acknowledgements, HealthzNamesTheFailureButNeitherTheServerNorTheLogin) {
  const std::string bad = mail.dir() + "/wrong.pass";
  run_command("printf 'not-the-password' > " + bad);
  const int port = billet::testing::free_loopback_port();
  MailSandbox::ConfigOptions options;
  options.support_password_file = bad;
  options.extra_tables = "[health]\nlisten = \"127.0.0.1:" + std::to_string(port) + "\"\n";
  auto config = *load_config(mail.write_config(options));
  billet::testing::BackgroundService service(config);
  std::string health;
  for (int i = 0; i < 100 && health.find("imap.auth") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    run_command("curl -s http://127.0.0.1:" + std::to_string(port) + "/healthz", &health);
  }
  service.stop();
  EXPECT_NE(health.find("\"last_error\":\"imap.auth\""), std::string::npos) << health;
  EXPECT_EQ(health.find("imaps://"), std::string::npos) << "no server URL: " << health;
  EXPECT_EQ(health.find(" as support"), std::string::npos) << "no login: " << health;
  EXPECT_NE(service.log().find("Login denied"), std::string::npos) << "the journal keeps the whole message";
}

TEST(HealthConfig, TheListenerIsLoopbackOnly) {
  const auto path = std::filesystem::temp_directory_path() / "billetd-health-config.toml";
  std::ofstream(path) << "[health]\nlisten = \"0.0.0.0:9187\"\n[[mailbox]]\nname = \"s\"\nurl = \"imaps://h/INBOX\"\n"
                         "user = \"u\"\npassword_env = \"X\"\nkind = \"ticket\"\n";
  auto c = load_config(path.string());
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().message.find(":2: health.listen must be a loopback address"), std::string::npos) << c.error().message;
}

}  // namespace
}  // namespace billet::daemon
