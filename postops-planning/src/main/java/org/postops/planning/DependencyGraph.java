package org.postops.planning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tasks and what each depends on. Finds a dependency cycle, if there is one, so that it can be refused
 * with the tasks in it named. Iterative depth-first search: linear in tasks plus dependencies, and no
 * recursion, so a chain of a hundred thousand tasks cannot overflow the stack.
 */
public final class DependencyGraph<T> {

    private final Map<T, ? extends Collection<T>> dependsOn;

    private DependencyGraph(Map<T, ? extends Collection<T>> dependsOn) {
        this.dependsOn = dependsOn;
    }

    /** A graph in which each key depends on every element of its value. */
    public static <T> DependencyGraph<T> of(Map<T, ? extends Collection<T>> dependsOn) {
        return new DependencyGraph<>(dependsOn);
    }

    /**
     * A cycle, written as the path that closes it: {@code [a, b, c, a]} means a depends on b, b on c and
     * c on a. Empty if the graph has none. Searches from {@code start} first, so a cycle through a task
     * just changed is the one reported.
     */
    public Optional<List<T>> findCycle(Collection<T> start) {
        Map<T, Boolean> state = new HashMap<>(); // absent: unseen, TRUE: on the current path, FALSE: done
        List<T> order = new ArrayList<>(start);
        order.addAll(dependsOn.keySet());
        for (T root : order) {
            if (state.containsKey(root)) {
                continue;
            }
            Optional<List<T>> cycle = search(root, state);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    public Optional<List<T>> findCycle() {
        return findCycle(List.of());
    }

    private Optional<List<T>> search(T root, Map<T, Boolean> state) {
        Deque<T> path = new ArrayDeque<>();
        Deque<Iterator<T>> pending = new ArrayDeque<>();
        path.push(root);
        pending.push(next(root));
        state.put(root, Boolean.TRUE);
        while (!path.isEmpty()) {
            Iterator<T> it = pending.peek();
            if (!it.hasNext()) {
                state.put(path.pop(), Boolean.FALSE);
                pending.pop();
                continue;
            }
            T dep = it.next();
            Boolean seen = state.get(dep);
            if (seen == null) {
                state.put(dep, Boolean.TRUE);
                path.push(dep);
                pending.push(next(dep));
            } else if (seen) {
                List<T> cycle = new ArrayList<>();
                cycle.add(dep);
                for (T node : path) { // newest first
                    cycle.add(node);
                    if (node.equals(dep)) {
                        break;
                    }
                }
                Collections.reverse(cycle);
                return Optional.of(cycle);
            }
        }
        return Optional.empty();
    }

    private Iterator<T> next(T node) {
        Collection<T> deps = dependsOn.get(node);
        return deps == null ? Collections.emptyIterator() : deps.iterator();
    }
}
