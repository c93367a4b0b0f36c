package org.postops.app.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postops.app.access.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates a person's calendar holds: their open tasks with a due date, and the milestones of the
 * productions they are on. Only productions the person may see now count (the confidentiality policy,
 * in SQL), so a production they were taken off vanishes from their calendar.
 */
@Service
public class TaskCalendar {

    /** A task on a day: a due date, or a milestone's target date. */
    public record Entry(long taskId, String title, long productionId, String productionName, String stageName,
            TaskStatus status, LocalDate date, boolean milestone, Instant updatedAt) {
    }

    private final TaskCalendarRepository entries;

    TaskCalendar(TaskCalendarRepository entries) {
        this.entries = entries;
    }

    /** Soonest first; a milestone assigned to the person appears once. */
    @Transactional(readOnly = true)
    public List<Entry> of(Viewer person) {
        Map<Long, Entry> byTask = new LinkedHashMap<>();
        for (Entry e : entries.milestones(person)) {
            byTask.put(e.taskId(), e);
        }
        for (Entry e : entries.openAssigned(person)) {
            byTask.putIfAbsent(e.taskId(), e);
        }
        List<Entry> all = new ArrayList<>(byTask.values());
        all.sort(Comparator.comparing(Entry::date).thenComparing(Entry::title).thenComparingLong(Entry::taskId));
        return all;
    }
}
