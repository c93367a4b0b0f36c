package org.postops.app.schedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postops.app.task.PlannedTask;
import org.postops.planning.CriticalPath;
import org.postops.planning.MilestoneOutcome;
import org.postops.planning.Network;
import org.postops.planning.Schedule;
import org.postops.planning.TaskTimes;
import org.postops.planning.WorkAxis;
import org.postops.planning.WorkCalendar;

/**
 * A plan scheduled by the critical path method from its first working day: the engine's dates in working
 * minutes, and the calendar axis that turns them into instants. Late dates count back from the plan's own
 * finish, so critical tasks have no float; a milestone is judged against the end of its target day.
 */
public final class PlanSchedule {

    /** A plan that runs past a century is surely a typing error (an estimate of 10,000 hours on each task). */
    static final int MAX_HORIZON_DAYS = 36_525;

    private final WorkCalendar calendar;
    private final WorkAxis axis;
    private final Network network;
    private final Schedule schedule;
    private final Map<Long, PlannedTask> tasks;

    private PlanSchedule(WorkCalendar calendar, WorkAxis axis, Network network, Schedule schedule,
            Map<Long, PlannedTask> tasks) {
        this.calendar = calendar;
        this.axis = axis;
        this.network = network;
        this.schedule = schedule;
        this.tasks = tasks;
    }

    /**
     * Schedules the tasks from {@code origin}.
     *
     * @throws org.postops.planning.DependencyCycleException if the dependencies loop
     * @throws IllegalArgumentException if a dependency names a task not in the plan, or the plan runs past a century
     */
    public static PlanSchedule of(WorkCalendar calendar, LocalDate origin, List<PlannedTask> plan) {
        Map<Long, PlannedTask> tasks = new LinkedHashMap<>();
        LocalDate latest = origin;
        for (PlannedTask t : plan) {
            tasks.put(t.id(), t);
            latest = later(latest, t.dueDate());
            latest = later(latest, t.startNotBefore());
        }
        // The engine works in working minutes; the calendar is needed only to turn dates into minutes and back.
        // So the first axis covers the plan's dates, and is lengthened once the finish is known.
        long span = ChronoUnit.DAYS.between(origin, latest) + 1;
        if (span + 400 > MAX_HORIZON_DAYS) {
            throw new IllegalArgumentException("the plan's dates run past " + MAX_HORIZON_DAYS / 365
                    + " years: check the due and start dates");
        }
        WorkAxis axis = new WorkAxis(calendar, origin, (int) span + 400);
        Network.Builder network = Network.builder();
        for (PlannedTask t : plan) {
            if (t.milestone() && t.dueDate() != null) {
                network.milestone(t.id(), endOfDay(calendar, axis, t.dueDate()));
            } else if (t.milestone()) {
                network.milestone(t.id());
            } else {
                network.task(t.id(), t.workMinutes());
            }
            if (t.startNotBefore() != null && t.startNotBefore().isAfter(origin)) {
                network.notBefore(t.id(), axis.minuteOf(t.startNotBefore().atStartOfDay(calendar.zone())));
            }
            for (PlannedTask.Predecessor p : t.dependsOn()) {
                network.dependency(p.taskId(), t.id(), p.type().link(), p.lagMinutes());
            }
        }
        Network built = network.build();
        Schedule schedule = CriticalPath.schedule(built);
        if (schedule.finish() >= axis.totalMinutes()) {
            // Working minutes per calendar day, averaged over a week, with room for holidays.
            long perDay = Math.max(1, minutesPerWeek(calendar, origin) / 7);
            long days = span + schedule.finish() / perDay + schedule.finish() / perDay / 5 + 400;
            if (days > MAX_HORIZON_DAYS) {
                throw new IllegalArgumentException("the plan runs past " + MAX_HORIZON_DAYS / 365
                        + " years of work: check the estimates and lags");
            }
            axis = new WorkAxis(calendar, origin, (int) days);
        }
        return new PlanSchedule(calendar, axis, built, schedule, Collections.unmodifiableMap(tasks));
    }

    /**
     * The same plan with late dates counted back from {@code deadlineMinute} instead of its own finish: tasks
     * that would make the plan miss the deadline get negative float, the working minutes to recover.
     */
    public PlanSchedule against(long deadlineMinute) {
        return new PlanSchedule(calendar, axis, network,
                CriticalPath.schedule(network, java.util.OptionalLong.of(deadlineMinute)), tasks);
    }

    /** Working minutes from the plan's start to the end of {@code day}'s work: negative before the start. */
    public long endOfDayMinute(LocalDate day) {
        return endOfDay(calendar, axis, day);
    }

    /** Working minutes to the end of {@code day}: negative for a day before the plan starts. */
    private static long endOfDay(WorkCalendar calendar, WorkAxis axis, LocalDate day) {
        ZonedDateTime end = day.plusDays(1).atStartOfDay(calendar.zone());
        ZonedDateTime start = axis.origin().atStartOfDay(calendar.zone());
        if (end.isBefore(start)) {
            return -calendar.workingMinutesBetween(end, start);
        }
        if (!day.isBefore(axis.origin().plusDays(axis.horizonDays()))) {
            return axis.totalMinutes() + calendar.workingMinutesBetween(
                    axis.origin().plusDays(axis.horizonDays()).atStartOfDay(calendar.zone()), end);
        }
        return axis.minuteOf(end);
    }

    private static long minutesPerWeek(WorkCalendar calendar, LocalDate from) {
        long minutes = 0;
        for (int i = 0; i < 7; i++) {
            minutes += calendar.week().includes(from.plusDays(i).getDayOfWeek())
                    ? calendar.week().hours().minutes() : 0;
        }
        return minutes;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    public List<PlannedTask> tasks() {
        return List.copyOf(tasks.values());
    }

    public PlannedTask task(long id) {
        return tasks.get(id);
    }

    public TaskTimes times(long id) {
        return schedule.task(id);
    }

    public Schedule schedule() {
        return schedule;
    }

    /** The first working instant of the plan. */
    public OffsetDateTime start() {
        return axis.startAt(0).toOffsetDateTime();
    }

    /** When the last task is done on the early schedule. */
    public OffsetDateTime finish() {
        return end(schedule.finish());
    }

    public long finishMinute() {
        return schedule.finish();
    }

    /** The instant work starts after {@code minute} working minutes (Tuesday 09:00 rather than Monday 18:00). */
    public OffsetDateTime start(long minute) {
        return axis.startAt(minute).toOffsetDateTime();
    }

    /** The instant {@code minute} working minutes are done (Monday 18:00 rather than Tuesday 09:00). */
    public OffsetDateTime end(long minute) {
        return axis.at(minute).toOffsetDateTime();
    }

    public List<MilestoneOutcome> milestones() {
        return schedule.milestones();
    }

    /** Working minutes of each day the minutes {@code from} to {@code to} of the axis fall on. */
    public Map<LocalDate, Long> minutesByDay(long from, long to) {
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        long at = from;
        while (at < to) {
            LocalDate day = axis.startAt(at).toLocalDate();
            long dayEnd = axis.minuteOf(day.plusDays(1).atStartOfDay(calendar.zone()));
            long until = Math.min(to, dayEnd);
            days.merge(day, until - at, Long::sum);
            at = until;
        }
        return days;
    }
}
