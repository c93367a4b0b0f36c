package org.postops.app.change;

/** What a proposed change does. */
public enum ChangeKind {
    /** Adds a task (a new VFX shot, a recut): its fields as a task create takes them, under a reserved id. */
    NEW_TASK,
    /** Changes a task: a JSON merge patch of its fields (estimate, dependencies, dates, assignees...). */
    CHANGE_TASK,
    /** Changes the production: a merge patch of its spec and deliverables, picture lock or delivery date. */
    CHANGE_PRODUCTION
}
