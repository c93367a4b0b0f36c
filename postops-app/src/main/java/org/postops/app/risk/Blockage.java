package org.postops.app.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postops.app.kit.KitService.BookingRef;
import org.postops.app.schedule.PlanSchedule;
import org.postops.app.task.PlannedTask;
import org.postops.app.task.TaskStatus;
import org.postops.planning.TaskTimes;

/**
 * Which of one production's tasks an outage blocks, worked out on its schedule as it stands. A booking in the
 * outage holds the kit or room for the part of the outage it covers; in that part it blocks the task it is
 * booked to, or the stage's tasks, or (booked to the production) all its tasks, for the working minutes each is
 * scheduled there. Done tasks, milestones and tasks without an estimate take no time and are never blocked.
 */
final class Blockage {

    /** A blocked task: the first working minute it needs the kit, and its minutes inside the outage. */
    record Blocked(PlannedTask task, TaskTimes times, long firstMinute, long minutes) {
    }

    /** The blocked tasks in plan order, and each booking's working minutes inside the outage. */
    record Result(Map<Long, Blocked> tasks, Map<Long, Long> bookingMinutes) {

        long minutes() {
            return tasks.values().stream().mapToLong(Blocked::minutes).sum();
        }
    }

    private Blockage() {
    }

    static Result of(PlanSchedule s, Outage outage, List<BookingRef> bookings) {
        Map<Long, List<PlannedTask>> byStage = new HashMap<>();
        List<PlannedTask> open = new ArrayList<>();
        java.util.Set<Long> openIds = new java.util.HashSet<>();
        for (PlannedTask t : s.tasks()) {
            if (t.status() != TaskStatus.DONE && !t.milestone() && t.workMinutes() > 0) {
                open.add(t);
                openIds.add(t.id());
                if (t.stageId() != null) {
                    byStage.computeIfAbsent(t.stageId(), k -> new ArrayList<>()).add(t);
                }
            }
        }
        Map<Long, List<long[]>> spans = new HashMap<>();
        Map<Long, Long> bookingMinutes = new LinkedHashMap<>();
        Map<List<java.time.LocalDate>, long[]> heldByDays = new HashMap<>(); // bookings share their days often
        for (BookingRef b : bookings) {
            long[] held = heldByDays.computeIfAbsent(List.of(b.firstDay(), b.lastDay()),
                    d -> outage.minutesOf(s, d.get(0), d.get(1)));
            if (held[1] <= held[0]) {
                continue;
            }
            bookingMinutes.merge(b.id(), held[1] - held[0], Long::sum);
            List<PlannedTask> candidates;
            if (b.taskId() != null) {
                PlannedTask t = s.task(b.taskId());
                candidates = t != null && openIds.contains(t.id()) ? List.of(t) : List.of();
            } else if (b.stageId() != null) {
                candidates = byStage.getOrDefault(b.stageId(), List.of());
            } else {
                candidates = open;
            }
            for (PlannedTask t : candidates) {
                TaskTimes times = s.times(t.id());
                long from = Math.max(held[0], times.earlyStart());
                long to = Math.min(held[1], times.earlyFinish());
                if (to > from) {
                    spans.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(new long[] {from, to});
                }
            }
        }
        Map<Long, Blocked> blocked = new LinkedHashMap<>();
        for (PlannedTask t : open) {
            List<long[]> list = spans.get(t.id());
            if (list != null) {
                list.sort((a, b) -> Long.compare(a[0], b[0]));
                blocked.put(t.id(), new Blocked(t, s.times(t.id()), list.get(0)[0], union(list)));
            }
        }
        return new Result(blocked, bookingMinutes);
    }

    /** Minutes covered by sorted spans that may overlap (a task booked twice: kit and its room). */
    private static long union(List<long[]> sorted) {
        long total = 0;
        long end = Long.MIN_VALUE;
        for (long[] span : sorted) {
            long from = Math.max(span[0], end);
            if (span[1] > from) {
                total += span[1] - from;
            }
            end = Math.max(end, span[1]);
        }
        return total;
    }

    /**
     * The plan as the outage leaves it: each blocked task stops at the first minute it needs the kit, and the
     * work it then had left (its early finish less that minute) starts no earlier than the day the kit is back.
     */
    static List<PlannedTask> replanned(List<PlannedTask> plan, Result blocked, Outage outage) {
        List<PlannedTask> after = new ArrayList<>(plan.size());
        for (PlannedTask t : plan) {
            Blocked b = blocked.tasks().get(t.id());
            if (b == null) {
                after.add(t);
                continue;
            }
            long left = b.times().earlyFinish() - b.firstMinute();
            java.time.LocalDate notBefore = t.startNotBefore() != null && t.startNotBefore().isAfter(outage.restoreDay())
                    ? t.startNotBefore() : outage.restoreDay();
            after.add(t.withEstimateMinutes((int) left).withDates(t.dueDate(), notBefore));
        }
        return after;
    }
}
