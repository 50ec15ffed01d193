#pragma once
// HTML of the web console: everything that came from outside (a client's words, a subject, a
// name) goes through escape(); pages have no inline script or style (the CSP forbids both).
#include <string>
#include <string_view>

namespace billet::web {

// &, <, >, " and ' as entities; control characters other than \n and \t dropped.
std::string escape(std::string_view text);

struct PageUser {
  std::string name;
  std::string role;
  std::string csrf;
};

// A whole page: `title` is the console's own words (may carry {{marks}}, web/i18n.h); `body` is
// HTML already (built with escape()); `user` null on the login page;
// `refresh_seconds` > 0: the browser reloads it that often (the queue stays live without script).
std::string page(const std::string& title, const PageUser* user, const std::string& body, int refresh_seconds = 0);

// `text` percent-encoded for a URL or an RFC 5987 filename* (unreserved characters kept).
std::string percent_encoded(std::string_view text);

// The stylesheet served at /static/console.css.
const std::string& stylesheet();

}  // namespace billet::web
