package org.postops.app.task;

/** Where a task stands. */
public enum TaskStatus {
    TODO, IN_PROGRESS, BLOCKED, IN_REVIEW, DONE;

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
