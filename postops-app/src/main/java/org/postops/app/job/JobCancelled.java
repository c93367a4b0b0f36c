package org.postops.app.job;

/** Thrown into running work when its run was cancelled; the run stays CANCELLED. */
public class JobCancelled extends RuntimeException {

    public JobCancelled(long runId) {
        super("job run " + runId + " was cancelled", null, false, false);
    }
}
