package org.postops.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kahn's algorithm over the dependency rows. Whatever it cannot order lies on or behind a cycle; the
 * cycle itself is then found by {@link DependencyGraph} among those leftovers only, so the common case
 * (no cycle) pays nothing for it.
 */
final class TopologicalOrder {

    private TopologicalOrder() {
    }

    static int[] of(long[] ids, Links successors, Links predecessors) {
        int n = ids.length;
        int[] waiting = new int[n];
        int[] order = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            waiting[i] = predecessors.start[i + 1] - predecessors.start[i];
            if (waiting[i] == 0) {
                order[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            int task = order[head];
            for (int e = successors.start[task]; e < successors.start[task + 1]; e++) {
                int next = successors.target[e];
                if (--waiting[next] == 0) {
                    order[tail++] = next;
                }
            }
        }
        if (tail < n) {
            throw new DependencyCycleException(cycleAmong(ids, waiting, predecessors));
        }
        return order;
    }

    private static List<Long> cycleAmong(long[] ids, int[] waiting, Links predecessors) {
        Map<Long, List<Long>> waitsFor = new HashMap<>();
        long first = 0;
        for (int i = 0; i < ids.length; i++) {
            if (waiting[i] == 0) {
                continue;
            }
            List<Long> before = new ArrayList<>();
            for (int e = predecessors.start[i]; e < predecessors.start[i + 1]; e++) {
                if (waiting[predecessors.target[e]] > 0) {
                    before.add(ids[predecessors.target[e]]);
                }
            }
            waitsFor.put(ids[i], before);
            first = ids[i];
        }
        // DependencyGraph writes the cycle as "waits for" steps; reversed it reads in the order work flows.
        List<Long> cycle = new ArrayList<>(DependencyGraph.of(waitsFor).findCycle(List.of(first)).orElseThrow());
        Collections.reverse(cycle);
        return cycle;
    }
}
