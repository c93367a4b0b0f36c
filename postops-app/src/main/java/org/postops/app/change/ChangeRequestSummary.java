package org.postops.app.change;

import java.time.Instant;
import org.postops.app.task.Person;

/** A change request in a list. */
public record ChangeRequestSummary(long id, long productionId, String title, String requestedBy,
        ChangeStatus status, Person raisedBy, Instant raisedAt, Instant decidedAt, int changes) {
}
