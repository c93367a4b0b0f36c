package org.postops.app.ticket.insight;

import java.util.List;
import org.postops.app.risk.KitImpact;
import org.postops.app.ticket.Severity;
import org.postops.app.ticket.Ticket;
import org.postops.app.ticket.TicketStatus;

/**
 * One open ticket on the At risk page ({@code GET /api/v1/at-risk}), ranked by the impact of its kit being down for
 * {@code daysDown} working days (its worst option's time to restore, else one): the productions it hits that the
 * viewer may see, the worst delivery slip, the booked work blocked (other productions' hours included, unnamed) and
 * the cost of delay per currency. A ticket without kit has no impact figures and ranks after, by severity.
 *
 * @param serviceState "breached", "near breach" or "on track", from the ticket's service clocks now
 */
public record AtRiskTicket(long ticketId, String summary, Severity severity, TicketStatus status, String serviceState,
        List<Ticket.KitLink> kit, List<ProductionHit> productions, int daysDown, double slipWorkingHours,
        double blockedHours, List<KitImpact.Money> costOfDelay, long score) {

    /** A production the ticket's kit holds up, with its delivery slip in working hours. */
    public record ProductionHit(long id, String name, double slipWorkingHours) {
    }

    public AtRiskTicket {
        kit = List.copyOf(kit);
        productions = List.copyOf(productions);
        costOfDelay = List.copyOf(costOfDelay);
    }
}
