package org.postops.app.schedule.web;

import java.time.Clock;
import org.postops.app.access.Viewer;
import org.postops.app.schedule.ProductionSchedule;
import org.postops.app.schedule.ScheduleService;
import org.springframework.stereotype.Component;

/** Works out the schedule summary other pages show (the production page), for the viewer. */
@Component
public class ScheduleSummaries {

    private final ScheduleService schedules;
    private final Clock clock;

    ScheduleSummaries(ScheduleService schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    /**
     * The production's schedule in a few lines; a plan that cannot be scheduled (it runs past the horizon) says
     * why instead of failing the page. An outsider gets the same not-found problem as for the production.
     */
    public ScheduleSummary summary(Viewer viewer, long productionId) {
        ProductionSchedule s;
        try {
            s = schedules.view(productionId, schedules.scheduleOf(viewer, productionId));
        } catch (IllegalArgumentException e) {
            return ScheduleSummary.failed(productionId, e.getMessage());
        }
        return of(viewer, s);
    }

    ScheduleSummary of(Viewer viewer, ProductionSchedule s) {
        return ScheduleSummary.of(s, schedules.calendar(), viewer.zone(), clock.instant());
    }
}
