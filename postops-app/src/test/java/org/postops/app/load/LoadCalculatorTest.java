package org.postops.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postops.app.schedule.PlanSchedule;
import org.postops.app.task.PlannedTask;
import org.postops.app.task.TaskStatus;
import org.postops.planning.WorkCalendar;

/** Work spread over people and days, without a server: Monday 4 March 2030, London, eight hours a day. */
class LoadCalculatorTest {

    private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);

    private static PlannedTask task(long id, int minutes, TaskStatus status, List<Long> assignees) {
        return new PlannedTask(id, "T" + id, null, status, minutes, false, null, null, assignees, List.of());
    }

    @Test
    void aMinuteThatDoesNotDivideGoesToTheLowestIdsAndTheSharesAddUp() {
        PlanSchedule s = PlanSchedule.of(WorkCalendar.englandAndWales(), MONDAY,
                List.of(task(1, 100, TaskStatus.TODO, List.of(30L, 10L, 20L))));
        Map<Long, Map<LocalDate, Map<Long, Long>>> m = LoadCalculator.minutes(Map.of(7L, s), Set.of(10L, 20L, 30L),
                MONDAY, MONDAY.plusDays(6));
        assertThat(m.get(10L).get(MONDAY).get(7L)).isEqualTo(34);
        assertThat(m.get(20L).get(MONDAY).get(7L)).isEqualTo(33);
        assertThat(m.get(30L).get(MONDAY).get(7L)).isEqualTo(33);
    }

    @Test
    void onlyTheDaysOfTheWindowAndThePeopleAskedAboutCount() {
        // 20 h: Mon 8, Tue 8, Wed 4
        PlanSchedule s = PlanSchedule.of(WorkCalendar.englandAndWales(), MONDAY,
                List.of(task(1, 20 * 60, TaskStatus.IN_PROGRESS, List.of(10L)),
                        task(2, 60, TaskStatus.DONE, List.of(10L)), task(3, 60, TaskStatus.TODO, List.of(99L))));
        Map<Long, Map<LocalDate, Map<Long, Long>>> m = LoadCalculator.minutes(Map.of(7L, s), Set.of(10L),
                MONDAY.plusDays(1), MONDAY.plusDays(2));
        assertThat(m).containsOnlyKeys(10L);
        assertThat(m.get(10L)).containsOnlyKeys(MONDAY.plusDays(1), MONDAY.plusDays(2));
        assertThat(LoadCalculator.totals(m).get(10L).values()).containsExactly(480L, 240L);
        assertThat(LoadCalculator.workingOn(s)).containsExactlyInAnyOrder(10L, 99L);
    }
}
