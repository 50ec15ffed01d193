#include "triage/calendar.h"

#include <gtest/gtest.h>

#include "triage/deadline.h"

namespace billet::triage {
namespace {

using namespace std::chrono;

class CalendarTest : public ::testing::Test {
 protected:
  BusinessCalendar calendar = *BusinessCalendar::create("America/Toronto", *HolidayCalendar::named("quebec"));
  DeadlinePolicy policy = DeadlinePolicy::defaults();

  TimePoint at(const std::string& iso) {
    auto t = parse_iso8601(iso, calendar);
    EXPECT_TRUE(t.ok()) << iso;
    return t.ok() ? *t : TimePoint{};
  }
  std::string due(int level, const std::string& received, Kind kind = Kind::kTicket, const std::string& client = "c@client.ca") {
    return calendar.iso_local(compute_due(policy, calendar, kind, level, at(received), client).due);
  }
};

std::vector<std::string> iso_days(const std::vector<year_month_day>& days) {
  std::vector<std::string> out;
  for (const auto& d : days) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                  static_cast<unsigned>(d.day()));
    out.push_back(buf);
  }
  return out;
}

TEST_F(CalendarTest, PolicyExampleLevelFourFridayAfternoonIsDueMonday) {
  EXPECT_EQ(due(4, "2026-11-27T15:00:00-05:00"), "2026-11-30T15:00:00-05:00");
}

TEST_F(CalendarTest, PolicyExampleLevelThreeOnSaturdayIsDueMondayMorning) {
  EXPECT_EQ(due(3, "2026-11-28T10:00:00-05:00"), "2026-11-30T11:30:00-05:00");
}

TEST_F(CalendarTest, UrgentLevelsRunRoundTheClock) {
  EXPECT_EQ(due(1, "2026-11-28T23:50:00-05:00"), "2026-11-29T00:20:00-05:00");
  EXPECT_EQ(due(2, "2026-12-25T03:00:00-05:00"), "2026-12-25T04:00:00-05:00");
}

TEST_F(CalendarTest, LevelOneAtOneFortyFiveOnTheSpringForwardDay) {
  // 2026-03-08 02:00 EST jumps to 03:00 EDT: 30 minutes after 01:45 EST is 03:15 EDT.
  EXPECT_EQ(due(1, "2026-03-08T01:45:00-05:00"), "2026-03-08T03:15:00-04:00");
}

TEST_F(CalendarTest, LevelTwoAcrossTheFallBackHour) {
  // 2026-11-01 02:00 EDT falls back to 01:00 EST: one hour after 01:30 EDT is 01:30 EST.
  EXPECT_EQ(due(2, "2026-11-01T01:30:00-04:00"), "2026-11-01T01:30:00-05:00");
}

TEST_F(CalendarTest, LevelThreeSpanningTheNovemberChangeKeepsLocalPlanHours) {
  // Friday 15:30 EDT: 1 h on Friday, 2 h on Monday from 08:30 EST.
  EXPECT_EQ(due(3, "2026-10-30T15:30:00-04:00"), "2026-11-02T10:30:00-05:00");
}

TEST_F(CalendarTest, ReceptionsExactlyAtOpeningAndClosing) {
  EXPECT_EQ(due(3, "2026-11-30T08:30:00-05:00"), "2026-11-30T11:30:00-05:00");
  EXPECT_EQ(due(3, "2026-11-30T16:30:00-05:00"), "2026-12-01T11:30:00-05:00");
  EXPECT_EQ(due(3, "2026-11-30T16:29:00-05:00"), "2026-12-01T11:29:00-05:00");
  EXPECT_EQ(due(4, "2026-11-30T08:30:00-05:00"), "2026-11-30T16:30:00-05:00");
}

TEST_F(CalendarTest, FridayEveningToMonday) {
  EXPECT_EQ(due(4, "2026-11-27T18:00:00-05:00"), "2026-11-30T16:30:00-05:00");
  EXPECT_EQ(due(3, "2026-11-27T22:00:00-05:00"), "2026-11-30T11:30:00-05:00");
}

TEST_F(CalendarTest, HolidaysAreSkipped) {
  // Thursday 24 December 15:00: 1.5 h, then Christmas (Friday), then 6.5 h on Monday 28.
  EXPECT_EQ(due(4, "2026-12-24T15:00:00-05:00"), "2026-12-28T15:00:00-05:00");
  // Thursday 2 July 2026 is a working day after Canada Day (Wednesday).
  EXPECT_EQ(due(3, "2026-06-30T16:00:00-04:00"), "2026-07-02T11:00:00-04:00");
}

TEST_F(CalendarTest, QuebecHolidaysFor2026To2030) {
  const HolidayCalendar& h = calendar.holidays();
  EXPECT_EQ(iso_days(h.holidays(2026)),
            (std::vector<std::string>{"2026-01-01", "2026-04-03", "2026-05-18", "2026-06-24", "2026-07-01",
                                      "2026-09-07", "2026-10-12", "2026-12-25"}));
  EXPECT_EQ(iso_days(h.holidays(2027)),  // 25 December on a Saturday: Monday 27 off
            (std::vector<std::string>{"2027-01-01", "2027-03-26", "2027-05-24", "2027-06-24", "2027-07-01",
                                      "2027-09-06", "2027-10-11", "2027-12-25", "2027-12-27"}));
  EXPECT_EQ(iso_days(h.holidays(2028)),  // 1 January, 24 June and 1 July on Saturdays
            (std::vector<std::string>{"2028-01-01", "2028-01-03", "2028-04-14", "2028-05-22", "2028-06-24",
                                      "2028-06-26", "2028-07-01", "2028-07-03", "2028-09-04", "2028-10-09",
                                      "2028-12-25"}));
  EXPECT_EQ(iso_days(h.holidays(2029)),  // 24 June and 1 July on Sundays
            (std::vector<std::string>{"2029-01-01", "2029-03-30", "2029-05-21", "2029-06-24", "2029-06-25",
                                      "2029-07-01", "2029-07-02", "2029-09-03", "2029-10-08", "2029-12-25"}));
  EXPECT_EQ(iso_days(h.holidays(2030)),
            (std::vector<std::string>{"2030-01-01", "2030-04-19", "2030-05-20", "2030-06-24", "2030-07-01",
                                      "2030-09-02", "2030-10-14", "2030-12-25"}));
}

TEST_F(CalendarTest, PatriotsDayWhenTwentyFifthOfMayIsAMonday) {
  EXPECT_TRUE(calendar.holidays().is_holiday(2026y / May / 18));  // 25 May 2026 is a Monday
  EXPECT_FALSE(calendar.holidays().is_holiday(2026y / May / 25));
}

TEST_F(CalendarTest, ExtraHolidaysFromConfig) {
  HolidayCalendar holidays = *HolidayCalendar::named("quebec");
  holidays.add_extra(2026y / December / 31);
  BusinessCalendar with_extra = *BusinessCalendar::create("America/Toronto", holidays);
  const auto t = *parse_iso8601("2026-12-30T16:00:00-05:00", with_extra);
  // 30 min on the 30th; the 31st and 1 January are off; Friday 2 January 2026 is open.
  EXPECT_EQ(with_extra.iso_local(with_extra.add_business_time(t, minutes{180}, Plan::base())), "2027-01-04T11:00:00-05:00");
}

TEST_F(CalendarTest, ExtendedPlansMatchClientsByAddressOrDomain) {
  Plan extended;
  extended.name = "etendu";
  for (auto& day : extended.week) day = {DailyHours{7 * 60, 23 * 60}};
  extended.observes_holidays = false;
  extended.clients = {"ville-exemple.qc.ca", "vip@autre.ca"};
  policy.plans.push_back(extended);
  EXPECT_EQ(policy.plan_for("Marie@Ville-Exemple.qc.ca").name, "etendu");
  EXPECT_EQ(policy.plan_for("vip@autre.ca").name, "etendu");
  EXPECT_EQ(policy.plan_for("other@autre.ca").name, "base");
  EXPECT_EQ(due(3, "2026-11-28T10:00:00-05:00", Kind::kTicket, "marie@ville-exemple.qc.ca"), "2026-11-28T13:00:00-05:00");
  EXPECT_EQ(due(4, "2026-12-24T20:00:00-05:00", Kind::kTicket, "marie@ville-exemple.qc.ca"), "2026-12-25T12:00:00-05:00");
}

TEST_F(CalendarTest, ComplaintsGetSixteenBaseHoursUnlessTheyReportAnOutage) {
  EXPECT_EQ(due(4, "2026-11-30T08:30:00-05:00", Kind::kComplaint), "2026-12-01T16:30:00-05:00");
  EXPECT_EQ(due(3, "2026-11-27T12:00:00-05:00", Kind::kComplaint), "2026-12-01T12:00:00-05:00");
  EXPECT_EQ(due(1, "2026-11-30T08:30:00-05:00", Kind::kComplaint), "2026-11-30T09:00:00-05:00");
}

TEST_F(CalendarTest, OpenHours) {
  EXPECT_TRUE(calendar.is_open(at("2026-11-30T08:30:00-05:00"), Plan::base()));
  EXPECT_FALSE(calendar.is_open(at("2026-11-30T16:30:00-05:00"), Plan::base()));
  EXPECT_FALSE(calendar.is_open(at("2026-11-28T10:00:00-05:00"), Plan::base()));
  EXPECT_FALSE(calendar.is_open(at("2026-12-25T10:00:00-05:00"), Plan::base()));
}

TEST_F(CalendarTest, DatesAsPeopleReadThem) {
  EXPECT_EQ(calendar.french_local(at("2026-11-30T15:00:00-05:00")), "lundi 30 novembre 2026 à 15 h 00");
  EXPECT_EQ(calendar.french_local(at("2026-12-01T09:05:00-05:00")), "mardi 1er décembre 2026 à 9 h 05");
  EXPECT_EQ(calendar.english_local(at("2026-11-30T15:00:00-05:00")), "Monday, November 30, 2026 at 3:00 PM");
}

TEST_F(CalendarTest, Iso8601InputForms) {
  EXPECT_EQ(at("2026-11-30T20:00:00Z"), at("2026-11-30T15:00:00-05:00"));
  EXPECT_EQ(at("2026-11-30 15:00"), at("2026-11-30T15:00:00-05:00"));  // local time
  EXPECT_FALSE(parse_iso8601("30/11/2026", calendar).ok());
  EXPECT_FALSE(parse_iso8601("2026-02-30T10:00:00Z", calendar).ok());
}

TEST_F(CalendarTest, UnknownZoneAndCalendarAreErrors) {
  EXPECT_EQ(BusinessCalendar::create("Mars/Olympus", *HolidayCalendar::named("none")).error().code, "calendar.zone");
  EXPECT_EQ(HolidayCalendar::named("atlantis").error().code, "calendar.unknown");
}

}  // namespace
}  // namespace billet::triage
