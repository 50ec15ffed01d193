#include "triage/calendar.h"

#include <date/date.h>
#include <date/tz.h>

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace billet::triage {
namespace {

using namespace std::chrono;

year_month_day to_std(date::year_month_day d) {
  return year_month_day{year{static_cast<int>(d.year())}, month{static_cast<unsigned>(d.month())},
                        day{static_cast<unsigned>(d.day())}};
}

// The n-th (1-based) `wd` of a month.
year_month_day nth_weekday(int y, unsigned m, weekday wd, unsigned n) {
  return year_month_day{sys_days{year{y} / month{m} / wd[n]}};
}

year_month_day observed_monday(year_month_day d) {
  const weekday wd{sys_days{d}};
  if (wd == Saturday) return year_month_day{sys_days{d} + days{2}};
  if (wd == Sunday) return year_month_day{sys_days{d} + days{1}};
  return d;
}

}  // namespace

Plan Plan::base() {
  Plan p;
  p.name = "base";
  for (int wd = 1; wd <= 5; ++wd) p.week[static_cast<size_t>(wd)] = {DailyHours{8 * 60 + 30, 16 * 60 + 30}};
  return p;
}

bool Plan::has_hours() const {
  return std::any_of(week.begin(), week.end(), [](const auto& day) {
    return std::any_of(day.begin(), day.end(), [](const DailyHours& h) { return h.end_minute > h.start_minute; });
  });
}

year_month_day easter_sunday(int y) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month_ = (h + l - 7 * m + 114) / 31, day_ = ((h + l - 7 * m + 114) % 31) + 1;
  return year{y} / month{static_cast<unsigned>(month_)} / day{static_cast<unsigned>(day_)};
}

Result<HolidayCalendar> HolidayCalendar::named(const std::string& name) {
  HolidayCalendar c;
  if (name == "quebec") c.quebec_ = true;
  else if (name != "none") return Error{"calendar.unknown", "unknown holiday calendar \"" + name + "\" (known: quebec, none)"};
  return c;
}

std::vector<year_month_day> HolidayCalendar::holidays(int y) const {
  std::vector<year_month_day> out;
  if (quebec_) {
    for (const year_month_day fixed : {year{y} / January / 1, year{y} / June / 24, year{y} / July / 1, year{y} / December / 25}) {
      out.push_back(fixed);
      if (observed_monday(fixed) != fixed) out.push_back(observed_monday(fixed));
    }
    out.push_back(year_month_day{sys_days{easter_sunday(y)} - days{2}});  // Good Friday
    // Journée nationale des patriotes: the Monday before 25 May.
    const sys_days may25{year{y} / May / 25};
    out.push_back(year_month_day{may25 - (weekday{may25} - Monday) - (weekday{may25} == Monday ? days{7} : days{0})});
    out.push_back(nth_weekday(y, 9, Monday, 1));   // Labour Day
    out.push_back(nth_weekday(y, 10, Monday, 2));  // Thanksgiving
  }
  for (const auto& d : extra_)
    if (d.year() == year{y}) out.push_back(d);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool HolidayCalendar::is_holiday(year_month_day d) const {
  const auto list = holidays(static_cast<int>(d.year()));
  return std::binary_search(list.begin(), list.end(), d);
}

Result<BusinessCalendar> BusinessCalendar::create(const std::string& zone_name, HolidayCalendar holidays) {
  try {
    return BusinessCalendar(date::locate_zone(zone_name), std::move(holidays));
  } catch (const std::exception& e) {
    return Error{"calendar.zone", "unknown time zone \"" + zone_name + "\": " + e.what()};
  }
}

TimePoint BusinessCalendar::add_business_time(TimePoint start, seconds duration, const Plan& plan) const {
  if (!plan.has_hours()) throw std::logic_error("plan " + plan.name + " has no opening hours");
  seconds remaining = duration;
  const auto local_start = zone_->to_local(start);
  const date::local_days first_day = date::floor<date::days>(local_start);
  // Bounded: a plan with hours consumes at least a few minutes a week; 800 days covers any target.
  for (date::local_days day = first_day; day < first_day + date::days{800}; day += date::days{1}) {
    const date::year_month_day ymd{day};
    if (plan.observes_holidays && holidays_.is_holiday(to_std(ymd))) continue;
    const unsigned wd = date::weekday{day}.c_encoding();
    for (const DailyHours& hours : plan.week[wd]) {
      const auto open = zone_->to_sys(day + std::chrono::minutes{hours.start_minute}, date::choose::earliest);
      const auto close = zone_->to_sys(day + std::chrono::minutes{hours.end_minute}, date::choose::earliest);
      const TimePoint open_s = date::floor<seconds>(open);
      const TimePoint close_s = date::floor<seconds>(close);
      if (close_s <= start) continue;
      const TimePoint from = std::max(open_s, start);
      const seconds available = close_s - from;
      if (available >= remaining) return from + remaining;
      remaining -= available;
    }
  }
  throw std::logic_error("business time did not fit in 800 days");
}

bool BusinessCalendar::is_open(TimePoint at, const Plan& plan) const {
  const auto local = zone_->to_local(at);
  const date::local_days day = date::floor<date::days>(local);
  if (plan.observes_holidays && holidays_.is_holiday(to_std(date::year_month_day{day}))) return false;
  const auto minute = date::floor<std::chrono::minutes>(local - day).count();
  for (const DailyHours& h : plan.week[date::weekday{day}.c_encoding()])
    if (minute >= h.start_minute && minute < h.end_minute) return true;
  return false;
}

std::string BusinessCalendar::iso_local(TimePoint at) const {
  const auto info = zone_->get_info(at);
  const auto local = zone_->to_local(at);
  std::string out = date::format("%Y-%m-%dT%H:%M:%S", date::floor<seconds>(local));
  const auto offset = date::floor<std::chrono::minutes>(info.offset).count();
  char buf[8];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", offset < 0 ? '-' : '+', static_cast<int>(std::abs(offset) / 60),
                static_cast<int>(std::abs(offset) % 60));
  return out + buf;
}

std::string BusinessCalendar::french_local(TimePoint at) const {
  static const char* const kDays[] = {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"};
  static const char* const kMonths[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                        "août", "septembre", "octobre", "novembre", "décembre"};
  const auto local = zone_->to_local(at);
  const date::local_days day = date::floor<date::days>(local);
  const date::year_month_day ymd{day};
  const auto tod = date::hh_mm_ss<std::chrono::minutes>{date::floor<std::chrono::minutes>(local - day)};
  char time[16];
  std::snprintf(time, sizeof time, "%d h %02d", static_cast<int>(tod.hours().count()), static_cast<int>(tod.minutes().count()));
  const unsigned d = static_cast<unsigned>(ymd.day());
  return std::string(kDays[date::weekday{day}.c_encoding()]) + " " + (d == 1 ? "1er" : std::to_string(d)) + " " +
         kMonths[static_cast<unsigned>(ymd.month()) - 1] + " " + std::to_string(static_cast<int>(ymd.year())) + " à " + time;
}

std::string BusinessCalendar::english_local(TimePoint at) const {
  static const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  const auto local = zone_->to_local(at);
  const date::local_days day = date::floor<date::days>(local);
  const date::year_month_day ymd{day};
  const auto tod = date::hh_mm_ss<std::chrono::minutes>{date::floor<std::chrono::minutes>(local - day)};
  const int h24 = static_cast<int>(tod.hours().count());
  char time[16];
  std::snprintf(time, sizeof time, "%d:%02d %s", h24 % 12 == 0 ? 12 : h24 % 12, static_cast<int>(tod.minutes().count()),
                h24 < 12 ? "AM" : "PM");
  return std::string(kDays[date::weekday{day}.c_encoding()]) + ", " + kMonths[static_cast<unsigned>(ymd.month()) - 1] +
         " " + std::to_string(static_cast<unsigned>(ymd.day())) + ", " + std::to_string(static_cast<int>(ymd.year())) +
         " at " + time;
}

Result<TimePoint> parse_iso8601(const std::string& text, const BusinessCalendar& calendar) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  int consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%*1[T ]%2d:%2d%n", &y, &mo, &d, &h, &mi, &consumed) < 5)
    return Error{"time.format", "not an ISO 8601 date-time: \"" + text + "\" (expected 2026-11-30T15:00:00-05:00)"};
  std::string rest = text.substr(static_cast<size_t>(consumed));
  if (!rest.empty() && rest[0] == ':') {
    int n = 0;
    if (std::sscanf(rest.c_str(), ":%2d%n", &s, &n) < 1) return Error{"time.format", "bad seconds in \"" + text + "\""};
    rest = rest.substr(static_cast<size_t>(n));
  }
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || s > 59) return Error{"time.range", "no such date-time: \"" + text + "\""};
  const auto local_seconds = date::local_days{date::year{y} / mo / d} + std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{s};
  if (rest.empty()) {
    const auto sys = calendar.zone()->to_sys(local_seconds, date::choose::earliest);
    return date::floor<seconds>(sys);
  }
  int offset_minutes = 0;
  if (rest == "Z" || rest == "z") {
    offset_minutes = 0;
  } else {
    int oh = 0, om = 0;
    char sign = 0;
    if (std::sscanf(rest.c_str(), "%c%2d:%2d", &sign, &oh, &om) < 2 || (sign != '+' && sign != '-'))
      return Error{"time.format", "bad UTC offset in \"" + text + "\""};
    offset_minutes = (sign == '-' ? -1 : 1) * (oh * 60 + om);
  }
  const auto utc = local_seconds.time_since_epoch() - std::chrono::minutes{offset_minutes};
  return TimePoint{date::floor<seconds>(utc)};
}

}  // namespace billet::triage
