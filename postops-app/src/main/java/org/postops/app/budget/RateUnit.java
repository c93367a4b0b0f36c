package org.postops.app.budget;

import org.postops.app.time.Minutes;

/** What one amount of a rate buys: an hour, or a day (8 working hours for people). */
public enum RateUnit {
    HOUR(60), DAY(Minutes.WORKING_DAY);

    private final int minutes;

    RateUnit(int minutes) {
        this.minutes = minutes;
    }

    /** Working minutes in one unit: 60 for an hour, 480 for a day. */
    public int minutes() {
        return minutes;
    }

    public String label() {
        return this == HOUR ? "per hour" : "per day";
    }
}
