package org.postops.planning;

import java.util.List;
import java.util.stream.Collectors;

/** Refuses a network whose dependencies loop back on themselves, naming the tasks of one loop. */
public final class DependencyCycleException extends IllegalArgumentException {

    private final List<Long> cycle;

    DependencyCycleException(List<Long> cycle) {
        super("Dependencies form a cycle: " + cycle.stream().map(String::valueOf).collect(Collectors.joining(" -> "))
                + " (each task waits for the one before it)");
        this.cycle = List.copyOf(cycle);
    }

    /**
     * The tasks of the cycle in the order work would flow, closing on the first: {@code [3, 5, 7, 3]} means
     * 5 waits for 3, 7 for 5 and 3 for 7.
     */
    public List<Long> cycle() {
        return cycle;
    }
}
