#include "web/console.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <mutex>
#include <thread>

#include "daemon/agent_actions.h"
#include "storage/store.h"
#include "triage/deadline.h"
#include "web/html.h"
#include "web/i18n.h"
#include "web/password.h"
#include "web/sessions.h"

namespace billet::web {

bool valid_role(const std::string& role) {
  return role == "agent" || role == "service" || role == "lead" || role == "admin";
}

bool role_may_work(const std::string& role, Kind kind) {
  if (role == "lead") return true;
  if (role == "agent") return kind == Kind::kTicket;
  if (role == "service") return kind == Kind::kComplaint;
  return false;
}

namespace {

constexpr const char* kCookie = "billet_session";
constexpr size_t kPageSize = 50;
constexpr int kQueueRefreshSeconds = 30;  // new tickets and passing deadlines show without a reload

std::string cookie_value(const httplib::Request& req, const std::string& name) {
  const std::string cookies = req.get_header_value("Cookie");
  size_t at = 0;
  while (at < cookies.size()) {
    const size_t end = std::min(cookies.find(';', at), cookies.size());
    std::string pair = cookies.substr(at, end - at);
    pair.erase(0, pair.find_first_not_of(' '));
    if (pair.rfind(name + "=", 0) == 0) return pair.substr(name.size() + 1);
    at = end + 1;
  }
  return "";
}

constexpr const char* kLanguageCookie = "billet_lang";

// The language of the request being answered (set before routing, on the thread that answers).
thread_local bool t_english = false;

std::string language() { return t_english ? "en" : "fr"; }

std::string local_time(const triage::BusinessCalendar& calendar, TimePoint t) {
  return t_english ? calendar.english_local(t) : calendar.french_local(t);
}

class ConsoleServer final : public Console {
 public:
  ConsoleServer(const ConsoleParts& parts, ConsoleSettings settings, std::unique_ptr<storage::Store> store,
                std::unique_ptr<httplib::Server> server)
      : parts_(parts), settings_(std::move(settings)), store_(std::move(store)), server_holder_(std::move(server)),
        server_(*server_holder_) {
    routes();
  }
  ~ConsoleServer() override {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }
  int port() const override { return port_; }

  Status listen() {
    const auto address = daemon::parse_listen(settings_.listen);
    if (!address) return Error{"web.listen", "listen must be HOST:PORT, not " + settings_.listen};
    port_ = address->port == 0 ? server_.bind_to_any_port(address->host)
                               : (server_.bind_to_port(address->host, address->port) ? address->port : -1);
    if (port_ <= 0) return Error{"web.listen", "cannot listen on " + settings_.listen};
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    return ok_status();
  }

 private:
  // --- plumbing
  void routes() {
    server_.set_payload_max_length(64 * 1024);
    server_.set_read_timeout(10, 0);
    server_.set_write_timeout(10, 0);
    server_.set_pre_routing_handler([](const httplib::Request& req, httplib::Response&) {
      t_english = cookie_value(req, kLanguageCookie) == "en";
      return httplib::Server::HandlerResponse::Unhandled;
    });
    server_.Get(R"(/lang/(en|fr))", [this](const httplib::Request& req, httplib::Response& res) {
      res.set_header("Set-Cookie", std::string(kLanguageCookie) + "=" + std::string(req.matches[1]) +
                                       "; Path=/; Max-Age=31536000; SameSite=Strict" + (settings_.secure_cookie ? "; Secure" : ""));
      redirect(res, "/");
    });
    server_.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Security-Policy",
                     "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
                     "base-uri 'none'");
      res.set_header("X-Content-Type-Options", "nosniff");
      res.set_header("X-Frame-Options", "DENY");
      res.set_header("Referrer-Policy", "no-referrer");
      res.set_header("Cache-Control", "no-store");
    });
    server_.Get("/static/console.css", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(stylesheet(), "text/css; charset=utf-8");
    });
    server_.Get("/login", [this](const httplib::Request&, httplib::Response& res) { login_page(res, ""); });
    server_.Post("/login", [this](const httplib::Request& req, httplib::Response& res) { login(req, res); });
    server_.Post("/logout", [this](const httplib::Request& req, httplib::Response& res) {
      if (auto s = posted_session(req, res)) sessions_.close(cookie_value(req, kCookie));
      redirect(res, "/login");
    });
    server_.Get("/", [this](const httplib::Request& req, httplib::Response& res) {
      if (auto s = session(req, res)) queue(req, res, *s);
    });
    server_.Get("/dashboard", [this](const httplib::Request& req, httplib::Response& res) {
      if (auto s = session(req, res)) dashboard(res, *s);
    });
    server_.Get(R"(/ticket/(\d{1,18}))", [this](const httplib::Request& req, httplib::Response& res) {
      if (auto s = session(req, res)) ticket_page(res, *s, std::stoll(req.matches[1]), "");
    });
    server_.Get(R"(/ticket/(\d{1,18})/attachment/(\d{1,18})/(\d{1,4}))", [this](const httplib::Request& req, httplib::Response& res) {
      if (auto s = session(req, res))
        attachment(res, *s, std::stoll(req.matches[1]), std::stoll(req.matches[2]), std::stoul(req.matches[3]));
    });
    server_.Post(R"(/ticket/(\d{1,18})/(note|level|resolve))", [this](const httplib::Request& req, httplib::Response& res) {
      if (auto s = posted_session(req, res)) act(req, res, *s, std::stoll(req.matches[1]), req.matches[2]);
    });
  }

  static void redirect(httplib::Response& res, const std::string& to) {
    res.status = 303;
    res.set_header("Location", to);
  }

  // The signed-in person, or a redirect to /login. With single sign-on, a request from the proxy
  // naming an enabled account opens a session for it (the header of any other sender is ignored).
  std::optional<Session> session(const httplib::Request& req, httplib::Response& res) {
    const TimePoint now = parts_.clock.now();
    auto s = sessions_.find(cookie_value(req, kCookie), now);
    if (!s && !settings_.sso_header.empty() && req.remote_addr == settings_.sso_proxy && req.has_header(settings_.sso_header)) {
      std::optional<storage::WebUser> user;
      {
        const std::lock_guard lock(store_mutex_);
        if (auto found = store_->web_user(req.get_header_value(settings_.sso_header))) user = *found;
      }
      if (user && !user->disabled) {
        const std::string token = sessions_.open(user->name, user->role, now);
        res.set_header("Set-Cookie", std::string(kCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" +
                                         (settings_.secure_cookie ? "; Secure" : ""));
        s = sessions_.find(token, now);
      }
    }
    if (!s) redirect(res, "/login");
    return s;
  }

  // As session(), for a form: its CSRF token must be the session's (403 otherwise).
  std::optional<Session> posted_session(const httplib::Request& req, httplib::Response& res) {
    auto s = session(req, res);
    if (!s) return s;
    const std::string csrf = req.get_param_value("csrf");
    if (csrf.size() != s->csrf.size() || csrf != s->csrf) {
      res.status = 403;
      res.set_content(localized(page("{{Refusé}}", nullptr, "<p class=\"error\">{{Formulaire expiré ou étranger (CSRF).}}</p>"),
                                t_english),
                      "text/html; charset=utf-8");
      return std::nullopt;
    }
    return s;
  }

  void html(httplib::Response& res, const std::string& title, const Session* s, const std::string& body, int refresh = 0) {
    PageUser user;
    if (s) user = PageUser{s->user, s->role, s->csrf};
    res.set_content(localized(page(title, s ? &user : nullptr, body, refresh), t_english), "text/html; charset=utf-8");
  }

  // --- login
  // `error`: one of the console's own {{phrases}}, never outside text.
  void login_page(httplib::Response& res, const std::string& error) {
    std::string body = "<h1>{{Connexion}}</h1>";
    if (!error.empty()) body += "<p class=\"error\">" + error + "</p>";  // our own {{phrase}}
    body += "<form method=\"post\" action=\"/login\"><label>{{Utilisateur}} <input name=\"user\" autocomplete=\"username\" "
            "required autofocus></label><label>{{Mot de passe}} <input name=\"password\" type=\"password\" "
            "autocomplete=\"current-password\" required></label><button type=\"submit\">{{Se connecter}}</button></form>";
    html(res, "{{Connexion}}", nullptr, body);
  }

  void login(const httplib::Request& req, httplib::Response& res) {
    const std::string name = req.get_param_value("user").substr(0, 200);
    const std::string password = req.get_param_value("password");
    const TimePoint now = parts_.clock.now();
    if (!sessions_.login_allowed(name, req.remote_addr, now)) {
      res.status = 429;
      return login_page(res, "{{Trop d'essais : réessayez dans 15 minutes.}}");
    }
    std::optional<storage::WebUser> user;
    {
      const std::lock_guard lock(store_mutex_);
      auto found = store_->web_user(name);
      if (found) user = *found;
    }
    // The hash is checked even for an unknown name, so that timing tells nothing.
    static const std::string kDummy = *hash_password("not a password of anyone");
    const bool ok = password_matches(user ? user->password_hash : kDummy, password) && user && !user->disabled;
    if (!ok) {
      sessions_.login_failed(name, req.remote_addr, now);
      res.status = 401;
      return login_page(res, "{{Utilisateur ou mot de passe incorrect.}}");
    }
    sessions_.login_succeeded(name);
    const std::string token = sessions_.open(user->name, user->role, now);
    res.set_header("Set-Cookie", std::string(kCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" +
                                     (settings_.secure_cookie ? "; Secure" : ""));
    redirect(res, "/");
  }

  // --- the queue
  void queue(const httplib::Request& req, httplib::Response& res, const Session& s) {
    if (s.role == "admin") return html(res, "{{Comptes}}", &s, "<p>{{Les comptes se gèrent avec}} <code>billetctl user</code>.</p>");
    storage::TicketFilter filter;
    if (s.role == "agent") filter.kind = Kind::kTicket;
    if (s.role == "service") filter.kind = Kind::kComplaint;
    if (s.role == "lead" && req.has_param("kind")) filter.kind = kind_from(req.get_param_value("kind"));
    filter.status = req.has_param("status") ? req.get_param_value("status") : "open";
    if (filter.status == "all") filter.status.clear();
    if (const std::string level = req.get_param_value("level"); level.size() == 1 && level[0] >= '1' && level[0] <= '4')
      filter.level = level[0] - '0';
    filter.text = req.get_param_value("q").substr(0, 200);
    filter.client = req.get_param_value("client").substr(0, 200);
    filter.mailbox = req.get_param_value("mailbox").substr(0, 100);
    filter.breached_only = req.get_param_value("breached") == "1";
    size_t page_number = 1;
    if (const std::string p = req.get_param_value("page"); !p.empty() && p.size() < 5 && std::all_of(p.begin(), p.end(), ::isdigit))
      page_number = std::max<size_t>(1, std::stoul(p));
    filter.offset = kPageSize * (page_number - 1);
    filter.limit = kPageSize + 1;  // one more tells whether a next page exists
    Result<std::vector<storage::TicketRow>> rows = std::vector<storage::TicketRow>{};
    {
      const std::lock_guard lock(store_mutex_);
      rows = store_->list_tickets(filter);
    }
    if (!rows) {
      res.status = 503;
      return html(res, "{{File}}", &s, "<p class=\"error\">{{La base de données ne répond pas ; réessayez.}}</p>");
    }
    const TimePoint now = parts_.clock.now();
    std::string body = "<h1>" + std::string(s.role == "service" ? "{{Plaintes}}" : "{{File des billets}}") + "</h1>";
    body += "<form class=\"filters\" method=\"get\" action=\"/\">";
    if (s.role == "lead")
      body += "<select name=\"kind\" aria-label=\"Type\"><option value=\"\">{{Tous}}</option><option value=\"ticket\">{{Billets}}</option>"
              "<option value=\"complaint\">{{Plaintes}}</option></select>";
    body += "<select name=\"level\" aria-label=\"Niveau\"><option value=\"\">{{Tout niveau}}</option><option>1</option>"
            "<option>2</option><option>3</option><option>4</option></select>"
            "<select name=\"status\" aria-label=\"Statut\"><option value=\"open\">{{Ouverts}}</option><option value=\"resolved\">"
            "{{Résolus}}</option><option value=\"all\">{{Tous}}</option></select>"
            "<input name=\"q\" placeholder=\"{{Recherche}}\" value=\"" + escape(filter.text) + "\" aria-label=\"Recherche\">"
            "<input name=\"client\" placeholder=\"{{Client}}\" value=\"" + escape(filter.client) + "\" aria-label=\"Client\">"
            "<select name=\"mailbox\" aria-label=\"Boîte\"><option value=\"\">{{Toute boîte}}</option>" + mailbox_options(filter.mailbox) +
            "</select>"
            "<label><input type=\"checkbox\" name=\"breached\" value=\"1\"" + (filter.breached_only ? " checked" : "") +
            "> {{En retard}}</label><button type=\"submit\">{{Filtrer}}</button></form>";
    body += "<table><thead><tr><th>#</th><th>{{Niveau}}</th><th>{{Sujet}}</th><th>{{Client}}</th><th>{{Boîte}}</th><th>{{Échéance}}</th>"
            "</tr></thead><tbody>";
    for (size_t i = 0; i < rows->size() && i < kPageSize; ++i) {
      const auto& t = (*rows)[i];
      const bool late = t.breached || (t.status == storage::TicketStatus::kOpen && t.due_at < now);
      const bool soon = !late && t.due_at - now < std::chrono::minutes{30};
      body += "<tr class=\"level-" + std::to_string(t.level) + "\"><td><a href=\"/ticket/" + std::to_string(t.id) + "\">" +
              std::to_string(t.id) + "</a></td><td>" + std::to_string(t.level) + "</td><td><a href=\"/ticket/" +
              std::to_string(t.id) + "\">" + (t.subject.empty() ? std::string("{{(sans objet)}}") : escape(t.subject)) + "</a></td><td>" +
              escape(t.client_address) + "</td><td>" + escape(t.mailbox) + "</td><td class=\"" +
              (late ? "late" : soon ? "soon" : "") + "\">" +
              (t.status == storage::TicketStatus::kOpen ? escape(triage::relative_due(t.due_at, now, language())) : "{{résolu}}") + "</td></tr>";
    }
    body += "</tbody></table>";
    if (rows->size() > kPageSize)
      body += "<p><a href=\"/?page=" + std::to_string(page_number + 1) + "\">{{Page suivante}}</a></p>";
    html(res, "{{File}}", &s, body, kQueueRefreshSeconds);
  }

  // The configured mailboxes as <option>s, `selected` marked.
  std::string mailbox_options(const std::string& selected) const {
    std::string out;
    for (const auto& m : parts_.config.mailboxes)
      out += "<option value=\"" + escape(m.name) + "\"" + (m.name == selected ? " selected" : "") + ">" + escape(m.name) +
             "</option>";
    return out;
  }

  // --- one ticket
  void ticket_page(httplib::Response& res, const Session& s, int64_t id, const std::string& notice) {
    const std::lock_guard lock(store_mutex_);
    auto t = store_->ticket(id);
    if (!t || !*t || !role_may_work(s.role, (*t)->kind)) {
      res.status = 404;
      return html(res, "{{Introuvable}}", &s, "<p>{{Aucun billet pour vous sous ce numéro.}} (#" + std::to_string(id) + ")</p>");
    }
    const storage::TicketRow& row = **t;
    const TimePoint now = parts_.clock.now();
    std::string body = "<h1>#" + std::to_string(id) + " " + escape(row.subject) + "</h1>";
    if (!notice.empty()) body += "<p class=\"notice\">" + escape(notice) + "</p>";
    body += "<p>" + std::string(row.kind == Kind::kComplaint ? "{{Plainte}}" : "{{Billet}}") + " · {{niveau}} " +
            std::to_string(row.level) + " · " + (row.status == storage::TicketStatus::kOpen ? "{{ouvert}}" : "{{résolu}}") +
            " · {{échéance}} " + escape(local_time(parts_.calendar, row.due_at)) + " (" +
            escape(triage::relative_due(row.due_at, now, language())) + ") · {{forfait}} " + escape(row.plan) + "</p>";
    body += "<p>{{Client :}} " + escape(row.client_name) + " &lt;" + escape(row.client_address) + "&gt;</p>";
    const auto classification = nlohmann::json::parse(row.classification_json, nullptr, false);
    if (classification.is_object() && classification.contains("explanation") && classification["explanation"].is_string())
      body += "<p>{{Pourquoi ce niveau :}} " + escape(classification["explanation"].get<std::string>()) + "</p>";
    body += "<section><h2>{{Fil}}</h2>";
    if (auto messages = store_->messages_of_ticket(id))
      for (const auto& m : *messages) {
        body += "<article><h3>" + escape(m.from_name.empty() ? m.from_address : m.from_name + " <" + m.from_address + ">") +
                " — " + escape(local_time(parts_.calendar, m.received_at)) + "</h3><pre>" +
                escape(m.new_text.empty() ? m.text : m.new_text) + "</pre>";
        for (size_t i = 0; i < m.attachments.size(); ++i)
          body += "<p>{{Pièce jointe :}} <a href=\"/ticket/" + std::to_string(id) + "/attachment/" + std::to_string(m.id) + "/" +
                  std::to_string(i) + "\" download>" + escape(m.attachments[i].first) + "</a> (" +
                  std::to_string((m.attachments[i].second + 1023) / 1024) + " {{Ko}})</p>";
        body += "</article>";
      }
    if (auto notes = store_->notes_of_ticket(id))
      for (const auto& n : *notes)
        body += "<article><h3>" + std::string(n.internal ? "{{Note interne de}} " : "{{Note de}} ") + escape(n.author) + " — " +
                escape(local_time(parts_.calendar, n.at)) + "</h3><pre>" + escape(n.text) + "</pre></article>";
    body += "</section><section><h2>{{Courriels envoyés}}</h2><ul>";
    if (auto emails = store_->emails_of_ticket(id))
      for (const auto& e : *emails)
        body += "<li>" + escape(e.kind) + " {{à}} " + escape(e.recipient) + " : " + escape(std::string(storage::to_string(e.status))) +
                (e.last_error.empty() ? "" : " (" + escape(e.last_error) + ")") + "</li>";
    body += "</ul></section><section><h2>{{Historique}}</h2><ul>";
    if (auto events = store_->events_of_ticket(id))
      for (const auto& e : *events)
        body += "<li>" + escape(local_time(parts_.calendar, e.at)) + " · " + escape(e.actor) + " · " + escape(e.kind) + " " +
                escape(e.detail) + "</li>";
    body += "</ul></section>";
    const std::string csrf = "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(s.csrf) + "\">";
    const std::string base = "/ticket/" + std::to_string(id);
    body += "<section><h2>{{Agir}}</h2><form method=\"post\" action=\"" + base + "/note\">" + csrf +
            "<label>{{Note}} <textarea name=\"text\" rows=\"4\" required></textarea></label><label><input type=\"checkbox\" "
            "name=\"internal\" value=\"1\"> {{Interne (pas envoyée au client)}}</label><button type=\"submit\">{{Ajouter la note}}"
            "</button></form>";
    if (row.kind == Kind::kTicket)
      body += "<form method=\"post\" action=\"" + base + "/level\">" + csrf +
              "<label>{{Niveau}} <select name=\"level\"><option>1</option><option>2</option><option>3</option><option>4</option>"
              "</select></label><label>{{Raison}} <input name=\"text\" required></label><button type=\"submit\">{{Changer le niveau}}"
              "</button></form>";
    if (row.status == storage::TicketStatus::kOpen)
      body += "<form method=\"post\" action=\"" + base + "/resolve\">" + csrf +
              "<label>{{Note de résolution}} <textarea name=\"text\" rows=\"3\"></textarea></label><button type=\"submit\">"
              "{{Résoudre}}</button></form>";
    body += "</section>";
    html(res, "#" + std::to_string(id), &s, body);
  }

  // --- the dashboard (leads): pictures drawn here as SVG, no script.
  static std::string duration_text(std::optional<int64_t> seconds) {
    if (!seconds) return "—";
    const int64_t s = *seconds;
    if (s < 120) return std::to_string(s) + " s";
    if (s < 7200) return std::to_string(s / 60) + " min";
    return std::to_string(s / 3600) + " h " + std::to_string((s % 3600) / 60);
  }

  static std::string open_by_level_chart(const storage::DashboardStats& d) {
    int most = 1;
    for (int l = 1; l <= 4; ++l) most = std::max(most, d.open_by_level[l]);
    static const char* kColours[] = {"", "#c00", "#e80", "#48c", "#888"};
    std::string svg = "<svg role=\"img\" aria-label=\"{{Ouverts par niveau}}\" viewBox=\"0 0 420 170\" width=\"420\" height=\"170\">";
    for (int l = 1; l <= 4; ++l) {
      const int h = 120 * d.open_by_level[l] / most;
      const int x = 20 + (l - 1) * 100;
      svg += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(140 - h) + "\" width=\"60\" height=\"" +
             std::to_string(h) + "\" fill=\"" + kColours[l] + "\"></rect><text x=\"" + std::to_string(x + 30) +
             "\" y=\"160\" text-anchor=\"middle\">{{niveau}} " + std::to_string(l) + "</text><text x=\"" + std::to_string(x + 30) +
             "\" y=\"" + std::to_string(135 - h) + "\" text-anchor=\"middle\">" + std::to_string(d.open_by_level[l]) + "</text>";
    }
    return svg + "</svg>";
  }

  static std::string deadlines_chart(const storage::DashboardStats& d) {
    int most = 1;
    for (const auto& day : d.days) {
      int total = 0;
      for (int l = 1; l <= 4; ++l) total += day.met[l] + day.missed[l];
      most = std::max(most, total);
    }
    const int width = 28 * 20 + 40;
    std::string svg = "<svg role=\"img\" aria-label=\"{{Échéances tenues et manquées par jour}}\" viewBox=\"0 0 " +
                      std::to_string(width) + " 170\" width=\"" + std::to_string(width) + "\" height=\"170\">";
    for (size_t i = 0; i < d.days.size() && i < 28; ++i) {
      const auto& day = d.days[d.days.size() > 28 ? d.days.size() - 28 + i : i];
      int met = 0, missed = 0;
      for (int l = 1; l <= 4; ++l) {
        met += day.met[l];
        missed += day.missed[l];
      }
      const int x = 20 + static_cast<int>(i) * 20;
      const int hm = 140 * met / most, hx = 140 * missed / most;
      svg += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(150 - hm) + "\" width=\"14\" height=\"" +
             std::to_string(hm) + "\" fill=\"#3a3\"><title>" + std::to_string(met) + " {{tenue(s)}}</title></rect>";
      svg += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(150 - hm - hx) + "\" width=\"14\" height=\"" +
             std::to_string(hx) + "\" fill=\"#c00\"><title>" + std::to_string(missed) + " {{manquée(s)}}</title></rect>";
    }
    return svg + "<line x1=\"15\" y1=\"150\" x2=\"" + std::to_string(width - 10) + "\" y2=\"150\" stroke=\"#444\"></line></svg>";
  }

  void dashboard(httplib::Response& res, const Session& s) {
    if (s.role != "lead") {
      res.status = 404;
      return html(res, "{{Introuvable}}", &s, "<p>{{Le tableau de bord est celui des chefs d'équipe.}}</p>");
    }
    const TimePoint now = parts_.clock.now();
    Result<storage::DashboardStats> stats = storage::DashboardStats{};
    {
      const std::lock_guard lock(store_mutex_);
      stats = store_->dashboard(now - std::chrono::hours{24 * 28}, now);
    }
    if (!stats) {
      res.status = 503;
      return html(res, "{{Tableau de bord}}", &s, "<p class=\"error\">{{La base de données ne répond pas ; réessayez.}}</p>");
    }
    std::string body = "<h1>{{Tableau de bord}}</h1><section><h2>{{Ouverts par niveau}}</h2>" + open_by_level_chart(*stats) +
                       "</section><section><h2>{{Échéances des 4 dernières semaines}}</h2><p>{{Vert : tenues ; rouge : manquées.}}"
                       "</p>" + deadlines_chart(*stats) + "<table><thead><tr><th>{{Niveau}}</th><th>{{Tenues}}</th><th>{{Manquées}}</th>"
                       "</tr></thead><tbody>";
    for (int l = 1; l <= 4; ++l) {
      int met = 0, missed = 0;
      for (const auto& day : stats->days) {
        met += day.met[l];
        missed += day.missed[l];
      }
      body += "<tr><td>" + std::to_string(l) + "</td><td>" + std::to_string(met) + "</td><td>" + std::to_string(missed) +
              "</td></tr>";
    }
    body += "</tbody></table></section><section><h2>{{Délais médians}}</h2><p>{{Accusé de réception :}} " +
            duration_text(stats->median_ack_seconds) + " · {{résolution :}} " + duration_text(stats->median_resolution_seconds) +
            "</p></section>";
    html(res, "{{Tableau de bord}}", &s, body, kQueueRefreshSeconds);
  }

  // An attachment, always as a download: never rendered by the browser, whatever it claims to be.
  void attachment(httplib::Response& res, const Session& s, int64_t ticket, int64_t message, size_t index) {
    const std::lock_guard lock(store_mutex_);
    auto t = store_->ticket(ticket);
    auto a = store_->attachment_content(message, index);
    if (!t || !*t || !role_may_work(s.role, (*t)->kind) || !a || !*a || (*a)->ticket_id != ticket) {
      res.status = 404;
      return html(res, "{{Introuvable}}", &s, "<p>{{Aucune pièce jointe de ce nom pour vous.}}</p>");
    }
    const std::string name = (*a)->filename.empty() ? "piece-jointe.bin" : (*a)->filename;
    std::string ascii;
    for (const char c : name) ascii += (static_cast<unsigned char>(c) < 0x80 && c != '"' && c != '\\' && c >= 0x20) ? c : '_';
    res.set_header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percent_encoded(name));
    res.set_header("Content-Security-Policy", "sandbox; default-src 'none'");
    res.set_content(std::move((*a)->content), "application/octet-stream");
  }

  void act(const httplib::Request& req, httplib::Response& res, const Session& s, int64_t id, const std::string& action) {
    {
      const std::lock_guard lock(store_mutex_);
      auto t = store_->ticket(id);
      if (!t || !*t || !role_may_work(s.role, (*t)->kind)) {
        res.status = 404;
        return html(res, "{{Introuvable}}", &s, "<p>{{Aucun billet pour vous sous ce numéro.}} (#" + std::to_string(id) + ")</p>");
      }
      daemon::AgentRequest request;
      request.action = action;
      request.ticket_id = id;
      request.text = req.get_param_value("text").substr(0, 20000);
      request.internal = req.get_param_value("internal") == "1";
      if (action == "level") {
        const std::string level = req.get_param_value("level");
        request.level = level.size() == 1 ? level[0] - '0' : 0;
      }
      daemon::AgentContext ctx{*store_, parts_.config, parts_.calendar, parts_.templates, parts_.clock, "web:" + s.user};
      const daemon::AgentOutcome outcome = daemon::perform_agent_action(ctx, request);
      if (!outcome.done) {
        res.status = outcome.done.error().kind() == errc::ErrorKind::kUsage ? 400 : 503;
        return html(res, "{{Erreur}}", &s, "<p class=\"error\">" + escape(outcome.done.error().message) + "</p><p><a href=\"/ticket/" +
                                           std::to_string(id) + "\">{{Retour}}</a></p>");
      }
    }
    redirect(res, "/ticket/" + std::to_string(id));
  }

  const ConsoleParts parts_;
  const ConsoleSettings settings_;
  std::unique_ptr<storage::Store> store_;
  std::mutex store_mutex_;  // one connection, one request at a time on it
  Sessions sessions_;
  std::unique_ptr<httplib::Server> server_holder_;  // an SSLServer when given a certificate
  httplib::Server& server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace

Result<std::unique_ptr<Console>> start_console(const ConsoleParts& parts, const ConsoleSettings& settings) {
  storage::SqliteOptions existing_only;
  existing_only.create = false;
  auto store = storage::open_sqlite_store(parts.config.database, existing_only);
  if (!store) return store.error();
  std::unique_ptr<httplib::Server> server;
  if (!settings.tls_cert.empty()) {
    auto tls = std::make_unique<httplib::SSLServer>(settings.tls_cert.c_str(), settings.tls_key.c_str());
    if (!tls->is_valid()) return Error{"web.tls", "the certificate " + settings.tls_cert + " or its key cannot be used"};
    server = std::move(tls);
  } else {
    server = std::make_unique<httplib::Server>();
  }
  auto console = std::make_unique<ConsoleServer>(parts, settings, std::move(*store), std::move(server));
  if (auto listening = console->listen(); !listening) return listening.error();
  return std::unique_ptr<Console>(std::move(console));
}

}  // namespace billet::web
