package org.postops.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** What must hold of any schedule of any acyclic network, with every link type and lags of zero or more. */
class CriticalPathPropertiesTest {

    @Property
    void floatsAreConsistent(@ForAll @IntRange(min = 1, max = 200) int tasks, @ForAll long seed) {
        Network network = RandomNetworks.dag(tasks, seed, true);
        Schedule s = CriticalPath.schedule(network);
        long latestFinish = 0;
        for (TaskTimes t : s.tasks()) {
            assertThat(t.earlyStart()).isLessThanOrEqualTo(t.lateStart());
            assertThat(t.earlyStart()).isGreaterThanOrEqualTo(network.notBeforeMinute(t.id()).orElse(0));
            assertThat(t.totalFloat()).isNotNegative();
            assertThat(t.freeFloat()).isNotNegative().isLessThanOrEqualTo(t.totalFloat());
            assertThat(t.critical()).isEqualTo(t.totalFloat() == 0);
            assertThat(t.lateFinish()).isLessThanOrEqualTo(s.finish());
            latestFinish = Math.max(latestFinish, t.earlyFinish());
        }
        assertThat(s.finish()).isEqualTo(latestFinish);
    }

    @Property
    void everyLinkHoldsInTheEarlyAndTheLateSchedule(@ForAll @IntRange(min = 2, max = 200) int tasks,
                                                   @ForAll long seed) {
        Network network = RandomNetworks.dag(tasks, seed, true);
        Schedule s = CriticalPath.schedule(network);
        Links succ = network.successors;
        for (int from = 0; from < tasks; from++) {
            for (int e = succ.start[from]; e < succ.start[from + 1]; e++) {
                TaskTimes a = s.task(network.ids[from]);
                TaskTimes b = s.task(network.ids[succ.target[e]]);
                long lag = succ.lag[e];
                switch (Link.values()[succ.type[e]]) {
                    case FINISH_TO_START -> {
                        assertThat(b.earlyStart()).isGreaterThanOrEqualTo(a.earlyFinish() + lag);
                        assertThat(b.lateStart()).isGreaterThanOrEqualTo(a.lateFinish() + lag);
                    }
                    case START_TO_START -> {
                        assertThat(b.earlyStart()).isGreaterThanOrEqualTo(a.earlyStart() + lag);
                        assertThat(b.lateStart()).isGreaterThanOrEqualTo(a.lateStart() + lag);
                    }
                    case FINISH_TO_FINISH -> {
                        assertThat(b.earlyFinish()).isGreaterThanOrEqualTo(a.earlyFinish() + lag);
                        assertThat(b.lateFinish()).isGreaterThanOrEqualTo(a.lateFinish() + lag);
                    }
                }
            }
        }
    }

    /** Each path runs from a task starting as early as it may, over real links, to one ending at the finish. */
    @Property
    void criticalPathsConnectAStartToTheFinish(@ForAll @IntRange(min = 1, max = 200) int tasks,
                                               @ForAll long seed) {
        Network network = RandomNetworks.dag(tasks, seed, true);
        Schedule s = CriticalPath.schedule(network);
        Map<Long, List<Long>> successors = new HashMap<>();
        Links succ = network.successors;
        for (int from = 0; from < tasks; from++) {
            for (int e = succ.start[from]; e < succ.start[from + 1]; e++) {
                successors.computeIfAbsent(network.ids[from], k -> new java.util.ArrayList<>())
                        .add(network.ids[succ.target[e]]);
            }
        }
        CriticalPaths paths = s.criticalPaths();
        assertThat(paths.paths()).isNotEmpty();
        for (List<Long> path : paths.paths()) {
            TaskTimes first = s.task(path.get(0));
            assertThat(first.earlyStart()).isEqualTo(network.notBeforeMinute(first.id()).orElse(0));
            assertThat(s.task(path.get(path.size() - 1)).earlyFinish()).isEqualTo(s.finish());
            for (int i = 0; i < path.size(); i++) {
                assertThat(s.task(path.get(i)).totalFloat()).isZero();
                if (i > 0) {
                    assertThat(successors.get(path.get(i - 1))).contains(path.get(i));
                }
            }
        }
    }

    /** A deadline moves every late date, and so every total float, by its distance from the finish. */
    @Property
    void aDeadlineShiftsEveryFloatAlike(@ForAll @IntRange(min = 1, max = 100) int tasks, @ForAll long seed,
                                        @ForAll @IntRange(min = -500, max = 500) int shift) {
        Network network = RandomNetworks.dag(tasks, seed, true);
        Schedule plain = CriticalPath.schedule(network);
        Schedule due = CriticalPath.schedule(network, java.util.OptionalLong.of(plain.finish() + shift));
        for (TaskTimes t : plain.tasks()) {
            assertThat(due.task(t.id()).totalFloat()).isEqualTo(t.totalFloat() + shift);
        }
        assertThat(due.criticalPaths()).isEqualTo(plain.criticalPaths());
    }

    /*
     * With finish-to-start links only, a critical task sits on a chain that sets the finish, so N more
     * minutes on it move the finish by exactly N, and a task with F minutes of float absorbs up to F.
     * Start-to-start and finish-to-finish links break the first rule (a task feeding the finish only
     * through its start is critical, yet lengthening it moves nothing), so the mixed case is held to the
     * rule that holds: the finish never moves by more than N.
     */
    @Property
    void lengtheningATaskMovesTheFinishByAtMostItsLackOfFloat(@ForAll @IntRange(min = 1, max = 200) int tasks,
                                                              @ForAll long seed, @ForAll @IntRange(min = 0,
            max = 10_000) int pick, @ForAll @IntRange(min = 1, max = 500) int extra) {
        Network network = RandomNetworks.dag(tasks, seed, false);
        Schedule before = CriticalPath.schedule(network);
        TaskTimes task = before.tasks().get(pick % tasks);
        Schedule after = CriticalPath.schedule(network.withDuration(task.id(), network.durationMinutes(task.id())
                + extra));
        assertThat(after.finish() - before.finish()).isEqualTo(Math.max(0, extra - task.totalFloat()));
    }

    @Property
    void withMixedLinksLengtheningNeverMovesTheFinishByMore(@ForAll @IntRange(min = 1, max = 200) int tasks,
                                                            @ForAll long seed, @ForAll @IntRange(min = 0,
            max = 10_000) int pick, @ForAll @IntRange(min = 1, max = 500) int extra) {
        Network network = RandomNetworks.dag(tasks, seed, true);
        Schedule before = CriticalPath.schedule(network);
        long id = before.tasks().get(pick % tasks).id();
        Schedule after = CriticalPath.schedule(network.withDuration(id, network.durationMinutes(id) + extra));
        assertThat(after.finish() - before.finish()).isLessThanOrEqualTo(extra);
    }
}
