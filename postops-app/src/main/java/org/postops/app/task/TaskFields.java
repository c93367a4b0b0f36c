package org.postops.app.task;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What people edit on a task, as one value: the body of a create and the document a merge patch is
 * applied to. Assignees are usernames; dependencies are tasks of the same production, each a bare id or a
 * {@link Dependency} with a type and lag. A milestone (picture lock, delivery) takes no time and its due date
 * is its target; {@code startNotBefore} pins a task to start no earlier than that day.
 */
public record TaskFields(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 10000) String description,
        Long stageId,
        @NotNull TaskStatus status,
        @DecimalMin(value = "0", message = "must be 0 or more hours")
        @DecimalMax(value = "10000", message = "must be at most 10000 hours") Double estimateHours,
        LocalDate dueDate,
        @Size(max = 50) List<@NotBlank String> assignees,
        @Size(max = 200) List<@NotNull @Valid Dependency> dependsOn,
        Boolean milestone,
        LocalDate startNotBefore) {

    public TaskFields withDefaults() {
        return new TaskFields(title == null ? null : title.strip(), description, stageId,
                status == null ? TaskStatus.TODO : status, estimateHours, dueDate,
                assignees == null ? List.of() : assignees.stream().map(String::strip).distinct().toList(),
                dependsOn == null ? List.of() : distinct(dependsOn), milestone != null && milestone, startNotBefore);
    }

    /** These fields with another status: status changes have their own buttons. */
    public TaskFields withStatus(TaskStatus next) {
        return new TaskFields(title, description, stageId, next, estimateHours, dueDate, assignees, dependsOn,
                milestone, startNotBefore);
    }

    /** The ids of the tasks this one waits for. */
    public List<Long> dependsOnIds() {
        return dependsOn.stream().map(Dependency::taskId).toList();
    }

    /** One dependency per task: the first named wins, so a repeated id cannot carry two lags. */
    private static List<Dependency> distinct(List<Dependency> dependencies) {
        Map<Long, Dependency> byTask = new LinkedHashMap<>();
        for (Dependency d : dependencies) {
            if (d != null) {
                byTask.putIfAbsent(d.taskId(), d.withDefaults());
            }
        }
        return List.copyOf(byTask.values());
    }
}
