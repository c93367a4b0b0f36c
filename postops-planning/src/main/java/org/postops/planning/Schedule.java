package org.postops.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * Early and late dates of every task of a network, on the working-minute axis. The passes fill plain
 * arrays; records are made only when asked for, so scheduling twice for a what-if costs the passes alone.
 */
public final class Schedule {

    /** Parallel critical paths multiply; past this many the list says it is incomplete. */
    public static final int PATH_CAP = 100;

    private final Network network;
    private final long[] es;
    private final long[] ef;
    private final long[] ls;
    private final long[] lf;
    private final long[] freeFloat;
    private final long finish;
    private final long end;

    Schedule(Network network, long[] es, long[] ef, long[] ls, long[] lf, long[] freeFloat, long finish,
             long end) {
        this.network = network;
        this.es = es;
        this.ef = ef;
        this.ls = ls;
        this.lf = lf;
        this.freeFloat = freeFloat;
        this.finish = finish;
        this.end = end;
    }

    /** The earliest the whole network can finish: the latest early finish. */
    public long finish() {
        return finish;
    }

    /** Where the late dates count back from: the deadline if one was given, otherwise {@link #finish()}. */
    public long end() {
        return end;
    }

    public TaskTimes task(long id) {
        return times(network.indexOf(id));
    }

    /** Every task, in the order the network was built. */
    public List<TaskTimes> tasks() {
        List<TaskTimes> all = new ArrayList<>(es.length);
        for (int i = 0; i < es.length; i++) {
            all.add(times(i));
        }
        return all;
    }

    /** Ids of the tasks with no total float (negative float too: late against the deadline). */
    public List<Long> criticalTasks() {
        List<Long> critical = new ArrayList<>();
        for (int i = 0; i < es.length; i++) {
            if (ls[i] - es[i] <= 0) {
                critical.add(network.ids[i]);
            }
        }
        return critical;
    }

    /** Each milestone that has a target, met or missed on the early schedule. */
    public List<MilestoneOutcome> milestones() {
        List<MilestoneOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < es.length; i++) {
            if (network.targets[i] != Network.NO_TARGET) {
                outcomes.add(new MilestoneOutcome(network.ids[i], network.targets[i], ef[i]));
            }
        }
        return outcomes;
    }

    public CriticalPaths criticalPaths() {
        return criticalPaths(PATH_CAP);
    }

    /**
     * The chains that drive the finish. A task is on one when its total float is the least any task has
     * ({@code end - finish}: zero without a deadline), so a deadline shifts every float alike and leaves the
     * paths where they were; each step is a link that binds in the early schedule.
     */
    public CriticalPaths criticalPaths(int cap) {
        long least = end - finish;
        Links succ = network.successors;
        Links pred = network.predecessors;
        List<List<Long>> paths = new ArrayList<>();
        int n = es.length;
        int[] path = new int[n];
        int[] cursor = new int[n];
        for (int startTask = 0; startTask < n; startTask++) {
            if (!driving(startTask, least) || drivenByAny(startTask, pred, least)) {
                continue;
            }
            // Depth-first without recursion: a chain can be a hundred thousand tasks long.
            int depth = 0;
            path[0] = startTask;
            cursor[0] = succ.start[startTask];
            boolean extended = true; // so a lone critical task is a path of one
            while (depth >= 0) {
                int task = path[depth];
                int e = cursor[depth];
                while (e < succ.start[task + 1] && !(driving(succ.target[e], least) && binds(task, succ, e))) {
                    e++;
                }
                if (e < succ.start[task + 1]) {
                    cursor[depth] = e + 1;
                    path[++depth] = succ.target[e];
                    cursor[depth] = succ.start[succ.target[e]];
                    extended = true;
                    continue;
                }
                if (extended) { // a dead end reached by going forward is the finish of a path
                    if (paths.size() == cap) {
                        return new CriticalPaths(paths, false);
                    }
                    List<Long> ids = new ArrayList<>(depth + 1);
                    for (int d = 0; d <= depth; d++) {
                        ids.add(network.ids[path[d]]);
                    }
                    paths.add(ids);
                }
                extended = false;
                depth--;
            }
        }
        return new CriticalPaths(paths, true);
    }

    private boolean driving(int task, long least) {
        return ls[task] - es[task] == least;
    }

    private boolean drivenByAny(int task, Links pred, long least) {
        for (int e = pred.start[task]; e < pred.start[task + 1]; e++) {
            int before = pred.target[e];
            if (driving(before, least) && bindsFrom(before, task, pred.type[e], pred.lag[e])) {
                return true;
            }
        }
        return false;
    }

    private boolean binds(int task, Links succ, int e) {
        return bindsFrom(task, succ.target[e], succ.type[e], succ.lag[e]);
    }

    /** Whether the link holds the successor exactly where its early dates are. */
    private boolean bindsFrom(int before, int after, byte type, long lag) {
        if (type == Link.FINISH_TO_START.ordinal()) {
            return es[after] == ef[before] + lag;
        }
        if (type == Link.START_TO_START.ordinal()) {
            return es[after] == es[before] + lag;
        }
        return ef[after] == ef[before] + lag;
    }

    private TaskTimes times(int i) {
        return new TaskTimes(network.ids[i], es[i], ef[i], ls[i], lf[i], ls[i] - es[i], freeFloat[i]);
    }
}
