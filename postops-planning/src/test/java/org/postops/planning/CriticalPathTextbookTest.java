package org.postops.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.planning.Link.FINISH_TO_FINISH;
import static org.postops.planning.Link.FINISH_TO_START;
import static org.postops.planning.Link.START_TO_START;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Small networks worked by hand; every date below is pinned, not recomputed. */
class CriticalPathTextbookTest {

    /*
     * The classic seven activities (durations in minutes): A3, B4, C2 after A, D5 after A, E1 after B and C,
     * F2 after D, G3 after E and F.
     * Forward:  A 0-3, B 0-4, C 3-5, D 3-8, E max(4,5)=5-6, F 8-10, G max(6,10)=10-13. Finish 13.
     * Backward: G 10-13, F 8-10, E LF=LS(G)=10 so 9-10, D LF=LS(F)=8 so 3-8, C LF=LS(E)=9 so 7-9,
     *           B LF=LS(E)=9 so 5-9, A LF=min(LS(C)=7, LS(D)=3)=3 so 0-3.
     * Total float LS-ES: A0 B5 C4 D0 E4 F0 G0.
     * Free float (successor's ES - own EF): A min(3,3)-3=0, B 5-4=1, C 5-5=0, D 0, E 10-6=4, F 0, G 13-13=0.
     * Critical path A-D-F-G.
     */
    static Network classic() {
        return Network.builder()
                .task(1, 3).task(2, 4).task(3, 2).task(4, 5).task(5, 1).task(6, 2).task(7, 3)
                .dependency(1, 3).dependency(1, 4).dependency(2, 5).dependency(3, 5)
                .dependency(4, 6).dependency(5, 7).dependency(6, 7)
                .build();
    }

    @Test
    void theClassicSevenActivities() {
        Schedule s = CriticalPath.schedule(classic());
        assertThat(s.finish()).isEqualTo(13);
        assertThat(s.tasks()).containsExactly(
                new TaskTimes(1, 0, 3, 0, 3, 0, 0),
                new TaskTimes(2, 0, 4, 5, 9, 5, 1),
                new TaskTimes(3, 3, 5, 7, 9, 4, 0),
                new TaskTimes(4, 3, 8, 3, 8, 0, 0),
                new TaskTimes(5, 5, 6, 9, 10, 4, 4),
                new TaskTimes(6, 8, 10, 8, 10, 0, 0),
                new TaskTimes(7, 10, 13, 10, 13, 0, 0));
        assertThat(s.criticalTasks()).containsExactly(1L, 4L, 6L, 7L);
        assertThat(s.criticalPaths()).isEqualTo(new CriticalPaths(List.of(List.of(1L, 4L, 6L, 7L)), true));
    }

    /* A deadline of 10 is 3 short of the finish 13: every total float drops by 3, so A-D-F-G read -3 and
     * B (5) reads 2. Free float compares with successors, and with the deadline only where nothing follows:
     * A keeps 0, G reads 10-13 = -3. The path that drives the finish is still A-D-F-G. */
    @Test
    void aDeadlineBeforeTheFinishLeavesNegativeFloat() {
        Schedule s = CriticalPath.schedule(classic(), OptionalLong.of(10));
        assertThat(s.task(1)).isEqualTo(new TaskTimes(1, 0, 3, -3, 0, -3, 0));
        assertThat(s.task(2).totalFloat()).isEqualTo(2);
        assertThat(s.task(7)).isEqualTo(new TaskTimes(7, 10, 13, 7, 10, -3, -3));
        assertThat(s.criticalTasks()).containsExactly(1L, 4L, 6L, 7L);
        assertThat(s.criticalPaths().paths()).containsExactly(List.of(1L, 4L, 6L, 7L));
        assertThat(CriticalPath.schedule(classic(), OptionalLong.of(15)).criticalTasks()).isEmpty();
    }

    /* A2 then B3 and C3 side by side, both into D1: A 0-2, B 2-5, C 2-5, D 5-6, all without float.
     * E4 stands alone: 0-4, LF 6, total and free float 2. */
    @Test
    void twoParallelCriticalPaths() {
        Network network = Network.builder().task(1, 2).task(2, 3).task(3, 3).task(4, 1).task(5, 4)
                .dependency(1, 2).dependency(1, 3).dependency(2, 4).dependency(3, 4).build();
        Schedule s = CriticalPath.schedule(network);
        assertThat(s.finish()).isEqualTo(6);
        assertThat(s.task(2)).isEqualTo(new TaskTimes(2, 2, 5, 2, 5, 0, 0));
        assertThat(s.task(3)).isEqualTo(new TaskTimes(3, 2, 5, 2, 5, 0, 0));
        assertThat(s.task(5)).isEqualTo(new TaskTimes(5, 0, 4, 2, 6, 2, 2));
        assertThat(s.criticalPaths().paths()).containsExactly(List.of(1L, 2L, 4L), List.of(1L, 3L, 4L));
    }

    /* A10 -(FS +5)-> B4 -(FS -3)-> C6; A -(FS -20)-> D2.
     * A 0-10, B 15-19, C 16-22 (starts 3 before B ends), D max(0, 10-20) = 0-2: never before minute 0.
     * Back from 22: C 16-22, B LF=16+3=19 so 15-19, A LF=min(15-5, LS(D)+20=40)=10 so 0-10; D 20-22.
     * Free float of D: 22-2=20; of A: min(15-5-10, 0+20-10)=0. */
    @Test
    void finishToStartLagsAndALead() {
        Network network = Network.builder().task(1, 10).task(2, 4).task(3, 6).task(4, 2)
                .dependency(1, 2, FINISH_TO_START, 5).dependency(2, 3, FINISH_TO_START, -3)
                .dependency(1, 4, FINISH_TO_START, -20).build();
        Schedule s = CriticalPath.schedule(network);
        assertThat(s.tasks()).containsExactly(
                new TaskTimes(1, 0, 10, 0, 10, 0, 0),
                new TaskTimes(2, 15, 19, 15, 19, 0, 0),
                new TaskTimes(3, 16, 22, 16, 22, 0, 0),
                new TaskTimes(4, 0, 2, 20, 22, 20, 20));
        assertThat(s.criticalPaths().paths()).containsExactly(List.of(1L, 2L, 3L));
    }

    /* A10 -(SS +2)-> B5 -(FS)-> D3; A -(FF +3)-> C4.
     * B starts 2 after A: 2-7; C finishes 3 after A: 9-13; D 7-10. Finish 13.
     * Back: D 10-13, C 9-13, B LF=LS(D)=10 so 5-10,
     *       A LF=min(13, SS: LS(B)-2+10=13, FF: LF(C)-3=10)=10 so 0-10.
     * Total float A0 B3 C0 D3. Free float A min(13-10, 2-2-0, 13-3-10)=0, B 7-7=0, C 0, D 3.
     * The finish is driven A -FF-> C. */
    @Test
    void startToStartAndFinishToFinish() {
        Network network = Network.builder().task(1, 10).task(2, 5).task(3, 4).task(4, 3)
                .dependency(1, 2, START_TO_START, 2).dependency(1, 3, FINISH_TO_FINISH, 3)
                .dependency(2, 4).build();
        Schedule s = CriticalPath.schedule(network);
        assertThat(s.tasks()).containsExactly(
                new TaskTimes(1, 0, 10, 0, 10, 0, 0),
                new TaskTimes(2, 2, 7, 5, 10, 3, 0),
                new TaskTimes(3, 9, 13, 9, 13, 0, 0),
                new TaskTimes(4, 7, 10, 10, 13, 3, 3));
        assertThat(s.criticalPaths().paths()).containsExactly(List.of(1L, 3L));
    }

    /* A finish-to-finish link would let C20 start at 10-20 = -10; nothing starts before minute 0: 0-20. */
    @Test
    void aFinishToFinishLinkNeverPullsAStartBeforeMinuteZero() {
        Network network = Network.builder().task(1, 10).task(2, 20).dependency(1, 2, FINISH_TO_FINISH, 0).build();
        Schedule s = CriticalPath.schedule(network);
        assertThat(s.task(2)).isEqualTo(new TaskTimes(2, 0, 20, 0, 20, 0, 0));
        assertThat(s.task(1)).isEqualTo(new TaskTimes(1, 0, 10, 10, 20, 10, 10));
        assertThat(s.criticalPaths().paths()).containsExactly(List.of(2L));
    }

    /* A5 -> B4; C2 held to start no earlier than 12; D1 after A, held to 2 (A already holds it to 5).
     * A 0-5, B 5-9, C 12-14, D 5-6. Finish 14: C is the critical path on its own.
     * Back from 14: B 10-14 (float 5), D 13-14 (float 8), A LF=min(10, 13)=10 so 5-10 (float 5). */
    @Test
    void aStartNoEarlierThanConstraint() {
        Network network = Network.builder().task(1, 5).task(2, 4).task(3, 2).task(4, 1)
                .dependency(1, 2).dependency(1, 4).notBefore(3, 12).notBefore(4, 2).build();
        Schedule s = CriticalPath.schedule(network);
        assertThat(s.tasks()).containsExactly(
                new TaskTimes(1, 0, 5, 5, 10, 5, 0),
                new TaskTimes(2, 5, 9, 10, 14, 5, 5),
                new TaskTimes(3, 12, 14, 12, 14, 0, 0),
                new TaskTimes(4, 5, 6, 13, 14, 8, 8));
        assertThat(s.criticalPaths().paths()).containsExactly(List.of(3L));
    }

    /* Edit 100 minutes, then picture lock (target 120) and, after a 50-minute conform, delivery (target
     * 140); a review milestone has no target. Lock reached at 100: met. Delivery at 150: 10 minutes late. */
    @Test
    void milestonesMeetingAndMissingTargets() {
        Network network = Network.builder().task(1, 100).milestone(2, 120).task(3, 50).milestone(4, 140)
                .milestone(5).dependency(1, 2).dependency(2, 3).dependency(3, 4).dependency(1, 5).build();
        Schedule s = CriticalPath.schedule(network);
        assertThat(s.milestones()).containsExactly(new MilestoneOutcome(2, 120, 100), new MilestoneOutcome(4, 140, 150));
        assertThat(s.milestones().get(0).meetsTarget()).isTrue();
        assertThat(s.milestones().get(0).minutesLate()).isZero();
        assertThat(s.milestones().get(1).meetsTarget()).isFalse();
        assertThat(s.milestones().get(1).minutesLate()).isEqualTo(10);
        assertThat(s.task(4)).isEqualTo(new TaskTimes(4, 150, 150, 150, 150, 0, 0));
        assertThat(s.criticalPaths().paths()).containsExactly(List.of(1L, 2L, 3L, 4L));
    }

    /* What-ifs on the classic: D (critical) two longer moves the finish 13 -> 15; B (float 5) three longer
     * moves nothing; the original network is untouched. */
    @Test
    void aWhatIfChangesOneEstimate() {
        Network classic = classic();
        assertThat(CriticalPath.schedule(classic.withDuration(4, 7)).finish()).isEqualTo(15);
        assertThat(CriticalPath.schedule(classic.withDuration(2, 7)).finish()).isEqualTo(13);
        assertThat(classic.durationMinutes(4)).isEqualTo(5);
        assertThat(CriticalPath.schedule(classic).finish()).isEqualTo(13);
    }

    /* Ten diamonds in a row, every side equally long: 2^10 = 1,024 critical paths. The list stops at the cap
     * and says it is incomplete. */
    @Test
    void parallelPathsStopAtTheCap() {
        Network.Builder builder = Network.builder().milestone(0);
        for (int d = 0; d < 10; d++) {
            long join = 3L * d;
            builder.task(join + 1, 5).task(join + 2, 5).milestone(join + 3)
                    .dependency(join, join + 1).dependency(join, join + 2)
                    .dependency(join + 1, join + 3).dependency(join + 2, join + 3);
        }
        Schedule s = CriticalPath.schedule(builder.build());
        assertThat(s.criticalPaths().paths()).hasSize(Schedule.PATH_CAP);
        assertThat(s.criticalPaths().complete()).isFalse();
        assertThat(s.criticalPaths(2000).paths()).hasSize(1024).doesNotHaveDuplicates();
        assertThat(s.criticalPaths(2000).complete()).isTrue();
    }

    @Test
    void anEmptyNetworkFinishesAtZero() {
        Schedule s = CriticalPath.schedule(Network.builder().build());
        assertThat(s.finish()).isZero();
        assertThat(s.criticalPaths()).isEqualTo(new CriticalPaths(List.of(), true));
    }
}
