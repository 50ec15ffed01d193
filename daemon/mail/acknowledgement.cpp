#include "daemon/mail/acknowledgement.h"

#include <cctype>

#include "common/ascii.h"
#include "common/utf8.h"
#include "daemon/mail/mime_writer.h"

namespace billet::daemon {

std::string domain_of(const std::string& address) {
  const size_t at = address.rfind('@');
  return at == std::string::npos ? std::string() : ascii_lower(address.substr(at + 1));
}

namespace {

// The same organisation: equal domains, or one a subdomain of the other.
bool same_domain(const std::string& a, const std::string& b) {
  const std::string da = domain_of(a), db = domain_of(b);
  if (da.empty() || db.empty()) return false;
  auto under = [](const std::string& sub, const std::string& parent) {
    return sub.size() > parent.size() && sub.compare(sub.size() - parent.size(), parent.size(), parent) == 0 &&
           sub[sub.size() - parent.size() - 1] == '.';
  };
  return da == db || under(da, db) || under(db, da);
}

}  // namespace

bool dmarc_pass(const parsers::ParsedMessage& m, const std::string& authserv_id) {
  if (authserv_id.empty()) return false;
  for (const auto& h : m.headers) {
    if (ascii_lower(h.name) != "authentication-results") continue;
    const std::string value = ascii_lower(h.value);
    const size_t start = value.find_first_not_of(" \t");
    if (start == std::string::npos) continue;
    const size_t end = value.find_first_of("; \t", start);
    if (value.substr(start, end - start) != ascii_lower(authserv_id)) continue;
    // The topmost header of our server is the one it wrote: decide on it alone.
    const size_t dmarc = value.find("dmarc=");
    if (dmarc == std::string::npos || value.compare(dmarc + 6, 4, "pass") != 0) return false;
    const size_t from = value.find("header.from=", dmarc);
    if (from == std::string::npos) return true;
    const size_t stop = value.find_first_of("; \t)", from + 12);
    return value.substr(from + 12, stop == std::string::npos ? std::string::npos : stop - from - 12) ==
           domain_of(m.from.address);
  }
  return false;
}

std::string ack_recipient(const parsers::ParsedMessage& m, const AckConfig& acks) {
  // Reply-To sends the answer elsewhere: honoured only within the sender's own organisation or
  // when the receiving server authenticated the From domain (else acks are a relay to anyone).
  for (const auto& r : m.reply_to)
    if (is_safe_address(r.address) && (same_domain(r.address, m.from.address) || dmarc_pass(m, acks.trusted_authserv_id)))
      return r.address;
  return is_safe_address(m.from.address) ? m.from.address : std::string();
}

std::string without_links(const std::string& text) {
  std::string out, word;
  auto flush = [&] {
    const std::string l = ascii_lower(word);
    if (l.find("://") != std::string::npos || l.rfind("www.", 0) == 0) out += "[…]";
    else out += word;
    word.clear();
  };
  for (const char c : text) {
    if (c == ' ' || c == '\t') {
      flush();
      out += c;
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

std::string target_words(std::chrono::minutes target, bool business_days, const std::string& language) {
  const long minutes = static_cast<long>(target.count());
  const bool fr = language != "en";
  if (business_days && minutes >= 8 * 60 && minutes % (8 * 60) == 0) {
    const long days = minutes / (8 * 60);
    return std::to_string(days) + (fr ? (days > 1 ? " jours ouvrables" : " jour ouvrable") : (days > 1 ? " business days" : " business day"));
  }
  if (minutes < 60 || minutes % 60 != 0) return std::to_string(minutes) + " minutes";
  const long hours = minutes / 60;
  return std::to_string(hours) + (fr ? (hours > 1 ? " heures" : " heure") : (hours > 1 ? " hours" : " hour"));
}

namespace {

// "85,3 Mo" / "85.3 MB" (MiB, one decimal).
std::string megabytes(uint64_t bytes, const std::string& language) {
  const uint64_t tenths = (bytes * 10 + (1u << 19)) >> 20;
  std::string out = std::to_string(tenths / 10) + (language == "fr" ? "," : ".") + std::to_string(tenths % 10);
  return out + (language == "fr" ? " Mo" : " MB");
}

}  // namespace

std::string echoed_subject(const std::string& subject) {
  return without_links(utf8::truncated(one_line(subject), kMaxEchoedSubjectChars));
}

namespace {

// The values an acknowledgement's template may name, in `language` ("fr" or "en").
std::map<std::string, std::string> ack_values(const AckRequest& r, const Config& config,
                                              const triage::BusinessCalendar& calendar, const std::string& language) {
  const parsers::ParsedMessage& m = *r.message;
  const bool complaint = r.kind == Kind::kComplaint;
  const auto& level = config.deadlines.level(r.level);
  const bool urgent = r.level <= 2;
  // A complaint is answered in business days unless it is urgent on a round-the-clock level.
  const bool business_days = complaint && !(urgent && level.round_the_clock);
  const std::chrono::minutes target = business_days ? config.deadlines.complaint_target : level.target;
  const bool fr = language == "fr";
  const std::string name = greeting_name(one_line(m.from.name));
  return {{"ticket_id", std::to_string(r.ticket_id)},
          {"level", std::to_string(r.level)},
          {"level_name", fr ? level.name_fr : level.name_en},
          {"target", target_words(target, business_days, language)},
          {"due", fr ? calendar.french_local(r.due) : calendar.english_local(r.due)},
          {"hours", fr ? config.acks.hours_fr : config.acks.hours_en},
          {"support_phone", config.acks.support_phone},
          {"support_address", config.acks.support_address},
          {"emergency_phone", config.acks.emergency_phone},
          {"subject", echoed_subject(m.subject)},
          {"client_name", name.empty() ? "" : " " + name},  // "Bonjour{{client_name}}," reads well either way
          {"tag", config.ticket_tag},
          {"message_size", megabytes(r.oversize_bytes, language)},
          {"size_limit", std::to_string(config.max_message_mib) + (fr ? " Mo" : " MB")},
          {"contact_address", r.mailbox->address},
          {"contact_phone", r.mailbox->phone}};
}

}  // namespace

storage::OutboxEmail queued_email(const OutgoingMessage& out, int64_t ticket_id, std::string kind, const AckConfig& acks,
                                  TimePoint now) {
  storage::OutboxEmail email;
  email.ticket_id = ticket_id;
  email.kind = std::move(kind);
  email.recipient = out.to_address;
  email.envelope_from = acks.envelope_sender.empty() ? out.from_address : acks.envelope_sender;
  email.subject = one_line(out.subject);
  email.message_id = out.message_id;
  email.raw = render_message(out, now);
  email.next_attempt_at = now;
  return email;
}

storage::OutboxEmail compose_ack(const AckRequest& r, const AckTemplates& templates, const Config& config,
                                 const triage::BusinessCalendar& calendar, TimePoint now) {
  const parsers::ParsedMessage& m = *r.message;
  const bool complaint = r.kind == Kind::kComplaint;
  const bool urgent = r.level <= 2;
  auto values_for = [&](const std::string& lang) { return ack_values(r, config, calendar, lang); };
  std::set<std::string> sections;
  if (urgent) sections.insert("urgent");
  if (urgent && r.outside_hours) sections.insert("outside_hours");
  if (r.oversize_bytes) sections.insert("too_large");
  if (!r.mailbox->phone.empty()) sections.insert("contact_phone");

  std::string body;
  if (r.language != "en")
    body += (complaint ? templates.complaint_fr : templates.ticket_fr).render(values_for("fr"), sections);
  if (r.language.empty()) body += "\n---\n\n";
  if (r.language != "fr")
    body += (complaint ? templates.complaint_en : templates.ticket_en).render(values_for("en"), sections);

  OutgoingMessage out;
  out.from_name = r.mailbox->from_name.empty() ? config.acks.from_name : r.mailbox->from_name;
  out.from_address = r.mailbox->address;
  out.to_address = ack_recipient(m, config.acks);
  out.to_name = greeting_name(one_line(out.to_address == m.from.address || m.reply_to.empty() ? m.from.name
                                                                                                 : m.reply_to.front().name));
  const std::string tag = "[" + config.ticket_tag + " #" + std::to_string(r.ticket_id) + "]";
  out.subject = m.subject.empty() ? tag : tag + " " + echoed_subject(m.subject);
  out.message_id = new_message_id(config.acks.message_id_domain);
  out.in_reply_to = m.message_id;
  out.references = m.references;
  if (!m.message_id.empty()) out.references.push_back(m.message_id);
  if (out.references.size() > kMaxEchoedReferences)
    out.references.erase(out.references.begin() + 1,
                         out.references.end() - static_cast<std::ptrdiff_t>(kMaxEchoedReferences - 1));
  out.extra_headers = {{"Auto-Submitted", "auto-replied"}, {"X-Auto-Response-Suppress", "All"}};
  out.body = body;

  return queued_email(out, r.ticket_id, "ack", config.acks, now);
}

}  // namespace billet::daemon
