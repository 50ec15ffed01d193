#include "daemon/service/agent_server.h"
#include "common/error_codes.h"

#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <thread>
#include <vector>

#include "storage/store.h"

namespace billet::daemon {
namespace {

constexpr size_t kMaxRequestBytes = 64 * 1024;
constexpr std::chrono::seconds kRequestTimeout{5};

struct Fd {
  int fd = -1;
  explicit Fd(int f) : fd(f) {}
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
};

bool fill_address(const std::string& path, sockaddr_un& address) {
  if (path.empty() || path.size() >= sizeof(address.sun_path)) return false;
  std::memset(&address, 0, sizeof address);
  address.sun_family = AF_UNIX;
  std::memcpy(address.sun_path, path.data(), path.size());
  return true;
}

// Reads one line (without '\n') of at most kMaxRequestBytes within kRequestTimeout.
Result<std::string> read_line(int fd) {
  std::string data;
  const auto deadline = std::chrono::steady_clock::now() + kRequestTimeout;
  char buffer[4096];
  while (data.find('\n') == std::string::npos) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return Error{"agent.timeout", "no complete request within 5 s"};
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n <= 0) break;
    data.append(buffer, static_cast<size_t>(n));
    if (data.size() > kMaxRequestBytes) return Error{"agent.too_large", "a request is at most 64 KiB"};
  }
  const size_t nl = data.find('\n');
  if (nl == std::string::npos) return Error{"agent.protocol", "the request ended before its line did"};
  data.resize(nl);
  return data;
}

void write_all(int fd, const std::string& text) {
  size_t sent = 0;
  while (sent < text.size()) {
    const ssize_t n = ::send(fd, text.data() + sent, text.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;
    sent += static_cast<size_t>(n);
  }
}

std::string dump(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

class SocketAgentServer : public AgentServer {
 public:
  SocketAgentServer(AgentServerParts parts, std::unique_ptr<storage::Store> store, int listener)
      : parts_(std::move(parts)), store_(std::move(store)), listener_(listener) {
    thread_ = std::thread([this] { loop(); });
  }
  ~SocketAgentServer() override {
    stop_ = true;
    thread_.join();
    ::close(listener_);
    ::unlink(parts_.config.agents.socket.c_str());
  }

 private:
  void loop() {
    while (!stop_.load()) {
      pollfd p{listener_, POLLIN, 0};
      if (::poll(&p, 1, 500) <= 0) continue;
      Fd client(::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC));
      if (client.fd < 0) continue;
      write_all(client.fd, dump(handle(client.fd)) + "\n");
    }
  }

  nlohmann::json refuse(const Error& e) { return {{"ok", false}, {"code", e.code}, {"error", e.message}}; }

  nlohmann::json handle(int fd) {
    ucred peer{};
    socklen_t length = sizeof peer;
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &length) != 0)
      return refuse({"agent.peer", "the peer's credentials are unknown"});
    auto identity = identify_agent(peer.uid, parts_.config.agents);
    if (!identity) return refuse(identity.error());
    auto line = read_line(fd);
    if (!line) return refuse(line.error());
    const auto j = nlohmann::json::parse(*line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return refuse({"agent.protocol", "the request is not a JSON object"});
    AgentRequest request;
    request.action = j.value("action", std::string());
    request.ticket_id = j.value("ticket", int64_t{0});
    request.text = j.value("text", std::string());
    request.internal = j.value("internal", false);
    request.level = j.value("level", 0);
    std::string author = identity->name;
    if (const std::string as = j.value("as", std::string()); !as.empty()) {
      if (!identity->admin) return refuse({errc::kAgentNotAllowed, "only root or billetd may act under another name"});
      author = as;
    }
    auto ticket = store_->ticket(request.ticket_id);
    if (!ticket) return refuse(ticket.error());
    if (!*ticket) return refuse({"ticket.unknown", "no ticket #" + std::to_string(request.ticket_id)});
    const bool complaint = (*ticket)->kind == Kind::kComplaint;
    if (!identity->admin && !(complaint ? identity->complaints : identity->tickets))
      return refuse({errc::kAgentNotAllowed, identity->name + " may not act on " + (complaint ? "complaints" : "tickets") +
                                              " (groups " + parts_.config.agents.customer_service_group + ", " +
                                              parts_.config.agents.agents_group + ", " +
                                              parts_.config.agents.leads_group + ")"});
    AgentContext ctx{*store_, parts_.config, parts_.calendar, parts_.templates, parts_.clock, author};
    const AgentOutcome outcome = perform_agent_action(ctx, request);
    if (!outcome.done) return refuse(outcome.done.error());
    parts_.log.info("agent {}: ticket #{}: {} (uid {})", author, request.ticket_id, request.action, peer.uid);
    if (parts_.on_committed) parts_.on_committed();
    return {{"ok", true}, {"author", author}, {"not_sent", outcome.not_sent}};
  }

  AgentServerParts parts_;
  std::unique_ptr<storage::Store> store_;  // used on the server's thread only
  int listener_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

bool in_group(const std::string& user, gid_t primary, const std::string& group) {
  if (group.empty()) return false;
  std::vector<char> buffer(16384);  // a group too large for it counts as not a member
  ::group g{};
  ::group* found = nullptr;
  if (::getgrnam_r(group.c_str(), &g, buffer.data(), buffer.size(), &found) != 0 || !found) return false;
  if (found->gr_gid == primary) return true;
  for (char** member = found->gr_mem; member && *member; ++member)
    if (user == *member) return true;
  return false;
}

}  // namespace

Result<AgentIdentity> identify_agent(uid_t uid, const AgentsConfig& agents) {
  std::vector<char> buffer(16384);
  ::passwd pw{};
  ::passwd* found = nullptr;
  if (::getpwuid_r(uid, &pw, buffer.data(), buffer.size(), &found) != 0 || !found)
    return Error{"agent.unknown_user", "uid " + std::to_string(uid) + " is no user of this system"};
  AgentIdentity who;
  who.name = found->pw_name;
  who.admin = uid == 0 || uid == ::geteuid();
  const bool lead = in_group(who.name, found->pw_gid, agents.leads_group);
  who.tickets = who.admin || lead || in_group(who.name, found->pw_gid, agents.agents_group);
  who.complaints = who.admin || lead || in_group(who.name, found->pw_gid, agents.customer_service_group);
  if (!who.tickets && !who.complaints)
    return Error{errc::kAgentNotAllowed, who.name + " is in none of the groups " + agents.agents_group + ", " +
                                          agents.customer_service_group + ", " + agents.leads_group};
  return who;
}

Result<std::unique_ptr<AgentServer>> start_agent_server(AgentServerParts parts) {
  const std::string& path = parts.config.agents.socket;
  sockaddr_un address{};
  if (!fill_address(path, address)) return Error{"agent.socket", "agents.socket: bad path \"" + path + "\""};
  auto store = storage::open_sqlite_store(parts.config.database);
  if (!store) return store.error();
  struct stat existing {};
  if (::lstat(path.c_str(), &existing) == 0) {
    if (!S_ISSOCK(existing.st_mode)) return Error{"agent.socket", path + " exists and is not a socket"};
    ::unlink(path.c_str());  // left by a billetd that was killed
  }
  const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return Error{"agent.socket", std::string("socket: ") + std::strerror(errno)};
  if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 || ::listen(fd, 16) != 0) {
    const std::string why = std::strerror(errno);
    ::close(fd);
    return Error{"agent.socket", "cannot listen on " + path + ": " + why};
  }
  // Anyone may connect: who may act is decided from the peer's credentials, per request.
  ::chmod(path.c_str(), 0666);
  return std::unique_ptr<AgentServer>(new SocketAgentServer(std::move(parts), std::move(*store), fd));
}

Result<AgentReply> ask_agent_server(const std::string& socket_path, const AgentRequest& request, const std::string& as) {
  sockaddr_un address{};
  if (!fill_address(socket_path, address)) return Error{errc::kAgentUnreachable, "no agent socket configured"};
  Fd fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
  if (fd.fd < 0 || ::connect(fd.fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0)
    return Error{errc::kAgentUnreachable, "billetd does not answer on " + socket_path + ": " + std::strerror(errno)};
  nlohmann::json j{{"action", request.action}, {"ticket", request.ticket_id}, {"text", request.text},
                   {"internal", request.internal}, {"level", request.level}};
  if (!as.empty()) j["as"] = as;
  write_all(fd.fd, dump(j) + "\n");
  ::shutdown(fd.fd, SHUT_WR);
  std::string answer;
  char buffer[4096];
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{30};
  while (answer.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
    pollfd p{fd.fd, POLLIN, 0};
    if (::poll(&p, 1, 1000) <= 0) continue;
    const ssize_t n = ::read(fd.fd, buffer, sizeof buffer);
    if (n <= 0) break;
    answer.append(buffer, static_cast<size_t>(n));
    if (answer.size() > kMaxRequestBytes) break;
  }
  const auto reply = nlohmann::json::parse(answer.substr(0, answer.find('\n')), nullptr, false);
  if (reply.is_discarded() || !reply.is_object())
    return Error{"agent.protocol", "billetd gave no answer on " + socket_path};
  AgentReply out;
  if (!reply.value("ok", false)) out.done = Error{reply.value("code", std::string("agent.error")), reply.value("error", std::string())};
  out.author = reply.value("author", std::string());
  out.not_sent = reply.value("not_sent", std::string());
  return out;
}

}  // namespace billet::daemon
