package org.postops.app.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.postops.app.kit.KitType;
import org.postops.app.skill.SkillCategory;
import org.postops.app.task.Person;
import org.postops.app.task.TaskStatus;
import org.postops.app.ticket.sla.ServiceLevel;

/**
 * A ticket in full, as its page and {@code GET /api/v1/tickets/{id}} show it: what was raised, what it concerns,
 * where it stands and where it may go next, its timeline, the options weighed, its current solution (if
 * resolved) and its service clocks; the expert it is on (the register's name, null if none). {@code recurrenceOf} is shown only when the viewer may see that ticket too.
 */
public record Ticket(long id, int version, String summary, String symptoms, String errorText, Severity severity,
        SkillCategory category, TicketStatus status, Set<TicketStatus> next, Person requester, Person assignee,
        Long expertId, String expertName, Long productionId, String productionName, List<KitLink> kit, List<TaskLink> tasks,
        Instant raisedAt, Instant firstResponseAt, Long recurrenceOf, Resolution resolution, List<Entry> timeline,
        List<Option> options, ServiceLevel serviceLevel) {

    /** Linked kit. */
    public record KitLink(long id, String name, KitType type) {
    }

    /** A linked task of the ticket's production. */
    public record TaskLink(long id, String title, TaskStatus status) {
    }

    /**
     * One entry of the timeline: raised, a status change (from, to), an assignment, a public update, an option
     * recorded or chosen, resolved, reopened, rated, edited. All are public to those who may see the ticket.
     */
    public record Entry(Instant at, Person by, String kind, TicketStatus from, TicketStatus to, String note) {
    }

    /** A way to restore service, weighed beside the others; at most one is chosen, with the reason. */
    public record Option(long id, OptionKind kind, String description, Long costMinor, String currency,
            Integer restoreMinutes, String feasibility, Person by, Instant at, boolean chosen, String chosenReason,
            Person chosenBy, Instant chosenAt) {
    }

    /**
     * The solution the ticket was resolved with: what was done, fix or workaround (and whether the workaround is
     * acceptable, and why not), the configuration snapshot it applied to, when service was restored; whether a
     * recurrence (a new or reopened ticket on the same kit and category within 30 days) showed it did not last,
     * and the requester's rating.
     */
    public record Resolution(long id, String whatWasDone, ResolutionKind kind, Boolean workaroundAcceptable,
            String whyNotAcceptable, Long snapshotId, Instant restoredAt, Person resolvedBy, Instant resolvedAt,
            boolean recurred, Integer rating, String ratingComment, Instant ratedAt) {
    }

    public boolean open() {
        return status.open();
    }
}
