package org.postops.app.solution;

import java.time.Instant;
import java.util.List;
import org.postops.app.skill.SkillCategory;

/**
 * What resolving a ticket records (the tickets area fills it in). {@code kitType} is a kit type's name or null;
 * {@code workaroundAcceptable} is required for a workaround, and {@code whyNotAcceptable} when it is not.
 */
public record SolutionInput(long ticketId, Long productionId, List<Long> kitIds, String kitType,
        SkillCategory category, String summary, String symptoms, String errorText, String whatWasDone,
        SolutionKind kind, Boolean workaroundAcceptable, String whyNotAcceptable, Long snapshotId, long resolvedBy,
        Instant raisedAt, Instant restoredAt) {
}
