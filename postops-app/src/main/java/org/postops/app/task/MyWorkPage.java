package org.postops.app.task;

import org.postops.app.access.Viewer;
import org.postops.app.web.Formats;
import org.postops.app.web.PageController;
import org.postops.app.web.Paging;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: the viewer's own tasks across productions, soonest due first. */
@PageController
class MyWorkPage {

    private final TaskService tasks;
    private final Formats formats;

    MyWorkPage(TaskService tasks, Formats formats) {
        this.tasks = tasks;
        this.formats = formats;
    }

    @GetMapping("/")
    String myWork(Viewer viewer, @RequestParam(defaultValue = "false") boolean done,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("tasks", tasks.myWork(viewer, done, Paging.of(page, 50))
                .map(t -> MyWorkRow.of(t, formats, viewer.zone())));
        model.addAttribute("includeDone", done);
        return "task/my-work";
    }
}
