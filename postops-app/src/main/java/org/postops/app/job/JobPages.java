package org.postops.app.job;

import java.net.URI;
import org.postops.app.access.Viewer;
import org.postops.app.web.PageController;
import org.postops.app.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A run's progress as a page fragment: pages include templates/job/progress.html's {@code progress(run)} and
 * htmx polls this every second while the run is queued or running (the answer stops the polling once it ends).
 * The fragment carries a Cancel button for those {@link JobService#mayCancel} allows.
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

    /**
     * Cancels the run as the API does. With htmx the answer is the fragment, now cancelled (a refusal goes to the
     * page's problem area); without script, back to the page the button was on, with the outcome as a notice.
     * A run the viewer may not see is "not found" either way.
     */
    @PostMapping("/jobs/{id}/cancel")
    String cancel(Viewer viewer, @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "Referer", required = false) String referer, Model model,
            RedirectAttributes flash) {
        if (htmx != null) {
            model.addAttribute("run", jobs.cancel(viewer, id));
            return "job/progress :: progress(run=${run})";
        }
        try {
            JobRun run = jobs.cancel(viewer, id);
            flash.addFlashAttribute("notice", run.title() + ": cancelled.");
        } catch (Problem p) {
            if (p.status() == HttpStatus.NOT_FOUND) {
                throw p;
            }
            flash.addFlashAttribute("refused", p.getMessage());
        }
        return "redirect:" + back(referer);
    }

    /** The page the form was on, as a path on this server (never elsewhere); the home page when unknown. */
    static String back(String referer) {
        if (referer == null || referer.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(referer.strip());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
