package org.postops.app.task;

import java.time.Instant;

/** A comment on a task. */
public record Comment(long id, Person author, String body, Instant createdAt) {
}
