#include "daemon/mail/client_update.h"

#include <algorithm>

#include "common/ascii.h"
#include "common/utf8.h"
#include "daemon/mail/acknowledgement.h"
#include "daemon/mail/mime_writer.h"
#include "parsers/robot.h"

namespace billet::daemon {
namespace {

const MailboxConfig* mailbox_of(const Config& config, const std::string& name) {
  for (const auto& m : config.mailboxes)
    if (m.name == name) return &m;
  return config.mailboxes.empty() ? nullptr : &config.mailboxes.front();
}

std::string from_address(const Config& config, const storage::TicketRow& t) {
  const MailboxConfig* m = mailbox_of(config, t.mailbox);
  return m ? m->address : config.acks.support_address;
}

}  // namespace

Result<UpdateTemplates> load_update_templates(const std::string& dir) {
  const std::set<std::string> client_vars = {"ticket_id", "level", "level_name", "target", "due", "next_update", "note",
                                             "subject", "client_name", "tag", "support_phone", "support_address"};
  const std::set<std::string> client_sections = {"followup", "note", "level_change", "resolved"};
  auto fr = Template::load(dir + "/update_client.fr.txt", client_vars, client_sections);
  if (!fr) return fr.error();
  auto en = Template::load(dir + "/update_client.en.txt", client_vars, client_sections);
  if (!en) return en.error();
  auto escalation = Template::load(dir + "/escalation.txt",
                                   {"ticket_id", "kind", "reason", "subject", "client", "level", "level_name", "received", "due"}, {});
  if (!escalation) return escalation.error();
  return UpdateTemplates{std::move(*fr), std::move(*en), std::move(*escalation)};
}

storage::OutboxEmail compose_client_update(UpdateKind kind, const storage::TicketRow& t, const std::string& note,
                                           TimePoint next_update, const UpdateTemplates& templates, const Config& config,
                                           const triage::BusinessCalendar& calendar, TimePoint now) {
  const auto& level = config.deadlines.level(t.level);
  const bool business_days = t.kind == Kind::kComplaint && !level.round_the_clock;
  auto values_for = [&](const std::string& lang) {
    const std::string greeting = greeting_name(one_line(t.client_name));
    return std::map<std::string, std::string>{
        {"ticket_id", std::to_string(t.id)},
        {"level", std::to_string(t.level)},
        {"level_name", lang == "fr" ? level.name_fr : level.name_en},
        {"target", target_words(business_days ? config.deadlines.complaint_target : level.target, business_days, lang)},
        {"due", lang == "fr" ? calendar.french_local(t.due_at) : calendar.english_local(t.due_at)},
        {"next_update", lang == "fr" ? calendar.french_local(next_update) : calendar.english_local(next_update)},
        {"note", note.empty() ? "" : "\n" + note + "\n"},
        {"subject", echoed_subject(t.subject)},
        {"client_name", greeting.empty() ? "" : " " + greeting},
        {"tag", config.ticket_tag},
        {"support_phone", config.acks.support_phone},
        {"support_address", config.acks.support_address}};
  };
  static const char* const kSection[] = {"followup", "note", "level_change", "resolved"};
  static const char* const kKind[] = {"followup", "note", "level-change", "resolved"};
  const std::set<std::string> sections = {kSection[static_cast<int>(kind)]};
  std::string body;
  if (t.language != "en") body += templates.client_fr.render(values_for("fr"), sections);
  if (t.language.empty()) body += "\n---\n\n";
  if (t.language != "fr") body += templates.client_en.render(values_for("en"), sections);

  OutgoingMessage out;
  const MailboxConfig* mailbox = mailbox_of(config, t.mailbox);
  out.from_name = mailbox && !mailbox->from_name.empty() ? mailbox->from_name : config.acks.from_name;
  out.from_address = from_address(config, t);
  out.to_name = greeting_name(one_line(t.client_name));
  out.to_address = t.reply_address;
  out.subject = "[" + config.ticket_tag + " #" + std::to_string(t.id) + "] " + echoed_subject(t.subject);
  out.message_id = new_message_id(config.acks.message_id_domain);
  out.in_reply_to = t.first_message_id;
  if (!t.first_message_id.empty()) out.references = {t.first_message_id};
  out.extra_headers = {{"Auto-Submitted", "auto-generated"}, {"X-Auto-Response-Suppress", "All"}};
  out.body = body;

  return queued_email(out, t.id, kKind[static_cast<int>(kind)], config.acks, now);
}

storage::OutboxEmail compose_escalation(const storage::TicketRow& t, const std::string& reason,
                                        const UpdateTemplates& templates, const Config& config,
                                        const triage::BusinessCalendar& calendar, TimePoint now) {
  const auto& level = config.deadlines.level(t.level);
  const std::map<std::string, std::string> values = {
      {"ticket_id", std::to_string(t.id)}, {"kind", std::string(to_string(t.kind))}, {"reason", reason}, {"subject", one_line(t.subject)},
      {"client", t.client_address},        {"level", std::to_string(t.level)}, {"level_name", level.name_fr},
      {"received", calendar.french_local(t.received_at)}, {"due", calendar.french_local(t.due_at)}};
  OutgoingMessage out;
  out.from_name = "billetd";
  out.from_address = from_address(config, t);
  out.to_address = config.followups.team_address;
  out.subject = "[" + config.ticket_tag + " #" + std::to_string(t.id) + "] ESCALADE: " + reason + " — " + utf8::truncated(one_line(t.subject), kMaxEchoedSubjectChars);
  out.message_id = new_message_id(config.acks.message_id_domain);
  out.extra_headers = {{"Auto-Submitted", "auto-generated"}, {"X-Auto-Response-Suppress", "All"}, {"Importance", "high"}};
  out.body = templates.escalation.render(values, {});
  return queued_email(out, t.id, "escalation", config.acks, now);
}

Result<std::string> suppression_reason(storage::OutboxStore& store, const Config& config, const std::string& recipient,
                                       TimePoint now) {
  const std::string r = ascii_lower(recipient);
  if (r.empty() || !is_safe_address(r)) return std::string("no usable recipient address");
  // The team is never rate-limited: a flood of tickets must not silence real breach alerts.
  if (!config.followups.team_address.empty() && ascii_lower(config.followups.team_address) == r) return std::string();
  if (is_own_address(config, r)) return std::string("recipient is billetd's own address");
  if (parsers::is_robot_sender(r)) return "recipient looks like a robot (" + recipient + ")";
  auto recent = store.emails_to_since(recipient, now - std::chrono::hours{1});
  if (!recent) return recent.error();
  if (*recent >= config.acks.max_per_recipient_per_hour)
    return "rate limit: " + std::to_string(*recent) + " automatic emails to " + recipient + " in the last hour";
  return std::string();
}

Status queue_client_email(storage::Store& store, const Config& config, storage::OutboxEmail email,
                          const std::string& event_kind, TimePoint now) {
  auto suppressed = suppression_reason(store, config, email.recipient, now);
  if (!suppressed) return suppressed.error();
  if (!suppressed->empty()) {
    email.status = storage::OutboxStatus::kSuppressed;
    email.last_error = *suppressed;
  }
  auto id = store.enqueue_email(email, now);
  if (!id) return id.error();
  if (!email.ticket_id) return ok_status();
  return store.add_event(*email.ticket_id, now, "billetd", suppressed->empty() ? event_kind + "-queued" : event_kind + "-suppressed",
                         suppressed->empty() ? email.kind + " to " + email.recipient : *suppressed);
}

}  // namespace billet::daemon
