package org.postops.app.task;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.postops.app.access.Viewer;
import org.postops.app.web.MergePatch;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Preconditions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Tasks, comments and My work over the API. */
@RestController
@RequestMapping("/api/v1")
class TaskController {

    record NewComment(@NotBlank @Size(max = 10000) String body) {
    }

    /**
     * A line of My work: the task, and where the viewer falls short of the skills it needs, itself or through
     * the qualified configurations of kit booked to it (empty: nowhere).
     */
    record MyTask(@JsonUnwrapped TaskSummary task, List<SkillShortfalls.Shortfall> skillGaps) {
    }

    private final TaskService tasks;
    private final ObjectProvider<SkillShortfalls> shortfalls;

    TaskController(TaskService tasks, ObjectProvider<SkillShortfalls> shortfalls) {
        this.tasks = tasks;
        this.shortfalls = shortfalls;
    }

    @GetMapping("/productions/{id}/tasks")
    PageOf<TaskSummary> list(Viewer viewer, @PathVariable long id, @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) Long stageId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return tasks.ofProduction(viewer, id, status, stageId, Paging.of(page, size));
    }

    @PostMapping("/productions/{id}/tasks")
    ResponseEntity<Task> create(Viewer viewer, @PathVariable long id, @RequestBody TaskFields fields) {
        Task task = tasks.create(viewer, id, fields);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id()))
                .eTag(Preconditions.etag(task.version())).body(task);
    }

    @GetMapping("/tasks/{id}")
    ResponseEntity<Task> get(Viewer viewer, @PathVariable long id) {
        Task task = tasks.get(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(task.version())).body(task);
    }

    @PatchMapping(path = "/tasks/{id}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<Task> patch(Viewer viewer, @PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Task task = tasks.patch(viewer, id, patch, Preconditions.expectedVersion(ifMatch, MergePatch.version(patch)));
        return ResponseEntity.ok().eTag(Preconditions.etag(task.version())).body(task);
    }

    @GetMapping("/tasks/{id}/comments")
    PageOf<Comment> comments(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return tasks.comments(viewer, id, Paging.of(page, size));
    }

    @PostMapping("/tasks/{id}/comments")
    ResponseEntity<Comment> comment(Viewer viewer, @PathVariable long id, @Valid @RequestBody NewComment comment) {
        Comment created = tasks.comment(viewer, id, comment.body());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + id + "/comments")).body(created);
    }

    @GetMapping("/me/tasks")
    PageOf<MyTask> myWork(Viewer viewer, @RequestParam(defaultValue = "false") boolean includeDone,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageOf<TaskSummary> mine = tasks.myWork(viewer, includeDone, Paging.of(page, size));
        Map<Long, List<SkillShortfalls.Shortfall>> gaps = shortfalls(shortfalls, viewer, mine);
        return mine.map(t -> new MyTask(t, gaps.getOrDefault(t.id(), List.of())));
    }

    /**
     * The viewer's skill shortfalls on these tasks, from every area there to say (the task's own needs, its kit's
     * qualified configurations), merged: one per task and skill, the highest requirement kept.
     */
    static Map<Long, List<SkillShortfalls.Shortfall>> shortfalls(ObjectProvider<SkillShortfalls> sources,
            Viewer viewer, PageOf<TaskSummary> mine) {
        if (mine.items().isEmpty()) {
            return Map.of();
        }
        List<Long> ids = mine.items().stream().map(TaskSummary::id).toList();
        return SkillShortfalls.merge(sources.orderedStream().map(s -> s.of(viewer, ids)).toList());
    }
}
