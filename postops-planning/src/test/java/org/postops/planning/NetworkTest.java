package org.postops.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {

    @Test
    void aNegativeDurationIsRefusedNamingTheTask() {
        assertThatThrownBy(() -> Network.builder().task(42, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("42");
        Network network = Network.builder().task(42, 5).build();
        assertThatThrownBy(() -> network.withDuration(42, -5)).hasMessageContaining("42");
    }

    @Test
    void anUnknownTaskInADependencyIsRefusedNamingIt() {
        Network.Builder builder = Network.builder().task(1, 5).dependency(1, 99);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown task 99").hasMessageContaining("1 -> 99");
    }

    @Test
    void aTaskDependingOnItselfIsRefused() {
        assertThatThrownBy(() -> Network.builder().task(7, 5).dependency(7, 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7 cannot depend on itself");
    }

    @Test
    void aDuplicateIdIsRefused() {
        Network.Builder builder = Network.builder().task(3, 5).milestone(3);
        assertThatThrownBy(builder::build).hasMessageContaining("Task 3 is declared twice");
    }

    @Test
    void aConstraintOnAnUnknownTaskIsRefused() {
        assertThatThrownBy(() -> Network.builder().task(1, 5).notBefore(8, 10).build()).hasMessageContaining("8");
    }

    /* 10 -> 1 -> 2 -> 3 -> 1, and 3 -> 4: the cycle is 1, 2, 3 whatever task the search lands on first. */
    @Test
    void aCycleIsRefusedNamingItsTasksInOrder() {
        Network.Builder builder = Network.builder().task(10, 1).task(1, 1).task(2, 1).task(3, 1).task(4, 1)
                .dependency(10, 1).dependency(1, 2).dependency(2, 3).dependency(3, 1).dependency(3, 4);
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(DependencyCycleException.class, e -> {
            List<Long> cycle = e.cycle();
            assertThat(cycle).hasSize(4).containsOnly(1L, 2L, 3L);
            assertThat(cycle.get(0)).isEqualTo(cycle.get(3));
            int at = cycle.indexOf(1L);
            assertThat(List.of(cycle.get(at), cycle.get(at + 1), cycle.get(at + 2))).containsExactly(1L, 2L, 3L);
            assertThat(e.getMessage()).contains("cycle").contains(cycle.get(0) + " -> " + cycle.get(1));
        });
    }

    @Test
    void twoTasksWaitingForEachOtherAreACycle() {
        Network.Builder builder = Network.builder().task(5, 1).task(6, 1)
                .dependency(5, 6, Link.START_TO_START, 0).dependency(6, 5, Link.FINISH_TO_FINISH, 0);
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(DependencyCycleException.class,
                e -> assertThat(e.cycle()).hasSize(3).containsOnly(5L, 6L));
    }

    @Test
    void aChainOfAHundredThousandTasksIsOrderedAndItsPathWalkedWithoutRecursion() {
        Network.Builder builder = Network.builder();
        for (long id = 0; id < 100_000; id++) {
            builder.task(id, 1);
            if (id > 0) {
                builder.dependency(id - 1, id);
            }
        }
        Schedule s = CriticalPath.schedule(builder.build());
        assertThat(s.finish()).isEqualTo(100_000);
        assertThat(s.criticalPaths().paths()).singleElement().satisfies(p -> assertThat(p).hasSize(100_000));
    }

    /* The classic network rebuilt from its builder schedules alike; one more dependency (B before F)
     * holds F to B's finish 4 + a 5-minute lag = 9, one past D's 8: the finish moves from 13 to 14. */
    @Test
    void aNetworkCanBeReopenedToChangeItsShape() {
        Network classic = CriticalPathTextbookTest.classic();
        assertThat(CriticalPath.schedule(classic.toBuilder().build()).tasks())
                .isEqualTo(CriticalPath.schedule(classic).tasks());
        Network changed = classic.toBuilder().dependency(2, 6, Link.FINISH_TO_START, 5).build();
        assertThat(CriticalPath.schedule(changed).finish()).isEqualTo(14);
        assertThat(changed.dependencyCount()).isEqualTo(classic.dependencyCount() + 1);
        Network held = Network.builder().task(1, 5).notBefore(1, 30).milestone(2, 40).dependency(1, 2).build();
        assertThat(CriticalPath.schedule(held.toBuilder().build()).milestones())
                .isEqualTo(CriticalPath.schedule(held).milestones());
    }

    @Test
    void theNetworkAnswersWhatItHolds() {
        Network network = Network.builder().task(1, 30).milestone(2, 90).notBefore(1, 15).dependency(1, 2).build();
        assertThat(network.taskCount()).isEqualTo(2);
        assertThat(network.dependencyCount()).isEqualTo(1);
        assertThat(network.contains(2)).isTrue();
        assertThat(network.contains(3)).isFalse();
        assertThat(network.milestoneTarget(2)).contains(90L);
        assertThat(network.milestoneTarget(1)).isEmpty();
        assertThat(network.notBeforeMinute(1)).hasValue(15);
        assertThatThrownBy(() -> network.withDuration(2, 10)).hasMessageContaining("Milestone 2");
    }
}
