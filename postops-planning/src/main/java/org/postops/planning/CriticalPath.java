package org.postops.planning;

import java.util.OptionalLong;

/**
 * The critical path method on the working-minute axis: a forward pass for early dates and a backward pass
 * for late ones, each a single sweep of the network's topological order, so the cost is linear in tasks
 * plus dependencies. Dates are working minutes from the project's start; turning them into calendar dates
 * is the work calendar's business.
 */
public final class CriticalPath {

    private static final int FS = Link.FINISH_TO_START.ordinal();
    private static final int SS = Link.START_TO_START.ordinal();

    private CriticalPath() {
    }

    /** Schedules against the network's own finish: the critical tasks have zero float. */
    public static Schedule schedule(Network network) {
        return schedule(network, OptionalLong.empty());
    }

    /**
     * Schedules the network; the late dates count back from {@code deadlineMinute} if given, otherwise from
     * the earliest finish. A deadline before that finish leaves negative floats: the minutes to recover.
     */
    public static Schedule schedule(Network network, OptionalLong deadlineMinute) {
        int n = network.taskCount();
        long[] duration = network.durations;
        int[] order = network.order;
        long[] es = new long[n];
        long[] ef = new long[n];
        long finish = forward(network, es, ef);
        long end = deadlineMinute.orElse(finish);
        long[] lf = new long[n];
        long[] ls = new long[n];
        long[] free = new long[n];
        Links succ = network.successors;
        for (int k = n - 1; k >= 0; k--) {
            int task = order[k];
            long late = end;
            long slack = end - ef[task]; // free float also may not push the finish past the end
            for (int e = succ.start[task]; e < succ.start[task + 1]; e++) {
                int next = succ.target[e];
                long lag = succ.lag[e];
                int type = succ.type[e];
                long bound;
                long gap;
                if (type == FS) {
                    bound = ls[next] - lag;
                    gap = es[next] - lag - ef[task];
                } else if (type == SS) {
                    bound = ls[next] - lag + duration[task];
                    gap = es[next] - lag - es[task];
                } else {
                    bound = lf[next] - lag;
                    gap = ef[next] - lag - ef[task];
                }
                late = Math.min(late, bound);
                slack = Math.min(slack, gap);
            }
            lf[task] = late;
            ls[task] = late - duration[task];
            free[task] = slack;
        }
        return new Schedule(network, es, ef, ls, lf, free, finish, end);
    }

    /** Early dates; returns the project's finish (the latest early finish, 0 for an empty network). */
    private static long forward(Network network, long[] es, long[] ef) {
        long[] duration = network.durations;
        long[] notBefore = network.notBefore;
        Links pred = network.predecessors;
        long finish = 0;
        for (int task : network.order) {
            long early = notBefore[task]; // zero unless held: nothing starts before the project does
            for (int e = pred.start[task]; e < pred.start[task + 1]; e++) {
                int before = pred.target[e];
                int type = pred.type[e];
                long bound;
                if (type == FS) {
                    bound = ef[before] + pred.lag[e];
                } else if (type == SS) {
                    bound = es[before] + pred.lag[e];
                } else {
                    bound = ef[before] + pred.lag[e] - duration[task];
                }
                early = Math.max(early, bound);
            }
            es[task] = early;
            ef[task] = early + duration[task];
            finish = Math.max(finish, ef[task]);
        }
        return finish;
    }
}
