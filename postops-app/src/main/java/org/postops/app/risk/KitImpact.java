package org.postops.app.risk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.postops.app.kit.KitStatus;
import org.postops.app.kit.KitType;
import org.postops.app.kit.RoomType;

/**
 * What it costs the facility if kit stays down for a number of working days: {@code GET
 * /api/v1/kit/{id}/impact}. Hours are working hours on the facility calendar; money is in minor units per
 * currency, never converted. {@code productions} holds only productions the viewer may see; work blocked on the
 * others is one anonymous line, {@code otherProductions}, hours only (null when there is none). The rules are
 * in docs/decisions/0023-fault-impact.md.
 *
 * @param kit the kit asked about (the first of {@code kits} when several are down together)
 * @param score the severity that ranks faults: see {@link Severity}
 */
public record KitImpact(Kit kit, List<Kit> kits, Window window, List<ProductionImpact> productions,
        OtherProductions otherProductions, Totals totals, long score) {

    /** A kit that is down, and the room it sits in (whose bookings depend on it too). */
    public record Kit(long id, String name, KitType kind, KitStatus status, Long roomId, String roomName,
            RoomType roomKind) {
    }

    /**
     * The outage: from the start of {@code from} for {@code days} working days, the last of them {@code lastDay};
     * the kit is back at {@code restoredAt}. {@code workingHours}: the working hours it spans.
     */
    public record Window(LocalDate from, int days, LocalDate lastDay, OffsetDateTime start,
            OffsetDateTime restoredAt, double workingHours) {
    }

    /**
     * One production the viewer may see. Delivery is the plan's finish before and after the outage, against
     * the brief's delivery date ({@code meetsDelivery*} null when it has none); slip is in working hours and days.
     */
    public record ProductionImpact(long id, String name, String currency, double blockedHours,
            List<TaskImpact> tasks, List<PersonImpact> people, List<BookingImpact> bookings,
            OffsetDateTime deliveryBefore, OffsetDateTime deliveryAfter, LocalDate deliveryDate,
            Boolean meetsDeliveryBefore, Boolean meetsDeliveryAfter, double slipWorkingHours, int slipWorkingDays,
            List<MilestoneImpact> milestones, List<Money> costOfDelay, List<Unpriced> unpriced, long score) {
    }

    /**
     * A blocked task: its working hours inside the outage, whether it is on the critical path and its total
     * float (both as the plan stands, before the outage), and when it was to run.
     */
    public record TaskImpact(long id, String title, Long stageId, String stage, double blockedHours,
            boolean critical, double floatHours, OffsetDateTime start, OffsetDateTime finish,
            List<Long> assigneeIds) {
    }

    /** Someone whose booked work is blocked: their share of the blocked tasks' hours, and role on the production. */
    public record PersonImpact(long id, String name, String role, double blockedHours) {
    }

    /** A booking that falls in the outage, and its working hours inside it (the kit or room time at risk). */
    public record BookingImpact(long id, Long kitId, Long roomId, Long stageId, Long taskId, LocalDate firstDay,
            LocalDate lastDay, double hoursAtRisk) {
    }

    /** A milestone before and after the outage, against the end of its target day. */
    public record MilestoneImpact(long id, String title, LocalDate target, OffsetDateTime before,
            OffsetDateTime after, boolean meetsBefore, boolean meetsAfter, double hoursLateBefore,
            double hoursLateAfter) {
    }

    /** An amount in minor units of one currency. */
    public record Money(String currency, long amountMinor) {
    }

    /**
     * Blocked time that has no price, so the cost of delay leaves it out (it is never counted as zero):
     * {@code what} is person, task, kit or room; {@code reason} says why.
     */
    public record Unpriced(String what, String name, double hours, String reason) {
    }

    /** Work blocked on productions the viewer may not see: hours only, nothing that names or counts them. */
    public record OtherProductions(double blockedHours) {
    }

    /**
     * Over the productions shown, but {@code blockedHours}, which adds the other productions' line. Cost is per
     * currency: the sum of each production's figures.
     */
    public record Totals(int productions, int tasks, int people, double blockedHours, double maxSlipWorkingHours,
            int milestonesMissed, int deliveriesMissed, List<Money> costOfDelay) {
    }
}
