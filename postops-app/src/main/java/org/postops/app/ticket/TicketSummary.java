package org.postops.app.ticket;

import java.time.Instant;
import org.postops.app.skill.SkillCategory;
import org.postops.app.task.Person;
import org.postops.app.ticket.sla.ServiceLevel;

/** A ticket in a list, with its service clocks. */
public record TicketSummary(long id, String summary, Severity severity, SkillCategory category, TicketStatus status,
        Person requester, Person assignee, Long productionId, String productionName, Instant raisedAt,
        ServiceLevel serviceLevel) {
}
