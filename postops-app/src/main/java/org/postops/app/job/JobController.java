package org.postops.app.job;

import java.util.List;
import org.postops.app.access.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Job runs over the API: where a run stands, a production's runs, and cancelling. */
@RestController
@RequestMapping("/api/v1")
class JobController {

    private final JobService jobs;

    JobController(JobService jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/jobs/{id}")
    JobRun get(Viewer viewer, @PathVariable long id) {
        return jobs.get(viewer, id);
    }

    @GetMapping("/productions/{id}/jobs")
    List<JobRun> ofProduction(Viewer viewer, @PathVariable long id) {
        return jobs.ofProduction(viewer, id);
    }

    @PostMapping("/jobs/{id}/cancel")
    JobRun cancel(Viewer viewer, @PathVariable long id) {
        return jobs.cancel(viewer, id);
    }
}
