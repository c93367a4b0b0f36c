package org.postops.app.ticket;

/** How badly a fault hurts, which sets its service targets. */
public enum Severity {
    /** The workflow has stopped. */
    P1,
    /** Degraded: work goes on slowly or partly, a deadline is at risk. */
    P2,
    /** Minor: an annoyance with a way round it. */
    P3,
    /** A question. */
    P4;

    public String label() {
        return switch (this) {
            case P1 -> "P1 · workflow stopped";
            case P2 -> "P2 · degraded, deadline at risk";
            case P3 -> "P3 · minor";
            case P4 -> "P4 · question";
        };
    }
}
