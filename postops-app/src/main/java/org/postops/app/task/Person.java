package org.postops.app.task;

/** Someone a task names: an assignee or a comment's author. */
public record Person(String username, String displayName) {
}
