package org.postops.app.time;

import java.util.List;
import org.postops.app.task.TaskStatus;

/**
 * A production's estimate against actual time, per task, per stage and per person, in whole minutes and
 * said as "7 h 30 min". A task's estimate is shared evenly among its assignees for the per-person figures;
 * stage and total estimates add up the tasks that have one.
 */
public record TimeSummary(long productionId, long estimateMinutes, String estimate, long actualMinutes,
        String actual, List<TaskFigures> tasks, List<StageFigures> stages, List<PersonFigures> people) {

    public record TaskFigures(long taskId, String title, Long stageId, String stageName, TaskStatus status,
            Long estimateMinutes, String estimate, long actualMinutes, String actual) {
    }

    public record StageFigures(Long stageId, String name, long estimateMinutes, String estimate, long actualMinutes,
            String actual) {
    }

    public record PersonFigures(String username, String displayName, long estimateMinutes, String estimate,
            long actualMinutes, String actual) {
    }
}
