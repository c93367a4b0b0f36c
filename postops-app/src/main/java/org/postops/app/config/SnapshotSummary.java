package org.postops.app.config;

import java.time.Instant;
import org.postops.app.task.Person;

/** One snapshot in a kit's history: when it was taken and received, how and by whom, how many keys. */
public record SnapshotSummary(long id, long kitId, Instant takenAt, Instant receivedAt, SnapshotSource source,
        Person submittedBy, int keys) {
}
