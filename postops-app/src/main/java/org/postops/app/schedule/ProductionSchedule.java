package org.postops.app.schedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.postops.app.task.TaskStatus;

/**
 * A production's schedule as {@code GET /api/v1/productions/{id}/schedule} gives it: when the plan starts and
 * finishes on the facility calendar, each milestone against its target, and each task's early and late dates
 * and float. Times are ISO-8601 with the facility's offset; floats and lateness are working hours.
 */
public record ProductionSchedule(long productionId, String zone, OffsetDateTime start, OffsetDateTime finish,
        double workHours, List<Milestone> milestones, List<TaskDates> tasks, List<List<Long>> criticalPaths,
        boolean criticalPathsComplete, List<Long> unestimated) {

    /** A milestone (picture lock, delivery): its target day, when the plan reaches it, and by how much it misses. */
    public record Milestone(long taskId, String title, LocalDate targetDate, OffsetDateTime target,
            OffsetDateTime expected, boolean meetsTarget, double hoursLate) {
    }

    /** One task's dates: early start and finish, late start and finish, floats in working hours. */
    public record TaskDates(long taskId, String title, Long stageId, TaskStatus status, boolean milestone,
            double durationHours, OffsetDateTime earlyStart, OffsetDateTime earlyFinish, OffsetDateTime lateStart,
            OffsetDateTime lateFinish, double totalFloatHours, double freeFloatHours, boolean critical) {
    }
}
