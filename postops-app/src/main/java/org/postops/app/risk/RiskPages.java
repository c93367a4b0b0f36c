package org.postops.app.risk;

import java.time.LocalDate;
import java.util.List;
import org.postops.app.access.Viewer;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.web.FormErrors;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Problem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The impact page of a kit: how long it is down (a days selector and a first day), then what that puts at risk.
 * Its body is the fragment {@code risk/impact :: impact(impact)}, which the ticket page shows as well.
 */
@PageController
class RiskPages {

    static final List<Integer> DAY_CHOICES = List.of(1, 2, 3, 5, 10, 15, 20, 30, 40, 60);

    private final RiskService risks;
    private final ScheduleService schedules;

    RiskPages(RiskService risks, ScheduleService schedules) {
        this.risks = risks;
        this.schedules = schedules;
    }

    @GetMapping("/kit/{id}/impact")
    String impact(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String days,
            @RequestParam(required = false) String from, Model model) {
        Inputs in = new Inputs();
        Integer n = in.whole("days", days);
        LocalDate first = in.date("from", from);
        FormErrors errors = FormErrors.none();
        KitImpact impact;
        try {
            in.check();
            impact = risks.impactOfKit(viewer, id, first, n == null ? 1 : n);
        } catch (Problem p) {
            if (p.status().value() == 404) {
                throw p;
            }
            errors = FormErrors.of(p);
            n = 1;
            first = null;
            impact = risks.impactOfKit(viewer, id, null, 1);
        }
        model.addAttribute("impact", impact);
        model.addAttribute("errors", errors);
        model.addAttribute("days", n == null ? 1 : n);
        model.addAttribute("from", first != null ? first : schedules.today());
        model.addAttribute("dayChoices", DAY_CHOICES);
        return "risk/impact";
    }
}
