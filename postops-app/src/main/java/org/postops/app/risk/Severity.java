package org.postops.app.risk;

/**
 * The one number that ranks faults, from what the viewer may see (decision 0023):
 *
 * <pre>
 * score = 4 × slip hours of each production's delivery (working hours, later only)
 *       + 40 × milestones that met their target and no longer would
 *       + 60 × productions whose delivery date is met now and no longer would be
 *       + 1 × hours of booked work blocked (other productions' anonymous hours included)
 * </pre>
 *
 * rounded to a whole number. A working day of slip on the critical path (8 h, 32 points) outweighs a day of one
 * person's blocked work (8 points): idle hours are bad, a late delivery is worse, a broken promise worst. Cost is
 * left out: it comes in several currencies, which are never converted.
 */
final class Severity {

    static final double SLIP_HOUR = 4;
    static final double MILESTONE = 40;
    static final double DELIVERY = 60;
    static final double BLOCKED_HOUR = 1;

    private Severity() {
    }

    static double of(double slipHours, int milestonesMissed, boolean deliveryMissed, double blockedHours) {
        return SLIP_HOUR * Math.max(0, slipHours) + MILESTONE * milestonesMissed + (deliveryMissed ? DELIVERY : 0)
                + BLOCKED_HOUR * blockedHours;
    }
}
