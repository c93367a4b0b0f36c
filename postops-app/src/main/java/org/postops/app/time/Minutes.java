package org.postops.app.time;

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

    /** "7 h 30 min", "45 min", "8 h", "0 min"; a negative number is written with a minus sign. */
    public static String human(long minutes) {
        if (minutes < 0) {
            return "−" + human(-minutes);
        }
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }

    /** The same, or null for no number (a task without an estimate). */
    public static String human(Long minutes) {
        return minutes == null ? null : human(minutes.longValue());
    }

    /** "7:30" for a grid cell; empty for nothing. */
    public static String clock(long minutes) {
        if (minutes == 0) {
            return "";
        }
        return (minutes < 0 ? "−" : "") + Math.abs(minutes) / 60 + ":" + String.format("%02d", Math.abs(minutes) % 60);
    }
}
