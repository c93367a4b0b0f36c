package org.postops.app.task;

import java.time.LocalDate;
import java.util.List;

/**
 * A task as the scheduler sees it: its work in minutes (zero when not estimated), whether it is a milestone, its
 * dates, who does it and what it waits for. What-ifs copy and change these without touching the stored task.
 */
public record PlannedTask(long id, String title, Long stageId, TaskStatus status, Integer estimateMinutes,
        boolean milestone, LocalDate dueDate, LocalDate startNotBefore, List<Long> assigneeIds,
        List<Predecessor> dependsOn) {

    /** A task this one waits for, how, and with what lag. */
    public record Predecessor(long taskId, DependencyType type, int lagMinutes) {
    }

    public PlannedTask {
        assigneeIds = List.copyOf(assigneeIds);
        dependsOn = List.copyOf(dependsOn);
    }

    /** The work to schedule: nothing for a milestone or a task not yet estimated. */
    public long workMinutes() {
        return milestone || estimateMinutes == null ? 0 : estimateMinutes;
    }

    public PlannedTask withEstimateMinutes(Integer minutes) {
        return new PlannedTask(id, title, stageId, status, minutes, milestone, dueDate, startNotBefore, assigneeIds,
                dependsOn);
    }

    public PlannedTask withDependsOn(List<Predecessor> predecessors) {
        return new PlannedTask(id, title, stageId, status, estimateMinutes, milestone, dueDate, startNotBefore,
                assigneeIds, predecessors);
    }

    public PlannedTask withDates(LocalDate due, LocalDate notBefore) {
        return new PlannedTask(id, title, stageId, status, estimateMinutes, milestone, due, notBefore, assigneeIds,
                dependsOn);
    }
}
