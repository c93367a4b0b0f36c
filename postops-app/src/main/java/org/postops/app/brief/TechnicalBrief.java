package org.postops.app.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.postops.app.config.KitCompliance;
import org.postops.app.media.Coverage;
import org.postops.app.production.Spec;

/**
 * A production's technical brief as {@code GET /api/v1/productions/{id}/brief} gives it and its page prints it:
 * generated when asked, from the production's spec, schedule, bookings, configurations and tickets, with the
 * team's own notes. {@code media} is the production's media folders with their 3-2-1 coverage. {@code scheduleProblem} says why stage dates are missing when the plan cannot be scheduled.
 */
public record TechnicalBrief(Header production, Spec spec, List<StagePlan> stages, List<Booked> wholeProduction,
        List<Milestone> milestones, List<Contact> contacts, List<QualifiedLine> configurations,
        List<KitCompliance> compliance, Coverage media, BriefNotes notes, List<OpenTicket> openTickets, List<Risk> risks,
        Instant generatedAt, String scheduleProblem) {

    /** Who, what and when. {@code expectedFinish} is when the schedule finishes the work (null if unscheduled). */
    public record Header(long id, String name, String codename, String client, String type, String status,
            String confidentiality, LocalDate startDate, LocalDate pictureLockDate, LocalDate deliveryDate,
            OffsetDateTime expectedFinish) {
    }

    /** A workflow stage: when its work is scheduled, how much is left, and the kit and rooms booked to it. */
    public record StagePlan(long id, String name, OffsetDateTime start, OffsetDateTime finish, int tasks,
            int openTasks, List<Booked> bookings) {
    }

    /**
     * Kit or a room booked: {@code what} is {@code kit} or {@code room}; {@code status} and {@code attention} (PAT
     * tests and licences due) are the kit's.
     */
    public record Booked(long bookingId, String what, long id, String name, String kind, String status,
            LocalDate firstDay, LocalDate lastDay, Long taskId, String taskTitle, List<String> attention) {
    }

    public record Milestone(long taskId, String title, LocalDate target, OffsetDateTime expected, boolean meetsTarget,
            double hoursLate) {
    }

    /** Someone to talk to about the production's technology: its tech support, supervisors and producers. */
    public record Contact(String username, String displayName, String role) {
    }

    /** A qualified configuration in force for the production: its own ({@code production}) or the facility's. */
    public record QualifiedLine(long id, String name, String scope, List<String> kitKinds, int rules) {
    }

    /** An open ticket on the production or on kit booked to it. */
    public record OpenTicket(long id, String summary, String severity, String status, boolean onBookedKit) {
    }

    /** Something that may stop the work: {@code level} is {@code high} or {@code medium}. */
    public record Risk(String level, String what, String link) {
    }
}
