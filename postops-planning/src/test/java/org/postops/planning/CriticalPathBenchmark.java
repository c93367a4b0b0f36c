package org.postops.planning;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How the schedule's cost grows with the network (tasks in layers, about two dependencies per task, fixed
 * seed), and what an impact calculation pays for one changed estimate. Run by bench/planning-jmh.sh; not
 * part of mvn test.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CriticalPathBenchmark {

    @State(Scope.Benchmark)
    public static class Sized {
        @Param({"1000", "10000", "100000"})
        int tasks;
        Network network;

        @Setup(Level.Trial)
        public void build() {
            network = RandomNetworks.layered(tasks, 20261121L);
        }
    }

    @State(Scope.Benchmark)
    public static class Production {
        Network network;
        long next;

        @Setup(Level.Trial)
        public void build() {
            network = RandomNetworks.layered(5_000, 20261121L);
        }
    }

    /** Both passes over a network already built: what every reschedule pays. */
    @Benchmark
    public Schedule schedule(Sized state) {
        return CriticalPath.schedule(state.network);
    }

    /** Building the network from its tasks and dependencies (ids resolved, rows sorted, order found), then scheduling it. */
    @Benchmark
    public Schedule buildAndSchedule(Sized state) {
        return CriticalPath.schedule(RandomNetworks.layered(state.tasks, 20261121L));
    }

    /** One estimate an hour longer (a different task each time) and the 5,000-task production rescheduled. */
    @Benchmark
    public long whatIf5000(Production state) {
        long id = state.next++ % 5_000;
        Network changed = state.network.withDuration(id, state.network.durationMinutes(id) + 60);
        return CriticalPath.schedule(changed).finish();
    }
}
