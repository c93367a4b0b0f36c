package org.postops.app.time;

import java.time.LocalDate;
import org.postops.app.access.MemberRole;

/**
 * Minutes logged on one task by one person on one day, with the role they had on the production when
 * they logged it ({@code null} if they were not on its team) and the stage the task is in: what costing
 * needs of actual time.
 */
public record LoggedWork(long taskId, Long stageId, long userId, MemberRole role, LocalDate date, long minutes) {
}
