package org.postops.app.schedule.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.postops.app.schedule.ProductionSchedule;
import org.postops.planning.WorkCalendar;

/**
 * A production's schedule in a few lines, as its page shows it beside the link to the Gantt chart: when the plan
 * finishes, how each milestone stands against its target (in working hours), how many tasks are critical.
 * {@code problem} says why there is no schedule when it cannot be worked out.
 */
public record ScheduleSummary(long productionId, String problem, int tasks, int criticalTasks, int unestimated,
        String start, String finish, List<MilestoneLine> milestones) {

    /** One milestone: its target day, when the plan reaches it, and by how much it meets or misses the target. */
    public record MilestoneLine(long taskId, String title, String target, String expected, boolean meets,
            String verdict) {
    }

    public boolean empty() {
        return problem == null && tasks == 0;
    }

    public int missed() {
        return (int) milestones.stream().filter(m -> !m.meets()).count();
    }

    static ScheduleSummary failed(long productionId, String problem) {
        return new ScheduleSummary(productionId, problem, 0, 0, 0, null, null, List.of());
    }

    static ScheduleSummary of(ProductionSchedule s, WorkCalendar calendar, ZoneId viewerZone, Instant now) {
        ScheduleText text = new ScheduleText(viewerZone, now);
        List<MilestoneLine> milestones = s.milestones().stream().map(m -> {
            String verdict;
            if (m.meetsTarget()) {
                long spare = calendar.workingMinutesBetween(m.expected().toZonedDateTime(),
                        m.target().toZonedDateTime());
                verdict = spare == 0 ? "meets its target exactly"
                        : "meets its target by " + ScheduleText.minutes(spare);
            } else {
                verdict = "misses its target by " + ScheduleText.hours(m.hoursLate());
            }
            return new MilestoneLine(m.taskId(), m.title(), text.day(m.targetDate()),
                    text.time(m.expected().toInstant()), m.meetsTarget(), verdict);
        }).toList();
        int critical = (int) s.tasks().stream().filter(ProductionSchedule.TaskDates::critical).count();
        return new ScheduleSummary(s.productionId(), null, s.tasks().size(), critical, s.unestimated().size(),
                text.time(s.start().toInstant()), text.time(s.finish().toInstant()), milestones);
    }
}
