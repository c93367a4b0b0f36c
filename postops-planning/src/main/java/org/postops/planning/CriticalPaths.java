package org.postops.planning;

import java.util.List;

/**
 * The chains of driving critical tasks, each from a task that starts as early as it may to one finishing at
 * the project's finish. Parallel paths multiply, so the list stops at a cap; {@code complete} says whether
 * every path is in it.
 */
public record CriticalPaths(List<List<Long>> paths, boolean complete) {

    public CriticalPaths {
        paths = List.copyOf(paths);
    }
}
