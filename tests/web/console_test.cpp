// The web console over real HTTP on 127.0.0.1 with a real SQLite file: accounts and roles,
// sessions, CSRF, throttling, what a page shows and how inert a client's words are in it.
#include "web/console.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <httplib.h>

#include <fstream>

#include "daemon/config.h"
#include "storage/store.h"
#include "support/fake_clock.h"
#include "support/mail_sandbox.h"
#include "support/test_files.h"
#include "web/password.h"
#include "web/sessions.h"

namespace billet::web {
namespace {

class WebConsole : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = (dir_ / "billetd.toml").string();
    std::ofstream(path) << "[service]\ndatabase = \"" << (dir_ / "b.db").string() << "\"\n"
                        << "[acknowledgements]\ntemplates = \"" << BILLETD_SOURCE_DIR << "/etc/templates\"\n"
                        << "[[mailbox]]\nname = \"support\"\nurl = \"imaps://127.0.0.1/INBOX\"\nuser = \"support\"\n"
                        << "address = \"support@somum.com\"\npassword_env = \"UNUSED\"\nkind = \"ticket\"\n";
    config_ = *daemon::load_config(path);
    store_ = std::move(*storage::open_sqlite_store(config_.database));
    ticket_ = insert(Kind::kTicket, "Le <script>alert(1)</script> plante", 2);
    complaint_ = insert(Kind::kComplaint, "Technicien impoli", 4);
    for (const auto& [name, role] : {std::pair{"julie", "agent"}, std::pair{"marc", "service"}, std::pair{"lea", "lead"}})
      ASSERT_TRUE(store_->add_web_user({name, *hash_password("un mot de passe solide"), role, false, clock_.now()}).ok());
    calendar_.emplace(*daemon::make_calendar(config_));
    templates_.emplace(*daemon::load_update_templates(config_.acks.templates_dir));
    auto started = start_console(ConsoleParts{config_, *calendar_, *templates_, clock_}, {"127.0.0.1:0", false});
    ASSERT_TRUE(started.ok()) << started.error().message;
    console_ = std::move(*started);
    client_.emplace("127.0.0.1", console_->port());
  }

  int64_t insert(Kind kind, const std::string& subject, int level) {
    storage::NewTicket t;
    t.kind = kind;
    t.mailbox = "support";
    t.client_address = "client@ville.qc.ca";
    t.reply_address = "client@ville.qc.ca";
    t.subject = subject;
    t.level = level;
    t.classification_json = R"({"explanation":"level 2 (evidence): fr.feature_broken"})";
    t.plan = "base";
    t.received_at = clock_.now();
    t.due_at = clock_.now() + std::chrono::minutes{25};
    return *store_->insert_ticket(t, clock_.now());
  }

  // Signs in; returns the Cookie header to send, "" when refused.
  std::string login(const std::string& user, const std::string& password, int* status = nullptr) {
    auto res = client_->Post("/login", httplib::Params{{"user", user}, {"password", password}});
    if (status) *status = res ? res->status : 0;
    if (!res || res->status != 303) return "";
    const std::string cookie = res->get_header_value("Set-Cookie");
    return cookie.substr(0, cookie.find(';'));
  }

  httplib::Result get(const std::string& path, const std::string& cookie) {
    return client_->Get(path, httplib::Headers{{"Cookie", cookie}});
  }

  static std::string csrf_of(const std::string& html) {
    const std::string key = "name=\"csrf\" value=\"";
    const size_t at = html.find(key);
    return at == std::string::npos ? "" : html.substr(at + key.size(), 64);
  }

  billet::testing::ScratchDir dir_{"web-console"};
  daemon::Config config_;
  std::unique_ptr<storage::Store> store_;
  billet::testing::FakeClock clock_{SystemClock().now()};
  std::optional<triage::BusinessCalendar> calendar_;
  std::optional<daemon::UpdateTemplates> templates_;
  std::unique_ptr<Console> console_;
  std::optional<httplib::Client> client_;
  int64_t ticket_ = 0, complaint_ = 0;
};

TEST_F(WebConsole, AnAgentSignsInAndSeesTheTicketQueueSoonestDueFirstWithWordsForTheDeadline) {
  EXPECT_EQ(get("/", "")->status, 303) << "signed out: to the login page";
  const std::string cookie = login("julie", "un mot de passe solide");
  ASSERT_FALSE(cookie.empty());
  auto res = client_->Post("/login", httplib::Params{{"user", "julie"}, {"password", "un mot de passe solide"}});
  const std::string set_cookie = res->get_header_value("Set-Cookie");
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(set_cookie.find("SameSite=Strict"), std::string::npos);
  auto queue = get("/", cookie);
  ASSERT_EQ(queue->status, 200);
  EXPECT_NE(queue->body.find("dans 25 min"), std::string::npos) << queue->body;
  EXPECT_NE(queue->body.find("/ticket/" + std::to_string(ticket_)), std::string::npos);
  EXPECT_EQ(queue->body.find("Technicien impoli"), std::string::npos) << "an agent works tickets, not complaints";
  EXPECT_EQ(get("/ticket/" + std::to_string(complaint_), cookie)->status, 404);
}

TEST_F(WebConsole, WhatTheClientWroteIsInertAndEveryPageCarriesAStrictPolicy) {
  const std::string cookie = login("julie", "un mot de passe solide");
  auto page = get("/ticket/" + std::to_string(ticket_), cookie);
  ASSERT_EQ(page->status, 200);
  EXPECT_EQ(page->body.find("<script>"), std::string::npos) << "a subject never becomes markup";
  EXPECT_NE(page->body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(page->body.find("fr.feature_broken"), std::string::npos) << "the classification and why";
  const std::string csp = page->get_header_value("Content-Security-Policy");
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(page->get_header_value("X-Content-Type-Options"), "nosniff");
}

TEST_F(WebConsole, AFormWithoutTheSessionsCsrfTokenChangesNothing) {
  const std::string cookie = login("julie", "un mot de passe solide");
  const std::string path = "/ticket/" + std::to_string(ticket_) + "/note";
  auto forged = client_->Post(path, httplib::Headers{{"Cookie", cookie}},
                              httplib::Params{{"text", "forged"}, {"csrf", std::string(64, 'a')}});
  EXPECT_EQ(forged->status, 403);
  EXPECT_TRUE(store_->notes_of_ticket(ticket_)->empty());
  const std::string csrf = csrf_of(get("/ticket/" + std::to_string(ticket_), cookie)->body);
  auto note = client_->Post(path, httplib::Headers{{"Cookie", cookie}},
                            httplib::Params{{"text", "On regarde ça."}, {"csrf", csrf}, {"internal", "1"}});
  EXPECT_EQ(note->status, 303);
  const auto notes = *store_->notes_of_ticket(ticket_);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].author, "web:julie") << "the author is the account the console vouches for";
  EXPECT_TRUE(notes[0].internal);
}

TEST_F(WebConsole, AgentActionsChangeTheLevelAndResolveLikeBilletctl) {
  const std::string cookie = login("lea", "un mot de passe solide");
  const std::string base = "/ticket/" + std::to_string(ticket_);
  const std::string csrf = csrf_of(get(base, cookie)->body);
  EXPECT_EQ(client_->Post(base + "/level", httplib::Headers{{"Cookie", cookie}},
                          httplib::Params{{"level", "1"}, {"text", "tout le monde est bloqué"}, {"csrf", csrf}})->status,
            303);
  EXPECT_EQ((*store_->ticket(ticket_))->level, 1);
  EXPECT_EQ(client_->Post(base + "/level", httplib::Headers{{"Cookie", cookie}},
                          httplib::Params{{"level", "7"}, {"text", "x"}, {"csrf", csrf}})->status,
            400) << "a level outside 1-4 is refused";
  EXPECT_EQ(client_->Post(base + "/resolve", httplib::Headers{{"Cookie", cookie}},
                          httplib::Params{{"text", "Corrigé."}, {"csrf", csrf}})->status,
            303);
  EXPECT_EQ((*store_->ticket(ticket_))->status, storage::TicketStatus::kResolved);
  EXPECT_FALSE(store_->emails_of_ticket(ticket_)->empty()) << "the client is told, through the outbox";
}

TEST_F(WebConsole, TheQueueFiltersByMailboxLevelAndText) {
  const std::string cookie = login("lea", "un mot de passe solide");
  EXPECT_NE(get("/?mailbox=support", cookie)->body.find("plante"), std::string::npos);
  EXPECT_EQ(get("/?mailbox=sac", cookie)->body.find("plante"), std::string::npos) << "no ticket in that mailbox";
  EXPECT_EQ(get("/?level=4", cookie)->body.find("plante"), std::string::npos) << "#1 is level 2";
  EXPECT_NE(get("/?level=4", cookie)->body.find("Technicien impoli"), std::string::npos);
  EXPECT_NE(get("/?q=impoli", cookie)->body.find("Technicien impoli"), std::string::npos);
  EXPECT_EQ(get("/?q=impoli", cookie)->body.find("plante"), std::string::npos);
}

// Pages are asked of SQLite with LIMIT/OFFSET: page N costs one page of rows, whatever N.
TEST_F(WebConsole, TheQueueShowsFiftyTicketsAPageEachOnOnePageOnly) {
  for (int i = 1; i <= 110; ++i) {
    char subject[32];
    std::snprintf(subject, sizeof subject, "Lot-%03d", i);
    insert(Kind::kTicket, subject, 3);
  }
  const std::string cookie = login("julie", "un mot de passe solide");
  ASSERT_FALSE(cookie.empty());
  std::map<std::string, int> seen;  // subject -> pages showing it
  for (int page = 1; page <= 3; ++page) {
    auto res = get("/?page=" + std::to_string(page), cookie);
    ASSERT_EQ(res->status, 200);
    for (size_t at = res->body.find("Lot-"); at != std::string::npos; at = res->body.find("Lot-", at + 1))
      ++seen[res->body.substr(at, 7)];
    const bool more = res->body.find("page=" + std::to_string(page + 1)) != std::string::npos;
    EXPECT_EQ(more, page < 3) << "page " << page;
  }
  EXPECT_EQ(seen.size(), 110u) << "every ticket on some page (111 open tickets, 50 a page)";
  for (const auto& [subject, pages] : seen) EXPECT_EQ(pages, 1) << subject;
}

TEST_F(WebConsole, CustomerServiceSeesComplaintsOnly) {
  const std::string cookie = login("marc", "un mot de passe solide");
  auto queue = get("/", cookie);
  EXPECT_NE(queue->body.find("Technicien impoli"), std::string::npos);
  EXPECT_EQ(queue->body.find("plante"), std::string::npos);
  EXPECT_EQ(get("/ticket/" + std::to_string(ticket_), cookie)->status, 404);
}

TEST_F(WebConsole, WrongPasswordsAreThrottledAndADisabledAccountCannotSignIn) {
  int status = 0;
  for (int i = 0; i < Sessions::kMaxFailures; ++i) {
    EXPECT_TRUE(login("julie", "pas le bon mot de passe", &status).empty());
    EXPECT_EQ(status, 401);
  }
  EXPECT_TRUE(login("julie", "un mot de passe solide", &status).empty()) << "blocked, even with the right password";
  EXPECT_EQ(status, 429);
  clock_.advance(Sessions::kWindow);
  EXPECT_FALSE(login("lea", "un mot de passe solide").empty()) << "the window passed";
  ASSERT_TRUE(*store_->set_web_user_disabled("lea", true));
  EXPECT_TRUE(login("lea", "un mot de passe solide", &status).empty());
  EXPECT_TRUE(login("nobody-here", "un mot de passe solide", &status).empty());
  EXPECT_EQ(status, 401);
}

TEST_F(WebConsole, ASessionEndsAfterIdlingAndAtLogout) {
  const std::string cookie = login("julie", "un mot de passe solide");
  ASSERT_EQ(get("/", cookie)->status, 200);
  clock_.advance(Sessions::kIdle + std::chrono::seconds{1});
  EXPECT_EQ(get("/", cookie)->status, 303);
  const std::string again = login("julie", "un mot de passe solide");
  const std::string csrf = csrf_of(get("/", again)->body);
  EXPECT_EQ(client_->Post("/logout", httplib::Headers{{"Cookie", again}}, httplib::Params{{"csrf", csrf}})->status, 303);
  EXPECT_EQ(get("/", again)->status, 303);
}

TEST_F(WebConsole, AnAttachmentIsAlwaysADownloadAndOnlyForThoseWhoMaySeeItsTicket) {
  storage::NewMessage m;
  m.mailbox = "support";
  m.uid = 7;
  m.dedupe_key = "a@x";
  m.raw = "From: client@ville.qc.ca\n\nvoir";
  m.received_at = clock_.now();
  m.from_address = "client@ville.qc.ca";
  m.text = "voir la capture";
  m.disposition = storage::Disposition::kTicket;
  m.ticket_id = ticket_;
  m.attachments.push_back({"capture\"<b>é.html", "text/html", "<script>alert(1)</script>"});
  const int64_t message = *store_->insert_message(m, clock_.now());
  const std::string cookie = login("julie", "un mot de passe solide");
  const std::string link = "/ticket/" + std::to_string(ticket_) + "/attachment/" + std::to_string(message) + "/0";
  EXPECT_NE(get("/ticket/" + std::to_string(ticket_), cookie)->body.find(link), std::string::npos);
  auto file = get(link, cookie);
  ASSERT_EQ(file->status, 200);
  EXPECT_EQ(file->body, "<script>alert(1)</script>") << "byte for byte";
  EXPECT_EQ(file->get_header_value("Content-Type"), "application/octet-stream") << "never rendered as HTML";
  const std::string disposition = file->get_header_value("Content-Disposition");
  EXPECT_EQ(disposition.rfind("attachment; filename=\"capture_<b>_", 0), 0u) << disposition;
  // On the wire (httplib's client decodes header values): the RFC 5987 form, percent-encoded.
  std::string wire;
  billet::testing::run_command("curl -s -D - -o /dev/null -H 'Cookie: " + cookie + "' http://127.0.0.1:" +
                                   std::to_string(console_->port()) + link,
                               &wire);
  EXPECT_NE(wire.find("filename*=UTF-8''capture%22%3Cb%3E%C3%A9.html"), std::string::npos) << wire;
  EXPECT_EQ(file->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(get("/ticket/" + std::to_string(complaint_) + "/attachment/" + std::to_string(message) + "/0", cookie)->status, 404)
      << "an attachment is reached through its own ticket only";
  EXPECT_EQ(get(link, login("marc", "un mot de passe solide"))->status, 404) << "customer service does not see tickets";
}

TEST_F(WebConsole, TheQueueRefreshesItselfWithoutScript) {
  auto queue = get("/", login("julie", "un mot de passe solide"));
  EXPECT_NE(queue->body.find("<meta http-equiv=\"refresh\" content=\"30\">"), std::string::npos);
  EXPECT_EQ(queue->body.find("<script"), std::string::npos);
}

TEST_F(WebConsole, TheLeadsDashboardDrawsOpenWorkAndDeadlinesAsPictures) {
  insert(Kind::kTicket, "Autre", 1);
  ASSERT_TRUE(store_->set_ticket_timers(ticket_, std::nullopt, false, true).ok());  // #1 breached
  clock_.advance(std::chrono::hours{1});  // every due time has passed
  auto board = get("/dashboard", login("lea", "un mot de passe solide"));
  ASSERT_EQ(board->status, 200);
  EXPECT_NE(board->body.find("<svg role=\"img\" aria-label=\"Ouverts par niveau\""), std::string::npos);
  EXPECT_NE(board->body.find("<title>1 manquée(s)</title>"), std::string::npos) << board->body;
  EXPECT_EQ(board->body.find("<script"), std::string::npos);
  EXPECT_EQ(board->body.find("style="), std::string::npos) << "no inline style: the CSP forbids it";
  EXPECT_EQ(get("/dashboard", login("julie", "un mot de passe solide"))->status, 404) << "leads only";
}

TEST_F(WebConsole, EnglishOnRequestAndAClientsWordsAreNeverTranslated) {
  const int64_t braces = insert(Kind::kTicket, "{{Fil}} Niveau {{Historique}}", 3);
  const std::string cookie = login("julie", "un mot de passe solide");
  auto english = client_->Get("/lang/en", httplib::Headers{{"Cookie", cookie}});
  ASSERT_EQ(english->status, 303);
  const std::string lang = english->get_header_value("Set-Cookie");
  const std::string both = cookie + "; " + lang.substr(0, lang.find(';'));
  auto queue = get("/", both);
  EXPECT_NE(queue->body.find("Ticket queue"), std::string::npos) << queue->body;
  EXPECT_NE(queue->body.find("Sign out"), std::string::npos);
  EXPECT_NE(queue->body.find(">Français<"), std::string::npos) << "the way back";
  EXPECT_EQ(queue->body.find("{{"), std::string::npos) << "no mark left";
  auto page = get("/ticket/" + std::to_string(braces), both);
  EXPECT_NE(page->body.find("&#123;&#123;Fil&#125;&#125; Niveau &#123;&#123;Historique&#125;&#125;"), std::string::npos)
      << "the subject as the client wrote it";
  EXPECT_NE(page->body.find("<h2>History</h2>"), std::string::npos);
  EXPECT_NE(get("/", cookie)->body.find("File des billets"), std::string::npos) << "French without the cookie";
}

TEST_F(WebConsole, AProxysSignedInUserHeaderIsBelievedFromTheProxyOnly) {
  auto sso = start_console(ConsoleParts{config_, *calendar_, *templates_, clock_},
                           {"127.0.0.1:0", false, "X-Remote-User", "127.0.0.1"});
  ASSERT_TRUE(sso.ok());
  httplib::Client through_proxy("127.0.0.1", (*sso)->port());
  auto page = through_proxy.Get("/", httplib::Headers{{"X-Remote-User", "julie"}});
  ASSERT_EQ(page->status, 200) << "signed in by the proxy";
  EXPECT_NE(page->body.find("julie (agent)"), std::string::npos);
  EXPECT_EQ(through_proxy.Get("/", httplib::Headers{{"X-Remote-User", "nobody"}})->status, 303) << "an unknown account";
  ASSERT_TRUE(*store_->set_web_user_disabled("julie", true));
  EXPECT_EQ(through_proxy.Get("/", httplib::Headers{{"X-Remote-User", "julie"}})->status, 303) << "a disabled account";
  // The same header from any other address is not believed.
  auto other = start_console(ConsoleParts{config_, *calendar_, *templates_, clock_},
                             {"127.0.0.1:0", false, "X-Remote-User", "10.0.0.1"});
  httplib::Client direct("127.0.0.1", (*other)->port());
  EXPECT_EQ(direct.Get("/", httplib::Headers{{"X-Remote-User", "lea"}})->status, 303);
  EXPECT_EQ(get("/", "")->status, 303) << "and a console without SSO ignores it";
}

TEST_F(WebConsole, GivenACertificateItSpeaksHttpsItself) {
  const std::string cert = (dir_ / "cert.pem").string(), key = (dir_ / "key.pem").string();
  ASSERT_EQ(billet::testing::run_command("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost "
                                         "-addext subjectAltName=IP:127.0.0.1 -keyout " + key + " -out " + cert),
            0);
  auto tls = start_console(ConsoleParts{config_, *calendar_, *templates_, clock_},
                           {"127.0.0.1:0", true, "", "", cert, key});
  ASSERT_TRUE(tls.ok()) << tls.error().message;
  httplib::SSLClient secure("127.0.0.1", (*tls)->port());
  secure.set_ca_cert_path(cert.c_str());
  secure.enable_server_certificate_verification(true);
  auto page = secure.Get("/login");
  ASSERT_TRUE(page) << httplib::to_string(page.error());
  EXPECT_EQ(page->status, 200);
  httplib::Client plain("127.0.0.1", (*tls)->port());
  plain.set_read_timeout(2, 0);
  auto refused = plain.Get("/login");
  EXPECT_TRUE(!refused || refused->status != 200) << "no plain HTTP on the TLS port";
  EXPECT_FALSE(start_console(ConsoleParts{config_, *calendar_, *templates_, clock_},
                             {"127.0.0.1:0", true, "", "", cert, (dir_ / "missing.pem").string()})
                   .ok());
}

TEST(WebPassword, Argon2idHashesVerifyAndRefuseShortOrHugePasswords) {
  const auto hash = hash_password("un mot de passe solide");
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u) << *hash;
  EXPECT_TRUE(password_matches(*hash, "un mot de passe solide"));
  EXPECT_FALSE(password_matches(*hash, "un mot de passe solid"));
  EXPECT_FALSE(hash_password("court").ok());
  EXPECT_FALSE(hash_password(std::string(100000, 'x')).ok()) << "bounded work per login";
  EXPECT_FALSE(password_matches(*hash, std::string(100000, 'x')));
}

}  // namespace
}  // namespace billet::web
