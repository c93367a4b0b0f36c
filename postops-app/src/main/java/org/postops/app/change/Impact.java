package org.postops.app.change;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a change request would do if approved, worked out from the plan as it is now and the plan with the
 * proposed changes, both scheduled on the facility calendar from the same start: {@code GET
 * /api/v1/change-requests/{id}/impact}. Slips and floats are in working hours; a negative slip is a gain.
 */
public record Impact(long changeRequestId, ChangeStatus status, Delivery delivery, List<MilestoneChange> milestones,
        List<MilestoneChange> milestonesNowMissing, List<FloatChange> negativeFloat, List<SpecChange> specChanges,
        List<String> changes) {

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
