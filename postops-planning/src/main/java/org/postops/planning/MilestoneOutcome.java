package org.postops.planning;

/** Whether a milestone (picture lock, delivery) is reached by its target minute on the early schedule. */
public record MilestoneOutcome(long id, long targetMinute, long earlyFinish) {

    public boolean meetsTarget() {
        return earlyFinish <= targetMinute;
    }

    /** Working minutes past the target; zero when it is met. */
    public long minutesLate() {
        return Math.max(0, earlyFinish - targetMinute);
    }
}
