#include "parsers/date_parse.h"

#include <array>
#include <cstdio>
#include <chrono>
#include <string>
#include <vector>

#include "parsers/text_util.h"

namespace billet::parsers {
namespace {

std::vector<std::string> tokenize(std::string_view v) {
  std::vector<std::string> tokens;
  std::string cur;
  int comment = 0;
  for (const char c : v) {
    if (c == '(') { ++comment; continue; }
    if (c == ')' && comment > 0) { --comment; continue; }
    if (comment > 0) continue;
    if (c == ' ' || c == '\t' || c == ',' || c == '\r' || c == '\n') {
      if (!cur.empty()) tokens.push_back(cur);
      cur.clear();
      continue;
    }
    cur += c;
  }
  if (!cur.empty()) tokens.push_back(cur);
  return tokens;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int month_index(std::string_view s) {
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                                "jul", "aug", "sep", "oct", "nov", "dec"};
  if (s.size() < 3) return -1;
  for (size_t i = 0; i < kMonths.size(); ++i)
    if (iequals(s.substr(0, 3), kMonths[i])) return static_cast<int>(i) + 1;
  return -1;
}

std::optional<int> zone_offset_minutes(std::string_view z) {
  if ((z.size() == 5) && (z[0] == '+' || z[0] == '-') && all_digits(z.substr(1))) {
    const int hh = std::stoi(std::string(z.substr(1, 2)));
    const int mm = std::stoi(std::string(z.substr(3, 2)));
    const int total = hh * 60 + mm;
    return z[0] == '-' ? -total : total;
  }
  const std::string u = ascii_lower(z);
  if (u == "ut" || u == "utc" || u == "gmt" || u == "z") return 0;
  if (u == "est") return -300;
  if (u == "edt") return -240;
  if (u == "cst") return -360;
  if (u == "cdt") return -300;
  if (u == "mst") return -420;
  if (u == "mdt") return -360;
  if (u == "pst") return -480;
  if (u == "pdt") return -420;
  return std::nullopt;
}

}  // namespace

std::optional<int64_t> parse_rfc5322_date(std::string_view value) {
  std::vector<std::string> t = tokenize(value);
  size_t i = 0;
  if (i < t.size() && !all_digits(t[i])) ++i;  // day of week
  if (i + 3 >= t.size()) return std::nullopt;
  // "DD Mon YYYY" (also tolerate "Mon DD YYYY").
  int day = 0;
  int month = -1;
  if (all_digits(t[i]) && t[i].size() <= 2) {
    day = std::stoi(t[i]);
    month = month_index(t[i + 1]);
  } else if (all_digits(t[i + 1]) && t[i + 1].size() <= 2) {
    month = month_index(t[i]);
    day = std::stoi(t[i + 1]);
  }
  if (month < 0 || day < 1 || day > 31 || !all_digits(t[i + 2]) || t[i + 2].size() > 4) return std::nullopt;
  int year = std::stoi(t[i + 2]);
  if (t[i + 2].size() <= 2) year += year < 50 ? 2000 : 1900;
  else if (t[i + 2].size() == 3) year += 1900;
  // HH:MM[:SS]
  const std::string& hms = t[i + 3];
  int h = 0, m = 0, s = 0;
  if (std::sscanf(hms.c_str(), "%d:%d:%d", &h, &m, &s) < 2) return std::nullopt;
  if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 60) return std::nullopt;
  int offset = 0;
  if (i + 4 < t.size()) offset = zone_offset_minutes(t[i + 4]).value_or(0);

  using namespace std::chrono;
  const year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                           std::chrono::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  const auto days = sys_days{ymd}.time_since_epoch().count();
  return static_cast<int64_t>(days) * 86400 + h * 3600 + m * 60 + s - offset * 60;
}

}  // namespace billet::parsers
