package org.postops.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private final WorkCalendar facility = WorkCalendar.englandAndWales();

    private static ZonedDateTime london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON);
    }

    @Test
    void eightHoursFromMondayMorningEndAtSixThatEvening() {
        assertThat(facility.add(london("2026-11-16T09:00"), 8 * 60)).isEqualTo(london("2026-11-16T18:00"));
        assertThat(facility.add(london("2026-11-16T09:00"), 9 * 60)).isEqualTo(london("2026-11-17T10:00"));
    }

    @Test
    void addingNothingGivesTheNextWorkingInstant() {
        assertThat(facility.add(london("2026-11-21T11:00"), 0)).isEqualTo(london("2026-11-23T09:00")); // Saturday
        assertThat(facility.add(london("2026-11-16T13:30"), 0)).isEqualTo(london("2026-11-16T14:00"));
        assertThat(facility.add(london("2026-11-16T10:15"), 0)).isEqualTo(london("2026-11-16T10:15"));
        assertThat(facility.nextWorkingInstant(london("2026-11-16T18:00"))).isEqualTo(london("2026-11-17T09:00"));
        assertThat(facility.nextWorkingInstant(london("2026-11-16T10:15:01"))).isEqualTo(london("2026-11-16T10:16"));
    }

    @Test
    void lunchIsSkippedAndAFinishAtLunchIsAtOne() {
        assertThat(facility.add(london("2026-11-16T09:00"), 240)).isEqualTo(london("2026-11-16T13:00"));
        assertThat(facility.add(london("2026-11-16T09:00"), 241)).isEqualTo(london("2026-11-16T14:01"));
        assertThat(facility.add(london("2026-11-16T12:00"), 120)).isEqualTo(london("2026-11-16T15:00"));
        assertThat(facility.workingMinutesBetween(london("2026-11-16T12:30"), london("2026-11-16T14:30"))).isEqualTo(60);
        assertThat(facility.workingMinutesBetween(london("2026-11-16T13:10"), london("2026-11-16T13:50"))).isZero();
    }

    @Test
    void weekendsAndBankHolidaysHaveNoWorkingMinutes() {
        assertThat(facility.workingMinutes(LocalDate.of(2026, 11, 16))).isEqualTo(480);
        assertThat(facility.workingMinutes(LocalDate.of(2026, 11, 21))).isZero();
        assertThat(facility.workingMinutes(LocalDate.of(2026, 12, 28))).isZero();
    }

    /** Good Friday 3 April, the weekend and Easter Monday 6 April 2026 are all skipped. */
    @Test
    void easter2026IsSkipped() {
        assertThat(facility.add(london("2026-04-02T10:00"), 480)).isEqualTo(london("2026-04-07T10:00"));
        assertThat(facility.workingMinutesBetween(london("2026-04-02T09:00"), london("2026-04-07T09:00"))).isEqualTo(480);
    }

    /** Christmas Day is a Friday; Boxing Day, a Saturday, is made up on Monday 28; New Year's Day is a Friday. */
    @Test
    void christmas2026IsSkipped() {
        assertThat(facility.add(london("2026-12-24T17:00"), 120)).isEqualTo(london("2026-12-29T10:00"));
        assertThat(facility.add(london("2026-12-31T09:00"), 481)).isEqualTo(london("2027-01-04T09:01"));
        assertThat(facility.workingMinutesBetween(london("2026-12-24T09:00"), london("2027-01-05T09:00")))
                .isEqualTo(5 * 480);
    }

    @Test
    void aPersonsDayOffIsTheirsAlone() {
        WorkCalendar person = facility.withDaysOff(List.of(LocalDate.of(2026, 11, 17)));
        assertThat(person.add(london("2026-11-16T09:00"), 9 * 60)).isEqualTo(london("2026-11-18T10:00"));
        assertThat(person.workingMinutes(LocalDate.of(2026, 11, 17))).isZero();
        assertThat(facility.add(london("2026-11-16T09:00"), 9 * 60)).isEqualTo(london("2026-11-17T10:00"));
        assertThat(person.withDaysOff(List.of(LocalDate.of(2026, 11, 18))).daysOff()).hasSize(2);
    }

    @Test
    void aWorkingDayStaysEightHoursWhenTheClocksChange() {
        for (LocalDate day = LocalDate.of(2026, 3, 23); day.isBefore(LocalDate.of(2026, 4, 3)); day = day.plusDays(1)) {
            assertThat(facility.workingMinutes(day)).isIn(0L, 480L);
        }
        ZonedDateTime spring = facility.add(london("2026-03-27T09:00"), 960);
        assertThat(spring).isEqualTo(london("2026-03-30T18:00"));
        assertThat(spring.getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(facility.workingMinutesBetween(london("2026-03-27T09:00"), london("2026-03-30T09:00"))).isEqualTo(480);
        ZonedDateTime autumn = facility.add(london("2026-10-23T09:00"), 960);
        assertThat(autumn).isEqualTo(london("2026-10-26T18:00"));
        assertThat(autumn.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(facility.workingMinutesBetween(london("2026-10-23T17:00"), london("2026-10-26T10:00"))).isEqualTo(120);
    }

    /** Los Angeles changes its clocks a week after London, on 1 November 2026; Thanksgiving is data. */
    @Test
    void aFacilityInLosAngeles() {
        BankHolidays us = BankHolidays.parse("us", List.of("2026-11-26 # Thanksgiving Day"));
        WorkCalendar la = WorkCalendar.of(LOS_ANGELES, WorkingWeek.standard(), us);
        ZonedDateTime friday = ZonedDateTime.of(2026, 10, 30, 9, 0, 0, 0, LOS_ANGELES);
        assertThat(la.add(friday, 960)).isEqualTo(ZonedDateTime.of(2026, 11, 2, 18, 0, 0, 0, LOS_ANGELES));
        assertThat(la.add(friday, 960).getOffset()).isEqualTo(ZoneOffset.ofHours(-8));
        // 16:00 UTC on Monday is 08:00 in Los Angeles: work starts at 09:00 there, 17:00 UTC.
        ZonedDateTime utc = ZonedDateTime.of(2026, 11, 2, 16, 0, 0, 0, ZoneOffset.UTC);
        assertThat(la.nextWorkingInstant(utc).toInstant()).isEqualTo(utc.plusHours(1).toInstant());
        assertThat(la.add(ZonedDateTime.of(2026, 11, 25, 17, 0, 0, 0, LOS_ANGELES), 120))
                .isEqualTo(ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, LOS_ANGELES));
        // 25 December is no holiday here unless the data says so.
        assertThat(la.workingMinutes(LocalDate.of(2026, 12, 25))).isEqualTo(480);
    }

    @Test
    void aSixDayWeekWithoutLunch() {
        WorkingWeek week = new WorkingWeek(EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.SATURDAY), WorkingDay.withoutLunch(LocalTime.of(8, 0),
                LocalTime.of(16, 0)));
        WorkCalendar sixDays = WorkCalendar.of(LONDON, week, BankHolidays.none());
        assertThat(sixDays.add(london("2026-11-21T15:00"), 120)).isEqualTo(london("2026-11-23T09:00"));
        assertThat(sixDays.add(london("2026-11-16T12:00"), 60)).isEqualTo(london("2026-11-16T13:00"));
        assertThat(sixDays.workingMinutes(LocalDate.of(2026, 12, 25))).isEqualTo(480);
    }

    @Test
    void minutesBetweenAreNegativeBackwards() {
        ZonedDateTime a = london("2026-11-16T09:00");
        ZonedDateTime b = london("2026-11-17T10:00");
        assertThat(facility.workingMinutesBetween(a, b)).isEqualTo(540);
        assertThat(facility.workingMinutesBetween(b, a)).isEqualTo(-540);
        assertThat(facility.workingMinutesBetween(a, a)).isZero();
    }

    @Test
    void negativeWorkIsRefused() {
        assertThatThrownBy(() -> facility.add(london("2026-11-16T09:00"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("working minutes to add must not be negative: -1");
    }
}
