package org.postops.app.load;

/** Working minutes as the load view's numbers give them: hours to the hundredth (words: {@link org.postops.app.web.Formats#workTime}). */
final class Durations {

    private Durations() {
    }

    /** Hours as a number, to the hundredth: 450 minutes are 7.5. */
    static double hours(long minutes) {
        return Math.round(minutes * 100 / 60.0) / 100.0;
    }


}
