package org.postops.app.budget;

import java.time.LocalDate;
import java.util.List;

/**
 * One task of a plan as costing sees it: its stage, its estimate in minutes, who is assigned (user ids;
 * the estimate is shared evenly among them), whether it is done, and its due date (the day whose rates
 * price it; today when null). A plan being considered may hold tasks that do not exist yet: give them ids
 * no stored task has (negative ones, say); they have no time logged.
 */
public record PlannedWork(long taskId, Long stageId, long estimateMinutes, List<Long> assigneeIds, boolean done,
        LocalDate due) {

    public PlannedWork {
        if (estimateMinutes < 0) {
            throw new IllegalArgumentException("a task's estimate cannot be negative: " + estimateMinutes);
        }
        assigneeIds = assigneeIds == null ? List.of() : assigneeIds.stream().distinct().toList();
    }

    /** The same task with another estimate (for what-ifs). */
    public PlannedWork withEstimateMinutes(long minutes) {
        return new PlannedWork(taskId, stageId, minutes, assigneeIds, done, due);
    }
}
