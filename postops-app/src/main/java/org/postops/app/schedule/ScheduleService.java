package org.postops.app.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.Viewer;
import org.postops.app.production.Production;
import org.postops.app.production.ProductionService;
import org.postops.app.task.PlannedTask;
import org.postops.app.task.TaskService;
import org.postops.app.task.TaskStatus;
import org.postops.app.web.Problem;
import org.postops.planning.CriticalPaths;
import org.postops.planning.MilestoneOutcome;
import org.postops.planning.TaskTimes;
import org.postops.planning.WorkCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out production schedules on the facility calendar. A plan starts on the production's start date, or
 * today if it has none; the stored plan and any what-if over it go through the same {@link #schedule} call.
 */
@Service
public class ScheduleService {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleService.class);
    private final ProductionService productions;
    private final TaskService tasks;
    private final WorkCalendar calendar;
    private final Clock clock;

    ScheduleService(ProductionService productions, TaskService tasks, WorkCalendar calendar, Clock clock) {
        this.productions = productions;
        this.tasks = tasks;
        this.calendar = calendar;
        this.clock = clock;
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    /** The production's plan as stored, scheduled. */
    @Transactional(readOnly = true)
    public PlanSchedule scheduleOf(Viewer viewer, long productionId) {
        productions.access(viewer, productionId, Access.VIEW);
        return schedule(origin(productions.get(viewer, productionId)), tasks.plan(viewer, productionId));
    }

    @Transactional(readOnly = true)
    public ProductionSchedule get(Viewer viewer, long productionId) {
        try {
            return view(productionId, scheduleOf(viewer, productionId));
        } catch (IllegalArgumentException e) { // a plan past the horizon: the data needs fixing, not the request
            throw Problem.conflict("This plan cannot be scheduled: " + e.getMessage() + ".");
        }
    }

    /** The day a production's plan starts from: its start date, or today on the facility calendar. */
    public LocalDate origin(Production production) {
        return origin(production.startDate());
    }

    private LocalDate origin(LocalDate startDate) {
        return startDate != null ? startDate : today();
    }

    /** Today on the facility's calendar. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }

    /**
     * Schedules any plan (stored or changed) from {@code origin}; saves nothing. Once the plan has begun,
     * work not yet done cannot happen in the past: a task not done starts today at the earliest, so the
     * finish is what the remaining work allows from now. Done tasks keep their planned dates.
     */
    public PlanSchedule schedule(LocalDate origin, List<PlannedTask> plan) {
        LocalDate today = today();
        List<PlannedTask> remaining = !today.isAfter(origin) ? plan : plan.stream()
                .map(t -> t.status() == TaskStatus.DONE
                        || (t.startNotBefore() != null && !t.startNotBefore().isBefore(today)) ? t
                        : t.withDates(t.dueDate(), today))
                .toList();
        return PlanSchedule.of(calendar, origin, remaining);
    }

    /**
     * <strong>For working out people's load only; never to be shown with names.</strong> Each of these
     * productions' stored plans, scheduled once each (as {@link #scheduleOf} would, so the People page and the
     * Gantt agree) and asked without a viewer: the load view counts a person's hours on productions its viewer
     * may not see. The schedules hold production and task ids and titles, which must never reach an answer;
     * {@code load.LoadService} turns them into anonymous "busy" hours. Anything shown to a viewer uses
     * {@link #scheduleOf}. A production whose plan cannot be scheduled (it runs past a century) is left out
     * and logged.
     */
    @Transactional(readOnly = true)
    public Map<Long, PlanSchedule> schedulesForLoad(Collection<Long> productionIds) {
        Map<Long, LocalDate> starts = productions.startDatesForLoad(productionIds);
        Map<Long, List<PlannedTask>> plans = tasks.plansForLoad(productionIds);
        Map<Long, PlanSchedule> result = new LinkedHashMap<>();
        for (long id : productionIds) {
            if (!starts.containsKey(id)) {
                continue;
            }
            try {
                result.put(id, schedule(origin(starts.get(id)), plans.getOrDefault(id, List.of())));
            } catch (IllegalArgumentException e) {
                LOG.warn("Production {} left out of people's load: its plan cannot be scheduled: {}", id,
                        e.getMessage());
            }
        }
        return result;
    }

    /** The schedule as the API and the Gantt show it. */
    public ProductionSchedule view(long productionId, PlanSchedule s) {
        List<ProductionSchedule.Milestone> milestones = s.milestones().stream().map(m -> milestone(s, m)).toList();
        List<ProductionSchedule.TaskDates> dates = s.tasks().stream().map(t -> {
            TaskTimes times = s.times(t.id());
            boolean zero = times.earlyFinish() == times.earlyStart();
            return new ProductionSchedule.TaskDates(t.id(), t.title(), t.stageId(), t.status(), t.milestone(),
                    hours(t.workMinutes()), zero ? s.end(times.earlyStart()) : s.start(times.earlyStart()),
                    s.end(times.earlyFinish()), zero ? s.end(times.lateStart()) : s.start(times.lateStart()),
                    s.end(times.lateFinish()), hours(times.totalFloat()), hours(times.freeFloat()),
                    times.critical());
        }).toList();
        CriticalPaths paths = s.schedule().criticalPaths();
        long work = s.tasks().stream().mapToLong(PlannedTask::workMinutes).sum();
        List<Long> unestimated = s.tasks().stream().filter(t -> !t.milestone() && t.estimateMinutes() == null)
                .map(PlannedTask::id).toList();
        return new ProductionSchedule(productionId, calendar.zone().getId(), s.start(), s.finish(), hours(work),
                milestones, dates, paths.paths(), paths.complete(), unestimated);
    }

    private static ProductionSchedule.Milestone milestone(PlanSchedule s, MilestoneOutcome m) {
        PlannedTask t = s.task(m.id());
        OffsetDateTime target = t.dueDate().atTime(s.calendar().week().hours().end()).atZone(s.calendar().zone())
                .toOffsetDateTime();
        return new ProductionSchedule.Milestone(t.id(), t.title(), t.dueDate(), target, s.end(m.earlyFinish()),
                m.meetsTarget(), hours(m.minutesLate()));
    }

    static double hours(long minutes) {
        return minutes / 60.0;
    }
}
