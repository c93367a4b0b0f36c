package org.postops.app.job;

import org.postops.app.access.Viewer;
import org.postops.app.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A run's progress as a page fragment: pages include templates/job/progress.html's {@code progress(run)} and
 * htmx polls this every second while the run is queued or running (the answer stops the polling once it ends).
 */
@PageController
class JobPages {

    private final JobService jobs;

    JobPages(JobService jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/jobs/{id}/progress")
    String progress(Viewer viewer, @PathVariable long id, Model model) {
        model.addAttribute("run", jobs.get(viewer, id));
        return "job/progress :: progress(run=${run})";
    }
}
