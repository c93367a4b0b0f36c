package org.postops.app.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postops.app.access.Viewer;
import org.postops.app.budget.BudgetEstimate;
import org.postops.app.budget.BudgetService;
import org.postops.app.budget.PlannedWork;
import org.postops.app.load.LoadImpact;
import org.postops.app.load.LoadService;
import org.postops.app.schedule.PlanSchedule;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.task.PlannedTask;
import org.postops.app.task.TaskStatus;
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
    private final BudgetService budgets;

    private final LoadService loads;

    ImpactCalculator(ScheduleService schedules, BudgetService budgets, LoadService loads) {
        this.schedules = schedules;
        this.budgets = budgets;
        this.loads = loads;
    }

    Impact of(Viewer viewer, long requestId, ChangeStatus status, Proposal p) {
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
        List<LoadImpact> overloaded = loads.impactOf(viewer, p.production().id(), origin, p.after());
        return new Impact(requestId, status, delivery, milestones, nowMissing, negative, null, overloaded,
                SpecDiff.between(p.production().fields(), p.productionAfter()), p.summaries());
    }

    /** The change's cost: both plans priced by the budget's own rules, compared currency by currency. */
    Impact.Cost cost(Proposal p) {
        long id = p.production().id();
        BudgetEstimate before = budgets.estimate(id, work(p.before()));
        BudgetEstimate after = budgets.estimate(id, work(p.after()));
        Map<String, Impact.Delta> totals = deltas(before.totals(), after.totals());
        Map<Long, BudgetEstimate.StageBudget> was = new LinkedHashMap<>();
        before.stages().forEach(s -> was.put(s.stageId() == null ? NO_STAGE : s.stageId(), s));
        List<Impact.StageCost> stages = new ArrayList<>();
        for (BudgetEstimate.StageBudget s : after.stages()) {
            BudgetEstimate.StageBudget old = was.get(s.stageId() == null ? NO_STAGE : s.stageId());
            Map<String, Impact.Delta> amounts = deltas(old == null ? Map.of() : old.amounts(), s.amounts());
            if (amounts.values().stream().anyMatch(d -> d.deltaMinor() != 0)) {
                stages.add(new Impact.StageCost(s.stageId(), s.name(), amounts));
            }
        }
        return new Impact.Cost(after.currency(), totals, stages, before.overCap(), after.overCap(),
                before.unpriced().plannedMinutes(), after.unpriced().plannedMinutes(), after.warnings());
    }

    private static final long NO_STAGE = Long.MIN_VALUE;

    private static Map<String, Impact.Delta> deltas(Map<String, BudgetEstimate.Amounts> before,
            Map<String, BudgetEstimate.Amounts> after) {
        Map<String, Impact.Delta> deltas = new LinkedHashMap<>();
        java.util.Set<String> currencies = new java.util.LinkedHashSet<>(after.keySet());
        currencies.addAll(before.keySet());
        for (String currency : currencies) {
            long b = before.containsKey(currency) ? before.get(currency).forecastMinor() : 0;
            long a = after.containsKey(currency) ? after.get(currency).forecastMinor() : 0;
            deltas.put(currency, new Impact.Delta(b, a, a - b));
        }
        return deltas;
    }

    private static List<PlannedWork> work(List<PlannedTask> plan) {
        return plan.stream().map(t -> new PlannedWork(t.id(), t.stageId(), t.workMinutes(), t.assigneeIds(),
                t.status() == TaskStatus.DONE, t.dueDate())).toList();
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
