package org.postops.app.task;

import java.util.List;
import org.postops.app.web.Formats;
import org.postops.app.web.Inputs;

/**
 * The task form as typed, for adding a task on the production page and editing it on its own page.
 * Assignees are usernames and dependencies task ids, as the form's checkboxes send them.
 */
public record TaskForm(String title, String description, String stageId, List<String> assignees, String dueDate,
        String estimateHours, List<String> dependsOn, String version) {

    public TaskForm {
        assignees = assignees == null ? List.of() : assignees;
        dependsOn = dependsOn == null ? List.of() : dependsOn;
    }

    public static TaskForm blank(Long stageId) {
        return new TaskForm(null, null, stageId == null ? null : stageId.toString(), List.of(), null, null, List.of(),
                null);
    }

    public static TaskForm of(Task t, Formats formats) {
        return new TaskForm(t.title(), t.description(), t.stageId() == null ? null : t.stageId().toString(),
                t.assignees().stream().map(Person::username).toList(),
                t.dueDate() == null ? null : t.dueDate().toString(), formats.number(t.estimateHours()),
                t.dependsOn().stream().map(d -> Long.toString(d.id())).toList(), Integer.toString(t.version()));
    }

    public boolean assigned(String username) {
        return assignees.contains(username);
    }

    public boolean dependsOn(long taskId) {
        return dependsOn.contains(Long.toString(taskId));
    }

    /** The task's fields from the form, with the status it has (status changes have their own buttons). */
    public TaskFields fields(Inputs in, TaskStatus status) {
        List<Long> deps = dependsOn.stream().map(d -> in.id("dependsOn", d)).filter(d -> d != null).toList();
        return new TaskFields(Inputs.text(title), Inputs.text(description), in.id("stageId", stageId), status,
                in.number("estimateHours", estimateHours), in.date("dueDate", dueDate),
                assignees.stream().map(Inputs::text).filter(a -> a != null).toList(), deps);
    }
}
