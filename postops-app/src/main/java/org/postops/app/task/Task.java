package org.postops.app.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A task in full, as its page and {@code GET /api/v1/tasks/{id}} show it. */
public record Task(long id, int version, long productionId, String productionName, Long stageId, String stageName,
        String title, String description, TaskStatus status, Double estimateHours, LocalDate dueDate,
        boolean milestone, LocalDate startNotBefore, List<Person> assignees, List<TaskRef> dependsOn, List<TaskRef> dependents, Flags flags, Instant createdAt,
        Instant updatedAt) {

    /** Another task this one is linked to, and how: the dependency's type and lag in hours. */
    public record TaskRef(long id, String title, TaskStatus status, DependencyType type, double lagHours) {
    }

    public TaskFields fields() {
        return new TaskFields(title, description, stageId, status, estimateHours, dueDate,
                assignees.stream().map(Person::username).toList(),
                dependsOn.stream().map(d -> new Dependency(d.id(), d.type(), d.lagHours())).toList(), milestone,
                startNotBefore);
    }
}
