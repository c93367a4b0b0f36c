package org.postops.app.ticket.insight;

import java.time.LocalDate;
import java.util.List;
import org.postops.app.risk.KitImpact;
import org.postops.app.ticket.OptionKind;

/**
 * What the ticket's kit being down puts at risk ({@code GET /api/v1/tickets/{id}/impact}): the combined impact of
 * all its kit down together for {@code days} working days from {@code downFrom}, and beside each recorded option
 * the impact for that option's time to restore, so its cost and time weigh against what waiting costs.
 *
 * @param daysFrom where {@code days} came from: "asked" (the request), "worst option" (the longest time to restore
 *     recorded) or "default" (one working day)
 * @param impact as {@code GET /api/v1/kit/{id}/impact} answers it; with no kit linked, nothing is blocked
 */
public record TicketImpact(long ticketId, List<Long> kitIds, LocalDate downFrom, int days, String daysFrom,
        KitImpact impact, List<OptionImpact> options) {

    /**
     * One option weighed against the impact: its estimated cost and time to restore, the working days that time
     * is on the facility calendar (rounded up, at most 60), and the impact of being down that long; all impact
     * figures are null when the option has no time to restore.
     */
    public record OptionImpact(long optionId, OptionKind kind, String description, Long costMinor, String currency,
            Integer restoreMinutes, boolean chosen, Integer daysDown, Double slipWorkingHours, Double blockedHours,
            Integer milestonesMissed, List<KitImpact.Money> costOfDelay, Long score) {
    }
}
