package org.postops.app.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.postops.app.web.Formats;

/** A task in full, as its page and {@code GET /api/v1/tasks/{id}} show it. */
public record Task(long id, int version, long productionId, String productionName, Long stageId, String stageName,
        String title, String description, TaskStatus status, Double estimateHours, LocalDate dueDate,
        boolean milestone, LocalDate startNotBefore, List<Person> assignees, List<TaskRef> dependsOn, List<TaskRef> dependents, Flags flags, Instant createdAt,
        Instant updatedAt) {

    /** Another task this one is linked to, and how: the dependency's type and lag in hours. */
    public record TaskRef(long id, String title, TaskStatus status, DependencyType type, double lagHours) {

        /** The link in words when it is more than a plain finish-to-start: "start-to-start, 8 h lag". */
        public String linkNote() {
            String kind = type == DependencyType.FINISH_TO_START ? null
                    : type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            long minutes = Math.round(lagHours * 60);
            String lag = minutes == 0 ? null : minutes > 0 ? Formats.workTime(minutes) + " lag"
                    : Formats.workTime(-minutes) + " lead";
            return kind == null ? lag : lag == null ? kind : kind + ", " + lag;
        }
    }

    public TaskFields fields() {
        return new TaskFields(title, description, stageId, status, estimateHours, dueDate,
                assignees.stream().map(Person::username).toList(),
                dependsOn.stream().map(d -> new Dependency(d.id(), d.type(), d.lagHours())).toList(), milestone,
                startNotBefore);
    }
}
