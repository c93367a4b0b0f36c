package org.postops.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A calendar unrolled onto a line of working minutes from the start of an origin day, for the critical-path
 * engine, which schedules in minutes and converts only at the edges. Built once, then each conversion is a
 * binary search over cumulative minutes per day: O(log days), no allocation but the answer. Immutable.
 *
 * <p>The axis does not grow: a minute or instant outside the origin and horizon is refused with an
 * {@link IllegalArgumentException} naming the horizon, so that a plan running past it shows as an error to be
 * met with a longer axis, and the axis stays safe to share between threads.
 */
public final class WorkAxis {

    private final WorkCalendar calendar;
    private final LocalDate origin;
    private final WorkingDay hours;
    /** {@code before[i]}: working minutes on days origin .. origin+i-1; one longer than the horizon. */
    private final long[] before;

    public WorkAxis(WorkCalendar calendar, LocalDate origin, int horizonDays) {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("the horizon must be at least one day: " + horizonDays);
        }
        this.calendar = calendar;
        this.origin = origin;
        this.hours = calendar.week().hours();
        this.before = new long[horizonDays + 1];
        for (int i = 0; i < horizonDays; i++) {
            before[i + 1] = before[i] + calendar.workingMinutes(origin.plusDays(i));
        }
    }

    public LocalDate origin() {
        return origin;
    }

    public int horizonDays() {
        return before.length - 1;
    }

    /** All the working minutes on the axis: the largest minute {@link #at} accepts. */
    public long totalMinutes() {
        return before[before.length - 1];
    }

    /**
     * The instant by which {@code minute} minutes of work are done: at the end of a working period, that end
     * (minute 480 from Monday 09:00 is Monday 18:00), because a finish is an end. Minute 0 is the axis's first
     * working instant.
     */
    public ZonedDateTime at(long minute) {
        check(minute, totalMinutes());
        if (minute == 0) {
            return startAt(0);
        }
        int day = firstIndexAtLeast(minute) - 1; // the day on which the minute's work is done
        return calendar.resolve(origin.plusDays(day), hours.finishAt((int) (minute - before[day])));
    }

    /** The instant at which work resumes after {@code minute} minutes: for starts (Tuesday 09:00, not Monday 18:00). */
    public ZonedDateTime startAt(long minute) {
        check(minute, totalMinutes() - 1);
        int day = firstIndexAtLeast(minute + 1) - 1;
        return calendar.resolve(origin.plusDays(day), hours.startAt((int) (minute - before[day])));
    }

    /** Working minutes from the axis's start to {@code t}; time out of work counts as the next working instant. */
    public long minuteOf(ZonedDateTime t) {
        LocalDateTime local = calendar.local(t);
        long day = ChronoUnit.DAYS.between(origin, local.toLocalDate());
        if (day < 0 || day >= horizonDays()) {
            throw new IllegalArgumentException(t + " lies outside this axis: " + origin + " and "
                    + horizonDays() + " days after; build a longer axis");
        }
        int i = (int) day;
        boolean working = before[i + 1] > before[i];
        return before[i] + (working ? hours.elapsedAt(WorkingDay.minute(local.toLocalTime())) : 0);
    }

    private void check(long minute, long last) {
        if (minute < 0 || minute > last) {
            throw new IllegalArgumentException("minute " + minute + " lies outside this axis: " + origin + " and "
                    + horizonDays() + " days after hold minutes 0 to " + last + "; build a longer axis");
        }
    }

    /** The first index whose cumulative minutes reach {@code minute}; cumulative minutes never fall. */
    private int firstIndexAtLeast(long minute) {
        int low = 0;
        int high = before.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (before[mid] >= minute) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
