package org.postops.app.task;

import java.util.List;
import org.postops.app.web.Formats;
import org.postops.app.web.Inputs;

/**
 * The task form as typed, for adding a task on the production page and editing it on its own page.
 * Assignees are usernames and dependencies task ids, as the form's checkboxes send them.
 */
public record TaskForm(String title, String description, String stageId, List<String> assignees, String dueDate,
        String estimateHours, List<String> dependsOn, String milestone, String startNotBefore, String version) {

    public TaskForm {
        assignees = assignees == null ? List.of() : assignees;
        dependsOn = dependsOn == null ? List.of() : dependsOn;
    }

    public static TaskForm blank(Long stageId) {
        return new TaskForm(null, null, stageId == null ? null : stageId.toString(), List.of(), null, null, List.of(),
                null, null, null);
    }

    public static TaskForm of(Task t, Formats formats) {
        return new TaskForm(t.title(), t.description(), t.stageId() == null ? null : t.stageId().toString(),
                t.assignees().stream().map(Person::username).toList(),
                t.dueDate() == null ? null : t.dueDate().toString(), formats.number(t.estimateHours()),
                t.dependsOn().stream().map(d -> Long.toString(d.id())).toList(), t.milestone() ? "on" : null,
                t.startNotBefore() == null ? null : t.startNotBefore().toString(), Integer.toString(t.version()));
    }

    public boolean assigned(String username) {
        return assignees.contains(username);
    }

    public boolean dependsOn(long taskId) {
        return dependsOn.contains(Long.toString(taskId));
    }

    /**
     * The task's fields from the form, with the status it has (status changes have their own buttons). The form
     * ticks which tasks this one waits for; a dependency it keeps keeps its type and lag.
     */
    public TaskFields fields(Inputs in, TaskStatus status, List<Dependency> current) {
        List<Dependency> deps = dependsOn.stream().map(d -> in.id("dependsOn", d)).filter(d -> d != null)
                .map(id -> current.stream().filter(c -> c.taskId().equals(id)).findFirst()
                        .orElse(Dependency.on(id)))
                .toList();
        return new TaskFields(Inputs.text(title), Inputs.text(description), in.id("stageId", stageId), status,
                in.number("estimateHours", estimateHours), in.date("dueDate", dueDate),
                assignees.stream().map(Inputs::text).filter(a -> a != null).toList(), deps, milestone != null,
                in.date("startNotBefore", startNotBefore));
    }
}
