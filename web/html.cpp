#include "web/html.h"

#include <cctype>

namespace billet::web {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '{': out += "&#123;"; break;  // no {{mark}} (web/i18n.h) can come from outside
      case '}': out += "&#125;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') break;
        out += c;
    }
  }
  return out;
}

std::string percent_encoded(std::string_view text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

std::string page(const std::string& title, const PageUser* user, const std::string& body, int refresh_seconds) {
  std::string out =
      "<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">" +
      (refresh_seconds > 0 ? "<meta http-equiv=\"refresh\" content=\"" + std::to_string(refresh_seconds) + "\">"
                           : std::string()) +
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>" + title + " — billetd</title><link rel=\"stylesheet\" href=\"/static/console.css\"></head><body>"
      "<header><a class=\"brand\" href=\"/\">billetd</a>";
  if (user) {
    if (user->role == "lead") out += "<a href=\"/dashboard\">{{Tableau de bord}}</a>";
    out += "<a href=\"{{/lang/en}}\">{{English}}</a>";
    out += "<span class=\"who\">" + escape(user->name) + " (" + escape(user->role) + ")</span>"
           "<form method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"csrf\" value=\"" + escape(user->csrf) +
           "\"><button type=\"submit\">{{Se déconnecter}}</button></form>";
  }
  out += "</header><main>" + body + "</main></body></html>\n";
  return out;
}

const std::string& stylesheet() {
  static const std::string css = R"css(
body { font-family: system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
header { display: flex; gap: 1em; align-items: center; padding: .5em 1em; background: #123; color: #fff; }
header a, header .who { color: #fff; } header form { margin-left: auto; }
main { padding: 1em; max-width: 70em; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .35em .5em; border-bottom: 1px solid #ddd; }
.late { color: #a00; font-weight: bold; } .soon { color: #a60; } .level-1 { background: #fdd; } .level-2 { background: #fed; }
pre { white-space: pre-wrap; background: #fff; border: 1px solid #ddd; padding: .5em; }
form.filters { display: flex; flex-wrap: wrap; gap: .5em; margin-bottom: 1em; }
section { margin: 1.5em 0; } label { display: block; margin: .3em 0; }
.error { color: #a00; } .notice { color: #060; }
@media (max-width: 40em) { th:nth-child(4), td:nth-child(4), th:nth-child(5), td:nth-child(5) { display: none; } }
)css";
  return css;
}

}  // namespace billet::web
