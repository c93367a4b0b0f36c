package org.postops.app.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.access.MemberRole;
import org.postops.app.production.Stage;
import org.postops.app.time.LoggedWork;

/** The budget arithmetic on its own: no server, no database. */
class CostingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final List<Stage> STAGES = List.of(new Stage(1, "Edit", 0), new Stage(2, "Grade", 1));

    private static RateCard rate(MemberRole role, RateUnit unit, long amount, String currency, LocalDate from,
            LocalDate to) {
        return new RateCard(from.toEpochDay() + amount, 0, SubjectType.ROLE, role.name().toLowerCase(),
                role.label(), unit, amount, currency, from, to, Instant.EPOCH, Instant.EPOCH);
    }

    private static BudgetEstimate cost(List<PlannedWork> work, Map<Long, MemberRole> roles, List<RateCard> rates,
            List<LoggedWork> logged, Long cap) {
        return Costing.cost(new Costing.Inputs(7, "GBP", cap, STAGES, work, roles, rates, logged, Map.of(), Map.of(),
                DAY, Costing::money));
    }

    @Test
    void aSharedEstimateIsRoundedOnceSoStagesAlwaysAddUpToTheTotal() {
        // 100 minutes shared by three editors at £60.00 an hour: 3 × 3,333.33… pence = £100.00 exactly
        BudgetEstimate b = cost(List.of(new PlannedWork(10, 1L, 100, List.of(1L, 2L, 3L), false, DAY)),
                Map.of(1L, MemberRole.EDITOR, 2L, MemberRole.EDITOR, 3L, MemberRole.EDITOR),
                List.of(rate(MemberRole.EDITOR, RateUnit.HOUR, 6000, "GBP", DAY, null)), List.of(), null);
        assertThat(b.totals().get("GBP").plannedMinor()).isEqualTo(10000);
        assertThat(b.stages().get(0).amounts().get("GBP").plannedMinor()).isEqualTo(10000);
        assertThat(b.stages().get(1).amounts().get("GBP").plannedMinor()).isZero();
    }

    @Test
    void aDayRateBuysEightWorkingHours() {
        BudgetEstimate b = cost(List.of(new PlannedWork(10, 2L, 12 * 60, List.of(1L), false, DAY)),
                Map.of(1L, MemberRole.COLOURIST),
                List.of(rate(MemberRole.COLOURIST, RateUnit.DAY, 64000, "GBP", DAY, null)), List.of(), null);
        assertThat(b.totals().get("GBP").plannedMinor()).as("1.5 days × £640.00").isEqualTo(96000);
    }

    @Test
    void theProductionsCurrencyIsPreferredAndAnotherIsUsedOnlyWhenItHasNoRate() {
        List<RateCard> rates = List.of(rate(MemberRole.EDITOR, RateUnit.HOUR, 6000, "GBP", DAY, DAY.plusDays(9)),
                rate(MemberRole.EDITOR, RateUnit.HOUR, 7000, "EUR", DAY, null));
        BudgetEstimate inTime = cost(List.of(new PlannedWork(10, 1L, 60, List.of(1L), false, DAY.plusDays(9))),
                Map.of(1L, MemberRole.EDITOR), rates, List.of(), null);
        assertThat(inTime.totals()).containsOnlyKeys("GBP");
        BudgetEstimate later = cost(List.of(new PlannedWork(10, 1L, 60, List.of(1L), false, DAY.plusDays(10))),
                Map.of(1L, MemberRole.EDITOR), rates, List.of(), null);
        assertThat(later.totals().keySet()).containsExactly("GBP", "EUR");
        assertThat(later.totals().get("EUR").plannedMinor()).isEqualTo(7000);
        assertThat(later.totals().get("GBP").plannedMinor()).isZero();
    }

    @Test
    void timeLoggedOnATaskTheWhatIfDropsStillCountsAsSpent() {
        BudgetEstimate b = cost(List.of(), Map.of(),
                List.of(rate(MemberRole.EDITOR, RateUnit.HOUR, 6000, "GBP", DAY, null)),
                List.of(new LoggedWork(99, 2L, 1, MemberRole.EDITOR, DAY, 90)), 5000L);
        assertThat(b.totals().get("GBP").actualMinor()).isEqualTo(9000);
        assertThat(b.totals().get("GBP").forecastMinor()).isEqualTo(9000);
        assertThat(b.stages().get(1).actualMinutes()).isEqualTo(90);
        assertThat(b.overCap()).isTrue();
        assertThat(b.overCapByMinor()).isEqualTo(4000);
    }

    @Test
    void aDoneTaskForecastsOnlyWhatWasLoggedAndAnOverrunLeavesNothingRemaining() {
        List<RateCard> rates = List.of(rate(MemberRole.EDITOR, RateUnit.HOUR, 6000, "GBP", DAY, null));
        List<PlannedWork> work = List.of(new PlannedWork(10, 1L, 600, List.of(1L), true, DAY),
                new PlannedWork(11, 1L, 60, List.of(1L), false, DAY));
        BudgetEstimate b = cost(work, Map.of(1L, MemberRole.EDITOR), rates,
                List.of(new LoggedWork(10, 1L, 1, MemberRole.EDITOR, DAY, 300),
                        new LoggedWork(11, 1L, 1, MemberRole.EDITOR, DAY, 120)), null);
        BudgetEstimate.Amounts gbp = b.totals().get("GBP");
        assertThat(gbp.plannedMinor()).isEqualTo(66000);
        assertThat(gbp.actualMinor()).isEqualTo(42000);
        assertThat(gbp.remainingMinor()).isZero();
        assertThat(gbp.varianceMinor()).isEqualTo(24000);
    }

    @Test
    void aPlanCannotHoldANegativeEstimate() {
        assertThatThrownBy(() -> new PlannedWork(1, null, -5, List.of(), false, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PlannedWork(1, null, 5, List.of(3L, 3L), false, null).assigneeIds()).containsExactly(3L);
    }
}
