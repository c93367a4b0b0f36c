package org.postops.app.ticket;

import java.time.Instant;
import java.util.List;
import org.postops.app.skill.SkillCategory;

/** An open ticket the viewer may see, for other areas (the At risk page ranks these by impact). */
public record TicketRef(long id, String summary, Severity severity, SkillCategory category, TicketStatus status,
        Long productionId, List<Long> kitIds, Instant raisedAt, Long assigneeId, Long expertId) {
}
