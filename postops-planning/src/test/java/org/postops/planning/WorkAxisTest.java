package org.postops.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class WorkAxisTest {

    private static final WorkCalendar FACILITY = WorkCalendar.englandAndWales();
    private static final LocalDate ORIGIN = LocalDate.of(2026, 1, 1); // New Year's Day: the axis starts on the 2nd
    private static final WorkAxis THREE_YEARS = new WorkAxis(FACILITY, ORIGIN, 3 * 365 + 1);
    private static final ZonedDateTime START = FACILITY.nextWorkingInstant(ORIGIN.atStartOfDay(FACILITY.zone()));

    private static ZonedDateTime london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/London"));
    }

    @Test
    void aFinishAtTheEndOfADayIsThatEvening() {
        WorkAxis week = new WorkAxis(FACILITY, LocalDate.of(2026, 11, 16), 14);
        assertThat(week.at(0)).isEqualTo(london("2026-11-16T09:00"));
        assertThat(week.at(480)).isEqualTo(london("2026-11-16T18:00"));
        assertThat(week.startAt(480)).isEqualTo(london("2026-11-17T09:00"));
        assertThat(week.at(240)).isEqualTo(london("2026-11-16T13:00"));
        assertThat(week.startAt(240)).isEqualTo(london("2026-11-16T14:00"));
        assertThat(week.at(540)).isEqualTo(london("2026-11-17T10:00"));
        assertThat(week.totalMinutes()).isEqualTo(10 * 480);
    }

    @Test
    void timeOutOfWorkCountsAsTheNextWorkingInstant() {
        WorkAxis week = new WorkAxis(FACILITY, LocalDate.of(2026, 11, 16), 14);
        assertThat(week.minuteOf(london("2026-11-16T08:00"))).isZero();
        assertThat(week.minuteOf(london("2026-11-16T13:30"))).isEqualTo(240);
        assertThat(week.minuteOf(london("2026-11-21T12:00"))).isEqualTo(5 * 480); // Saturday
        assertThat(week.minuteOf(london("2026-11-23T09:00"))).isEqualTo(5 * 480);
    }

    @Test
    void aPersonsAxisSkipsTheirDaysOff() {
        WorkCalendar person = FACILITY.withDaysOff(List.of(LocalDate.of(2026, 11, 17)));
        WorkAxis axis = new WorkAxis(person, LocalDate.of(2026, 11, 16), 7);
        assertThat(axis.at(540)).isEqualTo(london("2026-11-18T10:00"));
    }

    @Test
    void outsideTheHorizonIsAClearError() {
        WorkAxis week = new WorkAxis(FACILITY, LocalDate.of(2026, 11, 16), 7);
        assertThatThrownBy(() -> week.at(5 * 480 + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minute 2401 lies outside this axis: 2026-11-16 and 7 days after hold minutes 0 to 2400;"
                        + " build a longer axis");
        assertThatThrownBy(() -> week.startAt(5 * 480)).hasMessageContaining("build a longer axis");
        assertThatThrownBy(() -> week.minuteOf(london("2026-11-23T09:00"))).hasMessageContaining("build a longer axis");
        assertThatThrownBy(() -> week.minuteOf(london("2026-11-15T09:00"))).hasMessageContaining("outside this axis");
        assertThatThrownBy(() -> new WorkAxis(FACILITY, LocalDate.of(2026, 11, 16), 0))
                .hasMessage("the horizon must be at least one day: 0");
    }

    @Property
    void atAgreesWithTheCalendar(@ForAll @LongRange(max = 360_000) long minute) {
        if (minute <= THREE_YEARS.totalMinutes()) {
            assertThat(THREE_YEARS.at(minute)).isEqualTo(FACILITY.add(START, minute));
            assertThat(THREE_YEARS.minuteOf(THREE_YEARS.at(minute))).isEqualTo(minute);
        }
        if (minute < THREE_YEARS.totalMinutes()) {
            assertThat(THREE_YEARS.startAt(minute)).isEqualTo(FACILITY.nextWorkingInstant(FACILITY.add(START, minute)));
        }
    }

    @Property
    void minuteOfAgreesWithTheCalendar(@ForAll @IntRange(max = 3 * 365) int day,
            @ForAll @IntRange(max = 1439) int minuteOfDay) {
        ZonedDateTime t = ORIGIN.plusDays(day).atStartOfDay(FACILITY.zone()).plusMinutes(minuteOfDay);
        assertThat(THREE_YEARS.minuteOf(t)).isEqualTo(FACILITY.workingMinutesBetween(START, t));
    }
}
