package org.postops.app.task;

import org.postops.planning.Link;

/** How a dependency holds its task back; the lag is added to the other task's date (negative: a lead). */
public enum DependencyType {
    /** Starts no earlier than the other task finishes (plus the lag): the usual case, and the default. */
    FINISH_TO_START(Link.FINISH_TO_START),
    /** Starts no earlier than the other task starts (plus the lag): the mix may start once the edit has. */
    START_TO_START(Link.START_TO_START),
    /** Finishes no earlier than the other task finishes (plus the lag): QC ends after the master is done. */
    FINISH_TO_FINISH(Link.FINISH_TO_FINISH);

    private final Link link;

    DependencyType(Link link) {
        this.link = link;
    }

    public Link link() {
        return link;
    }
}
