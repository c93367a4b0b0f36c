package org.postops.app.schedule;

import org.postops.app.access.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A production's schedule over the API. */
@RestController
@RequestMapping("/api/v1")
class ScheduleController {

    private final ScheduleService schedules;

    ScheduleController(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/productions/{id}/schedule")
    ProductionSchedule schedule(Viewer viewer, @PathVariable long id) {
        return schedules.get(viewer, id);
    }
}
