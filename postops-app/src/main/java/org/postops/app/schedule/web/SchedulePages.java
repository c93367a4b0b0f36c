package org.postops.app.schedule.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.postops.app.access.Viewer;
import org.postops.app.production.Production;
import org.postops.app.production.ProductionService;
import org.postops.app.schedule.PlanSchedule;
import org.postops.app.schedule.ProductionSchedule;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.task.PlannedTask;
import org.postops.app.web.PageController;
import org.postops.app.web.Problem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A production's schedule page: the Gantt chart, drawn on the server, and the same dates as a table. */
@PageController
class SchedulePages {

    private final ProductionService productions;
    private final ScheduleService schedules;
    private final ScheduleSummaries summaries;
    private final Clock clock;

    SchedulePages(ProductionService productions, ScheduleService schedules, ScheduleSummaries summaries,
            Clock clock) {
        this.productions = productions;
        this.schedules = schedules;
        this.summaries = summaries;
        this.clock = clock;
    }

    @GetMapping("/productions/{id}/schedule")
    String schedule(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String zoom, Model model) {
        Production production = productions.get(viewer, id); // an outsider's 404, before anything else
        GanttChart.Zoom wanted;
        try {
            wanted = GanttChart.Zoom.parse(zoom);
        } catch (IllegalArgumentException e) {
            throw Problem.badField("zoom", e.getMessage());
        }
        model.addAttribute("production", production);
        try {
            PlanSchedule plan = schedules.scheduleOf(viewer, id);
            ProductionSchedule view = schedules.view(id, plan);
            model.addAttribute("summary", summaries.of(viewer, view));
            if (!view.tasks().isEmpty()) {
                model.addAttribute("chart", GanttChart.of(production.name(), view, production.stages(), links(plan),
                        schedules.calendar(), wanted, clock.instant(), viewer.zone()));
            }
        } catch (IllegalArgumentException e) { // a plan past the horizon: said on the page, not a failure
            model.addAttribute("summary", ScheduleSummary.failed(id, e.getMessage()));
        }
        return "schedule/page";
    }

    static List<GanttChart.Link> links(PlanSchedule plan) {
        List<GanttChart.Link> links = new ArrayList<>();
        for (PlannedTask t : plan.tasks()) {
            for (PlannedTask.Predecessor p : t.dependsOn()) {
                links.add(new GanttChart.Link(p.taskId(), t.id(), p.type(), p.lagMinutes()));
            }
        }
        return links;
    }
}
