package org.postops.app.task;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Viewer;
import org.postops.app.production.ProductionService;
import org.postops.app.web.FormErrors;
import org.postops.app.web.Formats;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A task's page: its details, links, status buttons (changed in place with htmx), edit form and comments. */
@PageController
class TaskPages {

    private final TaskService tasks;
    private final ProductionService productions;
    private final Formats formats;

    TaskPages(TaskService tasks, ProductionService productions, Formats formats) {
        this.tasks = tasks;
        this.productions = productions;
        this.formats = formats;
    }

    @GetMapping("/tasks/{id}")
    String show(Viewer viewer, @PathVariable long id, Model model) {
        Task task = tasks.get(viewer, id);
        return show(viewer, task, TaskForm.of(task, formats), FormErrors.none(), FormErrors.none(), model);
    }

    private String show(Viewer viewer, Task task, TaskForm form, FormErrors editErrors, FormErrors commentErrors,
            Model model) {
        Optional<MemberRole> role = productions.access(viewer, task.productionId(), Access.VIEW).myRole();
        boolean mayWork = ConfidentialityPolicy.allows(viewer, role, Access.WORK);
        model.addAttribute("task", task);
        model.addAttribute("mayWork", mayWork);
        model.addAttribute("mayComment", ConfidentialityPolicy.allows(viewer, role, Access.COMMENT));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("comments", tasks.comments(viewer, task.id(), Paging.of(0, Paging.MAX_SIZE)));
        model.addAttribute("form", form);
        model.addAttribute("editErrors", editErrors);
        model.addAttribute("commentErrors", commentErrors);
        if (mayWork) {
            model.addAttribute("stages", productions.stages(viewer, task.productionId()));
            model.addAttribute("members", productions.members(viewer, task.productionId()));
            model.addAttribute("others", tasks.ofProduction(viewer, task.productionId(), null, null,
                    Paging.of(0, Paging.MAX_SIZE)).items().stream().filter(t -> t.id() != task.id()).toList());
        }
        return "task/page";
    }

    /**
     * Sets the status from one of the status buttons. The form carries the version the viewer saw, so a
     * change made meanwhile by someone else is not overwritten: the part is shown again, fresh, with a note.
     */
    @PostMapping("/tasks/{id}/status")
    String status(Viewer viewer, @PathVariable long id, @RequestParam String status,
            @RequestParam(required = false) String version,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes flash) {
        Inputs in = new Inputs();
        TaskStatus next = in.choice("status", TaskStatus.class, status);
        Integer expected = in.whole("version", version);
        in.check();
        Task current = tasks.get(viewer, id);
        Task after;
        String note;
        try {
            after = tasks.update(viewer, id, current.fields().withStatus(next), Optional.ofNullable(expected));
            note = "Status set to " + after.status().label().toLowerCase(java.util.Locale.ROOT) + ".";
        } catch (Problem p) {
            if (p.status() != HttpStatus.PRECONDITION_FAILED) {
                throw p;
            }
            after = current;
            note = "Someone else changed this task since you opened it, so your change was not made. It is now "
                    + current.status().label().toLowerCase(java.util.Locale.ROOT) + "; choose again if you still "
                    + "want to change it.";
            model.addAttribute("stale", true);
        }
        if (htmx == null) {
            flash.addFlashAttribute("notice", note);
            return "redirect:/tasks/" + id;
        }
        model.addAttribute("task", after);
        model.addAttribute("mayWork", true);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("statusNote", note);
        return "task/page :: status-changed";
    }

    @PostMapping("/tasks/{id}")
    String update(Viewer viewer, @PathVariable long id, @ModelAttribute TaskForm form, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        Task current = tasks.get(viewer, id);
        try {
            Inputs in = new Inputs();
            TaskFields fields = form.fields(in, current.status(), current.fields().dependsOn());
            Integer version = in.whole("version", form.version());
            in.check();
            tasks.update(viewer, id, fields, Optional.ofNullable(version));
            flash.addFlashAttribute("notice", "Task saved.");
            return "redirect:/tasks/" + id;
        } catch (Problem p) {
            response.setStatus(p.status().value());
            if (p.status() == HttpStatus.PRECONDITION_FAILED) {
                TaskForm again = new TaskForm(form.title(), form.description(), form.stageId(), form.assignees(),
                        form.dueDate(), form.estimateHours(), form.dependsOn(), form.milestone(),
                        form.startNotBefore(), Integer.toString(current.version()));
                return show(viewer, current, again, new FormErrors("Someone else changed this task while you were "
                        + "editing. Your changes are in the form and have not been saved; the details above are "
                        + "the task as it is now. Save again to replace them.", java.util.Map.of()),
                        FormErrors.none(), model);
            }
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            return show(viewer, current, form, FormErrors.of(p), FormErrors.none(), model);
        }
    }

    @PostMapping("/tasks/{id}/comments")
    String comment(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String body, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        try {
            tasks.comment(viewer, id, body);
            flash.addFlashAttribute("notice", "Comment added.");
            return "redirect:/tasks/" + id + "#comments";
        } catch (Problem p) {
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            response.setStatus(p.status().value());
            Task task = tasks.get(viewer, id);
            model.addAttribute("commentBody", body);
            return show(viewer, task, TaskForm.of(task, formats), FormErrors.none(), FormErrors.of(p), model);
        }
    }
}
