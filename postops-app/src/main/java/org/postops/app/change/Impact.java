package org.postops.app.change;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.postops.app.load.LoadImpact;

/**
 * What a change request would do if approved, worked out from the plan as it is now and the plan with the
 * proposed changes, both scheduled on the facility calendar from the same start: {@code GET
 * /api/v1/change-requests/{id}/impact}. Slips and floats are in working hours; a negative slip is a gain.
 * {@code overloadedPeople}: whoever the change would put over their capacity on some day (or further over),
 * counting their work on every production, none of which is named.
 */
public record Impact(long changeRequestId, ChangeStatus status, Delivery delivery, List<MilestoneChange> milestones,
        List<MilestoneChange> milestonesNowMissing, List<FloatChange> negativeFloat, Cost cost,
        List<LoadImpact> overloadedPeople, List<SpecChange> specChanges, List<String> changes) {

    /**
     * What the change does to the forecast cost at completion, per currency (never converted), in total and by
     * stage, in minor units; the cap warning before and after; work with no price before and after. Null for
     * people who may not see the production's money (clients).
     */
    public record Cost(String currency, Map<String, Delta> totals, List<StageCost> stages, boolean overCapBefore,
            boolean overCapAfter, long unpricedMinutesBefore, long unpricedMinutesAfter, List<String> warnings) {
    }

    /** Forecast at completion before and after, and the difference, in minor units of one currency. */
    public record Delta(long forecastBeforeMinor, long forecastAfterMinor, long deltaMinor) {
    }

    /** One stage's forecast per currency, before and after. */
    public record StageCost(Long stageId, String name, Map<String, Delta> amounts) {
    }

    Impact withCost(Cost c) {
        return new Impact(changeRequestId, status, delivery, milestones, milestonesNowMissing, negativeFloat, c,
                overloadedPeople, specChanges, changes);
    }

    /**
     * The plan's finish before and after, and the deadline floats are measured against: the production's delivery
     * date if it has one, otherwise the plan's finish as it is now (so anything the change makes late shows).
     */
    public record Delivery(OffsetDateTime before, OffsetDateTime after, double slipHours, int slipWorkingDays,
            LocalDate deadline) {
    }

    /** A milestone before and after: when it is reached and whether it meets its target. */
    public record MilestoneChange(long taskId, String title, LocalDate targetDate, OffsetDateTime expectedBefore,
            OffsetDateTime expectedAfter, boolean meetsTargetBefore, boolean meetsTargetAfter, double hoursLateBefore,
            double hoursLateAfter) {
    }

    /** A task whose total float against the deadline goes below zero: the working hours it would be late. */
    public record FloatChange(long taskId, String title, Double floatHoursBefore, double floatHoursAfter) {
    }

    /** A production field or deliverable the change alters: picture, sound, mastering, delivery. */
    public record SpecChange(String field, String before, String after) {
    }
}
