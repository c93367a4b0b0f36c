package org.postops.app.budget;

import java.util.List;
import java.util.Map;

/**
 * A production's cost, computed and never stored: per stage and in total, each amount kept in its own
 * currency (a map from ISO code to {@link Amounts}; the production's currency first), never converted.
 * Work that cannot be priced (no assignee, not on the team, no rate) is listed in {@code unpriced}, never
 * counted as zero. {@code overCap} compares the forecast in the production's currency with the brief's cap;
 * {@code warnings} say what needs attention, {@code notes} what the figures leave out.
 *
 * @param currency the production's currency, the one its budget cap is in
 * @param unestimatedTasks tasks not done that nobody has estimated: they add nothing to the plan
 * @param bookings kit and room bookings, priced per day: always empty until bookings exist
 */
public record BudgetEstimate(long productionId, String currency, Long budgetCapMinor, Map<String, Amounts> totals,
        List<StageBudget> stages, Unpriced unpriced, long unestimatedTasks, boolean overCap, Long overCapByMinor,
        List<String> warnings, List<String> notes, Bookings bookings) {

    /**
     * Amounts in minor units of one currency. {@code planned}: estimates priced at the assignees' roles;
     * {@code actual}: logged time priced at the loggers' roles; {@code remaining}: what is left of estimates
     * of tasks not done, priced as planned; {@code forecast} = actual + remaining; {@code variance} =
     * planned − forecast (negative when the work costs more than planned).
     */
    public record Amounts(long plannedMinor, long actualMinor, long remainingMinor, long forecastMinor,
            long varianceMinor) {
    }

    /** One stage's figures: minutes estimated, logged and remaining, and the amounts per currency. */
    public record StageBudget(Long stageId, String name, long plannedMinutes, long actualMinutes,
            long remainingMinutes, Map<String, Amounts> amounts) {
    }

    /** Work that has no price, in minutes and in words, with each piece and why. */
    public record Unpriced(long plannedMinutes, String planned, long actualMinutes, String actual,
            long remainingMinutes, String remaining, List<UnpricedWork> items) {
    }

    /** Planned or logged minutes of one task (and one person, if any) that no rate prices, and why. */
    public record UnpricedWork(Kind kind, long taskId, String taskTitle, Long stageId, String person, long minutes,
            String duration, Reason reason) {
    }

    /** Whether unpriced minutes are part of the plan or time already logged. */
    public enum Kind {
        PLANNED, ACTUAL
    }

    /** Why work has no price. */
    public enum Reason {
        /** The task has nobody assigned, so no role to price it by. */
        NO_ASSIGNEE,
        /** The person is not (or was not, when logging) on the production's team, so has no role on it. */
        NOT_ON_TEAM,
        /** The rate card has no rate for the role on that day, in any currency. */
        NO_RATE
    }

    /** Kit and room bookings: not in PostOps yet, so always empty, and the note says so. */
    public record Bookings(List<Object> items, String note) {
    }
}
