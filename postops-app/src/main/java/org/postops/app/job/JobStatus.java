package org.postops.app.job;

/** Where a run stands. Only QUEUED and RUNNING change; the others are final. */
public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
