package org.postops.app.ticket.web;

import java.util.List;
import org.postops.app.access.Viewer;
import org.postops.app.ticket.insight.AtRiskTicket;
import org.postops.app.ticket.insight.SuggestedExpert;
import org.postops.app.ticket.insight.TicketImpact;
import org.postops.app.ticket.insight.TicketInsights;
import org.postops.app.ticket.insight.WhatChanged;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A ticket seen through the other areas, over the API: experts to ask, what changed, impact; and the At risk list. */
@RestController
@RequestMapping("/api/v1")
class TicketInsightController {

    private final TicketInsights insights;

    TicketInsightController(TicketInsights insights) {
        this.insights = insights;
    }

    /** Active experts ranked for the ticket, best first, with the reasons. */
    @GetMapping("/tickets/{id}/experts")
    List<SuggestedExpert> experts(Viewer viewer, @PathVariable long id) {
        return insights.experts(viewer, id);
    }

    /** Per kit of the ticket: the configuration diff between the last two snapshots taken before it was raised. */
    @GetMapping("/tickets/{id}/what-changed")
    List<WhatChanged> whatChanged(Viewer viewer, @PathVariable long id) {
        return insights.whatChanged(viewer, id);
    }

    /**
     * {@code ?days=N} working days down (1 to 60; default: the worst option's time to restore, else 1): the impact
     * of the ticket's kit down from today, and of each option's time to restore.
     */
    @GetMapping("/tickets/{id}/impact")
    TicketImpact impact(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Integer days) {
        return insights.impact(viewer, id, days);
    }

    /** Open tickets ranked by the impact of their kit being down; those without kit last, by severity. */
    @GetMapping("/at-risk")
    List<AtRiskTicket> atRisk(Viewer viewer) {
        return insights.atRisk(viewer);
    }
}
