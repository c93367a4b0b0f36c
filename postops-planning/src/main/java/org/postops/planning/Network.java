package org.postops.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A production's tasks and the dependencies between them, ready to schedule. Immutable. Tasks are kept by
 * index in plain arrays and dependencies as compressed rows (successors and predecessors of each task), so
 * a pass over a hundred thousand tasks touches no boxed number. A network with a cycle cannot be built:
 * the topological order is worked out once here and shared by every schedule and every what-if.
 */
public final class Network {

    static final long NO_TARGET = Long.MIN_VALUE;

    final long[] ids;
    final long[] durations;
    final long[] notBefore;
    final long[] targets; // NO_TARGET unless a milestone with a target
    final boolean[] milestone;
    final int[] order; // topological
    final Links successors;
    final Links predecessors;
    private final Map<Long, Integer> index;

    private Network(long[] ids, long[] durations, long[] notBefore, long[] targets, boolean[] milestone,
                    int[] order, Links successors, Links predecessors, Map<Long, Integer> index) {
        this.ids = ids;
        this.durations = durations;
        this.notBefore = notBefore;
        this.targets = targets;
        this.milestone = milestone;
        this.order = order;
        this.successors = successors;
        this.predecessors = predecessors;
        this.index = index;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int taskCount() {
        return ids.length;
    }

    public int dependencyCount() {
        return successors.target.length;
    }

    public boolean contains(long id) {
        return index.containsKey(id);
    }

    public long durationMinutes(long id) {
        return durations[indexOf(id)];
    }

    public Optional<Long> milestoneTarget(long id) {
        long target = targets[indexOf(id)];
        return target == NO_TARGET ? Optional.empty() : Optional.of(target);
    }

    public OptionalLong notBeforeMinute(long id) {
        long minute = notBefore[indexOf(id)];
        return minute == 0 ? OptionalLong.empty() : OptionalLong.of(minute);
    }

    /**
     * The same network with one task's estimate changed: the what-if of an impact calculation. Shares the
     * dependency rows and the order, which a new estimate cannot change, so it costs one array copy.
     */
    public Network withDuration(long id, long durationMinutes) {
        int i = indexOf(id);
        if (milestone[i] && durationMinutes != 0) {
            throw new IllegalArgumentException("Milestone " + id + " has no duration");
        }
        requireDuration(id, durationMinutes);
        long[] changed = durations.clone();
        changed[i] = durationMinutes;
        return new Network(ids, changed, notBefore, targets, milestone, order, successors, predecessors, index);
    }

    /**
     * A builder holding this network's tasks, constraints and dependencies, for what-ifs that change its
     * shape (a dependency added, a task split); building it again costs a full build.
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        for (int i = 0; i < ids.length; i++) {
            builder.tasks.add(new long[] {ids[i], durations[i], targets[i], milestone[i] ? 1 : 0});
            if (notBefore[i] > 0) {
                builder.notBefore(ids[i], notBefore[i]);
            }
        }
        Link[] links = Link.values();
        for (int i = 0; i < ids.length; i++) {
            for (int e = successors.start[i]; e < successors.start[i + 1]; e++) {
                builder.dependency(ids[i], ids[successors.target[e]], links[successors.type[e]], successors.lag[e]);
            }
        }
        return builder;
    }

    int indexOf(long id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("No task " + id + " in this network");
        }
        return i;
    }

    private static void requireDuration(long id, long durationMinutes) {
        if (durationMinutes < 0) {
            throw new IllegalArgumentException("Task " + id + " has a negative duration: " + durationMinutes);
        }
    }

    /** Collects tasks and dependencies in any order; ids are resolved and checked when the network is built. */
    public static final class Builder {
        private final List<long[]> tasks = new ArrayList<>(); // {id, duration, target, milestone 0/1}
        private final Map<Long, Long> notBefore = new HashMap<>();
        private long[] from = new long[16];
        private long[] to = new long[16];
        private long[] lag = new long[16];
        private byte[] type = new byte[16];
        private int links;

        private Builder() {
        }

        public Builder task(long id, long durationMinutes) {
            requireDuration(id, durationMinutes);
            tasks.add(new long[] {id, durationMinutes, NO_TARGET, 0});
            return this;
        }

        /** A zero-length task marking a moment, without a target. */
        public Builder milestone(long id) {
            tasks.add(new long[] {id, 0, NO_TARGET, 1});
            return this;
        }

        /** A zero-length task marking a moment that should be reached by {@code targetMinute}. */
        public Builder milestone(long id, long targetMinute) {
            tasks.add(new long[] {id, 0, targetMinute, 1});
            return this;
        }

        /** The task may not start before {@code minute}, whatever its predecessors allow. */
        public Builder notBefore(long id, long minute) {
            if (minute < 0) {
                throw new IllegalArgumentException("Task " + id + " cannot be held to start before minute 0: " + minute);
            }
            notBefore.merge(id, minute, Math::max);
            return this;
        }

        public Builder dependency(long from, long to) {
            return dependency(from, to, Link.FINISH_TO_START, 0);
        }

        public Builder dependency(long from, long to, Link link, long lagMinutes) {
            if (from == to) {
                throw new IllegalArgumentException("Task " + from + " cannot depend on itself");
            }
            if (links == this.from.length) {
                int grown = links * 2;
                this.from = Arrays.copyOf(this.from, grown);
                this.to = Arrays.copyOf(this.to, grown);
                this.lag = Arrays.copyOf(this.lag, grown);
                this.type = Arrays.copyOf(this.type, grown);
            }
            this.from[links] = from;
            this.to[links] = to;
            this.lag[links] = lagMinutes;
            this.type[links] = (byte) link.ordinal();
            links++;
            return this;
        }

        /** @throws DependencyCycleException if the dependencies loop; IllegalArgumentException for bad ids */
        public Network build() {
            int n = tasks.size();
            long[] ids = new long[n];
            long[] durations = new long[n];
            long[] targets = new long[n];
            boolean[] milestone = new boolean[n];
            Map<Long, Integer> index = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                long[] t = tasks.get(i);
                if (index.putIfAbsent(t[0], i) != null) {
                    throw new IllegalArgumentException("Task " + t[0] + " is declared twice");
                }
                ids[i] = t[0];
                durations[i] = t[1];
                targets[i] = t[2];
                milestone[i] = t[3] == 1;
            }
            long[] earliest = new long[n];
            notBefore.forEach((id, minute) -> earliest[resolve(index, id, "constraint")] = minute);
            int[] f = new int[links];
            int[] t = new int[links];
            for (int e = 0; e < links; e++) {
                f[e] = resolve(index, from[e], "dependency " + from[e] + " -> " + to[e]);
                t[e] = resolve(index, to[e], "dependency " + from[e] + " -> " + to[e]);
            }
            Links successors = Links.rows(n, f, t, lag, type, links);
            Links predecessors = Links.rows(n, t, f, lag, type, links);
            int[] order = TopologicalOrder.of(ids, successors, predecessors);
            return new Network(ids, durations, earliest, targets, milestone, order, successors, predecessors,
                    index);
        }

        private static int resolve(Map<Long, Integer> index, long id, String where) {
            Integer i = index.get(id);
            if (i == null) {
                throw new IllegalArgumentException("Unknown task " + id + " in " + where);
            }
            return i;
        }
    }
}
