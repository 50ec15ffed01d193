#pragma once
// Business calendars (policy.md section 3): a time zone with exact DST (IANA database), weekly
// plan hours, and holiday calendars computed for any year. Times are UTC `TimePoint`s; local
// time exists only inside the calendar.
#include <array>
#include <chrono>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/result.h"

namespace date {
class time_zone;
}

namespace billet::triage {

// Opening hours within one local day, in minutes from local midnight: [start, end), end <= 1440.
struct DailyHours {
  int start_minute = 0;
  int end_minute = 0;
};

// A support plan ("forfait"): named weekly hours, and the clients it covers.
struct Plan {
  std::string name;
  std::array<std::vector<DailyHours>, 7> week;  // index: 0 = Sunday ... 6 = Saturday
  bool observes_holidays = true;
  std::vector<std::string> clients;  // addresses ("a@b.ca") or domains ("b.ca"), lower-case

  // The base plan of policy.md: 08:30-16:30, Monday to Friday, holidays off.
  static Plan base();
  bool has_hours() const;
};

// Holidays: the named built-in rules (calendar "quebec", or "none") plus extra dates.
class HolidayCalendar {
 public:
  // Error "calendar.unknown" for a name other than "quebec" or "none".
  static Result<HolidayCalendar> named(const std::string& name);

  void add_extra(std::chrono::year_month_day day) { extra_.push_back(day); }
  bool is_holiday(std::chrono::year_month_day day) const;
  // Every holiday of `year`, observed Mondays included, sorted.
  std::vector<std::chrono::year_month_day> holidays(int year) const;

 private:
  bool quebec_ = false;
  std::vector<std::chrono::year_month_day> extra_;
};

std::chrono::year_month_day easter_sunday(int year);

class BusinessCalendar {
 public:
  // Error "calendar.zone" when the IANA zone is unknown.
  static Result<BusinessCalendar> create(const std::string& zone_name, HolidayCalendar holidays);

  // The instant `duration` of `plan` hours after `start` (hours before the plan opens, after it
  // closes, on closed days and holidays do not count). `plan` must have hours.
  TimePoint add_business_time(TimePoint start, std::chrono::seconds duration, const Plan& plan) const;
  bool is_open(TimePoint at, const Plan& plan) const;

  // ISO 8601 with the local offset: "2026-11-30T15:00:00-05:00".
  std::string iso_local(TimePoint at) const;
  // As people read it, in French: "lundi 30 novembre 2026 à 15 h 00".
  std::string french_local(TimePoint at) const;
  // As people read it, in English: "Monday, November 30, 2026 at 3:00 PM".
  std::string english_local(TimePoint at) const;

  const HolidayCalendar& holidays() const { return holidays_; }
  const date::time_zone* zone() const { return zone_; }

 private:
  BusinessCalendar(const date::time_zone* zone, HolidayCalendar holidays) : zone_(zone), holidays_(std::move(holidays)) {}
  const date::time_zone* zone_;
  HolidayCalendar holidays_;
};

// Parses "2026-11-30T15:00:00-05:00", "2026-11-30T20:00:00Z" or "2026-11-30 15:00" (local, in
// `calendar`'s zone when it has no offset).
Result<TimePoint> parse_iso8601(const std::string& text, const BusinessCalendar& calendar);

}  // namespace billet::triage
