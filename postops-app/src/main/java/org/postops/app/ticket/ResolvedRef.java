package org.postops.app.ticket;

import java.time.Instant;

/**
 * A resolved (or closed) ticket's current solution, for experts' track records: who resolved it (and the expert
 * assigned, if any), when it was raised and resolved, whether it recurred, and its rating (null if unrated).
 * Names no production: safe to aggregate whoever looks.
 */
public record ResolvedRef(long ticketId, long resolverId, Long expertId, Instant raisedAt, Instant resolvedAt,
        boolean recurred, Integer rating) {
}
