package org.postops.app.solution;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.postops.app.skill.SkillCategory;

/**
 * A recorded solution with its measured effectiveness. Seen by someone who may not see its production
 * ({@code withheld}), the ticket, production, kit, symptoms and snapshot are left out and the production's name,
 * codename and client are blanked from the texts: the fix is shared, the production is not (decision 0024).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Solution(long id, Long ticketId, ProductionRef production, List<Long> kitIds, String kitType,
        SkillCategory category, String summary, String symptoms, String errorText, String whatWasDone,
        SolutionKind kind, Boolean workaroundAcceptable, String whyNotAcceptable, Long snapshotId, String resolvedBy,
        Instant raisedAt, Instant restoredAt, Instant recordedAt, Effectiveness effectiveness, String ratingComment,
        List<Long> articleIds, boolean withheld) {

    /** A production a solution or hit names, for a viewer who may see it. */
    public record ProductionRef(long id, String name) {
    }
}
