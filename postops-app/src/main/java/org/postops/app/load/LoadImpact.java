package org.postops.app.load;

import java.time.LocalDate;
import java.util.List;

/**
 * A person a changed plan would put over capacity, or further over, and on which days: for a change
 * request's impact. Names no production: the hours are the person's whole load, whatever it is on.
 */
public record LoadImpact(long userId, String username, String displayName, List<Day> days) {

    public LoadImpact {
        days = List.copyOf(days);
    }

    /**
     * One day: the load now and after the change, against capacity; {@code over} is the excess after the
     * change in hours and minutes, {@code newlyOver} whether the person was within capacity that day before.
     */
    public record Day(LocalDate date, double capacityHours, double loadBeforeHours, double loadAfterHours,
            double overBeforeHours, double overAfterHours, String over, boolean newlyOver) {
    }
}
