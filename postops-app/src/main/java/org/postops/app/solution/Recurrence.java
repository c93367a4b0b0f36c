package org.postops.app.solution;

import java.time.Instant;

/**
 * A solution a new or reopened ticket counted against, as {@link SolutionService#recurrence} decided: the
 * solution, the ticket it solved (the new ticket's own, when it was reopened) and when service was restored.
 */
public record Recurrence(long solutionId, long ticketId, Instant restoredAt) {
}
