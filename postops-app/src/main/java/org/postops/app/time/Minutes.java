package org.postops.app.time;

import org.postops.app.web.Formats;

/**
 * A number of minutes as people say it: "7 h 30 min", "45 min", "8 h", or on a clock face "7:30".
 * Worked time is always hours and minutes, never fractions of days.
 */
public final class Minutes {

    /** A working day for people: what a day rate buys (docs/decisions/0011-money-per-currency.md). */
    public static final int WORKING_DAY = 8 * 60;
    /** The most one person can log on one day, summed over everything they logged. */
    public static final int DAY = 24 * 60;

    private Minutes() {
    }

    /** "7 h 30 min", "45 min", "8 h", "0 h", "−1 h": {@link Formats#workTime}. */
    public static String human(long minutes) {
        return Formats.workTime(minutes);
    }

    /** The same, or null for no number (a task without an estimate). */
    public static String human(Long minutes) {
        return minutes == null ? null : human(minutes.longValue());
    }

    /** "7:30" for a grid cell; empty for nothing: {@link Formats#clockTime}. */
    public static String clock(long minutes) {
        return Formats.clockTime(minutes);
    }
}
