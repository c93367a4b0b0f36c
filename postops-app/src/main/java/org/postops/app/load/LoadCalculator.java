package org.postops.app.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.postops.app.schedule.PlanSchedule;
import org.postops.app.task.PlannedTask;
import org.postops.app.task.TaskStatus;
import org.postops.planning.TaskTimes;

/**
 * Spreads scheduled work over people and days, knowing nothing of who asks: each open task's work falls on
 * the working days between its early start and early finish, split evenly between its assignees (a minute
 * that does not divide goes to the assignees with the lowest ids, so the shares always add up to the work).
 */
final class LoadCalculator {

    private LoadCalculator() {
    }

    /**
     * Minutes of planned work by person, day and production, for {@code people} on the days {@code from} to
     * {@code to}. Done tasks, milestones and unestimated tasks add nothing.
     */
    static Map<Long, Map<LocalDate, Map<Long, Long>>> minutes(Map<Long, PlanSchedule> schedules, Set<Long> people,
            LocalDate from, LocalDate to) {
        Map<Long, Map<LocalDate, Map<Long, Long>>> result = new HashMap<>();
        for (Map.Entry<Long, PlanSchedule> production : schedules.entrySet()) {
            PlanSchedule s = production.getValue();
            for (PlannedTask t : s.tasks()) {
                if (t.status() == TaskStatus.DONE || t.workMinutes() == 0 || t.assigneeIds().isEmpty()
                        || t.assigneeIds().stream().noneMatch(people::contains)) {
                    continue;
                }
                TaskTimes times = s.times(t.id());
                if (s.start(times.earlyStart()).toLocalDate().isAfter(to)
                        || s.end(times.earlyFinish()).toLocalDate().isBefore(from)) {
                    continue;
                }
                List<Long> assignees = new ArrayList<>(t.assigneeIds());
                Collections.sort(assignees);
                int n = assignees.size();
                for (Map.Entry<LocalDate, Long> day : s.minutesByDay(times.earlyStart(), times.earlyFinish())
                        .entrySet()) {
                    LocalDate date = day.getKey();
                    if (date.isBefore(from) || date.isAfter(to)) {
                        continue;
                    }
                    long minutes = day.getValue();
                    for (int i = 0; i < n; i++) {
                        long person = assignees.get(i);
                        long share = minutes / n + (i < minutes % n ? 1 : 0);
                        if (share > 0 && people.contains(person)) {
                            result.computeIfAbsent(person, k -> new TreeMap<>())
                                    .computeIfAbsent(date, k -> new HashMap<>())
                                    .merge(production.getKey(), share, Long::sum);
                        }
                    }
                }
            }
        }
        return result;
    }

    /** The minutes of {@link #minutes} added up over productions: person, day, minutes. */
    static Map<Long, Map<LocalDate, Long>> totals(Map<Long, Map<LocalDate, Map<Long, Long>>> minutes) {
        Map<Long, Map<LocalDate, Long>> totals = new HashMap<>();
        minutes.forEach((person, days) -> days.forEach((day, byProduction) -> totals
                .computeIfAbsent(person, k -> new TreeMap<>())
                .put(day, byProduction.values().stream().mapToLong(Long::longValue).sum())));
        return totals;
    }

    /** The people with open, estimated work in a plan. */
    static Set<Long> workingOn(PlanSchedule s) {
        Set<Long> people = new java.util.HashSet<>();
        if (s != null) {
            for (PlannedTask t : s.tasks()) {
                if (t.status() != TaskStatus.DONE && t.workMinutes() > 0) {
                    people.addAll(t.assigneeIds());
                }
            }
        }
        return people;
    }
}
