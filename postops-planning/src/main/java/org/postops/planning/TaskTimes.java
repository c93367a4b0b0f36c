package org.postops.planning;

/**
 * One task's dates on the working-minute axis. Floats are late minus early; with a deadline earlier than the
 * network can finish they go negative, which is how a late task shows.
 */
public record TaskTimes(long id, long earlyStart, long earlyFinish, long lateStart, long lateFinish,
                        long totalFloat, long freeFloat) {

    /** Critical: any slip moves the finish (or the miss of the deadline) by as much. */
    public boolean critical() {
        return totalFloat <= 0;
    }
}
