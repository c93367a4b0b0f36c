package org.postops.app.change;

import java.time.Instant;
import java.util.List;
import org.postops.app.task.Person;

/** A change request in full: the request, the proposed changes, the decision and every step before it. */
public record ChangeRequest(long id, int version, long productionId, String productionName, String title,
        String requestedBy, String reason, ChangeStatus status, Person raisedBy, Instant raisedAt, Person decidedBy,
        Instant decidedAt, String decisionNote, List<ProposedChange> changes, List<Step> history) {

    /** One step of its history: raised, a change proposed or withdrawn, deferred, approved, rejected, reopened. */
    public record Step(Instant at, Person by, String action, String note) {
    }

    ChangeRequestFields fields() {
        return new ChangeRequestFields(title, requestedBy, reason);
    }
}
