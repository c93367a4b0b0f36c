package org.postops.app.load;

/** Working time as the load view writes it: hours and minutes, never fractions of days. */
final class Durations {

    private Durations() {
    }

    /** Hours as a number, to the hundredth: 450 minutes are 7.5. */
    static double hours(long minutes) {
        return Math.round(minutes * 100 / 60.0) / 100.0;
    }

    /** "7 h 30 min", "8 h", "45 min", "0 h". */
    static String text(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (m == 0) {
            return h + " h";
        }
        return h == 0 ? m + " min" : h + " h " + m + " min";
    }

    /** As a grid cell shows it: "7:30", "8", "0:45"; empty for nothing. */
    static String clock(long minutes) {
        if (minutes == 0) {
            return "";
        }
        long h = minutes / 60;
        long m = minutes % 60;
        return m == 0 ? Long.toString(h) : h + ":" + (m < 10 ? "0" : "") + m;
    }
}
