// The web console with 20,000 tickets in the database (issue 14: the queue page and a ticket page
// answer in <= 100 ms on this machine): real SQLite file, real HTTP on 127.0.0.1, a signed-in
// lead. Run: build/ci/bench/web_bench [--tickets 20000]. Prints ms per request (median of 50).
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "daemon/config.h"
#include "storage/store.h"
#include "web/console.h"
#include "web/password.h"

using namespace billet;

namespace {

double median_ms(httplib::Client& client, const std::string& path, const std::string& cookie) {
  std::vector<double> ms;
  for (int i = 0; i < 50; ++i) {
    const auto start = std::chrono::steady_clock::now();
    auto res = client.Get(path, httplib::Headers{{"Cookie", cookie}});
    const auto end = std::chrono::steady_clock::now();
    if (!res || res->status != 200) {
      std::fprintf(stderr, "GET %s failed\n", path.c_str());
      std::exit(1);
    }
    ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
  }
  std::nth_element(ms.begin(), ms.begin() + 25, ms.end());
  return ms[25];
}

}  // namespace

int main(int argc, char** argv) {
  int tickets = 20000;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--tickets") tickets = std::atoi(argv[i + 1]);
  const auto dir = std::filesystem::temp_directory_path() / ("billetweb-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string config_path = (dir / "billetd.toml").string();
  std::ofstream(config_path) << "[service]\ndatabase = \"" << (dir / "b.db").string() << "\"\n"
                             << "[acknowledgements]\ntemplates = \"" << BILLETD_SOURCE_DIR << "/etc/templates\"\n"
                             << "[[mailbox]]\nname = \"support\"\nurl = \"imaps://127.0.0.1/INBOX\"\nuser = \"support\"\n"
                             << "address = \"support@somum.com\"\npassword_env = \"UNUSED\"\nkind = \"ticket\"\n";
  auto config = *daemon::load_config(config_path);
  auto store = std::move(*storage::open_sqlite_store(config.database));
  const SystemClock clock;
  const TimePoint now = clock.now();
  {
    auto tx = std::move(*store->begin());
    for (int i = 0; i < tickets; ++i) {
      storage::NewTicket t;
      t.kind = i % 5 == 0 ? Kind::kComplaint : Kind::kTicket;
      t.mailbox = "support";
      t.client_address = "client" + std::to_string(i % 997) + "@ville.qc.ca";
      t.reply_address = t.client_address;
      t.subject = "Ticket " + std::to_string(i) + " : l'envoi par SMS ne se rend plus";
      t.level = 1 + i % 4;
      t.classification_json = R"({"explanation":"level 2 (evidence): fr.feature_broken"})";
      t.plan = "base";
      t.received_at = now - std::chrono::minutes{i};
      t.due_at = t.received_at + std::chrono::hours{3};
      const int64_t id = *store->insert_ticket(t, t.received_at);
      storage::NewMessage m;
      m.mailbox = "support";
      m.uid = static_cast<uint32_t>(i + 1);
      m.dedupe_key = std::to_string(i) + "@bench";
      m.raw = "From: " + t.client_address + "\n\nBonjour";
      m.received_at = t.received_at;
      m.from_address = t.client_address;
      m.subject = t.subject;
      m.text = std::string(2000, 'x');
      m.disposition = storage::Disposition::kTicket;
      m.ticket_id = id;
      (void)store->insert_message(m, t.received_at);
    }
    (void)tx->commit();
  }
  (void)store->add_web_user({"lead", *web::hash_password("a bench passphrase"), "lead", false, now});
  auto calendar = *daemon::make_calendar(config);
  auto templates = *daemon::load_update_templates(config.acks.templates_dir);
  auto console = std::move(*web::start_console({config, calendar, templates, clock}, {"127.0.0.1:0", false}));
  httplib::Client client("127.0.0.1", console->port());
  auto login = client.Post("/login", httplib::Params{{"user", "lead"}, {"password", "a bench passphrase"}});
  const std::string set_cookie = login->get_header_value("Set-Cookie");
  const std::string cookie = set_cookie.substr(0, set_cookie.find(';'));
  std::printf("tickets in the database: %d\n", tickets);
  std::printf("queue page (/):               %.1f ms median of 50\n", median_ms(client, "/", cookie));
  std::printf("queue, page 200 (/?page=200):  %.1f ms\n", median_ms(client, "/?page=200", cookie));
  std::printf("queue, searched (/?q=Ticket 1999): %.1f ms\n", median_ms(client, "/?q=Ticket%201999", cookie));
  std::printf("ticket page (/ticket/%d):   %.1f ms\n", tickets / 2, median_ms(client, "/ticket/" + std::to_string(tickets / 2), cookie));
  std::printf("dashboard (/dashboard):       %.1f ms\n", median_ms(client, "/dashboard", cookie));
  console.reset();
  std::filesystem::remove_all(dir);
  return 0;
}
