package org.postops.app.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postops.app.schedule.PlanSchedule;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.task.PlannedTask;
import org.postops.planning.MilestoneOutcome;
import org.postops.planning.TaskTimes;
import org.postops.planning.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * Works out a proposal's impact: both plans scheduled from the production's start on the facility calendar,
 * then compared. Floats are measured against the delivery date (before the change, the date as it is; after,
 * as the change would leave it) or, if the production has none, against the plan's finish as it is now, so
 * whatever the change makes late shows.
 */
@Component
class ImpactCalculator {

    private final ScheduleService schedules;

    ImpactCalculator(ScheduleService schedules) {
        this.schedules = schedules;
    }

    Impact of(long requestId, ChangeStatus status, Proposal p) {
        LocalDate origin = schedules.origin(p.production());
        PlanSchedule before = schedules.schedule(origin, p.before());
        PlanSchedule after = schedules.schedule(origin, p.after());
        LocalDate deadlineDay = p.productionAfter().deliveryDate();
        LocalDate deadlineBefore = p.production().deliveryDate();
        PlanSchedule beforeAgainst = before.against(deadlineBefore != null ? before.endOfDayMinute(deadlineBefore)
                : before.finishMinute());
        PlanSchedule afterAgainst = after.against(deadlineDay != null ? after.endOfDayMinute(deadlineDay)
                : before.finishMinute());

        long slip = after.finishMinute() - before.finishMinute();
        Impact.Delivery delivery = new Impact.Delivery(before.finish(), after.finish(), slip / 60.0,
                workingDaysBetween(schedules.calendar(), before.finish().atZoneSameInstant(
                        schedules.calendar().zone()).toLocalDate(), after.finish().atZoneSameInstant(
                        schedules.calendar().zone()).toLocalDate()),
                deadlineDay != null ? deadlineDay
                        : before.finish().atZoneSameInstant(schedules.calendar().zone()).toLocalDate());

        Map<Long, MilestoneOutcome> was = new HashMap<>();
        before.milestones().forEach(m -> was.put(m.id(), m));
        List<Impact.MilestoneChange> milestones = new ArrayList<>();
        for (MilestoneOutcome m : after.milestones()) {
            PlannedTask t = after.task(m.id());
            MilestoneOutcome old = was.get(m.id());
            milestones.add(new Impact.MilestoneChange(t.id(), t.title(), t.dueDate(),
                    old == null ? null : before.end(old.earlyFinish()), after.end(m.earlyFinish()),
                    old == null || old.meetsTarget(), m.meetsTarget(), old == null ? 0 : old.minutesLate() / 60.0,
                    m.minutesLate() / 60.0));
        }
        List<Impact.MilestoneChange> nowMissing = milestones.stream()
                .filter(m -> m.meetsTargetBefore() && !m.meetsTargetAfter()).toList();

        List<Impact.FloatChange> negative = new ArrayList<>();
        for (PlannedTask t : after.tasks()) {
            TaskTimes now = afterAgainst.times(t.id());
            if (now.totalFloat() < 0) {
                TaskTimes then = before.task(t.id()) == null ? null : beforeAgainst.times(t.id());
                if (then == null || then.totalFloat() > now.totalFloat()) {
                    negative.add(new Impact.FloatChange(t.id(), t.title(),
                            then == null ? null : then.totalFloat() / 60.0, now.totalFloat() / 60.0));
                }
            }
        }
        return new Impact(requestId, status, delivery, milestones, nowMissing, negative,
                SpecDiff.between(p.production().fields(), p.productionAfter()), p.summaries());
    }

    /** Working days the finish moves by: later days counted positive, earlier negative, the same day zero. */
    static int workingDaysBetween(WorkCalendar calendar, LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate a = sign > 0 ? from : to;
        LocalDate b = sign > 0 ? to : from;
        int days = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days++;
            }
        }
        return sign * days;
    }
}
