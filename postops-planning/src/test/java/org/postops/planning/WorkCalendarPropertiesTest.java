package org.postops.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Over 2025–2027 in London, clock changes and bank holidays included; minutes up to about three years' work. */
class WorkCalendarPropertiesTest {

    private static final WorkCalendar FACILITY = WorkCalendar.englandAndWales();

    static ZonedDateTime instant(int day, int minuteOfDay) {
        return LocalDate.of(2025, 1, 1).plusDays(day).atStartOfDay(FACILITY.zone()).plusMinutes(minuteOfDay);
    }

    @Property
    void addThenMeasureGivesBackTheMinutes(@ForAll @IntRange(max = 1095) int day,
            @ForAll @IntRange(max = 1439) int minuteOfDay, @ForAll @IntRange(max = 360_000) int minutes) {
        ZonedDateTime from = FACILITY.nextWorkingInstant(instant(day, minuteOfDay));
        ZonedDateTime end = FACILITY.add(from, minutes);
        assertThat(FACILITY.workingMinutesBetween(from, end)).isEqualTo(minutes);
        assertThat(FACILITY.workingMinutesBetween(end, from)).isEqualTo(-minutes);
    }

    /** Time out of work counts as the next working instant, so measuring from the raw start agrees too. */
    @Property
    void measuringFromOutOfHoursAgrees(@ForAll @IntRange(max = 1095) int day,
            @ForAll @IntRange(max = 1439) int minuteOfDay, @ForAll @IntRange(max = 20_000) int minutes) {
        ZonedDateTime from = instant(day, minuteOfDay);
        assertThat(FACILITY.workingMinutesBetween(from, FACILITY.add(from, minutes))).isEqualTo(minutes);
    }

    @Property
    void addIsMonotoneInMinutes(@ForAll @IntRange(max = 1095) int day, @ForAll @IntRange(max = 1439) int minuteOfDay,
            @ForAll @IntRange(max = 100_000) int shorter, @ForAll @IntRange(max = 5_000) int more) {
        ZonedDateTime from = instant(day, minuteOfDay);
        ZonedDateTime first = FACILITY.add(from, shorter);
        ZonedDateTime second = FACILITY.add(from, shorter + more);
        assertThat(first).isBeforeOrEqualTo(second);
        if (more > 0) {
            assertThat(first).isBefore(second);
        }
        assertThat(first).isAfterOrEqualTo(FACILITY.nextWorkingInstant(from));
    }

    @Property
    void everyResultIsInWorkingHours(@ForAll @IntRange(max = 1095) int day,
            @ForAll @IntRange(max = 1439) int minuteOfDay, @ForAll @IntRange(min = 1, max = 20_000) int minutes) {
        ZonedDateTime end = FACILITY.add(instant(day, minuteOfDay), minutes);
        assertThat(FACILITY.isWorkingDay(end.toLocalDate())).isTrue();
        int minute = WorkingDay.minute(end.toLocalTime());
        assertThat(minute).isBetween(9 * 60 + 1, 18 * 60);
        assertThat(minute <= 13 * 60 || minute > 14 * 60).as("not inside lunch: %s", end).isTrue();
    }
}
