package org.postops.app.task;

/** Where a task stands. */
public enum TaskStatus {
    TODO, IN_PROGRESS, BLOCKED, IN_REVIEW, DONE;

    /** The status as a badge: "In progress", styled per status. */
    public Badge badge() {
        return new Badge("badge status-" + name().toLowerCase(java.util.Locale.ROOT), label());
    }

    public String label() {
        return switch (this) {
            case TODO -> "To do";
            case IN_PROGRESS -> "In progress";
            case BLOCKED -> "Blocked";
            case IN_REVIEW -> "In review";
            case DONE -> "Done";
        };
    }
}
