package org.postops.app.task;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * One task another waits for, as a task's {@code dependsOn} holds it: the task's id, how it holds this one back
 * and a lag in hours (negative for a lead). A bare id is accepted too and means finish-to-start with no lag,
 * so {@code "dependsOn": [12, {"taskId": 13, "lagHours": 4}]} mixes both.
 */
public record Dependency(
        @NotNull Long taskId,
        DependencyType type,
        @DecimalMin(value = "-1000", message = "must be at least -1000 hours")
        @DecimalMax(value = "1000", message = "must be at most 1000 hours") Double lagHours) {

    @JsonCreator
    public Dependency {
    }

    /** A bare task id: finish-to-start, no lag. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Dependency on(long taskId) {
        return new Dependency(taskId, DependencyType.FINISH_TO_START, 0.0);
    }

    Dependency withDefaults() {
        return new Dependency(taskId, type == null ? DependencyType.FINISH_TO_START : type,
                lagHours == null ? 0.0 : lagHours);
    }

    /** The lag to the whole minute, as stored and scheduled. */
    public int lagMinutes() {
        return lagHours == null ? 0 : (int) Math.round(lagHours * 60);
    }
}
