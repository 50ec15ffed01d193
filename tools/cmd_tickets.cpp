// billetctl list / show: reading tickets and complaints from the store.
#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>
#include <sstream>

#include "daemon/config.h"
#include "parsers/text_util.h"
#include "storage/store.h"
#include "tools/commands.h"
#include "triage/deadline.h"

namespace billet::tools {

Result<std::unique_ptr<storage::Store>> open_store(const StoreOptions& options) {
  std::string db = options.database;
  if (db.empty()) {
    auto config = daemon::load_config(options.config_file);
    if (!config) return config.error();
    db = config->database;
  }
  storage::SqliteOptions existing_only;
  existing_only.create = false;  // a typo in --db is an error, not a new empty database
  return storage::open_sqlite_store(db, existing_only);
}

std::string iso_utc(TimePoint t) {
  const std::time_t tt = t.time_since_epoch().count();
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

namespace {

using triage::relative_due;

// What a stored text may put on an agent's terminal: no escape sequence, no bidi override, even
// for messages stored before the parser removed them (`keep_newlines` false: one line).
std::string inert(std::string s, bool keep_newlines = true) {
  parsers::remove_controls(s, keep_newlines);
  return s;
}

std::string cut(const std::string& s, size_t width) {
  // Cuts on a UTF-8 boundary so the table never shows half a character.
  size_t chars = 0, i = 0;
  for (; i < s.size() && chars < width; ++chars) {
    const auto c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
  }
  return i < s.size() ? s.substr(0, i) + "…" : s;
}

nlohmann::json ticket_json(const storage::TicketRow& t) {
  nlohmann::json classification = nlohmann::json::parse(t.classification_json, nullptr, false);
  return {{"id", t.id},
          {"kind", to_string(t.kind)},
          {"status", storage::to_string(t.status)},
          {"mailbox", t.mailbox},
          {"client", {{"address", t.client_address}, {"name", t.client_name}}},
          {"subject", t.subject},
          {"level", t.level},
          {"plan", t.plan},
          {"received_at", iso_utc(t.received_at)},
          {"due_at", iso_utc(t.due_at)},
          {"updated_at", iso_utc(t.updated_at)},
          {"breached", t.breached},
          {"messages", t.messages},
          {"classification", classification.is_discarded() ? nlohmann::json(nullptr) : classification}};
}

std::string dump(const nlohmann::json& j) { return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace); }

}  // namespace

int run_list(const ListOptions& options) {
  auto store = open_store(options.store);
  if (!store) {
    std::cerr << "billetctl list: " << store.error().message << "\n";
    return 1;
  }
  if (options.quarantine || options.review) {
    const auto disposition = options.quarantine ? storage::Disposition::kQuarantined : storage::Disposition::kReview;
    auto rows = (*store)->messages_by_disposition(disposition, options.filter.limit);
    if (!rows) {
      std::cerr << "billetctl list: " << rows.error().message << "\n";
      return 1;
    }
    nlohmann::json out = nlohmann::json::array();
    for (const auto& m : *rows) {
      if (options.json)
        out.push_back({{"message", m.id}, {"mailbox", m.mailbox}, {"uid", m.uid}, {"reason", m.note},
                       {"from", m.from_address}, {"subject", m.subject}, {"received_at", iso_utc(m.received_at)}});
      else
        std::cout << "message " << m.id << "  " << m.mailbox << " UID " << m.uid << "  " << iso_utc(m.received_at) << "  "
                  << inert(m.note) << "\n";
    }
    if (options.json) std::cout << dump(out) << "\n";
    else if (rows->empty()) std::cout << "(no " << (options.quarantine ? "quarantined message" : "message kept for review") << ")\n";
    return 0;
  }
  auto rows = (*store)->list_tickets(options.filter);
  if (!rows) {
    std::cerr << "billetctl list: " << rows.error().message << "\n";
    return 1;
  }
  if (options.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& t : *rows) out.push_back(ticket_json(t));
    std::cout << dump(out) << "\n";
    return 0;
  }
  if (options.csv) {
    auto field = [](const std::string& s) {
      // A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is made text with a quote.
      std::string q = "\"";
      if (!s.empty() && std::string("=+-@\t\r").find(s.front()) != std::string::npos) q += '\'';
      for (const char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
      return q + "\"";
    };
    std::cout << "id,kind,status,level,due_at,client,subject,mailbox,breached\n";
    for (const auto& t : *rows)
      std::cout << t.id << "," << to_string(t.kind) << "," << storage::to_string(t.status) << "," << t.level << "," << iso_utc(t.due_at) << ","
                << field(t.client_address) << "," << field(t.subject) << "," << t.mailbox << "," << (t.breached ? 1 : 0)
                << "\n";
    return 0;
  }
  const TimePoint now = SystemClock().now();
  std::cout << std::left << std::setw(6) << "ID" << std::setw(10) << "KIND" << std::setw(4) << "NIV" << std::setw(9)
            << "STATUT" << std::setw(22) << "ÉCHÉANCE" << std::setw(32) << "CLIENT" << "SUJET\n";
  for (const auto& t : *rows) {
    const std::string due = t.status == storage::TicketStatus::kOpen ? relative_due(t.due_at, now) : "-";
    std::cout << std::left << std::setw(6) << t.id << std::setw(10) << to_string(t.kind) << std::setw(4) << t.level << std::setw(9)
              << storage::to_string(t.status) << std::setw(22) << due << std::setw(32) << cut(inert(t.client_address, false), 30)
              << cut(inert(t.subject, false), 60)
              << "\n";
  }
  if (rows->empty()) std::cout << "(aucun billet)\n";
  return 0;
}

int run_show(const ShowOptions& options) {
  auto store = open_store(options.store);
  if (!store) {
    std::cerr << "billetctl show: " << store.error().message << "\n";
    return 1;
  }
  auto ticket = (*store)->ticket(options.id);
  if (!ticket) {
    std::cerr << "billetctl show: " << ticket.error().message << "\n";
    return 1;
  }
  if (!*ticket) {
    std::cerr << "billetctl show: no ticket #" << options.id << "\n";
    return 1;
  }
  auto messages = (*store)->messages_of_ticket(options.id);
  auto events = (*store)->events_of_ticket(options.id);
  auto emails = (*store)->emails_of_ticket(options.id);
  if (!emails) {
    std::cerr << "billetctl show: " << emails.error().message << "\n";
    return 1;
  }
  if (!messages || !events) {
    std::cerr << "billetctl show: " << (!messages ? messages.error().message : events.error().message) << "\n";
    return 1;
  }
  const storage::TicketRow& t = **ticket;
  if (options.json) {
    nlohmann::json j = ticket_json(t);
    j["thread"] = nlohmann::json::array();
    for (const auto& m : *messages) {
      nlohmann::json attachments = nlohmann::json::array();
      for (const auto& [name, size] : m.attachments) attachments.push_back({{"filename", name}, {"size", size}});
      j["thread"].push_back({{"message", m.id}, {"disposition", storage::to_string(m.disposition)}, {"received_at", iso_utc(m.received_at)},
                             {"from", {{"address", m.from_address}, {"name", m.from_name}}}, {"subject", m.subject},
                             {"text", m.text}, {"new_text", m.new_text}, {"note", m.note},
                             {"message_id", m.message_id}, {"attachments", attachments}});
    }
    j["emails"] = nlohmann::json::array();
    for (const auto& e : *emails)
      j["emails"].push_back({{"id", e.id}, {"kind", e.kind}, {"to", e.recipient}, {"subject", e.subject},
                             {"status", storage::to_string(e.status)}, {"attempts", e.attempts}, {"last_error", e.last_error},
                             {"created_at", iso_utc(e.created_at)},
                             {"sent_at", e.sent_at ? nlohmann::json(iso_utc(*e.sent_at)) : nlohmann::json(nullptr)}});
    j["events"] = nlohmann::json::array();
    for (const auto& e : *events)
      j["events"].push_back({{"at", iso_utc(e.at)}, {"actor", e.actor}, {"kind", e.kind}, {"detail", e.detail}});
    std::cout << dump(j) << "\n";
    return 0;
  }
  std::cout << (t.kind == Kind::kComplaint ? "Plainte" : "Billet") << " #" << t.id << " — " << inert(t.subject, false) << "\n"
            << "Client:      " << inert(t.client_name.empty() ? "" : t.client_name + " ", false) << "<"
            << inert(t.client_address, false) << ">\n"
            << "Statut:      " << storage::to_string(t.status) << (t.breached ? " (échéance dépassée)" : "") << "\n"
            << "Niveau:      " << t.level << "\n"
            << "Reçu:        " << iso_utc(t.received_at) << "\n"
            << "Échéance:    " << iso_utc(t.due_at) << " (forfait " << t.plan << ")\n"
            << "Boîte:       " << t.mailbox << "\n";
  const auto c = nlohmann::json::parse(t.classification_json, nullptr, false);
  if (!c.is_discarded() && c.contains("explanation")) std::cout << "Pourquoi:    " << c["explanation"].get<std::string>() << "\n";
  for (const auto& m : *messages) {
    std::cout << "\n--- message " << m.id << " (" << storage::to_string(m.disposition) << ") " << iso_utc(m.received_at) << " de "
              << inert(m.from_address, false) << "\n";
    std::cout << inert(m.new_text) << "\n";
    for (const auto& [name, size] : m.attachments)
      std::cout << "[pièce jointe] " << inert(name, false) << " (" << size << " octets)\n";
    if (!m.note.empty() && m.disposition != storage::Disposition::kTicket && m.disposition != storage::Disposition::kComplaint) std::cout << "[note] " << inert(m.note) << "\n";
  }
  std::cout << "\nCourriels automatiques:\n";
  for (const auto& e : *emails) {
    std::cout << "  " << e.kind << " à " << inert(e.recipient, false) << " : " << storage::to_string(e.status);
    if (e.sent_at) std::cout << " " << iso_utc(*e.sent_at);
    if (e.attempts > 1) std::cout << " (" << e.attempts << " tentatives)";
    if (!e.last_error.empty()) std::cout << " — " << inert(e.last_error, false);
    std::cout << "\n";
  }
  if (emails->empty()) std::cout << "  (aucun)\n";
  std::cout << "\nHistorique:\n";
  for (const auto& e : *events)
    std::cout << "  " << iso_utc(e.at) << "  " << inert(e.actor, false) << "  " << e.kind << "  " << inert(e.detail) << "\n";
  return 0;
}

}  // namespace billet::tools
