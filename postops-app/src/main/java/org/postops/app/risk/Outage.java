package org.postops.app.risk;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.postops.app.schedule.PlanSchedule;
import org.postops.app.web.Problem;
import org.postops.planning.WorkCalendar;

/**
 * When kit is down: from the start of {@code from} until the end of the {@code days}-th working day counted from
 * it ({@code from} itself counts if it is a working day), on the facility calendar. The kit is back at the start
 * of {@code restoreDay}, the day after the last one down; work needing it starts no earlier.
 */
record Outage(LocalDate from, int days, LocalDate lastDay, LocalDate restoreDay) {

    static final int MAX_DAYS = 60;

    static Outage of(WorkCalendar calendar, LocalDate from, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw Problem.badField("days", "must be a whole number of working days from 1 to " + MAX_DAYS);
        }
        LocalDate day = from;
        LocalDate last = from;
        int counted = 0;
        // a calendar with no working days at all would never get there: a year of days is far enough to look
        for (int guard = 0; counted < days; guard++, day = day.plusDays(1)) {
            if (guard > 366 + days * 7) {
                throw Problem.conflict("the facility calendar has no working days after " + from);
            }
            if (calendar.isWorkingDay(day)) {
                counted++;
                last = day;
            }
        }
        return new Outage(from, days, last, last.plusDays(1));
    }

    /** Whether a booking from {@code first} to {@code last} (inclusive) has a day in the outage. */
    boolean overlaps(LocalDate first, LocalDate last) {
        return !last.isBefore(from) && !first.isAfter(lastDay);
    }

    /** The schedule's working minute at which the outage starts (before the plan's start, negative). */
    long startMinute(PlanSchedule s) {
        return s.endOfDayMinute(from.minusDays(1));
    }

    /** The schedule's working minute at which the kit is back. */
    long endMinute(PlanSchedule s) {
        return s.endOfDayMinute(lastDay);
    }

    /** The part of a booking inside the outage, as working minutes of the schedule: {@code [start, end)}. */
    long[] minutesOf(PlanSchedule s, LocalDate first, LocalDate last) {
        LocalDate a = first.isAfter(from) ? first : from;
        LocalDate b = last.isBefore(lastDay) ? last : lastDay;
        if (b.isBefore(a)) {
            return new long[] {0, 0};
        }
        return new long[] {s.endOfDayMinute(a.minusDays(1)), s.endOfDayMinute(b)};
    }

    /** Working minutes of a booking inside the outage, on the calendar alone (no plan needed). */
    static long workingMinutes(WorkCalendar calendar, Outage o, LocalDate first, LocalDate last) {
        LocalDate a = first.isAfter(o.from) ? first : o.from;
        LocalDate b = last.isBefore(o.lastDay) ? last : o.lastDay;
        long minutes = 0;
        for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
            minutes += calendar.workingMinutes(d);
        }
        return minutes;
    }

    ZonedDateTime startAt(WorkCalendar calendar) {
        return calendar.nextWorkingInstant(from.atStartOfDay(calendar.zone()));
    }

    ZonedDateTime restoredAt(WorkCalendar calendar) {
        return calendar.nextWorkingInstant(restoreDay.atStartOfDay(calendar.zone()));
    }
}
