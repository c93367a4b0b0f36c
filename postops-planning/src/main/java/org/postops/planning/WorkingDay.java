package org.postops.planning;

import java.time.LocalTime;

/**
 * The hours of one working day: from {@code start} to {@code end} with a lunch break between
 * {@code lunchStart} and {@code lunchEnd} (equal when there is none). Within one calendar day: a night shift
 * past midnight is not modelled. Times are wall-clock; the calendar resolves them in its zone. Minutes of the
 * day are counted from midnight.
 */
public record WorkingDay(LocalTime start, LocalTime end, LocalTime lunchStart, LocalTime lunchEnd) {

    public WorkingDay {
        if (start == null || end == null || lunchStart == null || lunchEnd == null) {
            throw new IllegalArgumentException("a working day needs a start, an end and a lunch break (times)");
        }
        if (start.getSecond() != 0 || end.getSecond() != 0 || lunchStart.getSecond() != 0
                || lunchEnd.getSecond() != 0 || start.getNano() != 0 || end.getNano() != 0
                || lunchStart.getNano() != 0 || lunchEnd.getNano() != 0) {
            throw new IllegalArgumentException("working hours are whole minutes: " + start + "–" + end
                    + ", lunch " + lunchStart + "–" + lunchEnd);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the working day must end after it starts: " + start + "–" + end);
        }
        if (lunchEnd.isBefore(lunchStart)) {
            throw new IllegalArgumentException("lunch must end after it starts: " + lunchStart + "–" + lunchEnd);
        }
        boolean hasLunch = !lunchStart.equals(lunchEnd);
        if (hasLunch && (!lunchStart.isAfter(start) || !lunchEnd.isBefore(end))) {
            throw new IllegalArgumentException("lunch " + lunchStart + "–" + lunchEnd
                    + " must lie inside the working day " + start + "–" + end);
        }
    }

    /** 09:00–18:00 with lunch 13:00–14:00: eight working hours. */
    public static WorkingDay standard() {
        return new WorkingDay(LocalTime.of(9, 0), LocalTime.of(18, 0), LocalTime.of(13, 0), LocalTime.of(14, 0));
    }

    public static WorkingDay withoutLunch(LocalTime start, LocalTime end) {
        return new WorkingDay(start, end, end, end);
    }

    public int minutes() {
        return morning() + (minute(end) - minute(lunchEnd));
    }

    /** Working minutes from the start of the day to the given minute of the day. */
    int elapsedAt(int minuteOfDay) {
        int s = minute(start);
        int ls = minute(lunchStart);
        int le = minute(lunchEnd);
        if (minuteOfDay <= s) {
            return 0;
        }
        if (minuteOfDay <= ls) {
            return minuteOfDay - s;
        }
        if (minuteOfDay <= le) {
            return ls - s;
        }
        return Math.min(minuteOfDay, minute(end)) - le + (ls - s);
    }

    /**
     * The earliest minute of the day by which {@code worked} minutes are done: at the end of a period, that
     * end (a finish at lunch is at 13:00, not 14:00).
     */
    int finishAt(int worked) {
        return worked <= morning() ? minute(start) + worked : minute(lunchEnd) + worked - morning();
    }

    /** The minute of the day at which work resumes after {@code worked} minutes (fewer than a day's). */
    int startAt(int worked) {
        return worked < morning() ? minute(start) + worked : minute(lunchEnd) + worked - morning();
    }

    /** The first working minute at or after the given one, or -1 if the day's work is over. */
    int nextWorkingMinute(int minuteOfDay) {
        if (minuteOfDay < minute(start)) {
            return minute(start);
        }
        if (minuteOfDay < minute(lunchStart)) {
            return minuteOfDay;
        }
        if (minuteOfDay < minute(lunchEnd)) {
            return minute(lunchEnd);
        }
        return minuteOfDay < minute(end) ? minuteOfDay : -1;
    }

    private int morning() {
        return minute(lunchStart) - minute(start);
    }

    static int minute(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
