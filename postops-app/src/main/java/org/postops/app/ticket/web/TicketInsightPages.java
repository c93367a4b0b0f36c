package org.postops.app.ticket.web;

import org.postops.app.access.Viewer;
import org.postops.app.solution.SolutionService;
import org.postops.app.ticket.insight.TicketInsights;
import org.postops.app.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The At risk page (open tickets ranked by what their kit being down puts at risk) and the similar-tickets part of
 * the new-ticket form, which htmx asks for as the summary, symptoms and error text are typed.
 */
@PageController
class TicketInsightPages {

    /** How much of what is typed the similar-tickets search takes; the form keeps typing, so never refuse it. */
    private static final int TYPED = SolutionService.MAX_TEXT;

    private final TicketInsights insights;
    private final SolutionService solutions;

    TicketInsightPages(TicketInsights insights, SolutionService solutions) {
        this.insights = insights;
        this.solutions = solutions;
    }

    @GetMapping("/at-risk")
    String atRisk(Viewer viewer, Model model) {
        model.addAttribute("risks", insights.atRisk(viewer));
        return "ticket/at-risk";
    }

    /** The new-ticket form's fields as typed, searched together: {@code solution/similar :: similar}. */
    @GetMapping("/tickets/similar")
    String similar(Viewer viewer, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String symptoms, @RequestParam(required = false) String errorText,
            Model model) {
        StringBuilder typed = new StringBuilder();
        for (String part : new String[] {summary, symptoms, errorText}) {
            if (part != null && !part.isBlank()) {
                typed.append(typed.isEmpty() ? "" : "\n").append(part.strip());
            }
        }
        String text = typed.length() <= TYPED ? typed.toString() : typed.substring(0, TYPED);
        model.addAttribute("similar", solutions.similar(viewer, text, 5));
        return "solution/similar :: similar";
    }
}
