package org.postops.app.task;

import java.time.LocalDate;
import java.util.List;

/** A task in a list (My work, a production's board): enough to recognise it and see what needs attention. */
public record TaskSummary(long id, long productionId, String productionName, Long stageId, String stageName,
        String title, TaskStatus status, Double estimateHours, LocalDate dueDate, List<Person> assignees,
        Flags flags) {
}
