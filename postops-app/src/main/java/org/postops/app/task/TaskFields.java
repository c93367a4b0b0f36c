package org.postops.app.task;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What people edit on a task, as one value: the body of a create and the document a merge patch is
 * applied to. Assignees are usernames; dependencies are ids of tasks of the same production.
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
        @Size(max = 200) List<@NotNull Long> dependsOn) {

    public TaskFields withDefaults() {
        return new TaskFields(title == null ? null : title.strip(), description, stageId,
                status == null ? TaskStatus.TODO : status, estimateHours, dueDate,
                assignees == null ? List.of() : assignees.stream().map(String::strip).distinct().toList(),
                dependsOn == null ? List.of() : dependsOn.stream().distinct().toList());
    }
}
