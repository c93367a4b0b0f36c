package org.postops.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    @Test
    void namesTheTasksOfASimpleCycleInDependencyOrder() {
        Map<String, List<String>> deps = Map.of("grade", List.of("conform"), "conform", List.of("lock"),
                "lock", List.of("grade"));
        Optional<List<String>> cycle = DependencyGraph.of(deps).findCycle(List.of("grade"));
        assertThat(cycle).contains(List.of("grade", "conform", "lock", "grade"));
    }

    @Test
    void aTaskDependingOnItselfIsACycle() {
        assertThat(DependencyGraph.of(Map.of(1L, List.of(1L))).findCycle()).contains(List.of(1L, 1L));
    }

    @Test
    void aDiamondIsNotACycle() {
        Map<Integer, List<Integer>> deps = Map.of(4, List.of(2, 3), 2, List.of(1), 3, List.of(1));
        assertThat(DependencyGraph.of(deps).findCycle()).isEmpty();
    }

    @Test
    void aChainOfAHundredThousandTasksNeitherOverflowsNorFindsACycle() {
        Map<Integer, List<Integer>> deps = new HashMap<>();
        for (int i = 1; i < 100_000; i++) {
            deps.put(i, List.of(i - 1));
        }
        assertThat(DependencyGraph.of(deps).findCycle()).isEmpty();
        deps.put(0, List.of(99_999));
        assertThat(DependencyGraph.of(deps).findCycle(List.of(0))).hasValueSatisfying(c -> assertThat(c).hasSize(100_001));
    }

    /** Edges only from higher to lower numbers can never close a cycle. */
    @Property
    void graphsOrderedByNumberHaveNoCycle(@ForAll @IntRange(min = 1, max = 200) int nodes, @ForAll long seed) {
        Map<Integer, List<Integer>> deps = randomDag(nodes, seed);
        assertThat(DependencyGraph.of(deps).findCycle()).isEmpty();
    }

    /** One edge from low to high closes a cycle whenever high already reaches low; the cycle found is real. */
    @Property
    void anyCycleFoundIsMadeOfRealDependencies(@ForAll @IntRange(min = 2, max = 200) int nodes, @ForAll long seed) {
        Map<Integer, List<Integer>> deps = randomDag(nodes, seed);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        int low = random.nextInt(nodes - 1);
        int high = low + 1 + random.nextInt(nodes - low - 1);
        deps.computeIfAbsent(low, k -> new ArrayList<>()).add(high);
        boolean reaches = reaches(deps, high, low);
        Optional<List<Integer>> cycle = DependencyGraph.of(deps).findCycle(List.of(low));
        assertThat(cycle.isPresent()).isEqualTo(reaches);
        cycle.ifPresent(c -> {
            assertThat(c.get(0)).isEqualTo(c.get(c.size() - 1));
            for (int i = 0; i + 1 < c.size(); i++) {
                assertThat(deps.getOrDefault(c.get(i), List.of())).contains(c.get(i + 1));
            }
        });
    }

    private static Map<Integer, List<Integer>> randomDag(int nodes, long seed) {
        Random random = new Random(seed);
        Map<Integer, List<Integer>> deps = new HashMap<>();
        for (int n = 1; n < nodes; n++) {
            int edges = random.nextInt(3);
            for (int e = 0; e < edges; e++) {
                deps.computeIfAbsent(n, k -> new ArrayList<>()).add(random.nextInt(n));
            }
        }
        return deps;
    }

    private static boolean reaches(Map<Integer, List<Integer>> deps, int from, int to) {
        Set<Integer> seen = new HashSet<>();
        List<Integer> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            int n = todo.remove(todo.size() - 1);
            if (n == to) {
                return true;
            }
            if (seen.add(n)) {
                todo.addAll(deps.getOrDefault(n, List.of()));
            }
        }
        return false;
    }
}
