package org.postops.app.task;

import java.util.List;
import java.util.Map;
import org.postops.app.access.Viewer;
import org.postops.app.web.Formats;
import org.postops.app.web.PageController;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: the viewer's own tasks across productions, soonest due first. */
@PageController
class MyWorkPage {

    private final TaskService tasks;
    private final Formats formats;
    private final ObjectProvider<SkillShortfalls> shortfalls;

    MyWorkPage(TaskService tasks, Formats formats, ObjectProvider<SkillShortfalls> shortfalls) {
        this.tasks = tasks;
        this.formats = formats;
        this.shortfalls = shortfalls;
    }

    @GetMapping("/")
    String myWork(Viewer viewer, @RequestParam(defaultValue = "false") boolean done,
            @RequestParam(required = false) Integer page, Model model) {
        PageOf<TaskSummary> mine = tasks.myWork(viewer, done, Paging.of(page, 50));
        Map<Long, List<SkillShortfalls.Shortfall>> gaps = TaskController.shortfalls(shortfalls, viewer, mine);
        model.addAttribute("tasks", mine.map(t -> MyWorkRow.of(t, formats, viewer.zone(),
                gaps.getOrDefault(t.id(), List.of()))));
        model.addAttribute("includeDone", done);
        return "task/my-work";
    }
}
