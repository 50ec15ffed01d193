// billetctl oauth login MAILBOX: the device authorization grant (RFC 8628) for a mailbox whose
// [mailbox.oauth2] uses the refresh token grant. An admin runs it once; it prints a code and a
// URL, waits for the mailbox's user to enter the code there, and stores the refresh token in the
// mailbox's refresh_token_file (mode 0600, replaced atomically). billetd reads it at its next
// start or reload.
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "daemon/config.h"
#include "common/file.h"
#include "daemon/net/oauth2.h"
#include "tools/commands.h"

namespace billet::tools {
namespace {

Status write_secret_file(const std::string& path, const std::string& secret) {
  return replace_file(path, secret + "\n", /*owner_only=*/true);
}

}  // namespace

int run_oauth_login(const OAuthLoginOptions& options) {
  const std::string who = "billetctl oauth login";
  auto config = daemon::load_config(options.config_file);
  if (!config) {
    std::cerr << who << ": " << config.error().message << "\n";
    return 1;
  }
  const daemon::MailboxConfig* mailbox = nullptr;
  for (const auto& m : config->mailboxes)
    if (m.name == options.mailbox) mailbox = &m;
  if (!mailbox) {
    std::cerr << who << ": no mailbox named " << options.mailbox << " in " << options.config_file << "\n";
    return 2;
  }
  const auto& o = mailbox->oauth2;
  if (!o || o->grant != daemon::OAuth2Config::Grant::kRefreshToken || o->refresh_token_file.empty() ||
      o->device_authorization_url.empty()) {
    std::cerr << who << ": mailbox " << options.mailbox
              << " needs [mailbox.oauth2] with grant = \"refresh_token\", refresh_token_file and "
                 "device_authorization_url\n";
    return 2;
  }
  daemon::OAuth2Config client_only = *o;  // the refresh token is what this command obtains
  client_only.refresh_token_file.clear();
  client_only.refresh_token_credential.clear();
  auto secrets = daemon::read_oauth2_secrets("mailbox " + mailbox->name, client_only);
  if (!secrets) {
    std::cerr << who << ": " << secrets.error().message << "\n";
    return 1;
  }
  daemon::OAuth2Grant grant;
  grant.token_url = o->token_url;
  grant.client_id = o->client_id;
  grant.client_secret = secrets->client_secret;
  grant.scope = o->scope;
  grant.ca_file = o->ca_file;
  auto device = daemon::request_device_code(grant, o->device_authorization_url);
  if (!device) {
    std::cerr << who << ": " << device.error().message << "\n";
    return 1;
  }
  std::cout << "To let billetd read mailbox " << mailbox->name << " (" << mailbox->user << "), sign in as that user at\n  "
            << device->verification_uri << "\nand enter the code\n  " << device->user_code << "\n(waiting up to "
            << device->expires_in.count() << " s)" << std::endl;
  auto token = daemon::await_device_token(grant, *device, [](std::chrono::seconds s) { std::this_thread::sleep_for(s); });
  if (!token) {
    std::cerr << who << ": " << token.error().message << "\n";
    return 1;
  }
  if (token->refresh_token.empty()) {
    std::cerr << who << ": the identity provider issued no refresh token (ask for offline access in scope)\n";
    return 1;
  }
  if (auto written = write_secret_file(o->refresh_token_file, token->refresh_token); !written) {
    std::cerr << who << ": " << written.error().message << "\n";
    return 1;
  }
  std::cout << "Refresh token stored in " << o->refresh_token_file
            << " (mode 0600). Run systemctl reload billetd to use it." << std::endl;
  return 0;
}

}  // namespace billet::tools
