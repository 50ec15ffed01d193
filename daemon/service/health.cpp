#include "daemon/service/health.h"

#include <httplib.h>

#include <thread>

#include "daemon/config.h"
#include "storage/store.h"

namespace billet::daemon {

void HealthState::poll_succeeded(const std::string& mailbox, TimePoint at) {
  std::lock_guard lock(mutex_);
  auto& m = mailboxes_[mailbox];
  m.last_success = at;
  m.consecutive_failures = 0;
  m.last_error.clear();
}

void HealthState::poll_failed(const std::string& mailbox, const std::string& error) {
  std::lock_guard lock(mutex_);
  auto& m = mailboxes_[mailbox];
  ++m.consecutive_failures;
  ++m.imap_errors;
  m.last_error = error;
}

void HealthState::smtp_errors(uint64_t count) {
  std::lock_guard lock(mutex_);
  smtp_errors_ += count;
}

std::map<std::string, HealthState::Mailbox> HealthState::mailboxes() const {
  std::lock_guard lock(mutex_);
  return mailboxes_;
}

uint64_t HealthState::smtp_errors() const {
  std::lock_guard lock(mutex_);
  return smtp_errors_;
}

namespace {

std::string label(const std::string& v) {
  std::string out;
  for (const char c : v) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string json_escape(const std::string& v) {
  std::string out;
  for (const unsigned char c : v) {
    if (c == '"' || c == '\\') out += '\\';
    if (c < 0x20) continue;
    out += static_cast<char>(c);
  }
  return out;
}

class HttpHealthServer final : public HealthServer {
 public:
  HttpHealthServer(std::string database, const HealthState& state, const Clock& clock)
      : database_(std::move(database)), state_(state), clock_(clock) {
    server_.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) { healthz(res); });
    server_.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
      // One kept connection, one scrape at a time: a burst of requests costs one query set each,
      // in turn, never a connection each.
      const std::lock_guard lock(metrics_mutex_);
      if (!store_) {
        auto opened = storage::open_sqlite_store(database_);
        if (opened) store_ = std::move(*opened);
      }
      res.set_content(render_metrics(store_.get(), state_), "text/plain; version=0.0.4");
    });
  }
  ~HttpHealthServer() override {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }
  bool listen(const std::string& host, int port) {
    if (!server_.bind_to_port(host.c_str(), port)) return false;
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    return true;
  }

 private:
  void healthz(httplib::Response& res) {
    bool healthy = true;
    std::string body = "{\"mailboxes\":{";
    bool first = true;
    for (const auto& [name, m] : state_.mailboxes()) {
      if (m.consecutive_failures > 0) healthy = false;
      body += std::string(first ? "" : ",") + "\"" + json_escape(name) + "\":{\"last_success\":" +
              std::to_string(m.last_success.time_since_epoch().count()) +
              ",\"consecutive_failures\":" + std::to_string(m.consecutive_failures) + ",\"last_error\":\"" +
              json_escape(m.last_error) + "\"}";
      first = false;
    }
    body += "},\"status\":\"" + std::string(healthy ? "ok" : "failing") + "\",\"now\":" +
            std::to_string(clock_.now().time_since_epoch().count()) + "}";
    res.status = healthy ? 200 : 503;
    res.set_content(body, "application/json");
  }

  std::string database_;
  std::mutex metrics_mutex_;
  std::unique_ptr<storage::Store> store_;  // opened at the first /metrics, under metrics_mutex_
  const HealthState& state_;
  const Clock& clock_;
  httplib::Server server_;
  std::thread thread_;
};

}  // namespace

std::string render_metrics(storage::TicketQueries* store, const HealthState& state) {
  std::string out;
  if (store) {
    if (auto st = store->stats()) {
      out += "# HELP billetd_messages_total Messages stored, by mailbox and what they became.\n# TYPE billetd_messages_total counter\n";
      int64_t quarantined = 0;
      for (const auto& c : st->messages) {
        out += "billetd_messages_total{mailbox=\"" + label(c.a) + "\",disposition=\"" + label(c.b) + "\"} " +
               std::to_string(c.count) + "\n";
        if (c.b == "quarantined") quarantined += c.count;
      }
      out += "# HELP billetd_quarantined_total Messages that could not be parsed (kept raw).\n# TYPE billetd_quarantined_total counter\n";
      out += "billetd_quarantined_total " + std::to_string(quarantined) + "\n";
      out += "# HELP billetd_tickets_open Open tickets and complaints by level.\n# TYPE billetd_tickets_open gauge\n";
      for (const auto& c : st->open_tickets)
        out += "billetd_tickets_open{kind=\"" + label(c.a) + "\",level=\"" + label(c.b) + "\"} " + std::to_string(c.count) + "\n";
      out += "# HELP billetd_tickets_breached Open tickets past their due time.\n# TYPE billetd_tickets_breached gauge\n";
      out += "billetd_tickets_breached " + std::to_string(st->breached_open) + "\n";
      out += "# HELP billetd_outbox_emails Automatic emails by status.\n# TYPE billetd_outbox_emails gauge\n";
      for (const auto& c : st->outbox) out += "billetd_outbox_emails{status=\"" + label(c.a) + "\"} " + std::to_string(c.count) + "\n";
      out += "# HELP billetd_ack_latency_seconds From reception to the acknowledgement accepted by SMTP.\n"
             "# TYPE billetd_ack_latency_seconds histogram\n";
      const int64_t buckets[] = {5, 15, 30, 60, 300, 900, 3600};
      int64_t sum = 0;
      for (const int64_t b : buckets) {
        int64_t n = 0;
        for (const int64_t v : st->ack_latency_seconds) n += v <= b;
        out += "billetd_ack_latency_seconds_bucket{le=\"" + std::to_string(b) + "\"} " + std::to_string(n) + "\n";
      }
      for (const int64_t v : st->ack_latency_seconds) sum += v;
      out += "billetd_ack_latency_seconds_bucket{le=\"+Inf\"} " + std::to_string(st->ack_latency_seconds.size()) + "\n";
      out += "billetd_ack_latency_seconds_sum " + std::to_string(sum) + "\n";
      out += "billetd_ack_latency_seconds_count " + std::to_string(st->ack_latency_seconds.size()) + "\n";
    }
  }
  out += "# HELP billetd_imap_errors_total IMAP failures by mailbox.\n# TYPE billetd_imap_errors_total counter\n";
  out += "# HELP billetd_mailbox_last_success_seconds Unix time of the last successful poll.\n"
         "# TYPE billetd_mailbox_last_success_seconds gauge\n";
  for (const auto& [name, m] : state.mailboxes()) {
    out += "billetd_imap_errors_total{mailbox=\"" + label(name) + "\"} " + std::to_string(m.imap_errors) + "\n";
    out += "billetd_mailbox_last_success_seconds{mailbox=\"" + label(name) + "\"} " +
           std::to_string(m.last_success.time_since_epoch().count()) + "\n";
  }
  out += "# HELP billetd_smtp_errors_total SMTP failures (temporary and permanent).\n# TYPE billetd_smtp_errors_total counter\n";
  out += "billetd_smtp_errors_total " + std::to_string(state.smtp_errors()) + "\n";
  return out;
}

Result<std::unique_ptr<HealthServer>> start_health_server(const std::string& listen, const std::string& database,
                                                          const HealthState& state, const Clock& clock) {
  const auto address = parse_listen(listen);
  if (!address) return Error{"health.listen", "health listen must be 127.0.0.1:PORT, not " + listen};
  if (!is_loopback_host(address->host))
    return Error{"health.listen", "health listens on loopback only (127.0.0.1 or ::1), not " + address->host};
  auto server = std::make_unique<HttpHealthServer>(database, state, clock);
  if (!server->listen(address->host, address->port)) return Error{"health.listen", "cannot listen on " + listen};
  return std::unique_ptr<HealthServer>(std::move(server));
}

}  // namespace billet::daemon
