package org.postops.app.brief;

import java.time.Instant;
import org.postops.app.task.Person;

/** What the team writes into the brief: where media lives and how it moves, and what worries them. */
public record BriefNotes(String storageNotes, String mediaNotes, String riskNotes, int version, Person updatedBy,
        Instant updatedAt) {

    static BriefNotes none() {
        return new BriefNotes(null, null, null, 0, null, null);
    }
}
